"""Firmware figures in the simulator (simavr, real time). Prints figures; asserts nothing.

    .venv/bin/python benchmarks/robot_roundtrip.py             # 500 PINGs, 10 watchdog runs, 3 uploads
    .venv/bin/python benchmarks/robot_roundtrip.py --smoke     # 50 PINGs, 2 watchdog runs, 1 upload, no clean build

- build: a clean `make -C firmware` (firmware, core, harness, optiboot)
- PING round trip (target p50 ≤ 5 ms): plain pyserial, and through the app's SerialLink; wall-clock figures include
  the host's scheduling (a loaded machine inflates them), the simulated-time part does not
- watchdog: motor pins stopping after the last DRIVE, from the simulator's pin log (simulated time; target 500 ± 10 ms)
- watchdog under floods (issue 12; target 500 ± 10 ms): DRIVE 90 90 → OK, then each flood of tests/robot/conformance.py
  at line rate; last OK-answered command → both motor pins 0, simulated ms from the pin log
- burst of 200 mixed commands through the app's SerialLink (target: 200 replies, in order, none merged), and for
  comparison 200 PINGs in one write, which breaks the flow-control rule of docs/protocol.md
- reversal rest (DRIVE 255 255 → DRIVE -255 -255, pins at 0 in between; rule ≥ 50 ms) and the AVR hardware watchdog
  (test build's HANG → motor pins 0, simulated ms)
- obstacle stop (issue 12; target ≤ 60 ms): driving forwards with SAFETY 300, the simulated HC-SR04's obstacle moves
  from 1000 to 200 mm; that moment → both motor pins 0, simulated ms from the pin log
- upload: app.robot.flash.upload (real avrdude) of the bundled firmware onto optiboot, write + verify
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import serial  # noqa: E402

from app.robot import flash, protocol  # noqa: E402
from app.robot.link import SerialLink  # noqa: E402
from tests.firmware.conftest import BUILD, FIRMWARE_DIR, SimBoard, _build  # noqa: E402
from tests.firmware.test_sensors import obstacle_stop_us  # noqa: E402
from tests.robot.conformance import (  # noqa: E402
    FLOODS,
    Client,
    Target,
    burst_commands,
    burst_through_link,
    expected_replies,
    flood_after_drive,
)


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered):.2f} ms, p95 {p95:.2f} ms, max {ordered[-1]:.2f} ms (n={len(ordered)})"


def ping_pyserial(port: str, count: int) -> list[float]:
    times = []
    with serial.Serial(port, 115200, timeout=1) as link:
        for _ in range(count):
            started = time.perf_counter()
            link.write(b"PING\n")
            while not link.readline().startswith(b"OK PONG"):
                pass
            times.append((time.perf_counter() - started) * 1000)
    return times


def ping_link(port: str, count: int) -> list[float]:
    times = []
    with SerialLink(port, reconnect=False) as link:
        for _ in range(count):
            started = time.perf_counter()
            assert link.send(protocol.ping()).ok
            times.append((time.perf_counter() - started) * 1000)
    return times


def firmware_turnarounds(board: SimBoard) -> list[float]:
    """Simulated ms from each command's newline reaching the UART to the reply's newline leaving it."""
    times, received = [], None
    for when, name, value in board.events():
        if name == "RX" and value == 10:
            received = when
        elif name == "TX" and value == 10 and received is not None:
            times.append((when - received) / 1000)
            received = None
    return times


def watchdog_delays(board: SimBoard, runs: int) -> list[float]:
    delays = []
    with serial.Serial(board.port, 115200, timeout=2) as link:
        for run in range(runs):
            link.write(f"DRIVE {100 + run} 100\n".encode())
            assert link.readline().startswith(b"OK")
            sent = max(t for t, name, value in board.events() if name == "RX" and value == 10)
            while not link.readline().startswith(b"! WATCHDOG"):
                pass
            stop = next(t for t, left, right in board.motor_timeline() if t > sent and (left, right) == (0, 0))
            delays.append((stop - sent) / 1000)
    return delays


def flood_figures(runs: int) -> None:
    print("watchdog under floods, last OK (DRIVE 90 90) → both motor pins 0, simulated ms (target 500 ± 10):")
    for name, (pattern, seconds) in FLOODS.items():
        delays, lines, watchdogs, boots = [], 0, 0, 0
        for _ in range(runs):
            target = Target("firmware", "car", Path("."))
            client = Client(target.port)
            try:
                result = flood_after_drive(target, client, pattern, seconds)
            finally:
                client.close()
                target.close()
            delays.append(result.delay_ms if result.delay_ms is not None else float("nan"))
            lines += len(result.lines)
            watchdogs += result.events("WATCHDOG")
            boots += result.events("BOOT OYLA 1")
        shown = ", ".join(f"{d:.2f}" for d in delays)
        print(f"  {name:<17} {shown} ms   ({lines // runs} lines back per run, ! WATCHDOG {watchdogs}/{runs}, "
              f"resets {boots})")


def burst_figures() -> None:
    commands = burst_commands(seed=3)
    want = expected_replies(commands)
    target = Target("firmware", "car", Path("."))
    try:
        client = Client(target.port)
        client.settle_stopped()
        client.close()
        started = time.perf_counter()
        replies, peak = burst_through_link(target.port, commands)
        seconds = time.perf_counter() - started
    finally:
        target.close()
    merged = sum(1 for got in replies if got not in want)
    print(f"burst of {len(commands)} mixed commands through SerialLink: {len(replies)} replies, "
          f"{sum(a == b for a, b in zip(replies, want, strict=True))} right and in order, {merged} merged; "
          f"at most {peak} bytes unanswered; {seconds:.2f} s wall")
    board = SimBoard()
    try:
        with serial.Serial(board.port, 115200, timeout=1.0) as link:
            link.write(b"PING\n" * 200)  # breaks the rule: 1000 bytes unanswered
            lines = [line for line in link.readlines() if not line.startswith(b"! ")]
        pongs = sum(1 for line in lines if line == b"OK PONG\r\n")
        merged = sum(1 for line in lines if b"PING" in line)
        print(f"  for comparison, 200 PINGs in one write (breaks the 63-byte rule): {len(lines)} replies, "
              f"{pongs} OK PONG, {merged} merged (ERR UNKNOWN PINGPING...)")
    finally:
        board.stop()


def reversal_and_hang_figures() -> None:
    board = SimBoard()
    try:
        with serial.Serial(board.port, 115200, timeout=2) as link:
            link.write(b"WATCHDOG 5000\nDRIVE 255 255\n")
            link.readline(), link.readline()
            board.wait_for(lambda _: board.motor_timeline()[-1][1:] == (255, 255))
            link.write(b"DRIVE -255 -255\n")
            link.readline()
            board.wait_for(lambda _: board.motor_timeline()[-1][1:] == (-255, -255))
        timeline = board.motor_timeline()
        rest = (timeline[-1][0] - timeline[-2][0]) / 1000
        print(f"reversal DRIVE 255 255 → DRIVE -255 -255: pins {timeline[-3][1:]} → {timeline[-2][1:]} for "
              f"{rest:.2f} ms (simulated) → {timeline[-1][1:]}   (rule: ≥ 50 ms)")
    finally:
        board.stop()
    board = SimBoard(BUILD / "oyla_bot-testhang.hex")
    try:
        with serial.Serial(board.port, 115200, timeout=2) as link:
            link.write(b"WATCHDOG 5000\nDRIVE 200 -200\n")
            link.readline(), link.readline()
            link.write(b"HANG\n")
            hung = max(t for t, name, value in board.events() if name == "RX" and value == 10)
            boot = link.readline()
        stop = next(t for t, left, right in board.motor_timeline() if t > hung and (left, right) == (0, 0))
        print(f"hardware watchdog, test build's HANG → motor pins 0: {(stop - hung) / 1000:.2f} ms (simulated), "
              f"then {boot.strip().decode()!r}")
    finally:
        board.stop()


def obstacle_figures(runs: int) -> None:
    board = SimBoard()
    delays = []
    try:
        with serial.Serial(board.port, 115200, timeout=2) as link:
            for _ in range(runs):
                delays.append(obstacle_stop_us(board, link) / 1000)
                link.write(b"SAFETY 0\nSTOP\n")
                while link.readline() != b"OK\r\n":  # skips the ! OBSTACLE line
                    pass
                link.readline()
    finally:
        board.stop()
    print(f"obstacle stop, obstacle inside the limit → motor pins 0 (simulated time): mean "
          f"{statistics.mean(delays):.2f} ms, min {min(delays):.2f}, max {max(delays):.2f} (n={len(delays)}; "
          f"target ≤ 60 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--watchdog", type=int, default=10)
    parser.add_argument("--uploads", type=int, default=3)
    parser.add_argument("--floods", type=int, default=3, help="runs of each flood")
    parser.add_argument("--smoke", action="store_true", help="a quick run (CI)")
    args = parser.parse_args()
    if args.smoke:
        args.count, args.watchdog, args.uploads, args.floods = 50, 2, 1, 1
    else:
        subprocess.run(["make", "-C", str(FIRMWARE_DIR), "clean"], capture_output=True, check=True)
    started = time.perf_counter()
    reason = _build()
    if reason is not None:
        print(f"simulator unavailable ({reason}); nothing to measure")
        return
    kind = "incremental" if args.smoke else "clean"
    print(f"{kind} build (firmware + core + harness + optiboot): {time.perf_counter() - started:.2f} s")

    board = SimBoard()
    try:
        print(f"PING round trip, pyserial:   {percentiles(ping_pyserial(board.port, args.count))}")
        print(f"  of which in the simulated Uno (newline in → reply newline out, simulated time): "
              f"{percentiles(firmware_turnarounds(board))}")
        print(f"PING round trip, SerialLink: {percentiles(ping_link(board.port, args.count))}")
        delays = watchdog_delays(board, args.watchdog)
        errors = [abs(d - 500) for d in delays]
        print(f"watchdog, last DRIVE → motor pins off (simulated time): mean {statistics.mean(delays):.2f} ms, "
              f"min {min(delays):.2f}, max {max(delays):.2f}, worst error {max(errors):.2f} ms (n={len(delays)})")
    finally:
        board.stop()
    flood_figures(args.floods)
    burst_figures()
    reversal_and_hang_figures()
    obstacle_figures(args.watchdog)

    seconds = []
    for _ in range(args.uploads):
        board = SimBoard(firmware=None, bootloader=True)
        try:
            seconds.append(flash.upload(board.port).seconds)
        finally:
            board.stop()
    if seconds:
        print(f"upload of the bundled firmware (avrdude, optiboot, write + verify): "
              f"median {statistics.median(seconds):.2f} s, max {max(seconds):.2f} s (n={len(seconds)})")


if __name__ == "__main__":
    main()

"""Firmware figures in the simulator (simavr, real time). Prints figures; asserts nothing.

    .venv/bin/python benchmarks/robot_roundtrip.py             # 500 PINGs, 10 watchdog runs, 3 uploads
    .venv/bin/python benchmarks/robot_roundtrip.py --smoke     # 50 PINGs, 2 watchdog runs, 1 upload, no clean build

- build: a clean `make -C firmware` (firmware, core, harness, optiboot)
- PING round trip (target p50 ≤ 5 ms): plain pyserial, and through the app's SerialLink; wall-clock figures include
  the host's scheduling (a loaded machine inflates them), the simulated-time part does not
- watchdog: motor pins stopping after the last DRIVE, from the simulator's pin log (simulated time; target 500 ± 50 ms)
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
from tests.firmware.conftest import FIRMWARE_DIR, SimBoard, _build  # noqa: E402


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--watchdog", type=int, default=10)
    parser.add_argument("--uploads", type=int, default=3)
    parser.add_argument("--smoke", action="store_true", help="a quick run (CI)")
    args = parser.parse_args()
    if args.smoke:
        args.count, args.watchdog, args.uploads = 50, 2, 1
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

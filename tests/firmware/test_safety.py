"""The AVR hardware watchdog, proved in simavr from the pins.

A sketch that works never hangs, so the test firmware build/oyla_bot-testhang.hex (the car firmware built with
-DOYLA_TEST_HANG; never bundled) adds a HANG command that stops the sketch dead with interrupts off, the motors as
they were. Only the chip's own watchdog can stop them then.
"""

from __future__ import annotations

import serial

from tests.firmware.conftest import BUILD, FIRMWARE_HEX

TEST_HANG_HEX = BUILD / "oyla_bot-testhang.hex"
BOOT = b"! BOOT OYLA 1\r\n"


def newline_times(events, name: str) -> list[int]:
    return [when for when, kind, value in events if kind == name and value == 10]


def test_a_hung_sketch_is_reset_by_the_hardware_watchdog_with_motors_off(sim_factory):
    sim = sim_factory(firmware=TEST_HANG_HEX)
    with serial.Serial(sim.port, 115200, timeout=3) as port:
        port.write(b"WATCHDOG 5000\nDRIVE 200 -200\n")  # the command watchdog alone would wait 5 s
        assert port.readline() == b"OK\r\n" and port.readline() == b"OK\r\n"
        sim.wait_for(lambda _: sim.motor_timeline()[-1][1:] == (200, -200))
        port.write(b"HANG\n")
        hung = newline_times(sim.events(), "RX")[-1]
        port.write(b"\x00\xffGO\nPING\n" * 5)  # bytes while hung and during the reset: no harm done
        assert port.readline() == BOOT  # no reply to HANG: the next line is the restarted sketch's
        timeline = sim.motor_timeline()
        stopped = next(t for t, left, right in timeline if t > hung and (left, right) == (0, 0))
        assert 240_000 <= stopped - hung <= 300_000, stopped - hung  # WDTO_250MS: 256 ms nominal; simavr 256..275
        assert "RESET" not in {name for _, name, _ in sim.events()}  # the harness did not reset it: the chip did
        # After the restart: power-on state (wd=500, the hung DRIVE forgotten), no reset loop, and the motors
        # stayed off. (A build without the .init3 wdt_disable does not loop in simavr either: setup() re-arms the
        # watchdog well within the 16 ms it runs at after a watchdog reset. The early disable guards slower starts.)
        port.write(b"\nSTATUS\n")
        lines = [port.readline()]  # the bytes sent during the hang may still be answered first
        while not lines[-1].startswith(b"OK left=") and len(lines) < 30:
            lines.append(port.readline())
        assert lines[-1].startswith(b"OK left=0 right=0 servo=90,90,90,90 led=0,0,0 wd=500 stopped="), lines
        booted = sim.sim_time_us()
        sim.wait_sim_us(booted + 1_000_000)
        port.timeout = 0.2
        assert BOOT not in port.read(4096)  # one reset only
        assert sim.motor_timeline()[-1] == (stopped, 0, 0)  # the motors' last change: off at the reset


def test_the_hardware_watchdog_stays_quiet_while_the_sketch_runs(sim_factory):
    """Long replies to a host that keeps the flow-control window, and 2 s of idling: no reset."""
    sim = sim_factory(firmware=TEST_HANG_HEX)
    with serial.Serial(sim.port, 115200, timeout=3) as port:
        for _ in range(20):
            port.write(b"STATUS\n" * 9)  # 63 bytes: the window
            assert all(port.readline().startswith(b"OK left=") for _ in range(9))
        start = sim.sim_time_us()
        sim.wait_sim_us(start + 2_000_000)
        port.timeout = 0.2
        assert BOOT not in port.read(4096)


def test_the_bundled_firmware_has_no_hang_command(sim_board):
    assert sim_board  # built from the same source without -DOYLA_TEST_HANG
    with serial.Serial(sim_board.port, 115200, timeout=3) as port:
        port.write(b"HANG\n")
        assert port.readline() == b"ERR UNKNOWN HANG\r\n"
    assert b"HANG" not in bytes.fromhex("".join(line[9:-2] for line in FIRMWARE_HEX.read_text().split()))


def test_bytes_during_a_reset_start_nothing(sim_board):
    """RESET while the motors run and junk keeps coming (a cable that reconnects, a program still sending): the motors
    stop at the reset and stay stopped; the board answers again afterwards."""
    sim = sim_board
    with serial.Serial(sim.port, 115200, timeout=3) as port:
        port.write(b"WATCHDOG 5000\nDRIVE 200 200\n")
        assert port.readline() == b"OK\r\n" and port.readline() == b"OK\r\n"
        sim.wait_for(lambda _: sim.motor_timeline()[-1][1:] == (200, 200))
        port.write(b"\x00\xffGO\nDRI")
        sim.reset()
        reset_at = max(t for t, name, _ in sim.events() if name == "RESET")
        port.write(b"VE 90 90\n\xfe\nST")  # the tail of a line from before the reset, then junk
        port.write(b"\nPING\n")
        lines = [port.readline()]
        while lines[-1] != b"OK PONG\r\n" and len(lines) < 20:
            lines.append(port.readline())
        assert lines[-1] == b"OK PONG\r\n" and b"OK\r\n" not in lines, lines
        last = sim.motor_timeline()[-1]  # the motors' last change: off at the reset, nothing since
        assert last[1:] == (0, 0) and reset_at <= last[0] <= reset_at + 1000, sim.motor_timeline()

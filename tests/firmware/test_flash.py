"""app.robot.flash: the app's own upload code runs the real avrdude against a simulated Uno with optiboot."""

from __future__ import annotations

import subprocess
import time

import pytest
import serial

from app.robot import flash
from app.robot.flash import FlashError
from app.robot.link import SerialLink
from tests.firmware.conftest import BUILD, FIRMWARE_DIR, FIRMWARE_HEX, OLD_NANO_BOOTLOADER_HEX, require_sim


@pytest.fixture
def avrdude():
    path = flash.find_avrdude()
    if path is None:
        require_sim()  # fails under OYLA_REQUIRE_SIM=1, like the other simulator tools
        pytest.skip("avrdude is not installed (scripts/install-firmware-deps.sh)")
    return path


def hello_after_boot(port: str, timeout: float = 10.0) -> str:
    """Open the port (which resets the board into its bootloader) and HELLO until the firmware answers."""
    with serial.Serial(port, 115200, timeout=0.3) as link:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            link.write(b"HELLO\n")
            for line in link.readlines():
                if line.startswith(b"OK"):
                    return line.decode("ascii").strip()
    raise AssertionError("the flashed firmware never answered HELLO")


def test_upload_bundled_firmware_to_an_empty_uno(sim_factory, avrdude):
    board = sim_factory(firmware=None, bootloader=True)  # only optiboot in flash, as from the factory
    seen: list[tuple[float, str]] = []
    result = flash.upload(board.port, progress=lambda fraction, stage: seen.append((fraction, stage)))
    data_bytes = sum(int(line[1:3], 16) for line in flash.BUNDLED_HEX.read_text().split() if line[7:9] == "00")
    assert result.bytes_written == data_bytes
    assert "bytes of flash verified" in result.log
    stages = [stage for _, stage in seen]
    assert stages[0] == "connect" and stages[-1] == "done"
    assert stages.count("write") == 50 and stages.count("verify") == 50
    fractions = [fraction for fraction, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    with SerialLink(board.port, reconnect=False) as link:  # the app's own handshake, on the same port
        hello = link.hello(timeout=10)
    assert (hello.proto, hello.fw, hello.kit) == (1, "1.2.0", "car")


def test_upload_replaces_running_firmware(sim_factory, avrdude):
    built = subprocess.run(["make", "-C", str(FIRMWARE_DIR), "KIT=arm"], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    board = sim_factory(firmware=FIRMWARE_HEX, bootloader=True)
    assert hello_after_boot(board.port).endswith("kit=car caps=drive,servo,led,beep,dist,line")
    flash.upload(board.port, BUILD / "oyla_bot-arm.hex")
    assert hello_after_boot(board.port).endswith("kit=arm caps=servo,led,beep")


def test_board_that_never_answers_times_out(sim_factory, avrdude):
    board = sim_factory()  # the sketch alone: nothing speaks the bootloader protocol
    started = time.monotonic()
    with pytest.raises(FlashError, match="did not finish within 2 s"):
        flash.upload(board.port, timeout=2)
    assert time.monotonic() - started < 6
    with serial.Serial(board.port, 115200, timeout=1) as link:  # avrdude is gone: the port is free again
        link.write(b"\nPING\n")
        assert b"OK PONG" in link.read_until(b"OK PONG\r\n")


def test_busy_port(sim_factory, avrdude):
    board = sim_factory()
    with serial.Serial(board.port, 115200, exclusive=True), pytest.raises(FlashError, match="busy"):
        flash.upload(board.port)


def test_missing_port_and_missing_file(tmp_path, avrdude):
    with pytest.raises(FlashError, match="no serial port"):
        flash.upload(str(tmp_path / "ttyACM9"))
    with pytest.raises(FlashError, match="firmware file .* is missing"):
        flash.upload(str(tmp_path / "ttyACM9"), tmp_path / "nothing.hex")


def test_without_avrdude_the_message_explains_the_arduino_ide_route(monkeypatch, tmp_path):
    monkeypatch.setenv("OYLA_AVRDUDE", str(tmp_path / "no-avrdude"))
    assert flash.find_avrdude() is None
    with pytest.raises(FlashError, match="Arduino IDE") as caught:
        flash.upload("/dev/ttyACM0")
    assert "Tools → Board → Arduino Uno" in str(caught.value)


@pytest.mark.parametrize(("log", "expected"), [
    ("avrdude: verification error, first mismatch at byte 0x0b60\n         0x50 != 0xd7\n"
     "avrdude: verification error; content mismatch\n", "verification failed at byte 0x0b60"),
    ("avrdude warning: attempt 3 of 10: not in sync: resp=0x00\n", "did not answer at 57600 baud"),
    ("avrdude error: Expected signature for ATmega328P is 1E 95 0F\n", "not an Arduino Uno or Nano"),
    ("avrdude OS error: cannot open port /dev/ttyUSB0: Permission denied\n", "busy or not allowed"),
    ("avrdude: ser_open(): can't open device \"\\\\.\\COM7\": The system cannot find the file specified.\n",
     "There is no serial port COM7"),
    ("avrdude error: something new\n", "The upload failed: avrdude error: something new"),
])
def test_avrdude_failures_become_clear_messages(log, expected):
    port = "COM7" if "COM7" in log else "/dev/ttyUSB0"
    assert expected in str(flash._failure(log, port, 57600))


def test_bundled_hex_is_the_current_build():
    require_sim()  # builds firmware/build/oyla_bot.hex
    assert flash.BUNDLED_HEX.read_bytes() == FIRMWARE_HEX.read_bytes(), \
        "app/robot/firmware/oyla_bot.hex is stale: run `make -C firmware bundle` and commit it"


def test_board_vanishing_mid_upload_ends_with_an_error(sim_factory, avrdude):
    board = sim_factory(firmware=None, bootloader=True)

    def unplug(fraction: float, stage: str) -> None:
        if stage == "write" and fraction >= 0.1 and board.proc.poll() is None:
            board.proc.kill()  # the USB cable comes out: the pty disappears

    started = time.monotonic()
    with pytest.raises(FlashError):  # avrdude 7.1 hangs here; the timeout ends it
        flash.upload(board.port, timeout=6, progress=unplug)
    assert time.monotonic() - started < 9


@pytest.mark.parametrize("chosen", [flash.BAUD_OPTIBOOT, flash.BAUD_OLD_BOOTLOADER])
def test_a_nano_with_the_old_bootloader_is_flashed_at_57600_whichever_speed_was_chosen(sim_factory, avrdude, chosen):
    """The Upload button on a Nano (or clone) with the old ATmegaBOOT bootloader: the probe finds 57,600 baud. The
    harness garbles bytes when the pty's speed and the chip's UART speed differ, as a real serial line does."""
    if not OLD_NANO_BOOTLOADER_HEX.is_file():
        pytest.skip("arduino-core-avr's ATmegaBOOT_168_atmega328.hex is not installed")
    board = sim_factory(firmware=None, bootloader=OLD_NANO_BOOTLOADER_HEX)
    assert flash.probe_baud(board.port, (flash.BAUD_OPTIBOOT,)) is None  # the wrong speed: no answer
    result = flash.upload(board.port, baud=chosen)
    assert result.baud == flash.BAUD_OLD_BOOTLOADER and "bytes of flash verified" in result.log
    assert hello_after_boot(board.port).endswith("kit=car caps=drive,servo,led,beep,dist,line")


def test_a_uno_or_new_nano_is_found_at_115200_even_when_57600_was_chosen(sim_factory, avrdude):
    board = sim_factory(firmware=None, bootloader=True)  # optiboot: the Uno and the Nano's new bootloader
    result = flash.upload(board.port, baud=flash.BAUD_OLD_BOOTLOADER)
    assert result.baud == flash.BAUD_OPTIBOOT
    assert hello_after_boot(board.port).startswith("OK OYLA proto=1 fw=1.2.0")

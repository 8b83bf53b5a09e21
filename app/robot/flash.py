"""Upload firmware to an Arduino with avrdude ("Upload firmware" on the Robot page).

Boards: the Uno (optiboot, 115,200 baud), the Arduino Nano with the new bootloader (optiboot, 115,200) or the old
one (ATmegaBOOT, 57,600), and clones of both with CH340/CP210x/FTDI USB chips. Before avrdude runs, ``probe_baud``
opens the port (which resets the board into its bootloader) and asks for the STK500 sync at the chosen speed, then
at the other: a Nano with the old bootloader is found in about a second instead of after avrdude's ~17 s of failed
syncs, whichever speed was chosen.

``upload(port)`` flashes the .hex bundled with the app (``BUNDLED_HEX``, built from firmware/ by
``make -C firmware bundle``) through the board's serial bootloader, exactly as the Arduino IDE does:
``avrdude -p atmega328p -c arduino -b BAUD -D -U flash:w:FILE:i``. avrdude runs under a timeout (it never
exits if the board vanishes mid-upload); its progress bars are turned into ``progress(fraction, stage)``
calls, and its failures into ``FlashError`` messages a student can act on. The port must not be open
elsewhere (close the robot link first). No Qt here: the UI runs ``upload`` in a worker.
"""

from __future__ import annotations

import contextlib
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import serial

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.resources import firmware_hex
from app.robot.link import LinkError, open_serial

BUNDLED_HEX = firmware_hex()
BAUD_OPTIBOOT = 115200  # Uno (optiboot)
BAUD_OLD_BOOTLOADER = 57600  # older bootloaders and most Nanos
DEFAULT_TIMEOUT = 30.0  # seconds; an upload of the Oyla firmware takes about 2-5 s
SYNC_ATTEMPTS = 3  # avrdude waits ~5.5 s per failed sync and tries 10 times; give up after this many
STK_GET_SYNC = b"\x30\x20"  # STK500 "get sync" + end of command, as avrdude's arduino programmer sends it
STK_INSYNC_OK = b"\x14\x10"  # a bootloader's answer
PROBE_WINDOW = 1.0  # seconds per speed: optiboot waits 1 s after a reset, the old bootloader about as long
PORT_CLOSED = 0.25  # seconds the port stays closed between two opens, so the next open resets the board again

Progress = Callable[[float, str], None]  # (0.0..1.0, "connect" | "write" | "verify" | "done")


class FlashError(OylaError):
    """The firmware could not be uploaded."""


@dataclass(frozen=True)
class FlashResult:
    seconds: float
    bytes_written: int
    log: str  # avrdude's full output, for a "details" view
    baud: int = 0  # the speed the bootloader answered at


def _candidates() -> list[Path]:
    """Where avrdude lives besides PATH: the Arduino IDE 1.x folder and the IDE 2 / arduino-cli packages."""
    home = Path.home()
    exe = "avrdude.exe" if sys.platform == "win32" else "avrdude"
    roots = [home / ".arduino15", home / "Library" / "Arduino15"]
    fixed = []
    if sys.platform == "win32":
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        roots.insert(0, local / "Arduino15")
        for program_files in {os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")} - {None}:
            fixed.append(Path(program_files) / "Arduino" / "hardware" / "tools" / "avr" / "bin" / exe)
    elif sys.platform == "darwin":
        fixed.append(Path("/Applications/Arduino.app/Contents/Java/hardware/tools/avr/bin") / exe)
    found = [path for path in fixed if path.is_file()]
    for root in roots:
        found += sorted((root / "packages" / "arduino" / "tools" / "avrdude").glob(f"*/bin/{exe}"), reverse=True)
    return found


def find_avrdude() -> Path | None:
    """avrdude to use: $OYLA_AVRDUDE, then PATH, then an Arduino IDE installation; None if there is none."""
    override = os.environ.get("OYLA_AVRDUDE")
    if override:
        return Path(override) if Path(override).is_file() else None
    on_path = shutil.which("avrdude")
    if on_path:
        return Path(on_path)
    found = _candidates()
    return found[0] if found else None


def _config_for(avrdude: Path) -> Path | None:
    """The Arduino IDE's avrdude needs its own avrdude.conf (-C); a system avrdude finds its own."""
    for conf in (avrdude.parent.parent / "etc" / "avrdude.conf", avrdude.parent / "avrdude.conf"):
        if conf.is_file():
            return conf
    return None


def avrdude_command(avrdude: Path, port: str, hex_path: Path, baud: int) -> list[str]:
    command = [str(avrdude)]
    conf = _config_for(avrdude)
    if conf is not None:
        command += ["-C", str(conf)]
    # The hex file name goes in as given; avrdude's ":i" suffix parsing copes with Windows drive letters.
    return command + ["-p", "atmega328p", "-c", "arduino", "-P", port, "-b", str(baud), "-D",
                      "-U", f"flash:w:{hex_path}:i"]


class _ProgressParser:
    """Turns avrdude's progress bars ("Writing | ####... | 100% 0.4s", 50 marks each) into fractions."""

    def __init__(self, callback: Progress | None) -> None:
        self.callback = callback
        self.stage = "connect"
        self.marks = 0
        self.wrote = False
        self.text = ""

    def feed(self, chunk: str) -> None:
        for char in chunk:
            self.text = self.text[-15:] + char
            if self.text.endswith("Writing | "):
                self.stage, self.marks, self.wrote = "write", 0, True
            elif self.text.endswith("Reading | "):
                self.stage, self.marks = ("verify" if self.wrote else "read"), 0
            elif char == "#" and self.stage in ("write", "verify"):
                self.marks += 1
                base = 0.0 if self.stage == "write" else 0.5
                self.report(base + min(self.marks, 50) / 100, self.stage)

    def report(self, fraction: float, stage: str) -> None:
        if self.callback is not None:
            self.callback(fraction, stage)


def _failure(log: str, port: str, baud: int) -> FlashError:
    text = log.lower()
    mismatch = re.search(r"(?:first mismatch|mismatch) at byte (0x[0-9a-f]+)", text)
    if "verification error" in text or mismatch:
        return FlashError(QT_TRANSLATE_NOOP(
            "errors", "The firmware was written but the board read back something else (verification failed at "
                      "byte {where}). Try again; if it keeps failing, try another USB cable or board."),
            where=mismatch.group(1) if mismatch else "?")
    if ("no such file" in text or "cannot find the file" in text) and ("port" in text or "device" in text):
        return FlashError(QT_TRANSLATE_NOOP("errors", "There is no serial port {port}. Is the robot plugged in?"),
                          port=port)
    if any(word in text for word in ("busy", "access is denied", "permission denied")):
        return FlashError(QT_TRANSLATE_NOOP(  # the same text as app.robot.link's, so it is translated once
            "errors", "The port {port} is busy or not allowed: close the Arduino IDE or any serial monitor "
                      "using it (on Linux, join the \"dialout\" group)."), port=port)
    if "invalid device signature" in text or "expected signature" in text:
        return FlashError(QT_TRANSLATE_NOOP(
            "errors", "The board on {port} is not an Arduino Uno or Nano (ATmega328P): Oyla's firmware is for those."),
            port=port)
    if any(word in text for word in ("not in sync", "not responding", "getsync", "programmer is not")):
        return FlashError(QT_TRANSLATE_NOOP(
            "errors", "The board on {port} did not answer at {baud} baud. Check the port; older boards and most "
                      "Nanos need 57600 baud; or press the board's reset button just as the upload starts."),
            port=port, baud=baud)
    lines = [line.strip() for line in log.splitlines() if "error" in line.lower() and "TIOCM" not in line]
    return FlashError(QT_TRANSLATE_NOOP("errors", "The upload failed: {reason}"),
                      reason=lines[-1] if lines else "avrdude gave up without saying why")


def probe_baud(port: str, bauds: tuple[int, ...] = (BAUD_OPTIBOOT, BAUD_OLD_BOOTLOADER),
               window: float = PROBE_WINDOW, cancel: threading.Event | None = None) -> int | None:
    """The first of ``bauds`` at which a bootloader on ``port`` answers the STK500 sync, or None.

    Opening the port resets an Uno or Nano (DTR), so each speed gets a fresh bootloader. Bytes at the wrong speed
    arrive as garbage: the bootloader does not answer (the old one then starts the sketch, which ignores them).
    """
    for number, baud in enumerate(bauds):
        if number:
            time.sleep(PORT_CLOSED)
        try:
            conn = serial.Serial(port, baud, timeout=0.05)
        except (serial.SerialException, OSError, ValueError):
            return None
        with conn:
            got = b""
            deadline = time.monotonic() + window
            while time.monotonic() < deadline:
                if cancel is not None and cancel.is_set():
                    return None
                try:
                    conn.write(STK_GET_SYNC)
                    got = (got + conn.read(64))[-64:]
                except (serial.SerialException, OSError):
                    return None
                if STK_INSYNC_OK in got:
                    return baud
    return None


def upload(port: str, hex_path: Path | str = BUNDLED_HEX, baud: int = BAUD_OPTIBOOT,
           timeout: float = DEFAULT_TIMEOUT, progress: Progress | None = None,
           cancel: threading.Event | None = None, avrdude: Path | None = None, detect: bool = True) -> FlashResult:
    """Flash ``hex_path`` to the ATmega328P board on ``port``; raises ``FlashError`` with the reason.

    With ``detect`` the bootloader's speed is probed first (``baud``, then the other known one) and avrdude runs
    at the speed that answered; when none answers, at ``baud`` (its error then says why)."""
    hex_path = Path(hex_path)
    if not hex_path.is_file():
        raise FlashError(QT_TRANSLATE_NOOP("errors", "The firmware file {file} is missing."), file=str(hex_path))
    tool = avrdude or find_avrdude()
    if tool is None:
        raise FlashError(QT_TRANSLATE_NOOP(
            "errors", "Oyla cannot find avrdude, the tool that uploads firmware to an Arduino. Install the Arduino "
                      "IDE (it includes avrdude) and try again. Or upload the Oyla sketch with the Arduino IDE "
                      "itself: open oyla_bot.ino, choose Tools → Board → Arduino Uno and your port, then press "
                      "Upload."))
    try:  # avrdude would share a port that is open elsewhere and then fail to sync; say why instead
        open_serial(port).close()
    except LinkError as error:
        raise FlashError(error.message, **error.params) from error
    parser = _ProgressParser(progress)
    parser.report(0.0, "connect")
    started = time.monotonic()
    if detect:
        others = tuple(b for b in (BAUD_OPTIBOOT, BAUD_OLD_BOOTLOADER) if b != baud)
        baud = probe_baud(port, (baud, *others), cancel=cancel) or baud
        time.sleep(PORT_CLOSED)
    flags = subprocess.CREATE_NO_WINDOW if sys.platform == "win32" else 0
    try:
        proc = subprocess.Popen(avrdude_command(tool, port, hex_path, baud), stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, creationflags=flags)
    except OSError as error:
        raise FlashError(QT_TRANSLATE_NOOP("errors", "Cannot start avrdude ({tool}): {reason}"),
                         tool=str(tool), reason=str(error)) from error
    chunks: queue.Queue[bytes] = queue.Queue()

    def read() -> None:
        assert proc.stdout is not None
        while chunk := proc.stdout.read1(4096):
            chunks.put(chunk)
        chunks.put(b"")

    reader = threading.Thread(target=read, name="oyla-avrdude-output", daemon=True)
    reader.start()
    output = bytearray()
    failure: FlashError | None = None
    while True:
        try:
            chunk = chunks.get(timeout=0.1)
        except queue.Empty:
            chunk = None
        if chunk == b"":
            break
        if chunk:
            output += chunk
            parser.feed(chunk.decode("ascii", errors="replace"))
        if output.count(b"not in sync") >= SYNC_ATTEMPTS:
            failure = _failure(output.decode("ascii", errors="replace"), port, baud)
        elif cancel is not None and cancel.is_set():
            failure = FlashError(QT_TRANSLATE_NOOP("errors", "The upload was cancelled. Upload again before "
                                                             "using the robot: its firmware may be incomplete."))
        elif time.monotonic() - started > timeout:
            failure = FlashError(QT_TRANSLATE_NOOP(
                "errors", "The upload to {port} did not finish within {seconds} s. Unplug the board, plug it in "
                          "again and retry."), port=port, seconds=round(timeout))
        if failure is not None:
            proc.kill()
            break
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=5)
    reader.join(timeout=1)
    log = output.decode("ascii", errors="replace")
    if failure is not None:
        raise failure
    if proc.returncode != 0:
        raise _failure(log, port, baud)
    written = re.search(r"(\d+) bytes of flash (?:written|verified)", log)
    parser.report(1.0, "done")
    return FlashResult(time.monotonic() - started, int(written.group(1)) if written else 0, log, baud)

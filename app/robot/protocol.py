"""Robot line protocol v1: the one module that knows the wire format (see docs/protocol.md).

Host side: build commands (``Command`` and the helpers below) and parse the board's reply lines
(``parse_line``, ``parse_hello``, ``parse_status``). Board side (the virtual robot): ``parse_command``
applies exactly the validation rules the firmware applies. Every parser is total: any input gives a
result or a ``ProtocolError``, never another exception.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.errors import QT_TRANSLATE_NOOP, OylaError

BAUD = 115200
PROTO_VERSION = 1
FIRMWARE_NAME = "OYLA"
MAX_LINE = 48  # characters before the newline ("\r" not counted)
MAX_REPLY = 200  # a board line longer than this is garbage (the longest real one is ~70)
DEFAULT_WATCHDOG_MS = 500
KITS = ("car", "arm", "lights")
CAPS = ("drive", "servo", "led", "beep")  # the outputs
SENSOR_CAPS = ("dist", "line")  # an HC-SR04 distance sensor and two IR line sensors (a car built with sensors)
ALL_CAPS = CAPS + SENSOR_CAPS
# What HELLO reports: the virtual car has the sensors, like the bundled car firmware (OYLA_SENSORS in config.h).
KIT_CAPS = {"car": ALL_CAPS, "arm": ("servo", "led", "beep"), "lights": ("led", "beep")}
SAFETY_MAX_MM = 4000  # SAFETY <mm>: 0 (off) .. this; a board without the dist sensor accepts only 0
DIST_MAX_MM = 4000  # SENSE reports this for "4 m or more"; -1 for no reading
SERVO_COUNT = 4
SPEED_MAX = 255
EVENT_PREFIX = "! "
REPLY_END = b"\r\n"  # every line the board prints ends so
# Flow control: the host keeps at most this many bytes of command lines (newline included) sent but not yet
# answered. The board's receive buffer holds 63 bytes and it reads no more while a reply waits to go out, so
# within this window nothing is lost or merged at any send rate (docs/protocol.md, "Sending without waiting").
MAX_UNANSWERED = 63
REVERSE_PAUSE_MS = 50  # a wheel rests at 0 this long before it turns the other way
# Joint limits per kit, (lowest, highest) degrees for servos 0..3: SERVO outside them answers ERR RANGE 2.
# The firmware keeps the same table in firmware/oyla_bot/config.h (SERVO_LIMITS; a test compares them).
FULL_TRAVEL = ((0, 180),) * SERVO_COUNT
SERVO_LIMITS: dict[str, tuple[tuple[int, int], ...]] = {
    "car": FULL_TRAVEL,
    "arm": ((0, 180), (15, 165), (30, 150), (10, 120)),  # base, shoulder, elbow, gripper
    "lights": FULL_TRAVEL,
}

# Error codes the board sends after "ERR ".
ERR_UNKNOWN = "UNKNOWN"
ERR_ARGS = "ARGS"
ERR_RANGE = "RANGE"
ERR_TOOLONG = "TOOLONG"
ERR_BADCHAR = "BADCHAR"
ERR_OBSTACLE = "OBSTACLE"  # a forward DRIVE refused by the obstacle stop; detail: the distance in mm (or -1)
ERROR_CODES = (ERR_UNKNOWN, ERR_ARGS, ERR_RANGE, ERR_TOOLONG, ERR_BADCHAR, ERR_OBSTACLE)


def _span(low: int, high: int) -> Callable[[int], bool]:
    return lambda value: low <= value <= high


def _beep_hz(value: int) -> bool:
    return value == 0 or 50 <= value <= 5000


# Command keyword -> one range check per argument (their count is the argument count).
ARG_CHECKS: dict[str, tuple[Callable[[int], bool], ...]] = {
    "HELLO": (),
    "PING": (),
    "STOP": (),
    "STATUS": (),
    "DRIVE": (_span(-255, 255), _span(-255, 255)),
    "SERVO": (_span(0, SERVO_COUNT - 1), _span(0, 180)),
    "LED": (_span(0, 255), _span(0, 255), _span(0, 255)),
    "BEEP": (_beep_hz, _span(1, 2000)),
    "WATCHDOG": (_span(100, 5000),),
    "SENSE": (),
    "SAFETY": (_span(0, SAFETY_MAX_MM),),
}


class ProtocolError(OylaError):
    """A line that breaks protocol v1 (from the board, or a command the app was asked to send)."""


class ProtocolVersionError(ProtocolError):
    """Oyla firmware that speaks another protocol version."""


@dataclass(frozen=True)
class Command:
    """One host → board command, already validated."""

    name: str
    args: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not all(type(a) is int for a in self.args):
            raise ProtocolError(QT_TRANSLATE_NOOP("errors", "Invalid robot command {command}: {reason}"),
                                command=repr((self.name, self.args)), reason="arguments must be whole numbers")
        result = check_command(self.name.upper(), tuple(self.args))
        if result is not None:
            raise ProtocolError(QT_TRANSLATE_NOOP("errors", "Invalid robot command {command}: {reason}"),
                                command=self.text(), reason=result.line())
        object.__setattr__(self, "name", self.name.upper())

    def text(self) -> str:
        return " ".join([self.name.upper(), *(str(a) for a in self.args)])

    def encode(self) -> bytes:
        return (self.text() + "\n").encode("ascii")


def hello() -> Command:
    return Command("HELLO")


def ping() -> Command:
    return Command("PING")


def stop() -> Command:
    return Command("STOP")


def status() -> Command:
    return Command("STATUS")


def drive(left: int, right: int) -> Command:
    return Command("DRIVE", (int(left), int(right)))


def servo(index: int, angle: int) -> Command:
    return Command("SERVO", (int(index), int(angle)))


def led(r: int, g: int, b: int) -> Command:
    return Command("LED", (int(r), int(g), int(b)))


def beep(hz: int, ms: int) -> Command:
    return Command("BEEP", (int(hz), int(ms)))


def watchdog(ms: int) -> Command:
    return Command("WATCHDOG", (int(ms),))


def sense() -> Command:
    return Command("SENSE")


def safety(mm: int) -> Command:
    return Command("SAFETY", (int(mm),))


@dataclass(frozen=True)
class CommandError:
    """What the board answers to a bad command line: ``ERR <code>[ detail]``."""

    code: str
    detail: str = ""

    def line(self) -> str:
        return f"ERR {self.code} {self.detail}" if self.detail else f"ERR {self.code}"


def _parse_int(word: str) -> int | None:
    digits = word[1:] if word.startswith("-") else word
    if not digits or not digits.isascii() or not digits.isdigit():
        return None
    return int(word)


def check_command(name: str, args: tuple[int, ...], kit: str | None = None) -> CommandError | None:
    """Board-side checks for a keyword (upper case) and integer arguments; None when valid.

    With ``kit``, SERVO angles are also checked against that kit's joint limits (``SERVO_LIMITS``), as the
    board built for that kit does.
    """
    checks = ARG_CHECKS.get(name)
    if checks is None:
        return CommandError(ERR_UNKNOWN, name)
    if len(args) != len(checks):
        return CommandError(ERR_ARGS)
    for number, (check, value) in enumerate(zip(checks, args, strict=True), start=1):
        if not check(value):
            return CommandError(ERR_RANGE, str(number))
    if name == "SERVO" and kit is not None:
        low, high = SERVO_LIMITS[kit][args[0]]
        if not low <= args[1] <= high:
            return CommandError(ERR_RANGE, "2")
    if name == "SAFETY" and kit is not None and "dist" not in KIT_CAPS[kit] and args[0] != 0:
        return CommandError(ERR_RANGE, "1")  # no distance sensor: the obstacle stop can only be off
    return None


def check_line_chars(line: bytes) -> CommandError | None:
    """Line-level rules on a line without its newline ("\\r" bytes already removed)."""
    if any(not 0x20 <= byte <= 0x7E for byte in line):
        return CommandError(ERR_BADCHAR)
    if len(line) > MAX_LINE:
        return CommandError(ERR_TOOLONG)
    return None


def parse_command(line: bytes, kit: str | None = None) -> Command | CommandError | None:
    """Parse one received command line as the board does. None means an empty line (no reply).

    ``line`` is the bytes between two newlines; "\\r" bytes are ignored. An over-long line that also
    holds a bad byte answers BADCHAR (the same order the firmware checks in). ``kit``: see ``check_command``.
    """
    line = bytes(line).replace(b"\r", b"")
    error = check_line_chars(line)
    if error is not None:
        return error
    words = line.decode("ascii").split(" ")
    words = [w for w in words if w]
    if not words:
        return None
    name = words[0].upper()
    if name not in ARG_CHECKS:
        return CommandError(ERR_UNKNOWN, words[0])
    values = [_parse_int(word) for word in words[1:]]
    if any(value is None for value in values):
        return CommandError(ERR_ARGS)
    args = tuple(v for v in values if v is not None)
    error = check_command(name, args, kit)
    return error if error is not None else Command(name, args)


class CommandReader:
    """Board side: split an incoming byte stream into command lines, holding at most MAX_LINE + 1 bytes.

    ``feed`` returns one ``Command`` or ``CommandError`` per non-empty line, in order. ``kit``: see
    ``check_command``.
    """

    def __init__(self, kit: str | None = None) -> None:
        self._buffer = bytearray()
        self._bad = False
        self._kit = kit

    def feed(self, data: bytes) -> list[Command | CommandError]:
        results: list[Command | CommandError] = []
        for byte in bytes(data):
            if byte == 0x0A:
                line, bad = bytes(self._buffer), self._bad
                self._buffer.clear()
                self._bad = False
                result = CommandError(ERR_BADCHAR) if bad else parse_command(line, self._kit)
                if result is not None:
                    results.append(result)
            elif byte == 0x0D:
                continue
            elif not 0x20 <= byte <= 0x7E:
                self._bad = True
            elif len(self._buffer) <= MAX_LINE:
                self._buffer.append(byte)
        return results


def command_line(text: str) -> bytes:
    """A line the user typed (CLI, serial monitor), checked for length and characters, with its newline.

    Keywords and values are not checked here, so the student sees the board's own ERR answer.
    """
    raw = text.strip("\r\n").encode("ascii", errors="replace")
    if not text.isascii() or b"\n" in raw or check_line_chars(raw) is not None:
        raise ProtocolError(QT_TRANSLATE_NOOP(
            "errors", "A robot command must be one line of at most {limit} plain ASCII characters."),
            limit=MAX_LINE)
    return raw + b"\n"


@dataclass(frozen=True)
class Reply:
    """A reply line: ``OK[ fields]`` (ok=True) or ``ERR <code>[ detail]`` (ok=False)."""

    ok: bool
    fields: tuple[str, ...] = ()
    code: str = ""
    detail: str = ""

    def line(self) -> str:
        if self.ok:
            return " ".join(("OK", *self.fields))
        return CommandError(self.code, self.detail).line()


@dataclass(frozen=True)
class Event:
    """An unsolicited board line: ``! <text>`` (``BOOT OYLA 1``, ``WATCHDOG``)."""

    text: str

    @property
    def name(self) -> str:
        return self.text.split(" ", 1)[0]

    def line(self) -> str:
        return EVENT_PREFIX + self.text


def _garbage(line: object) -> ProtocolError:
    shown = repr(line)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return ProtocolError(QT_TRANSLATE_NOOP("errors", "The robot sent a line Oyla does not understand: {line}"),
                         line=shown)


def parse_line(raw: bytes) -> Reply | Event:
    """Parse one line from the board (trailing "\\r\\n" allowed). Raises ``ProtocolError`` on garbage."""
    line = bytes(raw).rstrip(b"\r\n")
    if len(line) > MAX_REPLY or any(not 0x20 <= byte <= 0x7E for byte in line):
        raise _garbage(line)
    text = line.decode("ascii")
    if text.startswith(EVENT_PREFIX) and text[2:].strip(" "):
        return Event(text[2:].strip(" "))
    words = text.split()
    if words and words[0] == "OK":
        return Reply(True, tuple(words[1:]))
    if len(words) >= 2 and words[0] == "ERR" and words[1] in ERROR_CODES:
        return Reply(False, code=words[1], detail=" ".join(words[2:]))
    raise _garbage(line)


def _key_values(reply: Reply) -> dict[str, str]:
    values: dict[str, str] = {}
    for field in reply.fields:
        key, sep, value = field.partition("=")
        if sep and key:
            values[key] = value
    return values


def _ints(text: str, count: int, low: int, high: int) -> tuple[int, ...] | None:
    parts = text.split(",")
    values = [_parse_int(part) for part in parts]
    if len(values) != count or any(v is None or not low <= v <= high for v in values):
        return None
    return tuple(v for v in values if v is not None)


@dataclass(frozen=True)
class Hello:
    name: str
    proto: int
    fw: str
    kit: str
    caps: frozenset[str]


def parse_hello(reply: Reply | Event) -> Hello:
    """The board's answer to HELLO; ``ProtocolError`` when it is not Oyla firmware speaking v1."""
    if not isinstance(reply, Reply) or not reply.ok or not reply.fields or reply.fields[0] != FIRMWARE_NAME:
        raise ProtocolError(QT_TRANSLATE_NOOP(
            "errors", "The board answered HELLO with \"{line}\": it is not running Oyla firmware."),
            line=reply.line())
    values = _key_values(reply)
    proto = _parse_int(values.get("proto", ""))
    fw = values.get("fw", "")
    kit = values.get("kit", "")
    caps = frozenset(c for c in values.get("caps", "").split(",") if c)
    fw_ok = _ints(fw.replace(".", ","), 3, 0, 9999) is not None
    if proto is None or not fw_ok or kit not in KITS or not caps <= set(ALL_CAPS):
        raise _garbage(reply.line())
    if proto != PROTO_VERSION:
        raise ProtocolVersionError(QT_TRANSLATE_NOOP(
            "errors", "The board speaks robot protocol {found}, this Oyla speaks {wanted}: upload the firmware "
                      "that comes with this Oyla."), found=proto, wanted=PROTO_VERSION)
    return Hello(FIRMWARE_NAME, proto, fw, kit, caps)


@dataclass(frozen=True)
class Status:
    left: int
    right: int
    servo: tuple[int, ...]
    led: tuple[int, ...]
    wd: int
    stopped: bool


def parse_status(reply: Reply | Event) -> Status:
    """The board's answer to STATUS; ``ProtocolError`` on anything malformed."""
    if not isinstance(reply, Reply) or not reply.ok:
        raise _garbage(reply.line())
    values = _key_values(reply)
    left = _ints(values.get("left", ""), 1, -255, 255)
    right = _ints(values.get("right", ""), 1, -255, 255)
    servos = _ints(values.get("servo", ""), SERVO_COUNT, 0, 180)
    colour = _ints(values.get("led", ""), 3, 0, 255)
    wd = _ints(values.get("wd", ""), 1, 100, 5000)
    stopped = values.get("stopped")
    if None in (left, right, servos, colour, wd) or stopped not in ("0", "1"):
        raise _garbage(reply.line())
    assert left and right and servos and colour and wd  # narrowed above
    return Status(left[0], right[0], servos, colour, wd[0], stopped == "1")


@dataclass(frozen=True)
class Sense:
    """The board's answer to SENSE: distance ahead in mm (None: no reading, or no sensor), the two line
    sensors (1 = over the dark line; None without sensors) and the obstacle limit (0 = off)."""

    dist: int | None
    line: tuple[int, int] | None
    safety: int


def parse_sense(reply: Reply | Event) -> Sense:
    """The board's answer to SENSE (``OK dist=<mm|-1> line=<l>,<r> safety=<mm>``); ``ProtocolError`` on anything
    malformed."""
    if not isinstance(reply, Reply) or not reply.ok:
        raise _garbage(reply.line())
    values = _key_values(reply)
    dist = _ints(values.get("dist", ""), 1, -1, DIST_MAX_MM)
    line = values.get("line", "")
    limit = _ints(values.get("safety", ""), 1, 0, SAFETY_MAX_MM)
    levels = _ints(line, 2, 0, 1)
    if dist is None or limit is None or (levels is None and line != "-1,-1"):
        raise _garbage(reply.line())
    return Sense(None if dist[0] < 0 else dist[0], (levels[0], levels[1]) if levels else None, limit[0])

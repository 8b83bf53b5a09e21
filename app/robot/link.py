"""Links to a robot: the ``RobotLink`` interface and ``SerialLink`` (a real board over USB serial).

Every command gets exactly one reply, so a link keeps a first-in-first-out queue of pending replies:
``submit`` writes the line and returns a ``Pending``; the background reader fills them in order. A link
keeps the protocol's flow-control rule: at most ``protocol.MAX_UNANSWERED`` bytes of commands unanswered
(``submit`` waits for replies to make room), so a burst of any length arrives whole and in order.
Event lines (``! ...``) go to ``on_event``; connection changes go to ``on_state``. Callbacks run on the
reader thread, so the UI must hand them over to its own thread.
"""

from __future__ import annotations

import contextlib
import errno
import threading
import time
from collections import deque
from collections.abc import Callable

import serial

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.robot import protocol
from app.robot.protocol import Command, Event, Hello, ProtocolError, ProtocolVersionError, Reply

DEFAULT_TIMEOUT = 1.0
HANDSHAKE_TIMEOUT = 3.0  # an Uno resets when the port opens; its bootloader waits up to ~1 s
RECONNECT_INTERVAL = 0.5
READ_SLICE = 0.1  # the reader wakes this often to notice close(); it sleeps inside read() otherwise
STALE_AFTER = 2.0  # a command unanswered this long was lost (the board answers in milliseconds)
SETTLE = 0.2  # after a handshake that needed retries, late answers to earlier HELLOs are dropped this long
ROOM_TIMEOUT = 0.25  # a submit waits at most this long for room in the flow-control window (a full one drains in ~10 ms)


class LinkError(OylaError):
    """The robot cannot be reached or did not answer."""


def _timeout_error(name: str, command: str, seconds: float) -> LinkError:
    return LinkError(QT_TRANSLATE_NOOP("errors", "The robot on {port} did not answer \"{command}\" within "
                                                 "{seconds} s."), port=name, command=command, seconds=seconds)


class Pending:
    """One reply still to come."""

    def __init__(self, command: str, forget: Callable[[Pending], None] | None = None, size: int = 0) -> None:
        self.command = command
        self.size = size  # bytes on the wire, newline included
        self.sent = time.monotonic()
        self._forget = forget
        self._done = threading.Event()
        self._reply: Reply | None = None
        self._error: OylaError | None = None

    def resolve(self, reply: Reply | None = None, error: OylaError | None = None) -> None:
        self._reply, self._error = reply, error
        self._done.set()

    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float, port: str = "") -> Reply:
        if not self._done.wait(timeout):
            if self._forget is not None:
                self._forget(self)  # so the next reply goes to the next command, not to this one
            raise _timeout_error(port, self.command, timeout)
        if self._error is not None:
            raise self._error
        assert self._reply is not None
        return self._reply


def _as_line(command: Command | bytes | str) -> bytes:
    if isinstance(command, Command):
        return command.encode()
    if isinstance(command, str):
        return protocol.command_line(command)
    return protocol.command_line(bytes(command).decode("ascii", errors="replace"))


class RobotLink:
    """What the app talks to, for real and virtual robots alike."""

    name = "robot"

    def __init__(self) -> None:
        self.on_event: Callable[[Event], None] | None = None
        self.on_state: Callable[[bool], None] | None = None
        self._pending: deque[Pending] = deque()
        self._lock = threading.RLock()  # re-entrant: a virtual robot answers inside _write
        self._room = threading.Condition(self._lock)  # notified whenever a pending command leaves the queue
        self._handshaking = False

    # -- for subclasses ---------------------------------------------------------------------------
    def _write(self, data: bytes) -> None:
        raise NotImplementedError

    def _deliver(self, raw: bytes) -> None:
        """Handle one line read from the board."""
        try:
            item = protocol.parse_line(raw)
        except ProtocolError as error:
            self._resolve_next(error=error)  # a mangled reply still stands for one command
            return
        if isinstance(item, Event):
            if item.name == "BOOT" and not self._handshaking:
                self._fail_all(LinkError(QT_TRANSLATE_NOOP("errors", "The robot on {port} restarted."),
                                         port=self.name))
            if self.on_event is not None:
                self.on_event(item)
        elif not self._handshaking or (item.ok and item.fields[:1] == (protocol.FIRMWARE_NAME,)):
            self._resolve_next(reply=item)  # while handshaking, stale answers to older commands are dropped

    def _drop_stale(self) -> None:
        """Commands unanswered for STALE_AFTER were lost: fail them (call with the lock held)."""
        now = time.monotonic()
        while self._pending and now - self._pending[0].sent > STALE_AFTER:
            lost = self._pending.popleft()
            lost.resolve(error=_timeout_error(self.name, lost.command, STALE_AFTER))
            self._room.notify_all()

    def _resolve_next(self, reply: Reply | None = None, error: OylaError | None = None) -> None:
        with self._lock:
            self._drop_stale()
            pending = self._pending.popleft() if self._pending else None
            self._room.notify_all()
        if pending is not None:
            pending.resolve(reply, error)

    def _forget(self, pending: Pending) -> None:
        with self._lock:
            if pending in self._pending:
                self._pending.remove(pending)
                self._room.notify_all()

    def _fail_all(self, error: OylaError) -> None:
        with self._lock:
            waiting = list(self._pending)
            self._pending.clear()
            self._room.notify_all()
        for pending in waiting:
            pending.resolve(error=error)

    def unanswered(self) -> int:
        """Bytes of commands sent and not answered yet (at most ``protocol.MAX_UNANSWERED``)."""
        with self._lock:
            return sum(p.size for p in self._pending)

    # -- public -----------------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        raise NotImplementedError

    def submit(self, command: Command | bytes | str, room_timeout: float = ROOM_TIMEOUT) -> Pending:
        """Write one command line; the reply arrives later in the returned ``Pending``.

        When the commands already unanswered and this one would exceed ``protocol.MAX_UNANSWERED`` bytes,
        it first waits (up to ``room_timeout`` s) for replies to make room, then raises a ``LinkError``
        naming the oldest unanswered command. A board answers in milliseconds, so this wait is short.
        """
        line = _as_line(command)
        pending = Pending(line.decode("ascii").strip(), self._forget, len(line))
        deadline = time.monotonic() + room_timeout
        with self._lock:
            while True:
                if not self.is_open:
                    raise LinkError(QT_TRANSLATE_NOOP("errors", "The robot on {port} is not connected."),
                                    port=self.name)
                self._drop_stale()
                if sum(p.size for p in self._pending) + pending.size <= protocol.MAX_UNANSWERED:
                    break
                left = deadline - time.monotonic()
                if left <= 0:
                    raise _timeout_error(self.name, self._pending[0].command, room_timeout)
                self._room.wait(min(left, READ_SLICE))
            pending.sent = time.monotonic()
            self._pending.append(pending)
            try:
                self._write(line)
            except OylaError:
                if pending in self._pending:
                    self._pending.remove(pending)
                raise
        return pending

    def send(self, command: Command | bytes | str, timeout: float = DEFAULT_TIMEOUT) -> Reply:
        """Send one command and wait for its reply (``OK``/``ERR`` — an ERR is returned, not raised)."""
        return self.submit(command).wait(timeout, self.name)

    def hello(self, timeout: float = HANDSHAKE_TIMEOUT) -> Hello:
        """Handshake: HELLO until the board answers (it may be restarting), then check it is Oyla v1.

        It also puts replies back in step: earlier unanswered commands are dropped, and answers that
        are not HELLO answers are ignored until the handshake ends.
        """
        deadline = time.monotonic() + timeout
        self._fail_all(LinkError(QT_TRANSLATE_NOOP("errors", "The robot on {port} restarted."), port=self.name))
        self._handshaking = True
        attempts = 0
        try:
            while True:
                left = deadline - time.monotonic()
                attempts += 1
                try:
                    hello = protocol.parse_hello(self.send(protocol.hello(), timeout=max(0.05, min(0.5, left))))
                except ProtocolVersionError:
                    raise
                except (LinkError, ProtocolError):  # no answer yet, or a line that is not an Oyla answer
                    if time.monotonic() >= deadline or not self.is_open:
                        break
                    continue
                if attempts > 1:
                    time.sleep(SETTLE)
                return hello
        finally:
            self._handshaking = False
        raise LinkError(QT_TRANSLATE_NOOP(
            "errors", "The board on {port} does not answer like Oyla firmware. Upload the Oyla firmware to it "
                      "(Robot page → Upload firmware)."), port=self.name)

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> RobotLink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _open_error(port: str, error: Exception) -> LinkError:
    text = str(error).lower()
    code = getattr(error, "errno", None)
    if code == errno.ENOENT or "no such file" in text or "cannot find the file" in text or "filenotfound" in text:
        return LinkError(QT_TRANSLATE_NOOP("errors", "There is no serial port {port}. Is the robot plugged in?"),
                         port=port)
    if code in (errno.EBUSY, errno.EACCES) or any(
            word in text for word in ("busy", "access is denied", "lock", "permission")):
        return LinkError(QT_TRANSLATE_NOOP(
            "errors", "The port {port} is busy or not allowed: close the Arduino IDE or any serial monitor "
                      "using it (on Linux, join the \"dialout\" group)."), port=port)
    return LinkError(QT_TRANSLATE_NOOP("errors", "Cannot open the port {port}: {reason}"), port=port,
                     reason=str(error))


def open_serial(port: str) -> serial.Serial:
    """Open ``port`` at protocol speed, or raise a ``LinkError`` that says why not."""
    try:
        return serial.Serial(port, protocol.BAUD, timeout=READ_SLICE, write_timeout=1.0, exclusive=True)
    except (serial.SerialException, OSError, ValueError) as error:
        raise _open_error(port, error) from error


class SerialLink(RobotLink):
    """A board on a serial port, with a reader thread that reconnects when the port comes back."""

    def __init__(self, port: str, reconnect: bool = True) -> None:
        super().__init__()
        self.name = port
        self._reconnect = reconnect
        self._serial: serial.Serial | None = open_serial(port)
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"oyla-serial-{port}", daemon=True)
        self._thread.start()

    @property
    def is_open(self) -> bool:
        return self._serial is not None and not self._closing.is_set()

    def _write(self, data: bytes) -> None:
        port = self._serial
        try:
            assert port is not None
            port.write(data)
            port.flush()
        except (serial.SerialException, OSError, AssertionError) as error:
            raise LinkError(QT_TRANSLATE_NOOP("errors", "Cannot write to the robot on {port}: {reason}"),
                            port=self.name, reason=str(error)) from error

    def _run(self) -> None:
        buffer = bytearray()
        while not self._closing.is_set():
            port = self._serial
            if port is None:
                if not self._reconnect or self._closing.wait(RECONNECT_INTERVAL):
                    return
                self._try_reopen()
                buffer.clear()
                continue
            try:
                chunk = port.read(max(1, port.in_waiting))
            except (serial.SerialException, OSError, TypeError, AttributeError):
                self._lost(port)
                continue
            buffer.extend(chunk)
            while b"\n" in buffer:
                line, _, rest = bytes(buffer).partition(b"\n")
                buffer[:] = rest
                self._deliver(line)
            if len(buffer) > protocol.MAX_REPLY:  # a flood without newlines: garbage
                buffer.clear()
                self._resolve_next(error=protocol.ProtocolError(
                    QT_TRANSLATE_NOOP("errors", "The robot sent a line Oyla does not understand: {line}"),
                    line="(too long)"))

    def _lost(self, port: serial.Serial) -> None:
        with self._lock:
            self._serial = None
        with contextlib.suppress(serial.SerialException, OSError):
            port.close()
        self._fail_all(LinkError(QT_TRANSLATE_NOOP("errors", "The robot on {port} was unplugged."),
                                 port=self.name))
        if self.on_state is not None and not self._closing.is_set():
            self.on_state(False)

    def _try_reopen(self) -> None:
        try:
            port = open_serial(self.name)
        except LinkError:
            return
        with self._lock:
            if self._closing.is_set():
                port.close()
                return
            self._serial = port
        if self.on_state is not None:
            self.on_state(True)

    def close(self) -> None:
        self._closing.set()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=2.0)
        with self._lock:
            port, self._serial = self._serial, None
        if port is not None:
            with contextlib.suppress(serial.SerialException, OSError):
                port.close()
        self._fail_all(LinkError(QT_TRANSLATE_NOOP("errors", "The link to the robot on {port} is closed."),
                                 port=self.name))

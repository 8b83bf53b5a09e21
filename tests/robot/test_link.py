"""SerialLink over real pseudo-terminals: handshake, replies, errors, unplug and reconnect."""

from __future__ import annotations

import sys
import threading

import pytest

from app.robot import protocol
from app.robot.link import LinkError, SerialLink
from app.robot.virtual import VirtualLink, VirtualRobot

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX pseudo-terminals")


@pytest.fixture
def board(tmp_path):
    from tests.robot.ptyboard import PtyBoard

    board = PtyBoard(tmp_path / "ttyOYLA")
    yield board
    if board.path.is_symlink():
        board.unplug()


def wait_for(predicate, timeout=5.0):
    done = threading.Event()
    for _ in range(int(timeout / 0.02)):
        if predicate():
            return True
        done.wait(0.02)
    return predicate()


def test_handshake_commands_and_errors(board):
    with SerialLink(str(board.path)) as link:
        assert link.is_open
        hello = link.hello()
        assert (hello.proto, hello.kit) == (1, "car")
        assert link.send(protocol.drive(100, -100)).ok
        reply = link.send("DRIVE 300 0")
        assert (reply.ok, reply.code, reply.detail) == (False, "RANGE", "1")
        status = protocol.parse_status(link.send(protocol.status()))
        assert (status.left, status.right) == (100, -100)
        pendings = [link.submit(protocol.ping()) for _ in range(20)]
        assert all(p.wait(2.0).fields == ("PONG",) for p in pendings)
    assert not link.is_open
    with pytest.raises(LinkError):
        link.send(protocol.ping())


def test_unplug_and_replug_reconnects(board):
    states = []
    with SerialLink(str(board.path)) as link:
        link.on_state = states.append
        assert link.send(protocol.ping()).ok
        board.unplug()
        assert wait_for(lambda: states == [False])
        with pytest.raises(LinkError, match="not connected"):
            link.send(protocol.ping())
        board.plug()
        assert wait_for(lambda: states == [False, True])
        assert link.hello().kit == "car"


def test_port_not_found(tmp_path):
    with pytest.raises(LinkError, match="no serial port"):
        SerialLink(str(tmp_path / "nope"))


def test_port_busy(board):
    with SerialLink(str(board.path)), pytest.raises(LinkError, match="busy"):
        SerialLink(str(board.path))


def test_silent_board_is_not_oyla(tmp_path):
    from tests.robot.ptyboard import PtyBoard

    board = PtyBoard(tmp_path / "ttySILENT", answer=False)
    try:
        with SerialLink(str(board.path)) as link, pytest.raises(LinkError, match="not answer like Oyla"):
            link.hello(timeout=0.6)
        assert b"HELLO\n" in board.received
    finally:
        board.unplug()


def test_garbage_talking_board_is_refused(tmp_path):
    from tests.robot.ptyboard import PtyBoard

    board = PtyBoard(tmp_path / "ttyJUNK", junk=b"\x00\xffGPS $GPGGA,123\r\n")
    try:
        with SerialLink(str(board.path)) as link, pytest.raises(LinkError, match="not answer like Oyla"):
            link.hello(timeout=0.6)
    finally:
        board.unplug()


def test_other_protocol_version_is_named(tmp_path):
    from tests.robot.ptyboard import PtyBoard

    board = PtyBoard(tmp_path / "ttyV2", junk=b"OK OYLA proto=2 fw=2.0.0 kit=car caps=drive\r\n")
    try:
        with SerialLink(str(board.path)) as link, pytest.raises(protocol.ProtocolVersionError, match="protocol 2"):
            link.hello()
    finally:
        board.unplug()


def test_virtual_link_same_interface_and_watchdog_event():
    clock = [0.0]
    robot = VirtualRobot(clock=lambda: clock[0])
    events = []
    with VirtualLink(robot, autopoll=False) as link:
        link.on_event = events.append
        assert link.hello().kit == "car"
        assert link.send(protocol.drive(255, 255)).ok
        clock[0] = 0.4
        link.poll()
        assert events == []
        clock[0] = 0.51
        link.poll()
        assert [e.name for e in events] == ["WATCHDOG"]
        assert protocol.parse_status(link.send("STATUS")).stopped


def test_handshake_survives_a_restarting_board_and_keeps_replies_in_step(board):
    board.swallow = 2  # the first two HELLOs go to the bootloader, then the firmware says hello
    board.boot_when_swallowed = True
    events = []
    with SerialLink(str(board.path)) as link:
        link.on_event = events.append
        assert link.hello().kit == "car"
        assert events[0].name == "BOOT"
        assert link.send("DRIVE 1 999").line() == "ERR RANGE 2"
        assert link.send(protocol.ping()).line() == "OK PONG"
        board.boot_when_swallowed = False
        board.swallow = 1  # one command lost on the cable: it times out, the next ones still match
        with pytest.raises(LinkError, match="did not answer"):
            link.send(protocol.status(), timeout=0.3)
        assert link.send("LED 1 2 3").line() == "OK"
        assert link.send("JUMP").line() == "ERR UNKNOWN JUMP"


@pytest.mark.parametrize(("error", "meaning"), [
    (OSError(2, "could not open port /dev/ttyACM0: [Errno 2] No such file or directory"), "no serial port"),
    (Exception("could not open port 'COM9': FileNotFoundError(2, 'The system cannot find the file "
               "specified.', None, 2)"), "no serial port"),
    (Exception("could not open port 'COM3': PermissionError(13, 'Access is denied.', None, 5)"), "busy"),
    (OSError(13, "[Errno 13] could not open port /dev/ttyUSB0: Permission denied"), "dialout"),
    (Exception("Could not exclusively lock port /dev/ttyACM0: [Errno 11] Resource temporarily unavailable"),
     "busy"),
    (Exception("something odd"), "Cannot open the port X: something odd"),
])
def test_open_errors_are_explained(error, meaning):
    from app.robot.link import _open_error

    assert meaning in str(_open_error("X", error))


def test_link_keeps_at_most_63_bytes_unanswered(tmp_path):
    """The flow-control rule of docs/protocol.md: a board that does not answer gets 63 bytes, not one more; the
    next submit waits for room, then names the oldest unanswered command. Lost commands free their room later."""
    import time

    from app.robot import link as link_module
    from tests.robot.ptyboard import PtyBoard

    board = PtyBoard(tmp_path / "ttySLOW", answer=False)
    try:
        with SerialLink(str(board.path)) as link:
            pendings = [link.submit(protocol.ping(), room_timeout=0.2) for _ in range(12)]  # 12 x 5 bytes
            assert link.unanswered() == 60
            started = time.monotonic()
            with pytest.raises(LinkError, match='did not answer "PING" within 0.2 s'):
                link.submit(protocol.ping(), room_timeout=0.2)
            assert 0.2 <= time.monotonic() - started < 1.0
            with pytest.raises(LinkError):
                link.submit("LED 1 2 3", room_timeout=0)  # 10 bytes do not fit in the 3 left: nothing is split
            assert wait_for(lambda: len(board.received) == 60) and bytes(board.received) == b"PING\n" * 12
    finally:
        board.unplug()
    board = PtyBoard(tmp_path / "ttySLOW2", answer=False)
    try:
        with SerialLink(str(board.path)) as link:
            for _ in range(12):
                link.submit(protocol.ping(), room_timeout=0.2)
            time.sleep(link_module.STALE_AFTER + 0.1)  # nothing came back: those commands count as lost
            assert link.submit(protocol.ping(), room_timeout=0.2) and link.unanswered() == 5
    finally:
        board.unplug()
    assert all(p.done() for p in pendings)


def test_deployer_against_a_silent_board_neither_blocks_long_nor_piles_up(tmp_path):
    import time

    from app.robot.deploy import ROOM_WAIT, DeployConfig, Deployer, DeployPolicy
    from app.robot.kits import load_kit
    from tests.robot.ptyboard import PtyBoard

    board = PtyBoard(tmp_path / "ttyMUTE", answer=False)
    try:
        with SerialLink(str(board.path)) as link:
            policy = DeployPolicy(load_kit("car"), DeployConfig(mapping={"palm": "forward"}, frames=1, repeat_s=0.0))
            deployer = Deployer(link, policy)
            for _ in range(10):
                started = time.monotonic()
                deployer.on_prediction("palm", 0.99)
                assert time.monotonic() - started < ROOM_WAIT + 0.3
                assert link.unanswered() <= protocol.MAX_UNANSWERED
            assert [e.kind for e in policy.log].count("error") >= 5  # "did not answer" for the waiting ones
            assert len(deployer._pending) <= protocol.MAX_UNANSWERED // len(b"DRIVE 160 160\n")
    finally:
        board.unplug()

"""Protocol module: encoding, board-side parsing, reply parsing; total on any bytes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.robot import protocol as p
from app.robot.protocol import Command, CommandError, ProtocolError


def test_encode_commands():
    assert p.drive(120, -80).encode() == b"DRIVE 120 -80\n"
    assert p.led(1, 2, 3).encode() == b"LED 1 2 3\n"
    assert Command("ping").encode() == b"PING\n"


@pytest.mark.parametrize("make", [lambda: p.drive(256, 0), lambda: p.servo(4, 0), lambda: p.beep(49, 10),
                                  lambda: p.watchdog(99), lambda: Command("FLY"), lambda: Command("PING", (1,)),
                                  lambda: Command("DRIVE", ("1", 2)), lambda: Command("LED", (1.0, 2, 3)),
                                  lambda: Command("DRIVE", (True, 0))])
def test_invalid_commands_refused_before_sending(make):
    with pytest.raises(ProtocolError):
        make()


@pytest.mark.parametrize(("line", "expected"), [
    (b"drive 10 -20", Command("DRIVE", (10, -20))),
    (b"  Servo   3  180 \r", Command("SERVO", (3, 180))),
    (b"BEEP 0 1", Command("BEEP", (0, 1))),
    (b"BEEP 50 2000", Command("BEEP", (50, 2000))),
    (b"fly 1", CommandError("UNKNOWN", "fly")),
    (b"DRIVE 1", CommandError("ARGS")),
    (b"DRIVE 1 x", CommandError("ARGS")),
    (b"DRIVE 1 2.5", CommandError("ARGS")),
    (b"DRIVE 1 --2", CommandError("ARGS")),
    (b"DRIVE -256 0", CommandError("RANGE", "1")),
    (b"DRIVE 0 256", CommandError("RANGE", "2")),
    (b"BEEP 49 100", CommandError("RANGE", "1")),
    (b"BEEP 100 0", CommandError("RANGE", "2")),
    (b"A" * 48, CommandError("UNKNOWN", "A" * 48)),
    (b"A" * 49, CommandError("TOOLONG")),
    (b"PI\tNG", CommandError("BADCHAR")),
    (b"", None), (b"\r", None), (b"   ", None),
])
def test_parse_command(line, expected):
    assert p.parse_command(line) == expected


def test_reader_splits_stream_and_bounds_memory():
    reader = p.CommandReader()
    out = reader.feed(b"PI")
    assert out == []
    out = reader.feed(b"NG\n" + b"x" * 100_000 + b"\nLED 1 2 3\r\n\n\xff\n")
    assert out == [Command("PING"), CommandError("TOOLONG"), Command("LED", (1, 2, 3)), CommandError("BADCHAR")]
    assert len(reader._buffer) == 0


def test_parse_replies_and_events():
    assert p.parse_line(b"OK PONG\r\n") == p.Reply(True, ("PONG",))
    assert p.parse_line(b"ERR RANGE 2\n") == p.Reply(False, code="RANGE", detail="2")
    assert p.parse_line(b"! WATCHDOG\r\n") == p.Event("WATCHDOG")
    assert p.parse_line(b"! BOOT OYLA 1").name == "BOOT"
    for junk in (b"", b"hello", b"ERR", b"ERR NOPE", b"OKAY", b"!", b"! ", b"OK \xff", b"OK " + b"x" * 300):
        with pytest.raises(ProtocolError):
            p.parse_line(junk)


def test_parse_hello_and_status():
    hello = p.parse_hello(p.parse_line(b"OK OYLA proto=1 fw=1.2.3 kit=arm caps=servo,led"))
    assert (hello.fw, hello.kit, hello.caps) == ("1.2.3", "arm", frozenset({"servo", "led"}))
    for bad in (b"OK PONG", b"ERR UNKNOWN HELLO", b"OK OYLA proto=1 fw=1.2 kit=car caps=drive",
                b"OK OYLA proto=1 fw=1.0.0 kit=tank caps=drive", b"OK OYLA proto=x fw=1.0.0 kit=car caps=",
                b"OK OYLA proto=2 fw=1.0.0 kit=car caps=drive", b"OK OYLA proto=1 fw=1.0.0 kit=car caps=fly"):
        with pytest.raises(ProtocolError):
            p.parse_hello(p.parse_line(bad))
    status = p.parse_status(p.parse_line(b"OK left=-5 right=255 servo=0,90,180,1 led=1,2,3 wd=500 stopped=0"))
    assert status == p.Status(-5, 255, (0, 90, 180, 1), (1, 2, 3), 500, False)
    for bad in (b"OK left=-5 right=255 servo=0,90,180 led=1,2,3 wd=500 stopped=0",
                b"OK left=-300 right=0 servo=0,0,0,0 led=1,2,3 wd=500 stopped=0",
                b"OK left=0 right=0 servo=0,0,0,0 led=1,2,3 wd=500 stopped=2", b"OK", b"! WATCHDOG"):
        with pytest.raises(ProtocolError):
            p.parse_status(p.parse_line(bad))


def test_command_line_checks_length_and_chars_only():
    assert p.command_line("fly 999") == b"fly 999\n"
    for bad in ("x" * 49, "PING\nSTOP", "привет"):
        with pytest.raises(ProtocolError):
            p.command_line(bad)


@given(st.binary(max_size=300))
def test_parsers_are_total_on_any_bytes(data):
    for parse in (p.parse_line, lambda d: p.parse_hello(p.parse_line(d)), lambda d: p.parse_status(p.parse_line(d))):
        try:
            result = parse(data)
        except ProtocolError as error:
            assert str(error)
        else:
            assert result is not None
    replies = p.CommandReader().feed(data + b"\n")
    assert all(isinstance(r, Command | CommandError) for r in replies)
    assert len(replies) <= data.count(b"\n") + 1


@given(st.text(max_size=80))
def test_command_line_total_on_any_text(text):
    try:
        line = p.command_line(text)
    except ProtocolError:
        return
    assert line.endswith(b"\n") and len(line) <= p.MAX_LINE + 1


@given(st.sampled_from(sorted(p.ARG_CHECKS)), st.lists(st.integers(-70000, 70000), max_size=4))
def test_encode_parse_round_trip(name, args):
    result = p.check_command(name, tuple(args))
    if result is None:
        command = Command(name, tuple(args))
        assert p.parse_command(command.encode().rstrip(b"\n")) == command
    else:
        assert p.parse_command(" ".join([name, *map(str, args)]).encode()) == result

"""The `oyla robot` subcommands, through argparse, on the virtual robot and a pty board."""

from __future__ import annotations

import sys

import pytest

from app.robot.cli import main


def test_hello_virtual(capsys):
    assert main(["robot", "hello", "virtual"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OYLA proto=1 fw=") and out.rstrip().endswith("kit=car caps=drive,servo,led,beep,dist,line")


@pytest.mark.parametrize(("command", "code", "out"), [
    ("drive 100 -100", 0, "OK"), ("PING", 0, "OK PONG"), ("DRIVE 100 300", 1, "ERR RANGE 2"),
    ("jump", 1, "ERR UNKNOWN jump"), ("STATUS", 0, "OK left=0 right=0 servo=90,90,90,90"),
])
def test_send_virtual(capsys, command, code, out):
    assert main(["robot", "send", "virtual", command]) == code
    assert capsys.readouterr().out.startswith(out)


def test_send_refuses_overlong_line_with_one_line_error(capsys):
    assert main(["robot", "send", "virtual", "x" * 60]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1


def test_missing_port(capsys, tmp_path):
    assert main(["robot", "hello", str(tmp_path / "ttyNOPE")]) == 1
    assert "no serial port" in capsys.readouterr().err


def test_ports_lists_or_explains(capsys):
    assert main(["robot", "ports", "--all"]) == 0
    assert capsys.readouterr().out.strip()


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX pseudo-terminals")
def test_send_over_serial(capsys, tmp_path):
    from tests.robot.ptyboard import PtyBoard

    board = PtyBoard(tmp_path / "ttyCLI")
    try:
        assert main(["robot", "send", str(board.path), "LED 1 2 3"]) == 0
        assert capsys.readouterr().out.strip() == "OK"
        assert board.robot.led == (1, 2, 3)
    finally:
        board.unplug()

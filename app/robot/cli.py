"""``oyla robot ...`` commands: list ports, handshake, send one command. PORT may be ``virtual``.

Hook: ``app.robot.cli.register(sub)`` on the top-level argparse subparsers; handlers return the exit code
(0 ok, 1 the robot answered ERR or was not found/understood, 2 bad usage).
"""

from __future__ import annotations

import argparse
import sys

from app.errors import OylaError
from app.robot import protocol
from app.robot.link import RobotLink, SerialLink
from app.robot.ports import list_robot_ports
from app.robot.virtual import VirtualLink, VirtualRobot

VIRTUAL = "virtual"


def open_link(port: str, kit: str = "car") -> RobotLink:
    """A link to ``port``, or to a fresh virtual robot when ``port`` is ``virtual``."""
    if port.lower() == VIRTUAL:
        return VirtualLink(VirtualRobot(kit=kit))
    return SerialLink(port, reconnect=False)


def _fail(error: Exception) -> int:
    print(f"error: {error}", file=sys.stderr)
    return 1


def cmd_ports(args: argparse.Namespace) -> int:
    ports = list_robot_ports(include_all=args.all)
    if not ports:
        print("No serial ports found. Plug the robot in (or use the port name 'virtual').")
        return 0
    for port in ports:
        mark = "*" if port.likely_robot else " "
        print(f"{mark} {port.device:<16} {port.usb_id:<9}  {port.description}")
    return 0


def cmd_hello(args: argparse.Namespace) -> int:
    try:
        with open_link(args.port) as link:
            hello = link.hello(timeout=args.timeout)
    except OylaError as error:
        return _fail(error)
    print(f"{hello.name} proto={hello.proto} fw={hello.fw} kit={hello.kit} caps={','.join(c for c in protocol.ALL_CAPS if c in hello.caps)}")
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    try:
        line = protocol.command_line(args.command)
        with open_link(args.port) as link:
            link.hello(timeout=args.timeout)  # waits out the Uno's reset-on-open and checks the firmware
            reply = link.send(line, timeout=args.timeout)
    except OylaError as error:
        return _fail(error)
    print(reply.line())
    return 0 if reply.ok else 1


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add ``robot ports|hello|send`` to the app's argparse subcommands."""
    robot = subparsers.add_parser("robot", help="talk to a robot board (or the virtual robot)")
    sub = robot.add_subparsers(dest="robot_command", required=True)

    ports = sub.add_parser("ports", help="list serial ports; * marks likely robot boards")
    ports.add_argument("--all", action="store_true", help="also list non-USB serial ports")
    ports.set_defaults(func=cmd_ports)

    for name, handler, text in (("hello", cmd_hello, "handshake: show firmware, protocol version and kit"),
                                ("send", cmd_send, "send one command line and print the answer")):
        parser = sub.add_parser(name, help=text)
        parser.add_argument("port", metavar="PORT", help="serial port (COM3, /dev/ttyACM0) or 'virtual'")
        if name == "send":
            parser.add_argument("command", metavar="COMMAND", help='one protocol line, e.g. "DRIVE 100 100"')
        parser.add_argument("--timeout", type=float, default=3.0, help="seconds to wait (default 3)")
        parser.set_defaults(func=handler)
    return robot


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry (``python -m app.robot.cli``) until the app's CLI hooks ``register`` in."""
    parser = argparse.ArgumentParser(prog="oyla")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())

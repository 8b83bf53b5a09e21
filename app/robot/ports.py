"""Serial port discovery: which ports look like a robot, with a friendly name, and hot-plug polling.

Known USB ids come from the Arduino AVR core's ``boards.txt`` (uno/mega ``vid.N``/``pid.N`` entries)
and from the Linux USB id list (usb.ids) for the USB–serial chips that clone boards use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from serial.tools import list_ports

# (vid, pid) -> (short board/chip name, likely board). Board-level ids first, then bridge chips.
KNOWN_USB_IDS: dict[tuple[int, int], tuple[str, bool]] = {
    (0x2341, 0x0043): ("Arduino Uno R3", True),
    (0x2341, 0x0001): ("Arduino Uno", True),
    (0x2A03, 0x0043): ("Arduino Uno (arduino.org)", True),
    (0x2341, 0x0243): ("Arduino Uno R3", True),
    (0x2341, 0x0010): ("Arduino Mega 2560", True),
    (0x2341, 0x0042): ("Arduino Mega 2560 R3", True),
    (0x2A03, 0x0042): ("Arduino Mega 2560 R3 (arduino.org)", True),
    (0x2341, 0x0058): ("Arduino Nano Every", True),
    (0x1A86, 0x7523): ("CH340 USB-serial (Uno/Nano clone)", True),
    (0x1A86, 0x7522): ("CH340 USB-serial (Uno/Nano clone)", True),
    (0x1A86, 0x5523): ("CH341 USB-serial (clone board)", True),
    (0x1A86, 0x55D4): ("CH9102 USB-serial (clone board)", True),
    (0x0403, 0x6001): ("FTDI FT232R USB-serial (Nano, Duemilanove)", True),
    (0x0403, 0x6015): ("FTDI FT231X USB-serial", True),
    (0x10C4, 0xEA60): ("Silicon Labs CP210x USB-serial (Uno/Nano clone)", True),
}


@dataclass(frozen=True)
class PortInfo:
    device: str  # "/dev/ttyACM0", "COM3"
    description: str  # friendly, for the port list
    vid: int | None = None
    pid: int | None = None
    likely_robot: bool = False

    @property
    def usb_id(self) -> str:
        return f"{self.vid:04X}:{self.pid:04X}" if self.vid is not None and self.pid is not None else ""


def describe(device: str, vid: int | None, pid: int | None, description: str = "") -> PortInfo:
    """Friendly description of one port from its USB ids and the system's own description."""
    known = KNOWN_USB_IDS.get((vid, pid)) if vid is not None and pid is not None else None
    if known is not None:
        return PortInfo(device, f"{known[0]} ({device})", vid, pid, known[1])
    system = (description or "").strip()
    if not system or system.lower() == "n/a" or system == device:
        system = "USB serial device" if vid is not None else "Serial port"
    return PortInfo(device, f"{system} ({device})", vid, pid, False)


def list_robot_ports(include_all: bool = False) -> list[PortInfo]:
    """Serial ports, likely robots first. Without ``include_all``, only USB ports are listed (built-in
    COM1/ttyS ports are never robots)."""
    found = []
    for port in list_ports.comports():
        info = describe(port.device, port.vid, port.pid, port.description)
        if include_all or port.vid is not None:
            found.append(info)
    return sorted(found, key=lambda p: (not p.likely_robot, p.device))


class PortWatcher:
    """Hot-plug detection without a thread: call ``poll()`` from a UI timer (about once a second).

    ``on_added(PortInfo)`` and ``on_removed(PortInfo)`` are called for each change since the last
    poll. The first poll reports every present port as added.
    """

    def __init__(self, on_added: Callable[[PortInfo], None] | None = None,
                 on_removed: Callable[[PortInfo], None] | None = None,
                 lister: Callable[[], Iterable[PortInfo]] = list_robot_ports) -> None:
        self.on_added = on_added
        self.on_removed = on_removed
        self._lister = lister
        self._known: dict[str, PortInfo] = {}

    @property
    def ports(self) -> list[PortInfo]:
        return list(self._known.values())

    def poll(self) -> tuple[list[PortInfo], list[PortInfo]]:
        current = {info.device: info for info in self._lister()}
        added = [info for device, info in current.items() if self._known.get(device) != info]
        removed = [info for device, info in self._known.items() if current.get(device) != info]
        self._known = current
        for info in removed:
            if self.on_removed is not None:
                self.on_removed(info)
        for info in added:
            if self.on_added is not None:
                self.on_added(info)
        return added, removed

"""A virtual robot behind a real pseudo-terminal, reachable through a symlink that can vanish and return."""

from __future__ import annotations

import os
import select
import threading
from pathlib import Path

from app.robot.virtual import VirtualRobot


class PtyBoard:
    def __init__(self, link_path: Path, answer: bool = True, junk: bytes = b"", kit: str = "car",
                 poll: bool = False) -> None:
        self.path = Path(link_path)
        self.answer = answer
        self.junk = junk  # printed instead of real replies when set
        self.swallow = 0  # this many next writes from the host are lost (a board still in its bootloader)
        self.boot_when_swallowed = False  # then print the boot line, as a board that has just started
        self.robot = VirtualRobot(kit)
        self.poll = poll  # let the robot's time pass while the host is silent (watchdog events come by themselves)
        self.lock = threading.Lock()  # held while the robot is fed or polled
        self.received = bytearray()
        self._thread: threading.Thread | None = None
        self.plug()

    def plug(self) -> None:
        self.master, self.slave = os.openpty()
        if self.path.is_symlink():
            self.path.unlink()
        self.path.symlink_to(os.ttyname(self.slave))
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(self.master, self._stop), daemon=True)
        self._thread.start()

    def unplug(self) -> None:
        self._stop.set()
        assert self._thread is not None
        self._thread.join(timeout=2)
        self.path.unlink()
        os.close(self.master)
        os.close(self.slave)

    def _run(self, master: int, stop: threading.Event) -> None:
        while not stop.is_set():
            ready, _, _ = select.select([master], [], [], 0.005 if self.poll else 0.05)
            if not ready:
                if self.poll:
                    with self.lock:
                        lines = self.robot.poll()
                    if lines:
                        os.write(master, "".join(line + "\r\n" for line in lines).encode())
                continue
            try:
                data = os.read(master, 1024)
            except OSError:
                continue
            self.received.extend(data)
            if self.swallow:
                self.swallow -= 1
                if not self.swallow and self.boot_when_swallowed:
                    os.write(master, b"! BOOT OYLA 1\r\n")
                continue
            if self.junk:
                os.write(master, self.junk)
            elif self.answer:
                with self.lock:
                    lines = self.robot.feed(data)
                if lines:
                    os.write(master, "".join(line + "\r\n" for line in lines).encode())

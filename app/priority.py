"""Lower the CPU priority of the helper processes (training in ``app.ml.worker``, the camera in
``app.vision.live``), so that on a busy 2-core PC the window's process goes first. Threads of the window process
are never lowered: they share its GIL, and a lowered thread holding it would make the GUI thread wait (a
priority inversion). Does nothing where the system has no such call; never raises.
"""

from __future__ import annotations

import os
import sys


def lower_process(nice: int) -> None:
    """The whole process below normal (Windows: "below normal" class; elsewhere the nice value ``nice``, or the
    one it already had if higher: it does not depend on the priority of the thread that started the process)."""
    try:
        if sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), 0x4000)  # BELOW_NORMAL_PRIORITY_CLASS
        else:
            os.setpriority(os.PRIO_PROCESS, 0, max(nice, os.getpriority(os.PRIO_PROCESS, 0)))
    except (OSError, AttributeError):
        pass

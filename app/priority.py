"""Lower the CPU priority of background work, so that on a busy 2-core PC the window's own thread goes first.

``lower_process()`` is for the helper process (``app.ml.worker``); ``lower_this_thread()`` is for the window
process's background threads (camera, live prediction, recording, short tasks): the GUI thread keeps normal
priority. Both do nothing where the system has no such call; they never raise.
"""

from __future__ import annotations

import os
import sys
import threading

_lowered = threading.local()


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


def lower_this_thread(nice: int) -> None:
    """The calling thread below normal, once per thread (raising a thread's niceness cannot be undone without
    privileges, so it is done once, not per task). Threads it creates inherit it (Linux). On Linux each thread
    has its own nice value; on Windows the thread gets "below normal"; on macOS nothing is changed, as there
    ``setpriority`` would act on the whole process."""
    if getattr(_lowered, "done", False):
        return
    _lowered.done = True
    try:
        if sys.platform.startswith("linux"):
            tid = threading.get_native_id()
            os.setpriority(os.PRIO_PROCESS, tid, max(os.getpriority(os.PRIO_PROCESS, tid), nice))
        elif sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32
            kernel32.SetThreadPriority(kernel32.GetCurrentThread(), -1)  # THREAD_PRIORITY_BELOW_NORMAL
    except (OSError, AttributeError):
        pass

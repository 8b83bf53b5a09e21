"""app.robot stays free of Qt and does no work at import time."""

from __future__ import annotations

import subprocess
import sys


def test_robot_core_imports_without_qt_or_threads():
    code = (
        "import sys, threading\n"
        "import app.robot.protocol, app.robot.link, app.robot.virtual, app.robot.ports, app.robot.kits\n"
        "import app.robot.deploy, app.robot.cli\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
        "assert threading.active_count() == 1, 'a thread started at import'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr

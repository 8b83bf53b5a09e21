"""The lesson core and student storage must work without Qt (tests and the CLI run without a display)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

MODULES = ["app.lessons." + p.stem for p in (Path(__file__).parents[2] / "app" / "lessons").glob("*.py")]


def test_lesson_modules_do_not_import_qt():
    code = ("import importlib, sys\n"
            f"for name in {sorted(MODULES + ['app.storage.students'])!r}: importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parents[2])
    assert out.stdout.strip() == "[]"
    assert len(MODULES) >= 10

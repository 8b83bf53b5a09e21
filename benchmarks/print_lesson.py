"""How long "Print lesson" takes: each first-steps lesson written as an A4 PDF (text, teacher notes, sheets).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.print_lesson
The app does all of this on a worker thread (app/ui/teacher_print.py); the GUI thread only shows the dialogs.
"""

from __future__ import annotations

import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.lessons import loader
from app.ui.teacher import printing as teacher_print

PACK = Path(__file__).resolve().parents[1] / "lessons" / "first-steps"
LABELS = {"facts": "%1 minutes · ages %2–%3", "footer": "page %1 of %2", "sheet": "[%1] %2 — printed after the notes."}


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841 - fonts and images need an application
    pack = loader.load_pack(PACK)
    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}")
    times = []
    with tempfile.TemporaryDirectory() as folder:
        for lesson in pack.lessons:
            for lang in ("kk", "ru", "en"):
                start = time.perf_counter()
                path, pages = teacher_print.write_pdf(None, lesson, lang, LABELS, Path(folder) / "out.pdf")
                took = (time.perf_counter() - start) * 1000
                times.append(took)
                print(f"{lesson.id:32} {lang}  {pages} pages  {path.stat().st_size // 1024:5} KB  {took:6.0f} ms")
    print(f"median {statistics.median(times):.0f} ms, slowest {max(times):.0f} ms per lesson (on a worker thread)")


if __name__ == "__main__":
    main()

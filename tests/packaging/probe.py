"""Run with an installed Oyla's Python (not from the checkout): print, as JSON, what that installed app finds.

Used by tests/packaging: the built-in packs, whether Kazakh and Russian load through the app's own Languages,
the firmware and the icon. It prints one JSON object; any exception is a failure of the install.
"""

import json
import os
import sys
from pathlib import Path

import app
from app import resources
from app.lessons.library import library

result = {
    "app": str(Path(app.__file__).resolve().parent),
    "python": list(sys.version_info[:2]),
    "packs": [{"id": e.id, "builtin": e.builtin, "ok": e.pack is not None, "lessons": len(e.pack.lessons) if e.pack
               else 0} for e in library()],
    "firmware": str(resources.firmware_hex()) if resources.firmware_hex().is_file() else None,
    "firmware_bytes": resources.firmware_hex().stat().st_size if resources.firmware_hex().is_file() else 0,
    "icon": str(resources.asset("oyla-256.png") or ""),
}
if "--qt" in sys.argv or "--window" in sys.argv:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from app.ui.common.i18n import Languages

    qt = QApplication([]) if "--window" in sys.argv else QCoreApplication([])
    languages = Languages(qt)
    result["languages"] = {}
    for code in ("kk", "ru"):
        loaded = languages.set(code)
        result["languages"][code] = {"loaded": loaded, "Lessons": QCoreApplication.translate("MainWindow", "Lessons")}
if "--window" in sys.argv:  # the real main window, in Kazakh, with the demo camera; a screenshot as evidence
    from PySide6.QtWidgets import QAbstractButton

    from app.ui.main import build_window

    ctx, window = build_window(qt, "kk", "demo")
    window.resize(1280, 800)
    window.show()
    qt.processEvents()
    result["window"] = {
        "visible": window.isVisible(),
        "buttons": sorted({b.text() for b in window.findChildren(QAbstractButton) if b.isVisible() and b.text()}),
        "screenshot": window.grab().save(sys.argv[sys.argv.index("--window") + 1]),
    }
print(json.dumps(result, ensure_ascii=False), flush=True)
os._exit(0)  # the demo camera's threads need no orderly shutdown in a probe

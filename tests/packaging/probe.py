"""Run with an installed Oyla's Python (not from the checkout): print, as JSON, what that installed app finds.

Used by tests/packaging: the built-in packs, whether Kazakh and Russian load through the app's own Languages,
the firmware and the icon. It prints one JSON object; any exception is a failure of the install.
"""

import json
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
if "--qt" in sys.argv:
    from PySide6.QtCore import QCoreApplication

    from app.ui.i18n import Languages

    qt = QCoreApplication([])
    languages = Languages(qt)
    result["languages"] = {}
    for code in ("kk", "ru"):
        loaded = languages.set(code)
        result["languages"][code] = {"loaded": loaded, "Lessons": QCoreApplication.translate("MainWindow", "Lessons")}
print(json.dumps(result, ensure_ascii=False))

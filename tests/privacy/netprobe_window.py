"""Run the real window's long-lived paths for the system-call network test (tests/privacy/test_syscalls.py).

Usage: python -m tests.privacy.netprobe_window PROJECT IDLE_SECONDS

Opens the main window offscreen on the demo camera with PROJECT (a trained project) open, loads the backbone as
the app does, shows the Studio with live prediction, then keeps the embedder alive and idle for IDLE_SECONDS.
Prints what it did, so the test knows these paths really ran. Consent is recorded first so the camera may run.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main() -> int:
    project, idle = Path(sys.argv[1]), float(sys.argv[2])
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.storage import consent
    from app.ui.main import build_window

    consent.record_consent("student", "en")
    app = QApplication(sys.argv[:1])
    ctx, window = build_window(app, "en", "demo")
    ctx.open_project(project)
    seen = {"frames": 0, "predictions": 0}
    ctx.vision.frame.connect(lambda _f: seen.__setitem__("frames", seen["frames"] + 1))
    ctx.vision.predicted.connect(lambda *_a: seen.__setitem__("predictions", seen["predictions"] + 1))
    window.resize(1280, 800)
    window.show()
    window.show_page("studio")
    ready_at: list[float] = []
    ctx.backbone.ready.connect(lambda _e: ready_at.append(time.monotonic()))
    ctx.backbone.failed.connect(lambda text: (print("backbone failed:", text), app.exit(2)))
    ctx.backbone.start()

    def tick() -> None:
        if ready_at and time.monotonic() - ready_at[0] >= idle:
            window.show_page("lessons")  # the camera is released; the embedder stays loaded
            QTimer.singleShot(500, app.quit)
        else:
            QTimer.singleShot(200, tick)

    QTimer.singleShot(200, tick)
    code = app.exec()
    idle_s = time.monotonic() - ready_at[0] if ready_at else 0.0
    print(f"embedder idle {idle_s:.1f} s, frames {seen['frames']}, predictions {seen['predictions']}", flush=True)
    window.close()
    ctx.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())

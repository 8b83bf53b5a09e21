"""Starting the app: the window first (well under 1.5 s), then the backbone and torch in the background."""

from __future__ import annotations

import os
import sys
import time

_STARTED = time.perf_counter()


def build_window(app, language: str | None = None, camera: str | None = None):
    """Create the context and the main window with all pages (used by ``run`` and by the tests)."""
    from app.ui import theme
    from app.ui.context import AppContext
    from app.ui.i18n import Languages, system_language
    from app.ui.lessons_page import LessonsPage
    from app.ui.main_window import MainWindow, PlaceholderPage
    from app.ui.robot_page import RobotPage
    from app.ui.studio.page import StudioPage
    from app.ui.teacher_page import TeacherPage

    languages = Languages(app)
    ctx = AppContext(languages, camera)
    languages.set(language or ctx.settings.language or system_language())
    palette = theme.HIGH_CONTRAST if ctx.settings.high_contrast else theme.NORMAL
    app.setStyleSheet(theme.style_sheet(palette, ctx.settings.large_text))
    ctx.open_recent()
    pages = {key: PlaceholderPage(key) for key in MainWindow.PAGES}
    pages["studio"] = StudioPage(ctx)
    pages["lessons"] = LessonsPage(ctx)
    pages["robot"] = RobotPage(ctx)
    pages["teacher"] = TeacherPage(ctx)
    window = MainWindow(ctx, pages)
    pages["lessons"].open_page.connect(lambda key, _setup: window.show_page(key))
    return ctx, window


def run(language: str | None = None, camera: str | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Oyla")
    ctx, window = build_window(app, language, camera)
    window.resize(1280, 800)
    window.show()
    if os.environ.get("OYLA_EXIT_AFTER_SHOW"):  # used by benchmarks/ml.py to time the start-up
        def report() -> None:
            print(f"window shown after {time.perf_counter() - _STARTED:.3f} s", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, report)
    else:
        QTimer.singleShot(0, ctx.backbone.start)
    return app.exec()

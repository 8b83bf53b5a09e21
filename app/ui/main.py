"""Starting the app: the window first (well under 1.5 s), then the backbone and torch in the background."""

from __future__ import annotations

import os
import sys
import time

_STARTED = time.perf_counter()


def build_window(app, language: str | None = None, camera: str | None = None):
    """Create the context and the main window with all pages (used by ``run`` and by the tests)."""
    from app.ui import theme
    from app.ui.consent_dialog import ask_consent
    from app.ui.context import AppContext
    from app.ui.data_page import DataPage
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
    pages["data"] = DataPage(ctx)
    window = MainWindow(ctx, pages)
    pages["lessons"].open_page.connect(lambda key, _setup: window.show_page(key))
    pages["studio"].writer.face_rule = lambda: _face_rule(pages["lessons"])
    pages["studio"].importer.face_rule = pages["studio"].writer.face_rule
    for signal in (pages["data"].consent_requested, pages["data"].consent_withdrawn):
        signal.connect(lambda: _ask_consent(ctx, window, ask_consent))
    return ctx, window


def _face_rule(lessons) -> str:
    """The face rule in force for recording: the teacher's lock and the running lesson's pack, the stricter."""
    from app.errors import OylaError
    from app.lessons import teacher

    player = lessons.player
    try:
        locks = teacher.effective_locks(teacher.load(), player.pack, player.text if player.lesson else None)
    except OylaError:
        return "blur"  # damaged teacher settings never silently unlock
    return locks.faces or "allow"


def _ask_consent(ctx, window, ask_consent):
    """Camera off and the consent dialog open; when consent is given the Studio's "why" note goes away."""
    dialog = ask_consent(ctx, window)
    dialog.consented.connect(lambda _record: (window.pages["studio"].error.hide(), window.pages["data"].scan()))
    return dialog


def run(language: str | None = None, camera: str | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Oyla")
    ctx, window = build_window(app, language, camera)
    window.resize(1280, 800)
    from app.ui.consent_dialog import CameraGate, ask_consent, consent_needed

    needs_consent = consent_needed()  # first run or consent withdrawn; only here, so tests never wait on it
    if needs_consent:  # hold the camera off before the Studio is first shown
        window.consent_gate = CameraGate(ctx.vision, window)
        window.consent_gate.block()
    window.show()
    if needs_consent:
        _ask_consent(ctx, window, ask_consent)
    if os.environ.get("OYLA_EXIT_AFTER_SHOW"):  # used by benchmarks/ml.py to time the start-up
        def report() -> None:
            print(f"window shown after {time.perf_counter() - _STARTED:.3f} s", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, report)
    else:
        QTimer.singleShot(0, ctx.backbone.start)
    return app.exec()

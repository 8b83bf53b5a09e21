"""Starting the app: the window first (well under 1.5 s), then the backbone and torch in the background."""

from __future__ import annotations

import os
import sys
import time

_STARTED = time.perf_counter()
# How long a background thread may keep the GIL while the GUI thread waits for it (Python's default is 5 ms).
# Every Qt event handled in Python takes the GIL: at 5 ms per wait the window stalled for 50-80 ms while
# recording, training and predicting on a busy 2-core PC.
SWITCH_INTERVAL = 0.001


def build_window(app, language: str | None = None, camera: str | None = None):
    """Create the context and the main window with all pages (used by ``run`` and by the tests)."""
    from app.ui.common import theme
    from app.ui.common.consent_dialog import ask_consent
    from app.ui.common.i18n import Languages, system_language
    from app.ui.context import AppContext
    from app.ui.data.page import DataPage
    from app.ui.lessons.page import LessonsPage
    from app.ui.main_window import MainWindow, app_icon
    from app.ui.robot.page import RobotPage
    from app.ui.studio.page import StudioPage
    from app.ui.teacher.page import TeacherPage
    from app.ui.textlab.page import TextLabPage

    sys.setswitchinterval(SWITCH_INTERVAL)
    app.setWindowIcon(app_icon())
    languages = Languages(app)
    ctx = AppContext(languages, camera)
    languages.set(language or ctx.settings.language or system_language())
    palette = theme.HIGH_CONTRAST if ctx.settings.high_contrast else theme.NORMAL
    app.setStyleSheet(theme.style_sheet(palette, ctx.settings.large_text))
    ctx.open_recent()
    pages = {"studio": StudioPage(ctx), "lessons": LessonsPage(ctx), "robot": RobotPage(ctx),
             "textlab": TextLabPage(ctx), "teacher": TeacherPage(ctx), "data": DataPage(ctx)}
    window = MainWindow(ctx, pages)
    pages["lessons"].open_page.connect(lambda key, _setup: window.show_page(key))
    pages["studio"].writer.face_rule = lambda: _face_rule(pages["lessons"])
    pages["studio"].importer.face_rule = pages["studio"].writer.face_rule
    for signal in (pages["data"].consent_requested, pages["data"].consent_withdrawn):
        signal.connect(lambda: _ask_consent(ctx, window, ask_consent))
    return ctx, window


def _face_rule(lessons) -> str:
    """The face rule in force for recording: the teacher's lock and the running lesson's pack, the stricter."""
    from app.lessons import policy

    player = lessons.player
    return policy.face_rule(player.pack, player.text if player.lesson else None)


def _ask_consent(ctx, window, ask_consent):
    """The gate asked again (consent may have been withdrawn) and the consent dialog open; when consent is
    given the camera comes on and My data shows it."""
    ctx.policy_changed()
    dialog = ask_consent(ctx, window)
    dialog.consented.connect(lambda _record: window.pages["data"].scan())
    return dialog


def run(language: str | None = None, camera: str | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app import diagnostics

    diagnostics.start("app")  # the log, and no error dies silently (see app/diagnostics.py)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Oyla")
    ctx, window = build_window(app, language, camera)
    diagnostics.on_error(window.crashed.emit)
    maximized = window.restore_geometry()  # as it was last time, if still on a screen; else fits the screen
    from app.lessons import policy
    from app.ui.common.consent_dialog import ask_consent

    window.showMaximized() if maximized else window.show()  # the camera gate keeps the camera off until consent is given
    if policy.consent_step_needed(ctx.student_id):  # first run or consent withdrawn; only here, so tests never wait
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

"""The main window: a navigation column (Lessons, Studio, Robot, Text lab, My data, Teacher), the pages, and menus for
language, look and help (About, Save a problem report…). Pages are built by their own modules; this file only
places and switches them, and shows the "something went wrong" message when an error was not handled."""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QRect, QSize, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__, diagnostics
from app.resources import asset
from app.ui.common import theme
from app.ui.common.i18n import LANGUAGES
from app.ui.common.jobs import TaskSlot

DEFAULT_SIZE = QSize(1280, 720)  # fits the most common lab screen, 1366×768, with its taskbar and title bar
SCREEN_MARGIN = 60  # room left for a taskbar and the title bar when the default size meets a small screen

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The Oyla icon in every shipped size (assets/oyla-<size>.png); empty if the files are missing."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = asset(f"oyla-{size}.png")
        if path is not None:
            icon.addFile(str(path), QSize(size, size))
    return icon


class MainWindow(QMainWindow):
    PAGES = ("lessons", "studio", "robot", "textlab", "data", "teacher")
    crashed = Signal()  # an error nobody handled (emitted from any thread by app.diagnostics' hooks)

    def __init__(self, ctx, pages: dict[str, QWidget], parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.pages = pages
        self.about_box = self.crash_box = self.report_box = None
        self.report_slot = TaskSlot(self)
        central = QWidget()
        row = QHBoxLayout(central)
        nav = QVBoxLayout()
        self.brand = QLabel("Oyla")
        self.brand.setObjectName("title")
        nav.addWidget(self.brand)
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.nav_buttons: dict[str, QToolButton] = {}
        self.nav_shortcuts: dict[str, QShortcut] = {}
        self.stack = QStackedWidget()
        for i, key in enumerate(self.PAGES):
            button = QToolButton()
            button.setObjectName("nav")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)  # not button.setShortcut: setText resets it
            shortcut.activated.connect(lambda k=key: self.show_page(k))
            self.nav_shortcuts[key] = shortcut
            self.nav_group.addButton(button, i)
            nav.addWidget(button)
            self.nav_buttons[key] = button
            self.stack.addWidget(self._scrollable(pages[key]))
        nav.addStretch(1)
        row.addLayout(nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav_group.idClicked.connect(self.stack.setCurrentIndex)
        self._build_menus()
        self.retranslate()
        self.show_page("studio")
        ctx.message.connect(self._show_message)
        self.crashed.connect(self._show_crash)
        self._geometry_timer = QTimer(self)  # moving or resizing saves where the window is, once it has settled
        self._geometry_timer.setSingleShot(True)
        self._geometry_timer.setInterval(1500)
        self._geometry_timer.timeout.connect(self.save_geometry)

    @staticmethod
    def _scrollable(page: QWidget) -> QScrollArea:
        """A page in a scroll area, so a small screen or large text scrolls instead of cutting pages off."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(page)
        return area

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.ctx.languages.current)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.view_menu = bar.addMenu("")
        self.large_action = QAction(self, checkable=True)
        self.large_action.setChecked(self.ctx.settings.large_text)
        self.contrast_action = QAction(self, checkable=True)
        self.contrast_action.setChecked(self.ctx.settings.high_contrast)
        self.large_action.toggled.connect(self._apply_look)
        self.contrast_action.toggled.connect(self._apply_look)
        self.view_menu.addAction(self.large_action)
        self.view_menu.addAction(self.contrast_action)
        self.help_menu = bar.addMenu("")
        self.report_action = QAction(self)
        self.report_action.triggered.connect(self.save_report)
        self.help_menu.addAction(self.report_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.about)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Oyla — think!"))
        names = {"lessons": self.tr("Lessons"), "studio": self.tr("Studio"), "robot": self.tr("Robot"),
                 "textlab": self.tr("Text lab"), "data": self.tr("My data"), "teacher": self.tr("Teacher")}
        for i, key in enumerate(self.PAGES):
            self.nav_buttons[key].setText(names[key])
            self.nav_buttons[key].setToolTip(f"{names[key]} (Ctrl+{i + 1})")
        self.language_menu.setTitle(self.tr("Language"))
        self.view_menu.setTitle(self.tr("View"))
        self.large_action.setText(self.tr("Large text (for projectors)"))
        self.contrast_action.setText(self.tr("High contrast"))
        self.help_menu.setTitle(self.tr("Help"))
        self.report_action.setText(self.tr("Save a problem report…"))
        self.about_action.setText(self.tr("About Oyla"))

    def show_page(self, key: str) -> None:
        index = self.PAGES.index(key)
        self.nav_buttons[key].setChecked(True)
        self.stack.setCurrentIndex(index)

    def set_language(self, code: str) -> None:
        self.ctx.languages.set(code)
        self.language_actions[code].setChecked(True)
        self.ctx.settings.language = code
        self.ctx.settings.save()

    def _apply_look(self) -> None:
        self.ctx.settings.large_text = self.large_action.isChecked()
        self.ctx.settings.high_contrast = self.contrast_action.isChecked()
        self.ctx.settings.save()
        palette = theme.HIGH_CONTRAST if self.ctx.settings.high_contrast else theme.NORMAL
        self.ctx.languages.app.setStyleSheet(theme.style_sheet(palette, self.ctx.settings.large_text))

    def _show_message(self, text: str) -> None:
        QMessageBox.warning(self, "Oyla", text)

    def _box(self, icon, title: str, text: str) -> QMessageBox:
        """A message box that does not block (window-modal, ``open()``), so threads and tests go on."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.RichText if text.startswith("<") else Qt.TextFormat.PlainText)
        box.open()
        return box

    def about(self) -> None:
        self.about_box = self._box(QMessageBox.Icon.NoIcon, self.tr("About Oyla"), self.tr(
            "<b>Oyla %1</b> — “think!” in Kazakh.<br>Teach a computer to see, then drive a robot with it.<br><br>"
            "Oyla works without the internet and never opens a network connection. Everything you make stays in "
            "one folder on this computer, and you can delete it on the My data page.").replace("%1", __version__))
        self.about_box.setIconPixmap(app_icon().pixmap(96, 96))

    def _show_crash(self) -> None:
        if self.crash_box is not None and self.crash_box.isVisible():
            return  # one message at a time, however many errors follow
        self.crash_box = self._box(QMessageBox.Icon.Warning, "Oyla", self.tr(
            "Something went wrong, and Oyla wrote down what happened in its log. If it happens again, tell your "
            "teacher: Help → Save a problem report… puts the log in one file (no pictures, no names)."))

    def save_report(self) -> None:
        """Ask where, then write the problem-report zip on a worker thread and say where it went."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = Path(folder) / f"oyla-problem-report-{datetime.now():%Y-%m-%d-%H%M}.zip"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a problem report"), str(suggested),
                                                    self.tr("Zip files (*.zip)"))
        if not path:
            return
        target = Path(path) if path.lower().endswith(".zip") else Path(path + ".zip")
        self.report_slot.start(lambda _control, dest: diagnostics.write_report(dest), target,
                               succeeded=self._report_saved, failed=self._report_failed)

    def _report_saved(self, path: Path) -> None:
        self.report_box = self._box(QMessageBox.Icon.Information, self.tr("Save a problem report"), self.tr(
            "The problem report is saved in %1\n\nIt holds Oyla's log, the versions and the settings — no pictures "
            "and no names. Copy it to a USB stick and give it to whoever looks after Oyla.").replace("%1", str(path)))

    def _report_failed(self, text: str) -> None:
        self.report_box = self._box(QMessageBox.Icon.Warning, self.tr("Save a problem report"), text)

    # ---- where the window is: remembered between runs -------------------------------------------------------
    def restore_geometry(self) -> bool:
        """Put the window where it was last time (size, place, maximised) if that is still on a screen; else a
        size that fits the screen. Returns whether to show it maximised."""
        from PySide6.QtGui import QGuiApplication

        saved = self.ctx.settings.window
        rect = QRect(*saved) if saved else None
        screens = [s.availableGeometry() for s in QGuiApplication.screens()]
        if rect is not None and any(_on_screen(rect, room) for room in screens):
            self.setGeometry(rect)
        else:
            room = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
            size = DEFAULT_SIZE.boundedTo(QSize(room.width() - SCREEN_MARGIN, room.height() - SCREEN_MARGIN))
            self.resize(size)
            self.move(room.center() - self.rect().center())
        return self.ctx.settings.maximized

    def save_geometry(self) -> None:
        """Remember the window's normal size and place and whether it is maximised (a settings file that cannot
        be written is not worth a message here: the next start just uses the default size)."""
        from app.storage.settings import SettingsError

        rect = self.normalGeometry() if self.isMaximized() else self.geometry()
        self.ctx.settings.window = [rect.x(), rect.y(), rect.width(), rect.height()]
        self.ctx.settings.maximized = self.isMaximized()
        with contextlib.suppress(SettingsError):
            self.ctx.settings.save()

    def moveEvent(self, event) -> None:  # noqa: N802
        if self.isVisible():
            self._geometry_timer.start()
        super().moveEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        if self.isVisible():
            self._geometry_timer.start()
        super().resizeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self._geometry_timer.stop()
        if self.isVisible():
            self.save_geometry()
        for page in self.pages.values():
            if hasattr(page, "shutdown"):
                page.shutdown()
        self.report_slot.stop(0)
        self.ctx.shutdown()
        super().closeEvent(event)


def _on_screen(rect: QRect, room: QRect) -> bool:
    """Enough of the window's top (its title bar) lies on the screen area ``room`` to grab it with the mouse, and
    it is not larger than that screen."""
    title = QRect(rect.x(), rect.y(), rect.width(), 40).intersected(room)
    return title.width() >= 120 and title.height() >= 20 and rect.width() <= room.width() + 50 \
        and rect.height() <= room.height() + 50

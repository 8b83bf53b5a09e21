"""The Studio's project bar: the open project's name, New project, and Open (recent projects, another folder,
Save a copy as…). Saving a copy copies the whole folder on a worker and then says where the copy is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QInputDialog, QLabel, QMenu, QPushButton, QWidget

from app.errors import OylaError
from app.storage.project import create_project, save_project_as
from app.storage.settings import projects_dir
from app.ui.common.i18n import error_text
from app.ui.common.jobs import TaskSlot

SAVE_DELAY_MS = 500


class ProjectBar(QWidget):
    """``show_error(text)`` shows a problem on the page; ``save_later(project)`` saves changed settings once they
    rest, ``flush()`` at once (before a copy is made, a page change or closing). ``note`` (a line the page places)
    says what an action did."""

    def __init__(self, ctx, show_error, parent=None):
        super().__init__(parent)
        self.ctx, self.show_error = ctx, show_error
        self._save_timer = QTimer(self)  # settings changed by a slider are saved once it rests, not every tick
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._unsaved = None  # the project whose settings changed since they were saved
        self.copying = TaskSlot(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("title")
        self.new_button, self.open_button = QPushButton(), QPushButton()
        self.new_button.clicked.connect(self.new_project_dialog)
        self.open_menu = QMenu(self)
        self.open_menu.aboutToShow.connect(self._fill_open_menu)
        self.open_button.setMenu(self.open_menu)
        row.addWidget(self.label, 1)
        row.addWidget(self.new_button)
        row.addWidget(self.open_button)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.note.hide()
        ctx.project_changed.connect(self._on_project)
        self.retranslate()

    def retranslate(self) -> None:
        p = self.ctx.project
        self.label.setText(self.tr("Project: %1").replace("%1", p.name) if p else self.tr("No project"))
        self.new_button.setText(self.tr("New project"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open a recent project or another project folder."))

    def save_later(self, project) -> None:
        self._unsaved = project
        self._save_timer.start()  # saved (with fsync) once the slider rests, not on every tick

    def flush(self) -> None:
        """Save a settings change still waiting for its rest, now."""
        self._save_timer.stop()
        project, self._unsaved = self._unsaved, None
        if project is not None:
            try:
                project.save()
            except OylaError as exc:
                self.show_error(error_text(exc))

    def _on_project(self, _project) -> None:
        self.retranslate()

    def ensure_project(self):
        """The open project, or a new "My project N" when none is open."""
        if self.ctx.project is None:
            base = projects_dir()
            n = 1
            while (base / f"project-{n}").exists():
                n += 1
            self.ctx.set_project(create_project(base / f"project-{n}", name=self.tr("My project %1")
                                                .replace("%1", str(n))))
        return self.ctx.project

    def new_project_dialog(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New project"), self.tr("Name of the project:"))
        if not (ok and name.strip()):
            return
        try:
            folder = projects_dir() / "-".join(name.split())
            self.ctx.set_project(create_project(folder, name=name.strip()))
        except OylaError as exc:
            self.show_error(error_text(exc))

    def _fill_open_menu(self) -> None:
        self.open_menu.clear()
        for recent in self.ctx.settings.recent:
            if Path(recent, "project.json").is_file():
                self.open_menu.addAction(Path(recent).name, lambda r=recent: self.ctx.open_project(Path(r)))
        self.open_menu.addSeparator()
        self.open_menu.addAction(self.tr("Other folder…"), self.open_project_dialog)
        if self.ctx.project is not None:
            self.open_menu.addAction(self.tr("Save a copy as…"), self.save_as_dialog)

    def save_as_dialog(self):
        name, ok = QInputDialog.getText(self, self.tr("Save a copy"), self.tr("Name of the copy:"),
                                        text=self.tr("%1 (copy)").replace("%1", self.ctx.project.name))
        if not (ok and name.strip()):
            return None
        self.flush()
        self.note.hide()
        return self.copying.start(lambda _control, project, folder, title: save_project_as(project, folder, title),
                                  self.ctx.project, projects_dir() / "-".join(name.split()), name.strip(),
                                  succeeded=self._on_copied, failed=self.show_error)

    def _on_copied(self, copy) -> None:
        self.ctx.set_project(copy)
        self.note.setText(self.tr("A copy was saved in %1. It is the open project now.").replace("%1", str(copy.path)))
        self.note.show()

    def open_project_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a project folder"), str(projects_dir()))
        if folder:
            self.ctx.open_project(Path(folder))

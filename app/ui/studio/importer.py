"""Adding picture files to a class: by file dialog or by dropping files and folders, in the background with
progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QProgressBar, QPushButton, QWidget

from app.ml.worker import import_files  # in the helper process
from app.ui.common.jobs import TaskSlot
from app.vision.files import IMAGE_SUFFIXES, list_images


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as they are; folders as the pictures inside them."""
    out = []
    for p in paths:
        if p.is_dir():
            out += list_images(p)
        elif p.suffix.lower() in IMAGE_SUFFIXES:
            out.append(p)
    return out


class Importer(QWidget):
    """A progress bar with Cancel that shows only while an import runs."""

    def __init__(self, ctx, show_error, on_added, parent=None):
        super().__init__(parent)
        self.ctx, self.show_error, self.on_added = ctx, show_error, on_added
        self.slot = TaskSlot(self)
        self.face_rule = None  # set by the Studio: a function giving the face rule in force
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar()
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self.slot.cancel)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel.setText(self.tr("Cancel"))
        self.progress.setFormat(self.tr("Adding pictures: %v of %m"))

    def choose_files(self, name: str) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add pictures"), "",
                                                self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.webp)"))
        if files:
            self.start(name, [Path(f) for f in files])

    def start(self, name: str, paths: list[Path]):
        files = expand_paths(paths)
        if not files or self.ctx.project is None:
            return None
        project, embedder = self.ctx.project, self.ctx.backbone.embedder
        rule = self.face_rule() if self.face_rule is not None else None  # the lesson's or teacher's rule

        def work(control):
            return import_files(project, name, files, embedder, control.progress, control.cancelled, rule)

        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.show()
        return self.slot.start(work, progress=lambda p: self.progress.setValue(p.done), succeeded=self._done,
                               failed=self.show_error, finished=lambda: (self.hide(), self.on_added(name, 0)))

    def _done(self, report) -> None:
        if report.skipped:
            self.show_error(self.tr("Some files are not pictures and were skipped: %1")
                            .replace("%1", ", ".join(report.skipped[:5])))

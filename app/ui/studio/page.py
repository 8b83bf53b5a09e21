"""The Studio page: make classes, record or import pictures, train, and watch the live result."""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import OylaError
from app.ml.predict import Predictor
from app.ml.worker import train_project  # in the helper process
from app.storage import face_marks
from app.ui.common.i18n import error_text
from app.ui.common.jobs import Progress, TaskSlot, stop_all
from app.ui.common.widgets import VerticalScroll, watch_window
from app.ui.studio.camera_panel import CameraPanel
from app.ui.studio.classes import ClassList
from app.ui.studio.importer import Importer
from app.ui.studio.insights import InsightBar
from app.ui.studio.projects import ProjectBar
from app.ui.studio.recorder import Recorder, SampleWriter
from app.ui.studio.train_panel import TrainPanel

PROGRESS_INTERVAL = 0.1  # seconds between two training progress lines shown


class StudioPage(QWidget):
    model_trained = Signal(object)  # SavedModel

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.selected: str | None = None
        self.recorder = Recorder()
        self.writer = SampleWriter(self)
        self.writer.gate = ctx.gate  # no picture is written while the camera gate is closed
        self.writer.added.connect(self._on_added)
        self.writer.failed.connect(self._show_error)
        self.writer.start()
        self.training = TaskSlot(self)
        self.listing = TaskSlot(self)  # lists a class's pictures again after new ones arrive
        self._unlisted: set[str] = set()  # classes whose cards wait for that listing
        self._outcome: tuple | None = None  # ("done", accuracy) or ("cancelled", None) of the last training
        self._recorded: dict[str, int] = {}
        self._progress_shown, self._progress_stage = 0.0, ""  # when the last training progress was shown, its stage

        outer = QVBoxLayout(self)
        self.projects = ProjectBar(ctx, self._show_error)
        self.project_label = self.projects.label
        outer.addWidget(self.projects)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        outer.addWidget(self.projects.note)  # what an action did ("a copy was saved in …")
        self.undo_row = QWidget()
        undo = QHBoxLayout(self.undo_row)
        undo.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel()
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_delete)
        undo.addWidget(self.undo_label, 1)
        undo.addWidget(self.undo_button)
        self.undo_row.hide()
        self._undo_record: dict | None = None
        outer.addWidget(self.undo_row)

        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        left = QVBoxLayout()
        self.classes = ClassList()
        self.classes.add_clicked.connect(self.add_class_dialog)
        self.classes.files_dropped.connect(lambda name, paths: self.importer.start(name or self.selected, paths)
                                           if (name or self.selected) else None)
        self.class_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.classes)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.addWidget(scroll, 1)
        self.importer = Importer(ctx, self._show_error, self._on_added, self)
        left.addWidget(self.importer)
        columns.addLayout(left, 3)

        self.camera_panel = CameraPanel(ctx.vision)
        self.camera_panel.source_error_cleared.connect(self.error.hide)
        self.camera = self.camera_panel.camera
        self.record_hint = self.camera_panel.hint
        columns.addWidget(self.camera_panel, 5)

        self.insights = InsightBar(ctx, self._show_error)
        self.camera_panel.add_below(self.insights)  # Test results and Why? next to the live picture, never moved

        self.panel = TrainPanel()
        self.panel.train_clicked.connect(self.train)
        self.panel.cancel_clicked.connect(self.training.cancel)
        self.panel.threshold_changed.connect(self._on_threshold)
        self.panel.layout().insertWidget(self.panel.layout().count() - 1, self.insights.more)  # above its stretch
        self.train_scroll = VerticalScroll(self.panel)  # many classes or Advanced scroll here, not the page
        columns.addWidget(self.train_scroll, 3)

        QShortcut(QKeySequence("Ctrl+T"), self, self.train)
        ctx.vision.frame.connect(self._on_frame)
        ctx.vision.predicted.connect(self._on_predicted)
        ctx.vision.failed.connect(self._on_camera_failed)
        ctx.vision.cleared.connect(self.error.hide)  # the camera gate opened: the "why it is off" note goes
        ctx.backbone.ready.connect(lambda _e: (self._load_predictor(), self.panel.prepare_copies(ctx)))
        ctx.backbone.failed.connect(self._show_error)  # never "still getting ready" for ever
        ctx.project_changed.connect(self._on_project)
        self.retranslate()
        self._on_project(ctx.project)

    # ---- texts -------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.undo_button.setText(self.tr("Undo"))
        self.record_hint.setText(self.tr("Pick a class on the left, then hold its record button or hold Space."))
        if self._outcome is not None:
            self._show_outcome(self._outcome)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self._fit_class_column)  # once the cards have their new style too
        super().changeEvent(event)

    def heightForWidth(self, _width: int) -> int:  # noqa: N802
        """No preferred height: the page fills the window (down to its minimum) instead of growing to the
        preferred height of its wrapped labels, which pushed the demo buttons out of sight."""
        return -1

    # ---- camera ------------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        self.ctx.vision.acquire("studio")
        watch_window(self, True)  # hold Space to record
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        watch_window(self, False)
        self.projects.flush()  # a lesson's check reads project.json next: the slider's value must be in it
        self._stop_recording()
        self.ctx.vision.release("studio")
        self.camera.set_off(self.tr("The camera is off."))
        super().hideEvent(event)

    def show_demo(self, scene: str) -> None:
        self.camera_panel.show_demo(scene)

    def _on_frame(self, frame) -> None:
        if not self.isVisible():
            return
        self.camera_panel.show_frame(frame.image)
        if self.recorder.offer(frame.image) and len(self.recorder.batch) >= 5:
            self._flush_recording()

    def _on_camera_failed(self, text: str) -> None:
        self.camera.set_off(text)
        self._show_error(text)

    def _on_predicted(self, prediction, _index: int) -> None:
        if not self.camera_panel.frozen and self.isVisible():
            self.panel.show_prediction(prediction)

    # ---- recording ---------------------------------------------------------------------------------------
    def start_recording(self, name: str | None = None) -> None:
        name = name or self.selected
        if self.ctx.project is None or name is None:
            self._show_error(self.tr("Add a class first, then record pictures for it."))
            return
        if not self.ctx.gate.check():  # the one camera gate: no consent, no recording
            self._show_error(self.ctx.gate.reason())
            return
        self.select(name)
        self._recorded = {}
        self.recorder.start(name)
        self.record_hint.setText(self.tr("Recording into “%1”…").replace("%1", name))

    def _flush_recording(self) -> None:
        if self.recorder.target and self.recorder.batch:
            batch = self.recorder.take()
            self._recorded[self.recorder.target] = self._recorded.get(self.recorder.target, 0) + len(batch)
            self.writer.put(self.ctx.project, self.recorder.target, batch)

    def recorder_flushed(self, name: str) -> int:
        """Frames of ``name`` handed to the writer during the current recording."""
        return self._recorded.get(name, 0)

    def _stop_recording(self) -> None:
        name, batch = self.recorder.stop()
        if name and batch:
            self.writer.put(self.ctx.project, name, batch)
        self.record_hint.setText(self.tr("Pick a class on the left, then hold its record button or hold Space."))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """Hold Space anywhere on the page to record (even when a button has focus), except while typing. The
        filter is on the window (``watch_window``), which gets each key before the focused widget."""
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and event.key() == Qt.Key.Key_Space \
                and self.isVisible() and self.window().isActiveWindow() \
                and not isinstance(QApplication.focusWidget(), QLineEdit | QAbstractSpinBox):
            if not event.isAutoRepeat():
                if kind == QEvent.Type.KeyPress:
                    self.start_recording()
                else:
                    self._stop_recording()
            return True
        return super().eventFilter(obj, event)

    def _on_added(self, name: str, _count: int) -> None:
        """Pictures of ``name`` were added or removed: its card is listed again (on a worker: a few ms per
        batch while recording), and their augmented copies are prepared in the background."""
        project = self.ctx.project
        if project is not None and name in self.classes.cards:
            self._unlisted.add(name)  # until listed: a newer listing (another class) must not forget it
            names = sorted(self._unlisted)
            self.listing.start(lambda _control: ({n: project.samples(n) for n in names},
                                                 face_marks.marked(project.path)),
                               succeeded=lambda found: self._show_samples(project, *found))
        self.panel.prepare_copies(self.ctx)  # augmented copies, in the background
        self._clear_outcome()  # "Done! … 100%" was about the pictures before these

    def _show_samples(self, project, listed: dict, marks: dict) -> None:
        self._unlisted -= set(listed)
        for name, paths in listed.items():
            card = self.classes.cards.get(name)
            if card is not None and project is self.ctx.project:
                card.set_samples(paths, marks)

    # ---- projects and classes ----------------------------------------------------------------------------
    def _on_project(self, project) -> None:
        self.projects.flush()  # the project that was open keeps its changed threshold
        self._clear_outcome()
        self.undo_row.hide()
        self._undo_record = None
        self._unlisted.clear()  # the cards are listed anew
        self.selected = project.classes[0].name if project and project.classes else None
        self._rebuild()
        if project is not None:
            self.panel.load_settings(project.settings)
        self.panel.prepare_copies(self.ctx)
        self._load_predictor()
        self.retranslate()

    def _rebuild(self) -> None:
        project = self.ctx.project
        for card in self.classes.rebuild(project, self.selected):
            card.selected.connect(self.select)
            card.record_pressed.connect(self.start_recording)
            card.record_released.connect(lambda _n: self._stop_recording())
            card.import_clicked.connect(self.importer.choose_files)
            card.action.connect(self.class_action)
            card.delete_samples.connect(self.delete_samples)
        self._fit_class_column()

    def _fit_class_column(self) -> None:
        if shiboken6.isValid(self.classes) and shiboken6.isValid(self.class_scroll):  # not while the window closes
            self.classes.fit_width(self.class_scroll)

    def select(self, name: str) -> None:
        self.selected = name
        for card_name, card in self.classes.cards.items():
            card.set_selected(card_name == name)

    def add_class(self, name: str, background: bool = False) -> bool:
        try:
            self.projects.ensure_project().add_class(name, background)
        except OylaError as exc:
            self._show_error(error_text(exc))
            return False
        self.selected = self.ctx.project.classes[-1].name
        self._rebuild()
        return True

    def add_class_dialog(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New class"), self.tr("Name of the class:"))
        if ok and name.strip():
            self.add_class(name)

    def class_action(self, name: str, action: str) -> None:
        project = self.ctx.project
        try:
            if action == "rename":
                new, ok = QInputDialog.getText(self, self.tr("Rename class"), self.tr("New name:"), text=name)
                if not (ok and new.strip()):
                    return
                project.rename_class(name, new)
                self.selected = project.classes[[c.name for c in project.classes].index(new.strip())].name
            elif action in ("up", "down"):
                index = project.labels.index(name)
                project.move_class(name, index - 1 if action == "up" else index + 1)
            elif action == "background":
                project.set_background(name, not project.class_info(name).background)
            elif action == "delete":
                count = len(project.samples(name))
                answer = QMessageBox.question(self, self.tr("Delete class"), self.tr(
                    "Delete the class “%1” and its %2 pictures?").replace("%1", name).replace("%2", str(count)))
                if answer != QMessageBox.StandardButton.Yes:
                    return
                record = project.remove_class(name)
                self.selected = project.classes[0].name if project.classes else None
                self._offer_undo(record)
        except OylaError as exc:
            self._show_error(error_text(exc))
        self._rebuild()

    def _offer_undo(self, record: dict) -> None:
        self.undo_label.setText(self.tr("The class “%1” was deleted.").replace("%1", record["name"]))
        self._undo_record = record
        self.undo_row.show()

    def undo_delete(self) -> None:
        if self._undo_record and self.ctx.project is not None:
            try:
                self.ctx.project.restore_class(self._undo_record)
            except OylaError as exc:
                self._show_error(error_text(exc))
            self.selected = self._undo_record["name"]
        self._undo_record = None
        self.undo_row.hide()
        self._rebuild()

    def delete_samples(self, name: str, paths: list) -> None:
        for path in paths:
            self.ctx.project.remove_sample(path)
        card = self.classes.cards.get(name)
        if card is not None:  # gone from the card at once; the listing that follows confirms it
            gone = set(paths)
            card.set_samples([p for p in card._paths if p not in gone])
        self._on_added(name, 0)

    # ---- training ----------------------------------------------------------------------------------------
    def train(self):
        project = self.ctx.project
        if project is None or self.training.busy:
            return None
        try:
            settings = self.panel.read_settings(project.settings)  # saved with the project by the task
        except OylaError as exc:
            self._show_error(error_text(exc))
            return None
        embedder = self.ctx.backbone.embedder
        if embedder is None:
            self._show_error(self.ctx.backbone.error or
                             self.tr("The computer is still getting ready. Try again in a few seconds."))
            return None
        self.error.hide()

        def work(control):
            project.save()  # a write with fsync: not on the GUI thread
            return train_project(project, embedder, settings,
                                 lambda p: control.progress(p.done, p.total, stage=p.stage, loss=p.loss),
                                 control.cancelled)

        self._outcome = None  # the progress lines take over the status line
        self.panel.set_busy(True)
        return self.training.start(work, progress=self._on_train_progress, succeeded=self._on_trained,
                                   failed=self._show_error, cancelled=lambda: self._show_outcome(("cancelled", None)),
                                   finished=lambda: self.panel.set_busy(False))

    def _on_train_progress(self, p: Progress) -> None:
        now = time.monotonic()  # up to ~100 reports a second: the line shows 10 of them (each repaints)
        if now - self._progress_shown < PROGRESS_INTERVAL and p.stage == self._progress_stage and p.done < p.total:
            return
        self._progress_shown, self._progress_stage = now, p.stage
        self.panel.progress.setValue(p.percent)
        if p.stage == "embedding":
            self.panel.status.setText(self.tr("Looking at pictures: %1 of %2").replace("%1", str(p.done))
                                      .replace("%2", str(p.total)))
        else:
            self.panel.status.setText(self.tr("Learning: round %1 of %2, loss %3").replace("%1", str(p.done))
                                      .replace("%2", str(p.total)).replace("%3", f"{p.loss or 0:.3f}"))
            self.panel.status.setToolTip(self.tr("Loss measures how wrong the model still is on your pictures. "
                                                 "It should get smaller as it learns."))

    def _on_trained(self, saved) -> None:
        self._show_outcome(("done", saved.meta["metrics"]["accuracy"]))
        self._set_predictor(saved)
        self.model_trained.emit(saved)
        self.ctx.model_changed.emit(saved)

    def _show_outcome(self, outcome: tuple | None) -> None:
        """The last training's outcome in the status line, in the current language. ``None`` clears it (new
        pictures, another project, no model): it never outlives what it talks about."""
        self._outcome = outcome
        kind, acc = outcome or ("", None)
        self.panel.status.setText(self.tr("Training cancelled.") if kind == "cancelled" else "" if kind != "done" else
                                  self.tr("Done! Add more pictures to measure how good it is.") if acc is None else
                                  self.tr("Done! On pictures it did not learn from, it was right %1% of the time.")
                                  .replace("%1", str(round(100 * acc))))
        if outcome is None:
            self.panel.progress.setValue(0)

    def _clear_outcome(self) -> None:
        if self._outcome is not None:
            self._show_outcome(None)

    def _set_predictor(self, saved) -> None:
        embedder = self.ctx.backbone.embedder
        if embedder is None:
            return
        self.panel.set_labels(saved.labels)
        self.ctx.vision.set_predictor(Predictor(saved, embedder, self.panel.threshold.value() / 100))

    def _load_predictor(self) -> None:
        project = self.ctx.project
        self.ctx.vision.set_predictor(None)
        self.panel.set_labels([])
        if project is None:
            return self._clear_outcome()
        try:
            from app.ml.model_io import load_model

            saved = load_model(project.path)
        except OylaError:
            return self._clear_outcome()  # "No model yet": no "Done!" beside it
        self._set_predictor(saved)

    def _on_threshold(self, value: float) -> None:
        predictor = self.ctx.vision.predictor
        if predictor is not None:
            predictor.threshold = value
        if self.ctx.project is not None:
            self.ctx.project.settings.threshold = value
            self.projects.save_later(self.ctx.project)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def shutdown(self) -> None:
        self.projects.flush()
        self._stop_recording()
        self.writer.flush_and_stop()
        cards = self.classes.cards.values()
        stop_all([self.training, self.listing, self.projects.copying, self.panel.copies_slot, self.importer.slot,
                  self.insights.slot, *(slot for card in cards for slot in (card.faces_slot, card.thumbs_slot))])

"""Train and test: the Train button with progress and cancel, the Advanced drawer, and the live result.

Below the button a small line shows the background work that gets the augmented copies of new pictures ready
(``prepare_copies``), so that Train itself only trains."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.storage.project import TrainSettings
from app.ui.common import theme
from app.ui.common.jobs import TaskSlot
from app.ui.common.widgets import ConfidenceBars, FitLabel


class TrainPanel(QWidget):
    train_clicked = Signal()
    cancel_clicked = Signal()
    threshold_changed = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.train_box = QGroupBox()
        box = QVBoxLayout(self.train_box)
        row = QVBoxLayout()
        self.train = QPushButton()
        self.train.setObjectName("primary")
        self.train.clicked.connect(self.train_clicked)
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self.cancel_clicked)
        self.cancel.setEnabled(False)
        row.addWidget(self.train)
        row.addWidget(self.cancel)
        box.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("muted")
        box.addWidget(self.progress)
        box.addWidget(self.status)
        self.copies = FitLabel("muted")  # background work on augmented copies: one line, empty when idle
        self.copies.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.copies_slot = TaskSlot(self)
        self._copies_state = (0, 0)
        box.addWidget(self.copies)
        self.advanced_toggle = QPushButton()
        self.advanced_toggle.setCheckable(True)
        box.addWidget(self.advanced_toggle)
        self.advanced = QWidget()
        form = QFormLayout(self.advanced)
        self.head = QComboBox()
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 500)
        self.learning_rate = QDoubleSpinBox()
        self.learning_rate.setDecimals(4)
        self.learning_rate.setRange(0.0001, 0.1)
        self.learning_rate.setSingleStep(0.0005)
        self.batch_size = QSpinBox()
        self.batch_size.setRange(1, 256)
        self.augment = QCheckBox()
        self.augment_note = QLabel()
        self.augment_note.setWordWrap(True)
        self.augment_note.setObjectName("muted")
        self.head_label, self.epochs_label, self.lr_label, self.batch_label = QLabel(), QLabel(), QLabel(), QLabel()
        form.addRow(self.head_label, self.head)
        form.addRow(self.epochs_label, self.epochs)
        form.addRow(self.lr_label, self.learning_rate)
        form.addRow(self.batch_label, self.batch_size)
        form.addRow(self.augment)
        form.addRow(self.augment_note)
        self.advanced.setVisible(False)
        self.advanced_toggle.toggled.connect(self.advanced.setVisible)
        box.addWidget(self.advanced)
        layout.addWidget(self.train_box)

        self.result_box = QGroupBox()
        result = QVBoxLayout(self.result_box)
        self.top = FitLabel("big")  # one line that never changes size: nothing moves when the prediction changes
        result.addWidget(self.top)
        self.bars = ConfidenceBars()
        result.addWidget(self.bars)
        thr = QVBoxLayout()  # label above the slider: the slider keeps its room with long texts or large type
        self.threshold_label = QLabel()
        self.threshold = QSlider(Qt.Orientation.Horizontal)
        self.threshold.setRange(0, 100)
        self.threshold.setValue(60)
        self.threshold.valueChanged.connect(self._on_threshold)
        thr.addWidget(self.threshold_label)
        thr.addWidget(self.threshold, 1)
        result.addLayout(thr)
        layout.addWidget(self.result_box)
        layout.addStretch(1)
        self.labels: list[str] = []
        self._last = None
        self.retranslate()

    def retranslate(self) -> None:
        self.train_box.setTitle(self.tr("Train"))
        self.train.setText(self.tr("Train the model"))
        self.train.setToolTip(self.tr("The computer learns from your pictures. Shortcut: Ctrl+T"))
        self.cancel.setText(self.tr("Cancel"))
        self.advanced_toggle.setText(self.tr("Advanced settings"))
        current = self.head.currentIndex()
        self.head.clear()
        self.head.addItem(self.tr("Neural network"), "mlp")
        self.head.addItem(self.tr("Nearest examples"), "knn")
        self.head.setCurrentIndex(max(0, current))
        self.head.setToolTip(self.tr("Neural network: learns a rule from your pictures. Nearest examples: "
                                     "finds your pictures that look most alike."))
        self.head_label.setText(self.tr("Kind of model"))
        self.epochs_label.setText(self.tr("Epochs"))
        self.epochs.setToolTip(self.tr("How many times the model looks at every picture while learning."))
        self.lr_label.setText(self.tr("Learning rate"))
        self.learning_rate.setToolTip(self.tr("How big a step the model takes each time it corrects itself."))
        self.batch_label.setText(self.tr("Batch size"))
        self.batch_size.setToolTip(self.tr("How many pictures the model looks at before each correction."))
        self.augment.setText(self.tr("Augmentation"))
        self.augment_note.setText(self.tr("Also learn from flipped, zoomed, slightly turned, darker and brighter "
                                          "copies of your pictures."))
        self.result_box.setTitle(self.tr("What the model sees now"))
        self.threshold.setToolTip(self.tr("Confidence is how sure the model is. Below this line it says "
                                          "“not sure” instead of guessing."))
        self._show_threshold()
        self._show_copies(*self._copies_state)
        self.show_prediction(self._last)

    def _on_threshold(self) -> None:
        self._show_threshold()
        self.threshold_changed.emit(self.threshold.value() / 100)

    def _show_threshold(self) -> None:
        self.threshold_label.setText(self.tr("“Not sure” below %1%").replace("%1", str(self.threshold.value())))

    def load_settings(self, s: TrainSettings) -> None:
        self.head.setCurrentIndex(0 if s.head == "mlp" else 1)
        self.epochs.setValue(s.epochs)
        self.learning_rate.setValue(s.learning_rate)
        self.batch_size.setValue(s.batch_size)
        self.augment.setChecked(s.augment)
        self.threshold.setValue(round(s.threshold * 100))

    def read_settings(self, s: TrainSettings) -> TrainSettings:
        s.head = self.head.currentData()
        s.epochs = self.epochs.value()
        s.learning_rate = round(self.learning_rate.value(), 6)
        s.batch_size = self.batch_size.value()
        s.augment = self.augment.isChecked()
        s.threshold = self.threshold.value() / 100
        return s.validate()

    def set_labels(self, labels: list[str]) -> None:
        self.labels = list(labels)
        self.bars.set_labels(self.labels)
        self._last = None
        self.show_prediction(None)

    def set_busy(self, busy: bool) -> None:
        self.train.setEnabled(not busy)
        self.cancel.setEnabled(busy)
        if busy:  # Train computes what is still missing itself; the same work twice would only slow it down
            self.copies_slot.cancel()

    def prepare_copies(self, ctx) -> None:
        """Embed the pictures, and their augmented copies, that are not embedded yet, in the helper process
        (restarted when more pictures arrive: recorded pictures are embedded only here); nothing to do without a
        project or a loaded backbone."""
        from app.ml.train import variants
        from app.ml.worker import prepare_copies  # in the helper process

        project, embedder = ctx.project, ctx.backbone.embedder
        if project is None or embedder is None or not self.train.isEnabled():
            return
        kinds = ("", *variants(project.settings))  # "": the picture as it is
        labels = list(project.labels)

        def work(control):  # listing the pictures takes a few ms per class: here, not on the GUI thread
            paths = [p for name in labels for p in project.samples(name)]
            return prepare_copies(project.path, paths, kinds, control.progress, control.cancelled)

        self.copies_slot.start(work, progress=lambda p: self._show_copies(p.done, p.total),
                               succeeded=lambda _n: self._show_copies(0, 0),
                               failed=lambda _text: self._show_copies(0, 0))  # Train computes what is missing itself

    def _show_copies(self, done: int, total: int) -> None:
        self._copies_state = (done, total)
        text = self.tr("Copies for training: %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        self.copies.setText(text if done < total else "")

    def show_prediction(self, prediction) -> None:
        self._last = prediction
        if prediction is None:
            self.top.setText(self.tr("No model yet") if not self.labels else "…")
            self._colour("")
            return
        self.bars.set_probabilities(prediction.probabilities)
        if prediction.sure:
            index = self.labels.index(prediction.top) if prediction.top in self.labels else 0
            self.top.setText(f"{theme.class_symbol(index)} {prediction.top}  {prediction.confidence:.0%}")
            self._colour(f"color: {theme.class_colour(index)};")
        else:
            self.top.setText(self.tr("Not sure"))
            self._colour("")

    def _colour(self, style: str) -> None:
        """A new style sheet re-styles the label (about a millisecond): only when the colour changes."""
        if self.top.styleSheet() != style:
            self.top.setStyleSheet(style)

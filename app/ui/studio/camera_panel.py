"""The Studio's camera column: where pictures come from (demo, webcam, video, folder), mirror, freeze, the live
view with its camera-on dot, and the demo camera's sign buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.widgets import CameraView, wrapped_label
from app.vision.demo import SCENES


class CameraPanel(QWidget):
    source_error_cleared = Signal()

    def __init__(self, vision, parent=None):
        super().__init__(parent)
        self.vision = vision
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        controls = QHBoxLayout()  # one row: the source, Mirror, Freeze
        self.source = QComboBox()
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(6)
        self.source.activated.connect(self._on_source_chosen)
        self.mirror = QCheckBox()
        self.mirror.toggled.connect(lambda on: setattr(self.camera, "mirror", on))
        self.freeze = QPushButton()
        self.freeze.setCheckable(True)
        controls.addWidget(self.source, 1)
        controls.addWidget(self.mirror)
        controls.addWidget(self.freeze)
        layout.addLayout(controls)
        self.hint = wrapped_label("muted", lines=2)  # above the picture: when it changes, only the picture resizes
        layout.addWidget(self.hint)
        self.camera = CameraView()
        self.camera.setMinimumSize(280, 180)
        layout.addWidget(self.camera, 1)
        self.demo_row = QWidget()  # below the picture everything has a fixed height: no button ever moves
        demo = QGridLayout(self.demo_row)
        demo.setContentsMargins(0, 0, 0, 0)
        self.demo_label = wrapped_label(minimum_width=100)
        demo.addWidget(self.demo_label, 0, 0, 1, 2)
        self.demo_buttons = {}
        for i, scene in enumerate(SCENES):
            button = QPushButton()
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setStyleSheet("padding: 4px 8px;")
            button.clicked.connect(lambda _=False, s=scene: self.show_demo(s))
            demo.addWidget(button, 1 + i // 2, i % 2)
            self.demo_buttons[scene] = button
        self.demo_buttons["empty"].setChecked(True)
        layout.addWidget(self.demo_row)
        vision.source_changed.connect(lambda _spec: self._sync_source())
        self.retranslate()

    def add_below(self, widget: QWidget) -> None:
        """Put ``widget`` under the demo buttons (the Studio's Test results, Why?…)."""
        self.layout().addWidget(widget)

    @property
    def frozen(self) -> bool:
        return self.freeze.isChecked()

    def retranslate(self) -> None:
        self.mirror.setText(self.tr("Mirror"))
        self.mirror.setToolTip(self.tr("Show the picture like a mirror. The model sees the same either way."))
        self.freeze.setText(self.tr("Freeze"))
        self.freeze.setToolTip(self.tr("Stop the picture to look at one prediction closely."))
        self.demo_label.setText(self.tr("Demo camera shows:"))
        names = {"fist": self.tr("Fist"), "palm": self.tr("Open hand"), "peace": self.tr("Two fingers"),
                 "empty": self.tr("Nothing")}
        for scene, button in self.demo_buttons.items():
            button.setText(names[scene])
            button.setToolTip(self.tr("Make the demo camera show: %1").replace("%1", names[scene]))
        self._sync_source()

    def _sync_source(self) -> None:
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem(self.tr("Demo camera (no webcam needed)"), "demo")
        for i in range(3):
            self.source.addItem(self.tr("Webcam %1").replace("%1", str(i + 1)), str(i))
        self.source.addItem(self.tr("Video file…"), "video")
        self.source.addItem(self.tr("Folder of pictures…"), "folder")
        spec = self.vision.spec
        index = self.source.findData(spec)
        if index < 0:
            self.source.addItem(Path(spec).name, spec)
            index = self.source.count() - 1
        self.source.setCurrentIndex(index)
        self.source.blockSignals(False)
        self.demo_row.setVisible(spec == "demo")

    def _on_source_chosen(self, index: int) -> None:
        spec = self.source.itemData(index)
        if spec == "video":
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a video"), "",
                                                  self.tr("Videos (*.mp4 *.avi *.mov *.mkv *.webm)"))
            spec = name or None
        elif spec == "folder":
            spec = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of pictures")) or None
        if spec:
            self.source_error_cleared.emit()
            self.vision.set_source(spec)
        else:
            self._sync_source()

    def show_demo(self, scene: str) -> None:
        """Make the demo camera show ``scene`` (no effect on a real camera)."""
        self.vision.show_demo(scene)
        self.demo_buttons[scene].setChecked(True)

    def show_frame(self, image) -> None:
        if not self.frozen:
            self.camera.show_frame(image)

"""What the pages share: the backbone, the camera with live prediction, the open project and the languages."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.errors import OylaError
from app.storage.project import Project, open_project
from app.storage.settings import load_settings
from app.ui.i18n import Languages, error_text
from app.ui.services import BackboneService, CameraThread, PredictThread, open_source
from app.vision.demo import DemoSource
from app.vision.frames import Frame


class Vision(QObject):
    """The one camera of the app and the live predictor on its frames. Started by the pages that show it."""

    frame = Signal(object)  # Frame
    predicted = Signal(object, int)  # Prediction, frame index
    failed = Signal(str)
    source_changed = Signal(str)

    def __init__(self, spec: str | None = None, parent=None):
        super().__init__(parent)
        self.spec = spec or "demo"
        self.source = None
        self._camera: CameraThread | None = None
        self._predict = PredictThread(self)
        self._predict.predicted.connect(self.predicted)
        self._predict.start()
        self.users: set[str] = set()
        self.demo_scene = "empty"
        self.blocked_reason: str | None = None
        self.fps_window: list[float] = []

    @property
    def running(self) -> bool:
        return self._camera is not None and self._camera.isRunning()

    def acquire(self, user: str) -> None:
        """A page that shows the camera became visible."""
        self.users.add(user)
        if self.blocked_reason is not None:
            self.failed.emit(self.blocked_reason)
        elif not self.running:
            self._start()

    def block(self, reason: str) -> None:
        """Keep the camera off (for example until consent is given); pages that want it are told ``reason``."""
        self.blocked_reason = reason
        self._stop()
        if self.users:
            self.failed.emit(reason)

    def allow(self) -> None:
        self.blocked_reason = None
        if self.users and not self.running:
            self._start()

    def release(self, user: str) -> None:
        self.users.discard(user)
        if not self.users:
            self._stop()

    def set_source(self, spec: str) -> None:
        self.spec = spec
        was_running = self.running or bool(self.users)
        self._stop()
        if was_running and self.blocked_reason is None:
            self._start()
        self.source_changed.emit(spec)

    @property
    def latest_frame(self) -> Frame | None:
        return self._camera.latest if self._camera is not None else None

    def set_predictor(self, predictor) -> None:
        self._predict.set_predictor(predictor)

    @property
    def predictor(self):
        return self._predict.predictor

    def show_demo(self, scene: str) -> None:
        """What the demo camera shows; remembered when the camera stops and starts again."""
        self.demo_scene = scene
        if isinstance(self.source, DemoSource):
            self.source.show(scene)

    def _start(self) -> None:
        self.source = open_source(self.spec)
        if isinstance(self.source, DemoSource):
            self.source.show(self.demo_scene)
        self._camera = CameraThread(self.source, self)
        self._camera.frame.connect(self._on_frame)
        self._camera.failed.connect(self.failed)
        self._camera.start()

    def _stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._camera.deleteLater()
            self._camera = None

    def _on_frame(self, frame: Frame) -> None:
        now = time.monotonic()
        self.fps_window = [t for t in self.fps_window if now - t < 2.0] + [now]
        self._predict.submit(frame)
        self.frame.emit(frame)

    @property
    def fps(self) -> float:
        return len(self.fps_window) / 2.0

    def shutdown(self) -> None:
        self._stop()
        self._predict.stop()


class AppContext(QObject):
    project_changed = Signal(object)  # Project | None
    model_changed = Signal(object)  # SavedModel | None
    message = Signal(str)  # something went wrong that the student should read

    def __init__(self, languages: Languages, camera: str | None = None, parent=None):
        super().__init__(parent)
        self.languages = languages
        self.settings = load_settings()
        self.backbone = BackboneService(self)
        self.vision = Vision(camera, self)
        self.project: Project | None = None

    def set_project(self, project: Project | None) -> None:
        self.project = project
        if project is not None:
            self.settings.remember(project.path)
            self.settings.save()
        self.project_changed.emit(project)

    def open_project(self, path: Path) -> bool:
        try:
            self.set_project(open_project(path))
        except OylaError as exc:
            self.message.emit(error_text(exc))
            return False
        return True

    def open_recent(self) -> None:
        """Reopen the last project, if it is still there."""
        for recent in self.settings.recent:
            if (Path(recent) / "project.json").is_file() and self.open_project(Path(recent)):
                return

    def shutdown(self) -> None:
        self.vision.shutdown()

"""What the pages share: the backbone, the camera with live prediction, the open project and the languages."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app import diagnostics
from app.errors import OylaError
from app.storage.project import Project, open_project
from app.storage.settings import load_settings
from app.ui.common.camera_gate import CameraGate
from app.ui.common.i18n import Languages, error_text
from app.ui.common.jobs import TaskSlot, stop_all
from app.ui.services import BackboneService
from app.vision import live
from app.vision.frames import Frame


def _report(exc: Exception) -> None:
    """A live prediction that failed: an ``OylaError`` (e.g. a model that does not fit) is logged; anything else
    is a bug, logged once per kind with the app's message shown once. The frames go on either way."""
    if isinstance(exc, OylaError):
        diagnostics.report_problem(exc, "live prediction")
    else:
        diagnostics.report(exc, "live prediction")


class Vision(QObject):
    """The one camera of the app and the live predictor on its frames. Started by the pages that show it.

    The camera is read and its frames embedded in a helper process (``app.vision.live``); here a loop task copies
    each frame in and turns each embedding into probabilities with the current predictor. Every frame passes the
    camera gate (``gate``, the consent policy): while it is closed the camera is not started, no frame reaches any
    page, ``latest_frame`` is None and ``failed`` tells pages why. The gate is asked again every second while a
    page wants the camera, so a change made anywhere takes effect."""

    frame = Signal(object)  # Frame
    predicted = Signal(object, int)  # Prediction, frame index
    failed = Signal(str)
    cleared = Signal()  # the gate opened again: pages may hide their "why the camera is off" note
    source_changed = Signal(str)

    RECHECK_MS = 1000

    def __init__(self, spec: str | None = None, gate: CameraGate | None = None, parent=None,
                 camera: live.LiveCamera | None = None):
        super().__init__(parent)
        self.spec = spec or "demo"
        self.gate = gate or CameraGate(self)
        self.gate.changed.connect(self._on_gate)
        self.camera = camera or live.shared()
        self.info: dict = {}  # the open source's name and frames per second, as the helper process said
        self._latest: Frame | None = None
        self._camera = TaskSlot(self, loop=True)
        self._closing = None  # the camera task that was stopped last: the next one waits until it let go
        self._predictor = None
        self.users: set[str] = set()
        self.demo_scene = "empty"
        self.camera.show(self.demo_scene)
        self.camera.set_embedding(False)
        self.fps_window: list[float] = []
        self._recheck = QTimer(self)
        self._recheck.setInterval(self.RECHECK_MS)
        self._recheck.timeout.connect(self.gate.check)

    @property
    def running(self) -> bool:
        return self._camera.busy

    @property
    def allowed(self) -> bool:
        return self.gate.allowed

    @property
    def is_demo(self) -> bool:
        return self.spec == "demo"

    def acquire(self, user: str) -> None:
        """A page that shows the camera became visible."""
        self.users.add(user)
        self._recheck.start()
        if not self.gate.check():
            self._stop()
            self.failed.emit(self.gate.reason())
        elif not self.running:
            self._start()

    def release(self, user: str) -> None:
        self.users.discard(user)
        if not self.users:
            self._recheck.stop()
            self._stop()

    def _on_gate(self, allowed: bool) -> None:
        if not allowed:
            self._stop()
            if self.users:
                self.failed.emit(self.gate.reason())
        elif self.users:
            if not self.running:
                self._start()
            self.cleared.emit()

    def set_source(self, spec: str) -> None:
        self.spec = spec
        was_running = self.running or bool(self.users)
        self._stop()
        if was_running and self.gate.check():
            self._start()
        self.source_changed.emit(spec)

    @property
    def latest_frame(self) -> Frame | None:
        return self._latest if self.running and self.gate.allowed else None

    def set_predictor(self, predictor) -> None:
        """The model for live prediction (a ``Predictor``; None: no prediction, and no frame is embedded)."""
        self._predictor = predictor
        self.camera.set_embedding(predictor is not None)

    @property
    def predictor(self):
        return self._predictor

    def show_demo(self, scene: str) -> None:
        """What the demo camera shows; remembered when the camera stops and starts again."""
        self.demo_scene = scene
        self.camera.show(scene)

    def _start(self) -> None:
        if not self.gate.allowed:
            return
        self.info = {}
        self._camera.start(self._run, self.spec, self._closing, partial=self._on_event, failed=self.failed.emit)

    def _run(self, control, spec: str, previous) -> None:
        """Loop task: open ``spec`` in the helper process, hand on its frames and the predictions for its
        embeddings until cancelled. ``previous`` (the camera task stopped before this one) is given up to 3 s to
        close its device first."""
        if previous is not None:
            previous.wait(3.0)
        with self.camera.session(spec, control.cancelled) as session:
            control.partial(("opened", session.info))
            for kind, value in session.events():
                if kind == "frame":
                    control.partial(("frame", value))
                elif kind == "embed-error":
                    _report(value)
                elif (predictor := self._predictor) is not None:  # read once: the GUI thread may change it
                    index, vector = value
                    try:
                        prediction = predictor.from_embeddings(vector)[0]
                    except Exception as exc:  # noqa: BLE001 - logged (see ``_report``), the frame is skipped
                        _report(exc)
                        continue
                    control.partial(("predicted", prediction, index))

    def _stop(self) -> None:
        """Stop handing on frames now; the device closes in the helper process (a webcam may take a while)."""
        if self._camera.task is not None:
            self._closing = self._camera.task
        self._camera.stop(0)
        self._latest = None

    def _on_event(self, event: tuple) -> None:
        if not self.gate.allowed:  # a frame or prediction already queued when the gate closed goes nowhere
            return
        if event[0] == "opened":
            self.info = event[1]
        elif event[0] == "frame":
            frame = event[1]
            now = time.monotonic()
            self.fps_window = [t for t in self.fps_window if now - t < 2.0] + [now]
            self._latest = frame
            self.frame.emit(frame)
        else:
            self.predicted.emit(*event[1:])

    @property
    def fps(self) -> float:
        return len(self.fps_window) / 2.0

    def shutdown(self) -> None:
        self._recheck.stop()
        self._latest = None
        stop_all([self._camera], 3.0)


class AppContext(QObject):
    project_changed = Signal(object)  # Project | None
    student_changed = Signal(object)  # student id | None: who is learning now (chosen on the Lessons page)
    model_changed = Signal(object)  # SavedModel | None
    message = Signal(str)  # something went wrong that the student should read

    def __init__(self, languages: Languages, camera: str | None = None, parent=None):
        super().__init__(parent)
        self.languages = languages
        self.settings = load_settings()
        self.backbone = BackboneService(self)
        self.gate = CameraGate(self)
        self.vision = Vision(camera, self.gate, self)
        self.project: Project | None = None

    @property
    def student_id(self) -> str | None:
        return self.gate.student_id

    def set_student(self, student_id: str | None) -> None:
        """Who is learning now; the camera gate asks the policy again for them."""
        if student_id != self.gate.student_id:
            self.gate.set_student(student_id)
            self.student_changed.emit(student_id)

    def policy_changed(self) -> None:
        """Consent or the teacher's settings changed: ask the camera gate again now."""
        self.gate.check()

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
        self.backbone.slot.stop(0)  # it may still be loading: the closed pages hear nothing more from it

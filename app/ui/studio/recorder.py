"""Recording: frames picked at about 10 per second while the record button (or Space) is held, face-checked and
written to the project on a worker thread, so the GUI thread only appends to a list. They are embedded afterwards
in the helper process, with their augmented copies (``TrainPanel.prepare_copies``): no backbone runs in the window
process for them."""

from __future__ import annotations

import queue
import time

from PySide6.QtCore import QObject, Signal

from app.errors import OylaError
from app.ml.ingest import ImportReport, add_frames, refused_error
from app.ui.common.i18n import error_text
from app.ui.common.jobs import TaskSlot

RECORD_INTERVAL = 0.1  # seconds between captured frames: about 10 per second


class SampleWriter(QObject):
    """Writes (project, class, frames) batches in order on a loop task; reports what was added."""

    added = Signal(str, int)  # class name, how many
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._queue: queue.Queue = queue.Queue()
        self.face_rule = None  # a function giving the face rule in force (None: the teacher's lock)
        self.gate = None  # the camera gate (app.ui.common.camera_gate): asked before any picture is written
        self.slot = TaskSlot(self, loop=True)

    def start(self) -> None:
        self.slot.start(self._run, partial=self._said)

    def put(self, project, name: str, frames: list) -> None:
        self._queue.put((project, name, frames))

    def _run(self, control) -> None:
        control.on_cancel(lambda: self._queue.put(None))
        while not control.cancelled():
            item = self._queue.get()
            if item is None:
                return
            project, name, frames = item
            if self.gate is not None:
                allowed, code = self.gate.ask()
                if not allowed:  # consent went away after these frames were taken: they are not written
                    control.partial(("failed", self.gate.reason(code)))
                    continue
            report = ImportReport()
            try:
                rule = self.face_rule() if self.face_rule is not None else None
                paths = add_frames(project, name, frames, None, rule, report)
            except OylaError as exc:
                control.partial(("failed", error_text(exc)))
                continue
            control.partial(("added", name, len(paths)))
            if report.refused:  # faces are not allowed here: say why these pictures are missing
                control.partial(("failed", error_text(refused_error(len(report.refused)))))

    def _said(self, message: tuple) -> None:
        kind, *args = message
        (self.added if kind == "added" else self.failed).emit(*args)

    def flush_and_stop(self, timeout: float = 10.0) -> bool:
        """Write what is queued (up to ``timeout`` seconds), then stop; True when everything was written."""
        self._queue.put(None)
        done = self.slot.wait(timeout)
        self.slot.stop(0)
        return done

    @property
    def pending(self) -> int:
        return self._queue.qsize()


class Recorder:
    """Decides which frames to keep while recording (plain Python, driven by the page)."""

    def __init__(self, interval: float = RECORD_INTERVAL):
        self.interval = interval
        self.target: str | None = None
        self._last = 0.0
        self.batch: list = []

    @property
    def active(self) -> bool:
        return self.target is not None

    def start(self, name: str) -> None:
        self.target = name
        self._last = 0.0

    def stop(self) -> tuple[str | None, list]:
        name, batch = self.target, self.batch
        self.target, self.batch = None, []
        return name, batch

    def offer(self, image, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        if self.target is None or now - self._last < self.interval:
            return False
        self._last = now
        self.batch.append(image)
        return True

    def take(self) -> list:
        batch, self.batch = self.batch, []
        return batch

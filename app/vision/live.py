"""The camera and the backbone on its frames, in a helper process of their own.

Why: in the window's process the camera's drawing and decoding and the backbone's preprocessing hold Python's
GIL many times a frame, so the GUI thread waited for it (``benchmarks/gil.py``: 99th percentile 4 ms beside
them, 0.3 ms alone), and on a busy 2-core PC a background thread holding the GIL while it waited for a core stalled
the window for tens of milliseconds. Here the child reads the camera at its own pace and embeds the newest frame;
the window's process only copies each frame out of shared memory and turns an embedding into probabilities
(``Predictor.from_embeddings``, microseconds).

One child per app, started with the portable "spawn" method on first use and kept between sessions (opening
the camera again is quick); a session is open → frames and embeddings → close, one at a time. Messages are a JSON
line, then raw bytes for an embedding; frames go through a shared-memory block of ``SLOTS`` slots that the
parent hands back after copying (no free slot: the child drops that frame, so the preview never lags). A child
that dies raises ``CameraError`` in the session; the next session starts a fresh one. Sources are named by a
spec string (``open_source``), so tests and the app take the same path as a real webcam.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from app import child, priority
from app.errors import QT_TRANSLATE_NOOP, Cancelled, error_from_dict, error_to_dict
from app.vision.frames import CameraError, Frame, FrameSource
from app.vision.preprocess import prepare

NICE = 5  # the child: below the window's GUI thread (0), above the training helper (15)
SLOTS = 2  # frames in shared memory at once: one the parent copies, one the child writes
POLL = 0.05  # seconds between checks for cancel and for a dead child while waiting
CLOSE_TIMEOUT = 10.0  # a webcam driver may take seconds to let go; a child that takes longer is replaced


def stopped_error() -> CameraError:
    return CameraError(QT_TRANSLATE_NOOP(
        "errors", "The camera's helper process stopped unexpectedly. Open another page and come back, or choose the "
                  "camera again."))


def open_source(spec: str | None) -> FrameSource:
    """'demo', a camera number, a video file or an image folder → a frame source (not opened yet)."""
    from app.vision.demo import DemoSource
    from app.vision.files import VIDEO_SUFFIXES, ImageFolderSource, VideoFileSource
    from app.vision.webcam import WebcamSource

    if spec is None or spec == "demo":
        return DemoSource("empty")
    if spec.isdigit():
        return WebcamSource(int(spec))
    path = Path(spec)
    if path.is_dir():
        return ImageFolderSource(path)
    if path.suffix.lower() in VIDEO_SUFFIXES:
        return VideoFileSource(path)
    return ImageFolderSource(path)  # opening reports that it does not exist


def _encode(header: dict, payload: bytes = b"") -> bytes:
    return json.dumps(header).encode() + b"\n" + payload


def _decode(message: bytes) -> tuple[dict, bytes]:
    header, _, payload = message.partition(b"\n")
    return json.loads(header), payload


# ---- the window's side ---------------------------------------------------------------------------------------
class LiveCamera:
    """The parent's end: starts the child, runs one session at a time (``session``), passes on demo scenes and
    whether to embed frames. ``show`` and ``set_embedding`` may be called from any thread."""

    def __init__(self):
        self._session_lock = threading.Lock()
        self._send_lock = threading.RLock()  # also keeps ``scene``/``embedding`` in step with what was sent
        self._process = None
        self._conn = None
        self._shm = None
        self.scene = "empty"
        self.embedding = False
        atexit.register(self.stop)

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def _start(self) -> None:
        import multiprocessing

        with self._send_lock:
            self._discard()
            conn, child_conn = multiprocessing.Pipe()
            process = child.spawn(serve, (child_conn,), "oyla-camera")
            child_conn.close()
            self._process, self._conn = process, conn

    def _discard(self) -> None:
        """Forget the child (ended or broken): close the pipe and the shared memory, make sure it is gone. Called
        with ``_send_lock`` held, so no thread writes to a pipe being closed."""
        process, self._process = self._process, None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._detach(unlink=True)  # a child that died cannot remove its block any more
        child.end(process)

    def _detach(self, unlink: bool = False) -> None:
        shm, self._shm = self._shm, None
        if shm is not None:
            shm.close()
            if unlink:
                with contextlib.suppress(OSError):
                    shm.unlink()

    def _send(self, header: dict) -> None:
        with self._send_lock:
            if self._conn is None:
                return
            with contextlib.suppress(OSError):  # the child is gone: the session's next read says so
                self._conn.send_bytes(_encode(header))

    def show(self, scene: str) -> None:
        """What the demo camera shows (remembered for the next session)."""
        with self._send_lock:
            self.scene = scene
            self._send({"op": "scene", "scene": scene})

    def set_embedding(self, on: bool) -> None:
        """Whether the child embeds frames (only while a model is there to use them)."""
        with self._send_lock:
            self.embedding = on
            self._send({"op": "embed", "on": on})

    @contextlib.contextmanager
    def session(self, spec: str, cancelled: Callable[[], bool]) -> Iterator[Session]:
        """Open ``spec`` in the child (raises ``CameraError`` if it cannot be), yield the session, close it."""
        while not self._session_lock.acquire(timeout=POLL):  # the last session is still closing its device
            if cancelled():
                raise Cancelled()
        try:
            if not self.alive():
                self._start()
            env = child.env()
            with self._send_lock:
                self._send({"op": "open", "spec": spec, "scene": self.scene, "embed": self.embedding, "env": env})
            session = Session(self, cancelled)
            try:
                session.wait_opened()
                yield session
            finally:
                session.close()
        finally:
            self._session_lock.release()

    def _receive(self, timeout: float) -> tuple[dict, bytes] | None:
        """The child's next message, None if none came within ``timeout``; raises if the child is gone."""
        try:
            if not self._conn.poll(timeout):
                if not self._process.is_alive():
                    raise EOFError
                return None
            return _decode(self._conn.recv_bytes())
        except (EOFError, OSError, AttributeError):  # AttributeError: stopped meanwhile (``stop``)
            self.stop()
            raise stopped_error() from None

    def _frame(self, header: dict) -> Frame | None:
        """Copy a frame out of its slot and hand the slot back (None: its block was already replaced by a bigger
        one, as when a folder's pictures grow in size faster than they are taken)."""
        from multiprocessing import shared_memory

        try:
            if self._shm is None or self._shm.name != header["shm"]:
                self._detach()
                self._shm = shared_memory.SharedMemory(name=header["shm"])
            view = np.ndarray(tuple(header["shape"]), np.uint8, buffer=self._shm.buf, offset=header["offset"])
            image = view.copy()
            del view  # the block can be closed only when no view of it is left
        except FileNotFoundError:
            image = None
        self._send({"op": "free", "slot": header["slot"]})
        return None if image is None else Frame(image, header["time"], header["index"])

    def stop(self) -> None:
        """End the child (it is also ended when this process exits)."""
        with self._send_lock:
            self._discard()


class Session:
    """One opening of a source: ``info`` (its name and frames per second) and ``events()``."""

    def __init__(self, camera: LiveCamera, cancelled: Callable[[], bool]):
        self.camera = camera
        self.cancelled = cancelled
        self.info: dict = {}

    def wait_opened(self) -> None:
        while True:
            received = self.camera._receive(POLL)
            if received is None:
                continue  # opening a webcam can take seconds: the driver decides, cancel waits for it
            header, _ = received
            if header["kind"] == "opened":
                self.info = header
                return
            if header["kind"] == "error":
                raise error_from_dict(header["error"], CameraBug)

    def events(self) -> Iterator[tuple[str, object]]:
        """``("frame", Frame)`` and ``("embedding", (index, vector))`` until cancelled; raises ``CameraError``
        (or ``CameraBug``) if the source fails or the child dies."""
        while not self.cancelled():
            received = self.camera._receive(POLL)
            if received is None:
                continue
            header, payload = received
            kind = header["kind"]
            if kind == "frame":
                frame = self.camera._frame(header)
                if frame is not None:
                    yield "frame", frame
            elif kind == "embedding":
                yield "embedding", (header["index"], np.frombuffer(payload, np.float32).reshape(1, -1))
            elif kind == "error":
                raise error_from_dict(header["error"], CameraBug)
            elif kind == "embed-error":  # the model could not be used: said once, the frames go on
                yield "embed-error", error_from_dict(header["error"], CameraBug)

    def close(self) -> None:
        """Close the source in the child and wait until it has let go of the device (a child that does not
        answer within ``CLOSE_TIMEOUT`` is ended)."""
        if not self.camera.alive():
            return
        self.camera._send({"op": "close"})
        end = time.monotonic() + CLOSE_TIMEOUT
        try:
            while time.monotonic() < end:
                received = self.camera._receive(POLL)
                if received is not None and received[0]["kind"] == "closed":
                    return
                if received is not None and received[0]["kind"] == "frame":
                    self.camera._send({"op": "free", "slot": received[0]["slot"]})
        except CameraError:
            return  # it died: nothing is left open
        self.camera.stop()


class CameraBug(RuntimeError):
    """An unexpected exception in the camera's child; its traceback is the message (logged as a bug)."""


@functools.cache
def shared() -> LiveCamera:
    """The app's one camera process (created on first use; the child starts with the first session)."""
    return LiveCamera()


# ---- the child's side ----------------------------------------------------------------------------------------
class _Child:
    def __init__(self, conn):
        self.conn = conn
        self.send_lock = threading.Lock()
        self.state = threading.Condition()
        self.generation = 0  # one per session: nothing of a closed session is sent after "closed"
        self.source: FrameSource | None = None
        self.reader: threading.Thread | None = None
        self.stop = threading.Event()
        self.embed_on = False
        self.pending: Frame | None = None  # the newest frame not embedded yet
        self.free: set[int] = set(range(SLOTS))
        self.shm = None
        self.slot_size = 0
        self.scene = "empty"  # what the demo camera shows
        threading.Thread(target=self._embed_loop, name="embed", daemon=True).start()

    def send(self, header: dict, payload: bytes = b"", generation: int | None = None) -> None:
        with self.send_lock:
            if generation is not None and generation != self.generation:
                return
            with contextlib.suppress(OSError):  # the parent is gone: the command loop ends on EOF
                self.conn.send_bytes(_encode(header, payload))

    def run(self) -> None:
        while True:
            try:
                command, _ = _decode(self.conn.recv_bytes())
            except (EOFError, OSError):
                break
            op = command["op"]
            if op == "open":
                self._open(command)
            elif op == "close":
                self._close()
                self.send({"kind": "closed"})
            elif op == "scene":
                self.scene = command["scene"]
                self._show_scene(self.source)
            elif op == "embed":
                with self.state:
                    self.embed_on = command["on"]
            elif op == "free":
                with self.state:
                    self.free.add(command["slot"])
        self._close()
        self._unlink()

    def _open(self, command: dict) -> None:
        self._close()  # a session the parent could not close (its thread ended early): not two readers at once
        child.apply_env(command["env"])
        self.scene = command["scene"]
        with self.state:
            self.embed_on = command["embed"]
            self.free = set(range(SLOTS))
        self.stop.clear()
        generation = self.generation
        self.reader = threading.Thread(target=self._read_loop, args=(command["spec"], generation), name="camera",
                                       daemon=True)
        self.reader.start()

    def _close(self) -> None:
        self.stop.set()
        if self.reader is not None:
            self.reader.join()
            self.reader = None
        with self.send_lock:
            self.generation += 1
        with self.state:
            self.pending = None

    def _show_scene(self, source) -> None:
        """The demo camera shows ``self.scene`` (other sources have no scenes; an unknown one is ignored)."""
        if hasattr(source, "show"):
            with contextlib.suppress(ValueError):
                source.show(self.scene)

    def _read_loop(self, spec: str, generation: int) -> None:
        """Open the source, then read it at its own pace until ``close``; an error ends the session's frames."""
        try:
            source = open_source(spec)
            self.source = source
            self._show_scene(source)  # after it is set: a scene asked for meanwhile is not lost
            try:
                source.open()
                self.send({"kind": "opened", "name": source.name, "fps": float(source.fps)}, generation=generation)
                period = 1.0 / max(1.0, float(source.fps))
                next_time = time.monotonic()
                while not self.stop.is_set():
                    self._hand_on(source.read(), generation)
                    next_time += period
                    delay = next_time - time.monotonic()
                    if delay > 0:
                        self.stop.wait(delay)
                    else:
                        next_time = time.monotonic()
            finally:
                self.source = None
                source.close()
        except Exception as exc:  # noqa: BLE001 - a driver's error or a bug: the parent says so and logs bugs
            self.send({"kind": "error", "error": error_to_dict(exc)}, generation=generation)

    def _hand_on(self, frame: Frame, generation: int) -> None:
        image = np.ascontiguousarray(frame.image, dtype=np.uint8)
        with self.state:
            slot = min(self.free) if self.free else None
            if slot is not None:
                self.free.discard(slot)
            if self.embed_on:
                self.pending = frame
                self.state.notify_all()
        if slot is None:
            return  # the window has not taken the last frames yet: this one is dropped, the next one goes
        if image.nbytes > self.slot_size:
            self._grow(image.nbytes)
        offset = slot * self.slot_size
        np.ndarray(image.shape, np.uint8, buffer=self.shm.buf, offset=offset)[...] = image
        self.send({"kind": "frame", "shm": self.shm.name, "slot": slot, "offset": offset, "shape": image.shape,
                   "time": frame.timestamp, "index": frame.index}, generation=generation)

    def _grow(self, size: int) -> None:
        """A block big enough for ``SLOTS`` frames of ``size`` bytes (the old one is removed: the parent keeps
        its mapping until it sees the new name)."""
        from multiprocessing import shared_memory

        self._unlink()
        self.shm = shared_memory.SharedMemory(create=True, size=SLOTS * size)
        self.slot_size = size

    def _unlink(self) -> None:
        if self.shm is not None:
            self.shm.close()
            with contextlib.suppress(OSError):
                self.shm.unlink()
            self.shm = None
            self.slot_size = 0

    def _embed_loop(self) -> None:
        """Embed the newest frame whenever there is one (older ones are dropped)."""
        embedder = None
        while True:
            with self.state:
                while self.pending is None or not self.embed_on:
                    self.state.wait()
                frame, self.pending = self.pending, None
                generation = self.generation
            try:
                if embedder is None:
                    from app.ml.backbone import Embedder

                    embedder = Embedder(batch_size=1)
                vector = embedder.embed(prepare([frame.image]))
            except Exception as exc:  # noqa: BLE001 - said to the parent, which reports it; frames go on
                self.send({"kind": "embed-error", "error": error_to_dict(exc)}, generation=generation)
                with self.state:
                    self.embed_on = False  # not again for every frame: the parent turns it on with a new model
                continue
            self.send({"kind": "embedding", "index": frame.index},
                      np.ascontiguousarray(vector, np.float32).tobytes(), generation=generation)


def serve(conn) -> None:
    """The child's main: commands until the parent closes the pipe."""
    priority.lower_process(NICE)
    _Child(conn).run()

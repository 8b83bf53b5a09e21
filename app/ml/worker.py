"""Heavy work in a helper process: training, importing picture files and embedding augmented copies run in one
long-lived child process, so they never hold the GUI process's GIL or its CPU share (the window stays smooth).

Why (measured with ``benchmarks/ui.py`` on a 2-core PC, per GUI stall > 20 ms while recording + training +
predicting in one process): ~8% of the stalled time was the GUI thread's own work, ~64% waiting for a CPU behind
the app's other threads and other programs, ~28% blocked on the GIL held by the training and embedding threads.
A child at lower priority (``nice`` 15, "below normal" on Windows) removes the GIL waits and yields the CPU.

The child is started with the portable "spawn" method (Windows, macOS and Linux alike), on first use or ahead of
time by ``warm_up()``. It builds its own embedder, imports ``app`` first (``ORT_DISABLE_TELEMETRY``), and answers
one request at a time. Requests, progress and results are JSON messages over a pipe (paths, numbers, lists:
nothing is pickled by this module); the project's files are the shared state. Cancel is one byte on a second
pipe. The functions here have the same signatures as the in-process ones they stand for (``train_project``,
``import_files``) so callers only change an import. A child that dies (killed, crashed, out of memory) raises
``WorkerStopped``; the next request starts a fresh one. Saving is atomic in the child (``app.storage``), so the
previous model still loads and no picture is lost.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from app import child, priority
from app.errors import QT_TRANSLATE_NOOP, Cancelled, OylaError, error_from_dict, error_to_dict

NICE = 15  # absolute (Linux): below the window (0) and the camera's helper (5); the value all figures were measured at
POLL = 0.05  # seconds between checks for cancel and for a dead child while waiting
# onnxruntime keeps memory for the largest batch it ran: batches of 8 embedded 207 pictures/s in 209 MB, of 32
# 175/s in 445 MB (2 cores, one process each, 30 pictures three times)
EMBED_BATCH = 8


class WorkerStopped(OylaError):
    """The helper process ended in the middle of a request."""


def stopped_error() -> WorkerStopped:
    return WorkerStopped(QT_TRANSLATE_NOOP(
        "errors", "The helper process that trains models and adds pictures stopped unexpectedly (maybe the "
                  "computer ran out of memory). Your pictures and your last model are safe. Try again."))


class WorkerBug(RuntimeError):
    """An unexpected exception in the child; its traceback is the message (logged as a bug by the caller)."""


class Worker:
    """One child process and the pipes to it; jobs asked for by several threads take turns."""

    def __init__(self):
        self._lock = threading.Lock()
        self._process = None
        self._conn = None
        self._cancel = None
        self.closing = False  # this process is exiting: a request cut short by it is not a problem to report
        atexit.register(self._at_exit)  # before multiprocessing's own exit handler ends the child

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def _start(self) -> None:
        import multiprocessing

        self._discard()
        conn, child_conn = multiprocessing.Pipe()
        cancel_read, cancel_write = multiprocessing.Pipe(duplex=False)
        process = child.spawn(serve, (child_conn, cancel_read), "oyla-worker")
        child_conn.close()
        cancel_read.close()
        self._process, self._conn, self._cancel = process, conn, cancel_write

    def _at_exit(self) -> None:
        self.closing = True
        process = self._process
        with contextlib.suppress(ValueError, OSError):  # already closed by a request's thread
            if process is not None and process.is_alive():
                process.kill()

    def _discard(self) -> None:
        """Forget the child (ended or broken): close the pipes, make sure it is gone."""
        process, self._process = self._process, None
        for end in (self._conn, self._cancel):
            if end is not None:
                end.close()
        self._conn = self._cancel = None
        child.end(process)

    def request(self, op: str, args: dict, progress: Callable[[list], None] | None = None,
                cancelled: Callable[[], bool] | None = None):
        """Run ``op`` in the child; ``progress`` gets each progress message; ``cancelled()`` is polled."""
        while not self._lock.acquire(timeout=POLL):  # another request runs: wait, but stay cancellable
            if cancelled is not None and cancelled():
                from app.ml.heads import TrainingCancelled

                raise TrainingCancelled()
        answered = False
        try:
            if not self.alive():
                self._start()
            env = child.env()
            try:
                self._conn.send_bytes(json.dumps({"op": op, "env": env, "args": args}).encode())
            except OSError:
                raise stopped_error() from None
            message = self._wait(progress, cancelled)
            answered = True
        finally:
            if not answered:  # dead, or the wait ended early (a progress callback raised): never reuse a child
                self._discard()  # that may still send the rest of an old answer
            self._lock.release()
        if "error" in message:
            raise _rebuilt(message["error"])
        return message.get("result")

    def _wait(self, progress, cancelled) -> dict:
        """The child's final message (result or error), passing progress messages on meanwhile."""
        asked = False
        while True:
            if not asked and cancelled is not None and cancelled():
                asked = True
                with contextlib.suppress(OSError):  # the child is gone: seen below
                    self._cancel.send_bytes(b"c")
            try:
                if not self._conn.poll(POLL):
                    if not self._process.is_alive():
                        raise EOFError
                    continue
                message = json.loads(self._conn.recv_bytes())
            except (EOFError, OSError):
                raise stopped_error() from None
            if "progress" not in message:
                return message
            if progress is not None:
                progress(message["progress"])

    def stop(self) -> None:
        """End the child (it is also ended when this process exits)."""
        with self._lock:
            self._discard()


@functools.cache
def shared() -> Worker:
    """The app's one worker (created on first use; the child starts with the first request)."""
    return Worker()


def warm_up() -> threading.Thread:
    """Start the child and load its embedder and torch in the background, so the first Train is quick."""
    thread = threading.Thread(target=_warm, name="worker-warm-up", daemon=True)
    thread.start()
    return thread


def _warm() -> None:
    try:
        shared().request("warm", {})
    except Exception as exc:  # noqa: BLE001 - only a warm-up: the first real request says what is wrong
        from app import diagnostics

        if shared().closing:  # the app is closing: the child was ended on purpose
            return
        diagnostics.report(exc, "starting the helper process", notify=False)


def _project_data(project) -> dict:
    return {"path": str(project.path), "name": project.name, "classes": [asdict(c) for c in project.classes],
            "settings": asdict(project.settings), "owner": project.owner, "created_at": project.created_at}


def train_project(project, embedder=None, settings=None, progress=None, cancelled=None):
    """``app.ml.train.train_project`` in the worker (``embedder`` is not needed: the child has its own)."""
    from app.ml.model_io import load_model
    from app.ml.train import Progress

    settings = (settings or project.settings).validate()

    def show(fields: list) -> None:
        if progress is not None:
            progress(Progress(*fields))

    shared().request("train", {"project": _project_data(project), "settings": asdict(settings)}, show, cancelled)
    return load_model(project.path)


def import_files(project, name: str, files: Sequence[Path], embedder=None, progress=None, cancelled=None,
                 face_rule: str | None = None, raise_refused: bool = True):
    """``app.ml.ingest.import_files`` in the worker; the face rule is decided here, as in-process."""
    from app.ml import ingest

    rule = face_rule or ingest.default_face_rule()
    args = {"project": _project_data(project), "name": name, "files": [str(f) for f in files], "rule": rule}
    result = shared().request("import", args, lambda m: progress and progress(*m), cancelled)
    report = ingest.ImportReport(**{key: [Path(v) if key in ("added", "marked", "blurred") else v for v in values]
                                    for key, values in result.items()})
    if raise_refused and report.refused:
        raise ingest.refused_error(len(report.refused))
    return report


def prepare_copies(project_path: Path, samples: Sequence[Path], variants: Sequence[str],
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> int:
    """``EmbeddingCache(project_path, …).prepare(samples, variants, …)`` in the worker, which also finds what is
    missing (not here: a stat per copy in the window process after every recorded batch)."""
    args = {"project": str(project_path), "samples": [str(s) for s in samples], "variants": list(variants)}
    return shared().request("prepare", args, lambda m: progress and progress(*m), cancelled)


# ---- the child's side ----------------------------------------------------------------------------------------
def _rebuilt(error: dict) -> Exception:
    """The parent's exception for an error message from the child."""
    if error["kind"] == "cancelled":
        from app.ml.heads import TrainingCancelled

        return TrainingCancelled()
    return error_from_dict(error, WorkerBug)


@functools.cache
def _embedder():
    from app.ml.backbone import Embedder

    return Embedder(batch_size=EMBED_BATCH)


def _project(data: dict):
    from app.storage.project import ClassInfo, Project, TrainSettings

    return Project(Path(data["path"]), data["name"], [ClassInfo(**c) for c in data["classes"]],
                   TrainSettings(**data["settings"]), data["owner"], data["created_at"])


def _run(op: str, args: dict, report: Callable[[list], None], cancelled: Callable[[], bool]):
    if op == "warm":
        import numpy as np

        from app.ml.heads import MLPHead  # the first torch import and Adam step cost ~1–3 s

        _embedder()
        MLPHead.train(np.zeros((4, 1280), np.float32), np.array([0, 1, 0, 1]), 2, epochs=1, batch_size=4)
        return None
    if op == "train":
        from app.ml.train import train_project as train
        from app.storage.project import TrainSettings

        def show(p) -> None:
            report([p.stage, p.done, p.total, p.loss])

        train(_project(args["project"]), _embedder(), TrainSettings(**args["settings"]), show, cancelled)
        return None
    if op == "import":
        from app.ml.ingest import import_files as run_import

        result = run_import(_project(args["project"]), args["name"], [Path(f) for f in args["files"]], _embedder(),
                            lambda done, total: report([done, total]), cancelled, args["rule"], raise_refused=False)
        return {key: [str(v) for v in values] for key, values in asdict(result).items()}
    if op == "prepare":
        from app.ml.embeddings import EmbeddingCache

        cache = EmbeddingCache(Path(args["project"]), _embedder())
        return cache.prepare([Path(s) for s in args["samples"]], args["variants"],
                             lambda done, total: report([done, total]), cancelled)
    raise ValueError(f"unknown request {op!r}")


def serve(conn, cancel) -> None:
    """The child's loop: one request at a time until the parent closes the pipe."""
    priority.lower_process(NICE)

    def send(message: dict) -> None:
        conn.send_bytes(json.dumps(message, default=str).encode())

    def cancelled() -> bool:
        return cancel.poll()

    while True:
        try:
            request = json.loads(conn.recv_bytes())
        except (EOFError, OSError):
            return
        try:
            while cancel.poll():  # a cancel that came after the last request had ended
                cancel.recv_bytes()
        except (EOFError, OSError):  # the parent closed its end while the request was on its way
            return
        child.apply_env(request["env"])
        try:
            result = _run(request["op"], request["args"], lambda fields: send({"progress": fields}), cancelled)
        except Cancelled:
            send({"error": {"kind": "cancelled"}})
        except Exception as exc:  # noqa: BLE001 - an OylaError to show, or a bug whose traceback the parent logs
            send({"error": error_to_dict(exc)})
        else:
            send({"result": result})

"""The helper process (app.ml.worker): it trains the same model as in-process training, imports pictures, embeds
augmented copies, reports progress, cancels, and a worker that dies gives a clear error, keeps the old model and
every picture, and the next request starts a fresh one."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sys
import threading

import numpy as np
import pytest

from app.errors import OylaError
from app.ml import worker
from app.ml.embeddings import EmbeddingCache
from app.ml.heads import TrainingCancelled
from app.ml.ingest import import_files, project_from_folder
from app.ml.model_io import load_model
from app.ml.train import NotReadyError, train_project
from app.storage.project import TrainSettings, create_project, open_project
from tests.conftest import write_demo_folder

pytestmark = pytest.mark.slow
SETTINGS = TrainSettings(augment=False, epochs=40, seed=3)


@pytest.fixture(scope="module", autouse=True)
def stop_worker():
    yield
    worker.shared().stop()


def files_of(project) -> dict[str, str]:
    """Every picture of the project and a hash of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for _, p in project.all_samples()}


def model_files(project) -> dict[str, str]:
    """Every file of the saved model and a hash of its bytes (``created_at`` has whole seconds: two models saved in
    the same second would look the same by it)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (project.path / "model").iterdir()}


def test_worker_imports_and_trains_the_same_model_as_in_process(tmp_path, embedder):
    pictures = write_demo_folder(tmp_path / "pictures", per_class=8)
    (pictures / "fist" / "notes.jpg").write_bytes(b"not a picture")
    there = create_project(tmp_path / "there", classes=["fist", "palm", "peace"])
    local = create_project(tmp_path / "local", classes=there.labels)
    steps = []
    for name in there.labels:
        files = sorted((pictures / name).iterdir())
        report = worker.import_files(there, name, files, None, lambda done, total: steps.append((done, total)))
        assert len(report.added) == 8 and all(p.is_file() and p.parent.name == name for p in report.added)
        assert report.skipped == (["notes.jpg"] if name == "fist" else [])
        in_process = import_files(local, name, files, embedder)  # the same pictures, embedded here
        np.testing.assert_allclose(EmbeddingCache(there.path, embedder).get(report.added),
                                   EmbeddingCache(local.path, embedder).get(in_process.added), atol=1e-4)
    assert (9, 9) in steps and steps[-1] == (8, 8) and there.sample_counts() == {"fist": 8, "palm": 8, "peace": 8}
    shutil.copytree(there.path, tmp_path / "here")
    here = open_project(tmp_path / "here")  # the same pictures, names and embeddings

    progress = []
    saved = worker.train_project(there, None, SETTINGS, progress.append)
    expected = train_project(here, embedder, SETTINGS)
    assert saved.meta["evaluation"] == expected.meta["evaluation"]
    assert saved.meta["trained_on"] == expected.meta["trained_on"]
    assert saved.meta["metrics"]["accuracy"] == expected.meta["metrics"]["accuracy"]
    for key, value in expected.head.tensors().items():
        np.testing.assert_allclose(saved.head.tensors()[key], value, atol=1e-6)
    assert load_model(there.path).meta["created_at"] == saved.meta["created_at"]
    stages = [p.stage for p in progress]
    assert stages[0] == "embedding" and stages[-1] == "training" and "training" not in stages[: stages.index("training")]
    assert progress[-1].done == progress[-1].total and all(p.loss is not None for p in progress if p.stage == "training")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice values are Linux's")
def test_the_helper_process_runs_below_the_window_at_its_own_nice_value():
    """Training and embedding must not take a core from the window on a busy 2-core PC: the helper process runs
    at ``worker.NICE``, whatever the priority of the thread that started it (a child inherits its starter's)."""
    levels = []

    def start_from_a_thread_at(nice: int) -> None:
        worker.shared().stop()
        def start() -> None:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), nice)
            worker.shared().request("warm", {})
        starter = threading.Thread(target=start)
        starter.start()
        starter.join()
        levels.append(os.getpriority(os.PRIO_PROCESS, worker.shared().pid))

    base = os.getpriority(os.PRIO_PROCESS, 0)
    start_from_a_thread_at(base)
    start_from_a_thread_at(max(base, 5))  # as the window does, from a task thread at nice 5
    assert levels == [max(worker.NICE, base)] * 2


def test_errors_in_the_worker_reach_the_caller_as_themselves(tmp_path):
    project = create_project(tmp_path / "empty", classes=["a", "b"])
    with pytest.raises(NotReadyError) as caught:
        worker.train_project(project, None, SETTINGS)
    assert str(caught.value) == "The class a has no pictures yet."


def trained(tmp_path, embedder, per_class=8):
    project, _ = project_from_folder(tmp_path / "project", write_demo_folder(tmp_path / "pictures", per_class),
                                     embedder)
    return project, train_project(project, embedder, SETTINGS)


def test_cancel_stops_training_and_keeps_the_old_model(tmp_path, embedder):
    project, _ = trained(tmp_path, embedder)
    old = model_files(project)
    pid_before = worker.shared().pid
    seen = []
    with pytest.raises(TrainingCancelled):
        worker.train_project(project, None, TrainSettings(augment=False, epochs=1000, seed=4), seen.append,
                             lambda: any(p.stage == "training" for p in seen))
    assert seen[-1].done < seen[-1].total
    assert model_files(project) == old
    new = worker.train_project(project, None, TrainSettings(augment=False, epochs=40, seed=5))
    assert model_files(project) != old and load_model(project.path).meta["head_sha256"] == new.meta["head_sha256"]
    assert pid_before is None or worker.shared().pid == pid_before  # the same child kept working


def test_a_killed_worker_says_so_loses_nothing_and_the_next_train_works(tmp_path, embedder):
    project, _ = trained(tmp_path, embedder)
    old, pictures = model_files(project), files_of(project)
    worker.shared().request("warm", {})
    pid = worker.shared().pid

    def kill_when_training(p) -> None:
        if p.stage == "training" and worker.shared().alive():
            os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))

    with pytest.raises(worker.WorkerStopped) as caught:
        worker.train_project(project, None, TrainSettings(augment=False, epochs=1000, seed=4), kill_when_training)
    assert "stopped unexpectedly" in str(caught.value) and "pictures and your last model are safe" in str(caught.value)
    assert isinstance(caught.value, OylaError)
    assert model_files(project) == old and files_of(project) == pictures
    again = worker.train_project(project, None, SETTINGS)
    assert again.meta["trained_on"]["pictures"] == len(pictures) and worker.shared().pid != pid


def test_a_picture_deleted_while_its_copies_are_embedded_leaves_no_copy(tmp_path, embedder):
    project, _ = project_from_folder(tmp_path / "project", write_demo_folder(tmp_path / "pictures", 8), embedder)
    samples = [p for _, p in project.all_samples()]
    gone = samples[-1]
    kinds = ("flip", "dark")
    steps = []

    def delete_at_first_step(done: int, total: int) -> None:
        steps.append((done, total))
        gone.unlink(missing_ok=True)

    assert worker.prepare_copies(project.path, samples, kinds, delete_at_first_step) == len(samples)
    assert steps[-1] == (len(samples), len(samples)) and len(steps) > 1
    cache = EmbeddingCache(project.path, embedder)
    assert cache.pending(samples, kinds) == [gone]
    assert not any(cache._file(gone, v).exists() for v in kinds)

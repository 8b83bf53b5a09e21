"""The model folder is written as one unit and checked on load (issue 14: a kill between the two writes used to
pair a new head with old labels — a red picture called "blue" at 100 %, no error)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from app.errors import OylaError
from app.ml import model_io
from app.ml.backbone import EMBED_DIM
from app.ml.heads import HIDDEN, KNNHead, MLPHead
from app.storage import atomic_dir

ROOT = Path(__file__).resolve().parents[2]
OLD_LABELS, NEW_LABELS = ["red", "blue"], ["blue", "red"]
RED = np.eye(1, EMBED_DIM, 0, dtype=np.float32)  # the embedding of "a red picture"


def head_for(red_index: int) -> MLPHead:
    """A head that sends ``RED`` to output ``red_index`` with near certainty."""
    w1 = np.zeros((HIDDEN, EMBED_DIM), np.float32)
    w1[0, 0] = 1
    w2 = np.zeros((2, HIDDEN), np.float32)
    w2[red_index, 0] = 50
    return MLPHead(w1, np.zeros(HIDDEN, np.float32), w2)


def said(project: Path) -> tuple[list[str], str]:
    saved = model_io.load_model(project)
    probs = saved.head.predict_proba(RED)[0]
    return saved.labels, saved.labels[int(probs.argmax())]


@pytest.fixture
def project(tmp_path) -> Path:
    tmp_path = tmp_path / "p"
    model_io.save_model(tmp_path / "model", head_for(0), OLD_LABELS, {}, {}, {}, "0" * 64)
    (tmp_path / "model" / "robustness.json").write_text('{"results": {}}')
    return tmp_path


KILLER = textwrap.dedent("""
    import os, shutil, sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from tests.ml.test_model_files import NEW_LABELS, head_for
    from app.ml import model_io

    kill_at, calls = int(sys.argv[1]), []

    def killing(name, real):
        def step(*args, **kwargs):
            calls.append(name)
            print(name, *[Path(a).name for a in args[:2]], flush=True)
            if len(calls) == kill_at:
                os._exit(17)  # like a kill: no cleanup, no finally blocks
            return real(*args, **kwargs)
        return step

    os.replace = killing("replace", os.replace)
    os.rename = killing("rename", os.rename)
    shutil.rmtree = killing("rmtree", shutil.rmtree)
    model_io.save_model(Path(sys.argv[2]) / "model", head_for(1), NEW_LABELS, {{}}, {{}}, {{}}, "0" * 64)
""")


def test_a_kill_at_any_step_of_saving_never_pairs_a_head_with_other_labels(project):
    script = KILLER.format(root=str(ROOT))
    dry = project.parent / "dry"
    shutil.copytree(project, dry)
    full = subprocess.run([sys.executable, "-c", script, "0", str(dry)], capture_output=True, text=True, timeout=60)
    assert full.returncode == 0, full.stderr
    steps = full.stdout.splitlines()
    commit = steps.index("rename .model.new model")
    assert steps[commit - 1] == "rename model .model.old" and steps[-1] == "rmtree .model.old"
    for kill_at in range(1, len(steps) + 1):
        done = subprocess.run([sys.executable, "-c", script, str(kill_at), str(project)], capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 17, done.stderr
        labels, answer = said(project)
        assert answer == "red", (kill_at, steps[kill_at - 1])
        assert labels == (OLD_LABELS if kill_at - 1 <= commit else NEW_LABELS), (kill_at, steps[kill_at - 1])
        assert (project / "model" / "robustness.json").is_file()
        model_io.save_model(project / "model", head_for(0), OLD_LABELS, {}, {}, {}, "0" * 64)  # back, cleanly
        assert said(project) == (OLD_LABELS, "red")
        assert sorted(p.name for p in project.iterdir()) == ["model"]  # no .model.new / .model.old left


def test_only_the_old_folder_left_is_recovered(project):
    """The state a kill between the two renames leaves: no ``model``, a complete ``.model.old`` and a
    ``.model.new`` that may be incomplete. Loading puts the old folder back; the new one is never promoted."""
    (project / "model").rename(project / ".model.old")
    (project / ".model.new").mkdir()
    (project / ".model.new" / "model.json").write_text("{")
    assert said(project) == (OLD_LABELS, "red")
    assert (project / "model").is_dir() and not (project / ".model.old").exists()


def test_a_head_copied_next_to_other_labels_is_refused(project, tmp_path_factory):
    other = tmp_path_factory.mktemp("other")
    model_io.save_model(other / "model", head_for(1), NEW_LABELS, {}, {}, {}, "0" * 64)
    (project / "model" / "head.safetensors").write_bytes((other / "model" / "head.safetensors").read_bytes())
    with pytest.raises(model_io.ModelError, match="not the head model.json was saved with"):
        model_io.load_model(project)


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_full_or_read_only_disk_keeps_the_old_model(project, monkeypatch, error):
    real = os.replace

    def failing(src, dst):
        if Path(dst).name == "model.json":
            raise OSError(error, os.strerror(error), str(dst))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(model_io.ModelError) as info:
        model_io.save_model(project / "model", head_for(1), NEW_LABELS, {}, {}, {}, "0" * 64)
    assert str(info.value) == f"The model could not be saved in {project / 'model'}: {os.strerror(error)}"
    monkeypatch.undo()
    assert said(project) == (OLD_LABELS, "red")
    assert sorted(p.name for p in project.iterdir()) == ["model"]


def test_a_refused_folder_rename_puts_the_old_model_back(project, monkeypatch):
    real = os.rename

    def refusing(src, dst):
        if Path(src).name == ".model.new":
            raise PermissionError(errno.EACCES, "Permission denied", str(src))
        return real(src, dst)

    monkeypatch.setattr(os, "rename", refusing)
    with pytest.raises(model_io.ModelError, match="Permission denied"):
        model_io.save_model(project / "model", head_for(1), NEW_LABELS, {}, {}, {}, "0" * 64)
    monkeypatch.undo()
    assert said(project) == (OLD_LABELS, "red")


# ------------------------------------------------------------------------------------------------ checked on load


def rewrite_head(project: Path, **arrays: np.ndarray) -> None:
    """Replace head.safetensors and keep model.json's hash in step (as a careful forger would)."""
    import hashlib

    from safetensors.numpy import save

    data = save(arrays)
    (project / "model" / "head.safetensors").write_bytes(data)
    meta = json.loads((project / "model" / "model.json").read_text())
    meta["head_sha256"] = hashlib.sha256(data).hexdigest()
    (project / "model" / "model.json").write_text(json.dumps(meta))


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf, 1e30])
def test_weights_that_are_not_finite_or_huge_are_refused(project, bad):
    head = head_for(0)
    head.w2[0, 3] = bad
    rewrite_head(project, **head.tensors())
    with pytest.raises(model_io.ModelError, match="w2 has numbers that are"):
        model_io.load_model(project)


@pytest.mark.parametrize("arrays", [
    {"w1": np.zeros((HIDDEN, EMBED_DIM), np.int32), "b1": np.zeros(HIDDEN, np.float32),
     "w2": np.zeros((2, HIDDEN), np.float32)},
    {"embeddings": np.zeros((3, EMBED_DIM), np.float32), "labels": np.array([0, 1, 0], np.int64)},
], ids=["integer weights", "knn arrays for an mlp head"])
def test_wrong_array_types_are_refused(project, arrays):
    rewrite_head(project, **arrays)
    with pytest.raises(model_io.ModelError):
        model_io.load_model(project)


def test_knn_labels_out_of_range_or_float_are_refused(tmp_path):
    head = KNNHead(np.eye(3, EMBED_DIM, dtype=np.float32), np.array([0, 1, 1]), 2, 2)
    model_io.save_model(tmp_path / "model", head, ["a", "b"], {}, {}, {}, "0" * 64)
    assert model_io.load_model(tmp_path).labels == ["a", "b"]
    for labels in (np.array([0, 1, 2]), np.array([0.0, 1.0, 1.0], np.float32), np.array([0, -1, 1])):
        rewrite_head(tmp_path, embeddings=head.embeddings, labels=labels)
        with pytest.raises(model_io.ModelError, match="labels"):
            model_io.load_model(tmp_path)


def meta_of(project: Path) -> dict:
    return json.loads((project / "model" / "model.json").read_text())


BAD_FIELDS = {
    "duplicate labels": {"labels": ["red", "red"]},
    "labels differing by case": {"labels": ["red", "RED"]},
    "reserved label": {"labels": ["red", "CON"]},
    "label with an escape sequence": {"labels": ["red", "\x1b[32mOK"]},
    "schema true": {"schema_version": True},
    "threshold a string": {"head": {"type": "mlp", "threshold": "high"}},
    "threshold above one": {"head": {"type": "mlp", "threshold": 7}},
    "knn k a bool": {"head": {"type": "knn", "k": True}},
    "metrics a list": {"metrics": [1]},
    "accuracy above one": {"metrics": {"accuracy": 3}},
    "n_test huge": {"metrics": {"n_test": 10**400}},
    "confusion wrong size": {"metrics": {"confusion": [[1]]}},
    "misclassified wrong label": {"metrics": {"misclassified": [{"sample": 0, "true": "x", "predicted": "red",
                                                                  "confidence": 0.5}]}},
    "heldout outside samples": {"heldout_samples": ["red/../../../etc/passwd.jpg"]},
    "heldout absolute": {"heldout_samples": ["/tmp/x.jpg"]},
    "heldout unknown class": {"heldout_samples": ["green/a.jpg"]},
    "heldout not strings": {"heldout_samples": [1]},
    "train_samples escaping": {"train_samples": ["../x/y.jpg"]},
    "sample_counts negative": {"sample_counts": {"red": -1}},
    "created_at a number": {"created_at": 5},
    "background not a label": {"background_class": "green"},
}


@pytest.mark.parametrize("change", BAD_FIELDS.values(), ids=BAD_FIELDS.keys())
def test_bad_fields_in_model_json_are_refused(project, change):
    (project / "model" / "model.json").write_text(json.dumps({**meta_of(project), **change}))
    with pytest.raises(model_io.ModelError, match="model.json is damaged"):
        model_io.load_model(project)


@pytest.mark.parametrize("text", ['"n_test": ' + "9" * 5000, '"accuracy": NaN', '"accuracy": Infinity'])
def test_huge_integers_and_nan_in_model_json_are_refused(project, text):
    raw = json.dumps(meta_of(project))
    (project / "model" / "model.json").write_text(raw[:-1] + ', "metrics": {' + text + "}}")
    with pytest.raises(model_io.ModelError, match="model.json is damaged"):
        model_io.load_model(project)


def test_a_minimal_model_json_gets_full_metrics(project):
    saved = model_io.load_model(project)
    assert saved.meta["metrics"]["accuracy"] is None and saved.meta["metrics"]["confusion"] == [[0, 0], [0, 0]]
    assert saved.meta["heldout_samples"] == [] and saved.meta["head_sha256"]


def test_old_models_without_a_head_hash_still_load(project):
    meta = meta_of(project)
    del meta["head_sha256"]
    (project / "model" / "model.json").write_text(json.dumps(meta))
    assert said(project) == (OLD_LABELS, "red")


def test_errors_are_oyla_errors():
    assert issubclass(model_io.ModelError, OylaError) and atomic_dir.old_dir(Path("m")).name == ".m.old"


def test_loading_while_another_thread_saves_never_mixes_a_head_with_other_labels(project):
    """The Studio may load the model while a training worker saves one: every load gives a head with its own
    labels (a rare load that meets the swap half-way may fail with ModelError; none may answer "blue")."""
    import threading
    import time

    stop, saves = threading.Event(), []

    def save_again_and_again() -> None:
        flip = False
        while not stop.is_set():
            flip = not flip
            try:
                model_io.save_model(project / "model", head_for(1 if flip else 0), NEW_LABELS if flip else OLD_LABELS,
                                    {}, {}, {}, "0" * 64)
                saves.append(True)
            except model_io.ModelError:
                saves.append(False)

    saver = threading.Thread(target=save_again_and_again)
    saver.start()
    answers, end = [], time.monotonic() + 2
    try:
        while time.monotonic() < end:
            try:
                answers.append(said(project)[1])
            except model_io.ModelError:
                answers.append(None)
    finally:
        stop.set()
        saver.join()
    assert "blue" not in answers and answers.count("red") > 10 and saves.count(True) > 10
    assert said(project)[1] == "red"


@pytest.mark.parametrize("spoil", ["nan weights", "nan metrics", "duplicate labels"])
def test_a_model_that_load_would_refuse_is_never_saved_over_a_good_one(project, spoil):
    head, labels, metrics = head_for(1), list(NEW_LABELS), {}
    if spoil == "nan weights":
        head.w1[0, 0] = np.nan
    elif spoil == "nan metrics":
        metrics = {"accuracy": float("nan")}
    else:
        labels = ["red", "red"]
    with pytest.raises(model_io.ModelError, match="previous model was kept"):
        model_io.save_model(project / "model", head, labels, {}, metrics, {}, "0" * 64)
    assert said(project) == (OLD_LABELS, "red")

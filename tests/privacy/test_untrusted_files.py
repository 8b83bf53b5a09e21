"""Files from someone else (a project folder, a model, an embeddings cache) run no code and fail clearly.

Each crafted file must make the lead's loaders raise an ``OylaError`` subclass (a message the student can read),
never another exception, and never execute a pickle payload.
"""

from __future__ import annotations

import json
import os
import pickle
import struct
from pathlib import Path

import numpy as np
import pytest

from app.errors import OylaError
from app.ml import model_io
from app.storage import project as project_module


class _Payload:
    """Unpickling this creates a folder at ``marker``: proof that code ran."""

    def __init__(self, marker: Path):
        self.marker = str(marker)

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


def pickle_payload(marker: Path) -> bytes:
    return pickle.dumps({"w1": _Payload(marker)})


def test_the_pickle_payload_is_live(tmp_path):
    """Control: the payload used below really runs code when unpickled, so the tests that use it can fail."""
    control = tmp_path / "control"
    pickle.loads(pickle_payload(control))  # noqa: S301 - deliberately, on our own payload
    assert control.is_dir()


# ---------------------------------------------------------------------------------------------------- project.json

VALID_PROJECT = {"schema_version": 2, "name": "P", "owner": None, "classes": [{"name": "a", "background": False}]}

BAD_PROJECT_FILES = {
    "not json": b"{this is not json",
    "not utf-8": b"\xff\xfe\x00\x81garbage",
    "empty": b"",
    "a list": b"[1, 2, 3]",
    "classes not a list": json.dumps({**VALID_PROJECT, "classes": "rock"}).encode(),
    "classes are numbers": json.dumps({**VALID_PROJECT, "classes": [1, 2]}).encode(),
    "class without name": json.dumps({**VALID_PROJECT, "classes": [{"background": True}]}).encode(),
    "class name escapes": json.dumps({**VALID_PROJECT, "classes": [{"name": "../../evil"}]}).encode(),
    "reserved class name": json.dumps({**VALID_PROJECT, "classes": [{"name": "CON"}]}).encode(),
    "duplicate classes": json.dumps({**VALID_PROJECT, "classes": [{"name": "a"}, {"name": "A"}]}).encode(),
    "settings a list": json.dumps({**VALID_PROJECT, "settings": [1, 2]}).encode(),
    "settings wrong value": json.dumps({**VALID_PROJECT, "settings": {"epochs": "lots"}}).encode(),
    "settings negative": json.dumps({**VALID_PROJECT, "settings": {"learning_rate": -1}}).encode(),
    "schema a string": json.dumps({**VALID_PROJECT, "schema_version": "2"}).encode(),
    "schema from the future": json.dumps({**VALID_PROJECT, "schema_version": 999}).encode(),
    "created_at garbage": json.dumps({**VALID_PROJECT, "created_at": "yesterday"}).encode(),
    "old schema, bad classes": json.dumps({"schema_version": 1, "classes": ["a", 5]}).encode(),
    "huge": b'{"classes": [], "name": "' + b"x" * (2 * 1024 * 1024) + b'"}',
}


@pytest.mark.parametrize("content", BAD_PROJECT_FILES.values(), ids=BAD_PROJECT_FILES.keys())
def test_bad_project_json_fails_clearly(tmp_path, content):
    folder = tmp_path / "shared-project"
    folder.mkdir()
    (folder / "project.json").write_bytes(content)
    with pytest.raises(OylaError) as info:
        project_module.open_project(folder)
    assert str(info.value)
    assert (folder / "project.json").read_bytes() == content  # a failed open never rewrites the file


def test_deeply_nested_project_json_fails_clearly(tmp_path):
    (tmp_path / "project.json").write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(OylaError):
        project_module.open_project(tmp_path)


def test_project_json_that_is_a_folder_or_missing(tmp_path):
    with pytest.raises(OylaError):
        project_module.open_project(tmp_path)
    (tmp_path / "project.json").mkdir()
    with pytest.raises(OylaError):
        project_module.open_project(tmp_path)


def test_valid_project_opens(tmp_path):
    """Control for the cases above: the same layout with a good file opens."""
    (tmp_path / "project.json").write_text(json.dumps(VALID_PROJECT))
    assert project_module.open_project(tmp_path).labels == ["a"]


# ---------------------------------------------------------------------------------------------------- model files


@pytest.fixture
def model_project(tmp_path):
    """A project folder with a small valid MLP model saved by the app's own code."""
    from app.ml.backbone import EMBED_DIM
    from app.ml.heads import HIDDEN, MLPHead

    rng = np.random.default_rng(0)
    head = MLPHead(
        rng.normal(size=(HIDDEN, EMBED_DIM)).astype(np.float32),
        np.zeros(HIDDEN, np.float32),
        rng.normal(size=(2, HIDDEN)).astype(np.float32),
    )
    model_io.save_model(tmp_path / "model", head, ["rock", "paper"], {}, {}, {}, weights_sha="0" * 64)
    return tmp_path


def test_valid_model_loads(model_project):
    assert model_io.load_model(model_project).labels == ["rock", "paper"]


def _meta(project: Path) -> dict:
    return json.loads((project / "model" / "model.json").read_text(encoding="utf-8"))


BAD_META = {
    "garbage bytes": lambda meta: b"\x00\x01garbage\xff",
    "not json": lambda meta: b"{labels: rock}",
    "a list": lambda meta: b"[]",
    "wrong schema": lambda meta: json.dumps({**meta, "schema_version": 99}).encode(),
    "labels a string": lambda meta: json.dumps({**meta, "labels": "rock,paper"}).encode(),
    "one label": lambda meta: json.dumps({**meta, "labels": ["rock"]}).encode(),
    "labels not strings": lambda meta: json.dumps({**meta, "labels": [1, 2]}).encode(),
    "three labels for two outputs": lambda meta: json.dumps({**meta, "labels": ["a", "b", "c"]}).encode(),
    "unknown head": lambda meta: json.dumps({**meta, "head": {"type": "pickle"}}).encode(),
    "head a string": lambda meta: json.dumps({**meta, "head": "mlp"}).encode(),
    "knn head on mlp arrays": lambda meta: json.dumps({**meta, "head": {"type": "knn", "k": 3}}).encode(),
    "huge": lambda meta: b'{"x": "' + b"x" * (5 * 1024 * 1024) + b'"}',
}


@pytest.mark.parametrize("make", BAD_META.values(), ids=BAD_META.keys())
def test_bad_model_json_fails_clearly(model_project, make):
    (model_project / "model" / "model.json").write_bytes(make(_meta(model_project)))
    with pytest.raises(OylaError):
        model_io.load_model(model_project)


def test_deeply_nested_model_json_fails_clearly(model_project):
    (model_project / "model" / "model.json").write_text('{"a":' * 100_000 + "1" + "}" * 100_000)
    with pytest.raises(OylaError):
        model_io.load_model(model_project)


def _safetensors(header: dict, data: bytes = b"") -> bytes:
    raw = json.dumps(header).encode()
    return struct.pack("<Q", len(raw)) + raw + data


BAD_HEADS = {
    "empty": lambda good: b"",
    "truncated": lambda good: good[: len(good) // 2],
    "header only": lambda good: good[: 8 + struct.unpack("<Q", good[:8])[0]],
    "header length 2**62": lambda good: struct.pack("<Q", 2**62) + b"{}",
    "header length past the end": lambda good: struct.pack("<Q", 10_000) + b"{}",
    "header not json": lambda good: struct.pack("<Q", 5) + b"\xff{{{\x00",
    "tensor claims 4 TB": lambda good: _safetensors(
        {"w1": {"dtype": "F32", "shape": [10**6, 10**6], "data_offsets": [0, 4 * 10**12]}}, bytes(16)
    ),
    "offsets past the end": lambda good: _safetensors(
        {"w1": {"dtype": "F32", "shape": [4], "data_offsets": [0, 16]}}, bytes(4)
    ),
    "unknown dtype": lambda good: _safetensors({"w1": {"dtype": "PY_OBJECT", "shape": [1], "data_offsets": [0, 8]}}, bytes(8)),
    "wrong shapes": lambda good: _safetensors(
        {
            "w1": {"dtype": "F32", "shape": [2, 2], "data_offsets": [0, 16]},
            "b1": {"dtype": "F32", "shape": [2], "data_offsets": [16, 24]},
            "w2": {"dtype": "F32", "shape": [2, 2], "data_offsets": [24, 40]},
        },
        bytes(40),
    ),
    "missing arrays": lambda good: _safetensors({"b1": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}}, bytes(4)),
    "random bytes": lambda good: np.random.default_rng(1).bytes(4096),
}


@pytest.mark.parametrize("make", BAD_HEADS.values(), ids=BAD_HEADS.keys())
def test_bad_head_safetensors_fails_clearly(model_project, make):
    head = model_project / "model" / "head.safetensors"
    head.write_bytes(make(head.read_bytes()))
    with pytest.raises(OylaError):
        model_io.load_model(model_project)


def test_oversized_head_is_refused_before_reading(model_project):
    head = model_project / "model" / "head.safetensors"
    with head.open("r+b") as handle:
        handle.truncate(model_io.MAX_HEAD + 1)  # sparse on most file systems: no real 512 MB written
    with pytest.raises(OylaError, match="too large"):
        model_io.load_model(model_project)


@pytest.mark.parametrize("name", ["head.safetensors", "model.json"])
def test_pickle_renamed_as_a_model_file_runs_no_code(model_project, tmp_path_factory, name):
    marker = tmp_path_factory.mktemp("markers") / "pwned"
    (model_project / "model" / name).write_bytes(pickle_payload(marker))
    with pytest.raises(OylaError):
        model_io.load_model(model_project)
    assert not marker.exists()


def test_pickle_in_the_embeddings_cache_runs_no_code(tmp_path, tmp_path_factory):
    """A copied project may carry a crafted embeddings cache: it is ignored (recomputed), never unpickled."""
    from app.ml.backbone import EMBED_DIM
    from app.ml.embeddings import EmbeddingCache

    class OnesEmbedder:  # stands in for the ONNX backbone; only the cache's file handling is under test
        def embed(self, batch):
            return np.ones((len(batch), EMBED_DIM), np.float32)

    project = project_module.create_project(tmp_path / "p", classes=["a"])
    sample = project.add_sample("a", np.zeros((224, 224, 3), np.uint8))
    cache = EmbeddingCache(project.path, OnesEmbedder())
    marker = tmp_path_factory.mktemp("markers") / "pwned"
    cache_file = cache._file(sample, "")
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    cache_file.write_bytes(pickle_payload(marker))
    vectors = cache.get([sample])
    assert np.array_equal(vectors, np.ones((1, EMBED_DIM), np.float32))
    assert not marker.exists()


# ---------------------------------------------------------------------------------------------------- the sources

FORBIDDEN = {
    "pickle": r"\bimport\s+(c?pickle|dill|marshal|shelve|joblib)\b|\bfrom\s+(c?pickle|dill|marshal|shelve|joblib)\b",
    "allow_pickle": r"allow_pickle\s*=\s*True",
    "eval/exec": r"(?<![.\w])(eval|exec)\s*\(",
    "unsafe yaml": r"yaml\.(unsafe_load|load_all|full_load)\s*\(|yaml\.load\s*\((?!.*SafeLoader)",
    "torch.load without weights_only": r"torch\.load\s*\((?!.*weights_only\s*=\s*True)",
}


def test_app_sources_never_unpickle_or_eval():
    import re

    root = Path(__file__).resolve().parents[2] / "app"
    offences = []
    for source in sorted(root.rglob("*.py")):
        text = source.read_text(encoding="utf-8")
        for what, pattern in FORBIDDEN.items():
            for match in re.finditer(pattern, text):
                line = text.count("\n", 0, match.start()) + 1
                offences.append(f"{source.relative_to(root.parent)}:{line}: {what}")
    assert offences == []

"""The CLI end to end on a generated image folder, in-process (same code as the ``oyla`` command)."""

import json

import cv2
import numpy as np
import pytest

from app.cli import main
from app.vision.demo import render


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def trained(tmp_path, demo_folder, capsys, embedder):
    project = tmp_path / "signs"
    code, out, _ = run(capsys, "new", project, "--from-folder", demo_folder)
    assert code == 0 and "fist (12)" in out
    code, out, _ = run(capsys, "train", project, "--epochs", "30", "--seed", "2")
    assert code == 0 and "held-out accuracy" in out
    return project


def test_new_train_evaluate_predict(tmp_path, trained, capsys):
    code, out, _ = run(capsys, "evaluate", trained, "--json")
    metrics = json.loads(out)
    assert code == 0 and metrics["labels"] == ["fist", "palm", "peace"]
    assert metrics["n_test"] == 36 and metrics["accuracy"] >= 0.8  # 12 a class: k-fold tests every picture once
    assert np.array(metrics["confusion"]).sum() == 36
    pictures = []
    for scene in ("fist", "palm", "peace"):
        path = tmp_path / f"new-{scene}.png"
        cv2.imwrite(str(path), render(scene, 500, seed=9)[..., ::-1])
        pictures.append(path)
    code, out, _ = run(capsys, "predict", trained, *pictures, "--json")
    results = json.loads(out)
    assert code == 0 and [r["path"] for r in results] == [str(p) for p in pictures]
    assert sum(r["top"] == scene for r, scene in zip(results, ("fist", "palm", "peace"), strict=True)) >= 2
    for r in results:
        assert abs(sum(r["probabilities"].values()) - 1) < 1e-4
        assert r["label"] in (None, r["top"]) and r["confidence"] == max(r["probabilities"].values())


def test_knn_head_and_onnx_export_agree(tmp_path, trained, capsys, embedder):
    import onnxruntime as ort

    from app.ml.model_io import load_model
    from app.vision.files import read_image
    from app.vision.preprocess import prepare

    for head in ("knn", "mlp"):
        code, _, _ = run(capsys, "train", trained, "--head", head, "--epochs", "5")
        assert code == 0
        out = tmp_path / f"{head}.onnx"
        code, _, _ = run(capsys, "export", trained, "--onnx", out)
        assert code == 0
        session = ort.InferenceSession(str(out), providers=["CPUExecutionProvider"])
        meta = session.get_modelmeta().custom_metadata_map
        assert json.loads(meta["labels"]) == ["fist", "palm", "peace"]
        batch = prepare([read_image(p) for p in sorted((trained / "samples" / "palm").iterdir())[:3]])
        expected = load_model(trained).head.predict_proba(embedder.embed(batch))
        assert np.abs(session.run(None, {"image": batch})[0] - expected).max() < 1e-3


def test_bad_inputs_give_one_line_errors(tmp_path, trained, capsys, demo_folder):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"garbage")
    code, _, err = run(capsys, "predict", trained, broken)
    assert code == 1 and "broken.jpg" in err and len(err.strip().splitlines()) == 1
    empty = tmp_path / "empty"
    code, _, err = run(capsys, "new", empty, "--classes", "a", "b")
    assert code == 0
    code, _, err = run(capsys, "train", empty)
    assert code == 1 and "no pictures" in err
    code, _, err = run(capsys, "evaluate", empty)
    assert code == 1 and "no trained model" in err
    (trained / "project.json").write_text("{oops")
    code, _, err = run(capsys, "train", trained)
    assert code == 1 and "project.json" in err and "damaged" in err
    code, _, err = run(capsys, "train", tmp_path / "nowhere")
    assert code == 1 and "not an Oyla project" in err
    code, _, err = run(capsys, "new", tmp_path / "x", "--from-folder", tmp_path / "nowhere")
    assert code == 1 and "does not exist" in err


def test_argument_errors_and_help(capsys):
    with pytest.raises(SystemExit) as info:
        main(["train"])
    assert info.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for command in ("new", "train", "evaluate", "predict", "export"):
        assert command in out


def test_corrupt_model_files_are_reported(trained, capsys):
    (trained / "model" / "head.safetensors").write_bytes(b"\x10\x00\x00\x00\x00\x00\x00\x00{}")
    code, _, err = run(capsys, "predict", trained, trained / "samples" / "fist" / "x.jpg")
    assert code == 1 and "head.safetensors" in err

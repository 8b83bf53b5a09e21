"""The shortcut detective scores each picture with a model that never learnt it, and its saved result names the
model it was run for (a result kept from an older model counts as not run)."""

import json

import numpy as np
import pytest

from app.ml import robustness
from app.ml.embeddings import EmbeddingCache
from app.ml.heads import TrainingCancelled
from app.ml.train import train_project
from app.storage.project import create_project
from app.vision.demo import render


@pytest.fixture(scope="module")
def memorised(tmp_path_factory, embedder):
    """Two classes of the same scene, pictures dealt out alternately: nothing tells them apart, so a model can
    only be right on a picture it learnt by heart."""
    project = create_project(tmp_path_factory.mktemp("memorised") / "p", "same", ["a", "b"])
    for i in range(24):
        project.add_sample("ab"[i % 2], render("palm", i, seed=3, size=(224, 224)))
    saved = train_project(project, embedder)
    return project, saved


def test_the_probe_does_not_ask_the_model_that_learnt_the_pictures(memorised, embedder):
    project, saved = memorised
    assert saved.meta["evaluation"]["method"] == "kfold"
    paths = [p for _, p in project.all_samples()]
    truth = np.array([saved.labels.index(name) for name, _ in project.all_samples()])
    deployed = saved.head.predict_proba(EmbeddingCache(project.path, embedder).get(paths)).argmax(axis=1)
    assert (deployed == truth).mean() >= 0.9  # the deployed model knows its own pictures by heart

    steps = []
    result = robustness.probe(project, saved, embedder, progress=lambda done, total: steps.append((done, total)))
    assert result["n"] == 24 and result["evaluation"] == {"method": "kfold", "k": 5}
    assert result["results"]["original"]["accuracy"] <= 0.75  # unseen pictures: about a coin toss
    assert steps[-1][0] == steps[-1][1] == 5 + len(robustness.VARIANTS) - 1
    assert [d for d, _ in steps] == list(range(1, steps[-1][1] + 1))


def test_a_result_for_another_model_counts_as_not_run(memorised, embedder, tmp_path):
    project, saved = memorised
    result = robustness.probe(project, saved, embedder)
    assert result["model"] == {"head_sha256": saved.meta["head_sha256"], "created_at": saved.meta["created_at"]}
    robustness.save_results(project.model_dir, result)
    assert robustness.load_results(project.model_dir) == result
    assert robustness.load_results(project.model_dir, saved.meta) == result

    stored = json.loads((project.model_dir / robustness.RESULT_FILE).read_text("utf-8"))
    for key in ("schema_version", "model"):  # the old format (asked the deployed model, named no model)
        old = {k: v for k, v in stored.items() if k != key}
        (project.model_dir / robustness.RESULT_FILE).write_text(json.dumps(old), "utf-8")
        assert robustness.load_results(project.model_dir) is None
    (project.model_dir / robustness.RESULT_FILE).write_text(json.dumps(stored), "utf-8")
    assert robustness.load_results(project.model_dir) == result

    project.settings.seed = 1  # trained again: the results file is kept, but it describes the old model
    try:
        again = train_project(project, embedder)
    finally:
        project.settings.seed = 0
    assert (project.model_dir / robustness.RESULT_FILE).is_file()
    assert again.meta["head_sha256"] != saved.meta["head_sha256"]
    assert robustness.load_results(project.model_dir) is None
    assert robustness.load_results(project.model_dir, again.meta) is None
    assert robustness.load_results(tmp_path) is None  # no results, no model


def test_the_probe_can_be_cancelled(memorised, embedder):
    project, saved = memorised
    with pytest.raises(TrainingCancelled):
        robustness.probe(project, saved, embedder, cancelled=lambda: True)


def test_the_model_card_of_a_real_training_says_how_it_was_tested(memorised):
    from app.ml import model_card
    from app.ml.train import AUGMENT_VARIANTS

    _, saved = memorised
    page = model_card.render("same", saved.meta, None)
    assert "split into 5 groups" in page and "each of the 24 tested pictures" in page
    assert (f"the model you use learnt from all 24 pictures, plus {24 * len(AUGMENT_VARIANTS)} slightly changed "
            "copies") in page
    assert "kept aside" not in page


def test_with_a_held_out_share_only_those_pictures_are_scored(memorised, embedder, monkeypatch):
    from app.ml import train
    from app.ml.evaluate import stratified_split

    project, saved = memorised
    monkeypatch.setattr(train, "KFOLD_BELOW", 10)  # 12 a class is then "many": one held-out share
    result = robustness.probe(project, saved, embedder)
    y = np.array([saved.labels.index(name) for name, _ in project.all_samples()])
    held = len(stratified_split(y, 0.15, 0)[1])
    assert result["evaluation"] == {"method": "holdout", "holdout": 0.15} and result["n"] == held < 24

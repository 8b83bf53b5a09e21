import numpy as np
import pytest

from app.ml.evaluate import evaluate, stratified_split
from app.ml.heads import KNNHead, MLPHead, TrainingCancelled


def blobs(n_per=30, classes=3, dim=1280, seed=0):
    rng = np.random.default_rng(seed)
    centres = rng.normal(0, 1, (classes, dim))
    x = np.concatenate([c + rng.normal(0, 0.8, (n_per, dim)) for c in centres]).astype(np.float32)
    y = np.repeat(np.arange(classes), n_per)
    return x, y


def test_mlp_learns_separable_classes_and_is_seeded():
    x, y = blobs()
    a = MLPHead.train(x, y, 3, epochs=10, seed=1)
    b = MLPHead.train(x, y, 3, epochs=10, seed=1)
    probs = a.predict_proba(x)
    assert np.allclose(probs.sum(axis=1), 1)
    assert (probs.argmax(axis=1) == y).mean() > 0.95
    assert np.array_equal(a.w1, b.w1)
    assert a.w2.shape == (3, 100)


def test_mlp_reports_progress_and_can_be_cancelled():
    x, y = blobs(n_per=10)
    seen = []
    MLPHead.train(x, y, 3, epochs=4, progress=lambda e, n, loss: seen.append((e, n, loss)))
    assert [s[0] for s in seen] == [1, 2, 3, 4] and seen[-1][2] < seen[0][2]
    with pytest.raises(TrainingCancelled):
        MLPHead.train(x, y, 3, epochs=4, cancelled=lambda: True)


def test_knn_names_the_nearest_training_samples():
    x, y = blobs(n_per=8)
    head = KNNHead.train(x, y, 3)
    probe = x[[3, 12]] + 0.01
    assert list(head.predict_proba(probe).argmax(axis=1)) == [0, 1]
    nearest = head.nearest(probe, count=3)
    assert nearest[0][0][0] == 3 and nearest[1][0][0] == 12
    assert all(y[i] == 0 for i, _ in nearest[0])


def test_stratified_split_keeps_every_class():
    y = [0] * 20 + [1] * 7 + [2] * 1
    train, test = stratified_split(y, 0.15, seed=3)
    assert sorted([*train, *test]) == list(range(28))
    yt = np.asarray(y)[test]
    assert (yt == 0).sum() == 3 and (yt == 1).sum() == 1 and (yt == 2).sum() == 0
    assert np.array_equal(test, stratified_split(y, 0.15, seed=3)[1])
    assert not np.array_equal(test, stratified_split(y, 0.15, seed=4)[1])


def test_evaluate_confusion_and_misclassified():
    probs = np.array([[0.9, 0.1], [0.2, 0.8], [0.7, 0.3], [0.4, 0.6]])
    m = evaluate(probs, [0, 1, 1, 1], ["cat", "dog"], ["a", "b", "c", "d"])
    assert m["accuracy"] == 0.75
    assert m["confusion"] == [[1, 0], [1, 2]]
    assert m["per_class"] == {"cat": 1.0, "dog": pytest.approx(2 / 3)}
    assert m["misclassified"] == [{"sample": "c", "true": "dog", "predicted": "cat", "confidence": 0.7}]


def test_dataset_warnings():
    from app.ml.evaluate import dataset_warnings

    assert dataset_warnings({"a": 30, "b": 25}) == []
    assert dataset_warnings({"a": 30, "b": 9}) == [("small", "b"), ("imbalanced", "a")]
    assert dataset_warnings({"a": 50, "b": 20}) == [("imbalanced", "a")]
    assert dataset_warnings({"a": 20, "b": 0}) == [("small", "b")]

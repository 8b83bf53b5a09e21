"""Robustness probe, explanations and the model card on a real trained demo project."""

import cv2
import numpy as np
import pytest

from app.ml import model_card, robustness
from app.ml.explain import GradCam, nearest_samples, overlay
from app.vision.demo import render, render_with_mask


def test_transforms_keep_shape_and_change_pixels():
    square = render("palm", 1, size=(224, 224))
    for variant in robustness.VARIANTS:
        out = robustness.transform(square, variant)
        assert out.shape == square.shape and out.dtype == np.uint8
        assert np.array_equal(out, square) == (variant == "original")
    assert robustness.transform(square, "darker").mean() < square.mean() < robustness.transform(square, "brighter").mean()


def test_probe_reports_every_variant(trained_project, embedder):
    project, saved = trained_project
    result = robustness.probe(project, saved, embedder)
    assert result["n"] == len(saved.meta["heldout_samples"]) == 42  # k-fold: every picture was tested once
    assert set(result["results"]) == set(robustness.VARIANTS)
    for value in result["results"].values():
        assert 0 <= value["accuracy"] <= 1 and 0 <= value["confidence"] <= 1
    robustness.save_results(project.model_dir, result)
    assert robustness.load_results(project.model_dir) == result


def test_nearest_samples_come_from_the_same_class(trained_project, embedder):
    project, saved = trained_project
    near = nearest_samples(project, saved, embedder, render("peace", 777, seed=5), count=3)
    assert len(near) == 3 and [n[1] for n in near].count("peace") >= 2
    assert near[0][2] >= near[1][2] >= near[2][2]
    # the deployed model learnt from every picture (k-fold: all were also tested), so any of them can be shown
    assert set(saved.meta["heldout_samples"]) == {p.relative_to(project.samples_dir).as_posix()
                                                  for _, p in project.all_samples()}
    near = nearest_samples(project, saved, embedder, render("fist", 3, seed=0, size=(240, 320)), count=1)
    assert near[0][1] == "fist" and near[0][2] > 0.98  # the very picture saved as a sample


def test_gradcam_looks_at_the_hand(trained_project):
    _, saved = trained_project
    cam = GradCam()
    inside, outside = [], []
    for i in range(3):
        image, mask = render_with_mask("palm", 900 + i, size=(480, 480))
        heat, index = cam.heatmap(image, saved)
        assert heat.shape == (224, 224) and heat.min() >= 0 and heat.max() <= 1
        hand = cv2.resize(mask.astype(np.uint8), (224, 224)) > 0
        inside.append(heat[hand].mean())
        outside.append(heat[~hand].mean())
    assert np.mean(inside) > np.mean(outside)
    assert overlay(image, heat).shape == (224, 224, 3)


@pytest.mark.parametrize("with_images", [False, True])
def test_model_card_is_self_contained_and_has_no_images_unless_asked(trained_project, tmp_path, with_images):
    project, saved = trained_project
    images = {c: project.samples(c) for c in project.labels} if with_images else None
    page = model_card.render("<My model>", saved.meta, None, images=images)
    assert "&lt;My model&gt;" in page and "<My model>" not in page
    assert ("<img" in page) == with_images
    assert "http" not in page.replace("http-equiv", "")
    for label in saved.labels:
        assert label in page
    path = model_card.write(tmp_path / "card.html", page)
    assert path.read_text("utf-8") == page

"""Augmented copies: every candidate keeps the picture's size and type, changes it, and is the same every time."""

import numpy as np
import pytest

from app.ml.augment import CANDIDATES, DEFAULT, augment
from app.vision.demo import render
from app.vision.preprocess import centre_square


@pytest.mark.parametrize("variant", CANDIDATES)
def test_each_candidate_is_a_deterministic_change_of_the_same_size(variant):
    square = centre_square(render("palm", 3))
    copy = augment(square, variant)
    assert copy.shape == square.shape and copy.dtype == np.uint8
    assert not np.array_equal(copy, square)  # really changed
    assert np.array_equal(copy, augment(square, variant))


def test_geometric_copies_keep_the_middle_where_it_was():
    """Turns, stretches, shears and zooms are about the centre: a bright dot there stays there."""
    square = np.zeros((224, 224, 3), np.uint8)
    square[104:120, 104:120] = 255
    for variant in ("rot20+", "wide", "tall", "shear+", "shear-", "zoomout"):
        copy = augment(square, variant)
        assert copy[108:116, 108:116].min() > 200, variant
        assert copy[:40, :40].max() == 0, variant


def test_default_copies_are_candidates_and_unknown_names_are_refused():
    assert set(DEFAULT) <= set(CANDIDATES) and augment(np.zeros((8, 8, 3), np.uint8), "") is not None
    with pytest.raises(ValueError):
        augment(np.zeros((8, 8, 3), np.uint8), "sideways")

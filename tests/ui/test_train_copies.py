"""Recorded pictures and their augmented copies are embedded in the background (in the helper process, not by the
recorder), with a line that shows how far it is."""

import re

from app.ml.embeddings import EmbeddingCache
from app.ml.train import variants
from tests.ui.test_studio import record


def test_copies_are_prepared_in_the_background_and_the_line_shows_it(qtbot, window):
    studio = window.pages["studio"]
    qtbot.waitUntil(lambda: window.ctx.backbone.embedder is not None, timeout=60000)
    assert studio.add_class("fist")
    project = window.ctx.project
    project.settings.augment = False  # no copies while recording (the test starts that work itself): the pictures only
    for name in ("fist", "palm"):
        if name != "fist":
            assert studio.add_class(name)
        studio.show_demo(name)
        qtbot.wait(100)
        record(qtbot, studio, name, 8)
    paths = [p for _, p in project.all_samples()]
    cache = EmbeddingCache(project.path, window.ctx.backbone.embedder)
    qtbot.waitUntil(lambda: not studio.panel.copies_slot.busy and cache.pending(paths, [""]) == [], timeout=60000)
    assert studio.panel.copies.text() == ""

    project.settings.augment = True
    kinds = variants(project.settings)
    assert cache.pending(paths, kinds) == paths
    studio.panel.prepare_copies(window.ctx)
    # a late "pictures added" (their listing runs on a worker) may start it again: the newest run speaks, for the
    # pictures still without copies
    line = studio.panel.copies
    qtbot.waitUntil(lambda: re.fullmatch(r"Copies for training: \d+ of \d+", line.text()) is not None, timeout=60000)
    assert 0 < int(line.text().rsplit(" ", 1)[1]) <= len(paths)
    qtbot.waitUntil(lambda: line.text() == "", timeout=120000)  # the last progress (all done) empties it
    assert cache.pending(paths, kinds) == []

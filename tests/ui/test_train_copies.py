"""The augmented copies of new pictures are embedded in the background, with a line that shows how far it is."""

from app.ml.embeddings import EmbeddingCache
from app.ml.train import variants
from tests.ui.test_studio import record


def test_copies_are_prepared_in_the_background_and_the_line_shows_it(qtbot, window):
    studio = window.pages["studio"]
    qtbot.waitUntil(lambda: window.ctx.backbone.embedder is not None, timeout=60000)
    assert studio.add_class("fist")
    project = window.ctx.project
    project.settings.augment = False  # nothing to prepare while recording: the test starts the work itself
    for name in ("fist", "palm"):
        if name != "fist":
            assert studio.add_class(name)
        studio.show_demo(name)
        qtbot.wait(100)
        record(qtbot, studio, name, 8)
    paths = [p for _, p in project.all_samples()]
    cache = EmbeddingCache(project.path, window.ctx.backbone.embedder)
    assert studio.panel.copies.text() == "" and not studio.panel.copies_slot.busy

    project.settings.augment = True
    kinds = variants(project.settings)
    assert cache.pending(paths, kinds) == paths
    studio.panel.prepare_copies(window.ctx)
    line = studio.panel.copies  # (a late "pictures added" may start it again: the newest run speaks)
    qtbot.waitUntil(lambda: f"of {len(paths)}" in line.text(), timeout=60000)
    qtbot.waitUntil(lambda: line.text() == "", timeout=120000)  # the last progress (all done) empties it
    assert cache.pending(paths, kinds) == []

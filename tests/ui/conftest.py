import pytest


@pytest.fixture
def window(qtbot, qapp, data_dir):
    """The real main window, offscreen, on the demo camera, with the backbone loading as in the app."""
    from app.ui.main import build_window

    ctx, win = build_window(qapp, "en", "demo")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    ctx.backbone.start()
    yield win
    win.close()
    ctx.backbone.wait(30)

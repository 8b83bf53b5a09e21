import subprocess
import sys
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "app" / "ui" / "translations"


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """Compile the .ts sources to .qm (as scripts/install.sh does), so the tests see the current texts."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in TRANSLATIONS.glob("*.ts"):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


@pytest.fixture
def camera_consent(data_dir):
    """Consent to the camera recorded for the whole PC before the window opens, as after the first-run dialog.
    Tests of the camera gate use ``no_consent`` (a window where nobody has agreed yet) instead."""
    from app.storage import consent

    return consent.record_consent("student", "en")


@pytest.fixture
def teacher_pin(data_dir):
    """The teacher chose to go on without a PIN (tests of the PIN delete or replace ``teacher/pin.json``)."""
    from app.lessons import pin

    pin.skip()


@pytest.fixture
def window(qtbot, qapp, data_dir, camera_consent, teacher_pin):
    """The real main window, offscreen, on the demo camera, with the backbone loading as in the app."""
    from app.ui.main import build_window

    ctx, win = build_window(qapp, "en", "demo")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    ctx.backbone.start()
    yield win
    ctx.languages.set("en")  # no translator may outlive its test
    win.close()
    ctx.backbone.wait(30)

"""Languages: complete Kazakh and Russian translations, switching at run time, the system locale, and a
pseudo-locale (every string ~40% longer) that must not clip text or widen the window beyond a lab screen."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "app" / "ui" / "translations"
BIN = Path(sys.executable).parent
LAB_SCREEN = (1280, 800)
PROJECTOR = (1280, 720)


def clipped_pages(qtbot, window) -> dict[str, list[str]]:
    """Every page shown in turn; what is cut off on each."""
    from tests.ui.layout_check import clipped

    problems = {}
    for key in window.PAGES:
        window.show_page(key)
        qtbot.wait(50)
        if found := clipped(window):
            problems[key] = found
    return problems


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name") or "", m.findtext("source")): m.find("translation")
            for c in root.iter("context") for m in c.iter("message")}


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory):
    """The strings in the code now, extracted the way scripts/update-translations.sh does."""
    out = tmp_path_factory.mktemp("ts") / "current.ts"
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(out)],
                   check=True)
    return set(messages(out))


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_string_is_translated(lang, fresh_sources):
    ts = messages(TRANSLATIONS / f"oyla_{lang}.ts")
    missing = sorted(fresh_sources - set(ts))
    assert not missing, f"{len(missing)} strings not in oyla_{lang}.ts (run scripts/update-translations.sh): " \
                        f"{missing[:5]}"
    unfinished = sorted(key for key in fresh_sources
                        if ts[key].get("type") in ("unfinished", "vanished", "obsolete")
                        or not "".join(ts[key].itertext()).strip())
    assert not unfinished, f"{len(unfinished)} unfinished in oyla_{lang}.ts: {unfinished[:5]}"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_placeholders_survive_translation(lang):
    import re

    pattern = re.compile(r"%\d|%n|\{[a-z_]+\}")
    for (context, source), translation in messages(TRANSLATIONS / f"oyla_{lang}.ts").items():
        texts = [t.text or "" for t in translation.iter("numerusform")] or [translation.text or ""]
        for text in texts:
            if text:
                assert sorted(pattern.findall(text)) == sorted(pattern.findall(source)), (context, source, text)


def test_switching_language_redraws_without_restart(qtbot, window):
    expected = {lang: messages(TRANSLATIONS / f"oyla_{lang}.ts")[("MainWindow", "Studio")].text
                for lang in ("kk", "ru")}
    try:
        for lang in ("ru", "kk"):
            window.set_language(lang)
            qtbot.waitUntil(lambda lang=lang: window.nav_buttons["studio"].text() == expected[lang], timeout=3000)
            assert window.pages["studio"].panel.train.text() != "Train the model"
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: window.nav_buttons["studio"].text() == "Studio", timeout=3000)
    assert window.pages["studio"].panel.train.text() == "Train the model"


@pytest.mark.parametrize(("locale", "expected"), [("kk_KZ", "kk"), ("ru_RU", "ru"), ("de_DE", "en")])
def test_first_language_follows_the_system(locale, expected):
    from PySide6.QtCore import QLocale

    from app.ui.common.i18n import system_language

    old = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        assert system_language() == expected
    finally:
        QLocale.setDefault(old)


def test_pseudo_locale_fits_a_lab_screen_without_clipping(qtbot, qapp, window):
    """Pages may scroll down on a small screen, but never sideways, and no text may be cut off."""
    from app.ui.common.i18n import retranslate_all
    from tests.ui.pseudo import PseudoTranslator

    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    retranslate_all()
    try:
        window.resize(*LAB_SCREEN)
        problems = clipped_pages(qtbot, window)
        assert window.nav_buttons["studio"].text().startswith("[")  # the pseudo-locale really was on
        assert not problems, problems
    finally:
        qapp.removeTranslator(translator)
        retranslate_all()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_real_translations_fit_without_clipping(qtbot, window, lang):
    import numpy as np


    studio = window.pages["studio"]
    for name in ("fist", "palm"):
        studio.add_class(name)
        window.ctx.project.add_sample(name, np.zeros((224, 224, 3), np.uint8))
    studio._rebuild()
    window.resize(*LAB_SCREEN)
    try:
        window.set_language(lang)
        problems = clipped_pages(qtbot, window)
        assert not problems, problems
    finally:
        window.set_language("en")


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_projector_mode_is_remembered_and_clips_nothing(qtbot, window, lang):
    """Large text on a 1280×720 projector: every page in every language, nothing cut off."""
    from app.storage.settings import load_settings
    from app.ui.common import theme

    window.resize(*PROJECTOR)
    window.set_language(lang)
    window.large_action.setChecked(True)
    window.contrast_action.setChecked(True)
    try:
        assert f"{theme.base_font_size(True)}pt" in window.ctx.languages.app.styleSheet()
        assert theme.base_font_size(True) > theme.base_font_size(False) + 3
        saved = load_settings()
        assert saved.large_text and saved.high_contrast
        problems = clipped_pages(qtbot, window)
        assert not problems, problems
    finally:
        window.large_action.setChecked(False)
        window.contrast_action.setChecked(False)
        window.set_language("en")

"""Languages: Qt translators for Kazakh and Russian (English is the source), switched at run time.

Widgets put their texts in a ``retranslate()`` method and call it once when built; ``Languages.set`` calls it on
every live widget that has one (the one way texts follow a language switch).
Core errors carry English text marked for the ``errors`` context; ``error_text`` translates them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.errors import OylaError
from app.resources import translations_dir

LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}


def system_language() -> str:
    name = QLocale().name().split("_")[0]  # the default locale: the system one unless the app set another
    return name if name in LANGUAGES else "en"


def error_text(error: OylaError) -> str:
    text = QCoreApplication.translate(error.context, error.message)
    try:
        return text.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return str(error)


class Languages:
    """Installs the translator for one language at a time."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.current = "en"
        self._translator: QTranslator | None = None

    def set(self, code: str) -> bool:
        if code not in LANGUAGES:
            code = "en"
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
            self._translator = None
        ok = True
        if code != "en":
            translator = QTranslator(self.app)
            ok = translator.load(str(translations_dir() / f"oyla_{code}.qm"))
            if ok:
                self.app.installTranslator(translator)
                self._translator = translator
        self.current = code
        retranslate_all()
        return ok


def retranslate_all() -> None:
    """Calls ``retranslate()`` on every live widget that defines one (Qt's own widgets follow by LanguageChange)."""
    for widget in QApplication.allWidgets():
        method = getattr(widget, "retranslate", None)
        if callable(method):
            method()

"""Errors the student may see, with messages that the UI translates.

Core packages stay free of Qt, so they mark user-facing text with ``QT_TRANSLATE_NOOP`` (a plain
function here with the name Qt's lupdate looks for). The UI translates ``error.message`` in the
``"errors"`` context and then fills in ``error.params``; the CLI prints the English text.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    """Mark ``text`` for translation in ``context`` without translating it now."""
    return text


class OylaError(Exception):
    """A problem the user can understand and act on. ``message`` is English with ``{name}`` fields."""

    context = "errors"

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(self.__str__())

    def __str__(self) -> str:
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message


class Cancelled(OylaError):
    """Long work stopped because the user asked."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Cancelled."))


def error_to_dict(exc: Exception) -> dict:
    """An error as plain data, to pass from a helper process to the window (``error_from_dict`` rebuilds it): an
    ``OylaError`` with its message and fields, anything else as a bug with its traceback."""
    if not isinstance(exc, OylaError):
        import traceback

        return {"kind": "bug", "message": "".join(traceback.format_exception(exc))}
    return {"kind": "oyla", "type": f"{type(exc).__module__}.{type(exc).__qualname__}", "message": exc.message,
            "params": {key: str(value) for key, value in exc.params.items()}}


def error_from_dict(error: dict, bug: type[Exception] = RuntimeError) -> Exception:
    """The exception for ``error_to_dict``'s data: the same ``OylaError`` class when it is one of the app's
    (else ``OylaError``), so it is translated as usual; ``{"kind": "bug", "message": traceback}`` gives ``bug``."""
    if error["kind"] != "oyla":
        return bug(error["message"])
    import importlib

    module, _, name = error["type"].rpartition(".")
    cls = OylaError
    if module.startswith("app."):
        found = getattr(importlib.import_module(module), name, None)
        if isinstance(found, type) and issubclass(found, OylaError):
            cls = found
    exc = cls.__new__(cls)
    OylaError.__init__(exc, error["message"], **error["params"])
    return exc

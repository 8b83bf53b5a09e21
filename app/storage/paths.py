"""Where Oyla keeps user data: one folder per machine user, chosen by platformdirs.

``OYLA_DATA_DIR`` overrides it (tests). A portable install (the classroom bundle's ``install --portable`` on a USB
stick) puts a ``oyla-portable.txt`` marker into its virtualenv; the data folder is then ``OylaData`` beside that
virtualenv, on the stick. Nothing is computed at import.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

ENV_VAR = "OYLA_DATA_DIR"
CACHE_ENV_VAR = "OYLA_CACHE_DIR"
PORTABLE_MARKER = "oyla-portable.txt"
PORTABLE_DATA = "OylaData"


def portable_data_dir() -> Path | None:
    """``<folder of the virtualenv>/OylaData`` when this Python is a portable install, else None."""
    prefix = Path(sys.prefix)
    return prefix.parent / PORTABLE_DATA if (prefix / PORTABLE_MARKER).is_file() else None


def data_dir() -> Path:
    """The root of everything Oyla stores; created on first use."""
    override = os.environ.get(ENV_VAR)
    root = Path(override) if override else portable_data_dir() or platformdirs.user_data_path("Oyla", appauthor=False)
    root.mkdir(parents=True, exist_ok=True)
    return root


def cache_dir() -> Path:
    """Derived files that can be rebuilt (the ONNX backbone); inside the data folder so one delete removes all.

    ``OYLA_CACHE_DIR`` moves it (the test suite shares one exported backbone across tests this way).
    """
    override = os.environ.get(CACHE_ENV_VAR)
    path = Path(override) if override else data_dir() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


def subdir(name: str) -> Path:
    """A named folder inside the data folder (``projects``, ``packs``, ``students`` …), created on use."""
    path = data_dir() / name
    path.mkdir(parents=True, exist_ok=True)
    return path

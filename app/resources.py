"""Where Oyla's shipped data lives, in a source checkout and in an installed wheel (one place for both).

A source checkout keeps the built-in lesson packs in ``lessons/`` and the icons in ``assets/`` at the top of the
repository. The wheel's build (setup.py) copies both into the package as ``app/_data/lessons`` and
``app/_data/assets`` and compiles the translations to ``app/ui/translations/*.qm`` (in a checkout
``scripts/install.sh`` compiles them in place). The firmware ``.hex`` and the kit files
(``app/robot/kits``) are package data in both.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent  # .../app
SHIPPED = PACKAGE / "_data"  # only in an installed wheel
CHECKOUT = PACKAGE.parent  # the repository root, when pyproject.toml is there


def _folder(name: str) -> Path | None:
    candidates = [SHIPPED / name]
    if (CHECKOUT / "pyproject.toml").is_file():  # never pick up a stray site-packages/lessons of another package
        candidates.append(CHECKOUT / name)
    return next((c for c in candidates if c.is_dir()), None)


def builtin_packs_dir() -> Path | None:
    """The folder holding the built-in lesson packs (one sub-folder per pack), or None if none were shipped."""
    return _folder("lessons")


def assets_dir() -> Path | None:
    """The folder with the app's icons (``oyla.svg``, ``oyla-256.png``, ``oyla.ico`` …), or None."""
    return _folder("assets")


def asset(name: str) -> Path | None:
    """One file from ``assets/`` (e.g. ``asset("oyla.svg")``), or None when it is not there."""
    folder = assets_dir()
    path = folder / name if folder is not None else None
    return path if path is not None and path.is_file() else None


def translations_dir() -> Path:
    """The folder with the compiled Qt translations ``oyla_<code>.qm``."""
    return PACKAGE / "ui" / "translations"


def firmware_hex() -> Path:
    """The Oyla firmware flashed by Upload firmware (built by ``make -C firmware bundle``; one file for all kits)."""
    return PACKAGE / "robot" / "firmware" / "oyla_bot.hex"


"""Build hook (the rest is in pyproject.toml): a wheel of Oyla carries everything the installed app needs.

``build_py`` copies the built-in lesson packs (``lessons/``) and the icons (``assets/``) into the package as
``app/_data/`` and compiles the Qt translations ``app/ui/translations/*.ts`` to ``.qm`` with PySide6's lrelease
(PySide6-Essentials is in ``build-system.requires``). ``app/resources.py`` finds both layouts. An editable install
(``pip install -e .``) skips this: a checkout uses ``lessons/`` and ``assets/`` in place, and ``scripts/install.sh``
compiles the ``.qm`` files next to their sources.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA_FOLDERS = ("lessons", "assets")


def lrelease() -> Path:
    spec = importlib.util.find_spec("PySide6")  # found, not imported
    if spec is None or spec.origin is None:
        raise SystemExit("building Oyla needs PySide6-Essentials (to compile the translations); "
                         "use build isolation or install it first")
    for name in ("lrelease", "lrelease.exe"):
        tool = Path(spec.origin).parent / name
        if tool.is_file():
            return tool
    raise SystemExit(f"PySide6 has no lrelease in {Path(spec.origin).parent}")


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        package = Path(self.build_lib) / "app"
        for name in DATA_FOLDERS:
            target = package / "_data" / name
            shutil.rmtree(target, ignore_errors=True)  # no stale files from an earlier build
            if (ROOT / name).is_dir():
                shutil.copytree(ROOT / name, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))
        sources = sorted((ROOT / "app" / "ui" / "translations").glob("*.ts"))
        if not sources:
            raise SystemExit("no translations (app/ui/translations/*.ts) to compile")
        out = package / "ui" / "translations"
        out.mkdir(parents=True, exist_ok=True)
        tool = lrelease()
        for ts in sources:
            subprocess.run([str(tool), "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")], check=True)


setup(cmdclass={"build_py": BuildWithData})

"""The wheel is complete: installed NON-editable into a fresh venv, the app finds its packs, translations,
firmware and icons, and the ``oyla`` command works.

The wheel is built from this checkout with the test venv's setuptools and PySide6 (``--no-build-isolation``: no
downloads). The fresh venv gets only the Oyla wheel; its dependencies are borrowed from the test venv through a
``.pth`` line (a plain path line: the test venv's own ``.pth`` files, including the editable install of this
checkout, are not processed), so nothing from the checkout can be imported. tests/packaging/test_bundle.py
installs the dependencies for real, offline, from the bundle.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("probe.py")


SKIP = shutil.ignore_patterns(".git", ".venv*", "build", "dist", "__pycache__", "*.egg-info", "*.qm", ".*_cache")


def build_wheel(work: Path) -> Path:
    """Build from a copy of the work tree (as a fresh clone would; the shared checkout gets no build/ folder)."""
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=SKIP)
    shutil.rmtree(source / "firmware" / "build", ignore_errors=True)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index",
                    "-w", str(work / "dist"), str(source)], check=True, cwd=work)
    (wheel,) = (work / "dist").glob("oyla-*.whl")
    return wheel


def translation(code: str, context: str, source: str) -> str:
    """The translation in the checkout's .ts source, which the wheel's compiled .qm must give back."""
    root = ElementTree.parse(ROOT / "app" / "ui" / "translations" / f"oyla_{code}.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation")
    raise KeyError(source)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    work = tmp_path_factory.mktemp("wheel")
    wheel = build_wheel(work)
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "borrowed-deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
                    "--no-index", str(wheel)], check=True)
    env = {**os.environ, "OYLA_DATA_DIR": str(work / "data"), "OYLA_CACHE_DIR": str(work / "cache"),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    return wheel, venv, site, env, work


def test_wheel_holds_the_shipped_data(installed):
    wheel = installed[0]
    names = zipfile.ZipFile(wheel).namelist()
    assert "app/_data/lessons/first-steps/pack.yaml" in names
    assert {"app/ui/translations/oyla_kk.qm", "app/ui/translations/oyla_ru.qm"} <= set(names)
    assert "app/robot/firmware/oyla_bot.hex" in names
    assert {"app/robot/kits/car.json", "app/robot/kits/arm.json", "app/robot/kits/lights.json"} <= set(names)
    assert not [n for n in names if n.startswith(("tests/", "benchmarks/", "lessons/")) or n.endswith(".ts")]


def test_installed_app_finds_packs_translations_and_firmware(installed):
    wheel, venv, site, env, work = installed
    out = subprocess.run([str(venv / "bin" / "python"), str(PROBE), "--qt"], check=True, capture_output=True,
                         text=True, cwd=work, env=env, timeout=120).stdout
    found = json.loads(out.splitlines()[-1])
    assert Path(found["app"]) == site / "app", "the probe imported Oyla from somewhere else than the wheel"
    assert {"id": "first-steps", "builtin": True, "ok": True, "lessons": 10} in found["packs"]
    assert found["firmware"] and found["firmware_bytes"] > 1000
    assert found["icon"].startswith(str(site))
    for code in ("kk", "ru"):
        assert found["languages"][code] == {"loaded": True, "Lessons": translation(code, "MainWindow", "Lessons")}


def test_installed_oyla_command(installed):
    wheel, venv, site, env, work = installed
    shown = subprocess.run([str(venv / "bin" / "oyla"), "--help"], check=True, capture_output=True, text=True,
                           cwd=work, env=env, timeout=120).stdout
    assert "usage: oyla" in shown and "pack" in shown
    checked = subprocess.run([str(venv / "bin" / "oyla"), "pack", "validate",
                              str(site / "app" / "_data" / "lessons" / "first-steps")],
                             capture_output=True, text=True, cwd=work, env=env, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr

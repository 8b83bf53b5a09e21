"""The classroom bundle, Linux part: built from the wheel cache, installed with NO network (``unshare -n``) into a
folder whose path has Cyrillic letters and spaces, then used like a class would: the built-in pack is listed, a
project is made, trained and asked on generated pictures, and the main window comes up in Kazakh. Bad input: a
bundle without its wheels, a Python the bundle has no wheels for, a folder that cannot be written, and a broken
second install, which must leave the first one working.

Needs root for ``unshare -n`` (CI and this machine run as root); skipped elsewhere. Takes ~2 minutes, most of it
the one real install (pip unpacking torch & co.).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from tests.packaging.test_wheel import translation

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("probe.py")


def _offline_ok() -> bool:
    try:
        return subprocess.run(["unshare", "-n", "true"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux") or not _offline_ok(),
                                 reason="needs Linux and unshare -n (root)")]


def clean_env(home: Path) -> dict[str, str]:
    """A teacher's environment: no pip settings of this machine, a fresh HOME, no display."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "OYLA_", "XDG_", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH="")
    return env


def offline(args, env, cwd, check=True, timeout=600):
    """Run with no network at all (a new, empty network namespace)."""
    done = subprocess.run(["unshare", "-n", *map(str, args)], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0 or not check, f"{args}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bundle") / "Oyla бума"
    started = time.monotonic()
    subprocess.run(["bash", str(ROOT / "scripts" / "build-bundle.sh"), "--linux-only", str(out)], check=True,
                   timeout=1800, cwd=ROOT)
    print(f"bundle (Linux part) built in {time.monotonic() - started:.0f} s")
    return out


@pytest.fixture(scope="module")
def installed(bundle, tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    target = home / "Жұмыс үстелі" / "Oyla мектеп"
    env = clean_env(home)
    command = ["bash", bundle / "install.sh", "--target", target]
    trace = home / "strace.log"
    if shutil.which("strace"):  # every connect/send of every process, to show there is not one network attempt
        command = ["strace", "-f", "-qq", "--seccomp-bpf", "-e", "trace=connect,sendto,sendmsg", "-e", "signal=none",
                   "-o", trace, *command]
    started = time.monotonic()
    done = offline(command, env, home)
    print(f"offline install in {time.monotonic() - started:.0f} s")
    calls = trace.read_text(errors="replace").splitlines() if trace.exists() else []
    attempts = [line for line in calls if re.search(r"sa_family=AF_INET6?\b", line)]
    assert not attempts, attempts[:5]
    return home, target, env, done.stdout


def copy_bundle(bundle: Path, where: Path) -> Path:
    """A cheap copy (hard links) to damage; replace a file with a new one before changing it."""
    copy = where / "Oyla copy"
    shutil.copytree(bundle, copy, copy_function=os.link)
    return copy


def test_bundle_holds_the_locked_linux_wheels(bundle):
    files = bundle / "files"
    assert (files / "linux" / "requirements.txt").read_text() == (ROOT / "requirements/app-linux-py311.txt").read_text()
    assert (files / "linux" / "pythons.txt").read_text().split() == ["3.11"]
    assert len(list(files.glob("oyla-*-py3-none-any.whl"))) == 1
    checked = subprocess.run([sys.executable, ROOT / "scripts/check-wheelhouse.py", files / "linux", "--platform",
                              "linux", "--python", "3.11"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "28/28" in checked.stdout or "locked requirements have a wheel" in checked.stdout
    assert bundle.with_name(bundle.name + ".zip").stat().st_size > 100 * 2**20
    assert not (bundle / "install.bat").exists()  # --linux-only


def test_offline_install_works_end_to_end(installed, tmp_path):
    home, target, env, output = installed
    python = target / "venv" / "bin" / "python"
    assert "Oyla 0.1.0 is installed" in output
    assert not list(target.glob("venv-*")), "a temporary virtualenv was left behind"
    entry = (home / ".local/share/applications/oyla.desktop").read_text(encoding="utf-8")
    assert f'Exec="{python}" -m app' in entry and "Icon=" + str(target / "venv") in entry

    data = tmp_path / "data"
    env = {**env, "OYLA_DATA_DIR": str(data)}
    shot = tmp_path / "kk.png"
    found = json.loads(offline([python, PROBE, "--window", shot], env, tmp_path).stdout.splitlines()[-1])
    assert found["app"].startswith(str(target / "venv"))
    assert {"id": "first-steps", "builtin": True, "ok": True, "lessons": 10} in found["packs"]
    assert found["window"]["visible"] and found["window"]["screenshot"]
    assert translation("kk", "MainWindow", "Lessons") in found["window"]["buttons"]
    assert shot.stat().st_size > 10_000

    # new / train / predict on generated pictures (red discs and blue squares), with no network
    import cv2

    rng = np.random.default_rng(1)
    pictures, unseen = tmp_path / "pictures", []
    for label in ("red", "blue"):
        (pictures / label).mkdir(parents=True)
        for i in range(12):
            image = np.full((160, 160, 3), rng.integers(200, 255), np.uint8)
            x, y, r = (int(v) for v in rng.integers(50, 110, 3) // [1, 1, 3])
            if label == "red":
                cv2.circle(image, (x, y), r + 20, (40, 40, 220), -1)
            else:
                cv2.rectangle(image, (x - r - 15, y - r - 15), (x + r + 15, y + r + 15), (220, 60, 40), -1)
            path = pictures / label / f"{i}.png" if i < 10 else tmp_path / f"{label}-{i}.png"  # 2 kept back
            cv2.imwrite(str(path), image)
            unseen += [(label, path)] if i >= 10 else []
    project = tmp_path / "Менің жобам"
    offline([python, "-m", "app", "new", project, "--from-folder", pictures], env, tmp_path)
    offline([python, "-m", "app", "train", project, "--epochs", "30"], env, tmp_path)
    answer = offline([python, "-m", "app", "predict", project, *(p for _, p in unseen), "--json"], env, tmp_path).stdout
    assert [row["label"] for row in json.loads(answer)] == [label for label, _ in unseen], answer
    shown = offline([target / "venv" / "bin" / "python", "-m", "app", "--lang", "kk", "--camera", "demo"],
                    {**env, "OYLA_EXIT_AFTER_SHOW": "1"}, tmp_path, timeout=120).stdout
    assert "window shown after" in shown


def test_broken_second_install_keeps_the_first(installed, bundle, tmp_path):
    home, target, env, _ = installed
    copy = copy_bundle(bundle, tmp_path)
    wheel = next((copy / "files" / "linux").glob("pyserial-*.whl"))
    data = wheel.read_bytes()
    wheel.unlink()  # a new file, not a write through the hard link into the real bundle
    wheel.write_bytes(data[:-100])  # a damaged copy on the stick: its hash no longer matches the lock
    failed = offline(["bash", copy / "install.sh", "--target", target], env, tmp_path, check=False)
    assert failed.returncode != 0
    assert "NOT installed" in failed.stderr and "ничего не изменено" in failed.stderr
    assert not list(target.glob("venv-*"))
    still = offline([target / "venv" / "bin" / "python", "-c", "import app.resources, serial; print('ok')"],
                    env, tmp_path)
    assert still.stdout.strip() == "ok"


@pytest.mark.parametrize("damage", ["no wheels", "wrong python", "cannot write"])
def test_bad_bundle_or_place_explains_in_three_languages(bundle, tmp_path, damage):
    copy = copy_bundle(bundle, tmp_path)
    target = tmp_path / "Oyla"
    if damage == "no wheels":
        shutil.rmtree(copy / "files" / "linux")
        words = "Copy the WHOLE Oyla folder"
    elif damage == "wrong python":
        (copy / "files" / "linux" / "pythons.txt").unlink()
        (copy / "files" / "linux" / "pythons.txt").write_text("3.99\n")
        words = "Oyla needs Python 3.99"
    else:
        target = Path("/proc/oyla-cannot-be-here")
        words = "Cannot write to"
    failed = offline(["bash", copy / "install.sh", "--target", target], clean_env(tmp_path), tmp_path, check=False)
    assert failed.returncode == 1
    assert words in failed.stderr and "  RU: " in failed.stderr and "  KK: " in failed.stderr, failed.stderr
    assert not target.exists()


def test_uninstall_keeps_pupils_data(installed, tmp_path):
    home, target, env, _ = installed
    data = home / ".local/share/Oyla"
    data.mkdir(parents=True, exist_ok=True)
    (data / "keep.txt").write_text("a pupil's work")
    done = subprocess.run(["bash", target / "uninstall.sh"], env=env, capture_output=True, text=True, check=True)
    assert "Oyla was removed" in done.stdout
    assert not target.exists() and not (home / ".local/share/applications/oyla.desktop").exists()
    assert (data / "keep.txt").read_text() == "a pupil's work"

"""No network, proven at the system-call level: the app's real long-lived paths run under ``strace -f`` and any
internet socket, connection or name lookup from any code (Python or native: onnxruntime, Qt, OpenCV, torch) fails
the test. ``tests/netguard.py`` only sees Python's socket module; this sees everything the processes ask the kernel.

The traced processes run in a network namespace with no network (``unshare -n``) where that is allowed, so even a
regression sends nothing anywhere. ``ORT_DISABLE_TELEMETRY`` is removed from their environment: the app must set it
itself.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import write_demo_folder
from tests.lessons.packfactory import make_pack

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

# Internet sockets and connections (IPv4, IPv6), and systemd-resolved's socket (used only for host names). nscd's
# socket is not counted: glibc asks it for user and group names too (Qt does at start-up); a host-name lookup it
# cannot answer (there is no nscd here) goes on to an AF_INET socket to port 53, which is counted.
NETWORK = re.compile(r"AF_INET6?\b|/run/systemd/resolve")


def _no_network_prefix() -> list[str]:
    """``unshare -n`` when this user may make a network namespace (root here), else nothing."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        return [unshare, "-n"]
    return []


def traced(args: list[str], env: dict, tmp_path: Path, timeout: float = 300) -> tuple[str, list[str]]:
    """Run ``args`` under strace -f (socket-related calls only); (output, network system calls seen)."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.fail("strace is missing: scripts/install.sh test installs it")
    log = tmp_path / f"strace-{len(list(tmp_path.glob('strace-*')))}.txt"
    command = [*_no_network_prefix(), strace, "-f", "-qq", "--seccomp-bpf", "-o", str(log),
               "-e", "trace=socket,connect,sendto,sendmsg,bind", *args]
    done = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-3000:]
    calls = log.read_text(encoding="utf-8", errors="replace").splitlines()
    return output, [line for line in calls if NETWORK.search(line)]


@pytest.fixture
def child_env(tmp_path, shared_cache, embedder) -> dict:
    """The environment of a traced process: its own data folder, the test run's ONNX cache, no telemetry switch."""
    env = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    env.update(OYLA_DATA_DIR=str(tmp_path / "data"), OYLA_CACHE_DIR=str(shared_cache), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(REPO))
    return env


def test_the_tracer_sees_a_native_name_lookup(tmp_path, child_env):
    """The check can fail: a name lookup made by C code (libc's getaddrinfo through ctypes, not Python's socket
    module) is seen."""
    code = ("import ctypes, ctypes.util; libc = ctypes.CDLL(ctypes.util.find_library('c')); "
            "res = ctypes.c_void_p(); libc.getaddrinfo(b'example.invalid', b'443', None, ctypes.byref(res))")
    _output, calls = traced([sys.executable, "-c", code], child_env, tmp_path)
    assert calls, "a native DNS lookup was not seen"


def test_window_with_the_embedder_idle_opens_no_network(tmp_path, child_env):
    """The window on the demo camera with live prediction, then the embedder loaded and idle for 20 s (onnxruntime's
    telemetry used to start 7–9 s after a session opened)."""
    pictures = write_demo_folder(tmp_path / "pictures", per_class=6)
    project = tmp_path / "signs"
    app = [sys.executable, "-m", "app"]
    for step in (["new", str(project), "--from-folder", str(pictures)], ["train", str(project), "--epochs", "5"]):
        subprocess.run(app + step, env=child_env, cwd=REPO, check=True, capture_output=True, timeout=300)
    output, calls = traced([sys.executable, "-m", "tests.privacy.netprobe_window", str(project), "22"],
                           child_env, tmp_path)
    assert calls == [], "\n".join(calls[:20])
    seen = re.search(r"embedder idle ([\d.]+) s, frames (\d+), predictions (\d+)", output)
    assert seen, output[-3000:]
    idle, frames, predictions = float(seen[1]), int(seen[2]), int(seen[3])
    assert idle >= 20 and frames > 0 and predictions > 0, output[-3000:]


def test_command_line_paths_open_no_network(tmp_path, child_env):
    """Import a picture folder, train, evaluate, predict, export to ONNX, build and import a lesson pack, check a
    message for personal data (exit code 1: something was found)."""
    pictures = write_demo_folder(tmp_path / "pictures", per_class=8)
    project, onnx, pack = tmp_path / "signs", tmp_path / "signs.onnx", tmp_path / "pack.zip"
    folder = make_pack(tmp_path / "packs")
    script = " && ".join(f"{sys.executable} -m app {step}" for step in (
        f"new '{project}' --from-folder '{pictures}'",
        f"train '{project}' --epochs 5",
        f"evaluate '{project}' --json",
        f"predict '{project}' '{next((pictures / 'fist').iterdir())}' --json",
        f"export '{project}' --onnx '{onnx}'",
        f"pack build '{folder}' '{pack}'",
        f"pack import '{pack}'",
    ))
    script += f" && ({sys.executable} -m app share-check --json 'Менің телефоным +7 701 123 45 67' || [ $? -eq 1 ])"
    output, calls = traced(["bash", "-c", script], child_env, tmp_path)
    assert calls == [], "\n".join(calls[:20])
    assert onnx.stat().st_size > 1_000_000 and (project / "model").is_dir(), output[-2000:]
    assert any((Path(child_env["OYLA_DATA_DIR"]) / "packs").iterdir()), output[-2000:]
    assert '"kind": "phone"' in output, output[-2000:]

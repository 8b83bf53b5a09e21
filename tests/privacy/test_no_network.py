"""The app opens no network connection: the guard in tests/netguard.py fires, and the app's code does not trip it."""

from __future__ import annotations

import importlib
import importlib.util
import os
import pkgutil
import runpy
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import app
from tests.netguard import NetworkBlocked, take_attempts

REPO = Path(__file__).resolve().parents[2]


def test_connect_to_loopback_is_blocked():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        with pytest.raises(NetworkBlocked):
            sock.connect(("127.0.0.1", 9))
        with pytest.raises(NetworkBlocked):
            sock.connect_ex(("127.0.0.1", 9))
    assert len(take_attempts()) == 2


def test_connect_to_public_address_is_blocked():
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("93.184.216.34", 80), timeout=1)
    with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock, pytest.raises(NetworkBlocked):
        sock.connect(("2606:2800:220:1::", 80))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock, pytest.raises(NetworkBlocked):
        sock.sendto(b"x", ("8.8.8.8", 53))
    assert len(take_attempts()) == 3


def test_standard_library_http_is_blocked():
    import urllib.request

    with pytest.raises(NetworkBlocked):
        urllib.request.urlopen("http://example.org/", timeout=1)
    assert take_attempts()


def test_name_lookup_of_remote_host_is_blocked_but_localhost_resolves():
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(NetworkBlocked):
        socket.gethostbyname("example.org")
    assert len(take_attempts()) == 2
    assert socket.getaddrinfo("localhost", None)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no AF_UNIX sockets on this system")
def test_unix_sockets_stay_allowed(tmp_path):
    path = str(tmp_path / "s")
    if len(path) > 100:  # AF_UNIX paths are limited to ~108 bytes
        pytest.skip("temporary path too long for an AF_UNIX socket")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(path)
        server.listen(1)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.connect(path)
            conn, _ = server.accept()
            with conn:
                client.sendall(b"ok")
                assert conn.recv(2) == b"ok"


def test_swallowed_attempt_still_fails_the_test(tmp_path):
    """Code that catches the exception cannot hide the attempt: the test is failed afterwards."""
    (tmp_path / "test_inner.py").write_text(
        textwrap.dedent(
            """
            import socket

            def test_sneaky():
                try:
                    socket.create_connection(("10.0.0.1", 80), timeout=1)
                except Exception:
                    pass
            """
        )
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.netguard", "-p", "no:cacheprovider", "-q", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "tried to use the network" in result.stdout
    assert "1 failed" in result.stdout


def _app_module_names() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(app.__path__, prefix="app."):
        if info.name == "app.__main__":  # runs the CLI; exercised by the --help test below
            continue
        names.append(info.name)
    return names


def test_importing_every_app_module_opens_no_socket():
    has_qt = importlib.util.find_spec("PySide6") is not None
    imported = []
    for name in _app_module_names():
        if name.startswith("app.ui") and not has_qt:
            continue
        importlib.import_module(name)
        imported.append(name)
    assert "app.errors" in imported and "app.storage.paths" in imported


def test_cli_help_opens_no_socket(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["oyla", "--help"])
    with pytest.raises(SystemExit) as exit_info:
        runpy.run_module("app", run_name="__main__")
    assert exit_info.value.code in (0, None)
    assert "usage" in capsys.readouterr().out.lower()

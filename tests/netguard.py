"""Pytest plugin: the code under test may not touch the network.

Oyla promises that it never opens a network connection. While the test session runs (collection included),
every attempt to connect an AF_INET/AF_INET6 socket — even to 127.0.0.1 — and every name lookup for a host that
is not this machine raises ``NetworkBlocked``, and the attempt is recorded so that the test fails even if the code
under test swallows the exception. AF_UNIX sockets (Qt, X11, D-Bus) stay allowed.

Enabled from ``tests/conftest.py`` with ``pytest_plugins = ["tests.netguard"]``. Subprocesses are not covered.
"""

from __future__ import annotations

import socket

import pytest

_INET = (socket.AF_INET, socket.AF_INET6)
_LOCAL_NAMES = {"", "localhost", "localhost.localdomain", "ip6-localhost", "::1", "0.0.0.0", "::"}

_attempts: list[str] = []
_originals: dict[str, object] = {}


class NetworkBlocked(RuntimeError):
    """Raised instead of opening a network connection. Not an OSError, so ``except OSError`` will not hide it."""


def take_attempts() -> list[str]:
    """Return and forget the network attempts recorded so far (tests that provoke one on purpose call this)."""
    seen = list(_attempts)
    _attempts.clear()
    return seen


def _is_local(host: object) -> bool:
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip().lower().strip("[]")
    return host in _LOCAL_NAMES or host.startswith("127.")


def _block(what: str) -> None:
    _attempts.append(what)
    raise NetworkBlocked(f"network access attempted during tests: {what}")


def _guard_connect(name: str):
    original = getattr(socket.socket, name)

    def guarded(self, address, *args, **kwargs):
        if self.family in _INET:
            _block(f"socket.{name}({address!r})")
        return original(self, address, *args, **kwargs)

    _originals[f"socket.{name}"] = original
    return guarded


def _guard_sendto(self, data, *args):
    if self.family in _INET and args:
        _block(f"socket.sendto({args[-1]!r})")
    return _originals["socket.sendto"](self, data, *args)


def _guard_create_connection(address, *args, **kwargs):
    _block(f"socket.create_connection({address!r})")


def _guard_lookup(name: str):
    original = getattr(socket, name)

    def guarded(host, *args, **kwargs):
        if not _is_local(host):
            _block(f"socket.{name}({host!r})")
        return original(host, *args, **kwargs)

    _originals[name] = original
    return guarded


def install() -> None:
    """Patch the socket layer (idempotent)."""
    if _originals:
        return
    socket.socket.connect = _guard_connect("connect")
    socket.socket.connect_ex = _guard_connect("connect_ex")
    _originals["socket.sendto"] = socket.socket.sendto
    socket.socket.sendto = _guard_sendto
    _originals["create_connection"] = socket.create_connection
    socket.create_connection = _guard_create_connection
    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        setattr(socket, name, _guard_lookup(name))


def uninstall() -> None:
    for key, original in _originals.items():
        if key.startswith("socket."):
            setattr(socket.socket, key.removeprefix("socket."), original)
        else:
            setattr(socket, key, original)
    _originals.clear()


def pytest_configure(config) -> None:
    install()


def pytest_unconfigure(config) -> None:
    uninstall()


def _check(phase: str, item):
    take_attempts()
    try:
        return (yield)
    finally:
        attempts = take_attempts()
        if attempts:
            pytest.fail(f"{item.nodeid} tried to use the network during {phase}: " + "; ".join(attempts))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    return (yield from _check("setup", item))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    return (yield from _check("the test", item))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    return (yield from _check("teardown", item))

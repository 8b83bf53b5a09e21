"""The app's helper processes (training in ``app.ml.worker``, the camera in ``app.vision.live``): started with the
portable "spawn" method (Windows, macOS and Linux alike) and ended for sure."""

from __future__ import annotations

import multiprocessing
import os

ENV_KEYS = ("OYLA_DATA_DIR", "OYLA_CACHE_DIR")  # a child follows the caller's folders (tests change them)


def spawn(target, args: tuple, name: str) -> multiprocessing.Process:
    """Start ``target(*args)`` in a new daemon process (it ends with this one)."""
    process = multiprocessing.get_context("spawn").Process(target=target, args=args, name=name, daemon=True)
    process.start()
    return process


def env() -> dict[str, str | None]:
    """The caller's folder settings, sent with each request (``apply_env`` in the child)."""
    return {key: os.environ.get(key) for key in ENV_KEYS}


def apply_env(values: dict[str, str | None]) -> None:
    """In the child: use the folders the caller used (``env``)."""
    for key, value in values.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def end(process: multiprocessing.Process | None) -> None:
    """Make sure ``process`` is gone (killed if still running)."""
    if process is None:
        return
    if process.is_alive():
        process.kill()
    process.join(5)
    # not ``process.close()``: at exit, multiprocessing joins every child it still lists from its own atexit
    # hook, and a process closed meanwhile by a request's thread made that join raise; its pipes are closed
    # when the object is collected

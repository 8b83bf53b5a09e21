"""Diagnostics a teacher can hand on: a rotating log in the data folder, hooks so that no error dies silently,
and a problem-report zip. Qt-free: the app and the CLI both use it.

The log (``logs/oyla.log``, 1 MB × 3 old files) holds errors with tracebacks, the app's and libraries' versions
and the OS. It never holds pictures, and names are kept out of it: nothing logs a name on purpose, and every
line is scrubbed before it is written — student nicknames, project names and owners, the data folder and the
user's home folder (which often carries the user's real name) are replaced by placeholders.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import logging.handlers
import platform
import re
import sys
import threading
import traceback
import zipfile
from collections.abc import Callable
from datetime import datetime
from importlib import metadata
from pathlib import Path

from app import __version__
from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.storage import atomic, paths, reading

LOGGER = "app"  # the package: module loggers (logging.getLogger(__name__)) write to the log too
LOG_FILE = "oyla.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
REPEATS_LOGGED = 3  # the same error (type and place) is logged with its traceback this often, then only counted
LIBRARIES = ("PySide6-Essentials", "torch", "onnxruntime", "opencv-python-headless", "numpy", "PyYAML",
             "pyserial", "platformdirs", "safetensors", "markdown-it-py")
NAME = "«name»"

# What the hooks share: the log handler in use, who wants to hear about errors, errors seen so far.
_state: dict = {"handler": None, "listeners": [], "seen": {}, "announced": set()}
_lock = threading.Lock()


def log() -> logging.Logger:
    return logging.getLogger(LOGGER)


def log_dir() -> Path:
    return paths.subdir("logs")


def versions() -> dict[str, str]:
    """The app's, Python's and the libraries' versions and the OS (read from package metadata, no imports)."""
    found = {"oyla": __version__, "python": platform.python_version(), "os": platform.platform(),
             "machine": platform.machine()}
    for name in LIBRARIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


# --- keeping names out ------------------------------------------------------------------------------------------

def _read_json(path: Path) -> dict | None:
    """A JSON object from the data folder, or None (missing, damaged, a pipe in its place, absurdly nested)."""
    try:
        return reading.read_json_object(path)
    except OylaError:
        return None


def known_names() -> set[str]:
    """Names that must not reach a report: nicknames, project folder names, project names and owners (of the
    projects in the data folder and of the recently opened ones elsewhere)."""
    root = paths.data_dir()
    names: set[str] = set()
    project_folders = [p for p in (root / "projects").glob("*") if p.is_dir()]
    settings = _read_json(root / "settings.json")
    recent = settings.get("recent") if isinstance(settings, dict) else None
    project_folders += [Path(r) for r in recent if isinstance(r, str)] if isinstance(recent, list) else []
    for folder in project_folders:
        names.add(folder.name)
        data = _read_json(folder / "project.json")
        if isinstance(data, dict):
            names.update(str(data.get(key) or "") for key in ("name", "owner"))
    for profile in (root / "students").glob("*/profile.json"):
        data = _read_json(profile)
        if isinstance(data, dict):
            names.add(str(data.get("nickname") or ""))
    return {n.strip() for n in names if len(n.strip()) >= 2}


def scrub(text: str, names: set[str] | None = None) -> str:
    """``text`` with the data folder, the home folder and every known name replaced by placeholders."""
    folders = [(str(paths.data_dir()), "<data>"), (str(Path.home()), "~")]
    for folder, placeholder in folders:
        for form in {folder, folder.replace("\\", "/"), folder.replace("/", "\\")}:
            if len(form) > 1:
                text = text.replace(form, placeholder)
    for name in sorted(known_names() if names is None else names, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", NAME, text, flags=re.IGNORECASE)
    return text


class _ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        try:
            return scrub(super().format(record))
        except Exception:  # never lose the error because scrubbing failed; never write it unscrubbed either
            return f"{record.levelname} {record.name}: (a log line could not be cleaned of names)"


# --- the log and the hooks --------------------------------------------------------------------------------------

def setup(kind: str = "app") -> Path | None:
    """Log to ``logs/oyla.log`` in the data folder from now on (again after the data folder changed); writes the
    versions. Returns the file, or None when the folder cannot be written (then nothing is logged)."""
    logger = log()
    logger.setLevel(logging.INFO)
    try:
        path = log_dir() / LOG_FILE
        with _lock:
            old = _state["handler"]
            if old is not None and Path(old.baseFilename) == path.resolve():
                return path
            handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                           encoding="utf-8", delay=True)
            handler.setFormatter(_ScrubbingFormatter("%(asctime)s %(levelname)s %(threadName)s: %(message)s"))
            if old is not None:
                logger.removeHandler(old)
                old.close()
            logger.addHandler(handler)
            _state["handler"] = handler
            _state["seen"], _state["announced"] = {}, set()
    except OSError:
        return None
    logger.info("start %s: %s", kind, ", ".join(f"{k} {v}" for k, v in versions().items()))
    return path


def on_error(listener: Callable[[], None]) -> Callable[[], None]:
    """Call ``listener()`` (from any thread) when an unexpected error is reported for the first time; returns a
    function that removes it again."""
    _state["listeners"].append(listener)

    def remove() -> None:
        if listener in _state["listeners"]:
            _state["listeners"].remove(listener)

    return remove


def report(exc: BaseException, where: str = "", notify: bool = True) -> None:
    """Log an unexpected error with its traceback and tell the listeners (the app shows a message). The same
    error at the same place is logged a few times and announced once, so an error in every camera frame neither
    floods the log nor the screen."""
    frames = traceback.extract_tb(exc.__traceback__)
    place = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    key = (type(exc).__name__, place)
    with _lock:
        count = _state["seen"][key] = _state["seen"].get(key, 0) + 1
        announce = notify and key not in _state["announced"]
        if announce:
            _state["announced"].add(key)
    if count <= REPEATS_LOGGED:
        log().error("unexpected error%s", f" in {where}" if where else "", exc_info=(type(exc), exc, exc.__traceback__))
    elif count in (10, 100, 1000) or count % 10000 == 0:
        log().error("the error %s at %s happened %d times", key[0], place, count)
    if announce:
        for listener in list(_state["listeners"]):
            with contextlib.suppress(Exception):  # a closed window: the log has it anyway
                listener()


def report_problem(exc: OylaError, where: str = "") -> None:
    """Log an error the student was shown, by its message template only (so no name in its fields is logged)."""
    log().info("%s%s: %s", type(exc).__name__, f" in {where}" if where else "", exc.message)


def unexpected(exc: BaseException, where: str = "") -> OylaError:
    """Report ``exc`` to the log and return the message the student sees instead of a silent stop."""
    report(exc, where, notify=False)
    return OylaError(QT_TRANSLATE_NOOP("errors", "Something went wrong ({what}). Oyla saved a report in its log: "
                                       "a teacher can send it with Help → Save a problem report."),
                     what=type(exc).__name__)


def install_hooks() -> None:
    """Route uncaught errors (main thread, Qt slots and QThreads, Python threads) to the log and the listeners;
    the previous hooks still run (they print the traceback). Installing twice does nothing."""
    if not getattr(sys.excepthook, "oyla", False):
        previous_sys = sys.excepthook

        def sys_hook(kind, value, tb) -> None:
            if not issubclass(kind, KeyboardInterrupt):
                report(value if value is not None else kind(), f"the thread {threading.current_thread().name}")
            previous_sys(kind, value, tb)

        sys_hook.oyla = True
        sys.excepthook = sys_hook
    if not getattr(threading.excepthook, "oyla", False):
        previous_thread = threading.excepthook

        def thread_hook(args) -> None:
            if args.exc_type is not SystemExit:
                report(args.exc_value if args.exc_value is not None else args.exc_type(),
                       f"the thread {args.thread.name if args.thread else '?'}")
            previous_thread(args)

        thread_hook.oyla = True
        threading.excepthook = thread_hook


def reset() -> None:
    """Close the log file and forget the listeners and the errors seen (the tests use it between data folders)."""
    with _lock:
        handler, _state["handler"] = _state["handler"], None
        _state["listeners"].clear()
        _state["seen"], _state["announced"] = {}, set()
    if handler is not None:
        log().removeHandler(handler)
        handler.close()


def start(kind: str = "app") -> None:
    """What the app and the CLI call first: the log, then the hooks."""
    setup(kind)
    install_hooks()


# --- the problem report -----------------------------------------------------------------------------------------

TEACHER_KEYS = ("schema_version", "hidden_packs", "faces", "robot_speed_cap", "delete_samples_at_end",
                "require_parental_consent")


def _settings_summary(root: Path) -> dict:
    data = _read_json(root / "settings.json")
    if not isinstance(data, dict):
        return {"file": "missing or damaged"}
    summary = {k: data.get(k) for k in ("schema_version", "language", "high_contrast", "large_text")}
    summary["recent_projects"] = len(data["recent"]) if isinstance(data.get("recent"), list) else 0
    return summary


def _teacher_summary(root: Path) -> dict:
    """The teacher's settings file (never the PIN file), known keys only; other keys by name."""
    data = _read_json(root / "teacher" / "settings.json")
    if not isinstance(data, dict):
        return {"file": "missing" if not (root / "teacher" / "settings.json").exists() else "damaged"}
    summary = {k: data[k] for k in TEACHER_KEYS if k in data}
    summary["other_keys"] = sorted(str(k) for k in data if k not in TEACHER_KEYS)
    return summary


def _counts(root: Path) -> dict:
    def folders(name: str) -> int:
        return sum(1 for p in (root / name).glob("*") if p.is_dir()) if (root / name).is_dir() else 0

    return {"projects": folders("projects"), "students": folders("students"), "packs": folders("packs")}


def build_report() -> bytes:
    """The problem-report zip: the logs (scrubbed again), versions, settings and counts. No pictures, no names,
    nothing from the students' or the projects' folders."""
    root = paths.data_dir()
    names = known_names()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for i in range(BACKUPS, -1, -1):
            path = log_dir() / (LOG_FILE + (f".{i}" if i else ""))
            if path.is_file():
                text = path.read_text(encoding="utf-8", errors="replace")
                archive.writestr(f"logs/{path.name}", scrub(text, names))
        info = {"written": datetime.now().astimezone().isoformat(timespec="seconds"), "versions": versions(),
                "settings": _settings_summary(root), "teacher_settings": _teacher_summary(root),
                "counts": _counts(root)}
        archive.writestr("report.json", scrub(json.dumps(info, ensure_ascii=False, indent=2), names) + "\n")
    return buffer.getvalue()


def write_report(dest: Path) -> Path:
    """Write the problem report to ``dest`` (atomically) and return it."""
    dest = Path(dest)
    try:
        atomic.write_bytes(dest, build_report())
    except OSError as exc:
        raise OylaError(QT_TRANSLATE_NOOP("errors", "Could not write the report to {file}: {why}"),
                        file=str(dest), why=exc.strerror or type(exc).__name__) from exc
    log().info("problem report saved")
    return dest

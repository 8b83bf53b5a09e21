"""App settings for this machine user: language, look, recent projects, where the window was. One small JSON file,
written atomically."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.storage import atomic, paths, reading

SCHEMA_VERSION = 1
FILE = "settings.json"
MAX_RECENT = 8
MAX_BYTES = 256 * 1024
WINDOW_LIMITS = (-100_000, 100_000)  # coordinates beyond this are nonsense (the UI also checks the screens)
MIN_WINDOW = (400, 300)


class SettingsError(OylaError):
    """The settings file cannot be written."""


@dataclass
class AppSettings:
    language: str | None = None  # None: follow the system
    high_contrast: bool = False
    large_text: bool = False
    recent: list[str] = field(default_factory=list)
    window: list[int] | None = None  # x, y, width, height of the window when it was last closed (not maximised)
    maximized: bool = False

    def remember(self, project_path: Path) -> None:
        text = str(Path(project_path))
        self.recent = [text] + [r for r in self.recent if r != text][: MAX_RECENT - 1]

    def save(self) -> None:
        """Write the settings; a read-only or full data folder raises ``SettingsError`` (one clear line)."""
        target = None
        try:
            target = paths.data_dir() / FILE
            atomic.write_json(target, {"schema_version": SCHEMA_VERSION, **asdict(self)})
        except OSError as exc:
            raise SettingsError(QT_TRANSLATE_NOOP("errors", "Oyla cannot save its settings in {path}: {reason}"),
                                path=str(target or exc.filename), reason=exc.strerror or exc) from exc


def load_settings() -> AppSettings:
    """Settings from disk; a missing or damaged file gives the defaults (nothing the student made is lost)."""
    try:
        data = json.loads(reading.read_file(paths.data_dir() / FILE, MAX_BYTES).decode("utf-8"))
    except (OSError, OylaError, ValueError, RecursionError):  # not a regular file, bad UTF-8 or JSON, 4300+ digits
        return AppSettings()
    if not isinstance(data, dict):
        return AppSettings()
    settings = AppSettings()
    if data.get("language") in ("en", "ru", "kk"):
        settings.language = data["language"]
    settings.high_contrast = data.get("high_contrast") is True
    settings.large_text = data.get("large_text") is True
    recent = data.get("recent")
    if isinstance(recent, list):
        settings.recent = [r for r in recent if isinstance(r, str)][:MAX_RECENT]
    settings.window = window_rect(data.get("window"))
    settings.maximized = data.get("maximized") is True
    return settings


def window_rect(value) -> list[int] | None:
    """``[x, y, width, height]`` when ``value`` is a sensible window rectangle, else None."""
    if not (isinstance(value, list) and len(value) == 4 and all(type(v) is int for v in value)):
        return None
    x, y, width, height = value
    low, high = WINDOW_LIMITS
    if not (low <= x <= high and low <= y <= high and MIN_WINDOW[0] <= width <= high and MIN_WINDOW[1] <= height
            <= high):
        return None
    return [x, y, width, height]


def projects_dir() -> Path:
    return paths.subdir("projects")

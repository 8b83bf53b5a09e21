"""App settings for this machine user: language, look, recent projects, where the window was. One small JSON file,
written atomically."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.storage import atomic, paths, reading, schema

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
        return AppSettings(**schema.read(reading.read_json_object(paths.data_dir() / FILE, MAX_BYTES), FIELDS))
    except (OSError, OylaError):  # not a regular file, bad UTF-8 or JSON, 4300+ digits, not a JSON object
        return AppSettings()


def _window(value) -> list[int]:
    """``[x, y, width, height]``: a sensible window rectangle."""
    low, high = WINDOW_LIMITS
    x, y, width, height = schema.ListOf(schema.Int(low, high), min_len=4, max_len=4)(value)
    schema.check(width >= MIN_WINDOW[0] and height >= MIN_WINDOW[1])
    return [x, y, width, height]


# A wrong value in settings.json means "as if never set": the default, never an error.
FIELDS = {
    "language": schema.Field(schema.OneOf("en", "ru", "kk"), None, loose=True),
    "high_contrast": schema.Field(schema.Bool(), False, loose=True),
    "large_text": schema.Field(schema.Bool(), False, loose=True),
    "recent": schema.Field(schema.ListOf(schema.Text(), MAX_RECENT, keep_valid=True), [], loose=True),
    "window": schema.Field(_window, None, loose=True),
    "maximized": schema.Field(schema.Bool(), False, loose=True),
}


def projects_dir() -> Path:
    return paths.subdir("projects")

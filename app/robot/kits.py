"""Kit profiles: data files (``app/robot/kits/*.json``) that turn an action name into protocol commands.

A file holds ``{"format": 1, "kit": "car", "title": ..., "actions": {"forward": [["DRIVE", 100, 100]]}}``.
DRIVE values are percent (-100..100) of the speed cap chosen in the app; other commands are sent as
written. Every kit has a ``stop`` action. Files are checked on load; a bad one gives a ``KitError``.
``suggest_action`` proposes an action from a class name in English, Russian or Kazakh.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.robot import protocol
from app.robot.protocol import Command

KIT_FORMAT = 1
STOP_ACTION = "stop"


class KitError(OylaError):
    """A kit profile file that cannot be used."""


def kits_dir() -> Path:
    return Path(__file__).resolve().parent / "kits"


@dataclass(frozen=True)
class Kit:
    kit: str
    title: str
    actions: dict[str, tuple[tuple[str, tuple[int, ...]], ...]]

    def commands(self, action: str, speed: int = protocol.SPEED_MAX) -> list[Command]:
        """The commands for ``action`` with DRIVE scaled to ``speed`` (0..255, the speed cap)."""
        if action not in self.actions:
            raise KitError(QT_TRANSLATE_NOOP("errors", "The {kit} kit has no action \"{action}\"."),
                           kit=self.kit, action=action)
        speed = max(0, min(protocol.SPEED_MAX, int(speed)))
        result = []
        for name, args in self.actions[action]:
            if name == "DRIVE":
                args = tuple(round(value * speed / 100) for value in args)
            result.append(Command(name, args))
        return result


def _bad(source: str, what: str) -> KitError:
    return KitError(QT_TRANSLATE_NOOP("errors", "The kit file {file} is not valid: {what}"), file=source, what=what)


def parse_kit(data: object, source: str = "kit") -> Kit:
    """Check a decoded kit file and build the ``Kit``."""
    if not isinstance(data, dict):
        raise _bad(source, "it must hold one JSON object")
    if data.get("format") != KIT_FORMAT:
        raise _bad(source, f"\"format\" must be {KIT_FORMAT}")
    kit = data.get("kit")
    if kit not in protocol.KITS:
        raise _bad(source, f"\"kit\" must be one of {', '.join(protocol.KITS)}")
    title = data.get("title", kit)
    actions = data.get("actions")
    if not isinstance(title, str) or not isinstance(actions, dict) or not actions:
        raise _bad(source, "\"title\" must be text and \"actions\" a non-empty object")
    parsed: dict[str, tuple[tuple[str, tuple[int, ...]], ...]] = {}
    for action, commands in actions.items():
        if not re.fullmatch(r"[a-z][a-z0-9_]{0,31}", action):
            raise _bad(source, f"action name \"{action}\" must be lower-case letters, digits or _")
        if not isinstance(commands, list) or not commands:
            raise _bad(source, f"action \"{action}\" needs a list of commands")
        parsed[action] = tuple(_parse_step(source, action, step, kit) for step in commands)
    if STOP_ACTION not in parsed:
        raise _bad(source, "every kit needs a \"stop\" action")
    return Kit(kit, title, parsed)


def _parse_step(source: str, action: str, step: object, kit: str) -> tuple[str, tuple[int, ...]]:
    if not isinstance(step, list) or not step or not isinstance(step[0], str):
        raise _bad(source, f"action \"{action}\": each command is a list like [\"DRIVE\", 100, 100]")
    name = step[0].upper()
    args = step[1:]
    if not all(isinstance(a, int) and not isinstance(a, bool) for a in args):
        raise _bad(source, f"action \"{action}\": {name} arguments must be whole numbers")
    values = tuple(args)
    if name == "DRIVE":
        if len(values) != 2 or not all(-100 <= v <= 100 for v in values):
            raise _bad(source, f"action \"{action}\": DRIVE needs two percentages from -100 to 100")
        return name, values
    error = protocol.check_command(name, values, kit)  # SERVO angles within the kit's joint limits
    if error is not None:
        raise _bad(source, f"action \"{action}\": {' '.join([name, *map(str, values)])} → {error.line()}")
    return name, values


def load_kit_file(path: Path) -> Kit:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _bad(path.name, str(error)) from error
    return parse_kit(data, path.name)


def load_kit(kit: str) -> Kit:
    """A bundled kit by name: ``car``, ``arm`` or ``lights``."""
    if kit not in protocol.KITS:
        raise KitError(QT_TRANSLATE_NOOP("errors", "Unknown robot kit \"{kit}\"."), kit=kit)
    return load_kit_file(kits_dir() / f"{kit}.json")


# Action -> words that suggest it. A trailing "*" matches any word starting with the stem.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "stop": ("stop", "halt", "nothing", "none", "background", "empty", "idle", "стоп", "стой", "стоять", "фон",
             "ничего", "нет", "пусто*", "тоқта*", "ештеңе", "бос", "тыныш"),
    "forward": ("forward", "go", "ahead", "straight", "вперед*", "прямо", "иди", "едь", "алға", "жүр", "тура"),
    "back": ("back", "backward*", "reverse", "назад", "артқа", "кейін", "шегін*"),
    "left": ("left", "налево", "влево", "лев*", "солға", "сол*"),
    "right": ("right", "направо", "вправо", "прав*", "оңға", "оң"),
    "spin": ("spin", "rotate", "круг*", "крути*", "кружи*", "айнал*"),
    "grab": ("grab", "take", "close", "fist", "хвата*", "возьми", "взять", "кулак", "ұста*", "ал", "жұдырық"),
    "release": ("release", "drop", "open", "palm", "отпус*", "брось", "ладонь", "открой", "жібер*", "таста",
                "алақан"),
    "up": ("up", "raise", "вверх", "верх", "подними", "жоғары", "көтер*"),
    "down": ("down", "lower", "вниз", "низ", "опусти", "төмен", "түсір*"),
    "red": ("red", "красн*", "қызыл"),
    "green": ("green", "зелен*", "жасыл"),
    "blue": ("blue", "син*", "голуб*", "көк"),
    "yellow": ("yellow", "желт*", "сары"),
    "white": ("white", "бел*", "ақ"),
    "off": ("off", "dark", "выкл*", "темн*", "сөндір*", "қараңғы"),
    "beep": ("beep", "sound", "honk", "бип", "звук", "сигнал", "дыбыс"),
    "honk": ("honk", "horn", "beep", "гудок", "бип", "сигнал", "дыбыс"),
}


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.casefold().replace("ё", "е"))


def suggest_action(class_name: str, kit: Kit) -> str | None:
    """A default action for a class name, or None when nothing fits (the class then sends nothing)."""
    words = _words(class_name)
    for action, synonyms in SYNONYMS.items():
        if action not in kit.actions:
            continue
        for synonym in synonyms:
            stem = synonym.rstrip("*")
            if any(word == stem or (synonym.endswith("*") and word.startswith(stem)) for word in words):
                return action
    return None

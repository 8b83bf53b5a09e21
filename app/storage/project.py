"""A project is a folder the student can copy, back up or delete:

    project.json             schema_version, name, owner, classes in order, settings
    samples/<class>/*.jpg    the pictures, 224×224 centre squares
    embeddings/<hash>/...    backbone embeddings per sample (a cache, rebuilt when missing)
    model/head.safetensors   the trained head, next to model/model.json (see app.ml.model_io)

Every write is atomic. Nothing is unpickled. Class names are folder names, so they are checked.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

import cv2
import numpy as np

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.storage import atomic, face_marks, reading, schema
from app.storage.names import SAMPLE_NAME, ProjectError, check_class_name, sample_file

SCHEMA_VERSION = 2
PROJECT_FILE = "project.json"
ROBOT_FILE = "robot.json"
MAX_PROJECT_FILE = 1024 * 1024
SAMPLE_SUFFIX = ".jpg"
MAX_SEED = 2**32 - 1  # what NumPy's and torch's generators both accept


@dataclass
class TrainSettings:
    head: str = "mlp"  # "mlp" (neural network) or "knn" (nearest examples)
    epochs: int = 25  # with augmented copies every epoch shows each picture 7 times: 25 at 0.003 measured as
    learning_rate: float = 0.003  # good as 50 at 0.001 in half the time (app/ml/train.py, benchmarks/accuracy.py)
    batch_size: int = 16
    augment: bool = True  # learn from augmented copies too (app.ml.augment; benchmarks/accuracy.py)
    seed: int = 0
    holdout: float = 0.15
    threshold: float = 0.6  # below this confidence the answer is "not sure"

    def validate(self) -> TrainSettings:
        """Refuse values training cannot use (a bad seed saved once used to make every later Train crash)."""
        try:
            schema.read(asdict(self), TRAIN_FIELDS)
        except schema.Invalid as err:
            raise ProjectError(QT_TRANSLATE_NOOP("errors", "The setting {name} has a wrong value."),
                               name=err.field) from None
        return self


TRAIN_FIELDS = {
    "head": schema.Field(schema.OneOf("mlp", "knn")),
    "epochs": schema.Field(schema.Int(1, 1000)),
    "learning_rate": schema.Field(schema.Number(0, 1, above=True)),
    "batch_size": schema.Field(schema.Int(1, 1024)),
    "augment": schema.Field(schema.Bool()),
    "seed": schema.Field(schema.Int(0, MAX_SEED)),
    "holdout": schema.Field(schema.Number(0, 0.5)),
    "threshold": schema.Field(schema.Number(0, 1)),
}


def _refused_writes(method):
    """A write the disk refuses (full, read-only, no permission) becomes one clear ``ProjectError``."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except OSError as exc:
            raise write_error(self.path, exc) from exc

    return wrapper


@dataclass
class ClassInfo:
    name: str
    background: bool = False  # the "nothing / background" class


@dataclass
class Project:
    path: Path
    name: str
    classes: list[ClassInfo] = field(default_factory=list)
    settings: TrainSettings = field(default_factory=TrainSettings)
    owner: str | None = None
    created_at: float = field(default_factory=time.time)

    # ---- files -------------------------------------------------------------------------------------------
    @property
    def samples_dir(self) -> Path:
        return self.path / "samples"

    @property
    def model_dir(self) -> Path:
        return self.path / "model"

    @property
    def labels(self) -> list[str]:
        return [c.name for c in self.classes]

    def save(self) -> None:
        data = {
            "schema_version": SCHEMA_VERSION,
            "name": self.name,
            "owner": self.owner,
            "created_at": self.created_at,
            "classes": [asdict(c) for c in self.classes],
            "settings": asdict(self.settings),
        }
        try:
            atomic.write_json(self.path / PROJECT_FILE, data)
        except OSError as exc:
            raise write_error(self.path, exc) from exc

    # ---- classes -----------------------------------------------------------------------------------------
    def class_info(self, name: str) -> ClassInfo:
        for c in self.classes:
            if c.name == name:
                return c
        raise ProjectError(QT_TRANSLATE_NOOP("errors", "There is no class called {name}."), name=name)

    @_refused_writes
    def add_class(self, name: str, background: bool = False) -> ClassInfo:
        name = check_class_name(name, [c.name for c in self.classes])
        info = ClassInfo(name, background)
        (self.samples_dir / name).mkdir(parents=True, exist_ok=True)
        self.classes.append(info)
        self.save()
        return info

    @_refused_writes
    def rename_class(self, old: str, new: str) -> None:
        info = self.class_info(old)
        new = check_class_name(new, [c.name for c in self.classes if c.name != old])
        src, dst = self.samples_dir / old, self.samples_dir / new
        if src.exists():
            src.rename(dst)
        for cache in (self.path / "embeddings").glob("*/"):  # cached embeddings follow their pictures
            if (cache / old).is_dir() and not (cache / new).exists():
                (cache / old).rename(cache / new)
        face_marks.rename_class(self.path, old, new)
        info.name = new
        self.save()

    @property
    def trash_dir(self) -> Path:
        return self.path / ".trash"

    @_refused_writes
    def remove_class(self, name: str) -> dict:
        """Drop a class. Its pictures wait in the project's trash until the next delete or ``empty_trash``, so
        the returned record can ``restore_class`` it (undo)."""
        info = self.class_info(name)
        index = self.classes.index(info)
        self.empty_trash()
        folder, kept = self.samples_dir / name, self.trash_dir / "class"
        if folder.exists():
            kept.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(folder), str(kept))
        self.classes.remove(info)
        self.save()
        return {"name": info.name, "background": info.background, "index": index}

    @_refused_writes
    def restore_class(self, record: dict) -> None:
        """Undo the last ``remove_class``."""
        name = check_class_name(record["name"], self.labels)
        kept = self.trash_dir / "class"
        if kept.exists():
            shutil.move(str(kept), str(self.samples_dir / name))
        else:
            (self.samples_dir / name).mkdir(parents=True, exist_ok=True)
        self.classes.insert(min(record["index"], len(self.classes)), ClassInfo(name, record["background"]))
        self.save()

    def empty_trash(self) -> None:
        shutil.rmtree(self.trash_dir, ignore_errors=True)

    def move_class(self, name: str, index: int) -> None:
        info = self.class_info(name)
        self.classes.remove(info)
        self.classes.insert(max(0, min(index, len(self.classes))), info)
        self.save()

    def set_background(self, name: str, background: bool = True) -> None:
        """Mark ``name`` as the "nothing / background" class (there is at most one)."""
        self.class_info(name)
        for c in self.classes:
            if c.name == name:
                c.background = background
            elif background:
                c.background = False
        self.save()

    # ---- samples -----------------------------------------------------------------------------------------
    def samples(self, name: str) -> list[Path]:
        """The pictures of class ``name``: regular files (a pipe called x.jpg would block whoever opens it) with
        sample names (see ``app.storage.names.valid_sample_id``), sorted."""
        folder = self.samples_dir / name
        try:
            with os.scandir(folder) as entries:  # is_file() needs no extra system call for plain files
                return sorted(folder / e.name for e in entries if SAMPLE_NAME.fullmatch(e.name) and e.is_file())
        except OSError:  # missing, or not a folder
            return []

    def sample_path(self, sample_id: str) -> Path | None:
        """The file of a sample id (from a model or a report) if it is one of this project's pictures."""
        return sample_file(self.samples_dir, sample_id, self.labels)

    def sample_counts(self) -> dict[str, int]:
        return {c.name: len(self.samples(c.name)) for c in self.classes}

    def all_samples(self) -> list[tuple[str, Path]]:
        return [(c.name, p) for c in self.classes for p in self.samples(c.name)]

    def add_sample(self, name: str, square_rgb: np.ndarray) -> Path:
        """Store one 224×224 RGB picture in class ``name`` and return its path."""
        self.class_info(name)
        ok, encoded = cv2.imencode(SAMPLE_SUFFIX, cv2.cvtColor(square_rgb, cv2.COLOR_RGB2BGR),
                                   [cv2.IMWRITE_JPEG_QUALITY, 95])
        if not ok:
            raise ProjectError(QT_TRANSLATE_NOOP("errors", "The picture could not be saved."))
        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = self.samples_dir / name / f"{stamp}-{uuid.uuid4().hex[:8]}{SAMPLE_SUFFIX}"
        try:
            atomic.write_bytes(path, encoded.tobytes())
        except OSError as exc:
            raise write_error(path.parent, exc) from exc
        return path

    @_refused_writes
    def note_robot_drive(self, min_confidence: float, action: str, label: str) -> None:
        """Remember that this project's model drove a robot (the lessons check it), with the threshold used."""
        if self.robot_drive() is None:
            atomic.write_json(self.path / ROBOT_FILE, {
                "schema_version": 1, "driven_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "min_confidence": float(min_confidence), "action": action, "label": label})

    def robot_drive(self) -> dict | None:
        try:
            data = json.loads(reading.read_file(self.path / ROBOT_FILE, 64 * 1024).decode("utf-8"))
        except (OylaError, ValueError, RecursionError):
            return None
        return data if schema.valid(schema.Record(ROBOT_FIELDS), data) else None

    @_refused_writes
    def remove_sample(self, path: Path) -> None:
        path = Path(path).resolve()
        if self.samples_dir.resolve() not in path.parents:
            raise ProjectError(QT_TRANSLATE_NOOP("errors", "{path} is not a sample of this project."), path=path.name)
        path.unlink(missing_ok=True)


def check_new_project_folder(path: Path) -> None:
    """Refuse a folder that already holds a project or anything else."""
    path = Path(path)
    if (path / PROJECT_FILE).exists():
        raise ProjectError(QT_TRANSLATE_NOOP("errors", "There is already a project in {path}."), path=str(path))
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise ProjectError(QT_TRANSLATE_NOOP("errors", "The folder {path} is not empty."), path=str(path))


def create_project(path: Path, name: str | None = None, classes: list[str] = (), owner: str | None = None) -> Project:
    """A new project in an empty or new folder. Every class name is checked before anything is written, and a
    write that fails (a full or read-only disk) leaves nothing behind, so the same command can run again."""
    path = Path(path)
    check_new_project_folder(path)
    names: list[str] = []
    for label in classes:
        names.append(check_class_name(label, names))
    existed = path.exists()
    project = Project(path=path, name=name or path.name, classes=[ClassInfo(n) for n in names], owner=owner)
    try:
        for label in names:
            (project.samples_dir / label).mkdir(parents=True, exist_ok=True)
        project.save()
    except (OSError, ProjectError) as exc:  # save() turns its OSError into a ProjectError already
        if existed:
            for child in path.iterdir():
                shutil.rmtree(child, ignore_errors=True)
        else:
            shutil.rmtree(path, ignore_errors=True)
        if isinstance(exc, OSError):
            raise write_error(path, exc) from exc
        raise
    return project


def write_error(path: Path, exc: OSError) -> ProjectError:
    """One clear line for a write the disk refused (full, read-only, no permission)."""
    return ProjectError(QT_TRANSLATE_NOOP("errors", "Cannot write to {path}: {reason}"), path=str(path),
                        reason=exc.strerror or exc)


def save_project_as(project: Project, target: Path, name: str | None = None) -> Project:
    """Copy the whole project (pictures, embeddings, model) to a new folder and open the copy."""
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise ProjectError(QT_TRANSLATE_NOOP("errors", "The folder {path} is not empty."), path=str(target))
    project.empty_trash()
    shutil.copytree(project.path, target, dirs_exist_ok=True)
    copy = open_project(target)
    copy.name = name or target.name
    copy.save()
    return copy


def _migrate(data: dict) -> dict:
    """Bring an older project.json up to ``SCHEMA_VERSION``."""
    version = data.get("schema_version", 1)
    if version == 1:  # v1: classes were plain names; there were no settings
        data["classes"] = [{"name": c, "background": False} if isinstance(c, str) else c for c in data["classes"]]
        data.setdefault("settings", {})
        data["schema_version"] = version = 2
    return data


PROJECT_FIELDS = {  # after _migrate
    "classes": schema.Field(schema.ListOf(schema.Record({
        "name": schema.Field(schema.Text()), "background": schema.Field(schema.Bool(), False)}))),
    "settings": schema.Field(schema.Maybe(schema.Object()), None),  # then checked as TrainSettings
    "name": schema.Field(schema.Text(), "", loose=True),
    "owner": schema.Field(schema.Text(), None, loose=True),
    "created_at": schema.Field(schema.Maybe(schema.Number()), None),
}
ROBOT_FIELDS = {"min_confidence": schema.Field(schema.Number())}


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number")


def open_project(path: Path) -> Project:
    """Open a project folder (or its project.json), migrating old versions; damaged files raise ``ProjectError``."""
    path = Path(path)
    if path.name == PROJECT_FILE:
        path = path.parent
    file = path / PROJECT_FILE
    if not file.is_file():
        raise ProjectError(QT_TRANSLATE_NOOP("errors", "{path} is not an Oyla project (no project.json)."),
                           path=str(path))

    def damaged(why: str) -> ProjectError:
        return ProjectError(QT_TRANSLATE_NOOP("errors", "The file {file} is damaged: {why}"), file=str(file), why=why)

    try:
        raw = reading.read_file(file, MAX_PROJECT_FILE)  # a regular file only, never more than 1 MB
    except OylaError as exc:
        raise damaged(str(exc)) from exc
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:  # bad UTF-8 or JSON, NaN, an integer of more than 4300 digits
        raise damaged(type(exc).__name__ if isinstance(exc, RecursionError) else str(exc)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("classes"), list):
        raise damaged("no list of classes")
    version = data.get("schema_version", 1)
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise ProjectError(
            QT_TRANSLATE_NOOP("errors", "{file} was made by a newer Oyla. Please update Oyla to open it."),
            file=str(file),
        )
    migrated = version < SCHEMA_VERSION
    data = _migrate(data)
    try:
        fields = schema.read(data, PROJECT_FIELDS)
        classes = [ClassInfo(c["name"], c["background"]) for c in fields["classes"]]
        for i, c in enumerate(classes):
            check_class_name(c.name, [d.name for d in classes[:i]])
        known = TrainSettings.__dataclass_fields__
        settings = TrainSettings(**{k: v for k, v in (fields["settings"] or {}).items() if k in known}).validate()
    except schema.Invalid as exc:
        raise damaged(exc.field) from None
    except ProjectError as exc:
        raise damaged(str(exc)) from exc
    project = Project(path=path, name=fields["name"] or path.name, classes=classes, settings=settings,
                      owner=fields["owner"], created_at=fields["created_at"] or time.time())
    if migrated:
        project.save()
    return project

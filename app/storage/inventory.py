"""Everything Oyla stores, for the "My data" page: list it, export a project, delete it for real.

Reads the data folder directly (``projects/``, ``students/<id>/``, ``packs/``, ``cache/``) and tolerates
missing or damaged files: they are listed in ``problems`` (as ``OylaError`` objects the UI can translate), never
raised. Deleting never follows a link: a symbolic link (or Windows junction) inside the data folder is removed as a
link, and nothing outside the data folder is ever touched.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.storage import atomic, consent, paths, schema
from app.storage.reading import DataError, is_link, read_json_object

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".webp"}


@dataclass
class ProjectInfo:
    slug: str
    path: Path
    name: str
    owner: str | None
    samples: dict[str, int]  # class name -> number of sample images
    has_model: bool
    size_bytes: int

    @property
    def sample_count(self) -> int:
        return sum(self.samples.values())


@dataclass
class StudentInfo:
    student_id: str
    nickname: str | None
    profile: Path | None
    progress: list[Path]
    size_bytes: int


@dataclass
class PackInfo:
    pack_id: str
    path: Path
    size_bytes: int


@dataclass
class Inventory:
    root: Path
    projects: list[ProjectInfo] = field(default_factory=list)
    students: list[StudentInfo] = field(default_factory=list)
    packs: list[PackInfo] = field(default_factory=list)
    cache_bytes: int = 0
    total_bytes: int = 0
    problems: list[OylaError] = field(default_factory=list)

    def projects_of(self, student_id: str | None) -> list[ProjectInfo]:
        return [project for project in self.projects if project.owner == student_id]


def scan() -> Inventory:
    """List everything in the data folder."""
    root = paths.data_dir()
    inv = Inventory(root=root, total_bytes=_size(root))
    for folder in _children(root / "projects"):
        if folder.is_dir() and not is_link(folder):
            inv.projects.append(_project_info(folder, inv.problems))
    for entry in _children(root / "students"):
        student = _student_info(entry, inv.problems)
        if student is not None:
            inv.students.append(student)
    for folder in _children(root / "packs"):
        inv.packs.append(PackInfo(pack_id=folder.name, path=folder, size_bytes=_size(folder)))
    inv.cache_bytes = _size(root / "cache")
    return inv


# What My data lists from a project.json or a profile someone else may have written: what is wrong is left out.
SUMMARY_FIELDS = {
    "name": schema.Field(schema.Text(), None, loose=True),
    "owner": schema.Field(schema.Text(), None, loose=True),
    "classes": schema.Field(schema.ListOf(schema.Record({"name": schema.Field(schema.Text())}), keep_valid=True), [],
                            loose=True),
}
PROFILE_FIELDS = {"nickname": schema.Field(schema.Text(), None, loose=True)}


def _project_info(folder: Path, problems: list[OylaError]) -> ProjectInfo:
    name, owner, classes = folder.name, None, []
    try:
        meta = schema.read(read_json_object(folder / "project.json"), SUMMARY_FIELDS)
        name, owner = meta["name"] or name, meta["owner"]
        classes = [c["name"] for c in meta["classes"]]
    except DataError as err:
        problems.append(err)
    samples = dict.fromkeys(classes, 0)
    for class_dir in _children(folder / "samples"):
        if class_dir.is_dir() and not is_link(class_dir):
            count = sum(1 for f in _children(class_dir) if f.suffix.lower() in IMAGE_SUFFIXES and f.is_file())
            samples[class_dir.name] = count
    return ProjectInfo(
        slug=folder.name,
        path=folder,
        name=name,
        owner=owner,
        samples=samples,
        has_model=(folder / "model" / "head.safetensors").is_file(),
        size_bytes=_size(folder),
    )


def _student_info(entry: Path, problems: list[OylaError]) -> StudentInfo | None:
    """``students/<id>/`` holds ``profile.json`` and the student's other files (lesson progress)."""
    if is_link(entry) or entry.name.startswith("."):
        return None
    if entry.is_dir():
        profile = entry / "profile.json"
        files = _files(entry)
    elif entry.suffix == ".json" and entry.is_file():  # a lone students/<id>.json profile
        profile, files = entry, [entry]
    else:
        return None
    nickname = None
    try:
        nickname = schema.read(read_json_object(profile), PROFILE_FIELDS)["nickname"]
    except DataError as err:
        problems.append(err)
    return StudentInfo(
        student_id=entry.stem if entry.is_file() else entry.name,
        nickname=nickname,
        profile=profile if profile.is_file() else None,
        progress=[f for f in files if f != profile],
        size_bytes=_size(entry),
    )


# ---------------------------------------------------------------------------------------------------- deleting


def delete_project(slug: str) -> None:
    """Delete one project folder with its samples, embeddings and model."""
    folder = _project_dir(slug)
    if not folder.exists() and not is_link(folder):
        raise DataError(QT_TRANSLATE_NOOP("errors", "There is no project called {name}."), name=slug)
    _remove(folder)


def delete_samples(slug: str) -> int:
    """Delete a project's sample images and the embeddings made from them (the model stays). Returns the count."""
    folder = _project_dir(slug)
    samples = folder / "samples"
    count = sum(
        1 for class_dir in _children(samples) if not is_link(class_dir) for f in _children(class_dir) if f.is_file()
    )
    for derived in (samples, folder / "embeddings"):
        if derived.exists() or is_link(derived):
            _remove(derived)
    return count


def delete_student(student_id: str) -> list[str]:
    """Delete a student's folder (profile, progress), consent record and the projects they own.

    Returns the slugs of the deleted projects."""
    student_id = check_name(student_id)
    students = paths.data_dir() / "students"
    slugs = [project.slug for project in scan().projects_of(student_id)]
    for slug in slugs:
        delete_project(slug)
    for path in (students / student_id, students / f"{student_id}.json"):
        if path.exists() or is_link(path):
            _remove(path)
    consent.forget_student(student_id)
    return slugs


def withdraw_and_delete(student_id: str | None = None, keep_teacher: bool = False) -> None:
    """The "withdraw consent and delete my data" choice: the student's profile, progress and projects (or, for the
    PC-wide record, everything Oyla stores but, with ``keep_teacher``, the teacher's locks and PIN)."""
    consent.withdraw(student_id)
    if student_id is None:
        delete_everything(keep_teacher)
    else:
        delete_student(student_id)


def delete_everything(keep_teacher: bool = False) -> None:
    """Empty the data folder: every project, student, pack, cache, consent and settings file. With
    ``keep_teacher`` the ``teacher`` folder (the teacher's locks and PIN) stays: a student's "delete everything"
    must not unlock what the teacher locked."""
    root = paths.data_dir()
    for child in _children(root):
        if not (keep_teacher and child.name == "teacher"):
            _remove(child)


def _project_dir(slug: str) -> Path:
    return paths.data_dir() / "projects" / check_name(slug)


def check_name(name: str) -> str:
    """A single folder/file name: no separators, no '..', nothing hidden."""
    if (
        not isinstance(name, str)
        or not name.strip()
        or name.startswith(".")
        or any(sep in name for sep in ("/", "\\", ":", "\0"))
        or Path(name).name != name
    ):
        raise DataError(QT_TRANSLATE_NOOP("errors", "{name} is not a valid name."), name=str(name))
    return name


def _remove(path: Path, root: Path | None = None) -> None:
    """Remove ``path`` (inside the data folder) for real, never following links."""
    root = root or paths.data_dir().resolve()
    parent = path.parent.resolve()
    if parent != root and root not in parent.parents:
        raise DataError(
            QT_TRANSLATE_NOOP("errors", "Oyla will not delete {file}: it is outside the data folder."), file=str(path)
        )
    try:
        if is_link(path):
            try:
                os.unlink(path)
            except (IsADirectoryError, PermissionError):
                os.rmdir(path)  # a directory link or junction on Windows
        elif path.is_dir():
            for child in list(path.iterdir()):
                _remove(child, root)
            path.rmdir()
        elif path.exists():
            _unlink_file(path)
    except OSError as err:
        raise DataError(
            QT_TRANSLATE_NOOP("errors", "{file} could not be deleted: {detail}"), file=str(path), detail=err.strerror
        ) from err


def _unlink_file(path: Path) -> None:
    try:
        path.unlink()
    except PermissionError:
        os.chmod(path, stat.S_IWRITE | stat.S_IREAD)  # read-only files on Windows
        path.unlink()


# ---------------------------------------------------------------------------------------------------- exporting


def export_project(slug: str, zip_path: Path, include_images: bool = False) -> Path:
    """Write a project to a zip: project.json and the model; the sample images only if ``include_images``.

    The embeddings cache is never exported (it is rebuilt from the images). Links are skipped.
    """
    folder = _project_dir(slug)
    if not (folder / "project.json").is_file():
        raise DataError(QT_TRANSLATE_NOOP("errors", "There is no project called {name}."), name=slug)
    parts = ["project.json", "model"] + (["samples"] if include_images else [])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for part in parts:
            for file in _files(folder / part):
                archive.write(file, f"{slug}/{file.relative_to(folder).as_posix()}")
    atomic.write_bytes(Path(zip_path), buffer.getvalue(), mode=atomic.SHARED)  # saved where the user chose
    return Path(zip_path)


def _files(path: Path) -> list[Path]:
    if is_link(path):
        return []
    if path.is_file():
        return [path]
    return [file for child in _children(path) for file in _files(child)]


# ---------------------------------------------------------------------------------------------------- helpers


def _children(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


def _size(path: Path) -> int:
    """Bytes used by ``path`` without following links (0 when missing)."""
    try:
        info = os.lstat(path)
    except OSError:
        return 0
    if stat.S_ISDIR(info.st_mode) and not is_link(path):
        return sum(_size(child) for child in _children(path))
    return info.st_size

"""Data files replaced by a link to /dev/zero, a pipe or a folder: a clear refusal at once, never a hang, a
MemoryError or a silent unlock."""

from __future__ import annotations

import os

import pytest

from app.errors import OylaError
from app.lessons import policy, teacher
from app.storage import paths, students


def _replace_with(path, kind: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() or path.is_symlink():
        path.unlink()
    if kind == "zero":
        path.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.mkdir()


@pytest.mark.parametrize("kind", ["zero", "fifo", "folder"])
def test_a_profile_that_is_not_a_file_is_skipped(kind):
    aru = students.create_student("Aru")
    _replace_with(paths.data_dir() / "students" / aru.id / "profile.json", kind)
    assert [s.nickname for s in students.list_students()] == []
    with pytest.raises(students.StudentError):
        students.get_student(aru.id)


@pytest.mark.parametrize("kind", ["zero", "fifo", "folder"])
def test_teacher_settings_that_are_not_a_file_count_as_damaged_and_strict(kind):
    teacher.save(teacher.TeacherSettings(robot_speed_cap=200))
    _replace_with(paths.data_dir() / "teacher" / "settings.json", kind)
    with pytest.raises(OylaError):
        teacher.load()
    settings, problem = policy.teacher_settings()
    assert problem is not None and settings == policy.STRICT
    assert policy.parent_consent_required()

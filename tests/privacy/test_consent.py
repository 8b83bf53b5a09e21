"""Consent records in consent.json: first run, parent requirement, withdrawal (optionally deleting data)."""

from __future__ import annotations

import json

import pytest

from app.lessons import policy, teacher
from app.storage import consent, inventory, students
from app.storage.consent import ConsentError


def needs(student_id=None) -> bool:
    return not policy.camera_allowed(student_id)[0]


def test_first_run_needs_consent_and_recording_it_is_remembered(data_dir):
    assert policy.camera_allowed(None) == (False, policy.NO_CONSENT) and policy.consent_step_needed()
    record = consent.record_consent("student", "kk")
    assert policy.camera_allowed(None) == (True, policy.OK) and not policy.consent_step_needed()
    stored = json.loads((data_dir / "consent.json").read_text(encoding="utf-8"))
    assert stored["schema_version"] == 1
    [raw] = stored["records"]
    assert raw == {
        "student_id": None,
        "given_by": "student",
        "at": record.at,
        "language": "kk",
        "withdrawn": False,
        "withdrawn_at": None,
    }
    assert record.at.endswith("+00:00")


def test_parent_requirement_needs_the_teachers_note_not_a_parent_record(data_dir):
    aigerim, timur = students.create_student("Aigerim"), students.create_student("Timur")
    consent.record_consent("student", "ru", student_id=aigerim.id)
    assert policy.camera_allowed(aigerim.id) == (True, policy.OK)
    teacher.save(teacher.TeacherSettings(require_parental_consent=True))
    assert policy.camera_allowed(aigerim.id) == (False, policy.PARENT_REQUIRED)
    assert not policy.consent_step_needed(aigerim.id)  # the dialog cannot fix this: the teacher notes it
    consent.record_consent("parent", "ru", student_id=aigerim.id)  # a child could have ticked "parent"
    assert policy.camera_allowed(aigerim.id) == (False, policy.PARENT_REQUIRED)
    students.record_consent(aigerim.id, True)
    assert policy.camera_allowed(aigerim.id) == (True, policy.OK)
    assert policy.camera_allowed(timur.id) == (False, policy.NO_CONSENT)  # per student, no PC-wide record yet
    consent.record_consent("student", "kk")
    assert policy.camera_allowed(timur.id) == (False, policy.PARENT_REQUIRED)
    assert policy.camera_allowed(None) == (False, policy.NO_STUDENT)
    assert len(consent.load()) == 2  # the parent's record replaced Aigerim's own


def test_withdrawal_is_recorded_and_asks_again(data_dir):
    consent.record_consent("parent", "en", student_id="s1")
    consent.withdraw("s1")
    record = consent.current("s1")
    assert record.withdrawn and record.withdrawn_at is not None
    assert policy.camera_allowed("s1") == (False, policy.WITHDRAWN) and policy.consent_step_needed("s1")


def test_withdraw_and_delete_a_students_data(data_dir):
    (data_dir / "students").mkdir()
    (data_dir / "students" / "s1.json").write_text("{}")
    (data_dir / "students" / "s2.json").write_text("{}")
    project = data_dir / "projects" / "mine"
    (project / "samples" / "a").mkdir(parents=True)
    (project / "samples" / "a" / "0.png").write_bytes(b"png")
    (project / "project.json").write_text(json.dumps({"name": "mine", "owner": "s1", "classes": []}))
    consent.record_consent("student", "kk", student_id="s1")
    inventory.withdraw_and_delete("s1")
    assert not project.exists() and not (data_dir / "students" / "s1.json").exists()
    assert (data_dir / "students" / "s2.json").exists()
    assert consent.current("s1") is None


def test_withdraw_and_delete_everything_can_keep_the_teachers_folder(data_dir):
    (data_dir / "projects" / "p").mkdir(parents=True)
    teacher.save(teacher.TeacherSettings(faces="refuse"))
    consent.record_consent("student", "en")
    inventory.withdraw_and_delete(keep_teacher=True)
    assert [p.name for p in data_dir.iterdir()] == ["teacher"] and policy.face_rule() == "refuse"


def test_withdraw_pc_wide_consent_and_delete_everything(data_dir):
    (data_dir / "projects" / "p").mkdir(parents=True)
    (data_dir / "settings.json").write_text("{}")
    consent.record_consent("student", "en")
    inventory.withdraw_and_delete()
    assert list(data_dir.iterdir()) == []
    assert needs()


@pytest.mark.parametrize(
    "content",
    [b"not json", b"[1, 2]", b'{"records": "x"}', b'{"records": [{"given_by": "stranger"}]}', b"\xff\xfe", b"",
     b"[" * 100_000 + b"]" * 100_000, b" " * 300_000],
)
def test_damaged_file_means_ask_again(data_dir, content):
    (data_dir / "consent.json").write_bytes(content)
    assert consent.load() == []
    assert needs()
    consent.record_consent("student", "kk")  # and recording works again
    assert not needs()


def test_invalid_consent_is_refused(data_dir):
    with pytest.raises(ConsentError):
        consent.record_consent("teacher", "kk")
    with pytest.raises(ConsentError):
        consent.record_consent("student", "")
    assert not (data_dir / "consent.json").exists()


def test_parent_consent_noted_by_the_teacher_in_the_profile_counts_until_withdrawn(data_dir):
    teacher.save(teacher.TeacherSettings(require_parental_consent=True))
    student = students.create_student("Timur")
    consent.record_consent("student", "kk", student_id=student.id)
    assert needs(student.id)
    students.record_consent(student.id, True)
    assert not needs(student.id)
    consent.withdraw(student.id)
    assert policy.camera_allowed(student.id) == (False, policy.WITHDRAWN)


@pytest.mark.parametrize("content", [b"not json", b'{"schema_version": 1, "faces": "maybe"}', b"[]"])
def test_a_damaged_teacher_file_means_strict(data_dir, content):
    student = students.create_student("Aru")
    consent.record_consent("student", "kk")
    (data_dir / "teacher").mkdir(exist_ok=True)
    (data_dir / "teacher" / "settings.json").write_bytes(content)
    settings, problem = policy.teacher_settings()
    assert problem is not None and settings == policy.STRICT
    assert policy.parent_consent_required()
    assert policy.camera_allowed(student.id) == (False, policy.PARENT_REQUIRED)
    assert policy.face_rule() == "blur" and policy.robot_speed_cap() == 127


def test_face_rule_and_speed_cap_are_the_strictest_in_force(data_dir):
    from app.lessons.model import Locks

    class Pack:
        locks = Locks(faces="refuse", robot_speed_cap=200)

    assert policy.face_rule() == "allow" and policy.robot_speed_cap() is None
    teacher.save(teacher.TeacherSettings(faces="blur", robot_speed_cap=100))
    assert policy.face_rule() == "blur" and policy.robot_speed_cap() == 100
    assert policy.face_rule(Pack()) == "refuse" and policy.robot_speed_cap(Pack()) == 100

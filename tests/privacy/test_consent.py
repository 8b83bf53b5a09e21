"""Consent records in consent.json: first run, parent requirement, withdrawal (optionally deleting data)."""

from __future__ import annotations

import json

import pytest

from app.storage import consent
from app.storage.consent import ConsentError


def test_first_run_needs_consent_and_recording_it_is_remembered(data_dir):
    assert consent.needs_consent(require_parent=False)
    record = consent.record_consent("student", "kk")
    assert not consent.needs_consent(require_parent=False)
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


def test_parent_requirement(data_dir):
    consent.record_consent("student", "ru", student_id="aigerim")
    assert not consent.needs_consent(require_parent=False, student_id="aigerim")
    assert consent.needs_consent(require_parent=True, student_id="aigerim")
    consent.record_consent("parent", "ru", student_id="aigerim")
    assert not consent.needs_consent(require_parent=True, student_id="aigerim")
    assert consent.needs_consent(require_parent=False, student_id="timur")  # per student
    assert len(consent.load()) == 1  # the parent's record replaced the student's


def test_withdrawal_is_recorded_and_asks_again(data_dir):
    consent.record_consent("parent", "en", student_id="s1")
    consent.withdraw("s1")
    record = consent.current("s1")
    assert record.withdrawn and record.withdrawn_at is not None
    assert consent.needs_consent(require_parent=False, student_id="s1")


def test_withdraw_and_delete_a_students_data(data_dir):
    (data_dir / "students").mkdir()
    (data_dir / "students" / "s1.json").write_text("{}")
    (data_dir / "students" / "s2.json").write_text("{}")
    project = data_dir / "projects" / "mine"
    (project / "samples" / "a").mkdir(parents=True)
    (project / "samples" / "a" / "0.png").write_bytes(b"png")
    (project / "project.json").write_text(json.dumps({"name": "mine", "owner": "s1", "classes": []}))
    consent.record_consent("student", "kk", student_id="s1")
    consent.withdraw("s1", delete_data=True)
    assert not project.exists() and not (data_dir / "students" / "s1.json").exists()
    assert (data_dir / "students" / "s2.json").exists()
    assert consent.current("s1") is None


def test_withdraw_pc_wide_consent_and_delete_everything(data_dir):
    (data_dir / "projects" / "p").mkdir(parents=True)
    (data_dir / "settings.json").write_text("{}")
    consent.record_consent("student", "en")
    consent.withdraw(delete_data=True)
    assert list(data_dir.iterdir()) == []
    assert consent.needs_consent(require_parent=False)


@pytest.mark.parametrize(
    "content",
    [b"not json", b"[1, 2]", b'{"records": "x"}', b'{"records": [{"given_by": "stranger"}]}', b"\xff\xfe", b"",
     b"[" * 100_000 + b"]" * 100_000, b" " * 300_000],
)
def test_damaged_file_means_ask_again(data_dir, content):
    (data_dir / "consent.json").write_bytes(content)
    assert consent.load() == []
    assert consent.needs_consent(require_parent=False)
    consent.record_consent("student", "kk")  # and recording works again
    assert not consent.needs_consent(require_parent=False)


def test_invalid_consent_is_refused(data_dir):
    with pytest.raises(ConsentError):
        consent.record_consent("teacher", "kk")
    with pytest.raises(ConsentError):
        consent.record_consent("student", "")
    assert not (data_dir / "consent.json").exists()


def test_parent_consent_noted_by_the_teacher_in_the_profile_counts(data_dir):
    from app.storage import students

    student = students.create_student("Timur")
    consent.record_consent("student", "kk", student_id=student.id)
    assert consent.needs_consent(require_parent=True, student_id=student.id)
    students.record_consent(student.id, True)
    assert not consent.needs_consent(require_parent=True, student_id=student.id)
    consent.withdraw(student.id)
    assert consent.needs_consent(require_parent=True, student_id=student.id)

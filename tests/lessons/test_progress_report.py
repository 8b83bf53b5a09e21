"""Students, progress, export/import and the class report, end to end on real files."""

from __future__ import annotations

import csv
import io
import json

import pytest

from app.errors import OylaError
from app.lessons import progress as prog
from app.lessons import report, teacher
from app.lessons.checks import evaluate_step, grade
from app.lessons.loader import load_pack
from app.storage import paths, students
from tests.lessons.packfactory import make_pack

GOOD = {"classes": {"rock": 25, "paper": 21}}


def complete_lesson(record, pack, lang="en"):
    lesson = pack.lessons[0]
    text = lesson.text(lang)
    assert record.mark_step(pack.id, lesson, "intro")
    assert record.mark_step(pack.id, lesson, "collect")
    assert not record.mark_step(pack.id, lesson, "enough"), "a check step is done only after its checks pass"
    for result in evaluate_step(text, text.step("enough"), GOOD):
        record.record_check(pack.id, lesson, result)
    assert record.mark_step(pack.id, lesson, "enough")
    assert not record.mark_step(pack.id, lesson, "q")
    record.record_quiz(pack.id, lesson, grade(text.question("q1"), [0]))
    record.record_quiz(pack.id, lesson, grade(text.question("q1"), [1]))
    assert record.mark_step(pack.id, lesson, "q")


def test_students_create_rename_delete():
    aru = students.create_student("  Aru   K. ")
    assert aru.nickname == "Aru K." and len(aru.id) == 32
    with pytest.raises(students.StudentError):
        students.create_student("aru k.")
    with pytest.raises(students.StudentError):
        students.create_student("   ")
    with pytest.raises(students.StudentError):
        students.create_student("x" * 33)
    bob = students.create_student("Бауыржан")
    assert [s.nickname for s in students.list_students()] == ["Aru K.", "Бауыржан"]
    assert students.record_consent(bob.id, True).consent_recorded
    prog.save(prog.load(bob.id))
    students.delete_student(bob.id)
    assert not students.student_dir(bob.id).exists()
    assert [s.id for s in students.list_students()] == [aru.id]
    with pytest.raises(students.StudentError):
        students.get_student("../../etc")


def test_lesson_completion_and_local_report(tmp_path):
    pack = load_pack(make_pack(tmp_path))
    aru = students.create_student("Aru")
    students.create_student("Dana")
    record = prog.load(aru.id)
    complete_lesson(record, pack)
    lesson = record.lesson(pack.id, "01-first")
    assert lesson.completed and lesson.started <= lesson.completed
    assert lesson.quiz["q1"] == {"chosen": [1], "correct": True, "attempts": 2}
    prog.save(record)
    again = prog.load(aru.id)
    assert again.lesson(pack.id, "01-first").steps_done == ["intro", "collect", "enough", "q"]
    table = report.rows(report.local_progress(), [pack], lang="kk")
    assert [(r.student, r.status, r.steps_done, r.steps_total, r.quiz_correct) for r in table] == [
        ("Aru", report.COMPLETED, 4, 4, 1)]
    assert table[0].lesson_title == "Пикселдер"


def test_export_import_many_and_report(tmp_path):
    pack = load_pack(make_pack(tmp_path))
    usb = tmp_path / "usb"
    aru = students.create_student("=HYPERLINK(\"x\")")
    record = prog.load(aru.id)
    complete_lesson(record, pack)
    prog.save(record)
    dana = students.create_student("Dana <b>")
    started = prog.load(dana.id)
    assert started.mark_step(pack.id, pack.lessons[0], "intro")
    prog.save(started)
    files = [prog.export_progress(aru.id, usb / "aru.json"), prog.export_progress(dana.id, usb / "dana.json")]
    (usb / "broken.json").write_text('{"kind": "oyla-progress", "schema_version": 1}', encoding="utf-8")
    (usb / "hostile.json").write_text(json.dumps({
        "kind": "oyla-progress", "schema_version": 1, "student": {"id": "0" * 32, "nickname": "x"},
        "packs": {"../../evil": {}}}), encoding="utf-8")
    (usb / "binary.json").write_bytes(b"\xff\xfe\x00")
    found, errors = prog.import_progress_files(files + [usb / "broken.json", usb / "hostile.json",
                                                        usb / "binary.json", usb / "missing.json"])
    assert sorted(r.nickname for r in found) == ["=HYPERLINK(\"x\")", "Dana <b>"]
    assert len(errors) == 4 and all(isinstance(e, OylaError) for e in errors)
    assert "broken.json" in str(errors[0])
    table = report.rows(found, [pack])
    status = {r.student: r.status for r in table}
    assert status == {"=HYPERLINK(\"x\")": report.COMPLETED, "Dana <b>": report.IN_PROGRESS}
    text = report.to_csv(table, tr=lambda ctx, s: s.upper() if ctx == "report" else s)
    parsed = list(csv.reader(io.StringIO(text)))
    assert parsed[0][0] == "STUDENT" and len(parsed) == 3
    assert parsed[1][0] == "'=HYPERLINK(\"x\")" and parsed[1][3] == "COMPLETED" and parsed[1][4] == "4/4"
    out = report.write_csv(table, tmp_path / "class.csv")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    page = report.write_html(table, tmp_path / "class.html", "Class 7B <report>").read_text(encoding="utf-8")
    assert "Dana &lt;b&gt;" in page and "<b>" not in page and "Class 7B &lt;report&gt;" in page
    assert "http:" not in page and "https:" not in page and "<script" not in page and "src=" not in page
    assert page.count('<td class="completed"') == 1 and page.count('<td class="in-progress"') == 1
    assert "\u2713 1/1" in page and "<li>Pixels</li>" in page


def test_merge_same_nickname_from_two_pcs(tmp_path):
    pack = load_pack(make_pack(tmp_path))
    lesson = pack.lessons[0]
    first = prog.StudentProgress("a" * 32, "Aru")
    first.mark_step(pack.id, lesson, "intro")
    second = prog.StudentProgress("b" * 32, "ARU")
    second.mark_step(pack.id, lesson, "collect")
    table = report.rows([first, second], [pack])
    assert len(table) == 1 and table[0].steps_done == 2 and table[0].status == report.IN_PROGRESS


def test_teacher_settings_round_trip_and_locks(tmp_path):
    pack = load_pack(make_pack(tmp_path))
    assert teacher.load() == teacher.TeacherSettings()
    settings = teacher.TeacherSettings(faces="refuse", robot_speed_cap=200, require_parental_consent=True)
    settings = settings.with_pack_hidden("first-steps", True)
    teacher.save(settings)
    loaded = teacher.load()
    assert loaded == settings and loaded.hidden_packs == ("first-steps",)
    assert [p.id for p in loaded.visible([pack])] == ["test-pack"]
    locks = teacher.effective_locks(loaded, pack)
    assert (locks.faces, locks.robot_speed_cap) == ("refuse", 120)
    assert teacher.effective_locks(teacher.TeacherSettings(faces="allow"), pack).faces == "blur"
    in_lesson = teacher.effective_locks(teacher.TeacherSettings(faces="allow"), pack, pack.lessons[0].text("kk"))
    assert (in_lesson.faces, in_lesson.delete_samples_at_end) == ("refuse", True)
    assert teacher.effective_locks(teacher.TeacherSettings()) == teacher.Locks()
    aru = students.create_student("Aru")
    assert not teacher.may_use_camera(loaded, aru)
    assert teacher.may_use_camera(loaded, students.record_consent(aru.id, True))
    with pytest.raises(OylaError):
        teacher.save(teacher.TeacherSettings(robot_speed_cap=999))
    (paths.subdir("teacher") / "settings.json").write_text("{broken", encoding="utf-8")
    with pytest.raises(OylaError):
        teacher.load()


def test_report_ignores_ids_a_newer_pack_dropped_and_export_names_are_safe(tmp_path):
    pack = load_pack(make_pack(tmp_path))
    record = prog.StudentProgress("a" * 32, "Aru")
    complete_lesson(record, pack)
    record.lesson(pack.id, "01-first").steps_done.append("old-step")
    (row,) = report.rows([record], [pack])
    assert (row.steps_done, row.steps_total, row.checks_passed, row.quiz_correct) == (4, 4, 2, 1)
    assert prog.export_filename('a/b:c*?"') == "a_b_c___.oyla-progress.json"
    assert prog.export_filename(" .. ") == "student.oyla-progress.json"
    aru = students.create_student("Ару 7Б")
    out = prog.export_progress(aru.id, tmp_path / prog.export_filename("Ару 7Б"))
    assert out.name == "Ару 7Б.oyla-progress.json" and json.loads(out.read_text(encoding="utf-8"))["exported"]


def test_deeply_nested_json_is_refused_cleanly(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    (tmp_path / "deep.json").write_text(deep, encoding="utf-8")
    found, errors = prog.import_progress_files([tmp_path / "deep.json"])
    assert found == [] and len(errors) == 1 and "deep.json" in str(errors[0])
    aru = students.create_student("Aru")
    (students.student_dir(aru.id) / "profile.json").write_text(deep, encoding="utf-8")
    assert students.list_students() == []
    (paths.subdir("teacher") / "settings.json").write_text(deep, encoding="utf-8")
    with pytest.raises(OylaError):
        teacher.load()

"""The Lessons and Teacher pages driven like a student and a teacher would, offscreen."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt

from app.lessons import progress
from app.lessons.archive import builtin_packs_dir, packs_dir
from app.storage import students

LESSON = "01-what-a-camera-sees"


def click(qtbot, button) -> None:
    qtbot.waitUntil(button.isVisible, timeout=2000)  # new widgets in a shown layout appear on the next event loop
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def lessons_page(qtbot, window):
    window.show_page("lessons")
    page = window.pages["lessons"]
    qtbot.waitUntil(lambda: page.loaded and not page.reloading, timeout=10000)
    return page


def select_pack(page, pack_id: str) -> bool:
    """Click the pack ``pack_id`` in the Lessons page's list, as a student would; False when it is not listed."""
    ids = [entry.id for entry in page.entries]
    if pack_id in ids:
        page.pack_list.setCurrentRow(ids.index(pack_id))
    return pack_id in ids


def teacher_page(qtbot, window):
    window.show_page("teacher")
    page = window.pages["teacher"]
    qtbot.waitUntil(lambda: bool(page.entries) and not page.reloading, timeout=10000)
    return page


def save_report(qtbot, teacher, path: Path, kind: str) -> None:
    teacher.report.save(path, kind)
    qtbot.waitUntil(lambda: teacher.report.status.text() == f"Saved: {path}", timeout=10000)


def import_pack(qtbot, teacher, path: Path) -> None:
    teacher.import_pack_path(path)
    qtbot.waitUntil(lambda: not teacher.pack_status.text().startswith("Checking"), timeout=20000)


def test_student_completes_a_lesson_and_the_class_report_shows_it(qtbot, window, tmp_path):
    page = lessons_page(qtbot, window)
    assert page.hint.isVisible() and "nickname" in page.hint.text()  # empty state: who are you?
    assert not page.open_button.isEnabled()
    assert page.add_student("Aru")
    student = students.list_students()[0]
    assert page.student_box.currentText() == "Aru" and not page.hint.isVisible()

    assert select_pack(page, "first-steps")
    assert page.lesson_list.count() == 10
    assert "Not started" in page.lesson_list.item(0).text()
    page.lesson_list.setCurrentRow(0)
    click(qtbot, page.open_button)
    player = page.player
    assert page.stack.currentWidget() is player

    # 1 read, 2 classroom activity: Next marks them done
    assert player.step.kind == "read"
    qtbot.waitUntil(lambda: "pixels" in player.browser.toPlainText(), timeout=5000)
    click(qtbot, player.next_button)
    assert player.step.kind == "activity" and player.step.page == "none"
    click(qtbot, player.next_button)

    # 3 activity: opens the Studio with a fresh project holding the lesson's classes
    assert player.step.page == "studio"
    with qtbot.waitSignal(page.open_page, timeout=5000) as opened:
        click(qtbot, player.activity_button)
    assert opened.args[0] == "studio" and opened.args[1]["classes"] == ["hand", "empty table"]
    assert window.nav_buttons["studio"].isChecked()
    qtbot.waitUntil(window.pages["studio"].isVisible, timeout=2000)
    project = window.ctx.project
    assert project.labels == ["hand", "empty table"] and project.owner == student.id
    assert (project.path / "project.json").is_file()
    window.show_page("lessons")
    click(qtbot, player.next_button)

    # 4 check: fails without samples and says what to do, passes after ten pictures per class
    assert player.step.kind == "check"
    click(qtbot, player.check_button)
    qtbot.waitUntil(lambda: player.check_label.text().startswith("✗"), timeout=10000)
    assert "at least 10" in player.check_label.text()
    assert not player.done("samples-check")
    for name in project.labels:
        for i in range(10):
            project.add_sample(name, np.full((224, 224, 3), 20 * i, np.uint8))
    click(qtbot, player.check_button)
    qtbot.waitUntil(lambda: player.check_label.text().startswith("✓"), timeout=10000)
    assert player.done("samples-check")
    click(qtbot, player.next_button)

    # 5 quiz: a wrong answer gets the question's hint (not the answer) and leaves the step open; then the right answers
    assert player.step.kind == "quiz"
    quizzes = [player.text.question(q) for q in player.step.quizzes]
    first = quizzes[0]
    wrong = next(i for i in range(len(first.options)) if i not in first.answer)
    player.option_buttons[first.id][wrong].setChecked(True)
    for quiz in quizzes[1:]:
        for i in quiz.answer:
            player.option_buttons[quiz.id][i].setChecked(True)
    click(qtbot, player.answer_button)
    texts = [player.quiz_labels[q.id].text() for q in quizzes]
    assert texts[0].startswith("✗ Not quite") and first.hint in texts[0] and first.explain not in texts[0]
    assert all(t.startswith("✓ Right!") for t in texts[1:])
    assert not player.done(player.step.id)
    for i, button in enumerate(player.option_buttons[first.id]):
        button.setChecked(i in first.answer)
    click(qtbot, player.answer_button)
    assert all(player.quiz_labels[q.id].text().startswith("✓ Right!") for q in quizzes)
    assert player.next_button.text() == "Finish"
    click(qtbot, player.next_button)

    # back in the library: the lesson shows as done, and the progress is on disk
    assert page.stack.currentWidget() is page.library_view
    assert "✓ Done" in page.lesson_list.item(0).text()
    saved = json.loads((students.student_dir(student.id) / progress.FILE).read_text(encoding="utf-8"))
    lesson = saved["packs"]["first-steps"][LESSON]
    assert lesson["completed"] and set(lesson["steps_done"]) == {s.id for s in player.text.student_steps}
    assert lesson["checks_passed"] == ["ten-each"]
    assert all(answer["correct"] for answer in lesson["quiz"].values())
    assert lesson["quiz"][first.id]["attempts"] == 2

    # the teacher's class report (CSV and printable page) shows it
    teacher = teacher_page(qtbot, window)
    out = tmp_path / "class.csv"
    save_report(qtbot, teacher, out, "csv")
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    mine = [r for r in rows if r["Student"] == "Aru" and r["Lesson"] == "What a camera sees"]
    assert len(mine) == 1 and mine[0]["Status"] == "completed"
    assert mine[0]["Steps done"] == "5/5" and mine[0]["Checks passed"] == "1/1" and mine[0]["Quiz correct"] == "2/2"
    assert {r["Status"] for r in rows if r["Lesson"] != "What a camera sees"} == {"not started"}
    page_file = tmp_path / "class.html"
    save_report(qtbot, teacher, page_file, "html")
    assert "Aru" in page_file.read_text(encoding="utf-8")


def test_progress_files_from_other_computers_join_the_report(qtbot, window, tmp_path):
    teacher = teacher_page(qtbot, window)
    other = students.create_student("Dana")
    record = progress.load(other.id)
    record.lesson("first-steps", LESSON).started = students.now()
    progress.save(record)
    good = progress.export_progress(other.id, tmp_path / "dana.oyla-progress.json")
    students.delete_student(other.id)  # Dana worked on another PC: only her file is here
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    teacher.report.import_paths([good, bad])
    qtbot.waitUntil(lambda: "read." in teacher.report.status.text(), timeout=10000)
    assert "1 file(s) read." in teacher.report.status.text() and "broken.json" in teacher.report.status.text()
    assert "2 imported" not in teacher.report.counts.text() and "1 imported" in teacher.report.counts.text()
    out = tmp_path / "class.csv"
    save_report(qtbot, teacher, out, "csv")
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["Status"] for r in rows if r["Student"] == "Dana" and r["Lesson"] == "What a camera sees"] == [
        "in progress"]


def test_broken_pack_import_shows_an_error_and_keeps_the_library(qtbot, window, tmp_path):
    teacher = teacher_page(qtbot, window)
    good = tmp_path / "my-steps"
    shutil.copytree(builtin_packs_dir() / "first-steps", good)
    yaml = good / "pack.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("id: first-steps", "id: my-steps"), encoding="utf-8")
    import_pack(qtbot, teacher, good)
    assert "Imported" in teacher.pack_status.text()
    qtbot.waitUntil(lambda: "my-steps" in [e.id for e in teacher.entries], timeout=10000)
    before = [(e.id, e.pack.version) for e in teacher.entries]
    files_before = sorted(p.relative_to(packs_dir()) for p in packs_dir().rglob("*"))

    # the same pack id, now with a lesson file that breaks its front matter
    lesson = good / LESSON / "lesson.en.md"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace("minutes: 45", "minutes: lots"), encoding="utf-8")
    import_pack(qtbot, teacher, good)
    status = teacher.pack_status
    assert status.isVisible() and status.objectName() == "error"
    assert "not imported" in status.text() and f"{LESSON}/lesson.en.md:" in status.text()
    # and an archive that is not a zip at all
    junk = tmp_path / "pack.zip"
    junk.write_bytes(b"PK\x03\x04 this is not really a zip")
    import_pack(qtbot, teacher, junk)
    assert "not imported" in status.text() and "pack.zip" in status.text()

    teacher.reload()
    qtbot.waitUntil(lambda: not teacher.reloading, timeout=10000)
    assert [(e.id, e.pack.version) for e in teacher.entries] == before
    assert sorted(p.relative_to(packs_dir()) for p in packs_dir().rglob("*")) == files_before
    page = lessons_page(qtbot, window)
    assert select_pack(page, "my-steps") and page.lesson_list.count() == 10


def test_hidden_packs_leave_students_an_explanation(qtbot, window):
    teacher = teacher_page(qtbot, window)
    for row in range(teacher.pack_list.count()):  # the teacher unticks every built-in pack
        item = teacher.pack_list.item(row)
        assert item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked)
    assert {"first-steps", "machines-that-talk"} <= set(teacher.settings.hidden_packs)
    page = lessons_page(qtbot, window)
    qtbot.waitUntil(lambda: page.pack_list.count() == 0, timeout=10000)
    assert page.pack_title.text() == "No lessons yet" and "Teacher page" in page.pack_about.text()


def test_teacher_lock_deletes_the_lesson_pictures_when_the_lesson_ends(qtbot, window):
    teacher = teacher_page(qtbot, window)
    teacher.delete_check.setChecked(True)  # the teacher locks "delete pictures at the end of each lesson"
    page = lessons_page(qtbot, window)
    assert page.settings.delete_samples_at_end is True
    assert page.add_student("Timur") and select_pack(page, "first-steps")
    assert page.open_lesson(LESSON)
    player = page.player
    player.go(2)
    click(qtbot, player.activity_button)
    project = window.ctx.project
    for name in project.labels:
        project.add_sample(name, np.zeros((224, 224, 3), np.uint8))
    window.show_page("lessons")
    player.go(len(player.steps) - 1)
    click(qtbot, player.next_button)  # Finish
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.library_view, timeout=5000)
    qtbot.waitUntil(lambda: window.ctx.project.sample_counts() == {"hand": 0, "empty table": 0}, timeout=5000)
    assert "2 picture(s) were deleted" in page.notice.text()
    assert not any(project.samples_dir.rglob("*.jpg"))


def test_lesson_follows_the_language_and_a_deleted_profile_is_let_go(qtbot, window):
    page = lessons_page(qtbot, window)
    assert page.add_student("Aigerim") and select_pack(page, "first-steps") and page.open_lesson(LESSON)
    player = page.player
    lesson = player.lesson
    assert player.title.text() == lesson.text("en").title
    window.set_language("kk")
    qtbot.waitUntil(lambda: player.title.text() == lesson.text("kk").title, timeout=5000)
    assert player.step_title.text() == lesson.text("kk").student_steps[0].title
    click(qtbot, player.library_button)
    assert page.lesson_list.item(0).text().startswith("1. " + lesson.text("kk").title)
    window.set_language("en")
    qtbot.waitUntil(lambda: page.lesson_list.item(0).text().startswith("1. " + lesson.text("en").title), timeout=5000)

    students.delete_student(page.student.id)  # e.g. on the My data page
    window.show_page("data")
    page = lessons_page(qtbot, window)
    assert page.student is None and page.student_box.currentIndex() == 0
    assert page.student_box.count() == 1 and page.hint.isVisible()


def test_camera_activity_waits_for_a_parents_consent_when_the_teacher_asks(qtbot, window):
    page = lessons_page(qtbot, window)
    assert page.add_student("Nurlan")
    teacher = teacher_page(qtbot, window)
    teacher.consent_check.setChecked(True)
    page = lessons_page(qtbot, window)
    assert select_pack(page, "first-steps") and page.open_lesson(LESSON)
    page.player.go(2)
    opened = []
    page.open_page.connect(lambda key, setup: opened.append(key))
    click(qtbot, page.player.activity_button)
    assert opened == [] and page.error.isVisible() and "consent" in page.error.text()
    assert window.ctx.project is None or window.ctx.project.owner != page.student.id

    teacher = teacher_page(qtbot, window)
    item = teacher.consent.list.item(0)
    assert item.text() == "Nurlan"
    item.setCheckState(Qt.CheckState.Checked)  # the teacher notes the parent's consent
    assert students.list_students()[0].consent_recorded
    page = lessons_page(qtbot, window)
    page.open_lesson(LESSON)
    page.player.go(2)
    click(qtbot, page.player.activity_button)
    assert opened == ["studio"] and window.ctx.project.owner == page.student.id


def test_lesson_text_is_rendered_off_the_gui_thread_and_never_out_of_order(window, qtbot, monkeypatch):
    """Markdown is rendered on a worker; when the student moves on before a slow step is ready, the slow step's
    text never replaces the newer one."""
    import threading
    import time

    from app.lessons.render import render_markdown
    from app.ui.lessons import player as lesson_player

    threads = []

    def slow_first_step(body, folder):
        threads.append(threading.current_thread() is threading.main_thread())
        if "pixels" in body:
            time.sleep(0.5)
        return render_markdown(body, folder)

    monkeypatch.setattr(lesson_player, "render_markdown", slow_first_step)
    page = lessons_page(qtbot, window)
    assert page.add_student("Aru") and select_pack(page, "first-steps")
    page.lesson_list.setCurrentRow(0)
    click(qtbot, page.open_button)
    player = page.player
    player.go(1)  # before the first step's slow text is ready
    qtbot.waitUntil(lambda: len(threads) >= 2 and player.browser.toPlainText() != "…", timeout=5000)
    qtbot.wait(700)  # the first step's render has finished by now
    assert threads and not any(threads)
    assert player.index == 1 and "pixels" not in player.browser.toPlainText()

"""My data page, consent dialog and face marks in the Studio, driven like a student would, offscreen."""

from __future__ import annotations

import json
import zipfile

import cv2
import pytest
from PySide6.QtWidgets import QMessageBox
from skimage import data as skimage_data

from app.lessons import policy, teacher
from app.storage import consent, face_marks, inventory, students
from app.storage.project import create_project
from app.storage.settings import projects_dir
from app.ui.common.consent_dialog import ConsentDialog
from app.ui.studio.classes import FACE_ROLE
from app.vision.demo import render
from app.vision.faces import FaceDetector
from app.vision.preprocess import centre_square


@pytest.fixture
def confirmations(monkeypatch):
    """Every confirmation is answered Yes; the texts the student would have read are kept."""
    asked = []

    def question(_parent, title, text, *_args):
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def studio_project(window, counts):
    studio = window.pages["studio"]
    for name in counts:
        assert studio.add_class(name)
    project = window.ctx.project
    for name, n in counts.items():
        for i in range(n):
            project.add_sample(name, centre_square(render(name, i)))
    return project


def open_data_page(qtbot, window):
    """Show My data and wait for the scan that showing it starts (an older scan's result does not count)."""
    page = window.pages["data"]
    assert not page.isVisible()
    with qtbot.waitSignal(page.updated, timeout=10000):
        window.nav_buttons["data"].click()
    return page


def wait_done(qtbot, page, action):
    """Run an action of the page and wait until it is done and the page shows the data folder again."""
    with qtbot.waitSignal(page.updated, timeout=20000):
        task = action()
        assert task is not None


def test_my_data_lists_exports_and_deletes_a_studio_project(qtbot, window, confirmations, tmp_path):
    project = studio_project(window, {"fist": 3, "palm": 2})
    page = open_data_page(qtbot, window)
    assert page.projects.rowCount() == 1 and not page.no_projects.isVisible()
    cells = [page.projects.item(0, c).text() for c in range(5)]
    assert cells[0] == project.name and cells[1] == "everyone"
    assert cells[2] == "fist 3 · palm 2" and cells[3] == "no" and cells[4].endswith("KB")
    assert "1 project(s)" in page.summary.text()

    page.projects.selectRow(0)
    slug = project.path.name
    without = tmp_path / "without.zip"
    wait_done(qtbot, page, lambda: page.export_project(slug, without, page.include_images.isChecked()))
    assert "without pictures" in page.status.text()
    assert not any("/samples/" in n for n in zipfile.ZipFile(without).namelist())
    page.include_images.setChecked(True)
    wait_done(qtbot, page, lambda: page.export_project(slug, tmp_path / "with.zip",
                                                        page.include_images.isChecked()))
    assert sum(n.endswith(".jpg") for n in zipfile.ZipFile(tmp_path / "with.zip").namelist()) == 5

    page.projects.selectRow(0)
    assert page.delete_project_button.isEnabled()
    assert page.delete_project_button.isEnabled()
    wait_done(qtbot, page, lambda: page.delete_project_button.click() or page.working.task)
    title, text = confirmations[-1]
    assert title == "Delete project" and project.name in text and "5 picture(s)" in text and "no trained model" in text
    assert not project.path.exists() and window.ctx.project is None
    assert window.pages["studio"].project_label.text() == "No project"
    assert page.projects.rowCount() == 0 and page.no_projects.isVisible()


def test_delete_student_then_everything_removes_the_files(qtbot, window, confirmations, data_dir):
    student = students.create_student("Aigerim")
    theirs = create_project(projects_dir() / "theirs", name="Aigerim's", classes=["a"], owner=student.id)
    theirs.add_sample("a", centre_square(render("fist", 0)))
    shared = create_project(projects_dir() / "shared", name="Shared", classes=["b"])
    window.ctx.set_project(theirs)
    page = open_data_page(qtbot, window)
    assert page.students.rowCount() == 1 and page.students.item(0, 0).text() == "Aigerim"
    owners = {page.projects.item(r, 0).text(): page.projects.item(r, 1).text() for r in range(2)}
    assert owners == {"Aigerim's": "Aigerim", "Shared": "everyone"}

    page.students.selectRow(0)
    wait_done(qtbot, page, lambda: page.delete_student_button.click() or page.working.task)
    assert "Aigerim" in confirmations[-1][1] and "Aigerim's" in confirmations[-1][1]
    assert not theirs.path.exists() and not (data_dir / "students" / student.id).exists()
    assert shared.path.exists() and window.ctx.project is None
    assert [s.student_id for s in inventory.scan().students] == []

    consent.record_consent("student", "en")
    wait_done(qtbot, page, lambda: page.delete_all_button.click() or page.working.task)
    assert "1 project(s)" in confirmations[-1][1] and str(data_dir) in confirmations[-1][1]
    assert not (data_dir / "projects").exists() and not (data_dir / "consent.json").exists()
    assert policy.consent_step_needed()
    dialogs = window.findChildren(ConsentDialog)  # consent went with everything: asked again, camera off
    assert dialogs and not window.ctx.gate.allowed
    dialogs[-1].reject()


def test_parent_consent_is_noted_by_the_teacher_never_ticked_in_the_consent_dialog(qtbot, window):
    consent.consent_path().unlink()  # nobody has agreed yet on this computer
    teacher.save(teacher.TeacherSettings(require_parental_consent=True))
    studio = window.pages["studio"]
    window.show_page("studio")
    qtbot.waitUntil(lambda: not studio.camera.live and studio.error.isVisible(), timeout=5000)
    assert "Give consent" in studio.error.text()
    page = open_data_page(qtbot, window)
    assert page.consent_button.text() == "Give consent…"
    page.consent_button.click()
    dialog = window.findChildren(ConsentDialog)[-1]
    assert dialog.isVisible() and str(inventory.paths.data_dir()) in dialog.folder.text()
    assert "never uses the internet" in dialog.body.text() and "Faces are not needed" in dialog.after.text()
    assert not dialog.parent_box.isVisible() and dialog.parent_note.isVisible()  # nothing a child can tick
    assert "teacher records it" in dialog.parent_note.text()

    dialog.agree.setChecked(True)
    dialog.ok_button.click()
    record = consent.current(None)
    assert record.given_by == "student" and record.language == "en" and record.active
    window.show_page("studio")  # consent alone is not enough here: the camera stays off and says why
    qtbot.waitUntil(lambda: "Choose your name" in studio.error.text(), timeout=5000)
    assert not studio.camera.live

    student = students.create_student("Aru")
    lessons = window.pages["lessons"]
    lessons._fill_students()
    lessons.select_student(student.id)
    window.show_page("studio")
    qtbot.waitUntil(lambda: "teacher notes your parent" in studio.error.text(), timeout=5000)
    students.record_consent(student.id, True)  # what the Teacher page's tick does
    qtbot.waitUntil(lambda: studio.camera.live, timeout=5000)  # the gate asks again by itself
    assert not studio.error.isVisible()

    page = open_data_page(qtbot, window)
    assert page.consent_button.text() == "Withdraw consent…" and "the student" in page.consent_label.text()
    wait_done(qtbot, page, lambda: page.withdraw_consent(delete_data=False))
    assert consent.current(None).withdrawn and not window.ctx.gate.allowed
    assert window.ctx.gate.code == policy.WITHDRAWN
    for dialog in window.findChildren(ConsentDialog):
        dialog.reject()


def test_face_sample_is_marked_and_blur_removes_the_face(qtbot, window, tmp_path):
    face = tmp_path / "astronaut.png"
    cv2.imwrite(str(face), cv2.cvtColor(skimage_data.astronaut(), cv2.COLOR_RGB2BGR))
    hand = tmp_path / "hand.png"
    cv2.imwrite(str(hand), cv2.cvtColor(render("palm", 0), cv2.COLOR_RGB2BGR))
    studio = window.pages["studio"]
    assert studio.add_class("palm")
    task = studio.importer.start("palm", [face, hand, face])
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    card = studio.classes.cards["palm"]
    qtbot.waitUntil(lambda: card.thumbs.count() == 3, timeout=5000)
    assert len(card.marked) == 2 and card.face_note.isVisible()
    assert card.face_text.text().startswith("2 pictures seem to show a face.")
    badges = [card.thumbs.item(i) for i in range(3) if card.thumbs.item(i).data(FACE_ROLE)]
    assert len(badges) == 2 and all("face" in item.toolTip() for item in badges)

    first, second = sorted(card.marked)
    card.remove_faces([second])
    assert not second.exists() and card.thumbs.count() == 2
    assert card.face_text.text().startswith("This picture seems to show a face.")
    card.blur_button.click()
    qtbot.waitUntil(lambda: not card.faces_slot.busy and not card.marked, timeout=10000)
    assert not card.face_note.isVisible() and first.exists()
    assert FaceDetector().detect(cv2.cvtColor(cv2.imread(str(first)), cv2.COLOR_BGR2RGB)) == []
    assert face_marks.marked(window.ctx.project.path) == {}
    assert json.loads((window.ctx.project.path / "faces.json").read_text("utf-8"))["marks"] == []
    assert not any(card.thumbs.item(i).data(FACE_ROLE) for i in range(card.thumbs.count()))


def test_teacher_refuses_faces_recording_keeps_the_rest_and_says_why(qtbot, window):
    teacher.save(teacher.TeacherSettings(faces="refuse"))
    studio = window.pages["studio"]
    assert studio.add_class("palm")
    project = window.ctx.project
    studio.writer.put(project, "palm", [skimage_data.astronaut(), render("palm", 2)])
    qtbot.waitUntil(lambda: studio.error.isVisible(), timeout=20000)
    assert "1 picture(s) showed a face and were not saved" in studio.error.text()
    assert len(project.samples("palm")) == 1 and face_marks.marked(project.path) == {}


def test_consent_dialog_speaks_the_chosen_language(qtbot, window):
    window.pages["data"].consent_requested.emit()
    dialog = window.findChildren(ConsentDialog)[-1]
    english = dialog.body.text()
    dialog.language.activated.emit(dialog.language.findData("ru"))
    assert window.ctx.languages.current == "ru" and window.language_actions["ru"].isChecked()
    qtbot.waitUntil(lambda: dialog.body.text() != english, timeout=5000)
    assert dialog.title.text() != "Before you start: Oyla and your camera"
    dialog.agree.setChecked(True)
    dialog.ok_button.click()
    assert consent.current(None).language == "ru" and consent.current(None).given_by == "student"
    window.set_language("en")


def test_a_damaged_project_is_listed_with_a_note_and_can_be_deleted(qtbot, window, confirmations):
    broken = projects_dir() / "broken"
    (broken / "samples" / "x").mkdir(parents=True)
    (broken / "project.json").write_text("{not json", "utf-8")
    page = open_data_page(qtbot, window)
    assert page.error.isVisible() and "could not be read" in page.error.text()
    assert page.projects.item(0, 0).text() == "broken"
    page.projects.selectRow(0)
    wait_done(qtbot, page, lambda: page.delete_project_button.click() or page.working.task)
    assert not broken.exists() and page.projects.rowCount() == 0

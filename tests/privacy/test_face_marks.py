"""Face marks (faces.json) and the face rule applied to every new sample in app.ml.ingest."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest
from skimage import data as skimage_data

from app.lessons import teacher
from app.ml import ingest
from app.storage import face_marks
from app.storage.project import create_project
from app.vision.demo import render
from app.vision.faces import FaceDetector, FacesNotAllowed
from app.vision.preprocess import centre_square


@pytest.fixture(scope="module")
def face() -> np.ndarray:
    return np.ascontiguousarray(skimage_data.astronaut())  # 512×512 RGB, a face looking at the camera


@pytest.fixture(scope="module")
def detector() -> FaceDetector:
    return FaceDetector()


@pytest.fixture
def project(data_dir):
    return create_project(data_dir / "projects" / "p", name="P", classes=["fist", "palm"])


def read_rgb(path) -> np.ndarray:
    return cv2.cvtColor(cv2.imread(str(path)), cv2.COLOR_BGR2RGB)


def test_mark_unmark_persist_with_schema_version(project):
    a = project.add_sample("fist", centre_square(render("fist", 0)))
    b = project.add_sample("palm", centre_square(render("palm", 0)))
    face_marks.mark(project.path, a, [(10, 20, 30, 40)])
    face_marks.mark(project.path, b, [(1, 2, 3, 4), (5, 6, 7, 8)])
    data = json.loads((project.path / "faces.json").read_text("utf-8"))
    assert data["schema_version"] == 1
    assert {m["sample"] for m in data["marks"]} == {f"fist/{a.name}", f"palm/{b.name}"}
    marked = face_marks.marked(project.path)
    assert marked[a].faces == ((10, 20, 30, 40),) and len(marked[b].faces) == 2
    face_marks.unmark(project.path, [a])
    assert set(face_marks.marked(project.path)) == {b}
    b.unlink()  # a sample deleted elsewhere is no longer listed
    assert face_marks.marked(project.path) == {}


def test_damaged_or_hostile_faces_json_means_nothing_marked(project):
    a = project.add_sample("fist", centre_square(render("fist", 0)))
    (project.path / "faces.json").write_text("{not json", "utf-8")
    assert face_marks.marked(project.path) == {}
    (project.path / "faces.json").write_text(json.dumps({"schema_version": 1, "marks": [
        {"sample": "../../outside.jpg", "faces": [], "at": "x"},
        {"sample": f"fist/{a.name}", "faces": [[1, 2, "3", 4]], "at": "x"},
    ]}), "utf-8")
    assert face_marks.marked(project.path) == {}
    with pytest.raises(face_marks.FaceMarkError):
        face_marks.mark(project.path, project.path.parent / "elsewhere.jpg", [])


def test_ingest_allow_marks_face_and_not_demo_picture(project, face, detector):
    report = ingest.ImportReport()
    paths = ingest.add_squares(project, "fist", [centre_square(face), centre_square(render("fist", 3))], None,
                               "allow", report, detector=detector)
    assert len(paths) == 2 and project.sample_counts()["fist"] == 2
    assert report.marked == [paths[0]] and report.blurred == [] and report.refused == []
    marked = face_marks.marked(project.path)
    assert list(marked) == [paths[0]] and marked[paths[0]].faces
    # the kept picture is the original (not blurred): the face is still found in the saved file
    assert detector.detect(read_rgb(paths[0]))


def test_blur_removes_the_face_and_the_mark_and_deleting_forgets_the_mark(project, face, detector):
    face_sample = ingest.add_squares(project, "fist", [centre_square(face)], None, "allow", detector=detector)[0]
    other = ingest.add_squares(project, "palm", [centre_square(face)], None, "allow", detector=detector)[0]
    cached = project.path / "embeddings" / "abc" / "fist" / f"{face_sample.stem}.npy"
    cached.parent.mkdir(parents=True)
    np.save(cached, np.zeros(3, np.float32))
    assert face_marks.blur(project.path, [face_sample]) == 1
    assert detector.detect(read_rgb(face_sample)) == []
    assert not cached.exists()  # the embedding of the unblurred picture is forgotten
    assert set(face_marks.marked(project.path)) == {other}
    face_marks.unmark(project.path, [other])  # as the Studio's "delete the pictures with faces" does
    project.remove_sample(other)
    assert not other.exists() and face_marks.marked(project.path) == {}
    assert other.name not in (project.path / "faces.json").read_text("utf-8")
    assert project.samples("fist") == [face_sample]


def test_ingest_blur_rule_saves_blurred_face_without_mark(project, face, detector):
    report = ingest.ImportReport()
    paths = ingest.add_squares(project, "fist", [centre_square(face)], None, "blur", report, detector=detector)
    assert report.blurred == paths and report.marked == []
    assert detector.detect(read_rgb(paths[0])) == []
    assert face_marks.marked(project.path) == {}


def test_ingest_refuse_rule_keeps_other_pictures_and_says_why(project, face, tmp_path):
    files = []
    for name, image in (("astronaut.png", face), ("fist.png", render("fist", 1))):
        cv2.imwrite(str(tmp_path / name), cv2.cvtColor(image, cv2.COLOR_RGB2BGR))
        files.append(tmp_path / name)
    with pytest.raises(FacesNotAllowed) as refused:
        ingest.import_files(project, "palm", files, None, face_rule="refuse")
    assert "1 picture(s) showed a face" in str(refused.value)
    assert project.sample_counts()["palm"] == 1  # the demo picture was kept, the face was not saved
    report = ingest.import_files(project, "palm", files, None, face_rule="refuse", raise_refused=False)
    assert report.refused == ["astronaut.png"] and len(report.added) == 1


def test_default_rule_comes_from_the_teacher_lock(project, face):
    assert ingest.default_face_rule() == "allow"
    teacher.save(teacher.TeacherSettings(faces="refuse"))
    assert ingest.default_face_rule() == "refuse"
    report = ingest.ImportReport()
    assert ingest.add_frames(project, "fist", [face], None, report=report) == []
    assert len(report.refused) == 1 and project.sample_counts()["fist"] == 0

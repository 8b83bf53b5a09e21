"""The "My data" inventory: listing, exporting and deleting what Oyla stores (deletion checked on disk)."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from app.storage import consent, inventory
from app.storage.reading import DataError


def make_project(root: Path, slug: str, owner: str | None, classes: dict[str, int], model: bool = True) -> Path:
    folder = root / "projects" / slug
    folder.mkdir(parents=True)
    meta = {
        "schema_version": 1,
        "name": slug.title(),
        "owner": owner,
        "classes": [{"name": name, "background": False} for name in classes],
        "settings": {},
    }
    (folder / "project.json").write_text(json.dumps(meta))
    for name, count in classes.items():
        (folder / "samples" / name).mkdir(parents=True)
        for i in range(count):
            (folder / "samples" / name / f"{i:04d}.png").write_bytes(b"\x89PNG" + bytes(100))
    (folder / "embeddings").mkdir()
    (folder / "embeddings" / "cache.npy").write_bytes(bytes(512))
    if model:
        (folder / "model").mkdir()
        (folder / "model" / "head.safetensors").write_bytes(bytes(64))
        (folder / "model" / "model.json").write_text("{}")
    return folder


def make_student(root: Path, student_id: str) -> None:
    """The layout of app.storage.students: students/<id>/profile.json plus progress files beside it."""
    folder = root / "students" / student_id
    folder.mkdir(parents=True)
    (folder / "profile.json").write_text(json.dumps({"schema_version": 1, "id": student_id, "nickname": "Nick"}))
    (folder / "progress.json").write_text("{}")


def all_files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_scan_lists_projects_students_packs_cache_and_sizes(data_dir):
    make_project(data_dir, "rock-paper", "aigerim", {"rock": 3, "paper": 2})
    make_project(data_dir, "cups", None, {"cup": 1}, model=False)
    make_student(data_dir, "aigerim")
    (data_dir / "packs" / "robots-1").mkdir(parents=True)
    (data_dir / "packs" / "robots-1" / "pack.yaml").write_text("x" * 300)
    (data_dir / "cache").mkdir()
    (data_dir / "cache" / "backbone.onnx").write_bytes(bytes(2000))

    inv = inventory.scan()
    projects = {p.slug: p for p in inv.projects}
    assert projects["rock-paper"].samples == {"rock": 3, "paper": 2}
    assert projects["rock-paper"].sample_count == 5
    assert projects["rock-paper"].has_model and not projects["cups"].has_model
    assert projects["rock-paper"].owner == "aigerim" and projects["rock-paper"].name == "Rock-Paper"
    assert projects["rock-paper"].size_bytes == 5 * 104 + 512 + 64 + 2 + len((data_dir / "projects/rock-paper/project.json").read_bytes())
    assert [p.slug for p in inv.projects_of("aigerim")] == ["rock-paper"]
    [student] = inv.students
    assert student.student_id == "aigerim" and student.nickname == "Nick"
    assert student.profile == data_dir / "students" / "aigerim" / "profile.json"
    assert student.progress == [data_dir / "students" / "aigerim" / "progress.json"]
    assert [(p.pack_id, p.size_bytes) for p in inv.packs] == [("robots-1", 300)]
    assert inv.cache_bytes == 2000
    assert inv.total_bytes == sum(p.stat().st_size for p in data_dir.rglob("*") if p.is_file())
    assert inv.problems == []


def test_scan_tolerates_damaged_and_missing_files(data_dir):
    bad = make_project(data_dir, "broken", None, {"a": 2})
    (bad / "project.json").write_text("{not json")
    wrong = make_project(data_dir, "wrong-types", None, {"b": 1})
    (wrong / "project.json").write_text(json.dumps({"name": 5, "owner": [1], "classes": "x"}))
    (data_dir / "projects" / "empty").mkdir()
    inv = inventory.scan()
    projects = {p.slug: p for p in inv.projects}
    assert projects["broken"].samples == {"a": 2} and projects["broken"].name == "broken"
    assert projects["wrong-types"].owner is None and projects["wrong-types"].samples == {"b": 1}
    assert projects["empty"].sample_count == 0
    assert len(inv.problems) == 2  # broken project.json, missing project.json in "empty"
    assert all(isinstance(problem, DataError) for problem in inv.problems)


def test_scan_of_an_empty_data_folder(data_dir):
    inv = inventory.scan()
    assert inv.projects == [] and inv.students == [] and inv.packs == [] and inv.total_bytes == 0


def test_delete_project_removes_its_files_only(data_dir):
    make_project(data_dir, "keep", None, {"a": 1})
    before = all_files(data_dir)
    make_project(data_dir, "gone", None, {"a": 4})
    inventory.delete_project("gone")
    assert not (data_dir / "projects" / "gone").exists()
    assert all_files(data_dir) == before
    with pytest.raises(DataError):
        inventory.delete_project("gone")


@pytest.mark.parametrize("slug", ["..", "../x", "a/b", ".hidden", "", "..\\x"])
def test_delete_refuses_names_that_escape(data_dir, slug):
    with pytest.raises(DataError):
        inventory.delete_project(slug)


def test_delete_samples_keeps_project_and_model(data_dir):
    folder = make_project(data_dir, "lesson", None, {"rock": 3, "paper": 2})
    assert inventory.delete_samples("lesson") == 5
    assert not (folder / "samples").exists() and not (folder / "embeddings").exists()
    assert (folder / "project.json").is_file() and (folder / "model" / "head.safetensors").is_file()
    assert inventory.scan().projects[0].sample_count == 0


def test_delete_student_removes_profile_progress_projects_and_consent(data_dir):
    make_student(data_dir, "aigerim")
    make_student(data_dir, "timur")
    make_project(data_dir, "hers", "aigerim", {"a": 1})
    make_project(data_dir, "his", "timur", {"a": 1})
    consent.record_consent("student", "kk", student_id="aigerim")
    consent.record_consent("parent", "ru", student_id="timur")
    assert inventory.delete_student("aigerim") == ["hers"]
    left = all_files(data_dir)
    assert not any("aigerim" in f or f.startswith("projects/hers") for f in left)
    assert {"students/timur/profile.json", "students/timur/progress.json", "projects/his/project.json"} <= left
    assert consent.current("aigerim") is None and consent.current("timur") is not None


def test_delete_everything_empties_the_folder_but_not_link_targets(data_dir, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside")
    (outside / "precious.txt").write_text("keep me")
    make_project(data_dir, "p", "s", {"a": 2})
    make_student(data_dir, "s")
    (data_dir / "settings.json").write_text("{}")
    consent.record_consent("student", "en")
    try:
        os.symlink(outside, data_dir / "projects" / "p" / "samples" / "link", target_is_directory=True)
        os.symlink(outside / "precious.txt", data_dir / "file-link")
    except (OSError, NotImplementedError):
        pytest.skip("cannot create symbolic links here")
    inventory.delete_everything()
    assert list(data_dir.iterdir()) == []
    assert (outside / "precious.txt").read_text() == "keep me"


def test_delete_refuses_a_projects_folder_that_links_outside(data_dir, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere")
    make_project(outside, "victim", None, {"a": 1})
    try:
        os.symlink(outside / "projects", data_dir / "projects", target_is_directory=True)
    except (OSError, NotImplementedError):
        pytest.skip("cannot create symbolic links here")
    with pytest.raises(DataError):
        inventory.delete_project("victim")
    with pytest.raises(DataError):
        inventory.delete_samples("victim")
    assert (outside / "projects" / "victim" / "samples" / "a" / "0000.png").is_file()
    inventory.delete_everything()  # removes the link itself, not what it points to
    assert not (data_dir / "projects").exists()
    assert (outside / "projects" / "victim" / "project.json").is_file()


def test_export_without_images_has_no_images(data_dir, tmp_path):
    make_project(data_dir, "p", None, {"rock": 2})
    zip_path = inventory.export_project("p", tmp_path / "p.zip", include_images=False)
    names = set(zipfile.ZipFile(zip_path).namelist())
    assert names == {"p/project.json", "p/model/head.safetensors", "p/model/model.json"}


def test_export_with_images(data_dir, tmp_path):
    folder = make_project(data_dir, "p", None, {"rock": 2})
    zip_path = inventory.export_project("p", tmp_path / "p.zip", include_images=True)
    with zipfile.ZipFile(zip_path) as archive:
        names = set(archive.namelist())
        assert archive.read("p/samples/rock/0001.png") == (folder / "samples/rock/0001.png").read_bytes()
    assert {"p/samples/rock/0000.png", "p/samples/rock/0001.png", "p/project.json"} <= names
    assert not any("embeddings" in name for name in names)


def test_export_of_missing_project_fails_clearly(data_dir, tmp_path):
    with pytest.raises(DataError, match="no project called nope"):
        inventory.export_project("nope", tmp_path / "x.zip", include_images=False)
    assert not (tmp_path / "x.zip").exists()


def test_inventory_reads_what_the_real_project_and_student_modules_write(data_dir):
    import numpy as np

    from app.storage import project as project_module
    from app.storage import students

    student = students.create_student("Aigerim")
    project = project_module.create_project(
        data_dir / "projects" / "hands", name="Hands", classes=["open", "fist"], owner=student.id
    )
    for _ in range(3):
        project.add_sample("open", np.zeros((224, 224, 3), np.uint8))
    inv = inventory.scan()
    [info] = inv.projects
    assert (info.name, info.owner, info.samples, info.has_model) == ("Hands", student.id, {"open": 3, "fist": 0}, False)
    [student_info] = inv.students
    assert student_info.student_id == student.id and student_info.nickname == "Aigerim"
    assert inventory.delete_student(student.id) == ["hands"]
    assert students.list_students() == [] and inventory.scan().projects == []

import json

import numpy as np
import pytest

from app.storage.project import SCHEMA_VERSION, ProjectError, create_project, open_project


def square(value=128):
    return np.full((224, 224, 3), value, np.uint8)


def test_create_add_rename_reorder_reopen(tmp_path):
    project = create_project(tmp_path / "p", classes=["left", "right"])
    project.add_class("фон", background=True)
    project.add_sample("left", square())
    project.add_sample("left", square(10))
    project.rename_class("left", "солға")
    project.move_class("фон", 0)
    again = open_project(tmp_path / "p")
    assert again.labels == ["фон", "солға", "right"]
    assert again.class_info("фон").background
    assert again.sample_counts() == {"фон": 0, "солға": 2, "right": 0}
    data = json.loads((tmp_path / "p" / "project.json").read_text("utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION


@pytest.mark.parametrize("bad", ["", "a/b", "..", "con", "x" * 41, "what?"])
def test_bad_class_names_are_refused(tmp_path, bad):
    project = create_project(tmp_path / "p", classes=["ok"])
    with pytest.raises(ProjectError):
        project.add_class(bad)


def test_duplicate_class_names_differ_only_in_case(tmp_path):
    project = create_project(tmp_path / "p", classes=["Left"])
    with pytest.raises(ProjectError, match="already"):
        project.add_class("left")


def test_schema_1_is_migrated(tmp_path):
    folder = tmp_path / "old"
    (folder / "samples" / "a").mkdir(parents=True)
    (folder / "project.json").write_text(json.dumps({"schema_version": 1, "name": "old", "classes": ["a", "b"]}))
    project = open_project(folder)
    assert project.labels == ["a", "b"] and project.settings.epochs == 25
    assert json.loads((folder / "project.json").read_text())["schema_version"] == SCHEMA_VERSION


@pytest.mark.parametrize("content", ["{not json", '{"classes": 5}', '{"classes": [{"nome": 1}]}',
                                      '{"schema_version": 2, "classes": [], "settings": {"epochs": -1}}', "\xff\xfe"])
def test_damaged_project_json_names_the_file(tmp_path, content):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "project.json").write_text(content, encoding="latin-1")
    with pytest.raises(ProjectError) as info:
        open_project(folder)
    assert "project.json" in str(info.value)


def test_newer_schema_asks_for_an_update(tmp_path):
    folder = tmp_path / "future"
    folder.mkdir()
    (folder / "project.json").write_text(json.dumps({"schema_version": 99, "classes": []}))
    with pytest.raises(ProjectError, match="newer Oyla"):
        open_project(folder)


def test_remove_class_can_be_undone_until_the_next_delete(tmp_path):
    project = create_project(tmp_path / "p", classes=["a", "b", "c"])
    project.add_sample("a", square())
    record = project.remove_class("a")
    assert project.labels == ["b", "c"] and not (project.samples_dir / "a").exists()
    assert open_project(project.path).labels == ["b", "c"]
    project.restore_class(record)
    assert project.labels == ["a", "b", "c"] and len(project.samples("a")) == 1
    project.remove_class("a")
    project.remove_class("b")  # the first delete can no longer be undone: its pictures are gone
    assert not any(project.trash_dir.rglob("*.jpg"))
    project.empty_trash()
    assert not project.trash_dir.exists()


def test_save_as_copies_everything(tmp_path):
    from app.storage.project import save_project_as

    project = create_project(tmp_path / "p", classes=["a", "b"])
    project.add_sample("a", square())
    copy = save_project_as(project, tmp_path / "copy", "Copy")
    assert copy.name == "Copy" and copy.labels == ["a", "b"] and len(copy.samples("a")) == 1
    assert open_project(tmp_path / "p").name == "p"
    with pytest.raises(ProjectError, match="not empty"):
        save_project_as(project, tmp_path / "copy")


def test_atomic_write_leaves_old_file_on_failure(tmp_path, monkeypatch):
    from app.storage import atomic

    target = tmp_path / "f.json"
    atomic.write_json(target, {"v": 1})

    def boom(*_):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(OSError):
        atomic.write_json(target, {"v": 2})
    assert json.loads(target.read_text()) == {"v": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_rename_keeps_face_marks_and_cached_embeddings(tmp_path):
    from app.storage import face_marks

    project = create_project(tmp_path / "p", classes=["a"])
    sample = project.add_sample("a", square())
    face_marks.mark(project.path, sample, [(1, 2, 30, 30)])
    cached = project.path / "embeddings" / "abc" / "a" / f"{sample.stem}.npy"
    cached.parent.mkdir(parents=True)
    cached.write_bytes(b"x")
    project.rename_class("a", "b")
    moved = project.samples_dir / "b" / sample.name
    assert moved.is_file() and moved in face_marks.marked(project.path)
    assert list(face_marks.marked(project.path)) == [moved]
    assert (project.path / "embeddings" / "abc" / "b" / f"{sample.stem}.npy").is_file()

"""Issue 14's hostile cases through the ``oyla`` command: bad settings, class names, sample ids, weights, special
files, full and read-only disks, and escape sequences. Each gives one clear line (or is refused), quickly, and
leaves the old data as it was."""

from __future__ import annotations

import errno
import json
import os
import threading
from pathlib import Path

import numpy as np
import pytest

from app.cli import main
from app.ml import model_io, robustness
from app.ml.backbone import EMBED_DIM
from app.ml.heads import HIDDEN, MLPHead
from app.storage import paths
from app.storage.project import ProjectError, create_project, open_project
from app.storage.settings import AppSettings, load_settings
from app.textsafe import terminal_json, terminal_text
from tests.conftest import write_demo_folder


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.fixture
def real_embedder(monkeypatch, embedder):
    """The CLI makes its own Embedder; hand it the session's real one (built once) instead."""
    monkeypatch.setattr("app.cli._embedder", lambda: embedder)
    return embedder


@pytest.fixture
def modelled(tmp_path) -> Path:
    """A project with two classes, one picture each, and a saved MLP model (no backbone needed)."""
    project = create_project(tmp_path / "p", classes=["red", "blue"])
    for name, colour in (("red", (255, 0, 0)), ("blue", (0, 0, 255))):
        project.add_sample(name, np.full((224, 224, 3), colour, np.uint8))
    rng = np.random.default_rng(0)
    head = MLPHead(rng.normal(size=(HIDDEN, EMBED_DIM)).astype(np.float32) * 0.01, np.zeros(HIDDEN, np.float32),
                   rng.normal(size=(2, HIDDEN)).astype(np.float32))
    model_io.save_model(project.model_dir, head, project.labels, {}, {}, {}, "0" * 64)
    return project.path


# ------------------------------------------------------------------------------------------------- settings


@pytest.mark.parametrize("argv, what", [(["--seed=-1"], "--seed"), (["--seed", str(2**32)], "--seed"),
                                        (["--epochs", "0"], "--epochs"), (["--epochs", "9" * 5000], "--epochs")])
def test_out_of_range_training_settings_are_refused_at_the_cli(tmp_path, capsys, argv, what):
    create_project(tmp_path / "p", classes=["a", "b"])
    before = (tmp_path / "p" / "project.json").read_bytes()
    with pytest.raises(SystemExit) as info:
        main(["train", str(tmp_path / "p"), *argv])
    assert info.value.code == 2
    assert what in one_line(capsys.readouterr().err)
    assert (tmp_path / "p" / "project.json").read_bytes() == before


@pytest.mark.parametrize("value", ["5", "nan", "-0.1", "inf"])
def test_out_of_range_threshold_is_refused(capsys, value):
    with pytest.raises(SystemExit):
        main(["predict", "p", "x.jpg", "--threshold", value])
    assert "is not a number from 0 to 1" in one_line(capsys.readouterr().err)


@pytest.mark.parametrize("settings", [{"seed": -1}, {"seed": 2**40}, {"epochs": True}, {"augment": 1},
                                      {"learning_rate": 0}, {"threshold": False}, {"holdout": 0.9}])
def test_a_saved_bad_setting_is_a_clear_error_not_a_crash_in_training(tmp_path, capsys, settings):
    create_project(tmp_path / "p", classes=["a", "b"])
    file = tmp_path / "p" / "project.json"
    data = json.loads(file.read_text())
    data["settings"].update(settings)
    file.write_text(json.dumps(data))
    code, _, err = run(capsys, "train", tmp_path / "p")
    assert code == 1 and f"The setting {next(iter(settings))} has a wrong value" in one_line(err)


@pytest.mark.parametrize("text", ['"created_at": ' + "9" * 5000, '"created_at": NaN', '"created_at": 1e400',
                                  '"created_at": ' + "9" * 400])
def test_huge_numbers_in_project_json_are_a_damaged_file(tmp_path, text):
    create_project(tmp_path / "p", classes=["a", "b"])
    file = tmp_path / "p" / "project.json"
    file.write_text(file.read_text().rstrip()[:-1] + ", " + text + "}")
    with pytest.raises(ProjectError, match="project.json is damaged"):
        open_project(tmp_path / "p")


# ------------------------------------------------------------------------------------------------- new --from-folder


def name_bytes(name: str | bytes) -> bytes:
    return name if isinstance(name, bytes) else name.encode()


@pytest.mark.parametrize("bad", ["CON", "a:b", "Red", b"caf\xe9", "\x1b[31mred", "back\u202ewards"],
                         ids=["reserved", "colon", "case duplicate", "not utf-8", "escape", "bidi override"])
def test_bad_class_folders_are_refused_before_anything_is_written(tmp_path, capsys, bad):
    folder = write_demo_folder(tmp_path / "pictures", per_class=1, scenes=("fist", "palm"))
    os.rename(folder / "palm", os.path.join(bytes(folder), name_bytes(bad)))
    (folder / "red").mkdir()
    target = tmp_path / "project"
    code, _, err = run(capsys, "new", target, "--from-folder", folder)
    line = one_line(err)
    assert code == 1 and "\x1b" not in line and "\u202e" not in line
    assert not target.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["pictures"]


def test_a_failed_import_leaves_nothing_and_a_rerun_works(tmp_path, capsys, monkeypatch, real_embedder):
    folder = write_demo_folder(tmp_path / "pictures", per_class=2, scenes=("fist", "palm"))
    target = tmp_path / "project"
    real = os.replace

    def full_disk(src, dst):
        if Path(dst).suffix == ".jpg":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dst))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", full_disk)
    code, _, err = run(capsys, "new", target, "--from-folder", folder)
    assert code == 1 and "No space left on device" in one_line(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pictures"]  # no project, no hidden staging folder
    monkeypatch.setattr(os, "replace", real)
    code, out, _ = run(capsys, "new", target, "--from-folder", folder)
    assert code == 0 and "fist (2), palm (2)" in out
    assert open_project(target).sample_counts() == {"fist": 2, "palm": 2}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_among_the_pictures_is_skipped_not_waited_on(tmp_path, capsys):
    from app.ml.ingest import project_from_folder

    folder = write_demo_folder(tmp_path / "pictures", per_class=1, scenes=("fist", "palm"))
    os.mkfifo(folder / "fist" / "x.jpg")
    result = {}
    worker = threading.Thread(target=lambda: result.update(
        done=project_from_folder(tmp_path / "project", folder, None)), daemon=True)
    worker.start()
    worker.join(30)
    if worker.is_alive():
        with open(folder / "fist" / "x.jpg", "wb"):
            pass
        pytest.fail("importing waited on a named pipe")
    project, report = result["done"]
    assert report.skipped == ["x.jpg"] and project.sample_counts() == {"fist": 1, "palm": 1}


# ------------------------------------------------------------------------------------------------- models


def test_heldout_ids_outside_the_project_are_refused_and_nothing_is_written_there(tmp_path, modelled, capsys):
    outside = tmp_path / "outside"
    outside.mkdir()
    meta_file = modelled / "model" / "model.json"
    meta = json.loads(meta_file.read_text())
    meta["heldout_samples"] = ["red/../../../outside/secret.jpg"]
    meta_file.write_text(json.dumps(meta))
    code, out, err = run(capsys, "evaluate", modelled, "--json")
    assert code == 1 and out == "" and "model.json is damaged: heldout_samples" in one_line(err)
    assert list(outside.iterdir()) == []


def test_a_sample_linked_to_a_file_outside_is_not_read(tmp_path, modelled, capsys):
    secret = tmp_path / "secret.jpg"
    secret.write_bytes((modelled / "samples" / "red").iterdir().__next__().read_bytes())
    (modelled / "samples" / "red" / "link.jpg").symlink_to(secret)
    meta_file = modelled / "model" / "model.json"
    meta = json.loads(meta_file.read_text())
    meta["heldout_samples"] = ["red/link.jpg"]
    meta_file.write_text(json.dumps(meta))
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    code, out, _ = run(capsys, "evaluate", modelled, "--json")  # no embedder: the stored metrics are shown
    assert code == 0 and json.loads(out)["n_test"] == 0
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_predict_json_never_prints_nan(modelled, capsys, real_embedder):
    import hashlib

    from safetensors.numpy import save

    head = model_io.load_model(modelled).head
    head.w2[1, 0] = np.nan
    data = save(head.tensors())  # written by hand: the app's writer refuses to save such a model
    (modelled / "model" / "head.safetensors").write_bytes(data)
    meta = json.loads((modelled / "model" / "model.json").read_text())
    meta["head_sha256"] = hashlib.sha256(data).hexdigest()
    (modelled / "model" / "model.json").write_text(json.dumps(meta))
    picture = next((modelled / "samples" / "red").iterdir())
    code, out, err = run(capsys, "predict", modelled, picture, "--json")
    assert code == 1 and out == "" and "w2 has numbers that are not finite" in one_line(err)


def test_a_full_disk_while_training_keeps_the_old_model(tmp_path, capsys, monkeypatch, real_embedder):
    folder = write_demo_folder(tmp_path / "pictures", per_class=3, scenes=("fist", "palm"))
    assert run(capsys, "new", tmp_path / "p", "--from-folder", folder)[0] == 0
    assert run(capsys, "train", tmp_path / "p", "--head", "knn")[0] == 0
    model = {p.name: p.read_bytes() for p in (tmp_path / "p" / "model").iterdir()}
    real = os.replace

    def full_disk(src, dst):
        if Path(dst).name == "head.safetensors":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dst))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", full_disk)
    code, _, err = run(capsys, "train", tmp_path / "p", "--head", "mlp", "--epochs", "2")
    assert code == 1 and "The model could not be saved" in one_line(err) and "No space left" in err
    assert {p.name: p.read_bytes() for p in (tmp_path / "p" / "model").iterdir()} == model
    assert sorted(p.name for p in (tmp_path / "p").iterdir() if p.name.startswith(".model")) == []


@pytest.mark.parametrize("error", [errno.EROFS, errno.EACCES, errno.ENOSPC])
def test_a_read_only_or_full_data_folder_gives_one_line(tmp_path, capsys, monkeypatch, error):
    def refuse(*args, **kwargs):
        raise OSError(error, os.strerror(error), str(args[0]))

    monkeypatch.setattr(os, "replace", refuse)
    code, _, err = run(capsys, "new", tmp_path / "p", "--classes", "a", "b")
    assert code == 1 and one_line(err) == f"oyla: error: Cannot write to {tmp_path / 'p'}: {os.strerror(error)}"
    assert not (tmp_path / "p").exists()
    monkeypatch.undo()
    assert run(capsys, "new", tmp_path / "p", "--classes", "a", "b")[0] == 0  # the same command, once fixed


# ------------------------------------------------------------------------------------------------- terminal text


@pytest.mark.parametrize("raw, shown", [
    ("\x1b[32mOK", "\\x1b[32mOK"), ("a\rb", "a\\x0db"), ("bell\x07", "bell\\x07"), ("x\x9b2J", "x\\x9b2J"),
    ("line\nfake", "line\\x0afake"), ("gpj.\u202eexe", "gpj.\\u202eexe"), ("caf\udce9", "caf\\udce9"),
    ("алма сурет", "алма сурет"), ("👩\u200d🔬", "👩\u200d🔬"), (r"C:\Users\Оқушы", r"C:\Users\Оқушы"),
])
def test_terminal_text_escapes_what_could_fake_output(raw, shown):
    assert terminal_text(raw) == shown


def test_terminal_json_is_still_the_same_json():
    data = {"label": "\x1b[32mOK\x7f\x9b\u202e\U000f0000", "алма": ["a\nb"]}
    text = terminal_json(json.dumps(data, ensure_ascii=False, indent=2))
    assert json.loads(text) == data
    assert all(ch == "\n" or ch.isprintable() for ch in text)


def test_escape_sequences_in_names_reach_the_terminal_escaped(tmp_path, capsys):
    from tests.lessons.packfactory import edit, make_pack  # a pack's own text is refused if it has escapes

    pack = make_pack(tmp_path).rename(tmp_path / "fake\x1b[2K\rAll packs: OK")
    edit(pack / "pack.yaml", "version: 1.2.3", "version: one")
    code, out, _ = run(capsys, "pack", "validate", pack)
    assert code == 1 and "\x1b" not in out and "\r" not in out
    assert out.splitlines()[-1].endswith("problem(s) in " + str(tmp_path / "fake\\x1b[2K\\x0dAll packs: OK"))
    fake = tmp_path / "\x1b[32mOK\x1b[0m.jpg"
    fake.write_bytes(b"not a picture")
    with pytest.raises(SystemExit):
        main(["train", str(tmp_path), "--head", "\x1b[31mknn"])
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b[31mknn" in err
    code, _, err = run(capsys, "evaluate", fake)
    assert code == 1 and "\x1b" not in err and "\\x1b[32mOK\\x1b[0m.jpg" in one_line(err)


# ------------------------------------------------------------------------------------------------- special files


def finishes(fn, seconds: float = 20):
    """Run ``fn`` in a thread: its result, or the OylaError it raised; fails if it is still running."""
    from app.errors import OylaError

    result = {}

    def call() -> None:
        try:
            result["value"] = fn()
        except OylaError as exc:
            result["value"] = exc

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "waited on a special file"
    return result["value"]


SPECIAL_PLACES = {  # the file, how it is read, and what reading it must give
    "model.json": (lambda p: p / "model" / "model.json", model_io.load_model, model_io.ModelError),
    "head.safetensors": (lambda p: p / "model" / "head.safetensors", model_io.load_model, model_io.ModelError),
    "robustness.json": (lambda p: p / "model" / "robustness.json", lambda p: robustness.load_results(p / "model"),
                        type(None)),
    "robot.json": (lambda p: p / "robot.json", lambda p: open_project(p).robot_drive(), type(None)),
    "settings.json": (lambda p: paths.data_dir() / "settings.json", lambda p: load_settings(), AppSettings),
}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
@pytest.mark.parametrize("place", SPECIAL_PLACES.values(), ids=SPECIAL_PLACES.keys())
def test_pipes_and_devices_in_place_of_project_files_are_refused(modelled, place, kind):
    where, load, expected = place
    target = where(modelled)
    target.unlink(missing_ok=True)
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to("/dev/zero")
    value = finishes(lambda: load(modelled))
    assert isinstance(value, expected), value
    assert not isinstance(value, AppSettings) or value == AppSettings()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_pipe_in_the_embeddings_cache_is_recomputed_not_waited_on(modelled):
    from app.ml.embeddings import EmbeddingCache

    class Ones:
        def embed(self, batch):
            return np.ones((len(batch), EMBED_DIM), np.float32)

    sample = open_project(modelled).samples("red")[0]
    cache = EmbeddingCache(modelled, Ones())
    file = cache._file(sample, "")
    file.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(file)
    vectors = finishes(lambda: cache.get([sample]))
    assert np.array_equal(vectors, np.ones((1, EMBED_DIM), np.float32))


def test_output_the_console_cannot_encode_is_escaped_not_a_crash(tmp_path):
    """Windows writes redirected output in its ANSI code page (cp1251 here), which has no «қ»."""
    import subprocess
    import sys

    target = tmp_path / "қызыл"
    env = {**os.environ, "PYTHONIOENCODING": "cp1251", "OYLA_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-m", "app", "new", str(target), "--classes", "a", "b"],
                          capture_output=True, env=env, timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr.decode("cp1251", "replace")
    assert done.stdout.decode("cp1251").strip() == f"created {tmp_path}/\\u049bызыл"  # only «қ» is missing
    assert open_project(target).labels == ["a", "b"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_only_regular_files_are_samples(modelled):
    """A pipe or a device link among the samples would block or never end whoever opens it (a thumbnail, Train)."""
    folder = modelled / "samples" / "red"
    os.mkfifo(folder / "20260101-pipe.jpg")
    (folder / "20260101-zero.jpg").symlink_to("/dev/zero")
    (folder / "20260101-dir.jpg").mkdir()
    project = open_project(modelled)
    assert [p.parent for p in project.samples("red")] == [folder] and len(project.samples("red")) == 1
    assert project.samples("nothing") == [] and project.sample_counts() == {"red": 1, "blue": 1}


@pytest.mark.parametrize("change", ["add", "rename", "remove", "background"])
def test_class_changes_on_a_read_only_disk_are_one_clear_error(modelled, monkeypatch, change):
    project = open_project(modelled)
    before = (modelled / "project.json").read_bytes()

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(args[0]))

    for name in ("mkdir", "rename", "replace"):
        monkeypatch.setattr(os, name, read_only)
    act = {"add": lambda: project.add_class("green"), "rename": lambda: project.rename_class("red", "crimson"),
           "remove": lambda: project.remove_class("red"), "background": lambda: project.set_background("red")}
    with pytest.raises(ProjectError, match=f"Cannot write to {modelled}: Read-only file system"):
        act[change]()
    monkeypatch.undo()
    assert (modelled / "project.json").read_bytes() == before and open_project(modelled).labels == ["red", "blue"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_blurring_a_marked_sample_that_is_a_pipe_skips_it(modelled):
    from app.storage import face_marks

    pipe = modelled / "samples" / "red" / "20260101-pipe.jpg"
    os.mkfifo(pipe)
    assert finishes(lambda: face_marks.blur(modelled, [pipe])) == 0

"""app.storage.schema: the one way stored JSON files are checked, and files read through it."""

from __future__ import annotations

import json
import re

import pytest

from app.lessons import pin, teacher
from app.storage import schema, settings
from app.storage.schema import Field, Invalid


@pytest.mark.parametrize(("kind", "good", "bad"), [
    (schema.Int(0, 255), [0, 255], [-1, 256, True, 1.0, "1", None]),
    (schema.Number(0, 1), [0, 0.5, 1], [1.01, True, float("nan"), float("inf"), 10**400, "0.5"]),
    (schema.Number(0, 1, above=True), [0.001, 1], [0]),
    (schema.Bool(), [True, False], [0, 1, "true", None]),
    (schema.Const(1), [1], [True, 1.0, "1", 2]),
    (schema.OneOf("mlp", "knn"), ["mlp", "knn"], ["MLP", None, 1]),
    (schema.Text(3, re.compile(r"^[a-z]+$")), ["abc"], ["abcd", "A", 1, None]),
    (schema.Maybe(schema.Int()), [None, 3], ["3"]),
    (schema.ListOf(schema.Int(), max_len=2, min_len=1), [[1], [1, 2]], [[], [1, 2, 3], [1, "2"], (1,), {}]),
    (schema.MapOf(schema.Text(pattern=re.compile("^[a-z]+$")), schema.Bool(), 1), [{}, {"a": True}],
     [{"A": True}, {"a": 1}, {"a": True, "b": False}, []]),
    (schema.Object(), [{}, {"x": [1]}], [[], None]),
])
def test_kinds_take_what_oyla_writes_and_nothing_else(kind, good, bad):
    for value in good:
        assert kind(value) == value
    for value in bad:
        assert not schema.valid(kind, value), value


def test_read_gives_defaults_names_the_wrong_field_and_never_shares_a_default():
    fields = {"version": Field(schema.Const(1)), "tags": Field(schema.ListOf(schema.Text()), []),
              "size": Field(schema.Int(1, 9), 5, loose=True),
              "deep": Field(schema.Maybe(schema.Record({"ids": Field(schema.ListOf(schema.Int()))})), None)}
    first = schema.read({"version": 1}, fields)
    assert first == {"version": 1, "tags": [], "size": 5, "deep": None}
    first["tags"].append("x")
    assert schema.read({"version": 1, "size": 99}, fields)["tags"] == []  # a loose field falls back to its default
    for data, field in [({}, "version"), ({"version": 2}, "version"), ({"version": 1, "tags": ["a", 3]}, "tags.1"),
                        ({"version": 1, "deep": {"ids": [1, "x"]}}, "deep.ids.1"), ([1], "")]:
        with pytest.raises(Invalid) as raised:
            schema.read(data, fields)
        assert raised.value.field == field
    with pytest.raises(Invalid, match="other"):
        schema.read({"version": 1, "other": 1}, fields, extra=False)
    assert schema.ListOf(schema.Text(), 2, keep_valid=True)([1, "a", None, "b", "c"]) == ["a", "b"]


def test_app_settings_a_wrong_value_is_the_default_the_rest_is_kept(data_dir):
    (data_dir / settings.FILE).write_text(json.dumps({
        "language": "de", "high_contrast": True, "large_text": "yes", "recent": ["/a", 3, "/b"],
        "window": [10, 20, 300, 500], "maximized": True}), encoding="utf-8")
    loaded = settings.load_settings()
    assert loaded.language is None and loaded.high_contrast and not loaded.large_text
    assert loaded.recent == ["/a", "/b"] and loaded.window is None and loaded.maximized  # 300 px: too narrow
    (data_dir / settings.FILE).write_text(json.dumps({"language": "kk", "window": [-5, 0, 800, 600]}), "utf-8")
    loaded = settings.load_settings()
    assert loaded.language == "kk" and loaded.window == [-5, 0, 800, 600]
    (data_dir / settings.FILE).write_text("[]", encoding="utf-8")
    assert settings.load_settings() == settings.AppSettings()


def test_teacher_settings_name_the_wrong_field(data_dir):
    teacher.save(teacher.TeacherSettings(faces="blur", robot_speed_cap=120, hidden_packs=("p",)))
    path = data_dir / "teacher" / "settings.json"
    data = json.loads(path.read_text("utf-8"))
    assert teacher.load() == teacher.TeacherSettings(faces="blur", robot_speed_cap=120, hidden_packs=("p",))
    for change, field in [({"robot_speed_cap": 256}, "robot_speed_cap"), ({"faces": "hide"}, "faces"),
                          ({"require_parental_consent": None}, "require_parental_consent"),
                          ({"schema_version": True}, "schema_version"), ({"hidden_packs": ["p", 1]}, "hidden_packs")]:
        path.write_text(json.dumps({**data, **change}), encoding="utf-8")
        with pytest.raises(Exception, match=f"not valid: {field}"):
            teacher.load()
    with pytest.raises(Exception, match="not valid: delete_samples_at_end"):
        teacher.save(teacher.TeacherSettings(delete_samples_at_end="yes"))


def test_pin_file_that_is_not_what_oyla_wrote_is_damaged(data_dir):
    pin.set_pin("1234")
    data = json.loads(pin.pin_path().read_text("utf-8"))
    assert pin.state() == pin.SET and pin.verify("1234").ok
    for change in [{"failures": -1}, {"wait_until": "soon"}, {"hash": "ab"}, {"salt": "zz" * 16}, {"n": 1024},
                   {"skipped": None}]:
        pin.pin_path().write_text(json.dumps({**data, **change}), encoding="utf-8")
        assert pin.state() == pin.DAMAGED, change
    pin.pin_path().write_text('{"schema_version": 1, "skipped": true}', encoding="utf-8")
    assert pin.state() == pin.SKIPPED


def test_progress_files_say_which_part_is_wrong():
    from app.lessons import progress as prog

    answer = {"chosen": [1], "correct": True, "attempts": 2}
    lesson = {"steps_done": ["intro"], "checks_passed": [], "quiz": {"q1": answer}, "started": "2026-11-30T10:00:00",
              "completed": None}
    good = {"schema_version": 1, "kind": "oyla-progress", "student": {"id": "a" * 32, "nickname": "Aru"},
            "packs": {"first-steps": {"pixels": lesson}}}

    def parse(change):
        return prog.parse(json.dumps({**good, **change}).encode(), "aru.json")

    parsed = parse({})
    assert parsed.nickname == "Aru" and parsed.packs["first-steps"]["pixels"].quiz == {"q1": answer}
    assert parsed.packs["first-steps"]["pixels"].started == "2026-11-30T10:00:00"
    for change, words in [
        ({"kind": "other"}, "not an Oyla progress file"), ({"schema_version": 2}, "unsupported schema_version 2"),
        ({"student": {"id": "x", "nickname": "Aru"}}, "the student is missing"),
        ({"student": {"id": "a" * 32, "nickname": " "}}, "the nickname is not valid"),
        ({"packs": []}, '"packs" is missing'), ({"packs": {"../x": {}}}, 'the pack "../x" is not valid'),
        ({"packs": {"p": {"../l": lesson}}}, 'the lesson "../l" is not valid'),
        ({"packs": {"p": {"l": {**lesson, "more": 1}}}}, 'the progress of lesson "l" is not valid'),
        ({"packs": {"p": {"l": {**lesson, "started": "soon"}}}}, 'the progress of lesson "l" is not valid'),
        ({"packs": {"p": {"l": {**lesson, "quiz": {"q": {**answer, "chosen": [8]}}}}}}, 'lesson "l" is not valid'),
        ({"packs": {"p": {"l": {**lesson, "quiz": {"q": {"chosen": [], "correct": True}}}}}}, 'lesson "l"'),
    ]:
        with pytest.raises(prog.ProgressError) as raised:
            parse(change)
        assert str(raised.value).startswith("aru.json: ") and words in str(raised.value), change

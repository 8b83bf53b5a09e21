"""Validation of broken packs: every problem is reported, each with its file and line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.lessons.loader import load_pack, validate_pack
from app.lessons.model import PackError
from app.lessons.render import render_markdown
from tests.lessons.packfactory import edit, line_of, make_pack

EN, RU, KK = "01-first/lesson.en.md", "01-first/lesson.ru.md", "01-first/lesson.kk.md"

# (file to edit, old text, new text, line needle in the edited file or None for line 0, words in the message)
BROKEN = [
    ("pack.yaml", 'title: {kk: "Сынақ",', 'title: {kk: "Сынақ"', "title:", "YAML syntax"),
    ("pack.yaml", "id: test-pack", "id: Test Pack", "id: Test", "lowercase"),
    ("pack.yaml", "version: 1.2.3", "version: 1.2", "version: 1.2", "1.0.0"),
    ("pack.yaml", ', en: "Test"}', "}", "title:", "title.en"),
    ("pack.yaml", "lessons:", "lesons:", "lesons:", "unknown key"),
    ("pack.yaml", "  - 01-first\n", "  - 01-first\n  - 02-missing\n", "02-missing", "does not exist"),
    ("pack.yaml", "ages: [10, 17]", "ages: [17, 10]", "ages:", "[min, max]"),
    ("pack.yaml", "authors: [Tester]", "authors: [Tester]\nauthors: [Other]", "authors: [Other]", "more than once"),
    ("pack.yaml", "robot_speed_cap: 120", "robot_speed_cap: 300", "robot_speed_cap", "0 to 255"),
    ("pack.yaml", "schema_version: 1", "schema_version: 2", "schema_version", "schema_version 1"),
    (EN, "minutes: 45", "minutes: 500", "minutes:", "5 to 240"),
    (EN, "check: [samples, classes]", "check: [samples, clases]", "check: [samples", "no check"),
    (EN, "answer: [1]", "answer: [5]", "answer:", "from 0 to 1"),
    (EN, "answer: [1]", "answer: [0, 1]", "answer:", "exactly one"),
    (EN, "kind: activity", "kind: game", "kind: game", "must be one of"),
    (EN, "    page: studio\n", "", "id: collect", "needs \"page\""),
    (EN, "head: knn", "head: cnn", "head: cnn", "mlp, knn"),
    (EN, "delete_samples_at_end: true}", "delete_samples_at_end: maybe}", "privacy:", "true or false"),
    (EN, "## Quiz\n", "", "steps:", "4 \"## \" step headings"),
    (EN, "## Teacher notes\n\nSome text.\n", "## Teacher notes\n\nSome text.\n\n## Extra\n", "## Extra", "6 \"## \""),
    (EN, "![grid](images/grid.png)", "![grid](images/nope.png)", "images/nope.png", "does not exist"),
    (EN, "![grid](images/grid.png)", "![grid](https://example.com/a.png)", "example.com", "no web address"),
    (EN, "![grid](images/grid.png)", "![grid](../../pack.yaml)", "](../../pack.yaml)", "inside the lesson folder"),
    (EN, "# Pixels\n", "# Pixels\n\nLost paragraph.\n", "Lost paragraph", "before the first"),
    (EN, "  - {id: q, kind: quiz, quiz: q1}\n  - {id: notes, kind: teacher}",
     "  - {id: notes, kind: teacher}\n  - {id: q, kind: quiz, quiz: q1}", "id: notes", "must be the last"),
    (EN, "  - {id: classes, kind: min_classes, value: 2}",
     "  - {id: classes, kind: min_classes, value: 2}\n  - {id: spare, kind: model_trained}", "id: spare", "not used"),
    (EN, "kind: min_classes, value: 2", "kind: min_classes, value: two", "kind: min_classes", "whole number"),
    (EN, "title: Pixels\n", "", "objective:", "missing required key \"title\""),
    (EN, "{id: q, kind: quiz, quiz: q1}", "{id: q, kind: quiz, quiz: []}", "quiz: []", "at least one quiz"),
    (RU, "id: collect", "id: sammeln", "id: sammeln", "lesson.en.md"),
    (KK, "kind: min_samples_per_class, value: 20", "kind: min_samples_per_class, value: 10", "value: 10",
     "lesson.en.md"),
    (KK, "minutes: 45", "minutes: 40", "minutes: 40", "lesson.en.md"),
    (RU, "answer: [1]", "answer: [0]", "- id: q1", "lesson.en.md"),
]


@pytest.mark.parametrize(("file", "old", "new", "needle", "words"), BROKEN)
def test_broken_pack_reports_file_and_line(tmp_path, file, old, new, needle, words):
    pack = make_pack(tmp_path)
    edit(pack / file, old, new)
    issues = validate_pack(pack)
    assert issues, "the broken pack validated"
    expected_line = line_of(pack / file, needle) if needle else 1
    matching = [i for i in issues if i.file == file and i.line == expected_line and words in i.text()]
    assert matching, f"no issue at {file}:{expected_line} mentioning {words!r}; got {[str(i) for i in issues]}"
    with pytest.raises(PackError) as raised:
        load_pack(pack)
    assert len(raised.value.errors) == len(issues)


def test_valid_pack_loads_with_steps_checks_and_quiz(tmp_path):
    pack = load_pack(make_pack(tmp_path))
    assert (pack.id, pack.version, pack.ages) == ("test-pack", "1.2.3", (10, 17))
    assert pack.locks.faces == "blur" and pack.locks.robot_speed_cap == 120
    kk = pack.lessons[0].text("kk")
    assert [s.id for s in kk.steps] == ["intro", "collect", "enough", "q", "notes"]
    assert [s.title for s in kk.student_steps][0] == "Кіріспе"
    assert kk.teacher_notes is not None and kk.teacher_notes.title == "Мұғалімге"
    assert kk.step("collect").setup.classes == ("тас", "қағаз")
    assert kk.step("enough").checks == ("samples", "classes")
    assert kk.question("q1").answer == (1,)
    assert pack.lessons[0].text("de").lang == "en"


def test_all_errors_are_collected_across_files(tmp_path):
    pack = make_pack(tmp_path)
    edit(pack / "pack.yaml", "version: 1.2.3", "version: x")
    edit(pack / EN, "minutes: 45", "minutes: -1")
    (pack / KK).unlink()
    files = {issue.file for issue in validate_pack(pack)}
    assert {"pack.yaml", EN, KK} <= files


def test_missing_pack_yaml_and_non_utf8(tmp_path):
    pack = make_pack(tmp_path)
    (pack / "pack.yaml").unlink()
    assert [str(i) for i in validate_pack(pack)] == ["pack.yaml: pack.yaml is missing"]
    pack = make_pack(tmp_path, "other")
    data = (pack / EN).read_bytes().replace(b"Some text.", "Some t\u00e9xt.".encode("latin-1"), 1)
    (pack / EN).write_bytes(data)
    issues = validate_pack(pack)
    assert any(i.file == EN and i.line == line_of_bytes(data, b"Some t") and "UTF-8" in i.text() for i in issues)


def line_of_bytes(data: bytes, needle: bytes) -> int:
    return data[: data.index(needle)].count(b"\n") + 1


def test_yaml_words_like_no_stay_text_and_fenced_headings_do_not_split(tmp_path):
    pack = make_pack(tmp_path)
    for lang_file in (EN, RU, KK):
        text = (pack / lang_file).read_text(encoding="utf-8")
        text = text.replace("options: [", "options: [No, ").replace("answer: [1]", "answer: [2]")
        text = text.replace("## Collect\n", "## Collect\n\n```\n## not a step\n```\n", 1)
        (pack / lang_file).write_text(text, encoding="utf-8")
    lesson = load_pack(pack).lessons[0].text("en")
    assert lesson.question("q1").options[0] == "No"
    assert "## not a step" in lesson.step("collect").body


def test_render_markdown_tables_images_and_no_raw_html(tmp_path):
    pack = load_pack(make_pack(tmp_path))
    lesson = pack.lessons[0]
    html = render_markdown(lesson.text("en").step("intro").body, lesson.folder)
    assert "<table>" in html and "<td>1</td>" in html
    assert (lesson.folder / "images" / "grid.png").resolve().as_uri() in html
    hostile = render_markdown('<script>alert(1)</script> ![x](../../../etc/passwd.png) ![y](http://a/b.png)',
                              lesson.folder)
    assert "<script>" not in hostile and "&lt;script&gt;" in hostile
    assert "<img" not in hostile and "passwd" not in hostile


def test_builtin_pack_validates_in_all_three_languages():
    from app.resources import builtin_packs_dir

    folder = builtin_packs_dir() / "first-steps"
    issues = validate_pack(folder)
    assert not issues, "\n".join(str(i) for i in issues)
    pack = load_pack(folder)
    assert len(pack.lessons) >= 8
    for lesson in pack.lessons:
        assert set(lesson.texts) == {"kk", "ru", "en"}
        for text in lesson.texts.values():
            assert text.student_steps and text.teacher_notes is not None
            assert text.privacy.faces in ("blur", "refuse")


def test_imported_path_type(tmp_path):
    assert isinstance(load_pack(make_pack(tmp_path)).folder, Path)


@pytest.mark.parametrize(("extra", "words"), [
    ("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
     "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\n"
     "e: &e [*d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n", "aliases"),
    ("loop: &l [*l]\n", "aliases"),
    # Deep nesting: older PyYAML overflows the stack (our "nested too deeply"), 6.0.4+ reports its own syntax
    # error. Either way it must be an error about pack.yaml; the wording is PyYAML's business, not ours.
    ("deep: " + "[" * 5000 + "]" * 5000 + "\n", None),
])
def test_hostile_yaml_is_an_error_not_a_hang(tmp_path, extra, words):
    pack = make_pack(tmp_path)
    edit(pack / "pack.yaml", "schema_version: 1\n", "schema_version: 1\n" + extra)
    started = time.monotonic()
    issues = validate_pack(pack)
    with pytest.raises(PackError) as caught:
        load_pack(pack)
    assert time.monotonic() - started < 30, "hostile YAML must fail fast, not expand"  # a hang guard, not a target
    mine = [i for i in issues if i.file == "pack.yaml"]
    assert mine, [str(i) for i in issues]
    if words is not None:  # our own messages (anchors and aliases are refused by Oyla, not by PyYAML)
        assert any(words in i.text() for i in mine), [str(i) for i in mine]
    assert any(e.file == "pack.yaml" for e in caught.value.errors)
    assert "pack.yaml" in str(caught.value)

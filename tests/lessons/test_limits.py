"""Lesson size limits: over-limit files, steps and tables are refused at validation and import (the installed pack
stays); in-limit steps render fast. Timings are printed (run with -s); speed targets live in benchmarks/lessons.py."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from app.errors import OylaError
from app.lessons import lessonfile, render
from app.lessons.archive import import_pack
from app.lessons.loader import load_pack, validate_pack
from app.lessons.model import PackError
from app.storage import paths
from tests.lessons.packfactory import WORDS, edit, line_of, make_pack

EN = "01-first/lesson.en.md"


def table(rows: int, columns: int) -> str:
    return "\n" + "|" + "h|" * columns + "\n|" + "-|" * columns + "\n" + ("|" + "1|" * columns + "\n") * (rows - 1)


def grow_step(pack: Path, extra: str, lang: str = "en") -> None:
    """Put ``extra`` at the end of the first step (just before the second step's heading)."""
    heading = f"## {WORDS[lang]['h2']}\n"
    edit(pack / f"01-first/lesson.{lang}.md", heading, extra + "\n\n" + heading)


def timed(fn, *args):
    started = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - started


CASES = {
    # name: (text added to the first step, words in the issue, needle for the issue's line or None for line 0)
    "file over the size limit": ("word " * (lessonfile.MAX_TEXT_BYTES // 5), "too large", None),
    "file over the line limit": ("x\n" * lessonfile.MAX_LINES, "lines, more than", None),
    "step over the size limit": ("Қазақ тілі. " * (render.MAX_STEP_BYTES // 20), "split it into several steps",
                                 "## Intro"),
    "table with too many rows": (table(render.MAX_TABLE_ROWS + 1, 3), "101 rows", "|h|h|h|"),
    "table with too many columns": (table(3, render.MAX_TABLE_COLUMNS + 1), "13 columns", "|h|h|h|"),
    "the 930 KB table of the probe": (table(40_000, 10), "too large", None),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_over_limit_lessons_are_issues_with_file_and_line(tmp_path, case):
    extra, words, needle = CASES[case]
    pack = make_pack(tmp_path)
    grow_step(pack, extra)
    issues, seconds = timed(validate_pack, pack)
    print(f"\n{case}: {(pack / EN).stat().st_size / 1000:.0f} KB validated in {seconds:.2f} s")
    assert [i.file for i in issues] == [EN], [str(i) for i in issues]
    assert words in issues[0].text()
    assert "\n" not in issues[0].text()
    assert issues[0].line == (line_of(pack / EN, needle) if needle else 0)


def test_in_limit_step_and_table_pass(tmp_path):
    pack = make_pack(tmp_path)
    for lang in ("en", "ru", "kk"):
        grow_step(pack, table(render.MAX_TABLE_ROWS, render.MAX_TABLE_COLUMNS), lang)
        grow_step(pack, "word " * (render.MAX_STEP_BYTES // 5 - 2000), lang)
    assert validate_pack(pack) == []


def test_over_limit_pack_import_is_refused_and_the_installed_pack_stays(tmp_path):
    installed = import_pack(make_pack(tmp_path / "good"))
    pack = make_pack(tmp_path / "big")
    edit(pack / "pack.yaml", "version: 1.2.3", "version: 2.0.0")
    for lang in ("en", "ru", "kk"):
        grow_step(pack, table(1000, 3), lang)
    archive = tmp_path / "big.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:  # a table compresses like a zip bomb
        for path in sorted(pack.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(pack).as_posix())
    for source in (archive, pack):
        with pytest.raises(PackError) as raised:
            import_pack(source)
        print(f"\n{source.name}: refused ({raised.value.errors[0].text()})")
        assert "1000 rows" in str(raised.value)
    assert load_pack(installed.folder).version == "1.2.3"
    assert sorted(p.name for p in paths.subdir("packs").iterdir()) == ["test-pack"]


WORST_STEPS = {
    "paragraphs": "Hello world, a lesson sentence. " * 600,
    "emphasis": "*a " * (render.MAX_STEP_BYTES // 3),
    "brackets": "[a " * (render.MAX_STEP_BYTES // 3),
    "lines": "word\n" * (render.MAX_STEP_BYTES // 5),
    "max table": table(render.MAX_TABLE_ROWS, render.MAX_TABLE_COLUMNS),
}


@pytest.mark.parametrize("case", sorted(WORST_STEPS))
def test_render_of_in_limit_steps_and_refusal_over_the_limit(tmp_path, case):
    text = WORST_STEPS[case][: render.MAX_STEP_BYTES]
    html, seconds = timed(render.render_markdown, text, tmp_path)
    print(f"\nrender {case}: {len(text.encode()) / 1000:.1f} KB in {seconds * 1000:.0f} ms")
    assert html.strip() and "<script" not in html
    with pytest.raises(OylaError, match="too long to show"):
        render.render_markdown(text * (render.MAX_STEP_BYTES // len(text) + 1), tmp_path)

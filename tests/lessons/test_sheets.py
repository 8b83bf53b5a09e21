"""The printable sheets of lessons/first-steps: every one a lesson shows exists, is a plain drawing the pack
accepts, is an A4 portrait page in black and white with type large enough for 10-year-olds, and is in the
lesson's language; every sheet in the pack is shown by its lesson in each language."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.lessons import loader, svg
from app.lessons.render import resolve_image

PACK = Path(__file__).resolve().parents[2] / "lessons" / "first-steps"
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")
LANGS = ("kk", "ru", "en")
MIN_FONT_MM = 4.0  # about 11 pt printed at full size


@pytest.fixture(scope="module")
def pack():
    return loader.load_pack(PACK)


def shown_sheets(lesson, lang: str) -> list[Path]:
    found = []
    for step in lesson.text(lang).steps:
        for _alt, src in IMAGE.findall(step.body):
            target = resolve_image(lesson.folder, src)
            assert target is not None, (lesson.id, lang, src)
            if target.parent.name == "sheets":
                found.append(target)
    return found


def test_every_sheet_shown_exists_and_is_a_plain_a4_drawing_in_the_lessons_language(pack):
    count = 0
    for lesson in pack.lessons:
        for lang in LANGS:
            for path in shown_sheets(lesson, lang):
                assert path.is_file(), path
                data = path.read_bytes()
                assert len(data) <= svg.MAX_SVG_BYTES
                assert svg.svg_problem(data) is None, (path, svg.svg_problem(data))
                root = ET.fromstring(data)
                assert root.get("viewBox") == "0 0 210 297", path  # A4 portrait, in millimetres
                assert path.name.endswith(f".{lang}.svg"), (lesson.id, lang, path.name)
                count += 1
    assert count >= 9 * len(LANGS)  # lessons 1-3 and 5-10 each have a sheet


def test_every_sheet_in_the_pack_is_shown_by_its_lesson_in_every_language(pack):
    for lesson in pack.lessons:
        files = sorted((lesson.folder / "sheets").glob("*.svg"))
        names = {p.name.rsplit(".", 2)[0] for p in files}
        for lang in LANGS:
            shown = {p.name for p in shown_sheets(lesson, lang)}
            assert shown == {f"{name}.{lang}.svg" for name in names}, (lesson.id, lang)


def _colours(root) -> set[str]:
    found = set()
    for element in root.iter():
        for attr in ("fill", "stroke"):
            value = element.get(attr)
            if value and value != "none":
                found.add(value.lower())
    return found


def _grey(colour: str) -> bool:
    if colour.startswith("#") and len(colour) == 7:
        return colour[1:3] == colour[3:5] == colour[5:7]
    numbers = re.fullmatch(r"rgb\((\d+),(\d+),(\d+)\)", colour.replace(" ", ""))
    return bool(numbers) and len(set(numbers.groups())) == 1


def test_sheets_print_in_black_and_white_with_large_type():
    sheets = sorted(PACK.glob("*/sheets/*.svg"))
    assert sheets
    for path in sheets:
        root = ET.fromstring(path.read_bytes())
        assert all(_grey(c) for c in _colours(root)), (path, _colours(root))
        sizes = [float(e.get("font-size")) for e in root.iter() if e.get("font-size")]
        texts = [e for e in root.iter() if e.tag.endswith("text")]
        assert sizes and len(sizes) == len(texts), path  # every text says its size
        assert min(sizes) >= MIN_FONT_MM, (path, min(sizes))

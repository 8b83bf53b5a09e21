"""Lesson limits in seconds: the slowest lesson files and steps that are still allowed, and over-limit ones.

Run: .venv/bin/python -m benchmarks.lessons
Limits (docs/lesson-packs.md): lesson file 100 000 bytes and 2 000 lines, step 20 000 bytes, table 100 rows x 12
columns. Before them a 1 MB step took 22-30 s to show and a 930 KB table lesson 65-88 s to import.
"""

from __future__ import annotations

import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script (CI): the tests' pack factory

from app.lessons import lessonfile, render  # noqa: E402
from app.lessons.loader import validate_pack  # noqa: E402
from tests.lessons.packfactory import WORDS, edit, make_pack  # noqa: E402


def table(rows: int, columns: int) -> str:
    return "|" + "h|" * columns + "\n|" + "-|" * columns + "\n" + ("|" + "1|" * columns + "\n") * (rows - 1) + "\n"


def legal_steps() -> dict[str, str]:
    """Step texts just inside MAX_STEP_BYTES, each stressing a different part of the Markdown parser."""
    limit = render.MAX_STEP_BYTES - 200
    big_table = table(render.MAX_TABLE_ROWS, render.MAX_TABLE_COLUMNS)
    return {
        "brackets": "[a " * (limit // 3),
        "emphasis": "*a _b " * (limit // 6),
        "short lines": "a b c d e f g h i j k l m n o p q r s\n" * (limit // 40),
        "tables": big_table * (limit // len(big_table)),
        "Cyrillic text": "Қазақ тілі — мемлекеттік тіл. " * (limit // 60),
    }


def seconds(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def pack_with(root: Path, step: str) -> Path:
    """A pack whose three lesson files each hold ``step`` in four of their five steps (within the file limits)."""
    pack = make_pack(root)
    for lang, words in WORDS.items():
        path = pack / f"01-first/lesson.{lang}.md"
        for key in ("h2", "h3", "h4", "h5"):
            text = path.read_text(encoding="utf-8")
            if len(text.encode()) + len(step.encode()) >= lessonfile.MAX_TEXT_BYTES or \
                    text.count("\n") + step.count("\n") >= lessonfile.MAX_LINES:
                break
            edit(path, f"## {words[key]}\n", step + "\n## " + words[key] + "\n")
    return pack


def main() -> None:
    print(f"Python {platform.python_version()} on {platform.machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        print("\nRender one allowed step (render.render_markdown):")
        for name, step in legal_steps().items():
            print(f"  {name:14s} {len(step.encode()) / 1000:5.1f} KB  {seconds(render.render_markdown, step) * 1000:6.0f} ms")
        print("\nValidate a pack of three allowed lesson files (the whole load, as at import or start-up):")
        for index, (name, step) in enumerate(legal_steps().items()):
            pack = pack_with(Path(tmp) / f"ok{index}", step)
            size = (pack / "01-first/lesson.en.md").stat().st_size
            took = seconds(validate_pack, pack)
            problems = len(validate_pack(pack))
            print(f"  {name:14s} {size / 1000:5.1f} KB/file  {took:6.2f} s  ({problems} problems)")
        print("\nRefuse over-limit lessons (validate):")
        hostile = {"1 MB step": "word " * 200_000, "930 KB table": table(42_000, 10),
                   "step of 25 KB": "[a " * 8_300, "table of 101 rows": table(101, 3)}
        for index, (name, step) in enumerate(hostile.items()):
            pack = make_pack(Path(tmp) / f"bad{index}")
            edit(pack / "01-first/lesson.en.md", "## Collect\n", step + "\n## Collect\n")
            took = seconds(validate_pack, pack)
            first = validate_pack(pack)[0]
            print(f"  {name:18s} {took:6.2f} s  {first}")
        builtin = Path(__file__).resolve().parents[1] / "lessons" / "first-steps"
        if builtin.is_dir():
            print(f"\nBuilt-in pack first-steps validates in {seconds(validate_pack, builtin):.2f} s")


if __name__ == "__main__":
    main()

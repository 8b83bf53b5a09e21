"""Write small, valid lesson packs for tests; tests then break one thing and look at the error."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

PACK_YAML = """\
schema_version: 1
id: test-pack
version: 1.2.3
title: {kk: "Сынақ", ru: "Тест", en: "Test"}
description: {kk: "Сипаттама", ru: "Описание", en: "Description"}
authors: [Tester]
ages: [10, 17]
lessons:
  - 01-first
locks:
  faces: blur
  robot_speed_cap: 120
"""

FRONT = """\
---
title: {title}
objective: {objective}
minutes: 45
ages: [10, 17]
big_ideas: [1, 3]
unesco: [AI techniques and applications]
privacy: {{faces: refuse, delete_samples_at_end: true}}
steps:
  - {{id: intro, kind: read}}
  - id: collect
    kind: activity
    page: studio
    setup: {{classes: [{cls_a}, {cls_b}], camera: true, head: knn, threshold: 0.8}}
  - {{id: enough, kind: check, check: [samples, classes]}}
  - {{id: q, kind: quiz, quiz: q1}}
  - {{id: notes, kind: teacher}}
checks:
  - {{id: samples, kind: min_samples_per_class, value: 20}}
  - {{id: classes, kind: min_classes, value: 2}}
quiz:
  - id: q1
    kind: single
    question: {question}
    options: [{opt_a}, {opt_b}]
    answer: [1]
    explain: {explain}
---

# {title}

## {h1}

{text} ![grid](images/grid.png)

| a | b |
|---|---|
| 1 | 2 |

## {h2}

{text}

## {h3}

{text}

## {h4}

{text}

## {h5}

{text}
"""

WORDS = {
    "en": dict(title="Pixels", objective="See numbers", cls_a="rock", cls_b="paper", question="What is a pixel?",
               opt_a="A colour name", opt_b="Numbers", explain="Pixels are numbers.", h1="Intro", h2="Collect",
               h3="Check", h4="Quiz", h5="Teacher notes", text="Some text."),
    "ru": dict(title="Пиксели", objective="Увидеть числа", cls_a="камень", cls_b="бумага", question="Что такое пиксель?",
               opt_a="Название цвета", opt_b="Числа", explain="Пиксели — это числа.", h1="Введение", h2="Сбор",
               h3="Проверка", h4="Тест", h5="Заметки учителя", text="Текст."),
    "kk": dict(title="Пикселдер", objective="Сандарды көру", cls_a="тас", cls_b="қағаз", question="Пиксель деген не?",
               opt_a="Түс атауы", opt_b="Сандар", explain="Пикселдер — сандар.", h1="Кіріспе", h2="Жинау",
               h3="Тексеру", h4="Тест", h5="Мұғалімге", text="Мәтін."),
}


def png_bytes() -> bytes:
    """A valid 1x1 PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) \
        + chunk(b"IEND", b"")


def lesson_text(lang: str) -> str:
    return FRONT.format(**WORDS[lang])


def make_pack(root: Path, name: str = "test-pack") -> Path:
    folder = root / name
    lesson = folder / "01-first"
    (lesson / "images").mkdir(parents=True)
    (folder / "pack.yaml").write_text(PACK_YAML, encoding="utf-8")
    for lang in WORDS:
        (lesson / f"lesson.{lang}.md").write_text(lesson_text(lang), encoding="utf-8")
    (lesson / "images" / "grid.png").write_bytes(png_bytes())
    return folder


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    """1-based line of the first line containing ``needle``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")

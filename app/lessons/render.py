"""Lesson Markdown: split a body into steps at level-2 headings, check sizes and image paths, render to HTML.

markdown-it-py does the parsing (CommonMark + GitHub tables, raw HTML off), so ``## `` inside code fences or
block quotes never splits a step, and setext headings count like ``## `` ones.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from markdown_it import MarkdownIt

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.lessons.model import PackIssue

IMAGE_EXTS = (".png", ".jpg", ".jpeg", ".svg")
MAX_STEP_BYTES = 20_000  # UTF-8 bytes of one step's text; the longest built-in step has about 3 100
MAX_TABLE_ROWS = 100  # header row included
MAX_TABLE_COLUMNS = 12


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(
        ["table", "strikethrough"]
    )


@dataclass(frozen=True)
class Section:
    title: str
    line: int  # file line of the heading
    body: str  # the lines under the heading, unchanged
    body_line: int  # file line of the first line of ``body``


def parse_body(body: str, first_line: int, file: str, folder: Path, issues: list[PackIssue]) -> list[Section]:
    """Cut ``body`` (file line ``first_line`` on) into steps at top-level ``##`` headings, in one parse.

    Also records an issue for every step over ``MAX_STEP_BYTES``, every table over ``MAX_TABLE_ROWS`` rows or
    ``MAX_TABLE_COLUMNS`` columns, and every image that is not an existing picture inside ``folder``.
    """
    lines = body.splitlines(keepends=True)
    tokens = _parser().parse(body)
    heads: list[tuple[int, int, str]] = []  # (start, end) body line indices and title
    preamble_line = None
    line = first_line
    for index, token in enumerate(tokens):
        if token.map is not None:
            line = first_line + token.map[0]
        if token.type == "table_open":
            _check_table(tokens, index, line, file, issues)
        for child in token.children or ():
            if child.type == "image":
                _check_image(str(child.attrGet("src") or ""), folder, line, file, issues)
        if token.level != 0 or token.map is None or token.nesting == -1:
            continue
        if token.type == "heading_open" and token.tag == "h2":
            heads.append((token.map[0], token.map[1], tokens[index + 1].content.strip()))
        elif not heads and not (token.type == "heading_open" and token.tag == "h1") and preamble_line is None:
            preamble_line = token.map[0]
    if preamble_line is not None:
        issues.append(PackIssue(file, first_line + preamble_line, QT_TRANSLATE_NOOP(
            "errors", "text before the first \"## \" step heading is not shown; move it under a step heading")))
    sections = []
    for number, (start, end, title) in enumerate(heads):
        stop = heads[number + 1][0] if number + 1 < len(heads) else len(lines)
        if not title:
            issues.append(PackIssue(file, first_line + start, QT_TRANSLATE_NOOP("errors", "a step heading is empty")))
        section = Section(title, first_line + start, "".join(lines[end:stop]), first_line + end)
        size = len(section.body.encode("utf-8"))
        if size > MAX_STEP_BYTES:
            issues.append(PackIssue(file, section.line, QT_TRANSLATE_NOOP(
                "errors", "this step is {size} bytes long, more than {limit}; split it into several steps"),
                {"size": size, "limit": MAX_STEP_BYTES}))
        sections.append(section)
    return sections


def _check_table(tokens: list, start: int, line: int, file: str, issues: list[PackIssue]) -> None:
    rows = columns = 0
    for token in tokens[start + 1:]:
        if token.type == "table_close" and token.level == tokens[start].level:
            break
        rows += token.type == "tr_open"
        columns += token.type == "th_open"
    if rows > MAX_TABLE_ROWS or columns > MAX_TABLE_COLUMNS:
        issues.append(PackIssue(file, line, QT_TRANSLATE_NOOP(
            "errors", "this table has {rows} rows and {columns} columns; at most {max_rows} rows and {max_columns} "
                      "columns are allowed"),
            {"rows": rows, "columns": columns, "max_rows": MAX_TABLE_ROWS, "max_columns": MAX_TABLE_COLUMNS}))


def resolve_image(folder: Path, src: str) -> Path | None:
    """The file an image reference points to, if it is a relative path inside ``folder``; else ``None``."""
    parts = urlsplit(src)
    if parts.scheme or parts.netloc or parts.query or not parts.path:
        return None
    rel = unquote(parts.path)
    if rel.startswith(("/", "\\")) or "\\" in rel or ":" in rel:
        return None
    root = folder.resolve()
    target = (root / rel).resolve()
    if not target.is_relative_to(root) or target.suffix.lower() not in IMAGE_EXTS:
        return None
    return target


def _check_image(src: str, folder: Path, line: int, file: str, issues: list[PackIssue]) -> None:
    target = resolve_image(folder, src)
    if target is None:
        issues.append(PackIssue(file, line, QT_TRANSLATE_NOOP(
            "errors", "image \"{src}\" must be a .png, .jpg or .svg file inside the lesson folder "
                      "(a relative path, no web address)"), {"src": unquote(src)}))
    elif not target.is_file():
        issues.append(PackIssue(file, line, QT_TRANSLATE_NOOP(
            "errors", "image \"{src}\" does not exist"), {"src": unquote(src)}))


def render_markdown(text: str, folder: Path | None = None) -> str:
    """HTML for a lesson step. Images become ``file:`` URLs inside ``folder``; anything else shows as alt text.

    A pure function (no Qt, no shared state), safe to call on a worker thread. Steps of a loaded pack are within
    ``MAX_STEP_BYTES``, which keeps this well under a second (``benchmarks/lessons.py``); longer text is refused.
    """
    size = len(text.encode("utf-8"))
    if size > MAX_STEP_BYTES:
        raise OylaError(QT_TRANSLATE_NOOP("errors", "This lesson step is too long to show ({size} bytes, at most "
                                                    "{limit})."), size=size, limit=MAX_STEP_BYTES)
    md = _parser()

    def image(self, tokens, idx, options, env):  # noqa: ANN001 - markdown-it render rule signature
        token = tokens[idx]
        target = resolve_image(folder, str(token.attrGet("src") or "")) if folder is not None else None
        if target is None or not target.is_file():
            return html.escape(self.renderInlineAsText(token.children or [], options, env))
        token.attrSet("src", target.as_uri())
        return self.image(tokens, idx, options, env)

    md.add_render_rule("image", image)
    return md.render(text)

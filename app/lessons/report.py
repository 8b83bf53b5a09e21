"""Class progress report: rows per student and lesson, as CSV (for spreadsheets) and a printable HTML page.

Sources: the profiles on this PC (``local_progress()``) and/or progress files students exported
(``progress.import_progress_files``). Records with the same nickname (ignoring case) are merged, so a student
who worked on two PCs appears once. Texts are English, marked in the ``"report"`` context; pass ``tr``
(``QCoreApplication.translate``) to translate them. The HTML page is self-contained: inline CSS, no scripts,
no external resources, every piece of user text escaped.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP
from app.lessons import progress as prog
from app.lessons.model import LessonText, Pack
from app.storage import atomic, students

Tr = Callable[[str, str], str]
CONTEXT = "report"
NOT_STARTED = QT_TRANSLATE_NOOP("report", "not started")
IN_PROGRESS = QT_TRANSLATE_NOOP("report", "in progress")
COMPLETED = QT_TRANSLATE_NOOP("report", "completed")
HEADERS = (
    QT_TRANSLATE_NOOP("report", "Student"), QT_TRANSLATE_NOOP("report", "Pack"), QT_TRANSLATE_NOOP("report", "Lesson"),
    QT_TRANSLATE_NOOP("report", "Status"), QT_TRANSLATE_NOOP("report", "Steps done"),
    QT_TRANSLATE_NOOP("report", "Checks passed"), QT_TRANSLATE_NOOP("report", "Quiz correct"),
    QT_TRANSLATE_NOOP("report", "Started"), QT_TRANSLATE_NOOP("report", "Completed"),
)


def _same(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Row:
    student: str
    pack_id: str
    pack_title: str
    lesson_id: str
    lesson_title: str
    status: str  # NOT_STARTED, IN_PROGRESS or COMPLETED (English; translate with tr)
    steps_done: int
    steps_total: int | None  # None when the pack is not installed here
    checks_passed: int
    checks_total: int | None
    quiz_correct: int
    quiz_total: int | None
    started: str
    completed: str


def local_progress() -> list[prog.StudentProgress]:
    return [prog.load(student.id) for student in students.list_students()]


def merge(records: Iterable[prog.StudentProgress]) -> list[prog.StudentProgress]:
    """One record per nickname (case-insensitive): union of steps and checks, latest quiz answers."""
    merged: dict[str, prog.StudentProgress] = {}
    for record in records:
        into = merged.setdefault(record.nickname.casefold(), prog.StudentProgress(record.student_id, record.nickname))
        for pack_id, lessons in record.packs.items():
            for lesson_id, item in lessons.items():
                target = into.lesson(pack_id, lesson_id)
                target.steps_done += [s for s in item.steps_done if s not in target.steps_done]
                target.checks_passed += [c for c in item.checks_passed if c not in target.checks_passed]
                for quiz_id, answer in item.quiz.items():
                    if answer["correct"] or quiz_id not in target.quiz:
                        target.quiz[quiz_id] = answer
                target.started = min(filter(None, (target.started, item.started)), default=None)
                target.completed = min(filter(None, (target.completed, item.completed)), default=None)
    return sorted(merged.values(), key=lambda r: r.nickname.casefold())


def rows(records: Iterable[prog.StudentProgress], packs: Iterable[Pack], lang: str = "en") -> list[Row]:
    """Every lesson of every pack a student has touched, in pack order; unknown packs by their ids."""
    known = {pack.id: pack for pack in packs}
    table = []
    for record in merge(records):
        for pack_id in sorted(record.packs):
            done = record.packs[pack_id]
            pack = known.get(pack_id)
            lessons = [(lesson.id, lesson.text(lang)) for lesson in pack.lessons] if pack else \
                [(lesson_id, None) for lesson_id in sorted(done)]
            for lesson_id, text in lessons:
                item = done.get(lesson_id, prog.LessonProgress())
                status = COMPLETED if item.completed else IN_PROGRESS if item.started else NOT_STARTED
                table.append(Row(
                    record.nickname, pack_id, pack.title_in(lang) if pack else pack_id, lesson_id,
                    text.title if text else lesson_id, status,
                    *_counts(item, text),
                    (item.started or "")[:16].replace("T", " "), (item.completed or "")[:16].replace("T", " "),
                ))
    return table


def _counts(item: prog.LessonProgress, text: LessonText | None) -> tuple:
    """(steps done, of, checks passed, of, quiz right, of); ids a newer pack version dropped are not counted."""
    if text is None:
        return len(item.steps_done), None, len(item.checks_passed), None, item.quiz_correct, None
    steps = {s.id for s in text.student_steps}
    checks = {c.id for c in text.checks}
    right = sum(1 for q in text.quiz if item.quiz.get(q.id, {}).get("correct"))
    return (len(steps & set(item.steps_done)), len(steps), len(checks & set(item.checks_passed)), len(checks),
            right, len(text.quiz))


def _fraction(have: int, total: int | None) -> str:
    return f"{have}/{total}" if total is not None else str(have)


def _cells(row: Row, tr: Tr) -> list[str]:
    return [row.student, row.pack_title, row.lesson_title, tr(CONTEXT, row.status),
            _fraction(row.steps_done, row.steps_total), _fraction(row.checks_passed, row.checks_total),
            _fraction(row.quiz_correct, row.quiz_total), row.started, row.completed]


def _safe_cell(text: str) -> str:
    """Spreadsheets run cells starting with = + - @ as formulas; a nickname must never be one."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_csv(table: list[Row], tr: Tr = _same) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([tr(CONTEXT, h) for h in HEADERS])
    for row in table:
        writer.writerow([_safe_cell(cell) for cell in _cells(row, tr)])
    return out.getvalue()


def write_csv(table: list[Row], path: Path, tr: Tr = _same) -> Path:
    """UTF-8 with a byte-order mark, so spreadsheet programs show Kazakh and Russian letters correctly."""
    atomic.write_bytes(Path(path), "\ufeff".encode() + to_csv(table, tr).encode("utf-8"), mode=atomic.SHARED)
    return Path(path)


STYLE = """
body{font-family:sans-serif;margin:1.5em;color:#111}
h1{font-size:1.4em} h2{font-size:1.15em;margin-top:1.5em}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{border:1px solid #999;padding:.25em .4em;text-align:left;vertical-align:top}
th{background:#eee} .completed{background:#d8f0d8} .in-progress{background:#fff3c4}
@media print{body{margin:0} h2{break-before:auto} tr{break-inside:avoid}}
"""


SYMBOLS = {COMPLETED: "\u2713", IN_PROGRESS: "\u25d0", NOT_STARTED: "\u00b7"}


def to_html(table: list[Row], title: str, lang: str = "en", tr: Tr = _same) -> str:
    """A printable page: per pack, one row per student and one column per lesson (status and quiz score)."""
    esc = html.escape
    t = lambda text: esc(tr(CONTEXT, text))  # noqa: E731
    parts = [f'<!DOCTYPE html>\n<html lang="{esc(lang)}"><head><meta charset="utf-8">',
             '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
             f"<title>{esc(title)}</title><style>{STYLE}</style></head><body>", f"<h1>{esc(title)}</h1>"]
    if not table:
        parts.append(f"<p>{t(QT_TRANSLATE_NOOP('report', 'No progress yet.'))}</p>")
    else:
        legend = " &nbsp; ".join(f"{SYMBOLS[s]} {t(s)}" for s in (COMPLETED, IN_PROGRESS, NOT_STARTED))
        parts.append(f"<p>{legend}; {t(QT_TRANSLATE_NOOP('report', 'numbers: quiz answers right'))}</p>")
    for pack_id in dict.fromkeys(row.pack_id for row in table):
        pack_rows = [row for row in table if row.pack_id == pack_id]
        lessons = list(dict.fromkeys((row.lesson_id, row.lesson_title) for row in pack_rows))
        parts.append(f"<h2>{esc(pack_rows[0].pack_title)}</h2><table><thead><tr><th>{t(HEADERS[0])}</th>")
        parts += [f'<th title="{esc(name)}">{number}</th>' for number, (_, name) in enumerate(lessons, 1)]
        parts.append("</tr></thead><tbody>")
        for student in dict.fromkeys(row.student for row in pack_rows):
            cells = {row.lesson_id: row for row in pack_rows if row.student == student}
            parts.append(f"<tr><th>{esc(student)}</th>")
            for lesson_id, _ in lessons:
                row = cells.get(lesson_id)
                status = row.status if row else NOT_STARTED
                score = f" {_fraction(row.quiz_correct, row.quiz_total)}" if row and row.started else ""
                parts.append(f'<td class="{status.replace(" ", "-")}" title="{t(status)}">'
                             f"{SYMBOLS[status]}{esc(score)}</td>")
            parts.append("</tr>")
        parts.append("</tbody></table><ol>")
        parts += [f"<li>{esc(name)}</li>" for _, name in lessons]
        parts.append("</ol>")
    parts.append("</body></html>\n")
    return "".join(parts)


def write_html(table: list[Row], path: Path, title: str, lang: str = "en", tr: Tr = _same) -> Path:
    atomic.write_text(Path(path), to_html(table, title, lang, tr), mode=atomic.SHARED)
    return Path(path)

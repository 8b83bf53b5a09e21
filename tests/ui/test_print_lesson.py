"""The Teacher page prints a lesson: its steps, the teacher notes and its printable sheets as an A4 PDF."""

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.ui.teacher import printing as teacher_print

PAGE = re.compile(rb"/Type\s*/Page(?![a-z])")


def teacher_with_lesson(qtbot, window, lesson_id: str):
    window.show_page("teacher")
    page = window.pages["teacher"]
    qtbot.waitUntil(lambda: bool(page.entries) and not page.reloading, timeout=10000)
    page.pack_list.setCurrentRow([e.id for e in page.entries].index("first-steps"))
    page.notes_lesson.setCurrentIndex(page.notes_lesson.findData(lesson_id))
    return page


def save_pdf(qtbot, monkeypatch, page, path: Path) -> bytes:
    """Click "Save lesson as PDF…" and answer the file dialog with ``path`` (without the .pdf the teacher may
    leave out)."""
    monkeypatch.setattr(teacher_print.QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(path.with_suffix("")), ""))
    qtbot.mouseClick(page.printing.pdf_button, Qt.MouseButton.LeftButton)
    # says where, in any language (the task's "busy" ends on the worker just before its result reaches the page)
    qtbot.waitUntil(lambda: str(path) in page.printing.status.text(), timeout=60000)
    return path.read_bytes()


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    pages = ["-f", str(first), "-l", str(last)] if first else []
    text = subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())  # "ﬁ" ligatures back to letters


def test_a_lesson_prints_to_pdf_with_its_notes_and_sheets(qtbot, monkeypatch, window, tmp_path):
    page = teacher_with_lesson(qtbot, window, "03-teach-the-machine")
    lesson = page.chosen_lesson()[0]
    sheets = teacher_print.lesson_sheets(lesson, "en")
    assert [s.path.name for s in sheets] == ["shape-cards.en.svg"]
    assert page.printing.pdf_button.isEnabled()
    assert page.printing.print_button.isEnabled()  # printers are looked up only when Print is pressed

    out = tmp_path / "lesson.pdf"
    data = save_pdf(qtbot, monkeypatch, page, out)
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    pages = len(PAGE.findall(data))
    assert pages >= 1 + len(sheets)
    assert page.printing.status.text() == f"Saved {pages} page(s): {out}"
    assert page.printing.open_button.isVisible() and page.printing.saved.parent == tmp_path

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: text not checked")
    words = pdf_text(out)
    assert "Teach the machine" in words  # the title
    assert "Be the model" in words and "Teacher notes" in words and "Answer key for cards 7–12" in words
    quiz = lesson.text("en").quiz[0]
    assert quiz.question in words and quiz.options[quiz.answer[0]] in words  # the quiz, its options printed
    assert "on a page of its own" in words  # the sheet is not squeezed into the text
    last = pdf_text(out, pages, pages)
    assert "Be the model: shape cards" in last and "Teacher notes" not in last  # the sheet has its own page


def test_a_kazakh_lesson_prints_in_kazakh(qtbot, monkeypatch, window, tmp_path):
    window.ctx.languages.set("kk")
    page = teacher_with_lesson(qtbot, window, "10-capstone")
    lesson = page.chosen_lesson()[0]
    assert [s.path.name for s in teacher_print.lesson_sheets(lesson, "kk")] == ["capstone.kk.svg",
                                                                             "model-card.kk.svg"]
    out = tmp_path / "capstone.pdf"
    data = save_pdf(qtbot, monkeypatch, page, out)
    pages = len(PAGE.findall(data))
    assert pages >= 3
    assert page.printing.status.text() == f"{pages} бет сақталды: {out}"
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: text not checked")
    assert lesson.text("kk").title in pdf_text(out)
    assert "Модель картасы" in pdf_text(out, pages, pages)


def test_print_lesson_paints_on_the_printer_the_teacher_chose(qtbot, monkeypatch, window, tmp_path):
    """The print dialog's printer gets the same pages; here it is a QPrinter set to write PDF, as a teacher may
    choose "Print to file" in the dialog."""
    out = tmp_path / "printed.pdf"

    class Dialog:
        DialogCode = teacher_print.QPrintDialog.DialogCode

        def __init__(self, printer, parent=None):
            printer.setOutputFormat(teacher_print.QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))

        def setWindowTitle(self, title):  # noqa: N802 - Qt's name
            pass

        def exec(self):
            return self.DialogCode.Accepted

    monkeypatch.setattr(teacher_print, "QPrintDialog", Dialog)
    monkeypatch.setattr(teacher_print.QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Office"]))
    page = teacher_with_lesson(qtbot, window, "09-safe-robot-first")
    page.printing.print_dialog()
    qtbot.waitUntil(lambda: page.printing.status.text().startswith("Sent"), timeout=60000)
    sheets = teacher_print.lesson_sheets(page.chosen_lesson()[0], "en")
    pages = len(PAGE.findall(out.read_bytes()))
    assert pages >= 1 + len(sheets) and sheets
    assert page.printing.status.text() == f"Sent {pages} page(s) to the printer."


def test_print_without_a_printer_says_so(qtbot, monkeypatch, window):
    """Printers are asked for only when the teacher presses Print (the print service is reached over localhost);
    with none set up, the page says what to do instead."""
    monkeypatch.setattr(teacher_print.QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))
    page = teacher_with_lesson(qtbot, window, "09-safe-robot-first")
    page.printing.print_dialog()
    assert "No printer is set up" in page.printing.status.text()

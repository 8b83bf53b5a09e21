"""Print a lesson from the Teacher page: every step's text (quiz questions with their answers marked), the teacher
notes, then each printable sheet of the lesson (an image under a ``sheets/`` folder) on an A4 page of its own.

The whole document is built and painted on a worker thread (``TaskSlot``): Markdown to HTML, a ``QTextDocument``
laid out in pages, sheets drawn with ``QSvgRenderer`` — Qt allows a ``QPainter`` on a ``QPdfWriter`` or a
``QPrinter`` outside the GUI thread. Only the dialogs run on the GUI thread. "Save lesson as PDF…" works on every
computer (a ``QPdfWriter`` into memory, then an atomic write); "Print lesson…" is offered when a printer exists.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, QStandardPaths, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import Cancelled
from app.lessons.render import render_markdown, resolve_image
from app.storage import atomic
from app.ui.common.jobs import TaskSlot

IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")
MARGIN_MM = 15.0
SHEET_MARGIN_MM = 6.0  # sheets carry their own white border
LAYOUT_DPI = 96.0  # the text is laid out in these units, then scaled to the device
CSS = ("body { font-size: 12pt; } h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 14px; } "
       "h3 { font-size: 12pt; } table { border-collapse: collapse; } td, th { border: 1px solid #555; padding: 3px; } "
       "p.muted { color: #444; }")


@dataclass(frozen=True)
class Sheet:
    alt: str
    path: Path


def lesson_sheets(lesson, lang: str) -> list[Sheet]:
    """The printable sheets a lesson's text in ``lang`` shows: images inside a ``sheets`` folder, in order."""
    found: list[Sheet] = []
    for step in lesson.text(lang).steps:
        for alt, src in IMAGE.findall(step.body):
            target = resolve_image(lesson.folder, src)
            if target is not None and target.parent.name == "sheets" and target.is_file() \
                    and target not in [s.path for s in found]:
                found.append(Sheet(alt, target))
    return found


def lesson_html(lesson, lang: str, labels: dict[str, str]) -> tuple[str, list[Sheet]]:
    """The lesson as one HTML document (pure: no Qt), and the sheets to print after it."""
    text = lesson.text(lang)
    sheets = lesson_sheets(lesson, lang)
    numbers = {s.path: n for n, s in enumerate(sheets, 1)}

    def sheet_note(match: re.Match) -> str:
        target = resolve_image(lesson.folder, match.group(2))
        if target in numbers:
            return "*" + labels["sheet"].replace("%1", str(numbers[target])).replace("%2", match.group(1)) + "*"
        return match.group(0)

    parts = [f"<h1>{html.escape(text.title)}</h1>", f"<p><b>{html.escape(text.objective)}</b></p>",
             '<p class="muted">' + html.escape(labels["facts"].replace("%1", str(text.minutes))
                                               .replace("%2", str(text.ages[0])).replace("%3", str(text.ages[1])))
             + "</p>"]
    for number, step in enumerate(text.steps, 1):
        title = step.title if step.kind == "teacher" else f"{number}. {step.title}"
        parts.append(f"<h2>{html.escape(title)}</h2>")
        parts.append(render_markdown(IMAGE.sub(sheet_note, step.body), lesson.folder))
        for quiz_id in step.quizzes:
            quiz = text.question(quiz_id)
            if quiz is None:
                continue
            items = "".join(f"<li>{'✔ ' if i in quiz.answer else ''}{html.escape(option)}</li>"
                            for i, option in enumerate(quiz.options))
            parts.append(f"<p><b>{html.escape(quiz.question)}</b></p><ol type=\"a\">{items}</ol>"
                         f"<p class=\"muted\">{html.escape(quiz.explain)}</p>")
    return "\n".join(parts), sheets


def paint_lesson(device: QPagedPaintDevice, resolution: int, document_html: str, sheets: list[Sheet],
                 footer: str, control=None) -> int:
    """Paint the text pages, then one page per sheet, onto ``device``; returns the number of pages."""
    painter = QPainter(device)
    try:
        scale = resolution / LAYOUT_DPI
        area = device.pageLayout().paintRectPixels(resolution)
        doc = QTextDocument()
        doc.setDefaultFont(QFont("DejaVu Sans", 12))
        doc.setDefaultStyleSheet(CSS)
        doc.setHtml(document_html)
        foot = 28.0  # layout pixels kept free at the bottom for the page number
        width, height = area.width() / scale, area.height() / scale - foot
        doc.setPageSize(QSizeF(width, height))
        count = doc.pageCount()
        for page in range(count):
            if control is not None and control.cancelled():
                raise Cancelled()
            if page:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -page * height)
            doc.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            painter.save()
            painter.scale(scale, scale)
            small = QFont("DejaVu Sans")
            small.setPixelSize(12)  # layout pixels, scaled with the text
            painter.setFont(small)
            painter.drawText(QRectF(0, height + 8, width, foot - 8), Qt.AlignmentFlag.AlignRight,
                             footer.replace("%1", str(page + 1)).replace("%2", str(count + len(sheets))))
            painter.restore()
        margins = QMarginsF(SHEET_MARGIN_MM, SHEET_MARGIN_MM, SHEET_MARGIN_MM, SHEET_MARGIN_MM)
        for sheet in sheets:
            if control is not None and control.cancelled():
                raise Cancelled()
            device.setPageMargins(margins, QPageLayout.Unit.Millimeter)
            device.newPage()
            renderer = QSvgRenderer(str(sheet.path))
            box = QRectF(device.pageLayout().paintRectPixels(resolution))
            box.moveTo(0, 0)
            size = QSizeF(renderer.viewBoxF().size()).scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
            renderer.render(painter, QRectF(box.x() + (box.width() - size.width()) / 2, box.y(),
                                            size.width(), size.height()))
        return count + len(sheets)
    finally:
        painter.end()


def _a4(device: QPagedPaintDevice) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))


def write_pdf(control, lesson, lang: str, labels: dict[str, str], path: Path) -> tuple[Path, int]:
    """Worker: the lesson as an A4 PDF, written atomically to ``path`` (readable by others, like the report)."""
    document, sheets = lesson_html(lesson, lang, labels)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(lesson.text(lang).title)
    writer.setCreator("Oyla")
    _a4(writer)
    pages = paint_lesson(writer, writer.resolution(), document, sheets, labels["footer"], control)
    del writer  # finishes the file
    atomic.write_bytes(Path(path), bytes(buffer.data()), mode=atomic.SHARED)
    return Path(path), pages


def print_on(control, lesson, lang: str, labels: dict[str, str], printer: QPrinter) -> int:
    """Worker: the lesson on a printer the teacher chose in the print dialog."""
    document, sheets = lesson_html(lesson, lang, labels)
    return paint_lesson(printer, printer.resolution(), document, sheets, labels["footer"], control)


class PrintPanel(QWidget):
    """"Print lesson…" and "Save lesson as PDF…" for the lesson ``current()`` returns as ``(lesson, lang)``."""

    def __init__(self, current, parent=None):
        super().__init__(parent)
        self.current = current
        self.slot = TaskSlot(self)
        self.printer: QPrinter | None = None  # alive while a print job paints
        self.saved: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.print_button, self.pdf_button, self.open_button = QPushButton(), QPushButton(), QPushButton()
        self.print_button.clicked.connect(self.print_dialog)
        self.pdf_button.clicked.connect(self.save_dialog)
        self.open_button.clicked.connect(self.open_folder)
        for button in (self.print_button, self.pdf_button):
            button.setMinimumHeight(40)
            row.addWidget(button)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.status, 1)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.status.hide()
        self.open_button.hide()
        self.retranslate()

    def labels(self) -> dict[str, str]:
        return {"facts": self.tr("%1 minutes · ages %2–%3"), "footer": self.tr("page %1 of %2"),
                "sheet": self.tr("[%1] %2 — printed on a page of its own after the teacher notes.")}

    def _show(self, text: str, bad: bool = False) -> None:
        self.status.setObjectName("error" if bad else "muted")
        self.status.setStyleSheet("")
        self.status.setText(text)
        self.status.show()

    def save_dialog(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        lesson, lang = chosen
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the lesson as PDF"),
                                              str(Path(folder) / f"{lesson.id}-{lang}.pdf"),
                                              self.tr("PDF document (*.pdf)"))
        if path:
            self.save_pdf(Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf"))

    def save_pdf(self, path: Path):
        """Write the chosen lesson to ``path`` off the GUI thread; the status line says where, with Open folder."""
        chosen = self.current()
        if chosen is None:
            return None
        lesson, lang = chosen
        self.open_button.hide()
        self._show(self.tr("Preparing the PDF…"))
        return self.slot.start(write_pdf, lesson, lang, self.labels(), Path(path),
                               succeeded=self._saved, failed=lambda text: self._show(text, True))

    def _saved(self, result) -> None:
        self.saved, pages = result
        self._show(self.tr("Saved %n page(s): %1", "", pages).replace("%1", str(self.saved)))
        self.open_button.show()

    def open_folder(self) -> bool:
        return bool(self.saved) and QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved.parent)))

    def print_dialog(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        # Only now, because the teacher asked to print: asking for printers talks to the system's print service
        # (CUPS on Linux, over localhost), and Oyla opens no connection by itself.
        if not QPrinterInfo.availablePrinterNames():
            self._show(self.tr("No printer is set up on this computer. Save the lesson as PDF and print it from "
                               "another one."), True)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        _a4(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print lesson"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.printer = printer
        self._show(self.tr("Printing…"))
        lesson, lang = chosen
        self.slot.start(print_on, lesson, lang, self.labels(), printer,
                        succeeded=lambda pages: self._show(self.tr("Sent %n page(s) to the printer.", "", pages)),
                        failed=lambda text: self._show(text, True))

    def refresh(self) -> None:
        """Enable the buttons for a chosen lesson. Whether a printer is set up is asked only when Print is pressed
        (the print service is reached over localhost: never at start-up)."""
        has_lesson = self.current() is not None
        self.pdf_button.setEnabled(has_lesson)
        self.print_button.setEnabled(has_lesson)

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("Print lesson…"))
        self.pdf_button.setText(self.tr("Save lesson as PDF…"))
        self.pdf_button.setToolTip(self.tr("The lesson's steps, the teacher notes and its printable sheets, on "
                                           "A4 pages."))
        self.open_button.setText(self.tr("Open folder"))
        self.refresh()


"""Two panels of the Teacher page: parents' consent per student, and the class progress report."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app.errors import OylaError
from app.lessons import progress, report
from app.storage import students
from app.ui.common.i18n import error_text
from app.ui.common.jobs import TaskSlot


def _label(object_name: str = "") -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label


def set_status(label: QLabel, text: str, bad: bool) -> None:
    label.setObjectName("error" if bad else "")
    label.setStyleSheet("")  # re-apply the style sheet for the new object name
    label.setText(text)
    label.setVisible(bool(text))


def _write_report(_control, records, packs, lang, path: Path, kind: str, title: str):
    table = report.rows(list(report.local_progress()) + list(records), packs, lang)
    if kind == "csv":
        report.write_csv(table, path, QCoreApplication.translate)
    else:
        report.write_html(table, path, title, lang, QCoreApplication.translate)
    return path


class ConsentPanel(QGroupBox):
    """Students on this PC; ticked = the teacher noted a parent's or guardian's consent (with the date). This is
    the only place a parent's consent is recorded when the teacher requires it."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.hint = _label("muted")
        self.list = QListWidget()
        self.list.setMinimumHeight(80)
        self.list.setMaximumHeight(180)
        self.list.itemChanged.connect(self._changed)
        self.error = _label("error")
        self.error.hide()
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addWidget(self.error)
        self._filling = False
        self.retranslate()

    def fill(self) -> None:
        self._filling = True
        self.list.clear()
        for student in students.list_students():
            item = QListWidgetItem(self._text(student))
            item.setData(Qt.ItemDataRole.UserRole, student.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if student.consent_recorded else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self._filling = False
        self.retranslate()

    def _changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        try:
            student = students.record_consent(item.data(Qt.ItemDataRole.UserRole),
                                              item.checkState() == Qt.CheckState.Checked)
        except OylaError as exc:
            set_status(self.error, error_text(exc), True)
            return
        self._filling = True
        item.setText(self._text(student))
        self._filling = False
        self.changed.emit()

    def _text(self, student: students.Student) -> str:
        if not student.consent_recorded:
            return student.nickname
        return self.tr("%1 — parent's consent received %2").replace("%1", student.nickname).replace(
            "%2", (student.consent_date or "")[:10])

    def retranslate(self) -> None:
        self.setTitle(self.tr("Students on this computer: parent's consent"))
        self.hint.setText(self.tr("Tick a student when their parent or guardian has agreed to camera use (parent's "
                                  "consent received). The date is noted.")
                          if self.list.count() else
                          self.tr("No students yet. Students add their name or nickname on the Lessons "
                                  "page (no password, no photo)."))


class ReportPanel(QGroupBox):
    """Import many students' progress files; save the class report as CSV or a printable HTML page."""

    def __init__(self, ctx, packs, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.packs = packs  # callable: the packs the report knows (every installed pack)
        self.imported: list[progress.StudentProgress] = []
        self.reading, self.writing = TaskSlot(self), TaskSlot(self)
        layout = QVBoxLayout(self)
        self.counts = _label()
        layout.addWidget(self.counts)
        row = QHBoxLayout()
        self.read_button, self.clear_button = QPushButton(), QPushButton()
        self.read_button.clicked.connect(self.import_dialog)
        self.clear_button.clicked.connect(self.clear_imported)
        row.addWidget(self.read_button, 1)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.csv_button, self.html_button = QPushButton(), QPushButton()
        for button, kind in ((self.csv_button, "csv"), (self.html_button, "html")):
            button.setObjectName("primary")
            button.setMinimumHeight(44)
            button.clicked.connect(lambda _=False, k=kind: self.save_dialog(k))
            row.addWidget(button)
        layout.addLayout(row)
        self.status = _label()
        self.status.hide()
        layout.addWidget(self.status)
        self.retranslate()

    def import_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import students' progress files"), "",
                                                self.tr("Oyla progress (*.json)"))
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: list[Path]):
        return self.reading.start(lambda _control, files: progress.import_progress_files(files), list(paths),
                                  succeeded=self._read, failed=lambda text: set_status(self.status, text, True))

    def _read(self, result) -> None:
        found, errors = result
        self.imported += found
        self.show_counts()
        lines = [self.tr("%n file(s) read.", "", len(found))] + [error_text(e) for e in errors[:10]]
        set_status(self.status, "\n".join(lines), bool(errors))

    def clear_imported(self) -> None:
        self.imported = []
        set_status(self.status, "", False)
        self.show_counts()

    def show_counts(self) -> None:
        here = len(students.list_students())
        self.counts.setText(self.tr("The report covers %1 student(s) on this computer and %2 imported "
                                    "progress file(s).").replace("%1", str(here)).replace("%2", str(len(self.imported))))
        self.clear_button.setEnabled(bool(self.imported))

    def save_dialog(self, kind: str) -> None:
        name = f"class-report-{time.strftime('%Y-%m-%d')}.{kind}"
        pattern = self.tr("Spreadsheet (*.csv)") if kind == "csv" else self.tr("Web page (*.html)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the class report"), name, pattern)
        if path:
            self.save(Path(path), kind)

    def save(self, path: Path, kind: str = "csv"):
        """Write the report (profiles on this PC + imported files) off the GUI thread."""
        title = self.tr("Class progress — %1").replace("%1", time.strftime("%Y-%m-%d"))
        return self.writing.start(_write_report, list(self.imported), list(self.packs()),
                                  self.ctx.languages.current, Path(path), kind, title,
                                  succeeded=lambda p: set_status(self.status,
                                                                 self.tr("Saved: %1").replace("%1", str(p)), False),
                                  failed=lambda text: set_status(self.status, text, True))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Class progress report"))
        self.read_button.setText(self.tr("Import progress files…"))
        self.read_button.setToolTip(self.tr("Choose many files at once, for example from a USB stick."))
        self.clear_button.setText(self.tr("Forget imported files"))
        self.csv_button.setText(self.tr("Save as CSV…"))
        self.html_button.setText(self.tr("Save a printable page…"))
        self.show_counts()


"""The Teacher page: which packs students see, settings the teacher locks, parents' consent per student,
importing packs and students' progress files, the class report (CSV and printable page) and teacher notes.
Behind the teacher PIN (``app.ui.teacher.lock``): until it is entered, none of these controls is reachable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import OylaError
from app.lessons import archive, library, teacher
from app.lessons.model import PackError
from app.lessons.render import render_markdown
from app.ui.common.i18n import error_text
from app.ui.common.jobs import TaskSlot, stop_all
from app.ui.lessons.choice import Choice
from app.ui.teacher.lock import TeacherLock
from app.ui.teacher.panels import ConsentPanel, ReportPanel, set_status
from app.ui.teacher.printing import PrintPanel


def issue_text(issue) -> str:
    text = QCoreApplication.translate("errors", issue.message)
    try:
        text = text.format(**issue.params)
    except (KeyError, IndexError, ValueError):
        text = issue.text()
    return f"{issue.file}:{issue.line}: {text}" if issue.line else f"{issue.file}: {text}"


def _import(_control, source: Path):
    """Import on a worker; a pack that does not validate comes back as its PackError (every issue listed)."""
    try:
        return archive.import_pack(source)
    except PackError as err:
        return err


def _group(layout) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox()
    inner = QVBoxLayout(box)
    layout.addWidget(box)
    return box, inner


def _label(object_name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(wrap)
    return label


class TeacherPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list = []
        self.settings = teacher.TeacherSettings()
        self.loading, self.importing = TaskSlot(self), TaskSlot(self)
        self._filling = False

        self.body = QWidget()  # everything behind the PIN
        outer = QVBoxLayout(self.body)
        outer.setContentsMargins(0, 0, 0, 0)
        self.lock = TeacherLock(self, self.body)
        QVBoxLayout(self).addWidget(self.lock.stack)
        self.title = _label("title")
        self.intro = _label("muted")
        outer.addWidget(self.title)
        outer.addWidget(self.intro)
        self.error = _label("error")
        self.error.hide()
        outer.addWidget(self.error)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.setStyleSheet("QGroupBox QLabel { background: transparent; }")  # no grey behind texts in panels
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        self.left, self.right = left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.packs_box, packs = _group(left)
        self.pack_list = QListWidget()
        self.pack_list.setMinimumHeight(90)
        self.pack_list.setMaximumHeight(150)
        self.pack_list.setWordWrap(True)
        self.pack_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pack_list.setStyleSheet("QListWidget::item { padding: 6px; }")
        self.pack_list.itemChanged.connect(self._visibility_changed)
        self.pack_list.currentRowChanged.connect(lambda _row: self._show_pack())
        packs.addWidget(self.pack_list)
        row = QHBoxLayout()
        self.import_zip_button, self.import_folder_button = QPushButton(), QPushButton()
        self.remove_button = QPushButton()
        self.import_zip_button.clicked.connect(self.import_zip_dialog)
        self.import_folder_button.clicked.connect(self.import_folder_dialog)
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.import_zip_button, self.import_folder_button, self.remove_button):
            row.addWidget(button)
        packs.addLayout(row)
        self.pack_status = _label()
        self.pack_status.hide()
        packs.addWidget(self.pack_status)
        self.pack_locks = _label("muted")
        packs.addWidget(self.pack_locks)

        self.locks_box, locks = _group(left)
        self.faces_label = QLabel()
        self.faces = QComboBox()
        self.faces.setMinimumHeight(36)
        self.cap_check, self.cap = Choice(), QSpinBox()
        self.cap.setRange(0, 255)
        self.cap.setMinimumWidth(96)
        self.cap.setValue(150)
        self.consent_check, self.delete_check = Choice(), Choice()
        self.faces.activated.connect(lambda _i: self.save_settings())
        self.cap_check.toggled.connect(lambda _on: self.save_settings())
        self.cap.valueChanged.connect(lambda _v: self.save_settings())
        self.consent_check.toggled.connect(lambda _on: self.save_settings())
        self.delete_check.toggled.connect(lambda _on: self.save_settings())
        row = QHBoxLayout()
        row.addWidget(self.faces_label)
        row.addWidget(self.faces, 1)
        locks.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.cap_check, 1)
        row.addWidget(self.cap)
        locks.addLayout(row)
        locks.addWidget(self.consent_check)
        locks.addWidget(self.delete_check)

        self.consent = ConsentPanel()
        self.consent.changed.connect(ctx.policy_changed)  # the camera gate asks again
        left.addWidget(self.consent)
        left.addWidget(self.lock.panel)
        left.addStretch(1)

        self.report = ReportPanel(ctx, lambda: [e.pack for e in self.entries if e.pack is not None])
        right.addWidget(self.report)
        self.notes_box, notes = _group(right)
        self.notes_lesson = QComboBox()
        self.notes_lesson.setMinimumHeight(36)
        self.notes_lesson.currentIndexChanged.connect(lambda _i: self._show_notes())
        self.notes = QTextBrowser()
        self.notes.setOpenLinks(False)
        self.notes.setMinimumHeight(260)
        self.printing = PrintPanel(self.chosen_lesson)  # print or save the chosen lesson as PDF
        notes.addWidget(self.notes_lesson)
        notes.addWidget(self.printing)
        notes.addWidget(self.notes, 1)
        right.setStretchFactor(self.notes_box, 1)

        self.retranslate()
        self.reload()

    # ---- library and visibility --------------------------------------------------------------------------
    def reload(self):
        def work(_control):
            try:
                settings, problem = teacher.load(), None
            except OylaError as exc:
                settings, problem = None, exc
            return library.library(), settings, problem

        self.reloading = True  # until the results are shown
        return self.loading.start(work, succeeded=self._loaded, failed=self.show_error,
                                  finished=lambda: setattr(self, "reloading", False))

    def _loaded(self, result) -> None:
        entries, settings, problem = result
        keep = self.current_entry().id if self.current_entry() else None
        self.entries = entries
        if problem is not None:  # never overwrite a damaged settings file silently
            self.show_error(error_text(problem))
            self.locks_box.setEnabled(False)
        else:
            self.settings = settings
            self.locks_box.setEnabled(True)
        self._fill(keep)

    def current_entry(self):
        row = self.pack_list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _fill(self, keep: str | None = None) -> None:
        self._filling = True
        lang = self.ctx.languages.current
        self.pack_list.clear()
        for entry in self.entries:
            kind = self.tr("built-in") if entry.builtin else self.tr("imported")
            if entry.pack is None:
                item = QListWidgetItem(self.tr("%1 (%2) — cannot be used: %3").replace("%1", entry.id)
                                       .replace("%2", kind).replace("%3", error_text(entry.error)))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            else:
                item = QListWidgetItem(f"{entry.pack.title_in(lang)}\n{kind} · v{entry.pack.version}")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                visible = entry.id not in self.settings.hidden_packs
                item.setCheckState(Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked)
                item.setToolTip(self.tr("Ticked: students see this pack on the Lessons page."))
            self.pack_list.addItem(item)
        ids = [e.id for e in self.entries]
        self.pack_list.setCurrentRow(ids.index(keep) if keep in ids else 0 if ids else -1)
        s = self.settings
        self.faces.setCurrentIndex(max(0, self.faces.findData(s.faces)))
        self.cap_check.setChecked(s.robot_speed_cap is not None)
        self.cap.setValue(s.robot_speed_cap if s.robot_speed_cap is not None else self.cap.value())
        self.cap.setEnabled(s.robot_speed_cap is not None)
        self.consent_check.setChecked(s.require_parental_consent)
        self.delete_check.setChecked(bool(s.delete_samples_at_end))
        self._filling = False
        self.consent.fill()
        self.report.show_counts()
        self._show_pack()

    def set_pack_visible(self, pack_id: str, visible: bool) -> None:
        self.settings = self.settings.with_pack_hidden(pack_id, not visible)
        self._save(self.settings)

    def _visibility_changed(self, item: QListWidgetItem) -> None:
        row = self.pack_list.row(item)
        if self._filling or not 0 <= row < len(self.entries) or self.entries[row].pack is None:
            return
        self.set_pack_visible(self.entries[row].id, item.checkState() == Qt.CheckState.Checked)

    def _show_pack(self) -> None:
        entry = self.current_entry()
        self.remove_button.setEnabled(entry is not None and not entry.builtin)
        pack = entry.pack if entry else None
        lang = self.ctx.languages.current
        if pack is None:
            self.pack_locks.setText("")
        else:
            locks = teacher.effective_locks(self.settings, pack)
            faces = {"allow": self.tr("allowed"), "blur": self.tr("blurred"), "refuse": self.tr("refused")}
            parts = [self.tr("faces: %1").replace("%1", faces[locks.faces]) if locks.faces else "",
                     self.tr("robot speed cap: %1").replace("%1", str(locks.robot_speed_cap))
                     if locks.robot_speed_cap is not None else "",
                     self.tr("pictures deleted at the end of each lesson") if locks.delete_samples_at_end else ""]
            parts = [p for p in parts if p]
            self.pack_locks.setText(self.tr("In force while this pack runs: %1").replace("%1", "; ".join(parts))
                                    if parts else self.tr("This pack locks nothing."))
        self.notes_lesson.blockSignals(True)
        self.notes_lesson.clear()
        for number, lesson in enumerate(pack.lessons if pack else (), 1):
            self.notes_lesson.addItem(f"{number}. {lesson.text(lang).title}", lesson.id)
        self.notes_lesson.blockSignals(False)
        self._show_notes()

    def chosen_lesson(self):
        """(lesson, language) chosen under Teacher notes, or None."""
        entry = self.current_entry()
        lesson = entry.pack.lesson(self.notes_lesson.currentData()) if entry and entry.pack else None
        return (lesson, self.ctx.languages.current) if lesson else None

    def _show_notes(self) -> None:
        self.printing.refresh()
        entry = self.current_entry()
        lesson = entry.pack.lesson(self.notes_lesson.currentData()) if entry and entry.pack else None
        step = lesson.text(self.ctx.languages.current).teacher_notes if lesson else None
        if step is None:
            self.notes.setHtml(f"<p>{self.tr('Choose a pack above to read the notes for each of its lessons.')}</p>"
                               if lesson is None else f"<p>{self.tr('This lesson has no teacher notes.')}</p>")
        else:
            self.notes.setHtml(render_markdown(step.body, lesson.folder))

    # ---- importing and removing packs --------------------------------------------------------------------
    def import_zip_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a lesson pack"), "",
                                              self.tr("Lesson packs (*.zip)"))
        if path:
            self.import_pack_path(Path(path))

    def import_folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Import a lesson pack folder"))
        if path:
            self.import_pack_path(Path(path))

    def import_pack_path(self, path: Path):
        set_status(self.pack_status, self.tr("Checking and importing “%1”…").replace("%1", path.name), False)
        self.import_zip_button.setEnabled(False)
        self.import_folder_button.setEnabled(False)
        return self.importing.start(_import, path, succeeded=self._imported,
                                    failed=lambda text: self._import_failed([text]),
                                    finished=lambda: (self.import_zip_button.setEnabled(True),
                                                      self.import_folder_button.setEnabled(True)))

    def _imported(self, result) -> None:
        if isinstance(result, PackError):
            lines = [error_text(result)] + [issue_text(i) for i in result.errors[:8]]
            if len(result.errors) > 8:
                lines.append(self.tr("… and %1 more.").replace("%1", str(len(result.errors) - 8)))
            self._import_failed(lines)
            return
        set_status(self.pack_status, self.tr("Imported “%1” (version %2). Students see it now.")
                                 .replace("%1", result.title_in(self.ctx.languages.current))
                                 .replace("%2", result.version), False)
        self.reload()

    def _import_failed(self, lines: list[str]) -> None:
        set_status(self.pack_status, self.tr("The pack was not imported; nothing was changed.") + "\n"
                   + "\n".join(lines), True)

    def remove_selected(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.builtin:
            return
        answer = QMessageBox.question(self, self.tr("Remove pack"), self.tr(
            "Remove the imported pack “%1” from this computer? Students' progress stays; you can import it again.")
            .replace("%1", entry.pack.title_in(self.ctx.languages.current) if entry.pack else entry.id))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            library.remove_pack(entry.id)
        except OylaError as exc:
            self.show_error(error_text(exc))
        self.reload()

    # ---- settings and consent ----------------------------------------------------------------------------
    def save_settings(self) -> None:
        if self._filling:
            return
        self.cap.setEnabled(self.cap_check.isChecked())
        self._save(teacher.TeacherSettings(
            hidden_packs=self.settings.hidden_packs, faces=self.faces.currentData(),
            robot_speed_cap=self.cap.value() if self.cap_check.isChecked() else None,
            delete_samples_at_end=True if self.delete_check.isChecked() else None,
            require_parental_consent=self.consent_check.isChecked(), extra=self.settings.extra))

    def _save(self, settings: teacher.TeacherSettings) -> None:
        try:
            teacher.save(settings)
            self.settings = settings
        except OylaError as exc:
            self.show_error(error_text(exc))
        self.ctx.policy_changed()  # e.g. a parent's consent now required: the camera gate asks again
        self._show_pack()

    # ---- texts and events --------------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def retranslate(self) -> None:
        self._lang = self.ctx.languages.current
        self.title.setText(self.tr("Teacher"))
        self.intro.setText(self.tr("Choose what students see and what is locked, read each lesson's notes, and "
                                   "collect the class's progress."))
        self.packs_box.setTitle(self.tr("Lesson packs students see"))
        self.import_zip_button.setText(self.tr("Import a pack (.zip)…"))
        self.import_folder_button.setText(self.tr("Import a pack folder…"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected imported pack (built-in packs stay)."))
        self.locks_box.setTitle(self.tr("Settings you lock on this computer"))
        self.faces_label.setText(self.tr("Faces in pictures:"))
        current = self.faces.currentData()
        self.faces.clear()
        for text, value in ((self.tr("as the pack says"), None), (self.tr("allow"), "allow"),
                            (self.tr("blur faces"), "blur"), (self.tr("refuse pictures with faces"), "refuse")):
            self.faces.addItem(text, value)
        self.faces.setCurrentIndex(max(0, self.faces.findData(current)))
        self.cap_check.setText(self.tr("Cap the robot's speed (0–255):"))
        self.consent_check.setText(self.tr("A parent's consent must be noted before a student uses the camera"))
        self.delete_check.setText(self.tr("Delete students' pictures at the end of each lesson"))
        self.notes_box.setTitle(self.tr("Teacher notes"))
        self._fill(self.current_entry().id if self.current_entry() else None)

    def _arrange(self) -> None:
        """Two columns when they fit the visible width, one below the other when not (large text, long
        translations). The visible width is the scroll area's, since the page itself grows to its minimum."""
        room = self.parentWidget().width() if self.parentWidget() is not None else self.width()
        need = self.left.minimumSize().width() + self.right.minimumSize().width() + 3 * self.columns.spacing() + 48
        wide = room >= need
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._arrange()
        super().resizeEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._arrange()
        return super().eventFilter(watched, event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ParentChange and self.parentWidget() is not None:
            self.parentWidget().installEventFilter(self)
        elif event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            QTimer.singleShot(0, self, self._arrange)  # after the new texts and sizes are in
        return super().event(event)

    def showEvent(self, event) -> None:  # noqa: N802
        if self._lang != self.ctx.languages.current:
            self.retranslate()
        self.lock.refresh()  # the PIN screen unless it was entered (or the teacher chose no PIN)
        self.reload()  # students may have been added on the Lessons page
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        self.lock.lock()  # leaving the page locks it
        super().hideEvent(event)

    def shutdown(self) -> None:
        stop_all([self.loading, self.importing, self.report.reading, self.report.writing, self.printing.slot])

"""The My data page: everything Oyla keeps on this computer (``app.storage.inventory.scan``), its folder, export,
and deleting per project, per student or everything, each after a confirmation that says what goes. Camera
consent is shown here too, with "Give consent…" / "Withdraw consent…". Scanning and deleting run on workers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.lessons import pin, policy
from app.storage import consent, inventory, paths
from app.ui.common.consent_dialog import WithdrawBox
from app.ui.common.i18n import error_text
from app.ui.common.jobs import TaskSlot, stop_all


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _label(name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    if wrap:
        label.setMinimumWidth(160)  # wrapped text may use more lines, but never widens the window
    return label


def _button(slot, name: str = "") -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


def _row(*widgets) -> QHBoxLayout:
    """Widgets side by side; ``None`` is a stretch; labels and check boxes take the free width."""
    row = QHBoxLayout()
    for widget in widgets:
        if widget is None:
            row.addStretch(1)
        else:
            row.addWidget(widget, 1 if isinstance(widget, QLabel | QCheckBox) else 0)
    return row


def _fit(table: QTableWidget) -> None:
    """As tall as its rows (at least two), so the whole page fits a lab screen without inner scrolling."""
    rows = max(2, table.rowCount())
    row_height = table.rowHeight(0) if table.rowCount() else table.verticalHeader().defaultSectionSize()
    height = table.horizontalHeader().sizeHint().height() + rows * row_height + 2 * table.frameWidth()
    table.setFixedHeight(min(height, 360))


def _teacher_protected() -> bool:
    """Is the Teacher page behind a PIN (or a damaged PIN file)? Then deleting from My data keeps its folder."""
    return pin.state() in (pin.SET, pin.DAMAGED)


class DataPage(QWidget):
    consent_requested = Signal()  # "Give consent…": the main window shows the consent dialog
    consent_withdrawn = Signal()  # consent was withdrawn (or deleted with everything): camera off, ask again
    updated = Signal()  # a scan finished and the page shows it

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.inventory: inventory.Inventory | None = None
        self.consent_record: consent.ConsentRecord | None = None
        self.needs_consent = True
        self.camera_code = policy.NO_CONSENT  # the consent policy's answer for who is learning now
        self.scanning = TaskSlot(self)
        self.working = TaskSlot(self)
        self._done_text = ""

        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        self.title, self.where = _label("title", wrap=False), _label()
        self.folder, self.summary, self.status, self.error = _label("muted"), _label(), _label("muted"), _label("error")
        self.folder.setText(str(paths.data_dir()))
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.refresh_button = _button(self.scan)
        self.open_root_button = _button(lambda: self.open_folder(paths.data_dir()))
        layout.addLayout(_row(self.title, self.refresh_button))
        layout.addWidget(self.where)
        layout.addLayout(_row(self.folder, self.open_root_button))
        for label in (self.summary, self.status, self.error):
            layout.addWidget(label)

        self.projects_box = QGroupBox()
        projects = QVBoxLayout(self.projects_box)
        self.projects, self.no_projects, self.include_images = _table(5), _label("muted"), QCheckBox()
        self.projects.itemSelectionChanged.connect(self._update_buttons)
        self.open_project_button = _button(lambda: self.open_folder(self._selected_project().path))
        self.export_button = _button(self.export_dialog)
        self.delete_project_button = _button(lambda: self.delete_project())
        projects.addWidget(self.projects)
        projects.addWidget(self.no_projects)
        projects.addLayout(_row(self.include_images, self.open_project_button, self.export_button,
                                self.delete_project_button))
        layout.addWidget(self.projects_box)

        self.students_box = QGroupBox()
        students = QVBoxLayout(self.students_box)
        self.students, self.no_students = _table(4), _label("muted")
        self.students.itemSelectionChanged.connect(self._update_buttons)
        self.delete_student_button = _button(lambda: self.delete_student())
        students.addWidget(self.students)
        students.addWidget(self.no_students)
        students.addStretch(1)
        students.addLayout(_row(None, self.delete_student_button))
        boxes = QHBoxLayout()
        boxes.addWidget(self.students_box, 1)
        layout.addLayout(boxes)

        self.privacy_box = QGroupBox()
        privacy = QVBoxLayout(self.privacy_box)
        self.consent_label = _label()
        self.consent_button = _button(self._on_consent_button)
        self.delete_all_button = _button(lambda: self.delete_everything(), "danger")
        privacy.addWidget(self.consent_label)
        privacy.addStretch(1)
        privacy.addLayout(_row(self.consent_button, None))
        privacy.addLayout(_row(None, self.delete_all_button))
        boxes.addWidget(self.privacy_box, 1)
        layout.addStretch(1)
        self.retranslate()

    # ---- texts -------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("My data"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.where.setText(self.tr("Everything Oyla keeps is in one folder on this computer. Nothing is sent "
                                   "anywhere: Oyla never uses the internet."))
        self.open_root_button.setText(self.tr("Open folder"))
        self.projects_box.setTitle(self.tr("Projects"))
        self.projects.setHorizontalHeaderLabels([self.tr("Project"), self.tr("Whose"), self.tr("Pictures"),
                                                 self.tr("Model"), self.tr("Size")])
        self.no_projects.setText(self.tr("No projects yet. The pictures you take or add in the Studio will "
                                         "be listed here."))
        self.include_images.setText(self.tr("Export with pictures"))
        self.include_images.setToolTip(self.tr("Without this, the zip file has the project's settings and its "
                                               "trained model, but no pictures."))
        self.open_project_button.setText(self.tr("Open folder"))
        self.export_button.setText(self.tr("Export…"))
        self.delete_project_button.setText(self.tr("Delete project…"))
        self.students_box.setTitle(self.tr("Students on this computer"))
        self.students.setHorizontalHeaderLabels([self.tr("Nickname"), self.tr("Lesson progress"),
                                                 self.tr("Projects"), self.tr("Size")])
        self.no_students.setText(self.tr("No student profiles. A profile (a nickname only) is made on the "
                                         "Lessons page."))
        self.delete_student_button.setText(self.tr("Delete student…"))
        self.privacy_box.setTitle(self.tr("Camera consent"))
        self.delete_all_button.setText(self.tr("Delete everything…"))
        self._show()

    def size_text(self, n: int) -> str:
        for limit, unit in ((1 << 30, self.tr("%1 GB")), (1 << 20, self.tr("%1 MB"))):
            if n >= limit:
                return unit.replace("%1", f"{n / limit:.1f}")
        return self.tr("%1 KB").replace("%1", f"{n / 1024:.1f}")

    def owner_text(self, owner: str | None) -> str:
        if owner is None:
            return self.tr("everyone")
        names = {s.student_id: s.nickname for s in (self.inventory.students if self.inventory else [])}
        return names.get(owner) or self.tr("a deleted student")

    # ---- scanning ----------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        self.scan()
        super().showEvent(event)

    def scan(self):
        self.status.setText(self.tr("Looking at what Oyla keeps…"))
        self._show_consent()  # small files, read at once: the button does not change after the scan
        return self.scanning.start(lambda _control: inventory.scan(), succeeded=self._on_scanned, failed=self._show_error)

    def _on_scanned(self, result) -> None:
        self.inventory = result
        self.status.setText(self._done_text)  # what the last action did stays readable
        self._done_text = ""
        self._show()
        self.updated.emit()

    def _show(self) -> None:
        inv = self.inventory
        self._fill_projects(inv.projects if inv else [])
        self._fill_students(inv.students if inv else [])
        if inv is not None:
            packs = sum(p.size_bytes for p in inv.packs)
            self.summary.setText(
                self.tr("<b>%1 in total</b> · %2 · %3<br>Lesson packs from the teacher: %4 (%5) · files Oyla "
                        "can make again (cache): %6")
                .replace("%1", self.size_text(inv.total_bytes))
                .replace("%2", self.tr("%n project(s)", "", len(inv.projects)))
                .replace("%3", self.tr("%n student profile(s)", "", len(inv.students)))
                .replace("%4", str(len(inv.packs))).replace("%5", self.size_text(packs))
                .replace("%6", self.size_text(inv.cache_bytes)))
            if inv.problems:  # damaged files are listed, never fatal
                self._show_error(self.tr("Some files could not be read: %1")
                                 .replace("%1", "; ".join(error_text(e) for e in inv.problems[:3])))
        self._show_consent()

    def _show_consent(self) -> None:
        """The consent policy's answer for who is learning now (``app.lessons.policy``), read fresh."""
        sid = self.ctx.student_id
        self.consent_record, self.camera_code = policy.consent_record(sid), policy.camera_allowed(sid)[1]
        self.needs_consent = self.camera_code in (policy.NO_CONSENT, policy.WITHDRAWN)
        record = self.consent_record
        if record is not None and record.active and not self.needs_consent:
            who = self.tr("a parent or guardian") if record.given_by == "parent" else self.tr("the student")
            self.consent_label.setText(self.tr("The camera may be used: consent was given by %1 on %2.")
                                       .replace("%1", who).replace("%2", record.at[:10])
                                       if self.camera_code == policy.OK else self.ctx.gate.reason(self.camera_code))
            self.consent_button.setText(self.tr("Withdraw consent…"))
        else:
            self.consent_label.setText(self.tr("No consent is recorded on this computer, so the camera stays off. "
                                               "Read how Oyla uses the camera and agree to switch it on."))
            self.consent_button.setText(self.tr("Give consent…"))
        self._update_buttons()

    def _fill_projects(self, projects: list[inventory.ProjectInfo]) -> None:
        selected = self._selected_project()
        self.projects.setRowCount(len(projects))
        for row, info in enumerate(projects):
            counts = " · ".join(f"{name} {n}" for name, n in info.samples.items()) or "—"
            cells = [info.name, self.owner_text(info.owner), counts,
                     self.tr("yes") if info.has_model else self.tr("no"), self.size_text(info.size_bytes)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, info.slug)
                self.projects.setItem(row, column, item)
            if selected is not None and info.slug == selected.slug:
                self.projects.selectRow(row)
        _fit(self.projects)
        for widget in (self.projects, self.include_images, self.open_project_button, self.export_button,
                       self.delete_project_button):
            widget.setVisible(bool(projects))
        self.no_projects.setVisible(not projects)

    def _fill_students(self, students: list[inventory.StudentInfo]) -> None:
        self.students.setRowCount(len(students))
        for row, info in enumerate(students):
            owned = self.inventory.projects_of(info.student_id) if self.inventory else []
            cells = [info.nickname or info.student_id[:8], self.tr("%n file(s)", "", len(info.progress)),
                     str(len(owned)), self.size_text(info.size_bytes)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, info.student_id)
                self.students.setItem(row, column, item)
        _fit(self.students)
        self.students.setVisible(bool(students))
        self.delete_student_button.setVisible(bool(students))
        self.no_students.setVisible(not students)

    def _selected_project(self) -> inventory.ProjectInfo | None:
        rows = self.projects.selectionModel().selectedRows() if self.inventory else []
        slug = self.projects.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None
        return self.project_info(slug)

    def project_info(self, slug: str | None) -> inventory.ProjectInfo | None:
        return next((p for p in self.inventory.projects if p.slug == slug), None) if self.inventory else None

    def _selected_student(self) -> inventory.StudentInfo | None:
        rows = self.students.selectionModel().selectedRows() if self.inventory else []
        sid = self.students.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None
        return next((s for s in self.inventory.students if s.student_id == sid), None) if sid else None

    def _update_buttons(self) -> None:
        idle = not self.working.busy
        has_project = self._selected_project() is not None
        for button in (self.open_project_button, self.export_button, self.delete_project_button):
            button.setEnabled(idle and has_project)
        self.delete_student_button.setEnabled(idle and self._selected_student() is not None)
        self.delete_all_button.setEnabled(idle and self.inventory is not None)
        self.consent_button.setEnabled(idle)

    # ---- actions -----------------------------------------------------------------------------------------
    def open_folder(self, path: Path) -> bool:
        """Show a folder in the system's file manager (a local file URL: no network)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _run(self, fn, done_text: str, then=None):
        """``fn()`` on a worker; then ``done_text`` is shown (and ``then()`` called) and the page scans again."""
        def succeeded(_result) -> None:
            self._done_text = done_text
            if then is not None:
                then()

        self.error.hide()
        self.status.setText(self.tr("Working…"))
        task = self.working.start(lambda _control: fn(), succeeded=succeeded, failed=self._show_error,
                                  finished=self.scan)
        self._update_buttons()
        return task

    def _close_open_project(self, when) -> None:
        """The Studio lets go of the open project before its files are deleted."""
        project = self.ctx.project
        if project is not None and when(project):
            self.ctx.set_project(None)

    def _project_text(self, info: inventory.ProjectInfo) -> str:
        return self.tr("“%1”: %2, %3, %4 on disk").replace("%1", info.name) \
            .replace("%2", self.tr("%n picture(s)", "", info.sample_count)) \
            .replace("%3", self.tr("a trained model") if info.has_model else self.tr("no trained model")) \
            .replace("%4", self.size_text(info.size_bytes))

    def delete_project(self, slug: str | None = None):
        info = self.project_info(slug) if slug else self._selected_project()
        if info is None or not self._confirm(self.tr("Delete project"), self.tr(
                "Delete the project %1?\n\nIts folder is removed from this computer with every picture, the "
                "model and the numbers computed from the pictures. This cannot be undone.")
                .replace("%1", self._project_text(info))):
            return None
        path = info.path.resolve()
        self._close_open_project(lambda p: Path(p.path).resolve() == path)
        return self._run(lambda: inventory.delete_project(info.slug),
                         self.tr("The project “%1” was deleted.").replace("%1", info.name))

    def delete_student(self, student_id: str | None = None):
        info = (next((s for s in self.inventory.students if s.student_id == student_id), None)
                if student_id and self.inventory else self._selected_student())
        if info is None:
            return None
        owned = self.inventory.projects_of(info.student_id)
        listed = "\n".join(f"• {self._project_text(p)}" for p in owned) or self.tr("• no projects")
        name = info.nickname or info.student_id[:8]
        if not self._confirm(self.tr("Delete student"), self.tr(
                "Delete the student “%1”?\n\nThis removes their profile, %2 of lesson progress, their consent "
                "record, and these projects:\n%3\n\nThis cannot be undone.")
                .replace("%1", name).replace("%2", self.tr("%n file(s)", "", len(info.progress)))
                .replace("%3", listed)):
            return None
        self._close_open_project(lambda p: p.owner == info.student_id)
        return self._run(lambda: inventory.delete_student(info.student_id),
                         self.tr("The student “%1” and their data were deleted.").replace("%1", name))

    def _everything_text(self) -> str:
        inv = self.inventory
        text = self.tr("%1, %2, %3, the cache, the consent record and the settings: %4 in the folder %5") \
            .replace("%1", self.tr("%n project(s)", "", len(inv.projects))) \
            .replace("%2", self.tr("%n student profile(s)", "", len(inv.students))) \
            .replace("%3", self.tr("%n lesson pack(s)", "", len(inv.packs))) \
            .replace("%4", self.size_text(inv.total_bytes)).replace("%5", str(inv.root))
        return text + (self.tr(" (the teacher's locks and PIN stay)") if _teacher_protected() else "")

    def delete_everything(self):
        if self.inventory is None or not self._confirm(self.tr("Delete everything"), self.tr(
                "Delete everything Oyla keeps on this computer?\n\nThis removes %1.\n\nThis cannot be undone.")
                .replace("%1", self._everything_text())):
            return None
        self.ctx.set_project(None)
        keep = _teacher_protected()  # behind a PIN: a student's "delete everything" keeps the teacher's locks
        return self._run(lambda: inventory.delete_everything(keep), self.tr("Everything Oyla kept was deleted."),
                         self.consent_withdrawn.emit)

    def export_dialog(self) -> None:
        info = self._selected_project()
        if info is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export a project"), str(Path.home() / f"{info.slug}.zip"),
                                              self.tr("Zip files (*.zip)"))
        if path:
            self.export_project(info.slug, Path(path), self.include_images.isChecked())

    def export_project(self, slug: str, path: Path, include_images: bool):
        return self._run(lambda: inventory.export_project(slug, path, include_images),
                         (self.tr("Exported with pictures to %1") if include_images
                          else self.tr("Exported without pictures to %1")).replace("%1", str(path)))

    def _on_consent_button(self) -> None:
        if self.needs_consent:
            self.consent_requested.emit()
        else:
            self.withdraw_dialog()

    def withdraw_dialog(self) -> None:
        choice = WithdrawBox(self._everything_text() if self.inventory else "—", self).choice()
        if choice is not None:
            self.withdraw_consent(delete_data=choice)

    def withdraw_consent(self, delete_data: bool):
        if delete_data:
            self.ctx.set_project(None)
        whose = self.consent_record.student_id if self.consent_record is not None else None
        keep = _teacher_protected()
        return self._run(lambda: inventory.withdraw_and_delete(whose, keep) if delete_data else consent.withdraw(whose),
                         self.tr("Consent was withdrawn and everything Oyla kept was deleted.") if delete_data
                         else self.tr("Consent was withdrawn. The camera is off; your data is kept."),
                         self.consent_withdrawn.emit)

    def _show_error(self, text: str) -> None:
        self.status.setText("")
        self.error.setText(text)
        self.error.show()

    def shutdown(self) -> None:
        stop_all([self.scanning, self.working])


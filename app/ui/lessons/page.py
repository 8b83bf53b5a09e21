"""The Lessons page: who is learning (a nickname per student on this PC), the pack library with each lesson's
progress, and the lesson player. Activity steps ask the main window to open the Studio or Robot page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import OylaError
from app.lessons import library, policy, progress, teacher
from app.lessons.facts import background_index, matches_setup, project_for_setup
from app.storage import inventory, students
from app.storage.project import open_project
from app.storage.settings import projects_dir
from app.ui.common.i18n import error_text
from app.ui.common.jobs import TaskSlot, stop_all
from app.ui.lessons.player import LessonPlayer


def load_visible(_control=None):
    """(visible library entries that loaded, teacher settings, settings error or None) — runs on a worker.
    Damaged settings count as the strict ones (``app.lessons.policy``)."""
    settings, problem = policy.teacher_settings()
    return [e for e in settings.visible(library.library()) if e.pack is not None], settings, problem


class LessonsPage(QWidget):
    open_page = Signal(str, dict)  # page key ("studio" / "robot"), the step's setup

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list = []
        self.settings = teacher.TeacherSettings()
        self.student: students.Student | None = None
        self.record: progress.StudentProgress | None = None
        self.loaded = False
        self._lang = ctx.languages.current
        self.loading = TaskSlot(self)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.who_label = QLabel()
        self.who_label.setObjectName("title")
        self.who_label.setWordWrap(True)  # long translations wrap instead of widening the page
        self.student_box = QComboBox()
        self.student_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.student_box.setMinimumContentsLength(12)
        self.student_box.setMinimumHeight(44)
        self.student_box.activated.connect(lambda i: self.select_student(self.student_box.itemData(i)))
        self.new_student_button = QPushButton()
        self.new_student_button.setMinimumHeight(44)
        self.new_student_button.clicked.connect(self.new_student_dialog)
        self.export_button = QPushButton()
        self.export_button.setMinimumHeight(44)
        self.export_button.clicked.connect(self.export_dialog)
        top.addWidget(self.who_label)
        top.addWidget(self.student_box, 1)
        top.addWidget(self.new_student_button)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.library_view = QWidget()
        columns = QHBoxLayout(self.library_view)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.packs_label = QLabel()
        self.packs_label.setObjectName("muted")
        self.pack_list = QListWidget()
        self.pack_list.setWordWrap(True)
        self.pack_list.setMinimumWidth(260)
        self.pack_list.setMaximumWidth(340)
        self.pack_list.setStyleSheet("QListWidget::item { padding: 10px; }")
        self.pack_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pack_list.currentRowChanged.connect(lambda _row: self._show_pack())
        left.addWidget(self.packs_label)
        left.addWidget(self.pack_list, 1)
        columns.addLayout(left, 2)
        right = QVBoxLayout()
        self.pack_title = QLabel()
        self.pack_title.setObjectName("title")
        self.pack_title.setWordWrap(True)
        self.pack_about = QLabel()
        self.pack_about.setWordWrap(True)
        self.pack_about.setObjectName("muted")
        self.welcome = QFrame()  # the empty state while nobody is chosen: what to do, and the button to do it
        self.welcome.setObjectName("panel")
        welcome = QHBoxLayout(self.welcome)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("background: transparent; font-weight: 600;")
        self.hint.setMinimumWidth(160)  # a wrapped label would otherwise ask for a wide page
        self.welcome_button = QPushButton()
        self.welcome_button.setObjectName("primary")
        self.welcome_button.setMinimumHeight(48)
        self.welcome_button.clicked.connect(self.new_student_dialog)
        welcome.addWidget(self.hint, 1)
        welcome.addWidget(self.welcome_button)
        self.lesson_list = QListWidget()
        self.lesson_list.setWordWrap(True)
        self.lesson_list.setStyleSheet("QListWidget::item { padding: 8px; }")
        self.lesson_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lesson_list.itemDoubleClicked.connect(lambda _item: self.open_lesson())
        self.lesson_list.currentRowChanged.connect(lambda _row: self._sync_buttons())
        self.open_button = QPushButton()
        self.open_button.setObjectName("primary")
        self.open_button.setMinimumHeight(52)
        self.open_button.clicked.connect(lambda: self.open_lesson())
        for widget in (self.pack_title, self.pack_about, self.welcome):
            right.addWidget(widget)
        right.addWidget(self.lesson_list, 1)
        right.addWidget(self.open_button)
        columns.addLayout(right, 5)
        self.stack.addWidget(self.library_view)
        self.player = LessonPlayer(ctx)
        self.player.back_to_library.connect(self.show_library)
        self.player.finished.connect(self.lesson_finished)
        self.player.progress_changed.connect(self._fill_lessons)
        self.player.open_activity.connect(self.start_activity)
        self.stack.addWidget(self.player)

        self._fill_students()
        self.retranslate()
        self.reload()

    # ---- library -----------------------------------------------------------------------------------------
    def reload(self):
        """Read the library and the teacher's choices in the background."""
        self.reloading = True  # until the results are shown (tests and screenshots wait for this)
        return self.loading.start(load_visible, succeeded=self._loaded, failed=self.show_error,
                                  finished=lambda: setattr(self, "reloading", False))  # only the latest reload ends

    def _loaded(self, result) -> None:
        entries, self.settings, problem = result
        current = self.current_pack()
        self.entries = entries
        self.loaded = True
        if problem is not None:
            self.show_error(error_text(problem))
        self._fill_packs(current.id if current else None)

    def current_pack(self):
        row = self.pack_list.currentRow()
        return self.entries[row].pack if 0 <= row < len(self.entries) else None

    def _fill_packs(self, keep: str | None = None) -> None:
        self.pack_list.blockSignals(True)
        self.pack_list.clear()
        for entry in self.entries:
            self.pack_list.addItem(QListWidgetItem(entry.pack.title_in(self.ctx.languages.current)))
        ids = [e.id for e in self.entries]
        self.pack_list.setCurrentRow(ids.index(keep) if keep in ids else 0 if ids else -1)
        self.pack_list.blockSignals(False)
        self._show_pack()

    def _show_pack(self) -> None:
        pack = self.current_pack()
        lang = self.ctx.languages.current
        if pack is None:
            self.pack_title.setText(self.tr("No lessons yet") if self.loaded else self.tr("Loading lessons…"))
            self.pack_about.setText(self.tr("No lesson pack is switched on. Your teacher can import packs and "
                                            "choose which ones you see on the Teacher page.") if self.loaded else "")
        else:
            self.pack_title.setText(pack.title_in(lang))
            about = pack.description.get(lang) or pack.description["en"]
            locks = teacher.effective_locks(self.settings, pack)
            faces = {"allow": self.tr("faces allowed"), "blur": self.tr("faces are blurred"),
                     "refuse": self.tr("no faces")}.get(locks.faces or "")
            notes = [n for n in (faces, self.tr("robot speed at most %1").replace("%1", str(locks.robot_speed_cap))
                                 if locks.robot_speed_cap is not None else None,
                                 self.tr("your pictures are deleted after each lesson")
                                 if locks.delete_samples_at_end else None) if n]
            self.pack_about.setText(about + ("\n" + self.tr("Rules for this course: %1").replace(
                "%1", "; ".join(notes)) if notes else ""))
        self._fill_lessons()

    def _fill_lessons(self) -> None:
        pack = self.current_pack()
        row = self.lesson_list.currentRow()
        self.lesson_list.clear()
        if pack is not None:
            lang = self.ctx.languages.current
            done = self.record.packs.get(pack.id, {}) if self.record else {}
            for number, lesson in enumerate(pack.lessons, 1):
                text = lesson.text(lang)
                item = done.get(lesson.id)
                steps = len(text.student_steps)
                if item is not None and item.completed:
                    status = self.tr("✓ Done")
                elif item is not None and item.started:
                    have = len({s.id for s in text.student_steps} & set(item.steps_done))
                    status = self.tr("%1 of %2 steps done").replace("%1", str(have)).replace("%2", str(steps))
                else:
                    status = self.tr("Not started")
                entry = QListWidgetItem(f"{number}. {text.title}\n    {status} · "
                                        + self.tr("%1 min").replace("%1", str(text.minutes)))
                entry.setData(Qt.ItemDataRole.UserRole, lesson.id)
                entry.setToolTip(text.objective)
                self.lesson_list.addItem(entry)
            self.lesson_list.setCurrentRow(max(0, min(row, self.lesson_list.count() - 1)))
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        has_lesson = self.current_pack() is not None and self.lesson_list.currentRow() >= 0
        self.open_button.setEnabled(has_lesson and self.student is not None)
        if self.student is None:
            self.hint.setText(self.tr("Who are you? Press “New student” and type your name or a nickname — no "
                                      "password, no photo. Then choose a lesson."))
        else:
            self.hint.setText("")
        self.welcome.setVisible(self.student is None)
        self.export_button.setEnabled(self.student is not None)

    def open_lesson(self, lesson_id: str | None = None) -> bool:
        self.notice.hide()
        pack = self.current_pack()
        if pack is None or self.student is None:
            return False
        if lesson_id is None:
            item = self.lesson_list.currentItem()
            lesson_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        lesson = pack.lesson(lesson_id) if lesson_id else None
        if lesson is None:
            return False
        self.player.open(pack, lesson, self.record)
        self.stack.setCurrentWidget(self.player)
        return True

    def show_library(self) -> None:
        self.stack.setCurrentWidget(self.library_view)
        self._fill_lessons()

    # ---- students ----------------------------------------------------------------------------------------
    def _fill_students(self, keep: str | None = None) -> None:
        self.student_box.clear()
        everyone = students.list_students()
        self.student_box.addItem(self.tr("— choose your name —"), None)
        for student in everyone:
            self.student_box.addItem(student.nickname, student.id)
        index = self.student_box.findData(keep) if keep else 0
        self.student_box.setCurrentIndex(max(0, index))

    def select_student(self, student_id: str | None) -> None:
        try:
            self.student = students.get_student(student_id) if student_id else None
            self.record = progress.load(student_id) if student_id else None
        except OylaError as exc:
            self.student, self.record = None, None
            self.show_error(error_text(exc))
        self.ctx.set_student(self.student.id if self.student else None)  # the camera gate asks for this student
        self.student_box.setCurrentIndex(max(0, self.student_box.findData(student_id)) if student_id else 0)
        self.show_library()

    def add_student(self, nickname: str) -> bool:
        try:
            student = students.create_student(nickname)
        except OylaError as exc:
            self.show_error(error_text(exc))
            return False
        self.error.hide()
        self._fill_students(student.id)
        self.select_student(student.id)
        return True

    def new_student_dialog(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New student"), self.tr(
            "Your name or a nickname (only this — no password, no photo):"))
        if ok and name.strip():
            self.add_student(name)

    def export_dialog(self) -> None:
        if self.student is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save my progress for the teacher"),
                                              progress.export_filename(self.student.nickname),
                                              self.tr("Oyla progress (*.json)"))
        if path:
            try:
                progress.export_progress(self.student.id, Path(path))
            except (OylaError, OSError) as exc:
                self.show_error(error_text(exc) if isinstance(exc, OylaError) else str(exc))

    # ---- activities --------------------------------------------------------------------------------------
    def start_activity(self, step) -> bool:
        """Set up the project the step asks for (a fresh one with its classes) and ask to open its page."""
        setup = step.setup
        if step.page in ("studio", "robot") and not self.ctx.gate.check():  # the one camera gate
            self.show_error(self.ctx.gate.reason())
            return False
        project = self.ctx.project
        owner = self.student.id if self.student else None
        if setup is not None and setup.classes and not (matches_setup(project, setup) and project.owner == owner):
            lesson = self.player.lesson
            english = lesson.text("en").step(step.id)
            name = f"{self.player.text.title} — {self.student.nickname}" if self.student else self.player.text.title
            try:
                project = project_for_setup(setup, name, lesson.id, owner,
                                            background_index(english.setup if english else None))
            except OylaError as exc:
                self.show_error(error_text(exc))
                return False
            self.ctx.set_project(project)
        info = {"classes": list(setup.classes) if setup else [], "camera": setup.camera if setup else None,
                "head": setup.head if setup else None, "threshold": setup.threshold if setup else None}
        self.error.hide()
        self.open_page.emit(step.page, info)
        return True

    def lesson_finished(self) -> int:
        """Delete the lesson project's pictures when the teacher, the pack or the lesson asks for it."""
        pack, lesson, project = self.player.pack, self.player.lesson, self.ctx.project
        wants = teacher.effective_locks(self.settings, pack).delete_samples_at_end or \
            lesson.text("en").privacy.delete_samples_at_end
        if not (wants and project is not None and self.student is not None and project.owner == self.student.id
                and project.path.parent == projects_dir()):
            return 0
        try:
            count = inventory.delete_samples(project.path.name)
            self.ctx.set_project(open_project(project.path))
        except OylaError as exc:
            self.show_error(error_text(exc))
            return 0
        self.notice.setText(self.tr("Lesson finished. As this lesson asks, your %n picture(s) were deleted.", "",
                                    count))
        self.notice.show()
        return count

    # ---- texts and events --------------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def retranslate(self) -> None:
        self._lang = self.ctx.languages.current
        self.who_label.setText(self.tr("Who is learning?"))
        self.student_box.setItemText(0, self.tr("— choose your name —"))
        self.student_box.setAccessibleName(self.tr("Student"))
        self.new_student_button.setText(self.tr("New student…"))
        self.welcome_button.setText(self.tr("New student…"))
        self.export_button.setText(self.tr("Save my progress…"))
        self.export_button.setToolTip(self.tr("Save a file with your progress for your teacher (for a USB stick)."))
        self.packs_label.setText(self.tr("Courses"))
        self.open_button.setText(self.tr("Start the lesson ▶"))
        if self.loaded:
            self._fill_packs(self.current_pack().id if self.current_pack() else None)
        else:
            self._show_pack()

    def showEvent(self, event) -> None:  # noqa: N802
        if self._lang != self.ctx.languages.current:  # lesson texts follow the language even without a translator
            self.retranslate()
            self.player.retranslate()
        if self.stack.currentWidget() is self.library_view:
            self.reload()  # the teacher may have imported or hidden packs
            self._fill_students(self.student.id if self.student else None)  # or My data deleted a profile
            if self.student is not None and self.student_box.currentData() != self.student.id:
                self.select_student(None)
        super().showEvent(event)

    def shutdown(self) -> None:
        stop_all([self.loading, self.player.checking, self.player.rendering])

"""The lesson view of the Lessons page: one step at a time (read, activity, check, quiz) with Back and Next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import OylaError
from app.lessons import checks, progress
from app.lessons.facts import gather_facts
from app.lessons.render import render_markdown
from app.text.progress import FLAGS as TEXTLAB_FLAGS
from app.ui.common.i18n import error_text
from app.ui.common.jobs import TaskSlot
from app.ui.lessons.choice import Choice

TEXTLAB_CHECKS = frozenset(TEXTLAB_FLAGS) | {"nextword_temperatures"}  # checks of what was done in the Text lab

# no colours here (they come from the theme): the current step chip stands out, no grey behind texts in boxes
PLAYER_STYLE = """
QPushButton:checked { border-width: 3px; font-weight: 700; }
QGroupBox QLabel { background: transparent; }
"""


def _drop(item) -> None:
    """Remove a layout item's widget now (hidden at once, deleted by the event loop)."""
    if item.widget() is not None:
        item.widget().hide()
        item.widget().deleteLater()


def _render_step(_control, body: str, folder) -> str:
    return render_markdown(body, folder)


def feedback(result) -> str:
    """A CheckResult or QuizResult message, translated in its context and filled in."""
    text = QCoreApplication.translate(result.context, result.message)
    try:
        return text.format(**result.params)
    except (KeyError, IndexError, ValueError):
        return result.text()


class LessonPlayer(QWidget):
    back_to_library = Signal()
    finished = Signal()  # the student pressed Finish on the last step
    open_activity = Signal(object)  # the activity Step (in the current language)
    progress_changed = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.pack = self.lesson = self.record = None
        self.index = 0
        self.checking = TaskSlot(self)
        self.rendering = TaskSlot(self)  # Markdown → HTML on a worker: a long step must not stall the window
        self.check_results: dict[str, list] = {}  # step id -> [CheckResult]
        self.quiz_results: dict[str, object] = {}  # quiz id -> QuizResult
        self.option_buttons: dict[str, list] = {}  # quiz id -> option buttons
        self.quiz_labels: dict[str, QLabel] = {}  # quiz id -> its result and explanation
        for signal in (ctx.model_changed, ctx.project_changed):  # "✗ Train the model first" must not outlive it
            signal.connect(lambda _x: self._forget_failed_checks())

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.library_button = QPushButton()
        self.library_button.clicked.connect(self.back_to_library)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        top.addWidget(self.library_button)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        self.objective = QLabel()
        self.objective.setObjectName("muted")
        self.objective.setWordWrap(True)
        layout.addWidget(self.objective)
        self.chips_row = QHBoxLayout()
        self.chips_row.setSpacing(6)
        layout.addLayout(self.chips_row)
        self.chips: list[QPushButton] = []
        self.step_title = QLabel()
        self.step_title.setObjectName("big")
        self.step_title.setWordWrap(True)
        layout.addWidget(self.step_title)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # Oyla is offline: links never open anything
        self.browser.setMinimumHeight(90)
        layout.addWidget(self.browser, 3)
        self.action = QWidget()
        self.action_layout = QVBoxLayout(self.action)
        self.action_layout.setContentsMargins(0, 0, 8, 0)
        self.action_scroll = QScrollArea()
        self.action_scroll.setWidgetResizable(True)
        self.action_scroll.setWidget(self.action)
        layout.addWidget(self.action_scroll, 2)
        self.body_layout = layout
        self.setStyleSheet(PLAYER_STYLE)
        nav = QHBoxLayout()
        self.back_button, self.next_button = QPushButton(), QPushButton()
        self.next_button.setObjectName("primary")
        for button in (self.back_button, self.next_button):
            button.setMinimumHeight(48)
            button.setMinimumWidth(160)
        self.back_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(self.next)
        self.status = QLabel()
        self.status.setObjectName("muted")
        nav.addWidget(self.back_button)
        nav.addWidget(self.status, 1)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)
        self.retranslate()

    # ---- state -------------------------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.ctx.languages.current

    @property
    def text(self):
        return self.lesson.text(self.lang)

    @property
    def steps(self):
        return self.text.student_steps if self.lesson else ()

    @property
    def step(self):
        return self.steps[self.index] if self.steps else None

    def done(self, step_id: str) -> bool:
        item = self.record.packs.get(self.pack.id, {}).get(self.lesson.id) if self.record else None
        return item is not None and step_id in item.steps_done

    def open(self, pack, lesson, record: progress.StudentProgress | None) -> None:
        """Show ``lesson`` of ``pack`` from its first step not done yet."""
        self.pack, self.lesson, self.record = pack, lesson, record
        self.check_results, self.quiz_results = {}, {}
        item = record.packs.get(pack.id, {}).get(lesson.id) if record else None
        if item is not None:  # show earlier quiz answers again
            for quiz_id, answer in item.quiz.items():
                if (quiz := lesson.text(self.lang).question(quiz_id)) is not None:
                    self.quiz_results[quiz_id] = checks.grade(quiz, answer["chosen"])
        steps = lesson.text(self.lang).student_steps
        self.index = next((i for i, s in enumerate(steps) if not self.done(s.id)), 0)
        self._build_chips()
        self.show_step()

    def go(self, index: int) -> None:
        if self.lesson and 0 <= index < len(self.steps):
            self.index = index
            self.show_step()

    def next(self) -> None:
        step = self.step
        if step is not None and step.kind in ("read", "activity"):
            self._mark(step.id)
        if self.index + 1 < len(self.steps):
            self.go(self.index + 1)
        else:
            self.finished.emit()
            self.back_to_library.emit()

    def _mark(self, step_id: str) -> bool:
        if self.record is None:
            return False
        ok = self.record.mark_step(self.pack.id, self.lesson, step_id)
        try:
            progress.save(self.record)
        except OylaError as exc:  # e.g. the profile was deleted on the My data page meanwhile
            self.ctx.message.emit(error_text(exc))
            return False
        self._update_chips()
        self.progress_changed.emit()
        return ok

    def _save_answers(self) -> None:
        try:
            progress.save(self.record)  # attempts and checks passed so far, for the teacher's report
        except OylaError as exc:
            self.ctx.message.emit(error_text(exc))

    # ---- showing a step ----------------------------------------------------------------------------------
    def _build_chips(self) -> None:
        while self.chips_row.count():
            _drop(self.chips_row.takeAt(0))
        self.chips = []
        for i, _ in enumerate(self.steps):
            chip = QPushButton()
            chip.setCheckable(True)
            chip.setMinimumWidth(56)
            chip.clicked.connect(lambda _=False, n=i: self.go(n))
            self.chips_row.addWidget(chip)
            self.chips.append(chip)
        self.chips_row.addStretch(1)

    def _update_chips(self) -> None:
        for i, (chip, step) in enumerate(zip(self.chips, self.steps, strict=False)):
            chip.setText(f"{i + 1} ✓" if self.done(step.id) else str(i + 1))
            chip.setChecked(i == self.index)
            chip.setToolTip(step.title)
            chip.setAccessibleName(self.tr("Step %1: %2").replace("%1", str(i + 1)).replace("%2", step.title))

    def _clear_action(self) -> None:
        while self.action_layout.count():
            _drop(self.action_layout.takeAt(0))
        self.option_buttons, self.quiz_labels = {}, {}

    def show_step(self) -> None:
        self._clear_action()
        step = self.step
        if step is None:
            return
        text = self.text
        self.title.setText(text.title)
        self.objective.setText(self.tr("Goal: %1 · about %2 min").replace("%1", text.objective)
                               .replace("%2", str(text.minutes)))
        self.step_title.setText(step.title)
        self._render(step)
        self._update_chips()
        if step.kind == "activity":
            self._activity(step)
        elif step.kind == "check":
            self._check(step)
        elif step.kind == "quiz":
            self._quiz(step)
        self.action_layout.addStretch(1)
        weights = {"read": (1, 0), "activity": (4, 1), "check": (3, 2), "quiz": (1, 4)}[step.kind]
        self.body_layout.setStretchFactor(self.browser, weights[0])
        self.body_layout.setStretchFactor(self.action_scroll, weights[1])
        self.action_scroll.setVisible(step.kind != "read")
        line = self.fontMetrics().lineSpacing()
        compact = {"none": 2 * line + 16, "studio": 72 + 3 * line, "robot": 72 + 3 * line, "textlab": 72 + 3 * line}
        self.action_scroll.setMaximumHeight(compact.get(step.page, 16777215) if step.kind == "activity"
                                            else 16777215)
        self.back_button.setEnabled(self.index > 0)
        last = self.index + 1 >= len(self.steps)
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.status.setText(self.tr("Step %1 of %2").replace("%1", str(self.index + 1))
                            .replace("%2", str(len(self.steps))) + (" · " + self.tr("done") if self.done(step.id)
                                                                    else ""))

    def _render(self, step) -> None:
        """Show the step's text once a worker has rendered it (the slot delivers only the latest step's text)."""
        self.browser.setPlainText("…")
        self.rendering.start(_render_step, step.body, self.lesson.folder, succeeded=self.browser.setHtml,
                             failed=self.browser.setPlainText)

    def _activity(self, step) -> None:
        if step.page in ("studio", "robot", "textlab"):
            button = QPushButton({"studio": self.tr("Open the Studio for this activity"),
                                  "robot": self.tr("Open the Robot page for this activity"),
                                  "textlab": self.tr("Open the Text lab for this activity")}[step.page])
            button.setObjectName("primary")
            button.setMinimumHeight(48)
            button.clicked.connect(lambda: self.open_activity.emit(step))
            self.activity_button = button
            self.action_layout.addWidget(button)
            if step.setup and step.setup.classes:
                hint = QLabel(self.tr("Oyla sets up a project with these classes: %1")
                              .replace("%1", ", ".join(step.setup.classes)))
                hint.setObjectName("muted")
                hint.setWordWrap(True)
                self.action_layout.addWidget(hint)
        else:
            hint = QLabel(self.tr("Do this activity with your class, then press Next."))
            hint.setObjectName("muted")
            hint.setWordWrap(True)
            self.action_layout.addWidget(hint)

    def _check(self, step) -> None:
        button = QPushButton(self.tr("Check my work"))
        button.setObjectName("primary")
        button.setMinimumHeight(48)
        button.clicked.connect(lambda: self.run_check(step))
        self.check_button = button
        self.action_layout.addWidget(button)
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.action_layout.addWidget(self.check_label)
        self._show_check(step)

    def _forget_failed_checks(self) -> None:
        """The project or its model changed: a failed check's lines are out of date, so they go (Check again)."""
        self.check_results = {k: r for k, r in self.check_results.items() if r and all(x.passed for x in r)}
        step = self.step
        if step is not None and step.kind == "check":  # its check label is on screen now
            self._show_check(step)

    def run_check(self, step):
        """Gather facts about the open project off the GUI thread, then evaluate the step's checks."""
        kinds = {c.kind for i in step.checks if (c := self.text.check(i)) is not None}
        if self.ctx.project is None and not kinds <= TEXTLAB_CHECKS | {"samples_deleted"}:  # these need no project
            self.check_results[step.id] = []
            self.check_label.setObjectName("error")
            self.check_label.setText(self.tr("Open the Studio first: there is no project to check yet."))
            self.check_label.setStyleSheet("")
            return None
        self.check_button.setEnabled(False)
        owner = self.record.student_id if self.record else None
        return self.checking.start(lambda _control, project: gather_facts(project, owner), self.ctx.project,
                                   succeeded=lambda facts, s=step: self._checked(s, facts),
                                   failed=lambda message: self.check_label.setText(message),
                                   finished=lambda: self.check_button.setEnabled(True) if self.step is step else None)

    def _checked(self, step, facts) -> None:
        results = checks.evaluate_step(self.text, step, facts)
        self.check_results[step.id] = results
        if self.record is not None:
            for result in results:
                self.record.record_check(self.pack.id, self.lesson, result)
            if results and all(r.passed for r in results):  # all at once: passes from earlier runs do not add up
                self._mark(step.id)
            else:
                self._save_answers()
        if self.step is step:
            self._show_check(step)
            self.show_step() if all(r.passed for r in results) else None

    def _show_check(self, step) -> None:
        results = self.check_results.get(step.id)
        if results is None:
            self.check_label.setText(self.tr("Press the button when you are ready: Oyla looks at your project."))
            self.check_label.setObjectName("muted")
        else:
            lines = [("✓ " if r.passed else "✗ ") + feedback(r) for r in results]
            self.check_label.setText("\n".join(lines))
            self.check_label.setObjectName("" if all(r.passed for r in results) else "error")
        self.check_label.setStyleSheet("")  # re-apply the style for the new object name

    def _quiz(self, step) -> None:
        for quiz_id in step.quizzes:
            quiz = self.text.question(quiz_id)
            if quiz is None:
                continue
            box = QGroupBox()
            inner = QVBoxLayout(box)
            question = QLabel(quiz.question)
            question.setWordWrap(True)
            question.setStyleSheet("font-weight: 600;")
            inner.addWidget(question)
            group = QButtonGroup(box)
            group.setExclusive(quiz.kind == "single")
            buttons = []
            earlier = self.quiz_results.get(quiz_id)
            for i, option in enumerate(quiz.options):
                choice = Choice(option, radio=quiz.kind == "single")
                choice.setMinimumHeight(32)
                choice.setChecked(earlier is not None and i in earlier.chosen)
                group.addButton(choice.button, i)
                inner.addWidget(choice)
                buttons.append(choice.button)
            if quiz.kind == "multiple":
                hint = QLabel(self.tr("Tick every right answer."))
                hint.setObjectName("muted")
                inner.addWidget(hint)
            result = QLabel()
            result.setWordWrap(True)
            result.setObjectName("quiz-result")
            inner.addWidget(result)
            self.option_buttons[quiz_id] = buttons
            self.quiz_labels[quiz_id] = result
            self.action_layout.addWidget(box)
            self._show_quiz(quiz_id, result)
        button = QPushButton(self.tr("Check my answers"))
        button.setObjectName("primary")
        button.setMinimumHeight(48)
        button.clicked.connect(lambda: self.answer(step))
        self.answer_button = button
        self.action_layout.addWidget(button)
        self.quiz_hint = QLabel()
        self.quiz_hint.setObjectName("error")
        self.quiz_hint.hide()
        self.action_layout.addWidget(self.quiz_hint)

    def _show_quiz(self, quiz_id: str, label: QLabel) -> None:
        result = self.quiz_results.get(quiz_id)
        label.setText("" if result is None else ("✓ " if result.correct else "✗ ") + feedback(result))
        label.setObjectName("" if result is None or result.correct else "error")
        label.setStyleSheet("")
        label.setVisible(result is not None)

    def answer(self, step) -> None:
        """Grade every question of a quiz step and store the answers; the step is done only when all are right (a
        wrong answer shows the question's hint, or the right answer when the quiz has no hint)."""
        chosen = {q: [i for i, b in enumerate(buttons) if b.isChecked()] for q, buttons in self.option_buttons.items()}
        if any(not picked for picked in chosen.values()):
            self.quiz_hint.setText(self.tr("Choose an answer for every question."))
            self.quiz_hint.show()
            return
        for quiz_id, picked in chosen.items():
            result = checks.grade(self.text.question(quiz_id), picked)
            self.quiz_results[quiz_id] = result
            if self.record is not None:
                self.record.record_quiz(self.pack.id, self.lesson, result)
        if self.record is not None and all(self.quiz_results[q].correct for q in chosen):
            self._mark(step.id)
        elif self.record is not None:
            self._save_answers()
        self.show_step()

    # ---- texts -------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.library_button.setText(self.tr("◀ All lessons"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        if self.lesson is not None:
            self.show_step()


"""The next-word machine panel of the Text lab: train a tiny word n-gram model (``app.text.nextword``) on the
lesson texts in the app's language plus the student's own text, then write with it word by word — the top
candidates as bars, a temperature slider, picking a word by hand — and see that fluent is not true: what it
copied from its training text and which words it never saw."""

from __future__ import annotations

import html
import random
import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.text import nextword
from app.ui.common.i18n import LANGUAGES
from app.ui.common.jobs import TaskSlot
from app.ui.common.widgets import wrapped_label
from app.ui.textlab.share_panel import arrange

TOP_K = 5
BATCH = 20  # words written by "Write 20 words"
SLIDER_STEPS = 20  # the slider goes 0.0 … 2.0 in steps of 0.1


def _train(_control, lang: str, own: list[str], files: list[Path]) -> tuple:
    started = time.perf_counter()
    texts = [t for t in own if t.strip()] + [nextword.read_text_file(p) for p in files]
    model = nextword.train_lessons(lang, texts)
    model.copied_span([])  # builds the index of the training text here, not on the GUI thread
    return model, lang, bool(texts), time.perf_counter() - started


def _write(control, model, tokens: list[str], temperature: float, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words: list[str] = []
    for _ in range(count):
        step = model.sample(tokens + words, temperature, rng)
        if step is None or control.cancelled():
            break
        words.append(step[0])
    return words


class NextWordPanel(QWidget):
    trained = Signal(bool)  # with the student's own text
    generated = Signal(float)  # words were sampled at this temperature
    hand_picked = Signal()
    label_copied = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model: nextword.NGramModel | None = None
        self.model_lang = ""
        self.files: list[Path] = []
        self.words: list[str] = []  # generated (or picked) after the start words
        self.candidates: list[nextword.Candidate] = []
        self.rng = random.Random()
        self.slot = TaskSlot(self)

        self.setStyleSheet("QGroupBox QLabel { background: transparent; }")
        layout = QVBoxLayout(self)
        self.intro = wrapped_label()
        layout.addWidget(self.intro)
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        layout.addLayout(columns, 1)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.train_box = QGroupBox()
        box = QVBoxLayout(self.train_box)
        self.source = wrapped_label("muted")
        box.addWidget(self.source)
        self.own_label = wrapped_label()
        self.own = QPlainTextEdit()
        self.own.setTabChangesFocus(True)
        self.own.setMinimumHeight(50)
        self.own.setMaximumHeight(80)
        self.own_label.setBuddy(self.own)
        box.addWidget(self.own_label)
        box.addWidget(self.own)
        row = QHBoxLayout()
        self.train_button = QPushButton()
        self.train_button.setObjectName("primary")
        self.train_button.clicked.connect(self.train)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_file)
        row.addWidget(self.train_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        box.addLayout(row)
        self.train_status = wrapped_label()
        box.addWidget(self.train_status)
        self.error = wrapped_label("error")
        self.error.hide()
        box.addWidget(self.error)
        left.addWidget(self.train_box)

        self.text_box = QGroupBox()
        box = QVBoxLayout(self.text_box)
        self.output = QLabel()
        self.output.setWordWrap(True)
        self.output.setTextFormat(Qt.TextFormat.RichText)
        self.output.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.output.setMinimumHeight(48)
        self.output.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.output, 1)
        self.copied = wrapped_label()
        self.unknown = wrapped_label()
        box.addWidget(self.copied)
        box.addWidget(self.unknown)
        row = QHBoxLayout()
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_labelled)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        box.addLayout(row)
        self.copy_status = wrapped_label("muted")
        box.addWidget(self.copy_status)
        left.addWidget(self.text_box, 1)

        self.write_box = QGroupBox()
        grid = QGridLayout(self.write_box)
        self.start_label = QLabel()
        self.start = QLineEdit()
        self.start_label.setBuddy(self.start)
        self.start.setMinimumWidth(120)  # never squeezed to a few letters by large text
        self.start.textEdited.connect(lambda _text: self.restart())
        self.restart_button = QPushButton()
        self.restart_button.clicked.connect(self.restart)
        grid.addWidget(self.start_label, 0, 0)
        grid.addWidget(self.start, 0, 1)
        grid.addWidget(self.restart_button, 0, 2)
        self.temp_label = QLabel()
        self.temperature = QSlider(Qt.Orientation.Horizontal)
        self.temperature.setRange(0, SLIDER_STEPS)
        self.temperature.setValue(10)
        self.temperature.setPageStep(2)
        self.temperature.setMinimumWidth(120)
        self.temp_label.setBuddy(self.temperature)
        self.temperature.valueChanged.connect(self._show_temperature)
        grid.addWidget(self.temp_label, 1, 0)
        grid.addWidget(self.temperature, 1, 1, 1, 2)
        self.temp_hint = wrapped_label("muted")
        grid.addWidget(self.temp_hint, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        self.next_button = QPushButton()
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self.next_word)
        self.write_button = QPushButton()
        self.write_button.clicked.connect(self.write_many)
        for button in (self.next_button, self.write_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 3, 0, 1, 3)
        self.cand_title = wrapped_label("muted")
        grid.addWidget(self.cand_title, 4, 0, 1, 3)
        self.cand_grid = QGridLayout()
        self.cand_buttons: list[QPushButton] = []
        self.cand_bars: list[QProgressBar] = []
        for i in range(TOP_K):
            button = QPushButton()
            button.clicked.connect(lambda _=False, i=i: self.pick(i))
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setMinimumWidth(120)
            self.cand_grid.addWidget(button, i, 0)
            self.cand_grid.addWidget(bar, i, 1)
            self.cand_buttons.append(button)
            self.cand_bars.append(bar)
        self.cand_grid.setColumnStretch(1, 1)
        grid.addLayout(self.cand_grid, 5, 0, 1, 3)
        grid.setRowStretch(6, 1)
        right.addWidget(self.write_box, 1)

        QShortcut(QKeySequence("Ctrl+Return"), self, self.next_word)
        QShortcut(QKeySequence("Ctrl+G"), self, self.write_many)
        QShortcut(QKeySequence("Ctrl+L"), self, self.copy_labelled)
        QShortcut(QKeySequence("Ctrl+O"), self, self.open_file)
        arrange(self.columns, ctx)
        self.retranslate()
        self._refresh()

    # ---- texts -------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.intro.setText(self.tr("This machine only counts which word follows which in its training text, then "
                                   "writes by picking likely next words. It sounds fluent, but fluent is not true: "
                                   "it repeats its text and knows nothing that was not in it."))
        self.train_box.setTitle(self.tr("1. Train"))
        self.own_label.setText(self.tr("Add my text (optional, stays on this computer):"))
        self.own.setPlaceholderText(self.tr("Paste a story, song or article here…"))
        self.train_button.setText(self.tr("Train"))
        self.train_button.setToolTip(self.tr("Count the words of the lesson texts and your text"))
        self.open_button.setText(self.tr("Open .txt…"))
        self.open_button.setToolTip(self.tr("Add a plain-text file to the training text (Ctrl+O)"))
        self.write_box.setTitle(self.tr("2. Write word by word"))
        self.text_box.setTitle(self.tr("3. What it wrote"))
        self.start_label.setText(self.tr("Start with:"))
        self.start.setPlaceholderText(self.tr("a word or two, or nothing"))
        self.temp_label.setText(self.tr("Temperature:"))
        self.temperature.setToolTip(self.tr("0: always the most likely word; higher: rarer words more often"))
        self.next_button.setText(self.tr("Next word"))
        self.next_button.setToolTip(self.tr("Let the machine pick one word (Ctrl+Enter)"))
        self.write_button.setText(self.tr("Write 20 words"))
        self.write_button.setToolTip(self.tr("Let the machine pick 20 words (Ctrl+G)"))
        self.restart_button.setText(self.tr("Start again"))
        self.copy_button.setText(self.tr("Copy with \"Made with AI\" label"))
        self.copy_button.setToolTip(self.tr("Copy the text with a line saying a machine wrote it (Ctrl+L)"))
        self._show_temperature()
        self._show_source()
        self._refresh()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange) and hasattr(self, "columns"):
            arrange(self.columns, self.ctx)  # (not during __init__: the columns come later)
        super().changeEvent(event)

    def ai_label(self) -> str:
        return self.tr("Made with AI: written by Oyla's next-word machine. It may be untrue.")

    def _show_temperature(self) -> None:
        self.temp_hint.setText(self.tr("%1 (0 = always the most likely word)").replace("%1", f"{self.value():.1f}"))

    def value(self) -> float:
        return self.temperature.value() / 10

    def _show_source(self) -> None:
        lang = LANGUAGES.get(self.model_lang if self.model else self.ctx.languages.current, "")
        files = ", ".join(p.name for p in self.files)
        text = self.tr("Training text: the lesson texts in %1.").replace("%1", lang)
        if files:
            text += " " + self.tr("Your files: %1").replace("%1", files)
        self.source.setText(text)

    # ---- training ----------------------------------------------------------------------------------------
    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a text file"), "", self.tr("Text files (*.txt)"))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        if path not in self.files:
            self.files.append(path)
        self._show_source()

    def train(self) -> None:
        self.train_button.setEnabled(False)
        self.error.hide()
        self.train_status.setText(self.tr("Training…"))
        self.slot.start(_train, self.ctx.languages.current, [self.own.toPlainText()], list(self.files),
                        succeeded=self._trained, failed=self._failed, finished=self._train_finished)

    def _train_finished(self) -> None:
        self.train_button.setEnabled(True)
        self._refresh()  # the task is over only now: the writing buttons come on

    def _failed(self, message: str) -> None:
        self.train_status.setText("")
        self.error.setText(message)
        self.error.show()

    def _trained(self, result) -> None:
        self.model, self.model_lang, own, seconds = result
        self.train_status.setText(self.tr("Trained in %1 s on %2 words; it knows %3 different words.")
                                  .replace("%1", f"{seconds:.2f}").replace("%2", str(len(self.model.tokens)))
                                  .replace("%3", str(len(self.model.vocabulary))))
        self._show_source()
        self.restart()
        self.trained.emit(own)

    # ---- writing -----------------------------------------------------------------------------------------
    def start_tokens(self) -> list[str]:
        return nextword.tokenize(self.start.text())

    def restart(self) -> None:
        self.words = []
        self.copy_status.setText("")
        self._refresh()

    def next_word(self) -> None:
        """The machine picks one word (on a worker: with a big own text one pick can take tens of ms)."""
        self._generate(1)

    def write_many(self) -> None:
        self._generate(BATCH)

    def _generate(self, count: int) -> None:
        if self.model is None or self.slot.busy:
            return
        temperature = self.value()
        for button in (self.next_button, self.write_button):
            button.setEnabled(False)
        self.slot.start(_write, self.model, self.start_tokens() + self.words, temperature, count,
                        self.rng.randrange(2**32), succeeded=lambda words: self._written(words, temperature),
                        failed=self._failed, finished=self._refresh)

    def _written(self, words: list[str], temperature: float) -> None:
        self.words += words
        if words:
            self.generated.emit(temperature)

    def pick(self, index: int) -> None:
        """The student chooses the next word (a candidate button)."""
        if self.model is None or index >= len(self.candidates):
            return
        self.words.append(self.candidates[index].word)
        self.hand_picked.emit()
        self._refresh()

    def text(self) -> str:
        return nextword.detokenize(self.start_tokens() + self.words)

    def copy_labelled(self) -> None:
        if not self.words:
            return
        QGuiApplication.clipboard().setText(f"{self.text()}\n\n{self.ai_label()}")
        self.label_copied.emit()
        self.copy_status.setText(self.tr("Copied with the label."))

    def _refresh(self) -> None:
        ready = self.model is not None and not self.slot.busy
        for button in (self.next_button, self.write_button, self.restart_button):
            button.setEnabled(ready)
        self.copy_button.setEnabled(ready and bool(self.words))
        self.candidates = self.model.candidates(self.start_tokens() + self.words, TOP_K) if self.model else []
        for i, (button, bar) in enumerate(zip(self.cand_buttons, self.cand_bars, strict=True)):
            shown = i < len(self.candidates) and ready
            button.setVisible(shown)
            bar.setVisible(shown)
            if shown:
                c = self.candidates[i]
                button.setText(c.word)
                button.setToolTip(self.tr("Pick “%1” as the next word").replace("%1", c.word))
                bar.setValue(round(c.probability * 1000))
                bar.setFormat(f"{c.probability * 100:.0f}%")
                bar.setAccessibleName(f"{c.word}: {c.probability * 100:.0f}%")
        if self.model is None:
            self.output.setText(html.escape(self.tr("Train the machine first.")))
            self.cand_title.setText("")
            self.copied.setText("")
            self.unknown.setText("")
            return
        order = self.candidates[0].order if self.candidates else 1
        if not self.start_tokens() + self.words:
            order = 0
        self.cand_title.setText({3: self.tr("Next word after the last two words (click one to pick it yourself):"),
                                 2: self.tr("Next word after the last word (click one to pick it yourself):"),
                                 1: self.tr("It never saw these words together, so it guesses from how common each "
                                            "word is (click one to pick it yourself):"),
                                 0: self.tr("No words yet, so it starts with the most common words (click one to "
                                            "pick it yourself):")}[order])
        start = nextword.detokenize(self.start_tokens())
        full = self.text()
        written = full[len(start):] if full.startswith(start) else full
        self.output.setText(f"{html.escape(start)}<b>{html.escape(written)}</b>" if full else
                            html.escape(self.tr("Press Next word, or click a candidate below.")))
        tokens = self.start_tokens() + self.words
        a, b = self.model.copied_span(tokens)
        while a < b and tokens[a] in nextword.PUNCTUATION:  # the copy shown from its first word
            a += 1
        words = [t for t in tokens[a:b] if t not in nextword.PUNCTUATION]
        copied = len(words) >= 3 and b > len(self.start_tokens())  # it copied, not only the student's start
        self.copied.setText(self.tr("Copied word for word from the training text: “%1”")
                            .replace("%1", nextword.detokenize(tokens[a:b])) if copied else "")
        unknown = sorted(set(self.model.unknown_words(self.start.text())))
        self.unknown.setText(self.tr("Words it never saw, so it knows nothing about them: %1")
                             .replace("%1", ", ".join(unknown)) if unknown else "")

    def shutdown(self) -> None:
        self.slot.stop(0)

"""The model card's questions for its maker: what the model is for, what it must not be used for, where and for
whom it may fail. The answers are kept next to the card (``app.ml.model_card``) and printed in it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from app.ml import model_card


class CardForm(QDialog):
    """Three short answers; OK saves them (the Studio then writes the card)."""

    def __init__(self, project_dir, parent=None):
        super().__init__(parent)
        self.project_dir = project_dir
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        saved = model_card.load_answers(project_dir)
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QPlainTextEdit] = {}
        for key in model_card.QUESTIONS:
            label, field = QLabel(), QPlainTextEdit(saved.get(key, ""))
            label.setWordWrap(True)
            label.setBuddy(field)
            field.setTabChangesFocus(True)
            field.setFixedHeight(3 * field.fontMetrics().lineSpacing() + 16)
            layout.addWidget(label)
            layout.addWidget(field)
            self.labels[key], self.fields[key] = label, field
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def answers(self) -> dict[str, str]:
        return {key: field.toPlainText() for key, field in self.fields.items()}

    def accept(self) -> None:
        model_card.save_answers(self.project_dir, self.answers())
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Model card"))
        self.intro.setText(self.tr("Oyla writes the numbers. Add in your own words, a few words each:"))
        questions = {"purpose": self.tr("What is your model for?"),
                     "not_for": self.tr("What must it not be used for?"),
                     "fails": self.tr("Where, and for whom, may it fail? (What did the red team find?)")}
        for key, label in self.labels.items():
            label.setText(questions[key])
            self.fields[key].setAccessibleName(questions[key])


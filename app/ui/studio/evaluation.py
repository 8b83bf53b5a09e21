"""Test results: held-out accuracy overall and per class, a confusion matrix whose cells open their pictures,
the most confidently wrong pictures, and warnings about small or unbalanced classes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.ml.evaluate import dataset_warnings
from app.ui.common import theme


class EvaluationView(QDialog):
    def __init__(self, project, saved, parent=None):
        super().__init__(parent)
        self.project, self.saved = project, saved
        self.resize(900, 760)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("title")
        self.summary.setWordWrap(True)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setObjectName("muted")
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setObjectName("error")
        self.matrix_label = QLabel()
        self.matrix = QTableWidget()
        self.matrix.cellClicked.connect(self.open_cell)
        self.cell_label = QLabel()
        self.cell_images = QListWidget()
        self.cell_images.setViewMode(QListWidget.ViewMode.IconMode)
        self.cell_images.setIconSize(QSize(96, 96))
        self.cell_images.setFixedHeight(140)
        self.wrong_label = QLabel()
        self.wrong = QListWidget()
        self.wrong.setViewMode(QListWidget.ViewMode.IconMode)
        self.wrong.setIconSize(QSize(96, 96))
        self.wrong.setFixedHeight(160)
        for w in (self.summary, self.explain, self.warnings, self.matrix_label, self.matrix, self.cell_label,
                  self.cell_images, self.wrong_label, self.wrong):
            layout.addWidget(w)
        self.retranslate()

    @property
    def metrics(self) -> dict:
        return self.saved.meta["metrics"]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Test results"))
        m = self.metrics
        if m["accuracy"] is None:
            self.summary.setText(self.tr("Not enough pictures to test the model. Add at least 2 per class."))
        else:
            self.summary.setText(self.tr("Right on %1% of %2 test pictures").replace(
                "%1", str(round(100 * m["accuracy"]))).replace("%2", str(m["n_test"])))
        self.explain.setText(self.explanation())
        texts = []
        for kind, name in dataset_warnings(self.saved.meta.get("sample_counts", {})):
            if kind == "small":
                texts.append(self.tr("“%1” has fewer than 10 pictures: the model has too little to learn from, and "
                                     "the test says little.").replace("%1", name))
            else:
                texts.append(self.tr("“%1” has more than twice as many pictures as another class: the model may "
                                     "learn to guess it too often.").replace("%1", name))
        self.warnings.setText("\n".join(texts))
        self.warnings.setVisible(bool(texts))
        self.matrix_label.setText(self.tr("Confusion matrix: rows are the real class, columns are what the model "
                                          "said. Click a number to see those pictures."))
        self.wrong_label.setText(self.tr("Most confidently wrong pictures"))
        self.cell_label.setText("")
        self._fill_matrix()
        self._fill_wrong()

    def explanation(self) -> str:
        """The two numbers in plain words: the test on unseen pictures, then learning from all of them."""
        meta = self.saved.meta
        how, learnt = meta.get("evaluation"), meta.get("trained_on")
        if how is None or learnt is None:  # a model from before it learnt from every picture
            return self.tr("Held-out pictures: about 15% of each class was kept aside and NOT used for learning, so "
                           "this is a fair test, like an exam with new questions.")
        tested = self.metrics["n_test"]
        score = "—" if self.metrics["accuracy"] is None else str(round(100 * self.metrics["accuracy"]))
        if how["method"] == "kfold":
            text = self.tr("Your classes have few pictures, so the test had %1 rounds. In each round a few pictures "
                           "were kept aside, a model learnt from the others and was then tested on the ones it had "
                           "NOT seen. Every picture was tested once: right on %2% of %3 pictures.")
            text = text.replace("%1", str(how["k"])).replace("%2", score).replace("%3", str(tested))
        else:
            text = self.tr("We tested on %1 pictures the model had NOT seen (they were kept aside, like an exam with "
                           "new questions): right on %2%.").replace("%1", str(tested)).replace("%2", score)
        after = self.tr("Then the model learnt from all %1 pictures, so the model you use now has seen every one "
                        "of them. The test above tells how well it does on new pictures.")
        return f"{text} {after.replace('%1', str(learnt['pictures']))}"

    def _fill_matrix(self) -> None:
        labels, confusion = self.saved.labels, self.metrics["confusion"]
        self.matrix.setRowCount(len(labels))
        self.matrix.setColumnCount(len(labels))
        heads = [f"{theme.class_symbol(i)} {name}" for i, name in enumerate(labels)]
        self.matrix.setHorizontalHeaderLabels(heads)
        self.matrix.setVerticalHeaderLabels(heads)
        for r, row in enumerate(confusion):
            total = max(1, sum(row))
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if value:
                    colour = QColor("#2E7D32" if r == c else "#C62828")
                    colour.setAlpha(40 + int(160 * value / total))
                    item.setBackground(colour)
                self.matrix.setItem(r, c, item)
        self.matrix.resizeColumnsToContents()

    def cell_samples(self, row: int, column: int) -> list[str]:
        """Held-out sample ids whose real class is ``row`` and predicted class is ``column``."""
        labels = self.saved.labels
        wrong = {w["sample"]: w["predicted"] for w in self.metrics["misclassified"]}
        out = []
        for sid in self.saved.meta.get("heldout_samples", []):
            true = sid.split("/")[0]
            predicted = wrong.get(sid, true)
            if true == labels[row] and predicted == labels[column]:
                out.append(sid)
        return out

    def open_cell(self, row: int, column: int) -> None:
        samples = self.cell_samples(row, column)
        labels = self.saved.labels
        self.cell_label.setText(self.tr("Real “%1”, model said “%2”: %3 picture(s)").replace(
            "%1", labels[row]).replace("%2", labels[column]).replace("%3", str(len(samples))))
        self._show(self.cell_images, [(s, "") for s in samples])

    def _fill_wrong(self) -> None:
        items = [(w["sample"], f"{w['predicted']} {round(100 * w['confidence'])}%")
                 for w in self.metrics["misclassified"][:12]]
        self._show(self.wrong, items)
        if not items:
            self.wrong_label.setText(self.tr("No wrong answers on the test pictures. Try it on new pictures too!"))

    def _show(self, view: QListWidget, items: list[tuple[str, str]]) -> None:
        view.clear()
        for sid, text in items:
            path = Path(self.project.samples_dir) / sid
            item = QListWidgetItem(QIcon(QPixmap(str(path))), text)
            item.setToolTip(sid)
            view.addItem(item)


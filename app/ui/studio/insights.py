"""Seeing a model's limits: the buttons under the live result and the views they open — Test results, Why?,
Shortcut detective and the model card. All heavy work runs in the background."""

from __future__ import annotations

import threading

import cv2
import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import OylaError
from app.ml import model_card, robustness
from app.ml.explain import GradCam, nearest_samples, overlay
from app.ml.model_io import load_model
from app.ui.common import theme
from app.ui.common.jobs import TaskSlot
from app.ui.common.widgets import scroll_inside, to_pixmap
from app.ui.studio.evaluation import EvaluationView
from app.vision.files import read_image

_gradcam_lock = threading.Lock()


def _thumbnail(path) -> np.ndarray | None:
    """A 160×160 RGB copy of a sample, read with the checks of ``read_image`` (None when it cannot be read)."""
    try:
        return cv2.resize(read_image(path), (160, 160), interpolation=cv2.INTER_AREA)
    except OylaError:
        return None


class WhyView(QDialog):
    """The three training pictures most like the current frame, and where the model looked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.resize(760, 420)
        grid = QGridLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("title")
        self.heading.setWordWrap(True)
        grid.addWidget(self.heading, 0, 0, 1, 4)
        self.heat = QLabel()
        self.heat_caption = QLabel()
        self.heat_caption.setWordWrap(True)
        grid.addWidget(self.heat, 1, 0)
        grid.addWidget(self.heat_caption, 2, 0)
        self.near = [QLabel() for _ in range(3)]
        self.near_caption = [QLabel() for _ in range(3)]
        for i, (pic, cap) in enumerate(zip(self.near, self.near_caption, strict=True)):
            grid.addWidget(pic, 1, i + 1)
            cap.setWordWrap(True)
            grid.addWidget(cap, 2, i + 1)
        self.result = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Why?"))
        if self.result is None:
            self.heading.setText(self.tr("Looking closely…"))
            return
        heat, label, near = self.result
        self.heading.setText(self.tr("The model said “%1”. Here is why:").replace("%1", label))
        self.heat_caption.setText(self.tr("Red areas pushed the answer most."))
        for i, (picture, name, sim) in enumerate(near):
            self.near[i].setPixmap(to_pixmap(picture) if picture is not None else QPixmap())
            self.near_caption[i].setText(self.tr("Your picture of “%1”, %2% alike").replace("%1", name)
                                         .replace("%2", str(round(100 * max(0.0, sim)))))

    def show_result(self, result) -> None:
        self.result = result
        self.heat.setPixmap(to_pixmap(result[0]).scaled(224, 224))
        self.retranslate()


class DetectiveChart(QWidget):
    """Bars of accuracy (solid) and confidence (hatched) for each change of the test pictures."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, float, float]] = []
        self.setMinimumHeight(260)

    def paintEvent(self, _event) -> None:  # noqa: N802
        if not self.rows:
            return
        p = QPainter(self)
        fm = p.fontMetrics()
        label_w = max(fm.horizontalAdvance(r[0]) for r in self.rows) + 16
        row_h = (self.height() - 8) / len(self.rows)
        width = self.width() - label_w - 70
        for i, (name, acc, conf) in enumerate(self.rows):
            y = 4 + i * row_h
            p.setPen(QColor(theme.NORMAL.text))
            p.drawText(QRectF(0, y, label_w - 8, row_h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                       name)
            p.fillRect(QRectF(label_w, y + row_h * 0.15, width * acc, row_h * 0.35), QColor(theme.CLASS_COLOURS[0]))
            p.fillRect(QRectF(label_w, y + row_h * 0.52, width * conf, row_h * 0.3),
                       QColor(theme.CLASS_COLOURS[1]))
            p.drawText(QRectF(label_w + width * acc + 6, y, 64, row_h * 0.65), Qt.AlignmentFlag.AlignVCenter,
                       f"{round(100 * acc)}%")
        p.end()


class DetectiveView(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.chart = DetectiveChart()
        self.legend = QLabel()
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setObjectName("title")
        for w in (self.explain, self.chart, self.legend, self.verdict):
            layout.addWidget(w)
        self.results: dict | None = None
        self.retranslate()

    @staticmethod
    def names() -> dict[str, str]:
        translate = QCoreApplication.translate
        return {"original": translate("DetectiveView", "As taken"),
                "darker": translate("DetectiveView", "Darker"),
                "brighter": translate("DetectiveView", "Brighter"),
                "flipped": translate("DetectiveView", "Flipped"),
                "shifted": translate("DetectiveView", "Shifted"),
                "background_blurred": translate("DetectiveView", "Background blurred")}

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shortcut detective"))
        self.explain.setText(self.tr("We changed your pictures and asked test models that had never seen them "
                                     "(made the same way as your model). If they get much worse when only the "
                                     "light or the background changes, your model learned a shortcut instead of "
                                     "your sign."))
        self.legend.setText(self.tr("Blue: how often it was right. Orange: how sure it was of the right answer."))
        if self.results is None:
            self.verdict.setText(self.tr("Testing…"))
            return
        res = self.results["results"]
        self.chart.rows = [(self.names()[k], v["accuracy"], v["confidence"]) for k, v in res.items()]
        self.chart.update()
        base = res["original"]["accuracy"]
        worst = min(res, key=lambda k: res[k]["accuracy"])
        if base - res[worst]["accuracy"] >= 0.25:
            self.verdict.setText(self.tr("Shortcut found! With “%1” it is right only %2% of the time. Record "
                                         "more pictures with different light and backgrounds.")
                                 .replace("%1", self.names()[worst]).replace("%2", str(round(100 * res[worst]
                                                                                             ["accuracy"]))))
        else:
            self.verdict.setText(self.tr("No big shortcut found in these tests. Try it on other people's hands too."))

    def show_results(self, results: dict) -> None:
        self.results = results
        self.retranslate()


class InsightBar(QWidget):
    """Four buttons under the live result; each opens its view for the open project's model."""

    def __init__(self, ctx, show_error, parent=None):
        super().__init__(parent)
        self.ctx, self.show_error = ctx, show_error
        self.slot = TaskSlot(self)
        self._gradcam: GradCam | None = None
        layout = QGridLayout(self)  # Test results and Why? side by side: short and narrow, under the camera
        layout.setContentsMargins(0, 0, 0, 0)
        self.results_button, self.why_button = QPushButton(), QPushButton()
        self.detective_button, self.card_button = QPushButton(), QPushButton()
        self.card_images = QCheckBox()
        self.more = QWidget()  # Shortcut detective and Model card: the page puts them under the live result
        more = QVBoxLayout(self.more)
        more.setContentsMargins(0, 0, 0, 0)
        for i, widget in enumerate((self.results_button, self.why_button, self.detective_button, self.card_button,
                                    self.card_images)):
            if i < 4:
                widget.setStyleSheet("padding: 4px 8px;")  # narrow enough for long translations in large text
            layout.addWidget(widget, 0, i) if i < 2 else more.addWidget(widget)
        self.card_box: QMessageBox | None = None
        self.results_button.clicked.connect(self.open_results)
        self.why_button.clicked.connect(self.open_why)
        self.detective_button.clicked.connect(self.open_detective)
        self.card_button.clicked.connect(self.fill_card)
        self.views: dict[str, QDialog] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.results_button.setText(self.tr("Test results"))
        self.results_button.setToolTip(self.tr("How often the model is right on pictures it did not learn from."))
        self.why_button.setText(self.tr("Why?"))
        self.why_button.setToolTip(self.tr("Which of your pictures look most alike, and where the model looked."))
        self.detective_button.setText(self.tr("Shortcut detective"))
        self.detective_button.setToolTip(self.tr("Does the model still work in other light, flipped or moved?"))
        self.card_button.setText(self.tr("Model card"))
        self.card_button.setToolTip(self.tr("A printable page about your model: what it knows and its limits."))
        self.card_images.setText(self.tr("With my pictures"))
        self.card_images.setToolTip(self.tr("Put some of your pictures in the model card. Leave it off to keep "
                                            "them private."))

    def _model(self):
        project = self.ctx.project
        if project is None:
            return None, None
        try:
            return project, load_model(project.path)
        except Exception as exc:  # noqa: BLE001 - shown to the student as it is
            from app.ui.common.i18n import error_text

            self.show_error(error_text(exc) if hasattr(exc, "message") else str(exc))
            return None, None

    def _view(self, key: str, view: QDialog) -> QDialog:
        old = self.views.pop(key, None)
        if old is not None:
            old.close()
        self.views[key] = view
        scroll_inside(view)  # never taller than the screen: the contents scroll instead
        view.show()
        return view

    def open_results(self) -> EvaluationView | None:
        project, saved = self._model()
        return self._view("results", EvaluationView(project, saved, self)) if saved else None

    def open_why(self):
        project, saved = self._model()
        frame = self.ctx.vision.latest_frame
        embedder = self.ctx.backbone.embedder
        if saved is None or frame is None or embedder is None:
            return None
        view = self._view("why", WhyView(self))
        image = frame.image

        def work(control):
            with _gradcam_lock:
                if self._gradcam is None:
                    self._gradcam = GradCam()
                heat, index = self._gradcam.heatmap(image, saved)
            near = [(_thumbnail(path), name, sim) for path, name, sim in
                    nearest_samples(project, saved, embedder, image)]  # decoded here, never on the GUI thread
            return overlay(image, heat), saved.labels[index], near

        return self.slot.start(work, succeeded=view.show_result, failed=self.show_error)

    def open_detective(self):
        project, saved = self._model()
        embedder = self.ctx.backbone.embedder
        if saved is None or embedder is None:
            return None
        view = self._view("detective", DetectiveView(self))

        def work(control):
            result = robustness.probe(project, saved, embedder, control.progress, control.cancelled)
            robustness.save_results(project.model_dir, result)
            return result

        return self.slot.start(work, succeeded=view.show_results, failed=self.show_error)

    def card_texts(self) -> dict:
        """The model card's words in the app's language (the core holds the English ones)."""
        return {
            "title": self.tr("Model card: {name}"),
            "made": self.tr("Made on {date} with Oyla {version}."),
            "what": self.tr("What it does"),
            "what_text": self.tr("It looks at a camera picture and says which of these classes it shows: {classes}."),
            "data": self.tr("What it learned from"),
            "class": self.tr("Class"), "pictures": self.tr("Pictures"),
            "accuracy": self.tr("Right in the test"),
            "data_text": self.tr("{total} pictures taken by the student. {held} of them were kept aside to test "
                                 "the model."),
            "total_text": self.tr("{total} pictures taken by the student."),
            "kfold_text": self.tr("How it was tested: the pictures were split into {k} groups. {k} times, a test "
                                  "model learnt from all groups but one and then guessed the pictures of that one "
                                  "group, which it had never seen. So each of the {tested} tested pictures was "
                                  "guessed by a model that had not learnt it."),
            "holdout_text": self.tr("How it was tested: {tested} pictures were kept aside. A test model learnt from "
                                    "the other pictures and then guessed these {tested}, which it had never seen."),
            "all_text": self.tr("After the test, the model you use learnt from all {pictures} pictures."),
            "all_copies_text": self.tr("After the test, the model you use learnt from all {pictures} pictures, plus "
                                       "{copies} slightly changed copies of them."),
            "how_good": self.tr("How good it is"),
            "overall": self.tr("In the test, on pictures it had never seen, the test model was right {accuracy} "
                               "of the time."),
            "no_test": self.tr("There were too few pictures to test it."),
            "confusion": self.tr("Confusion matrix (rows: the real class, columns: what the model said)"),
            "robust": self.tr("Shortcut detective"),
            "variant": self.tr("Change"), "robust_acc": self.tr("Right"), "robust_conf": self.tr("Confidence"),
            "variants": DetectiveView.names(),
            "no_robust": self.tr("Not run yet."),
            "limits": self.tr("Known limits"),
            "limit_items": [
                self.tr("It only knows these classes. Shown anything else, it still picks one of them — unless it "
                        "is “not sure”."),
                self.tr("It learned from few pictures, taken by one person in one room: other hands, light or "
                        "backgrounds may fool it."),
                self.tr("Being sure is not being right: a high confidence can still be wrong."),
                self.tr("It must not be used to make decisions about people."),
            ],
            "examples": self.tr("Example pictures"),
            "answers": self.tr("In the words of its maker"), "purpose": self.tr("What it is for"),
            "not_for": self.tr("What it must not be used for"), "fails": self.tr("Where and for whom it may fail"),
        }

    def fill_card(self):
        """Ask the maker's answers (card_form.CardForm), then write the card."""
        from app.ui.studio.card_form import CardForm

        project, saved = self._model()
        if saved is None:
            return None
        form = CardForm(project.path, self)
        form.accepted.connect(self.write_card)
        return self._view("card", form)

    def write_card(self, open_it: bool = True):
        project, saved = self._model()
        if saved is None:
            return None
        include = self.card_images.isChecked()
        texts = self.card_texts()

        def work(control):
            images = {c: project.samples(c) for c in project.labels} if include else None
            tested = robustness.load_results(project.model_dir, saved.meta)  # None when run for an older model
            page = model_card.render(project.name, saved.meta, tested, texts, images,
                                     model_card.load_answers(project.path))
            return model_card.write(project.path / "model-card.html", page)

        return self.slot.start(work, failed=self.show_error, succeeded=lambda path: self._card_written(path, open_it))

    def _card_written(self, path, open_it: bool) -> None:
        """Say where the card went, with buttons to open it or its folder (a box that does not block)."""
        if self.card_box is not None:
            self.card_box.close()
        box = self.card_box = QMessageBox(QMessageBox.Icon.Information, self.tr("Model card"),
                                          self.tr("The model card is saved in %1").replace("%1", str(path)),
                                          QMessageBox.StandardButton.Close, self)
        open_card = box.addButton(self.tr("Open the card"), QMessageBox.ButtonRole.ActionRole)
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        for button, target in ((open_card, path), (open_folder, path.parent)):
            button.clicked.disconnect()  # an action button would close the box; these open a file and stay
            button.clicked.connect(lambda _=False, t=target: QDesktopServices.openUrl(QUrl.fromLocalFile(str(t))))
        box.open()
        if open_it:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

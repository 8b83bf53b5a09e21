"""Screenshots of every page at 1366×768 (the most common lab monitor) in English, Kazakh and Russian, for
docs/screenshots/. Each language runs in its own process that starts in that language (no switch half-way, so nothing
is caught half laid out), on an offscreen screen of exactly ``--size`` (dialogs are capped as on that monitor),
with a trained demo project whose classes have names in that language, a student with some progress, and the
virtual robot connected (its sensors live).

    .venv/bin/python scripts/screenshots.py [--lang en kk ru] [--size 1366x768] [--out docs/screenshots]
        [--pages lessons studio robot textlab data teacher]

Files, for each language <l>: lessons-empty-<l> (nobody chosen yet), lessons-<l> (the library), lessons-step-<l> and
lessons-quiz-<l> (a lesson open), studio-<l>, studio-results-<l>, studio-detective-<l>, studio-why-<l> (its views),
studio-projector-<l> and robot-projector-<l> (large text, high contrast), robot-<l>, textlab-share-<l>,
textlab-nextword-<l>, data-empty-<l> (before anything was made), data-<l>, teacher-pin-set-<l> (the first opening
asks for a PIN; the script goes on without one), teacher-<l>; and studio.png (the English Studio, shown by README.md).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PAGES = ("lessons", "studio", "robot", "textlab", "data", "teacher")
SCENES = ("fist", "palm", "peace", "empty")
CLASS_NAMES = {  # the demo camera's scenes, named as a student of that language would name them
    "en": ("fist", "open hand", "two fingers", "nothing"),
    "kk": ("жұдырық", "алақан", "екі саусақ", "ештеңе"),
    "ru": ("кулак", "ладонь", "два пальца", "ничего"),
}
STUDENTS = {"en": "Aru", "kk": "Әсел", "ru": "Алия"}
LESSON = "01-what-a-camera-sees"


MESSAGES = {  # invented people and numbers
    "en": "Hi, I am Aliya Nurlanovna from school № 25, class 7 «B». My phone is +7 701 123 45 67 and I have asthma. "
          "Help me write a letter to my teacher.",
    "ru": "Привет, я Алия Нурлановна из школы № 25, 7 «Б» класс. Мой телефон +7 701 123 45 67, у меня астма. "
          "Помоги написать письмо учителю.",
    "kk": "Сәлем, мен Әлия Нұрланқызымын, № 25 мектептің 7 «Б» сыныбында оқимын. Телефоным 8 (701) 123-45-67, "
          "менде демікпе бар. Мұғаліміме хат жазуға көмектесші.",
}
STARTS = {"en": "the model", "ru": "модель", "kk": "модель"}


def textlab_shots(window, pump, lang: str, out: Path) -> None:
    """Both Text lab tools as a student leaves them: a message checked and made safe; a machine trained on the
    lesson texts, some words written at temperature 1.0, stopping where it has several candidates."""
    import random

    window.show_page("textlab")
    page = window.pages["textlab"]
    share, nextword = page.share, page.nextword
    page.tabs.setCurrentWidget(share)
    share.input.setPlainText(MESSAGES[lang])
    share.check()
    pump(10, lambda: share.checked_text == MESSAGES[lang])
    share.make_safe()
    pump(3, lambda: bool(share.safe_status.text()) and "…" not in share.safe_status.text())
    share.list.setCurrentRow(1)
    pump(0.3)
    window.grab().save(str(out / f"textlab-share-{lang}.png"))
    print(f"  textlab-share-{lang}.png", flush=True)
    page.tabs.setCurrentWidget(nextword)
    nextword.own.setPlainText("")
    nextword.model = None
    nextword.train()
    pump(30, lambda: nextword.model is not None and nextword.next_button.isEnabled())
    nextword.rng = random.Random(7)
    nextword.start.setText(STARTS[lang])
    nextword.restart()
    for i in range(40):  # some words, stopping where the machine has several candidates to show
        nextword.next_word()
        pump(5, lambda n=i + 1: len(nextword.words) >= n and nextword.next_button.isEnabled())
        if i >= 7 and len(nextword.candidates) >= 4:
            break
    pump(0.5)
    window.grab().save(str(out / f"textlab-nextword-{lang}.png"))
    print(f"  textlab-nextword-{lang}.png", flush=True)


class Shooter:
    """One language's window and the steps that bring each page to a state worth showing."""

    def __init__(self, lang: str, size: tuple[int, int], out: Path):
        from PySide6.QtWidgets import QApplication

        from app.storage import consent
        from app.ui.main import build_window

        consent.record_consent("student", lang)  # as after the first-run dialog: the camera gate lets frames through
        self.lang, self.size, self.out = lang, size, out
        self.app = QApplication(sys.argv[:1])
        self.ctx, self.window = build_window(self.app, lang, "demo")
        self.window.resize(*size)
        self.window.show()
        self.ctx.backbone.start()

    def pump(self, seconds: float, until=lambda: False) -> bool:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if until():
                return True
            self.app.processEvents()
            time.sleep(0.01)
        return until()

    def grab(self, name: str, widget=None) -> None:
        self.pump(0.6)  # posted relayouts and repaints land first
        (widget or self.window).grab().save(str(self.out / f"{name}.png"))
        print(f"  {name}.png", flush=True)

    def show(self, key: str) -> None:
        self.window.show_page(key)
        self.pump(0.5)

    def data_empty(self) -> None:
        self.show("data")
        self.pump(3)
        self.grab(f"data-empty-{self.lang}")

    def lessons(self) -> None:
        page = self.window.pages["lessons"]
        self.show("lessons")
        self.pump(20, lambda: page.loaded and not page.reloading)
        self.grab(f"lessons-empty-{self.lang}")
        page.add_student(STUDENTS[self.lang])
        page.pack_list.setCurrentRow([entry.id for entry in page.entries].index("first-steps"))  # as a click would
        page.open_lesson(LESSON)
        player = page.player
        self.pump(10, lambda: bool(player.browser.toPlainText().strip()))
        self.grab(f"lessons-step-{self.lang}")
        player.next()  # two steps done: the library shows the lesson started
        player.next()
        quiz = next(i for i, step in enumerate(player.steps) if step.kind == "quiz")
        player.go(quiz)
        self.pump(10, lambda: bool(player.browser.toPlainText().strip()))
        self.grab(f"lessons-quiz-{self.lang}")
        page.show_library()
        self.grab(f"lessons-{self.lang}")

    def train(self) -> None:
        from app.ml.ingest import add_frames
        from app.ml.train import train_project
        from app.vision.demo import render

        self.pump(180, lambda: self.ctx.backbone.embedder is not None)
        studio = self.window.pages["studio"]
        for scene, name in zip(SCENES, CLASS_NAMES[self.lang], strict=True):
            studio.add_class(name, background=scene == "empty")
            add_frames(self.ctx.project, name, [render(scene, i, seed=3) for i in range(24)],
                       self.ctx.backbone.embedder)
        train_project(self.ctx.project, self.ctx.backbone.embedder)
        self.ctx.set_project(self.ctx.project)  # reload cards and the model, as reopening would

    def studio(self) -> None:
        studio = self.window.pages["studio"]
        self.show("studio")
        studio.show_demo("palm")
        self.pump(3)
        self.grab(f"studio-{self.lang}")
        if self.lang == "en":
            self.grab("studio")
        views = (("results", studio.insights.open_results, None), ("detective", studio.insights.open_detective, "results"),
                 ("why", studio.insights.open_why, "result"))  # the attribute that holds the view's answer
        for name, opener, answer in views:
            opener()
            view = studio.insights.views[name]
            done = self.pump(300, lambda v=view, a=answer: a is None or getattr(v, a) is not None)  # detective: minutes
            if not done:
                print(f"  {name}: still working after 5 minutes, shot as it is", flush=True)
            if name == "results":
                view.matrix.cellClicked.emit(1, 1)
            self.grab(f"studio-{name}-{self.lang}", view)
            view.close()

    def robot(self) -> None:
        page = self.window.pages["robot"]
        self.show("robot")
        self.pump(15, lambda: page.link is not None and page.sensors.sense is not None)
        page.show_demo("palm")
        page.manual_press("forward")  # a short drive by hand: a trail in the arena and lines in the log
        self.pump(1.2)
        page.manual_release("forward")
        self.pump(1.5, lambda: False)  # the sensors read again after the drive
        self.grab(f"robot-{self.lang}")

    def projector(self) -> None:
        self.window.large_action.setChecked(True)  # projector mode: large text and high contrast
        self.window.contrast_action.setChecked(True)
        for key in ("studio", "robot"):
            self.show(key)
            self.pump(1.0)
            self.grab(f"{key}-projector-{self.lang}")
        self.window.large_action.setChecked(False)
        self.window.contrast_action.setChecked(False)

    def data(self) -> None:
        self.show("data")
        self.pump(3)
        self.grab(f"data-{self.lang}")

    def teacher(self) -> None:
        page = self.window.pages["teacher"]
        self.show("teacher")
        screen = page.lock.screen
        if self.pump(5, screen.skip_button.isVisible):  # the first opening asks for a PIN
            self.grab(f"teacher-pin-set-{self.lang}")
            screen.skip_button.click()  # go on without one
        self.pump(20, lambda: bool(page.entries) and not page.reloading)
        self.grab(f"teacher-{self.lang}")

    def run(self, pages: list[str]) -> None:
        if "data" in pages:
            self.data_empty()
        if "lessons" in pages:
            self.lessons()
        if {"studio", "robot"} & set(pages):
            self.train()
        for key in ("studio", "robot"):
            if key in pages:
                getattr(self, key)()
        if "textlab" in pages:
            textlab_shots(self.window, self.pump, self.lang, self.out)
        for key in ("data", "teacher"):
            if key in pages:
                getattr(self, key)()
        if {"studio", "robot"} <= set(pages):
            self.projector()
        self.window.close()


def screen_config(size: tuple[int, int]) -> str:
    """An offscreen platform with one screen of ``size``, like the lab monitor (QT_QPA_PLATFORM=offscreen:configfile)."""
    config = {"screens": [{"name": "lab", "x": 0, "y": 0, "width": size[0], "height": size[1], "logicalDpi": 96,
                           "logicalBaseDpi": 96, "dpr": 1}]}
    path = Path(tempfile.mkdtemp(prefix="oyla-screen-")) / "screen.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return f"offscreen:configfile={path}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", nargs="*", default=["en", "kk", "ru"])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--pages", nargs="*", default=list(PAGES), choices=PAGES)
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    size = tuple(int(v) for v in args.size.split("x"))
    if len(args.lang) > 1:  # one process per language, each started in its language
        for lang in args.lang:
            subprocess.run([sys.executable, __file__, "--lang", lang, "--out", str(out), "--size", args.size,
                            "--pages", *args.pages], check=True)
        print(f"screenshots in {out}")
        return
    if os.environ.get("QT_QPA_PLATFORM", "offscreen").startswith("offscreen"):
        os.environ["QT_QPA_PLATFORM"] = screen_config(size)
    os.environ["OYLA_DATA_DIR"] = tempfile.mkdtemp(prefix="oyla-shots-")
    print(f"{args.lang[0]}:", flush=True)
    Shooter(args.lang[0], size, out).run(args.pages)


if __name__ == "__main__":
    main()

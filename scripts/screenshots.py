"""Screenshots of the Studio and its views (and other pages on request) in every language, with a trained demo
project, for docs/screenshots/. ``--pages textlab`` shoots the Text lab's two tools (textlab-share-<lang>.png,
textlab-nextword-<lang>.png) with an invented message; without "studio" in ``--pages`` no project is trained.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--lang en ru kk] [--out docs/screenshots]
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py --pages textlab
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", nargs="*", default=["en", "ru", "kk"])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--pages", nargs="*", default=["studio"],
                        help="pages to capture (the Lessons, Robot, Teacher and My data tests write their own)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["OYLA_DATA_DIR"] = tempfile.mkdtemp(prefix="oyla-shots-")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.split("x"))

    from PySide6.QtWidgets import QApplication

    from app.ml.ingest import add_frames
    from app.ml.train import train_project
    from app.storage import consent
    from app.ui.main import build_window
    from app.vision.demo import render

    consent.record_consent("student", "en")  # as after the first-run dialog: the camera gate lets frames through

    app = QApplication(sys.argv[:1])
    ctx, window = build_window(app, args.lang[0], "demo")
    window.resize(width, height)
    window.show()

    def pump(seconds: float, until=lambda: False) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not until():
            app.processEvents()
            time.sleep(0.01)

    if "studio" not in args.pages:
        for lang in args.lang:
            window.set_language(lang)
            pump(0.5)
            for key in args.pages:
                if key == "textlab":
                    textlab_shots(window, pump, lang, out)
                else:
                    window.show_page(key)
                    pump(0.8)
                    window.grab().save(str(out / f"{key}-{lang}.png"))
        window.close()
        print(f"screenshots in {out}")
        return
    ctx.backbone.start()
    pump(120, lambda: ctx.backbone.embedder is not None)
    studio = window.pages["studio"]
    for scene in ("fist", "palm", "peace", "empty"):
        studio.add_class(scene, background=scene == "empty")
        add_frames(ctx.project, scene, [render(scene, i, seed=3) for i in range(24)], ctx.backbone.embedder)
    train_project(ctx.project, ctx.backbone.embedder)
    ctx.set_project(ctx.project)  # reload cards and the model, as reopening would
    studio.show_demo("palm")
    pump(3)

    for lang in args.lang:
        window.set_language(lang)
        for key in args.pages:
            if key == "textlab":
                textlab_shots(window, pump, lang, out)
                continue
            window.show_page(key)
            pump(0.8)
            window.grab().save(str(out / f"{key}-{lang}.png"))
        window.show_page("studio")
        pump(0.5)
        for name, opener in (("results", studio.insights.open_results), ("detective", studio.insights.open_detective),
                             ("why", studio.insights.open_why)):
            opener()
            view = studio.insights.views[name]
            pump(90, lambda v=view, n=name: n == "results" or getattr(v, "result", None) is not None
                 or getattr(v, "results", None) is not None)
            if name == "results":
                view.matrix.cellClicked.emit(1, 1)
            pump(0.3)
            view.grab().save(str(out / f"studio-{name}-{lang}.png"))
            view.close()
    window.set_language(args.lang[0])
    window.show_page("studio")
    pump(0.5)
    window.grab().save(str(out / "studio.png"))
    window.large_action.setChecked(True)  # projector mode: large text and high contrast
    window.contrast_action.setChecked(True)
    pump(1.0)
    window.grab().save(str(out / f"studio-projector-{args.lang[0]}.png"))
    window.large_action.setChecked(False)
    window.contrast_action.setChecked(False)
    window.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()

"""The ``oyla`` command. With no arguments it opens the app; subcommands use the same core without Qt."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

from app import __version__
from app.errors import OylaError
from app.textsafe import terminal_json, terminal_text

MAX_SEED = 2**32 - 1


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not the whole usage
        self.exit(2, f"{self.prog}: error: {terminal_text(message)}\n")


def _embedder():
    from app.ml.backbone import Embedder

    return Embedder()


def _progress(label: str):
    def show(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{label}: {done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show


def cmd_new(args) -> int:
    from app.ml.ingest import project_from_folder
    from app.storage.project import create_project

    if args.from_folder:
        project, report = project_from_folder(Path(args.project), Path(args.from_folder), _embedder(),
                                              _progress("importing"))
        counts = project.sample_counts()
        print(terminal_text(f"created {project.path} with {len(counts)} classes: "
                            + ", ".join(f"{k} ({v})" for k, v in counts.items())))
        for name in report.skipped:
            print(f"skipped {terminal_text(name)}: not a readable picture", file=sys.stderr)
    else:
        project = create_project(Path(args.project), classes=args.classes or [])
        print(f"created {terminal_text(project.path)}")
    return 0


def cmd_train(args) -> int:
    from app.ml.train import train_project
    from app.storage.project import open_project

    project = open_project(Path(args.project))
    settings = project.settings
    for key in ("head", "epochs", "seed"):
        if getattr(args, key) is not None:
            setattr(settings, key, getattr(args, key))
    if args.augment is not None:
        settings.augment = args.augment
    project.settings = settings.validate()
    project.save()
    saved = train_project(project, _embedder(), settings)
    acc, how = saved.meta["metrics"]["accuracy"], saved.meta["evaluation"]
    shown = "n/a (no held-out samples)" if acc is None else f"{acc:.1%}"
    method = f"{how['k']}-fold cross-validation" if how["method"] == "kfold" else "held out"
    print(f"trained {settings.head} head on {terminal_text(project.path)}: held-out accuracy {shown} "
          f"({method}, {saved.meta['metrics']['n_test']} pictures the measuring model had not seen); "
          f"the saved model learnt from all {saved.meta['trained_on']['pictures']} pictures")
    return 0


def cmd_evaluate(args) -> int:
    from app.ml.evaluate import evaluate
    from app.ml.model_io import load_model
    from app.storage.project import open_project

    project = open_project(Path(args.project))
    saved = load_model(project.path)
    metrics = saved.meta["metrics"]
    ids = saved.meta["heldout_samples"]  # checked on load: "<class>/<file>.jpg" of the model's labels
    present = [p for p in (project.sample_path(i) for i in ids) if p is not None]
    if present and len(present) == len(ids) and saved.meta["trained_on"] is None:  # an old model: re-run on
        # the held-out pictures as they are now (a newer model learnt from them too: its stored score stands)
        from app.ml.embeddings import EmbeddingCache

        x = EmbeddingCache(project.path, _embedder()).get(present)
        y = [saved.labels.index(i.split("/")[0]) for i in ids]
        metrics = evaluate(saved.head.predict_proba(x), y, saved.labels, ids)
    if args.json:
        print(terminal_json(json.dumps({k: metrics[k] for k in ("accuracy", "per_class", "confusion", "labels",
                                                                 "n_test", "misclassified")},
                                       ensure_ascii=False, indent=2)))
    else:
        acc = metrics["accuracy"]
        print(f"held-out accuracy: {'n/a' if acc is None else f'{acc:.1%}'} on {metrics['n_test']} samples")
        for name, value in metrics["per_class"].items():
            print(f"  {terminal_text(name)}: {'n/a' if value is None else f'{value:.1%}'}")
    return 0


def cmd_predict(args) -> int:
    from app.ml.predict import Predictor
    from app.vision.files import read_image

    predictor = Predictor.from_project(Path(args.project), _embedder(), args.threshold)
    results, failed = [], 0
    for name in args.images:
        try:
            prediction = predictor.predict([read_image(Path(name))])[0]
        except OylaError as exc:
            print(f"oyla: error: {terminal_text(exc)}", file=sys.stderr)
            failed += 1
            continue
        results.append({"path": name, **prediction.to_json()})
        if not args.json:
            label = prediction.label or "not sure"
            print(terminal_text(f"{name}: {label}") + f" ({prediction.confidence:.0%})")
    if args.json:
        print(terminal_json(json.dumps(results, ensure_ascii=False, indent=2)))
    return 1 if failed else 0


def cmd_export(args) -> int:
    from app.ml.export import export_onnx
    from app.ml.model_io import load_model

    out = export_onnx(load_model(Path(args.project)), Path(args.onnx))
    print(f"wrote {terminal_text(out)}")
    return 0


def cmd_gui(args) -> int:
    from app.ui.main import run

    return run(language=args.lang, camera=args.camera)


def _int_in(low: int, high: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number from {low} to {high}")
        return value

    return parse


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = None
    if value is None or not 0 <= value <= 1:  # NaN fails this too
        raise argparse.ArgumentTypeError(f"{text!r} is not a number from 0 to 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="oyla", description="Oyla: teach a computer to see, then drive a robot with it. "
                     "Run without a command to open the app.")
    parser.add_argument("--version", action="version", version=f"oyla {__version__}")
    parser.add_argument("--lang", choices=["en", "ru", "kk"], help="language of the app window")
    parser.add_argument("--camera", help="camera for the app: a number, 'demo', a video file or an image folder")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("new", help="make a project, optionally from a folder with one subfolder per class")
    p.add_argument("project", help="folder for the new project")
    p.add_argument("--from-folder", metavar="DIR", help="import pictures from DIR/<class>/*")
    p.add_argument("--classes", nargs="*", help="class names for an empty project")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("train", help="train the project's model")
    p.add_argument("project")
    p.add_argument("--head", choices=["mlp", "knn"], help="neural network (mlp) or nearest examples (knn)")
    p.add_argument("--epochs", type=_int_in(1, 1000), help="1 to 1000")
    p.add_argument("--seed", type=_int_in(0, MAX_SEED), help=f"0 to {MAX_SEED}")
    p.add_argument("--augment", action=argparse.BooleanOptionalAction, default=None,
                   help="also train on flipped, cropped, darker and brighter copies")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("evaluate", help="accuracy on the held-out samples")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("predict", help="classify pictures with the project's model")
    p.add_argument("project")
    p.add_argument("images", nargs="+", metavar="IMAGE")
    p.add_argument("--threshold", type=_fraction, help="0 to 1: below this confidence the answer is 'not sure'")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_predict)

    p = sub.add_parser("export", help="write backbone + head as one ONNX model")
    p.add_argument("project")
    p.add_argument("--onnx", required=True, metavar="FILE")
    p.set_defaults(func=cmd_export)

    from app.lessons import cli as lessons_cli
    from app.robot import cli as robot_cli
    from app.text import cli as text_cli

    robot_cli.register(sub)  # robot ports | hello | send
    lessons_cli.register(sub)  # pack validate | build | import
    text_cli.register(sub)  # share-check
    return parser


def _never_fail_printing() -> None:
    """Output redirected to a file on Windows uses the ANSI code page, which has no «қ» or «ө»: a Kazakh class
    name would end the command with UnicodeEncodeError. Characters the stream cannot encode are written as
    backslash escapes instead."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):  # not a TextIOWrapper, or already closed
            stream.reconfigure(errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from app import diagnostics

    diagnostics.start("app" if args.func is cmd_gui else "cli")  # the log, and no error dies silently
    _never_fail_printing()
    try:
        return int(args.func(args) or 0)
    except OylaError as exc:
        print(f"oyla: error: {terminal_text(exc)}", file=sys.stderr)
        return 1
    except OSError as exc:  # a full or read-only disk, a missing permission: one line, never a traceback
        where = f": {exc.filename}" if exc.filename else ""
        print(f"oyla: error: {terminal_text(exc.strerror or exc)}{terminal_text(where)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130

"""A model card: one printable, self-contained HTML page about a trained model — classes and sample counts,
accuracy, confusion matrix, shortcut-detective results, known limits in plain words, date, what data it learned
from. No pictures unless the student chooses to include them. The UI passes the texts in its language.

The student adds their own answers (``QUESTIONS``: what it is for, what it must not be used for, where and for whom
it may fail), kept in ``model-card.json`` next to the card and shown in it; the capstone's check reads them."""

from __future__ import annotations

import base64
import html
from pathlib import Path

import cv2

from app.errors import OylaError
from app.storage import atomic, reading, schema
from app.vision.files import ImageError, read_image

TEXTS = {
    "title": "Model card: {name}",
    "made": "Made on {date} with Oyla {version}.",
    "what": "What it does",
    "what_text": "It looks at a camera picture and says which of these classes it shows: {classes}.",
    "data": "What it learned from",
    "class": "Class", "pictures": "Pictures", "accuracy": "Right in the test",
    "data_text": "{total} pictures taken by the student. {held} of them were kept aside to test the model.",
    "total_text": "{total} pictures taken by the student.",
    "kfold_text": "How it was tested: the pictures were split into {k} groups. {k} times, a test model learnt from "
                  "all groups but one and then guessed the pictures of that one group, which it had never seen. "
                  "So each of the {tested} tested pictures was guessed by a model that had not learnt it.",
    "holdout_text": "How it was tested: {tested} pictures were kept aside. A test model learnt from the other "
                    "pictures and then guessed these {tested}, which it had never seen.",
    "all_text": "After the test, the model you use learnt from all {pictures} pictures.",
    "all_copies_text": "After the test, the model you use learnt from all {pictures} pictures, plus {copies} "
                       "slightly changed copies of them.",
    "how_good": "How good it is",
    "overall": "In the test, on pictures it had never seen, the test model was right {accuracy} of the time.",
    "no_test": "There were too few pictures to test it.",
    "confusion": "Confusion matrix (rows: the real class, columns: what the model said)",
    "robust": "Shortcut detective",
    "variant": "Change", "robust_acc": "Right", "robust_conf": "Confidence",
    "variants": {"original": "As taken", "darker": "Darker", "brighter": "Brighter", "flipped": "Flipped",
                 "shifted": "Shifted", "background_blurred": "Background blurred"},
    "no_robust": "Not run yet.",
    "limits": "Known limits",
    "limit_items": [
        "It only knows these classes. Shown anything else, it still picks one of them — unless it is “not sure”.",
        "It learned from few pictures, taken by one person in one room: other hands, light or backgrounds may fool it.",
        "Being sure is not being right: a high confidence can still be wrong.",
        "It must not be used to make decisions about people.",
    ],
    "examples": "Example pictures",
    "answers": "In the words of its maker",
    "purpose": "What it is for", "not_for": "What it must not be used for", "fails": "Where and for whom it may fail",
}
QUESTIONS = ("purpose", "not_for", "fails")  # the student's answers, in this order
ANSWERS_FILE = "model-card.json"
MIN_WORDS = 3  # an answer of fewer words does not count as filled in
MAX_ANSWER = 1000  # characters kept of one answer


def load_answers(project_dir: Path) -> dict[str, str]:
    """The student's answers saved for this project ({} when none; a damaged file counts as none)."""
    try:
        data = schema.read(reading.read_json_object(Path(project_dir) / ANSWERS_FILE, 64 * 1024),
                           {key: schema.Field(schema.Text(), None, loose=True) for key in QUESTIONS})
    except (OylaError, schema.Invalid):
        return {}
    return {key: text[:MAX_ANSWER] for key, text in data.items() if text is not None}


def save_answers(project_dir: Path, answers: dict[str, str]) -> None:
    atomic.write_json(Path(project_dir) / ANSWERS_FILE,
                      {"schema_version": 1, **{key: str(answers.get(key, "")).strip()[:MAX_ANSWER] for key in QUESTIONS}})


def answers_complete(answers: dict[str, str]) -> bool:
    """Every question answered with at least ``MIN_WORDS`` words."""
    return all(len(answers.get(key, "").split()) >= MIN_WORDS for key in QUESTIONS)


def _pct(value) -> str:
    return "—" if value is None else f"{round(100 * value)}%"


def _count(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _how_tested(meta: dict, t: dict, counts: dict, held: int) -> list[str]:
    """How the score was measured and what the deployed model learnt from (``evaluation`` and ``trained_on`` in
    ``model.json``); a model from before they were recorded learnt from the pictures that were not kept aside."""
    evaluation = meta.get("evaluation") if isinstance(meta.get("evaluation"), dict) else {}
    trained = meta.get("trained_on") if isinstance(meta.get("trained_on"), dict) else {}
    pictures = _count(trained.get("pictures"))
    total = sum(counts.values()) if pictures is None else pictures
    if not evaluation or pictures is None:
        return [t["data_text"].format(total=total, held=held)]
    lines = [t["total_text"].format(total=total)]
    tested = _count(evaluation.get("pictures"))
    tested = held if tested is None else tested
    if evaluation.get("method") == "kfold" and tested:
        lines.append(t["kfold_text"].format(k=_count(evaluation.get("k")) or "", tested=tested))
    elif tested:
        lines.append(t["holdout_text"].format(tested=tested))
    copies = _count(trained.get("rows"))
    copies = 0 if copies is None else max(0, copies - pictures)
    lines.append(t["all_copies_text"].format(pictures=pictures, copies=copies) if copies
                 else t["all_text"].format(pictures=pictures))
    return lines


def render(name: str, meta: dict, robustness: dict | None, texts: dict | None = None,
           images: dict[str, list[Path]] | None = None, answers: dict[str, str] | None = None) -> str:
    t = {**TEXTS, **(texts or {})}
    e = html.escape
    labels = meta["labels"]
    metrics = meta.get("metrics", {})
    counts = meta.get("sample_counts", {})
    held = len(meta.get("heldout_samples") or [])
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>{e(t['title'].format(name=name))}</title>",
             "<style>body{font-family:sans-serif;max-width:52em;margin:2em auto;color:#1b2430}"
             "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #aab;padding:.3em .6em}"
             "th{background:#eef}img{width:96px;height:96px;margin:2px}</style></head><body>",
             f"<h1>{e(t['title'].format(name=name))}</h1>",
             f"<p>{e(t['made'].format(date=meta.get('created_at', '')[:10], version=meta.get('app_version', '')))}</p>",
             f"<h2>{e(t['what'])}</h2><p>{e(t['what_text'].format(classes=', '.join(labels)))}</p>",
             f"<h2>{e(t['data'])}</h2>", *(f"<p>{e(line)}</p>" for line in _how_tested(meta, t, counts, held)),
             f"<table><tr><th>{e(t['class'])}</th><th>{e(t['pictures'])}</th><th>{e(t['accuracy'])}</th></tr>"]
    for label in labels:
        parts.append(f"<tr><td>{e(label)}</td><td>{counts.get(label, 0)}</td>"
                     f"<td>{_pct(metrics.get('per_class', {}).get(label))}</td></tr>")
    parts.append("</table>")
    parts.append(f"<h2>{e(t['how_good'])}</h2>")
    if metrics.get("accuracy") is None:
        parts.append(f"<p>{e(t['no_test'])}</p>")
    else:
        parts.append(f"<p>{e(t['overall'].format(accuracy=_pct(metrics['accuracy'])))}</p>")
        parts.append(f"<p>{e(t['confusion'])}</p><table><tr><th></th>"
                     + "".join(f"<th>{e(lb)}</th>" for lb in labels) + "</tr>")
        for label, row in zip(labels, metrics.get("confusion", []), strict=False):
            parts.append(f"<tr><th>{e(label)}</th>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>")
        parts.append("</table>")
    parts.append(f"<h2>{e(t['robust'])}</h2>")
    if robustness:
        parts.append(f"<table><tr><th>{e(t['variant'])}</th><th>{e(t['robust_acc'])}</th>"
                     f"<th>{e(t['robust_conf'])}</th></tr>")
        for key, value in robustness["results"].items():
            parts.append(f"<tr><td>{e(t['variants'].get(key, key))}</td><td>{_pct(value['accuracy'])}</td>"
                         f"<td>{_pct(value['confidence'])}</td></tr>")
        parts.append("</table>")
    else:
        parts.append(f"<p>{e(t['no_robust'])}</p>")
    parts.append(f"<h2>{e(t['limits'])}</h2><ul>" + "".join(f"<li>{e(x)}</li>" for x in t["limit_items"]) + "</ul>")
    if answers and any(answers.get(key) for key in QUESTIONS):
        parts.append(f"<h2>{e(t['answers'])}</h2>")
        parts.extend(f"<h3>{e(t[key])}</h3><p>{e(answers.get(key) or '—')}</p>" for key in QUESTIONS)
    if images:
        parts.append(f"<h2>{e(t['examples'])}</h2>")
        for label, paths in images.items():
            parts.append(f"<p><b>{e(label)}</b><br>")
            for path in paths[:4]:
                try:  # the one safe reader: a sample copied in from elsewhere may be anything
                    small = cv2.resize(read_image(path)[..., ::-1], (96, 96), interpolation=cv2.INTER_AREA)
                except ImageError:
                    continue
                ok, data = cv2.imencode(".jpg", small)
                if ok:
                    parts.append(f"<img alt='{e(label)}' src='data:image/jpeg;base64,"
                                 f"{base64.b64encode(data.tobytes()).decode()}'>")
            parts.append("</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write(path: Path, page: str) -> Path:
    atomic.write_text(Path(path), page)
    return Path(path)

"""Share check: precision and recall per kind and per language on the labelled sentences, and speed.

Run: .venv/bin/python benchmarks/share_check.py [--smoke]
Data: tests/text/data/share_{kk,ru,en}.jsonl, one sentence a line: {"text": ..., "spans": [{"kind", "text"}]}.
Scoring is span-level: a found span is right when an expected span of the same kind overlaps it; an expected span
is recalled when a found span of the same kind overlaps it. The last 18 sentences of each file were written after
the rules were in place, as a check on over-fitting (their misses were left as they are). --smoke scores every sentence too (it is quick) but
times a smaller input.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.text import share_check  # noqa: E402

DATA = ROOT / "tests" / "text" / "data"
LANGS = ("kk", "ru", "en")
HELD_OUT = 18


def load(lang: str) -> list[dict]:
    """The labelled sentences of one language, each expected span given its offsets (first occurrence)."""
    rows = []
    for line in (DATA / f"share_{lang}.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            for span in row["spans"]:
                span["start"] = row["text"].index(span["text"])
                span["end"] = span["start"] + len(span["text"])
            rows.append(row)
    return rows


def score(rows: list[dict]) -> dict[str, Counter]:
    """Per kind: true positives (found), false positives, expected and recalled counts."""
    counts: dict[str, Counter] = {}
    for row in rows:
        found = share_check.check(row["text"])
        expected = row["spans"]
        for f in found:
            hit = any(e["kind"] == f.kind and e["start"] < f.end and f.start < e["end"] for e in expected)
            counts.setdefault(f.kind, Counter())["tp" if hit else "fp"] += 1
        for e in expected:
            got = any(f.kind == e["kind"] and e["start"] < f.end and f.start < e["end"] for f in found)
            c = counts.setdefault(e["kind"], Counter())
            c["expected"] += 1
            c["recalled"] += got
    return counts


def prf(c: Counter) -> tuple[float | None, float | None, float | None]:
    found = c["tp"] + c["fp"]
    p = c["tp"] / found if found else None
    r = c["recalled"] / c["expected"] if c["expected"] else None
    f1 = 2 * p * r / (p + r) if p is not None and r is not None and p + r else (0.0 if p == 0 or r == 0 else None)
    return p, r, f1


def overall(counts: dict[str, Counter]) -> Counter:
    return sum(counts.values(), Counter())


def _pct(x: float | None) -> str:
    return "  -  " if x is None else f"{x:5.0%}"


def report(lang: str, counts: dict[str, Counter]) -> str:
    lines = [f"\n{lang}: kind        precision recall  F1   (found right/found, recalled/expected)"]
    for kind in share_check.KINDS:
        if kind in counts:
            c = counts[kind]
            p, r, f1 = prf(c)
            lines.append(f"  {kind:<12} {_pct(p)}    {_pct(r)}  {_pct(f1)}  ({c['tp']}/{c['tp'] + c['fp']}, "
                         f"{c['recalled']}/{c['expected']})")
    p, r, f1 = prf(overall(counts))
    lines.append(f"  {'ALL':<12} {_pct(p)}    {_pct(r)}  {_pct(f1)}")
    return "\n".join(lines)


def timing(smoke: bool) -> str:
    text = " ".join(row["text"] for lang in LANGS for row in load(lang))
    big = (text * (share_check.MAX_CHARS // len(text) + 1))[: share_check.MAX_CHARS]
    hostile = {"sentences at the limit": big,
               "digits and spaces": ("1 " * share_check.MAX_CHARS)[: share_check.MAX_CHARS],
               "no spaces": "a" * share_check.MAX_CHARS,
               "emoji and RTL marks": ("😀\u200f\u202eИван " * 20000)[: share_check.MAX_CHARS],
               "@ and dots": ("a@" + "a." * 30) * (share_check.MAX_CHARS // 62)}
    if smoke:
        hostile = {k: v[:10_000] for k, v in hostile.items()}
    lines = ["\nSpeed (one call of check):"]
    for name, value in hostile.items():
        start = time.perf_counter()
        share_check.check(value)
        lines.append(f"  {name:<24} {len(value):>7} chars  {time.perf_counter() - start:6.3f} s")
    start = time.perf_counter()
    try:
        share_check.check("x" * 1_000_000)
    except Exception as exc:  # noqa: BLE001 - we print what it says
        lines.append(f"  1 MB text refused in {time.perf_counter() - start:.6f} s: {exc}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a quick run (CI)")
    args = parser.parse_args()
    total: dict[str, Counter] = {}
    for lang in LANGS:
        rows = load(lang)
        counts = score(rows)
        print(f"\n{lang}: {len(rows)} sentences, {sum(bool(r['spans']) for r in rows)} with personal data")
        print(report(lang, counts))
        p, r, f1 = prf(overall(score(rows[-HELD_OUT:])))
        print(f"  last {HELD_OUT} sentences only (written after the rules): precision {_pct(p)}, recall {_pct(r)}, "
              f"F1 {_pct(f1)}")
        for kind, c in counts.items():
            total.setdefault(kind, Counter()).update(c)
    print(report("all languages", total))
    print(timing(args.smoke))


if __name__ == "__main__":
    main()

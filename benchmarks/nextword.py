"""Next-word machine: time to train on the app's lesson texts (target: under 1 s) and to generate, per language,
and how much of the generated text is copied word for word from the lessons.

Run: .venv/bin/python benchmarks/nextword.py [--smoke]
"""

from __future__ import annotations

import argparse
import platform
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.text import nextword  # noqa: E402

PROMPTS = {"kk": "модель", "ru": "модель", "en": "the model"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a quick run (CI)")
    args = parser.parse_args()
    repeats, words = (1, 50) if args.smoke else (5, 200)
    print(f"Python {platform.python_version()} on {platform.machine()}; best of {repeats}")
    print(f"lang  files  tokens  words   train (s)  generate {words} (s)  longest copy  share of 3-gram steps")
    for lang in nextword.LANGS:
        best, model = float("inf"), None
        for _ in range(repeats):
            start = time.perf_counter()
            model = nextword.train_lessons(lang)
            best = min(best, time.perf_counter() - start)
        start = time.perf_counter()
        generated = model.generate(PROMPTS[lang], words, 1.0, seed=0)
        gen_time = time.perf_counter() - start
        tokens = generated.prompt + generated.words
        a, b = model.copied_span(tokens)
        trigram = sum(o == 3 for o in generated.orders) / max(1, len(generated.orders))
        print(f"{lang:<5} {len(model.sources):>5}  {len(model.tokens):>6}  {len(model.vocabulary):>5}   "
              f"{best:9.3f}  {gen_time:17.3f}  {b - a:>5} tokens  {trigram:8.0%}")
        print(f"      sample: {nextword.detokenize(tokens[:25])} …")
        print(f"      copied: {nextword.detokenize(tokens[a:b])[:150]}")
    rng = random.Random(0)
    vocabulary = ["".join(rng.choice("абвгдеәіңқөүұ") for _ in range(rng.randint(2, 8))) for _ in range(50_000)]
    size = nextword.MAX_TEXT_CHARS // (10 if args.smoke else 1)
    own = " ".join(rng.choice(vocabulary) for _ in range(size // 4))[:size]
    start = time.perf_counter()
    model = nextword.train([own])
    trained = time.perf_counter() - start
    start = time.perf_counter()
    generated = model.generate("", words, 1.0, seed=0)
    model.copied_span(generated.prompt + generated.words)
    print(f"\nOwn text of {len(own):,} characters of random words ({len(model.tokens):,} tokens): train {trained:.2f} s, "
          f"generate {words} words and find the longest copy {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()

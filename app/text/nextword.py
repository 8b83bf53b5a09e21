"""The next-word machine: a tiny language model that counts which word follows which (word n-grams, n = 1…3).

Train it on text (by default the lesson texts Oyla ships in the chosen language, plus any text or .txt file the
student adds); ``candidates(context, k)`` gives the most likely next words with their probabilities, using the
longest context it has seen (three words, else two, else none: backoff); ``sample`` and ``generate`` pick words at
a "temperature" (0: always the most likely word; higher: rarer words more often). Everything it says it has
counted in its training text, so it repeats that text (``copied_span`` finds the longest verbatim run) and knows
nothing outside it (an unseen word gives no candidates of its own: it falls back to the most common words).
Plain Python, no Qt: a page can call it from a worker thread.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, OylaError

LANGS = ("kk", "ru", "en")
MAX_FILE_BYTES = 1_000_000  # about 500 pages; more makes training slow and big on a school laptop
MAX_TEXT_CHARS = 500_000  # all the training text together
MAX_WORDS = 500  # per generate() call
MAX_TEMPERATURE = 5.0
# Words of Cyrillic (Kazakh letters әғқңөұүһі included) or Latin script ("ai4k12", "3-сабақта" are one word),
# numbers, and punctuation that ends or
# splits a sentence. Bounded repetitions only: linear on any input.
TOKEN = re.compile(r"\d{1,10}[.,]\d{1,10}(?!\w)|[^\W_]{1,40}(?:[-'’][^\W_]{1,40}){0,3}|[.!?…,;:]")
SENTENCE_END = frozenset(".!?…")
PUNCTUATION = SENTENCE_END | frozenset(",;:")


def tokenize(text: str) -> list[str]:
    """Lower-case words, numbers and punctuation marks: "Менің атым Әлия." → ["менің", "атым", "әлия", "."]."""
    return [t.lower() for t in TOKEN.findall(text)]


def detokenize(tokens: Iterable[str]) -> str:
    """Tokens back to readable text: punctuation sticks to the word before it, sentences start with a capital."""
    out: list[str] = []
    capital = True
    for t in tokens:
        if t in PUNCTUATION:
            out.append(t)
        else:
            out.append((" " if out else "") + (t[:1].upper() + t[1:] if capital else t))
        capital = t in SENTENCE_END
    return "".join(out)


_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_MARKUP = [(re.compile(r"```.*?```", re.DOTALL), " "), (re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,500}\)"), " "),
           (re.compile(r"\[([^\]\n]{0,500})\]\([^)\n]{0,500}\)"), r"\1"), (re.compile(r"<[^>\n]{0,500}>"), " "),
           (re.compile(r"^\s{0,12}(?:#{1,6}|[-*+]|\d{1,3}[.)]|>)\s", re.MULTILINE), ""),
           (re.compile(r"[*_`|~]"), " ")]


def markdown_to_text(markdown: str) -> str:
    """The readable text of a lesson file: no YAML front matter, code, pictures, links' addresses or markup.
    Each line that does not end a sentence (a heading, a list item) gets a full stop."""
    text = _FRONT_MATTER.sub("", markdown.replace("\r\n", "\n"), count=1)
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line if line[-1] in ".!?…:" else line + "." for line in lines if line and any(
        c.isalpha() for c in line))


def lesson_files(lang: str, packs_dir: Path | None = None) -> list[Path]:
    """The lesson files in ``lang`` of every built-in pack (``<pack>/<lesson>/lesson.<lang>.md``)."""
    if lang not in LANGS:
        raise ValueError(f"language must be one of {LANGS}, not {lang!r}")
    if packs_dir is None:
        from app.resources import builtin_packs_dir

        packs_dir = builtin_packs_dir()
    return sorted(packs_dir.glob(f"*/*/lesson.{lang}.md")) if packs_dir is not None else []


def read_text_file(path: Path) -> str:
    """A student's .txt file as text: UTF-8 (with or without BOM) or UTF-16 with a BOM; refused with a clear
    message when it is too big or not text (a picture, a program, a zip)."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise OylaError(QT_TRANSLATE_NOOP("errors", "{file} is too big for the next-word machine: {size} bytes "
                                                    "(at most {limit})."), file=path.name, size=size,
                        limit=MAX_FILE_BYTES)
    with path.open("rb") as f:
        data = f.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:  # it grew, or it is not a regular file
        raise OylaError(QT_TRANSLATE_NOOP("errors", "{file} is too big for the next-word machine: {size} bytes "
                                                    "(at most {limit})."), file=path.name, size=len(data),
                        limit=MAX_FILE_BYTES)
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = data.decode("utf-16")
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    if text is None or "\x00" in text or sum(c < " " and c not in "\t\n\r\f" for c in text[:10_000]) > 10:
        raise OylaError(QT_TRANSLATE_NOOP("errors", "{file} is not a text file. Save it as plain text (.txt, "
                                                    "UTF-8) and try again."), file=path.name)
    return text


@dataclass(frozen=True)
class Candidate:
    """A possible next word: how often it followed the context, and that count as a share of all continuations.
    ``order`` is the n-gram used: 3 (two words of context), 2 (one word) or 1 (no context: word frequency)."""

    word: str
    probability: float
    count: int
    order: int


@dataclass
class Generation:
    """Words generated after a prompt, with the n-gram order each step used."""

    prompt: list[str]
    words: list[str]
    orders: list[int]

    @property
    def text(self) -> str:
        return detokenize(self.prompt + self.words)


@dataclass
class NGramModel:
    """Counts of word n-grams (n = 1…``n``) in the training text. ``counts[k]`` maps each k-gram (a tuple of
    words) to how often it occurs; ``following[k]`` maps each (k-1)-word context to a Counter of next words."""

    n: int = 3
    counts: dict[int, Counter] = field(default_factory=dict)
    following: dict[int, dict[tuple[str, ...], Counter]] = field(default_factory=dict)
    tokens: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    _index: _SuffixAutomaton | None = field(default=None, repr=False, compare=False)

    @property
    def vocabulary(self) -> set[str]:
        return {w for (w,) in self.counts.get(1, ())}

    def knows(self, word: str) -> bool:
        return (word.lower(),) in self.counts.get(1, {})

    def count(self, *words: str) -> int:
        """How often this sequence of 1…n words occurs in the training text."""
        gram = tuple(w.lower() for w in words)
        return self.counts.get(len(gram), {}).get(gram, 0)

    def top(self, order: int, k: int = 10) -> list[tuple[tuple[str, ...], int]]:
        """The ``k`` most frequent n-grams of this order, for the student to inspect."""
        return self.counts.get(order, Counter()).most_common(k)

    def _distribution(self, context: Iterable[str]) -> tuple[int, Counter]:
        ctx = [t.lower() for t in context][-(self.n - 1):] if self.n > 1 else []
        for order in range(len(ctx) + 1, 1, -1):  # longest seen context first, then back off
            following = self.following.get(order, {}).get(tuple(ctx[len(ctx) - order + 1:]))
            if following:
                return order, following
        return 1, self.following.get(1, {}).get((), Counter())

    def candidates(self, context: Iterable[str] | str, k: int = 5) -> list[Candidate]:
        """The ``k`` most likely next words after ``context`` (text or tokens), most likely first."""
        tokens = tokenize(context) if isinstance(context, str) else list(context)
        order, following = self._distribution(tokens)
        total = sum(following.values())
        return [Candidate(w, c / total, c, order) for w, c in following.most_common(k)] if total else []

    def sample(self, context: Iterable[str] | str, temperature: float, rng: random.Random) -> tuple[str, int] | None:
        """One next word drawn at ``temperature`` (0 = the most likely) and the order used; None if untrained."""
        if not 0 <= temperature <= MAX_TEMPERATURE:
            raise ValueError(f"temperature must be from 0 to {MAX_TEMPERATURE}")
        tokens = tokenize(context) if isinstance(context, str) else list(context)
        order, following = self._distribution(tokens)
        if not following:
            return None
        if temperature == 0:
            return following.most_common(1)[0][0], order
        words = list(following)
        top = max(following.values())
        weights = [(following[w] / top) ** (1 / temperature) for w in words]
        return rng.choices(words, weights)[0], order

    def generate(self, prompt: str, n_words: int = 20, temperature: float = 1.0, seed: int | None = 0) -> Generation:
        """``n_words`` (at most ``MAX_WORDS``) words after ``prompt``; the same seed gives the same words."""
        if not 0 <= n_words <= MAX_WORDS:
            raise ValueError(f"n_words must be from 0 to {MAX_WORDS}")
        rng = random.Random(seed)
        start = tokenize(prompt)
        words: list[str] = []
        orders: list[int] = []
        for _ in range(n_words):
            step = self.sample(start + words, temperature, rng)
            if step is None:
                break
            words.append(step[0])
            orders.append(step[1])
        return Generation(start, words, orders)

    def copied_span(self, tokens: list[str] | str) -> tuple[int, int]:
        """(start, end): the longest run ``tokens[start:end]`` that appears word for word in the training text."""
        tokens = tokenize(tokens) if isinstance(tokens, str) else [t.lower() for t in tokens]
        if self._index is None:
            self._index = _SuffixAutomaton(self.tokens)
        return self._index.longest_common(tokens)

    def unknown_words(self, text: str) -> list[str]:
        """Words of ``text`` that never occur in the training text: the model knows nothing about them."""
        return [t for t in tokenize(text) if t not in PUNCTUATION and not self.knows(t)]


class _SuffixAutomaton:
    """All runs of the training tokens, for finding the longest verbatim copy in linear time."""

    def __init__(self, tokens: list[str]) -> None:
        self.next: list[dict[str, int]] = [{}]
        self.link, self.length = [-1], [0]
        last = 0
        for t in tokens:
            cur = len(self.length)
            self.next.append({})
            self.length.append(self.length[last] + 1)
            self.link.append(0)
            p = last
            while p != -1 and t not in self.next[p]:
                self.next[p][t] = cur
                p = self.link[p]
            if p != -1:
                q = self.next[p][t]
                if self.length[p] + 1 == self.length[q]:
                    self.link[cur] = q
                else:
                    clone = len(self.length)
                    self.next.append(dict(self.next[q]))
                    self.length.append(self.length[p] + 1)
                    self.link.append(self.link[q])
                    while p != -1 and self.next[p].get(t) == q:
                        self.next[p][t] = clone
                        p = self.link[p]
                    self.link[q] = self.link[cur] = clone
            last = cur

    def longest_common(self, tokens: list[str]) -> tuple[int, int]:
        state, length, best = 0, 0, (0, 0)
        for i, t in enumerate(tokens):
            while state and t not in self.next[state]:
                state = self.link[state]
                length = self.length[state]
            if t in self.next[state]:
                state, length = self.next[state][t], length + 1
            if length > best[1] - best[0]:
                best = (i + 1 - length, i + 1)
        return best


def train(texts: Iterable[str], n: int = 3, sources: Iterable[str] = ()) -> NGramModel:
    """Count the n-grams (1…``n``) of ``texts``; each text ends a sentence, so texts do not run into each other."""
    if n not in (1, 2, 3):
        raise ValueError("n must be 1, 2 or 3")
    tokens: list[str] = []
    size = 0
    for text in texts:
        size += len(text)
        if size > MAX_TEXT_CHARS:
            raise OylaError(QT_TRANSLATE_NOOP("errors", "The text is too long for the next-word machine: {size} "
                                                        "characters (at most {limit})."), size=size,
                            limit=MAX_TEXT_CHARS)
        words = tokenize(text)
        if words:
            tokens += words if words[-1] in SENTENCE_END else [*words, "."]
    model = NGramModel(n=n, tokens=tokens, sources=list(sources))
    for order in range(1, n + 1):
        grams = Counter(zip(*(tokens[i:] for i in range(order)), strict=False))
        model.counts[order] = grams
        if order == 1:
            model.following[1] = {(): Counter({w: c for (w,), c in grams.items()})}
        else:
            following: dict[tuple[str, ...], Counter] = {}
            for gram, c in grams.items():
                following.setdefault(gram[:-1], Counter())[gram[-1]] = c
            model.following[order] = following
    return model


def train_lessons(lang: str, extra: Iterable[str] = (), n: int = 3, packs_dir: Path | None = None) -> NGramModel:
    """A model of the built-in lesson texts in ``lang`` plus any ``extra`` texts (the student's own)."""
    files = lesson_files(lang, packs_dir)
    texts = [markdown_to_text(p.read_text(encoding="utf-8")) for p in files]
    extra = list(extra)
    return train(texts + extra, n, [f"{p.parent.parent.name}/{p.parent.name}" for p in files]
                 + [f"own text {i + 1}" for i in range(len(extra))])

"""The next-word machine: tokeniser, counts, backoff, sampling, generation, copying, unseen words, files."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from app.errors import OylaError
from app.text import nextword as nw

TEXT = "the cat sat on the mat. the cat ate the fish. a dog sat on the cat."


def test_tokenizer_keeps_kazakh_letters_and_punctuation():
    assert nw.tokenize("Менің атым Әлия, мен 7-сыныптамын!") == ["менің", "атым", "әлия", ",", "мен", "7-сыныптамын",
                                                                  "!"]
    assert nw.tokenize("ҚҰЛЫН ҮЙГЕ ҒАНА ҰШТЫ. Һәм Іні") == ["құлын", "үйге", "ғана", "ұшты", ".", "һәм", "іні"]
    assert nw.tokenize("Привет, мир! Hello 😀\u200f world… 3.5") == ["привет", ",", "мир", "!", "hello", "world", "…",
                                                                   "3.5"]
    assert nw.detokenize(["привет", ",", "мир", "!", "как", "дела", "?"]) == "Привет, мир! Как дела?"


def test_counts_are_the_ngrams_of_the_text():
    model = nw.train([TEXT])
    tokens = nw.tokenize(TEXT)
    assert model.count("the") == tokens.count("the") == 5
    assert model.count("the", "cat") == 3 and model.count("sat", "on", "the") == 2
    assert model.count("cat", "the") == 0 and model.count("pizza") == 0
    assert sum(model.counts[1].values()) == len(tokens)
    assert sum(model.counts[3].values()) == len(tokens) - 2
    assert model.top(2, 1) == [(("the", "cat"), 3)]


def test_candidates_use_the_longest_seen_context_then_back_off():
    model = nw.train([TEXT])
    after_the = model.candidates("the", 10)
    assert after_the[0].word == "cat" and after_the[0].order == 2
    assert after_the[0].probability == pytest.approx(3 / 5) and after_the[0].count == 3
    assert sum(c.probability for c in after_the) == pytest.approx(1)
    (only,) = model.candidates("sat on", 10)  # trigram: "sat on" is always followed by "the"
    assert (only.word, only.probability, only.order) == ("the", 1.0, 3)
    backed = model.candidates("zebra on", 10)  # "zebra on" never seen: back off to "on"
    assert backed[0].order == 2 and backed[0].word == "the"
    unseen = model.candidates("zebra", 3)  # nothing known: the most common words of all
    assert [c.order for c in unseen] == [1, 1, 1] and unseen[0].word == "the"
    assert model.unknown_words("The zebra ate pizza.") == ["zebra", "pizza"]
    assert nw.train([TEXT], n=1).candidates("sat on", 1)[0].order == 1


def test_sampling_follows_the_counts_and_temperature():
    model = nw.train([TEXT])
    rng = random.Random(0)
    assert model.sample("the", 0, rng) == ("cat", 2)
    draws = Counter(model.sample("the", 1.0, rng)[0] for _ in range(6000))
    assert set(draws) == {"cat", "mat", "fish"}
    assert draws["cat"] / 6000 == pytest.approx(3 / 5, abs=0.03)
    assert draws["mat"] / 6000 == pytest.approx(1 / 5, abs=0.03)
    hot = Counter(model.sample("the", 5.0, rng)[0] for _ in range(6000))
    assert hot["cat"] < draws["cat"] and hot["mat"] > draws["mat"]  # hotter: rarer words more often
    with pytest.raises(ValueError):
        model.sample("the", -1, rng)
    assert nw.train([]).sample("the", 1.0, rng) is None


def test_generate_is_repeatable_and_copies_its_training_text():
    model = nw.train([TEXT])
    first = model.generate("the", 12, 0.7, seed=5)
    assert first == model.generate("the", 12, 0.7, seed=5)
    assert len(first.words) == len(first.orders) == 12
    assert set(first.words) <= model.vocabulary
    greedy = model.generate("a", 3, 0, seed=None)
    assert greedy.words == ["dog", "sat", "on"] and greedy.text == "A dog sat on"
    start, end = model.copied_span(greedy.prompt + greedy.words)
    assert (start, end) == (0, 4)  # "a dog sat on" is in the text word for word
    assert model.copied_span("a dog sat on the mat") == (0, 5)
    assert model.copied_span("zebra pizza") == (0, 0)
    with pytest.raises(ValueError):
        model.generate("the", nw.MAX_WORDS + 1)


def test_trained_on_the_lessons_in_each_language():
    for lang, word in (("kk", "модель"), ("ru", "модель"), ("en", "model")):
        files = nw.lesson_files(lang)
        assert len(files) >= 10 and all(p.name == f"lesson.{lang}.md" for p in files)
        model = nw.train_lessons(lang)
        assert len(model.tokens) > 3000 and model.knows(word)
        assert model.count("kind", ":") == model.count("id", ":") == 0  # no YAML front matter
        assert not model.knows("svg")  # no picture file names
        generated = model.generate(word, 30, 0.8, seed=1)
        start, end = model.copied_span(generated.prompt + generated.words)
        assert end - start >= 4  # a trigram model repeats its training text
    with pytest.raises(ValueError):
        nw.lesson_files("de")


def test_own_text_is_added_and_known():
    model = nw.train_lessons("en", extra=["Oyla robots love zebra pizza. Zebra pizza is tasty."])
    assert model.knows("zebra") and model.candidates("zebra", 1)[0].word == "pizza"
    assert model.sources[-1] == "own text 1"


def test_markdown_to_text():
    md = ("---\ntitle: X\nsteps:\n  - id: intro\n---\n\n## A heading\n\nSome **bold** text with a [link](http://x).\n"
          "![picture](images/a.svg)\n\n- item one\n- item two.\n\n| a | b |\n")
    assert nw.markdown_to_text(md) == "A heading.\nSome bold text with a link.\nitem one.\nitem two.\na b."


def test_text_files_limits_and_binary(tmp_path):
    good = tmp_path / "story.txt"
    good.write_text("Бір күні Асқар мектепке барды.", encoding="utf-8-sig")
    assert nw.read_text_file(good) == "Бір күні Асқар мектепке барды."
    utf16 = tmp_path / "u16.txt"
    utf16.write_text("Сәлем әлем", encoding="utf-16")
    assert nw.read_text_file(utf16) == "Сәлем әлем"
    picture = tmp_path / "photo.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(OylaError, match="not a text file"):
        nw.read_text_file(picture)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a " * (nw.MAX_FILE_BYTES // 2 + 1))
    with pytest.raises(OylaError, match="too big"):
        nw.read_text_file(big)
    with pytest.raises(OylaError, match="too long"):
        nw.train(["a" * (nw.MAX_TEXT_CHARS + 1)])
    with pytest.raises(OylaError, match="too long"):  # the limit is for all the texts together
        nw.train(["a b c. " * (nw.MAX_TEXT_CHARS // 14)] * 3)

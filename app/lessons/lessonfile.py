"""Parse and validate one ``lesson.<lang>.md`` file: YAML front matter plus a Markdown body split into steps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.errors import QT_TRANSLATE_NOOP
from app.lessons import model as m
from app.lessons.fields import Fields, read_text
from app.lessons.render import parse_body

FRONT_KEYS = ("title", "objective", "minutes", "ages", "big_ideas", "unesco", "privacy", "steps", "checks", "quiz")
FRONT_REQUIRED = ("title", "objective", "minutes", "ages", "big_ideas", "unesco", "privacy", "steps")
STEP_KEYS = ("id", "kind", "page", "setup", "check", "quiz")
MAX_TEXT_BYTES = 100_000  # the longest built-in lesson file has about 11 000 bytes
MAX_LINES = 2_000  # ... and 137 lines


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """``(yaml_text, body, body_first_line)``; front matter is between a first line ``---`` and the next ``---``."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return "".join(lines[1:index]), "".join(lines[index + 1:]), index + 2
    return None


def parse_lesson_file(path: Path, lang: str, file: str, issues: list[m.PackIssue]) -> m.LessonText | None:
    """The lesson text, or ``None`` after adding every problem found to ``issues``."""
    start = len(issues)
    text = read_text(path, file, issues, MAX_TEXT_BYTES)
    if text is None:
        return None
    lines = text.count("\n") + 1
    if lines > MAX_LINES:  # checked before Markdown parsing, whose time grows with the number of lines
        issues.append(m.PackIssue(file, 0, QT_TRANSLATE_NOOP(
            "errors", "the file has {lines} lines, more than {limit}"), {"lines": lines, "limit": MAX_LINES}))
        return None
    parts = split_front_matter(text)
    if parts is None:
        issues.append(m.PackIssue(file, 1, QT_TRANSLATE_NOOP(
            "errors", "the file must start with front matter: a line \"---\", YAML lines, then another \"---\"")))
        return None
    yaml_text, body, body_line = parts
    if not yaml_text.strip():
        issues.append(m.PackIssue(file, 1, QT_TRANSLATE_NOOP("errors", "the front matter is empty")))
        return None
    f = Fields(file, issues, first_line=2)
    raw = f.parse(yaml_text)
    front = f.mapping(raw, (), FRONT_KEYS, FRONT_REQUIRED) if raw is not None else None
    if front is None:
        return None
    checks = _checks(f, front.get("checks", []))
    quiz = _quiz(f, front.get("quiz", []))
    # References are checked against every id written down, so one broken quiz does not also break its step.
    steps = _steps(f, front["steps"], _declared(front.get("checks")), _declared(front.get("quiz"))) \
        if "steps" in front else []
    used_checks = {c for s in steps for c in s.checks}
    used_quiz = {q for s in steps for q in s.quizzes}
    for index, check in enumerate(checks):
        if check.id not in used_checks:
            f.error(("checks", index), QT_TRANSLATE_NOOP("errors", "check \"{id}\" is not used by any check step"),
                    id=check.id)
    for index, question in enumerate(quiz):
        if question.id not in used_quiz:
            f.error(("quiz", index), QT_TRANSLATE_NOOP("errors", "quiz \"{id}\" is not used by any quiz step"),
                    id=question.id)
    privacy = _privacy(f, front["privacy"]) if "privacy" in front else None
    sections = parse_body(body, body_line, file, path.parent, issues)
    if steps and len(sections) != len(steps):
        where = sections[len(steps)].line if len(sections) > len(steps) else f.line(("steps",))
        issues.append(m.PackIssue(file, where, QT_TRANSLATE_NOOP(
            "errors", "the text has {found} \"## \" step headings but \"steps\" lists {expected} steps"),
            {"found": len(sections), "expected": len(steps)}))
    def get(key: str, check, *args):  # noqa: ANN001, ANN202 - validate a key only if present (missing: reported)
        return check(front[key], (key,), *args) if key in front else None

    lesson = m.LessonText(
        lang=lang,
        file=path,
        title=get("title", f.text) or "",
        objective=get("objective", f.text) or "",
        minutes=get("minutes", f.integer, 5, 240) or 0,
        ages=get("ages", f.age_range) or (0, 0),
        big_ideas=_big_ideas(f, front["big_ideas"]) if "big_ideas" in front else (),
        unesco=tuple(_texts(f, front["unesco"], ("unesco",))) if "unesco" in front else (),
        privacy=privacy or m.Privacy(),
        steps=tuple(
            m.Step(id=s.id, kind=s.kind, title=sec.title, body=sec.body.strip("\n") + "\n", line=sec.line,
                   page=s.page, setup=s.setup, checks=s.checks, quizzes=s.quizzes)
            for s, sec in zip(steps, sections, strict=False)
        ),
        checks=tuple(checks),
        quiz=tuple(quiz),
        lines=dict(f.lines),
    )
    return lesson if len(issues) == start else None


def _declared(items: Any) -> set[str]:
    return {str(i["id"]) for i in items if isinstance(i, dict) and "id" in i} if isinstance(items, list) else set()


def _texts(f: Fields, value: Any, path: tuple) -> list[str]:
    items = f.items(value, path, 1, 20) or []
    return [t for i, v in enumerate(items) if (t := f.text(v, (*path, i)))]


def _big_ideas(f: Fields, value: Any) -> tuple[int, ...]:
    items = f.items(value, ("big_ideas",), 1, 5) or []
    return tuple(n for i, v in enumerate(items) if (n := f.integer(v, ("big_ideas", i), 1, 5)) is not None)


def _privacy(f: Fields, value: Any) -> m.Privacy | None:
    data = f.mapping(value, ("privacy",), ("faces", "delete_samples_at_end"), ("faces", "delete_samples_at_end"))
    if data is None:
        return None
    faces = f.choice(data.get("faces"), ("privacy", "faces"), m.FACES) if "faces" in data else None
    delete = f.flag(data.get("delete_samples_at_end"), ("privacy", "delete_samples_at_end")) \
        if "delete_samples_at_end" in data else None
    return m.Privacy(faces or "refuse", bool(delete))


def _refs(f: Fields, value: Any, path: tuple, known: set[str], what: str) -> tuple[str, ...]:
    values = value if isinstance(value, list) else [value]
    if not values:
        f.error(path, QT_TRANSLATE_NOOP("errors", "\"{key}\" must name at least one {what}"), key=f.name(path), what=what)
    refs = []
    for index, item in enumerate(values):
        item_path = (*path, index) if isinstance(value, list) else path
        ref = f.slug(item, item_path)
        if ref is not None and ref not in known:
            f.error(item_path, QT_TRANSLATE_NOOP("errors", "there is no {what} with the id \"{id}\""), what=what, id=ref)
        elif ref is not None:
            refs.append(ref)
    return tuple(refs)


def _steps(f: Fields, value: Any, check_ids: set[str], quiz_ids: set[str]) -> list[m.Step]:
    steps: list[m.Step] = []
    seen: set[str] = set()
    items = f.items(value, ("steps",), 1, 100) or []
    for index, item in enumerate(items):
        path = ("steps", index)
        data = f.mapping(item, path, STEP_KEYS, ("id", "kind"))
        if data is None:
            continue
        step_id = f.slug(data.get("id"), (*path, "id")) if "id" in data else None
        kind = f.choice(data.get("kind"), (*path, "kind"), m.STEP_KINDS) if "kind" in data else None
        if step_id in seen:
            f.error((*path, "id"), QT_TRANSLATE_NOOP("errors", "the step id \"{id}\" is used twice"), id=step_id)
        seen.add(step_id or "")
        allowed = {"activity": ("page", "setup"), "check": ("check",), "quiz": ("quiz",)}.get(kind or "", ())
        for key in ("page", "setup", "check", "quiz"):
            if key in data and kind and key not in allowed:
                f.error((*path, key), QT_TRANSLATE_NOOP("errors", "a \"{kind}\" step cannot have \"{key}\""),
                        kind=kind, key=key)
        required = {"activity": "page", "check": "check", "quiz": "quiz"}.get(kind or "")
        if required and required not in data:
            f.error(path, QT_TRANSLATE_NOOP("errors", "a \"{kind}\" step needs \"{key}\""), kind=kind, key=required)
        if kind == "teacher" and index != len(items) - 1:
            f.error((*path, "kind"), QT_TRANSLATE_NOOP("errors", "the teacher step must be the last step"))
        page = f.choice(data["page"], (*path, "page"), m.PAGES) if kind == "activity" and "page" in data else None
        setup = _setup(f, data["setup"], (*path, "setup")) if kind == "activity" and "setup" in data else None
        checks = _refs(f, data["check"], (*path, "check"), check_ids, "check") if kind == "check" and "check" in data else ()
        quizzes = _refs(f, data["quiz"], (*path, "quiz"), quiz_ids, "quiz") if kind == "quiz" and "quiz" in data else ()
        if step_id and kind:
            steps.append(m.Step(step_id, kind, "", "", 0, page, setup, checks, quizzes))
    return steps


def _setup(f: Fields, value: Any, path: tuple) -> m.Setup | None:
    data = f.mapping(value, path, ("classes", "camera", "head", "threshold"), ())
    if data is None:
        return None
    classes = tuple(_texts(f, data["classes"], (*path, "classes"))) if "classes" in data else ()
    camera = f.flag(data["camera"], (*path, "camera")) if "camera" in data else None
    head = f.choice(data["head"], (*path, "head"), m.HEADS) if "head" in data else None
    threshold = f.number(data["threshold"], (*path, "threshold"), 0.0, 1.0) if "threshold" in data else None
    return m.Setup(classes, camera, head, threshold)


def _checks(f: Fields, value: Any) -> list[m.Check]:
    checks: list[m.Check] = []
    seen: set[str] = set()
    for index, item in enumerate(f.items(value, ("checks",), 0, 50) or []):
        path = ("checks", index)
        data = f.mapping(item, path, ("id", "kind", "value"), ("id", "kind"))
        if data is None:
            continue
        check_id = f.slug(data.get("id"), (*path, "id")) if "id" in data else None
        kind = f.choice(data.get("kind"), (*path, "kind"), m.CHECK_KINDS) if "kind" in data else None
        if check_id in seen:
            f.error((*path, "id"), QT_TRANSLATE_NOOP("errors", "the check id \"{id}\" is used twice"), id=check_id)
        seen.add(check_id or "")
        value_path = (*path, "value")
        raw = data.get("value", True)
        check_value: Any = None
        if kind in m.CHECK_INT_KINDS:
            check_value = f.integer(data.get("value"), value_path, 1, 10_000)
        elif kind in m.CHECK_FRACTION_KINDS:
            check_value = f.number(data.get("value"), value_path, 0.0, 1.0)
        elif kind == "threshold_set":
            check_value = True if raw is True else f.number(raw, value_path, 0.0, 1.0)
        elif kind in m.CHECK_FLAG_KINDS:
            check_value = True if raw is True else None
            if raw is not True:
                f.error(value_path, QT_TRANSLATE_NOOP("errors", "the value of a \"{kind}\" check must be true"),
                        kind=kind)
        if check_id and kind and check_value is not None:
            checks.append(m.Check(check_id, kind, check_value))
    return checks


def _quiz(f: Fields, value: Any) -> list[m.Quiz]:
    quiz: list[m.Quiz] = []
    seen: set[str] = set()
    keys = ("id", "kind", "question", "options", "answer", "explain")
    for index, item in enumerate(f.items(value, ("quiz",), 0, 50) or []):
        path = ("quiz", index)
        data = f.mapping(item, path, (*keys, "hint"), keys)
        if data is None:
            continue
        quiz_id = f.slug(data.get("id"), (*path, "id")) if "id" in data else None
        if quiz_id in seen:
            f.error((*path, "id"), QT_TRANSLATE_NOOP("errors", "the quiz id \"{id}\" is used twice"), id=quiz_id)
        seen.add(quiz_id or "")
        kind = f.choice(data.get("kind"), (*path, "kind"), m.QUIZ_KINDS) if "kind" in data else None
        question = f.text(data.get("question"), (*path, "question")) if "question" in data else None
        explain = f.text(data.get("explain"), (*path, "explain")) if "explain" in data else None
        hint = f.text(data.get("hint"), (*path, "hint")) if "hint" in data else ""
        options = f.items(data.get("options"), (*path, "options"), 2, 8) if "options" in data else None
        texts = [f.text(v, (*path, "options", i)) for i, v in enumerate(options or [])]
        answer = f.items(data.get("answer"), (*path, "answer"), 1, 8) if "answer" in data else None
        indices = []
        for i, v in enumerate(answer or []):
            n = f.integer(v, (*path, "answer", i), 0, max(len(texts) - 1, 0))
            if n is not None:
                indices.append(n)
        if len(set(indices)) != len(indices):
            f.error((*path, "answer"), QT_TRANSLATE_NOOP("errors", "\"answer\" lists the same option twice"))
        if kind == "single" and answer is not None and len(answer) != 1:
            f.error((*path, "answer"), QT_TRANSLATE_NOOP("errors", "a \"single\" quiz needs exactly one answer"))
        if quiz_id and kind and question and explain and options and all(texts) and answer and len(indices) == len(answer):
            quiz.append(m.Quiz(quiz_id, kind, question, tuple(texts), tuple(sorted(indices)), explain, hint or ""))
    return quiz

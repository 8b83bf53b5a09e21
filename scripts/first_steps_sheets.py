"""Write the printable sheets of the built-in pack lessons/first-steps (A4 portrait SVG, black and white).

Run from the repository root after changing a text here: ``.venv/bin/python scripts/first_steps_sheets.py``.
Each sheet with words is written once per language as ``<lesson>/sheets/<name>.<lang>.svg``; the lessons
reference them in their teacher notes. Coordinates are millimetres (viewBox 0 0 210 297).
"""

from __future__ import annotations

import html
from pathlib import Path

PACK = Path(__file__).resolve().parents[1] / "lessons" / "first-steps"
LANGS = ("kk", "ru", "en")
FONT = "DejaVu Sans, Arial, sans-serif"
W, H, M = 210, 297, 12  # page and margin, mm
GREY = "#bbbbbb"


class Sheet:
    def __init__(self, title: str, lesson: str, name_line: str | None):
        self.parts: list[str] = [f'<rect width="{W}" height="{H}" fill="#ffffff"/>']
        self.title = title
        self.text(M, 12, lesson, 4.2)
        self.text(M, 22, title, min(7.5, 7.5 * (W - 2 * M) / text_width(title, 7.5)), bold=True)
        if name_line:
            self.text(W - M, 12, name_line + " ____________________", 4.2, anchor="end")
        self.line(M, 26, W - M, 26, 0.6)

    def text(self, x, y, s, size=5.0, bold=False, anchor="start", fill="#000000"):
        weight = ' font-weight="bold"' if bold else ""
        self.parts.append(f'<text x="{x:.1f}" y="{y:.1f}" font-family="{FONT}" font-size="{size}"{weight} '
                          f'text-anchor="{anchor}" fill="{fill}">{html.escape(s, quote=False)}</text>')

    def para(self, x, y, s, width, size=5.0, bold=False, anchor="start", gap=1.3) -> float:
        """Wrapped text; returns the y below the last line."""
        for line in wrap(s, width, size):
            self.text(x, y, line, size, bold, anchor)
            y += size * gap
        return y

    def rect(self, x, y, w, h, stroke=0.5, fill="none", dash=None, rx=0):
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        self.parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" rx="{rx}" fill="{fill}" '
                          f'stroke="#000000" stroke-width="{stroke}"{extra}/>')

    def line(self, x1, y1, x2, y2, stroke=0.3, dash=None):
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        self.parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#000000" '
                          f'stroke-width="{stroke}"{extra}/>')

    def raw(self, element: str):
        self.parts.append(element)

    def box(self, x, y, size=5.0):
        self.rect(x, y - size + 0.8, size, size, 0.5)

    def lines(self, x, y, width, count, gap=9.0) -> float:
        """Writing lines; returns the y below them."""
        for _ in range(count):
            y += gap
            self.line(x, y, x + width, y, 0.25, "1 1")
        return y + 3

    def table(self, x, y, widths, head, rows, row_h=10.0, size=4.5) -> float:
        self.rect(x, y, sum(widths), row_h, 0.5, "#e6e6e6")
        for r, row in enumerate([head] + rows):
            top = y + r * row_h
            cx = x
            for w, cell in zip(widths, row, strict=True):
                self.rect(cx, top, w, row_h, 0.5)
                if cell:
                    self.para(cx + 1.5, top + row_h / 2 + size * 0.35 - (0.65 * size if len(wrap(cell, w - 3, size)) > 1
                                                                         else 0), cell, w - 3, size, bold=r == 0,
                              gap=1.15)
                cx += w
        return y + (len(rows) + 1) * row_h + 6

    def svg(self) -> str:
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<svg xmlns="http://www.w3.org/2000/svg" width="420" height="594" viewBox="0 0 {W} {H}">\n'
                f"<title>{html.escape(self.title, quote=False)}</title>\n" + "\n".join(self.parts) + "\n</svg>\n")


_METRICS = []


def text_width(s: str, size: float) -> float:
    """Width in mm of ``s`` in bold DejaVu Sans at ``size`` mm (bold: the wider, so plain text fits too)."""
    if not _METRICS:
        from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication

        _METRICS.append(QGuiApplication.instance() or QGuiApplication(["sheets", "-platform", "offscreen"]))
        font = QFont("DejaVu Sans")
        font.setPixelSize(100)
        font.setBold(True)
        _METRICS.append(QFontMetricsF(font))
    return _METRICS[1].horizontalAdvance(s) * size / 100


def wrap(s: str, width: float, size: float) -> list[str]:
    out, line = [], ""
    for word in s.split():
        if line and text_width(f"{line} {word}", size) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return out + ([line] if line else [])


def lesson_label(lang: str, n: int) -> str:
    return {"kk": f"{n}-сабақ · Oyla", "ru": f"Урок {n} · Oyla", "en": f"Lesson {n} · Oyla"}[lang]


NAME = {"kk": "Аты-жөні:", "ru": "Имя:", "en": "Name:"}
CUT = {"kk": "Қиып ал: үзік сызық бойымен", "ru": "Разрежь по пунктирным линиям", "en": "Cut along the dashed lines"}


def cards(sheet: Sheet, texts: list[tuple[str, bool]], cols: int, top: float, card_h: float, size=5.5):
    """A grid of cut-out cards; (text, is_heading) each."""
    card_w = (W - 2 * M) / cols
    for i, (s, heading) in enumerate(texts):
        x, y = M + (i % cols) * card_w, top + (i // cols) * card_h
        sheet.rect(x, y, card_w, card_h, 0.4, "#e6e6e6" if heading else "none", "2 1.5")
        lines = wrap(s, card_w - 10, size + (1.5 if heading else 0))
        fs = size + (1.5 if heading else 0)
        y0 = y + card_h / 2 - (len(lines) - 1) * fs * 0.65 + fs * 0.35
        for k, line in enumerate(lines):
            sheet.text(x + card_w / 2, y0 + k * fs * 1.3, line, fs, bold=heading, anchor="middle")


# ---- lesson 1 -------------------------------------------------------------------------------------------------
PIXELS = {
    "en": ("Pixels on paper: 8 × 8 grids",
           ["1. Draw a simple shape in “My shape”. Do not show it!",
            "2. In “My numbers”, write 0 in every dark square and 9 in every light one.",
            "3. Read only the numbers aloud, row by row. Your partner writes them in “Numbers I heard” and colours "
            "the last grid from them.", "4. Compare the two drawings."],
           ["My shape", "My numbers", "Numbers I heard", "Colour it from the numbers"], "0 = dark … 9 = light"),
    "ru": ("Пиксели на бумаге: сетки 8 × 8",
           ["1. Нарисуй простую фигуру в сетке «Мой рисунок». Партнёру не показывай!",
            "2. В сетке «Мои числа» напиши 0 в каждой тёмной клетке и 9 в каждой светлой.",
            "3. Прочитай вслух только числа, строку за строкой. Партнёр записывает их в «Числа, которые я услышал» "
            "и закрашивает по ним последнюю сетку.", "4. Сравните два рисунка."],
           ["Мой рисунок", "Мои числа", "Числа, которые я услышал", "Закрась по числам"], "0 — тёмная … 9 — светлая"),
    "kk": ("Қағаздағы пикселдер: 8 × 8 торлар",
           ["1. «Менің суретім» торына қарапайым пішін сал. Жұбыңа көрсетпе!",
            "2. «Менің сандарым» торында әр қараңғы шаршыға 0, әр ашық шаршыға 9 жаз.",
            "3. Тек сандарды жол-жолымен дауыстап оқы. Жұбың оларды «Естіген сандарым» торына жазып, соңғы торды "
            "солар бойынша бояйды.", "4. Екі суретті салыстырыңдар."],
           ["Менің суретім", "Менің сандарым", "Естіген сандарым", "Сандар бойынша боя"], "0 — қараңғы … 9 — ашық"),
}


def pixel_grids(lang: str) -> Sheet:
    title, steps, labels, key = PIXELS[lang]
    s = Sheet(title, lesson_label(lang, 1), NAME[lang])
    y = 34
    for step in steps:
        y = s.para(M, y, step, W - 2 * M, 4.6) + 0.8
    cell, gap = 9.0, 20.0
    left = (W - 2 * 8 * cell - gap) / 2
    for i, label in enumerate(labels):
        gx, gy = left + (i % 2) * (8 * cell + gap), y + 10 + (i // 2) * (8 * cell + 22)
        s.text(gx, gy - 3, label, 4.6, bold=True)
        for r in range(8):
            s.text(gx - 2, gy + r * cell + cell * 0.68, str(r + 1), 4.0, anchor="end")
            for c in range(8):
                s.rect(gx + c * cell, gy + r * cell, cell, cell, 0.35)
        s.rect(gx, gy, 8 * cell, 8 * cell, 0.8)
    ky = y + 10 + 2 * (8 * cell + 22) - 8
    kx = (W - 10 * 12) / 2
    for v in range(10):
        shade = round(255 * v / 9)
        s.raw(f'<rect x="{kx + v * 12:.1f}" y="{ky:.1f}" width="12" height="10" fill="rgb({shade},{shade},{shade})" '
              f'stroke="#000000" stroke-width="0.35"/>')
        s.text(kx + v * 12 + 6, ky + 15, str(v), 4.5, anchor="middle")
    s.text(W / 2, ky + 23, key, 4.6, anchor="middle")
    return s


# ---- lesson 2 -------------------------------------------------------------------------------------------------
DATA_CARDS = {
    "en": ("Whose picture is it? Sorting cards", ["OK to share", "Ask first", "Never share"],
           ["a photo of your pencil case", "your face", "your friend's face at a birthday party", "your home address",
            "a photo of a dombra on the school stage", "a recording of your voice", "your class timetable",
            "your fingerprint", "ages 13–17: a photo where a face is blurred"]),
    "ru": ("Чья это картинка? Карточки для сортировки", ["Можно делиться", "Сначала спросить", "Нельзя делиться"],
           ["фото твоего пенала", "твоё лицо", "лицо друга на дне рождения", "твой домашний адрес",
            "фото домбры на школьной сцене", "запись твоего голоса", "расписание уроков твоего класса",
            "твой отпечаток пальца", "13–17 лет: фото, где лицо размыто"]),
    "kk": ("Бұл кімнің суреті? Топтастыру карточкалары", ["Бөлісуге болады", "Алдымен сұрау керек",
                                                         "Бөлісуге болмайды"],
           ["қаламсауытыңның суреті", "сенің бетің", "туған күндегі досыңның беті", "үй мекенжайың",
            "мектеп сахнасындағы домбыраның суреті", "дауысыңның жазбасы", "сыныптың сабақ кестесі", "саусақ ізің",
            "13–17 жас: беті бұлдыратылған сурет"]),
}


def data_cards(lang: str) -> Sheet:
    title, piles, items = DATA_CARDS[lang]
    s = Sheet(title, lesson_label(lang, 2), None)
    s.text(M, 33, CUT[lang], 4.0)
    cards(s, [(p, True) for p in piles] + [(i, False) for i in items], 2, 38, 40.5)
    return s


# ---- lesson 3 -------------------------------------------------------------------------------------------------
SHAPES = {
    "en": ("Be the model: shape cards", "Cards 1–6 have a label. Cards 7–12 are new: A or B?", "A", "B"),
    "ru": ("Побудь моделью: карточки с фигурами", "На карточках 1–6 есть подпись. Карточки 7–12 новые: А или Б?",
           "А", "Б"),
    "kk": ("Модель болып көр: пішін карточкалары", "1–6 карточкалардың белгісі бар. 7–12 карточкалар жаңа: А ма, "
           "Б ма?", "А", "Б"),
}
# (shape, dark fill, big, group A = a dot inside). Cards 1–6: every A is dark, every B light (the colour shortcut);
# cards 7–12 break it. Answer key (in the teacher notes): 7 A, 8 B, 9 A, 10 B, 11 A, 12 B.
SHAPE_CARDS = [("circle", True, True, True), ("circle", False, True, False), ("square", True, False, True),
               ("star", False, True, False), ("triangle", True, True, True), ("square", False, False, False),
               ("circle", False, False, True), ("square", True, True, False), ("triangle", False, True, True),
               ("star", True, False, False), ("hexagon", True, False, True), ("hexagon", False, True, False)]


def _shape(kind: str, cx: float, cy: float, r: float) -> str:
    import math

    if kind == "circle":
        return f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{r:.1f}"'
    if kind == "square":
        return f'<rect x="{cx - r * 0.9:.1f}" y="{cy - r * 0.9:.1f}" width="{r * 1.8:.1f}" height="{r * 1.8:.1f}"'
    if kind == "triangle":
        pts = [(cx, cy - r), (cx + r * 1.05, cy + r * 0.8), (cx - r * 1.05, cy + r * 0.8)]
    elif kind == "hexagon":
        pts = [(cx + r * math.cos(math.pi / 3 * k), cy + r * math.sin(math.pi / 3 * k)) for k in range(6)]
    else:  # star
        pts = [(cx + (r if k % 2 == 0 else r * 0.45) * math.sin(math.pi / 5 * k),
                cy - (r if k % 2 == 0 else r * 0.45) * math.cos(math.pi / 5 * k)) for k in range(10)]
    return '<polygon points="' + " ".join(f"{x:.1f},{y:.1f}" for x, y in pts) + '"'


def shape_cards(lang: str) -> Sheet:
    title, sub, a, b = SHAPES[lang]
    s = Sheet(title, lesson_label(lang, 3), None)
    s.text(M, 32, sub, 4.2)
    s.text(M, 37.5, CUT[lang], 4.0)
    cw, ch = (W - 2 * M) / 3, 62.0
    for i, (kind, dark, big, group_a) in enumerate(SHAPE_CARDS):
        x, y = M + (i % 3) * cw, 41 + (i // 3) * ch
        s.rect(x, y, cw, ch, 0.4, dash="2 1.5")
        s.text(x + 3, y + 7, str(i + 1), 5, bold=True)
        cx, cy, r = x + cw / 2, y + 26, 17 if big else 10
        s.raw(_shape(kind, cx, cy, r) + f' fill="{"#555555" if dark else "#ffffff"}" stroke="#000000" '
              'stroke-width="0.8"/>')
        if group_a:
            s.raw(f'<circle cx="{cx:.1f}" cy="{cy + (2 if kind == "triangle" else 0):.1f}" r="2.6" '
                  f'fill="{"#ffffff" if dark else "#000000"}" stroke="#000000" stroke-width="0.5"/>')
        label = (a if group_a else b) if i < 6 else "?"
        s.text(cx, y + ch - 7, label, 11, bold=True, anchor="middle")
    return s


# ---- lesson 5 -------------------------------------------------------------------------------------------------
TALLY5 = {
    "en": ("Does it work for everyone? Tally sheet", ["Model from one person", "After “Train again”"],
           ["Person", "stop ✔", "stop ✘", "go ✔", "go ✘", "right of 10"],
           ["engineer", "person 2", "person 3 (left hand)", "person 4 (sleeve/bracelet)", ""],
           "Each person shows both signs five times. Who did the model work best for? Worst? What was different?"),
    "ru": ("Работает ли для всех? Лист подсчёта", ["Модель от одного человека", "После «Обучить снова»"],
           ["Кто", "стоп ✔", "стоп ✘", "вперёд ✔", "вперёд ✘", "верно из 10"],
           ["инженер", "участник 2", "участник 3 (левая рука)", "участник 4 (рукав/браслет)", ""],
           "Каждый показывает оба жеста по пять раз. Для кого модель работала лучше всего? Хуже всего? Чем они "
           "отличались?"),
    "kk": ("Барлығына жұмыс істей ме? Есеп парағы", ["Бір адамның моделі", "«Қайта оқыту» кейін"],
           ["Кім", "тоқта ✔", "тоқта ✘", "алға ✔", "алға ✘", "10-нан дұрысы"],
           ["инженер", "2-қатысушы", "3-қатысушы (сол қол)", "4-қатысушы (жең/білезік)", ""],
           "Әркім екі ишараны да бес реттен көрсетеді. Модель кімге ең жақсы жұмыс істеді? Кімге ең нашар? Олардың "
           "айырмашылығы неде?"),
}


def tally5(lang: str) -> Sheet:
    title, parts, head, people, question = TALLY5[lang]
    s = Sheet(title, lesson_label(lang, 5), NAME[lang])
    y = s.para(M, 34, question, W - 2 * M, 4.6) + 4
    for part in parts:
        s.text(M, y, part, 5.2, bold=True)
        y = s.table(M, y + 3, [60, 22, 22, 25, 25, 32], head, [[p, "", "", "", "", ""] for p in people], 13.0)
    s.lines(M, y - 6, W - 2 * M, 3)
    return s


# ---- lesson 6 -------------------------------------------------------------------------------------------------
TALLY6 = {
    "en": ("Test like a scientist: tally and matrix", "Partner test: each of you shows 10 signs",
           ["class", "right ✔", "wrong ✘", "accuracy %"], ["rock", "paper", "scissors"], "Confusion matrix",
           "really is ↓   the model said →", "The diagonal holds the correct answers. Biggest mistake:"),
    "ru": ("Проверяем как учёные: подсчёт и матрица", "Проверка в паре: каждый показывает 10 жестов",
           ["класс", "верно ✔", "ошибка ✘", "точность %"], ["камень", "бумага", "ножницы"], "Матрица ошибок",
           "на самом деле ↓   модель сказала →", "На диагонали — верные ответы. Самая большая ошибка:"),
    "kk": ("Ғалым сияқты тексер: есеп және матрица", "Жұппен тексеру: әрқайсың 10 ишара көрсетесің",
           ["санат", "дұрыс ✔", "қате ✘", "дәлдік %"], ["тас", "қағаз", "қайшы"], "Қателер матрицасы",
           "шын мәнінде ↓   модель айтты →", "Диагональда — дұрыс жауаптар. Ең үлкен қате:"),
}


def tally6(lang: str) -> Sheet:
    title, part1, head, classes, part2, axes, note = TALLY6[lang]
    s = Sheet(title, lesson_label(lang, 6), NAME[lang])
    s.text(M, 36, part1, 5.2, bold=True)
    y = s.table(M, 40, [50, 42, 42, 52], head, [[c, "", "", ""] for c in classes], 16.0, 5.0)
    s.text(M, y + 4, part2, 5.2, bold=True)
    s.text(M, y + 11, axes, 4.5)
    top, cell = y + 16, 34.0
    s.table(M, top, [50, cell, cell, cell], [""] + classes, [[c, "", "", ""] for c in classes], cell, 5.0)
    for k in range(3):  # shade the diagonal lightly
        s.raw(f'<rect x="{M + 50 + k * cell + 1:.1f}" y="{top + (k + 1) * cell + 1:.1f}" width="{cell - 2:.1f}" '
              f'height="{cell - 2:.1f}" fill="none" stroke="#000000" stroke-width="0.3" stroke-dasharray="1 1"/>')
    y = top + 4 * cell + 10
    s.text(M, y, note, 4.8)
    s.lines(M, y, W - 2 * M, 2)
    return s


# ---- lesson 7 -------------------------------------------------------------------------------------------------
THRESH = {
    "en": ("Confidently wrong: record sheet", "Fool your model: five things that are not your classes",
           ["thing", "model says", "%", "with “nothing”", "%"],
           ["an empty desk", "a pencil case", "a book", "your sleeve", "the ceiling"],
           "Ages 13–17: 10 tricky pictures at three thresholds (✔ right, ✘ wrong, ? not sure)",
           ["picture", "50%", "80%", "95%"], ["✔ right", "✘ wrong", "? not sure"], "My threshold: _____ %. Why:"),
    "ru": ("Уверенно ошибается: лист записей", "Обмани модель: пять вещей не из твоих классов",
           ["вещь", "модель говорит", "%", "с «ничего»", "%"],
           ["пустая парта", "пенал", "книга", "рукав", "потолок"],
           "13–17 лет: 10 трудных картинок при трёх порогах (✔ верно, ✘ ошибка, ? не уверена)",
           ["картинка", "50%", "80%", "95%"], ["✔ верно", "✘ ошибка", "? не уверена"], "Мой порог: _____ %. Почему:"),
    "kk": ("Сенімді, бірақ қате: жазба парағы", "Модельді алдап көр: сенің санаттарыңа жатпайтын бес зат",
           ["зат", "модель жауабы", "%", "«ештеңе» бар", "%"],
           ["бос парта", "қаламсауыт", "кітап", "жеңің", "төбе"],
           "13–17 жас: үш шекте 10 қиын сурет (✔ дұрыс, ✘ қате, ? сенімді емес)",
           ["сурет", "50%", "80%", "95%"], ["✔ дұрыс", "✘ қате", "? сенімді емес"], "Менің шегім: _____ %. Себебі:"),
}


def threshold(lang: str) -> Sheet:
    title, part1, head1, things, part2, head2, totals, mine = THRESH[lang]
    s = Sheet(title, lesson_label(lang, 7), NAME[lang])
    s.text(M, 36, part1, 5.0, bold=True)
    y = s.table(M, 40, [50, 44, 18, 52, 22], head1, [[t, "", "", "", ""] for t in things], 10.5)
    y = s.para(M, y + 2, part2, W - 2 * M, 5.0, bold=True) - 2
    rows = [[str(n), "", "", ""] for n in range(1, 11)] + [[t, "", "", ""] for t in totals]
    y = s.table(M, y, [54, 44, 44, 44], head2, rows, 9.0)
    s.text(M, y + 2, mine, 5.0, bold=True)
    s.lines(M, y + 2, W - 2 * M, 2)
    return s


# ---- lesson 8 -------------------------------------------------------------------------------------------------
TASKS = {
    "en": ("Rule or learning? Task cards", ["Rule", "Learning", "Both: a model + a safety rule"],
           ["1. Turn on the classroom lights when it gets dark (a light sensor).",
            "2. Recognise which hand gesture a student shows.",
            "3. Stop a robot car at the edge of the table (an edge sensor).",
            "4. Tell a dombra from a kobyz in a photo.", "5. Count how many times a door opened.",
            "6. Decide if a handwritten answer in a test is “3” or “8”.",
            "7. Never let the robot's speed go above 50%."]),
    "ru": ("Правило или обучение? Карточки задач", ["Правило", "Обучение", "И то, и другое: модель + правило"],
           ["1. Включать свет в классе, когда темнеет (датчик освещённости).",
            "2. Узнавать, какой жест показывает ученик.",
            "3. Останавливать робота-машинку у края стола (датчик края).",
            "4. Отличать домбру от кобыза на фотографии.", "5. Считать, сколько раз открылась дверь.",
            "6. Решать, какая цифра написана от руки в контрольной — «3» или «8».",
            "7. Не давать скорости робота подняться выше 50%."]),
    "kk": ("Ереже ме, оқыту ма? Міндет карточкалары", ["Ереже", "Оқыту", "Екеуі де: модель + ереже"],
           ["1. Қараңғы түскенде сыныптағы жарықты қосу (жарық датчигі).",
            "2. Оқушы қандай ишара көрсетіп тұрғанын тану.",
            "3. Робот-көлікті үстелдің шетінде тоқтату (шет датчигі).",
            "4. Суреттегі домбыраны қобыздан ажырату.", "5. Есіктің неше рет ашылғанын санау.",
            "6. Бақылау жұмысында қолмен жазылған цифрдың «3» не «8» екенін анықтау.",
            "7. Робот жылдамдығын 50%-дан асырмау."]),
}


def task_cards(lang: str) -> Sheet:
    title, heads, tasks = TASKS[lang]
    s = Sheet(title, lesson_label(lang, 8), None)
    s.text(M, 33, CUT[lang], 4.0)
    cards(s, [(t, False) for t in tasks] + [(h, True) for h in heads], 2, 38, 49.0, 5.2)
    return s


# ---- lesson 9 -------------------------------------------------------------------------------------------------
SAFETY = {
    "en": ("Safe robot first: checklist", "Bench test: wheels in the air", "Five layers of safety",
           ["STOP button / Esc", "Watchdog (stops by itself in half a second)", "Frames in a row",
            "“Not sure” threshold", "Top speed"], "It protects against:",
           "My settings:  Sure at least ____ %   Frames in a row ____   Top speed ____",
           ["The car is on a box, wheels in the air", "I found STOP on the screen", "I found the robot's power switch"]),
    "ru": ("Сначала безопасность: чек-лист", "Проверка на подставке: колёса в воздухе", "Пять уровней защиты",
           ["Кнопка СТОП / Esc", "Сторожевой таймер (сам останавливает за полсекунды)", "Кадров подряд",
            "Порог «не уверена»", "Макс. скорость"], "Защищает от:",
           "Мои настройки:  Уверенность от ____ %   Кадров подряд ____   Макс. скорость ____",
           ["Машинка на подставке, колёса в воздухе", "Я нашёл СТОП на экране", "Я нашёл выключатель робота"]),
    "kk": ("Алдымен қауіпсіздік: тексеру парағы", "Тұғырда тексеру: доңғалақтар ауада", "Қорғаныстың бес деңгейі",
           ["ТОҚТА батырмасы / Esc", "Күзетші таймер (жарты секундта өзі тоқтатады)", "Қатарынан кадр",
            "«Сенімді емес» шегі", "Жылдамдық шегі"], "Неден қорғайды:",
           "Менің баптауларым:  Сенімділік ≥ ____ %   Қатарынан кадр ____   Жылдамдық шегі ____",
           ["Көлік тұғырда, доңғалақтар ауада", "Экрандағы ТОҚТА батырмасын таптым", "Роботтың қосқышын таптым"]),
}


def safety(lang: str) -> Sheet:
    title, bench, layers_title, layers, protects, settings, bench_items = SAFETY[lang]
    s = Sheet(title, lesson_label(lang, 9), NAME[lang])
    s.text(M, 37, bench, 5.4, bold=True)
    y = 47
    for item in bench_items:
        s.box(M, y, 6)
        s.text(M + 10, y, item, 5.0)
        y += 10
    s.text(M, y + 4, layers_title, 5.4, bold=True)
    y += 16
    for n, layer in enumerate(layers, 1):
        s.box(M, y, 6)
        s.text(M + 10, y, f"{n}. {layer}", 5.0, bold=True)
        s.text(M + 10, y + 9, protects, 4.5)
        s.line(M + 10 + len(protects) * 2.7 + 2, y + 9.5, W - M, y + 9.5, 0.25, "1 1")
        s.line(M + 10, y + 19, W - M, y + 19, 0.25, "1 1")
        y += 29
    settings_box(s, y, settings)
    return s


def settings_box(s: Sheet, y: float, settings: str) -> float:
    """A framed line of settings to fill in; parts separated by two spaces in ``settings`` go one per line."""
    parts = [p.strip() for p in settings.split("  ") if p.strip()]
    s.rect(M, y - 4, W - 2 * M, 8 * len(parts) + 3, 0.5)
    for k, part in enumerate(parts):
        s.text(M + 3, y + 2.5 + 8 * k, part, 4.8, bold=k == 0)
    return y + 8 * len(parts) + 8


# ---- lesson 10 ------------------------------------------------------------------------------------------------
CARD = {
    "en": ("Model card", ["Team:", "Task / robot:"], ["class", "what it shows", "samples", "accuracy %"],
           [("Purpose: what is it for?", 2), ("It must NOT be used for:", 2),
            ("Data: who and what is in the data? Who is missing?", 2), ("Limits: where did the red team fool it?", 2)],
           "Safety:  Sure at least ____ %   Frames in a row ____   Top speed ____",
           "Ages 10–12: My model recognises … It works well when … It gets confused when …"),
    "ru": ("Карточка модели", ["Команда:", "Задача / робот:"], ["класс", "что показываем", "снимков", "точность %"],
           [("Назначение: для чего модель?", 2), ("Для чего её использовать НЕЛЬЗЯ:", 2),
            ("Данные: кто и что есть в данных? Кого нет?", 2), ("Ограничения: где красная команда её обманула?", 2)],
           "Безопасность:  Уверенность от ____ %   Кадров подряд ____   Макс. скорость ____",
           "10–12 лет: Моя модель узнаёт … Она хорошо работает, когда … Она путается, когда …"),
    "kk": ("Модель картасы", ["Команда:", "Міндет / робот:"], ["санат", "не көрсетеміз", "үлгі саны", "дәлдік %"],
           [("Мақсаты: модель не үшін керек?", 2), ("Оны не үшін пайдалануға БОЛМАЙДЫ:", 2),
            ("Деректер: деректерде кім және не бар? Кім жоқ?", 2),
            ("Шектеулер: қызыл команда оны қай жерде алдады?", 2)],
           "Қауіпсіздік:  Сенімділік ≥ ____ %   Қатарынан кадр ____   Жылдамдық шегі ____",
           "10–12 жас: Менің моделім … таниды. Ол … кезде жақсы жұмыс істейді. Ол … кезде шатасады."),
}


def model_card(lang: str) -> Sheet:
    title, fields, head, prompts, safety_line, young = CARD[lang]
    s = Sheet(title, lesson_label(lang, 10), None)
    y = 36
    for field in fields:
        s.text(M, y, field, 5.0, bold=True)
        s.line(M + 45, y + 0.5, W - M, y + 0.5, 0.25, "1 1")
        y += 9
    y = s.table(M, y, [44, 70, 36, 36], head, [["", "", "", ""] for _ in range(4)], 9.0)
    for prompt, count in prompts:
        s.text(M, y, prompt, 4.8, bold=True)
        y = s.lines(M, y, W - 2 * M, count, 8.5) + 3.5
    y = settings_box(s, y, safety_line)
    y = s.para(M, y, young, W - 2 * M, 4.8, bold=True)
    s.lines(M, y - 4, W - 2 * M, 3, 8.5)
    return s


CAPSTONE = {
    "en": ("Capstone: plan and red-team notes", "Our cycle", ["Build", "Test", "Break it", "Describe", "Delete"],
           ["Task:", "Classes (always a “nothing” class):"], "Red team: one note for every time you fooled their model",
           ["What we tried:", "What the model said:"]),
    "ru": ("Итоговый проект: план и заметки красной команды", "Наш цикл",
           ["Построить", "Проверить", "Сломать", "Описать", "Удалить"],
           ["Задача:", "Классы (всегда есть класс «ничего»):"],
           "Красная команда: одна заметка на каждый случай, когда вы обманули их модель",
           ["Что мы пробовали:", "Что сказала модель:"]),
    "kk": ("Қорытынды жоба: жоспар және қызыл команда жазбалары", "Біздің цикл",
           ["Құрастыру", "Тексеру", "Бұзып көру", "Сипаттау", "Жою"],
           ["Міндет:", "Санаттар (әрқашан «ештеңе» санаты бар):"],
           "Қызыл команда: олардың моделін алдаған әр жағдайға бір жазба",
           ["Не істеп көрдік:", "Модель не деді:"]),
}


def capstone(lang: str) -> Sheet:
    title, cycle_title, cycle, fields, red_title, note = CAPSTONE[lang]
    s = Sheet(title, lesson_label(lang, 10), NAME[lang])
    y = 37
    for field in fields:
        s.text(M, y, field, 5.0, bold=True)
        y = s.lines(M, y, W - 2 * M, 2, 8.0) + 4
    s.text(M, y, cycle_title, 5.2, bold=True)
    y += 9
    step = (W - 2 * M) / len(cycle)
    for n, word in enumerate(cycle):
        s.box(M + n * step, y, 5)
        s.text(M + n * step + 7, y, word, 4.5)
    y += 12
    y = s.para(M, y, red_title, W - 2 * M, 5.0, bold=True) + 1
    nw, nh = (W - 2 * M) / 2, (H - M - y) / 3
    for k in range(6):
        x, top = M + (k % 2) * nw, y + (k // 2) * nh
        s.rect(x + 1, top + 1, nw - 2, nh - 2, 0.4, dash="2 1.5")
        s.text(x + 4, top + 8, note[0], 4.3, bold=True)
        s.text(x + 4, top + nh / 2 + 6, note[1], 4.3, bold=True)
    return s


SHEETS = [("01-what-a-camera-sees", "pixel-grids", pixel_grids), ("02-my-face-is-my-data", "data-cards", data_cards),
          ("03-teach-the-machine", "shape-cards", shape_cards), ("05-does-it-work-for-everyone", "tally", tally5),
          ("06-test-like-a-scientist", "tally", tally6), ("07-confidently-wrong", "threshold", threshold),
          ("08-rules-vs-learning", "task-cards", task_cards), ("09-safe-robot-first", "safety-checklist", safety),
          ("10-capstone", "model-card", model_card), ("10-capstone", "capstone", capstone)]


def main() -> None:
    for lesson, name, make in SHEETS:
        folder = PACK / lesson / "sheets"
        folder.mkdir(exist_ok=True)
        for lang in LANGS:
            (folder / f"{name}.{lang}.svg").write_text(make(lang).svg(), encoding="utf-8")
    print(f"{len(SHEETS) * len(LANGS)} sheets written under {PACK}")


if __name__ == "__main__":
    main()

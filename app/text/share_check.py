"""Share check: find personal data in a message before it goes to a chatbot (Kazakh, Russian, English).

``check(text)`` returns the findings — kind, start and end (character offsets into the text exactly as given),
the text found and an English "why it matters" message marked for translation in the ``share`` context.
``safe_text(text, lang)`` is the same text with every finding replaced by a placeholder such as ``[АТЫ]``,
``[ИМЯ]`` or ``[NAME]``.

What it looks for: ИИН/ЖСН (12 digits: birth date, century/sex digit and the official two-pass check digit),
phone numbers in Kazakhstan's forms (+7 7xx…, 8 7xx…), e-mail addresses, bank-card numbers (13–19 digits passing
the Luhn check), dates of birth (a date near a birth word — a date alone is not a birthday), home addresses
(street/avenue/house/flat words with a number), first names, surnames and patronymics (a small list of common
Kazakh, Russian and English first names, the name forms -ұлы/-қызы/-ов/-ова/-ович/-овна… and "my name is …"),
school and class, passwords written after a password word, and health information (a special category).

Limits, said plainly: this is a set of patterns, not understanding. It can MISS personal data (a rare name, a
name in lower case, an address without a number, a phone number from another country) and it can MARK harmless
things (a street called after a poet, a capitalised word that looks like a surname). It cannot know who is a
public figure: every name is marked, including Abai's or a president's. It never sends anything anywhere: it is
plain Python that runs on this computer. Input is capped at ``MAX_CHARS`` characters (a clear error above it);
every pattern is linear (bounded repetitions, no repeated group that can match the same text in two ways), so
no input makes it hang.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.text import share_names as names

MAX_CHARS = 100_000
LANGS = ("kk", "ru", "en")

WHY = {
    "iin": QT_TRANSLATE_NOOP("share", "An IIN identifies you for life and opens your records in banks, clinics "
                                      "and government services."),
    "phone": QT_TRANSLATE_NOOP("share", "A phone number lets strangers call or message you and find your "
                                        "other accounts."),
    "email": QT_TRANSLATE_NOOP("share", "An e-mail address leads to your accounts and can be used for spam "
                                        "and fake messages."),
    "card": QT_TRANSLATE_NOOP("share", "A bank card number can be used to steal money."),
    "birthdate": QT_TRANSLATE_NOOP("share", "A date of birth helps others guess passwords and pretend to be you."),
    "address": QT_TRANSLATE_NOOP("share", "A home address tells strangers where to find you."),
    "name": QT_TRANSLATE_NOOP("share", "A name points to a real person. The check cannot tell whether the person "
                                       "is famous, so it marks every name."),
    "school": QT_TRANSLATE_NOOP("share", "Your school and class tell strangers where you are every day."),
    "password": QT_TRANSLATE_NOOP("share", "A password must never be shared, not even with a chatbot."),
    "health": QT_TRANSLATE_NOOP("share", "Health information is a special category of personal data: it "
                                         "needs the most care."),
}
KINDS = tuple(WHY)

PLACEHOLDERS = {
    "iin": ("ЖСН", "ИИН", "IIN"), "phone": ("ТЕЛЕФОН", "ТЕЛЕФОН", "PHONE"), "email": ("ПОШТА", "ПОЧТА", "EMAIL"),
    "card": ("КАРТА", "КАРТА", "CARD"), "birthdate": ("ТУҒАН КҮН", "ДАТА РОЖДЕНИЯ", "BIRTH DATE"),
    "address": ("МЕКЕНЖАЙ", "АДРЕС", "ADDRESS"), "name": ("АТЫ", "ИМЯ", "NAME"),
    "school": ("МЕКТЕП", "ШКОЛА", "SCHOOL"), "password": ("ҚҰПИЯСӨЗ", "ПАРОЛЬ", "PASSWORD"),
    "health": ("ДЕНСАУЛЫҚ", "ЗДОРОВЬЕ", "HEALTH"),
}


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: ``text == original[start:end]``."""

    kind: str
    start: int
    end: int
    text: str

    @property
    def why(self) -> str:
        """English "why it matters" text, marked for translation in the ``share`` context."""
        return WHY[self.kind]

    def placeholder(self, lang: str = "en") -> str:
        return f"[{PLACEHOLDERS[self.kind][LANGS.index(_lang(lang))]}]"

    def to_json(self) -> dict:
        return {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text}


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"language must be one of {LANGS}, not {lang!r}")
    return lang


def guess_language(text: str) -> str:
    """"kk" if the text has Kazakh letters, "ru" if it has other Cyrillic, else "en"."""
    if re.search("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]", text):
        return "kk"
    return "ru" if re.search("[а-яёА-ЯЁ]", text) else "en"


# ---------------------------------------------------------------------------------------------- normalising
PLAIN = re.compile("[\x20-\x7e\u0400-\u04ff]+")  # printable ASCII and Cyrillic (Kazakh letters too): as they are


class _Normal:
    """The text as the patterns see it, with a map back to the original offsets.

    Each base character and its combining marks become their NFKC form (full-width digits become 0-9, "й" typed
    as и + breve becomes й); format characters (right-to-left marks, zero-width spaces, soft hyphens) are dropped;
    other spaces and control characters become a plain space. ``starts[i]``/``ends[i]`` give the original span of
    normalised character ``i``, so a finding maps back exactly onto the text the user typed."""

    def __init__(self, text: str) -> None:
        if PLAIN.fullmatch(text) or not text:
            self.text, self.starts, self.ends = text, None, None
            return
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        i, n = 0, len(text)
        while i < n:
            if m := PLAIN.match(text, i):  # a run kept as it is, in one go
                j = m.end() - (m.end() < n and unicodedata.combining(text[m.end()]) > 0)
                if j > i:
                    out.append(text[i:j])
                    starts.extend(range(i, j))
                    ends.extend(range(i + 1, j + 1))
                    i = j
                    continue
            j = i + 1  # one character with its combining marks
            while j < n and unicodedata.combining(text[j]):
                j += 1
            piece = text[i:j]
            cat = unicodedata.category(piece[0])
            if cat == "Cf":
                piece = ""
            elif cat in ("Cc", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"):
                piece = "\n" if piece[0] in "\n\r\u2028\u2029" else " "
            elif not piece.isascii():
                nfkc = unicodedata.normalize("NFKC", piece)
                piece = nfkc if len(nfkc) <= len(piece) else piece  # "№" stays "№", not "No"
            out.append(piece)
            starts.extend([i] * len(piece))
            ends.extend([j] * len(piece))
            i = j
        self.text, self.starts, self.ends = "".join(out), starts, ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


# ---------------------------------------------------------------------------------------------- check digits
def iin_valid(digits: str) -> bool:
    """The official ИИН/ЖСН rule: YYMMDD, a century/sex digit 1–6, four digits, and a check digit computed
    mod 11 with weights 1..11, or — when that gives 10 — with weights 3..11,1,2 (10 again: no such IIN)."""
    if len(digits) != 12 or not digits.isascii() or not digits.isdigit():
        return False
    month, day, century = int(digits[2:4]), int(digits[4:6]), digits[6]
    if not (1 <= month <= 12 and 1 <= day <= 31 and century in "123456"):
        return False
    d = [int(c) for c in digits]
    check = sum(w * x for w, x in zip(range(1, 12), d, strict=False)) % 11
    if check == 10:
        check = sum(w * x for w, x in zip((3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), d, strict=False)) % 11
        if check == 10:
            return False
    return check == d[11]


def luhn_valid(digits: str) -> bool:
    """The Luhn check used by bank cards (every second digit from the right doubled)."""
    if not digits.isascii() or not digits.isdigit():
        return False
    total = 0
    for i, c in enumerate(reversed(digits)):
        x = int(c) * (2 if i % 2 else 1)
        total += x - 9 if x > 9 else x
    return total % 10 == 0


# ---------------------------------------------------------------------------------------------- patterns
UP = names.UP
_SEP = r"[ \-()]{0,2}"
PHONE = re.compile(r"(?<![\w+])(?:\+ ?7|8)" + _SEP + "7" + (_SEP + r"\d") * 9 + r"(?![0-9])"
                   r"|(?<![\w+])\(?7(?:0\d|47|5\d|6\d|7\d)\)?" + (r"[ \-]?\d") * 7 + r"(?![0-9])")
EMAIL = re.compile(r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9][A-Za-z0-9.\-]{0,251}\.[A-Za-z]{2,24}(?![A-Za-z0-9])")
DIGITS = re.compile(r"[0-9]+")

_MONTHS = (r"(?:январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]"
           r"|ноябр[ья]|декабр[ья]|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша"
           r"|желтоқсан|january|february|march|april|may|june|july|august|september|october|november|december"
           r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)")
DATE = re.compile(
    r"(?<![0-9])(?:\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d"
    r"|(?:(?:19|20)\d\d ?(?:ж\.|жылы|жылғы|года|г\.)? )?\d{1,2}(?:-?(?:ші|шы|інші|ыншы|st|nd|rd|th|го|е))? "
    + _MONTHS + r"[а-яәғқңөұүһі]{0,5}\.?(?:,? (?:19|20)\d\d(?: ?(?:ж\.|жылы|года|г\.))?)?"
    r"|" + _MONTHS + r"\.? \d{1,2}(?:st|nd|rd|th)?(?:,? (?:19|20)\d\d)?"
    r"|(?:18|19|20)\d\d(?: ?(?:ж\.|жылы|жылғы|года|году|г\.))?)(?![0-9])", re.IGNORECASE)
BIRTH = re.compile(r"туған|туыл|туғ|дүниеге кел|жасқа тол|родил|рожд[её]н|рождени|д\.р\.|исполни[лт]"
                   r"|born|birth|dob\b|d\.o\.b|turn(?:ed|s)? \d",
                   re.IGNORECASE)
SENTENCE_BREAK = re.compile(rf"[!?\n]|\.\s+[{UP}]")

_CAPWORD = rf"[{UP}0-9][^\s,.;:!?()«»\"]{{0,30}}"
_STREET_NAME = _CAPWORD + r"(?: [a-zа-яёәғқңөұүһі]{1,12})?"  # "Абая", "Самал-2", "Төле би", "Жібек жолы"
_NUM = r"\d{1,4}(?:[а-яА-Яa-zA-ZәӘ]|/\d{1,4})?(?![0-9])"
_FLAT_RU = r"(?i:кв\.?|квартир[аеыу])[ ]?\d{1,4}"
_FLAT_KK = r"(?:\d{1,4}[ ]?-?[ ]?(?i:пәтер)[а-яәіұүқғ]{0,3}|(?i:пәтер)[а-яәіұүқғ]{0,3}[ ]?\d{1,4})"
_FLAT_EN = r"(?i:apt\.?|apartment|flat)[ ]?\d{1,4}"
ADDRESS = re.compile(
    r"(?<!\w)(?i:ул\.|улиц[аеыу]|пр\.|пр-т|просп\.|проспект[аеу]?|мкр\.?|микрорайон[аеу]?|пер\.|переул(?:ок|ке|ка)"
    r"|б-р|бульвар[аеу]?|пл\.|площад[ьи])[ ]?" + _STREET_NAME + r",?[ ]?(?i:(?:д\.|дом[ауе]?)[ ]?)?" + _NUM
    + r"(?:,?[ ]?" + _FLAT_RU + ")?"
    r"|" + _STREET_NAME + r" (?i:көшесі|к-сі|даңғылы|даңғ\.|шағын ?ауданы|ш\.а\.|ықшам ?ауданы|ы\.а\.)"
    r"[а-яәіұүқғң]{0,4},?[ ]?" + _NUM + r"(?:[ ]?-?[ ]?(?i:үй)[а-яәіұүқғң]{0,3})?(?:,?[ ]?" + _FLAT_KK + ")?"
    r"|(?<![0-9])" + _NUM + " " + _STREET_NAME + r" (?i:street|st\.|avenue|ave\.?|road|rd\.|lane|boulevard|blvd\.?)"
    r"(?:,?[ ]?" + _FLAT_EN + ")?"
    r"|" + _STREET_NAME + r" (?i:street|avenue|ave\.|st\.)[ ]?,?[ ]?" + _NUM + r"(?:,?[ ]?" + _FLAT_EN + ")?"
    r"|(?<!\w)(?i:доме?) " + _NUM + r" (?i:на) (?i:улице|проспекте|ул\.|пр\.) ?" + _STREET_NAME
    + r"|(?<!\w)(?i:house) " + _NUM + r" (?i:on) " + _STREET_NAME + r" (?i:street|avenue|road)"
    r"|(?<!\w)(?i:дом|д\.)[ ]?" + _NUM + r",?[ ]?" + _FLAT_RU + r"|(?<!\w)" + _FLAT_RU
    + r"|(?<![\w-])" + _NUM + r"[ ]?-?[ ]?(?i:үй)[а-яәіұүқғң]{0,3},?[ ]?" + _FLAT_KK + r"|(?<![\w-])" + _FLAT_KK
    + r"|(?<!\w)" + _FLAT_EN + r"(?![\w.])")
_SCHOOL_WORD = r"(?:мектеп[а-яәіұүқғң\-]{0,16}|школ[а-я]{0,3}|гимнази[а-я]{0,3}|лице[а-я]{0,3}|school|gymnasium|lyceum)"
_CLASS_WORD = r"(?:класс[а-я]{0,3}|сынып[а-яәіұүқғң]{0,8}|сыныб[а-яәіұүқғң]{0,8})"
SCHOOL = re.compile(
    r"(?i:№[ ]?\d{1,4}[ ]?" + _SCHOOL_WORD
    + r"|(?<![0-9])\d{1,4}(?:-(?:ші|шы|інші|ыншы) |-)мектеп[а-яәіұүқғң\-]{0,16}"
    r"|(?<![0-9])\d{1,4}-?(?:я|й|ой|ая|ей|ую) (?:школ|гимнази|лице)[а-я]{0,3}"
    r"|" + _SCHOOL_WORD + r"[ ]?(?:№|no\.?|#|number)[ ]?\d{1,4}|school \d{1,4}(?![0-9])"
    r"|(?<![0-9])\d{1,2}[ ]?-?[ ]?[«\"“]?[" + UP + r"][»\"”]?[ ]?" + _CLASS_WORD
    + r"|(?<![0-9])\d{1,2}(?:-(?:ші|шы|інші|ыншы|й|м|ом|ый|ой))?[ ]?" + _CLASS_WORD
    + r"|(?<!\w)(?:grade|year|form|class) \d{1,2}[A-Z]?(?![\w])|(?<![0-9])\d{1,2}(?:st|nd|rd|th) (?:grade|form)"
    r"|(?<!\w)(?:НИШ|НЗМ)(?!\w))")
PLURAL_CLASS = re.compile(r"(?:классов|классы|классам|сыныптар\w*|сыныптың|classes|grades)$", re.IGNORECASE)
PASSWORD = re.compile(
    r"(?<!\w)(?i:парол[ьяюе]|password|passcode|pin-код|пин-код|pin|пин|құпия ?сөз[а-яәіұүқғң]{0,4}"
    r"|код подтверждения|код из смс|смс-код|sms code|confirmation code|verification code|растау коды"
    r"|кұпия ?сөз[а-яәіұүқғң]{0,4})"
    r"(?: (?:от|для|for|to|of|on|my|мой|моей|менің) [^\s:=—]{1,20})?(?: (?!(?i:is|это|бұл|was)\b)[^\s:=—]{1,20})?"
    r"[ ]{0,2}(?P<sep>(?:[:=—–\-][ ]{0,2})?(?:(?i:is|это|бұл|was)[ ]{1,2})?)(?P<secret>[^\s]{3,64})")
PLACEHOLDER = re.compile(r"\[[^\W\d_]{1,20}(?: [^\W\d_]{1,20})?\]")  # "[PASSWORD]": already cleaned
NOT_SECRETS = names.wordset("""strong weak secret long short not a the very too easy hard safe надёжный надежный
сложный простой секрет не очень слишком должен нужно нельзя никому күшті қиын оңай ұзын қысқа жоқ емес құпия
керек ешкімге қандай какой какая what which""")
HEALTH_STEMS = ("диабет", "астм", "аллерги", "болезн", "болен", "больна", "диагноз", "эпилепс", "депресс",
                "гепатит", "онколог", "аутизм", "инсульт", "туберкул", "инвалидн", "инсулин", "ингалятор",
                "демікпе", "науқас", "аурумын", "ауырамын", "мүгедек", "diabet", "asthma", "allerg", "disease",
                "diagnos", "epilep", "depress", "autis", "cancer", "illness", "disorder", "seizure", "insulin",
                "inhaler", "дерт", "ауру", "ауырып", "ауырдым", "ауырады", "тұмау", "сколиоз", "болею", "заболел",
                "грипп", "простуд", "ангин", "ковид", "covid", "sick", "scoliosis", "fever")
HEALTH_EXACT = names.wordset("вич спид рак раком рака сдвг hiv adhd aids flu")  # whole words: not "fluent"
PERSONAL = names.wordset("""я мне меня у мой моя моё мое мои моего моей моему брат брата сестра сестры мама мамы
папа папы сын сына дочь дочери он она его её ее ему ей друг друга подруга подруги мен маған менің менде мені
бауырым әпкем інім анам әкем ол оның оған досым құрбым ағам апам i me my i'm mine he she his her him brother
sister mom mum dad friend son daughter""")
KK_PERSONAL_ENDINGS = ("мын", "мін", "пын", "пін", "бын", "бін", "мыз", "міз")


# ---------------------------------------------------------------------------------------------- detectors
def _numbers(n: str) -> list[tuple[str, int, int]]:
    found = []
    groups = [(m.start(), m.end()) for m in DIGITS.finditer(n)]
    i = 0
    while i < len(groups):  # a chain: digit groups joined by one space or dash
        j = i
        while j + 1 < len(groups) and groups[j + 1][0] == groups[j][1] + 1 and n[groups[j][1]] in " -":
            j += 1
        chain = groups[i:j + 1]
        for a in range(len(chain)):
            digits = ""
            for b in range(a, len(chain)):
                start, end = chain[a][0], chain[b][1]
                size = chain[b][1] - chain[b][0]
                digits += n[chain[b][0]:end]
                if len(digits) > 19:
                    break
                edge = (start == 0 or not n[start - 1].isdigit()) and (end == len(n) or not n[end].isdigit())
                if len(digits) == 12 and b == a and edge and iin_valid(digits):
                    found.append(("iin", start, end))
                elif 13 <= len(digits) <= 19 and edge and luhn_valid(digits):
                    found.append(("card", start, end))
                # a card is one group, or groups of 4 (4-4-4-4, 4-4-4-4-3) or 4-6-5: can the chain go on?
                if not (size == 4 or (b == a + 1 and size == 6 and chain[a][1] - chain[a][0] == 4)):
                    break
        i = j + 1
    return found


def _health(n: str) -> list[tuple[str, int, int]]:
    found = []
    for sentence in re.finditer(r"[^.!?\n]{1,2000}", n):
        words = [(m.start(), m.end(), m.group().casefold()) for m in names.WORD.finditer(sentence.group())]
        hits = [(s, e) for s, e, w in words if w in HEALTH_EXACT or w.startswith(HEALTH_STEMS)]
        if not hits:
            continue
        personal = any(w in PERSONAL or w.endswith(KK_PERSONAL_ENDINGS) for _, _, w in words) or any(
            w.startswith(("аллергиям", "ауруым", "диабетім", "аллергиясы")) for _, _, w in words)
        if personal or names.find_names(sentence.group(), []):
            found += [("health", sentence.start() + s, sentence.start() + e) for s, e in hits]
    return found


def _passwords(n: str) -> list[tuple[str, int, int]]:
    found = []
    for m in PASSWORD.finditer(n):
        secret = m.group("secret").rstrip(".,;:)»\"'")
        if len(secret) < 3 or secret.casefold() in NOT_SECRETS or PLACEHOLDER.fullmatch(secret):
            continue
        if m.group("sep").strip() or any(c.isdigit() for c in secret) or not secret.isalpha():
            found.append(("password", m.start("secret"), m.start("secret") + len(secret)))
    return found


def _birthdates(n: str) -> list[tuple[str, int, int]]:
    found = []
    for m in DATE.finditer(n):
        start, end = m.start(), m.end()
        year_only = re.fullmatch(r"(?:18|19|20)\d\d\D{0,6}", m.group()) is not None
        reach = 25 if year_only else 60
        before, after = max(0, start - reach), min(len(n), end + (20 if year_only else 40))
        for b in BIRTH.finditer(n, before, after):
            gap = n[b.end():start] if b.start() < start else n[end:b.start()]
            if not SENTENCE_BREAK.search(gap):
                found.append(("birthdate", start, end))
                break
    return found


def _regex(kind: str, pattern: re.Pattern, n: str) -> list[tuple[str, int, int]]:
    out = []
    for m in pattern.finditer(n):
        text = m.group().rstrip(" ,-")
        if kind == "school" and PLURAL_CLASS.search(text):
            continue
        out.append((kind, m.start(), m.start() + len(text)))
    return out


def check(text: str) -> list[Finding]:
    """Every piece of personal data found in ``text``, in order, not overlapping. Offsets index ``text``."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    if len(text) > MAX_CHARS:
        raise OylaError(QT_TRANSLATE_NOOP("errors", "The text is too long to check: {size} characters. The limit "
                                                    "is {limit} characters; check it in parts."),
                        size=len(text), limit=MAX_CHARS)
    norm = _Normal(text)
    n = norm.text
    raw = (_regex("email", EMAIL, n) + _numbers(n) + _regex("phone", PHONE, n) + _passwords(n) + _birthdates(n)
           + _regex("address", ADDRESS, n) + _regex("school", SCHOOL, n))
    raw += _health(n)
    kept: list[tuple[str, int, int]] = []
    order = {k: i for i, k in enumerate(KINDS)}
    reach = 0  # the end of the kept findings so far: they start before this one, so it overlaps one iff it starts before
    for kind, start, end in sorted(raw, key=lambda f: (f[1], -(f[2] - f[1]), order[f[0]])):
        if end > start >= reach:
            kept.append((kind, start, end))
            reach = end
    kept += names.find_names(n, [(s, e) for _, s, e in kept])
    findings = []
    for kind, start, end in sorted(kept, key=lambda f: f[1]):
        a, b = norm.span(start, end)
        findings.append(Finding(kind, a, b, text[a:b]))
    return findings


def safe_text(text: str, lang: str = "en", findings: list[Finding] | None = None) -> str:
    """``text`` with every finding replaced by its placeholder in ``lang`` ("kk", "ru" or "en")."""
    _lang(lang)
    found = check(text) if findings is None else sorted(findings, key=lambda f: f.start)
    out, pos = [], 0
    for f in found:
        if f.start < pos:
            continue
        out += [text[pos:f.start], f.placeholder(lang)]
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


def report(text: str, lang: str | None = None) -> dict:
    """The CLI's JSON object for one text: ``{"text", "found": [{kind, start, end, text}], "safe_text"}``."""
    found = check(text)
    return {"text": text, "found": [f.to_json() for f in found],
            "safe_text": safe_text(text, lang or guess_language(text), found)}

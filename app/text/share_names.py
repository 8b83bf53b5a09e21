"""Small built-in word lists for the share check: common first names, name endings, and words that look like
names but are not. They are deliberately short: the check recognises *common* names and name *forms*; a rare name
written in lower case will be missed (the module doc of ``share_check`` says so)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

KAZAKH_FIRST = """
Айгерім Әйгерім Айгүл Айдана Аружан Әсел Әсем Ақбота Ақерке Аяжан Балнұр Гүлнар Гүлмира Дариға Динара Жанар
Жансая Жанерке Зарина Інкәр Камила Қарлығаш Мадина Меруерт Назерке Нұрай Перизат Салтанат Томирис Ұлжан Ұлпан
Шынар Аида Гаухар Сабина Лаура Алия Айсұлу Ботагөз Данагүл Еркеназ Жазира Ләззат Мөлдір Нәзира Сымбат Толқын
Абай Айдар Айбек Алмас Арсен Асқар Асылан Ахмет Бауыржан Бекзат Ержан Ерлан Ерасыл Ермек Дәурен Дамир Данияр
Димаш Жандос Жасұлан Қайрат Қанат Мұрат Нұрлан Нұрсұлтан Олжас Рахат Санжар Серік Талғат Тимур Темірлан Әлихан
Әлішер Ғалым Ерболат Мейірхан Нұрболат Азамат Еркебұлан Шыңғыс Ильяс Аян Асхат Бағдат Мақсат Нұржан Ақжол
Бекарыс Әділет Ерназар Жанболат Мирас Арман Бақыт Жұлдыз Сәуле Дана Ислам Нұр
"""

RUSSIAN_FIRST = """
Александр Алексей Андрей Антон Артём Борис Вадим Валерий Василий Виктор Виталий Владимир Владислав Вячеслав
Георгий Глеб Григорий Даниил Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Максим Матвей Михаил
Никита Николай Олег Павел Пётр Руслан Сергей Станислав Степан Тимофей Фёдор Юрий Ярослав Алёна Алина Алиса
Анастасия Ангелина Анна Арина Валентина Валерия Вероника Виктория Галина Дарья Диана Евгения Екатерина Елена
Елизавета Ирина Карина Кристина Ксения Лариса Людмила Маргарита Марина Мария Милана Наталья Нина Ольга Полина
Светлана София Софья Таисия Татьяна Ульяна Юлия Яна Саша Маша Даша Катя Настя Дима Ваня Аня Лена Оля Таня Женя
Миша Петя Коля Серёжа Вера Любовь Надежда Лев Роман Марк
"""

LATIN_FIRST = """
James John Robert Michael David William Daniel Thomas Emma Olivia Sophia Emily Sarah Jessica Anna Maria Alex Tom
Peter Kate Lucy Amelia Oliver Harry George Lily Ella Mia Noah Liam Ethan Ben Sam Adam Nick Chris Mike Lisa Laura
Helen Jane Mary Paul Kevin Ryan Sophie Chloe Jacob Lucas Zoe Nina Aigerim Aizhan Aruzhan Asel Aliya Madina Dana
Dinara Zhuldyz Saule Nursultan Nurlan Daniyar Yerlan Erlan Askar Arman Timur Dimash Bauyrzhan Kairat Kanat Murat
Alikhan Alisher Ivan Dmitry Olga Natalia Elena Sergey Tamerlan Temirlan Aisulu Amina Jack Mark Grace Max Will
Rose June
"""

# First names that are also everyday words ("Вера" faith, "Арман" dream, "Mark", "Will"): a name only when they
# are not the first word of a sentence, or stand next to another name.
AMBIGUOUS = """
Вера Любовь Надежда Лев Роман Марк Арман Бақыт Жұлдыз Сәуле Дана Ислам Нұр Мирас Jack Mark Grace Max Will Rose
June Ben Sam Lily Nick Абай Аян Рахат Айдар Мұрат Қанат Серік Алмас Асқар Азамат Салтанат Меруерт Інкәр Сымбат
Толқын Мөлдір Ләззат Ақжол Гаухар Шынар Қарлығаш Мақсат Әділет Бағдат Жазира
"""

# Words with a surname ending that are not surnames (places, everyday words seen capitalised).
NOT_SURNAMES = """
Берлин Пекин Ростов Саратов Киев Львов Харьков Псков Тамбов Дублин Турин Магазин Бензин Витамин Камин Жасмин
Пингвин Дельфин Машина Картина Половина Причина Вершина Тишина Глубина Малина Корзина Витрина Основа Голова
Слова Снова Корова Готова Здорова Готов Здоров Таков Каков Один Мужчин Женщин Машин Картин Минск Ленинград
Кремль Инстаграм Вконтакте Гугл Ютуб Медина Марина Кабина Резина Долина Пружина Вакцина Медицина Дисциплина
Калина Домбыра Домбра Кофеин Свин Сын Сова Сибирь Москва Алматы Астана Шымкент Нева Волга Протеин Ақтау
Ақтөбе Атырау Ярослав Станислав Владислав Вячеслав Очень Новости
"""

UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"

# Kazakh letters written with their nearest Russian letters, as people often type them.
KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноууxиАГКНОУУХИ")

RU_ENDINGS = ("ами", "ого", "ому", "ыми", "ой", "ей", "ом", "ем", "ым", "им", "ою", "ею", "ах", "ях", "а", "я",
              "у", "ю", "е", "ы", "и")
KK_ENDINGS = ("ның", "нің", "дың", "дің", "тың", "тің", "нан", "нен", "дан", "ден", "тан", "тен", "мен", "бен",
              "пен", "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ды", "ді", "ты", "ті", "да", "де", "та",
              "те", "ым", "ім", "ың", "ің", "сы", "сі", "ы", "і")
EN_ENDINGS = ("'s", "’s")

# Surname and patronymic endings (Cyrillic and Latin), optionally followed by a case ending.
_CASE = r"(?:а|у|ым|ой|ых|е|ыми|ого|ому|ой|ке|қа|ға|ге|тың|тің|ның|нің|ты|ті|ны|ні|та|те|тан|тен|пен|мен)?"
FAMILY_FORM = re.compile(
    r"^[^\W\d_]{2,30}?(?:"
    r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой|ых|е|ыми|ой|ке|қа|ға|ге|тың|тің|ның|нің|ты|ті|ны|ні|та|те|тан|тен|пен|мен)?"
    r"|(?:ова|ева|ёва|ина|ына)(?:ға|ның|ны|да|дан|мен)?"
    r"|(?:ский|ская|цкий|цкая|ского|ской|скому|ским|цкого|цкой)"
    r"|(?:ович|евич|ьич|ич|овна|евна|ична|инична)" + _CASE +
    r"|(?:ұлы|улы|қызы|кызы)(?:на|ның|нан|мен|ға|на)?"
    r"|(?:ov|ev|ova|eva|uly|kyzy|ovich|evich|ovna|evna|enko|bayev|bayeva|bekov|bekova)(?:'s|’s)?"
    r")$")


def _words(block: str) -> list[str]:
    return block.split()


def wordset(block: str) -> frozenset[str]:
    """The words of a text block, as a set."""
    return frozenset(block.split())


def fold(word: str) -> str:
    """A word compared case-blind, with ё as е and Kazakh letters as their nearest Russian letters."""
    return word.casefold().replace("ё", "е").translate(KAZAKH_TO_RUSSIAN)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Folded first names (built on first use, not at import)."""
    return frozenset(fold(w) for w in _words(KAZAKH_FIRST + RUSSIAN_FIRST + LATIN_FIRST))


@lru_cache(maxsize=1)
def ambiguous_names() -> frozenset[str]:
    return frozenset(fold(w) for w in _words(AMBIGUOUS))


@lru_cache(maxsize=1)
def not_surnames() -> frozenset[str]:
    return frozenset(fold(w) for w in _words(NOT_SURNAMES))


@lru_cache(maxsize=1)
def _endings() -> tuple[str, ...]:
    return tuple(fold(e) for e in RU_ENDINGS + KK_ENDINGS + EN_ENDINGS)


@lru_cache(maxsize=4096)
def first_name_stem(word: str) -> str | None:
    """The folded dictionary form of ``word`` if it is a known first name in any case form, else None:
    "Айгерімге" → "айгерим", "Марии" → "мария", "Сергея" → "сергей", "Tom's" → "tom"."""
    names = first_names()
    w = fold(word)
    if w in names:
        return w
    for e in _endings():
        if w.endswith(e) and len(w) - len(e) >= 2:
            stem = w[: -len(e)]
            for tail in ("", "а", "я", "й", "ь"):
                if stem + tail in names:
                    return stem + tail
    return None


def looks_like_family_name(word: str) -> bool:
    """True for a capitalised word with a surname or patronymic ending (Иванова, Сәтбаев, Нұрланұлы, Petrovich)."""
    return (len(word) >= 4 and word[0].isupper() and not word.isupper() and fold(word) not in not_surnames()
            and FAMILY_FORM.match(word) is not None)


WORD = re.compile(r"[^\W\d_]{1,60}(?:['’\-][^\W\d_]{1,60})?")
INITIAL = re.compile(rf"[{UP}]\.")
INTRO = re.compile(r"(?i:меня зовут|моё имя|мое имя|my name is|my name's|call me|менің атым|атым|есімім"
                   r"|менің есімім|зовут)[ ]{1,2}(?:—[ ]?)?")
NOT_NAMES = wordset("не not the a secret секрет құпия емес жоқ no никак")  # "меня зовут не Маша"
TITLES = wordset("""президент president мистер миссис господин госпожа доктор профессор mr mrs ms miss
dr doctor professor teacher мырза ханым апай ағай учитель учительница""")


def _sentence_start(n: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and n[k] in " «\"'“(—–-":
        k -= 1
    return k < 0 or n[k] in ".!?…\n:"


def find_names(n: str, taken: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """("name", start, end) for the names in ``n`` that do not overlap the ``taken`` spans (not overlapping)."""
    taken = sorted(taken)
    taken_starts = [s for s, _ in taken]
    tokens = [(m.start(), m.end(), m.group()) for m in WORD.finditer(n)]
    intro_next = {m.end() for m in INTRO.finditer(n)}
    score = []  # 2 = a name by itself, 1 = a name when next to another name, 0 = not a name
    for start, end, word in tokens:
        cap = word[0].isupper() and not (word.isupper() and len(word) > 1)
        first = first_name_stem(word) if cap or start in intro_next else None
        if start in intro_next and (cap or first or len(word) >= 2) and fold(word) not in NOT_NAMES:
            score.append(2)
        elif word.islower() and len(word) >= 3 and fold(word) in first_names() and fold(word) not in \
                ambiguous_names() and n[start - 1:start] not in ("@", "_") and not n[end:end + 1].isalnum() \
                and n[end:end + 1] != "_":
            score.append(2)  # "привет, я айгерим": a name typed in lower case (only names that are no other word)
        elif cap and first:
            inflected = fold(word) != first and not word.endswith(("'s", "’s"))
            ambiguous = first in ambiguous_names() or inflected
            score.append(1 if ambiguous and _sentence_start(n, start) else 2)
        elif looks_like_family_name(word):  # at the start of a sentence only when calling someone: "Иванов, ..."
            score.append(1 if _sentence_start(n, start) and n[end:end + 1] != "," else 2)
        else:
            score.append(0)
    for k, (start, end, _word) in enumerate(tokens):
        if n[start - 1:start] in "«\"“" and start and n[end:end + 1] in "»\"”":
            score[k] = 0  # «Арман» кинотеатры: a title or a brand
    for k, (start, _end, word) in enumerate(tokens):  # "Emily Carter", "Айжан Сериковна", "Abai Kunanbayev"
        if score[k] or not word[0].isupper() or word.isupper() or fold(word) in TITLES:
            continue
        first_word = _sentence_start(n, start)  # "Yesterday Emily", "Кеше Айгерім": only before a surname
        near = [m for m in (k - 1, k + 1) if 0 <= m < len(tokens) and score[m] == 2
                and (not first_word or (m == k + 1 and looks_like_family_name(tokens[m][2])))]
        if any(tokens[max(k, m)][0] - tokens[min(k, m)][1] == 1 and n[tokens[min(k, m)][1]] == " " for m in near):
            score[k] = 1
    found, i = [], 0
    while i < len(tokens):
        if not score[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and score[j + 1] and tokens[j + 1][0] - tokens[j][1] == 1 \
                and n[tokens[j][1]] == " ":
            j += 1
        run = score[i:j + 1]
        if max(run) == 2 or len(run) > 1:
            start, end = tokens[i][0], tokens[j][1]
            while (m := INITIAL.match(n, end + (n[end:end + 1] == " "))) is not None:  # "Иванов И.И."
                end = m.end()
            k = bisect.bisect_left(taken_starts, end) - 1  # the last taken span starting before this name ends
            if k < 0 or taken[k][1] <= start:
                found.append(("name", start, end))
        i = j + 1
    return found

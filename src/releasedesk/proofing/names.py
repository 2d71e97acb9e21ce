"""Checks against the office register: names spelt nearly right, titles a person does not
hold on the release date, banned or retired terms, phrases never to print."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from releasedesk.register import Person, Register, Title

from .findings import (
    BANNED_PHRASE,
    ERROR,
    REGISTER_NAME,
    REGISTER_TITLE,
    TERM,
    ProofFinding,
    finding,
)
from .text import is_cjk
from .titles import TitleFinder, lowered_like, same_title

_CAPITALISED = re.compile(r"[A-Z][a-zA-Z’'-]*[a-z][a-zA-Z’'-]*")
_CAP_RUN = re.compile(r"[A-Z][a-zA-Z’'-]*(?:[ ]+[A-Z][a-zA-Z’'-]*)*")

def distance(a: str, b: str, limit: int = 2) -> int:
    """Edit distance with adjacent swaps counted once (optimal string alignment); any
    distance over *limit* is returned as limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]):
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def _allowed_edits(name: str) -> int:
    return 1 if len(name) < 8 else 2


class RegisterIndex:
    """A register made ready for fast look-ups: one per register, reused across passes."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.people = register.people
        self.full_names = {p.name: p for p in register.people}
        self.name_words: set[str] = set()
        self.by_short: dict[str, list[Person]] = {}
        self.by_zh: dict[str, list[Person]] = {}
        self.by_zh_surname: dict[str, list[Person]] = {}
        for person in register.people:
            parts = person.name.split()
            self.name_words.update(parts)
            for short in {person.name, parts[0], parts[-1]}:
                self.by_short.setdefault(short, []).append(person)
            if person.name_zh:
                self.by_zh.setdefault(person.name_zh, []).append(person)
                self.by_zh_surname.setdefault(person.name_zh[0], []).append(person)
        # Every word the register spells (accepted by the spelling check).
        self.known_words: set[str] = set(self.name_words)
        for organization in register.organizations:
            for name in (organization.name, *organization.short):
                self.known_words.update(re.findall(r"[^\W\d_]+", name))
        for term in register.terms:
            self.known_words.update(re.findall(r"[^\W\d_]+", term.use))
        for word in (*register.words, *register.places):
            self.known_words.update(re.findall(r"[^\W\d_]+", word))
        self._words_by_initial: dict[str, list[str]] = {}
        for word in self.name_words:
            if len(word) >= 5:
                self._words_by_initial.setdefault(word[0], []).append(word)
        self.titles = {t.title for p in register.people for t in p.titles if t.title}
        self.titles_zh = {t.title_zh for p in register.people for t in p.titles if t.title_zh}
        self._titled = TitleFinder(self.by_short, self.full_names, self.titles, self.by_zh,
                                   self.by_zh_surname, self.titles_zh)
        self._terms = _phrases({w: t.use for t in register.terms for w in t.wrong})
        self._right_terms = _phrases({t.use: t.use for t in register.terms})
        self._banned = _phrases({b.phrase: b.use for b in register.banned})
        self._near_cache: dict[str, str | None] = {}
        # Names of two words or more by their initials ("L", "M" → Li Mingyuan).
        self._by_initials: dict[tuple[str, ...], list[Person]] = {}
        for person in register.people:
            parts = person.name.split()
            if len(parts) >= 2 and len(person.name) >= 5:
                self._by_initials.setdefault(tuple(p[0] for p in parts), []).append(person)
        self._name_sizes = sorted({len(k) for k in self._by_initials})

    # -- names ---------------------------------------------------------------------

    def near_name(self, word: str, known: Callable[[str], bool] | None) -> str | None:
        """The register word *word* is a misspelling of, or None."""
        if word in self._near_cache:
            return self._near_cache[word]
        found = None
        if word not in self.known_words and len(word) >= 5:
            for name in self._words_by_initial.get(word[0], ()):
                edits = distance(word, name, 2)
                if 0 < edits <= _allowed_edits(name):
                    # A word the dictionary knows is another word, not a slip: unless
                    # spelling is off, leave it to the writer.
                    if known is not None and known(word):
                        break
                    found = name
                    break
        if len(self._near_cache) < 100_000:
            self._near_cache[word] = found
        return found

    def check_names(self, field: str, text: str,
                    known: Callable[[str], bool] | None) -> list[ProofFinding]:
        findings: list[ProofFinding] = []
        if not self.people:
            return findings
        flagged: set[int] = set()
        for match in _CAPITALISED.finditer(text):
            word = match.group(0).rstrip("’'-")
            if "’" in word or "'" in word:
                word = re.split(r"[’']", word)[0]
            right = self.near_name(word, known)
            if right is not None:
                flagged.add(match.start())
                findings.append(finding(field, match.start(), match.start() + len(word),
                                        REGISTER_NAME, ERROR, "register_name", right,
                                        found=word, use=right))
        # Short names (Li Wei → Li Wie) only as a whole name, initials kept.
        for match in _CAP_RUN.finditer(text) if self._by_initials else ():
            words = match.group(0).split()
            if len(words) < 2:
                continue
            for size in self._name_sizes:
                for i in range(len(words) - size + 1):
                    window = words[i:i + size]
                    people = self._by_initials.get(tuple(w[0] for w in window))
                    if not people:
                        continue
                    candidate = " ".join(window)
                    if candidate in self.full_names:
                        continue
                    for person in people:
                        if not 0 < distance(candidate, person.name, 2) <= _allowed_edits(
                                person.name):
                            continue
                        start = match.start() + _offset_of_word(match.group(0), i)
                        if any(start <= f < start + len(candidate) for f in flagged):
                            break
                        flagged.add(start)
                        findings.append(finding(field, start, start + len(candidate),
                                                REGISTER_NAME, ERROR, "register_name",
                                                person.name, found=candidate, use=person.name))
                        break
        if self.by_zh and not text.isascii():
            findings += self._check_zh_names(field, text)
        return findings

    def _check_zh_names(self, field: str, text: str) -> list[ProofFinding]:
        """A register name of three or four characters written with one character wrong,
        its surname kept (周明化 for 周明华), where a name stands: next to a title, or
        after a break, a word that comes before a name (、 。 “ 由 与 对 …) or a title's
        end (市长, 主任, 记者 …).

        Chinese runs its words together, so no gap says where a name starts: a register
        name's surname is often the end of a word (每周, 扩张, 提高) and a given name's
        character the start of the next (周明确, 张建设, 高志愿); such a window is not taken
        for a name unless a title stands next to it."""
        findings = []
        titles = sorted(self.titles_zh, key=len, reverse=True)
        for name_zh, people in self.by_zh.items():
            size = len(name_zh)
            if size not in (3, 4):
                continue
            start = text.find(name_zh[0])
            while start != -1:
                window = text[start:start + size]
                if (len(window) == size and window != name_zh and window not in self.by_zh
                        and all(is_cjk(c) for c in window)
                        and sum(a != b for a, b in zip(window, name_zh, strict=True)) == 1
                        and (_after_a_break(text, start)
                             or any(text.startswith(t, start + size) for t in titles)
                             or any(text.endswith(t, 0, start) for t in titles))):
                    findings.append(finding(field, start, start + size, REGISTER_NAME, ERROR,
                                            "register_name", name_zh, found=window,
                                            use=people[0].name_zh))
                start = text.find(name_zh[0], start + 1)
        return findings

    # -- titles --------------------------------------------------------------------

    def check_titles(self, field: str, text: str, day: date | None) -> list[ProofFinding]:
        """A title next to a register person's name that the register does not give them
        on *day* (titles: titles.py), with the one they hold then offered in its place."""
        if day is None or not self.people:
            return []
        findings: list[ProofFinding] = []
        for spot in self._titled.spots(text):
            chinese = spot.chinese
            if chinese:
                people = self.by_zh.get(spot.name) or self.by_zh_surname.get(spot.name, [])
            else:
                people = self.by_short.get(spot.name, [])
            problem = _title_problem(people, spot.title, day, chinese)
            if problem is None:
                continue
            person, held = problem
            shown_name = person.name_zh if chinese and person.name_zh else person.name
            found = text[spot.start:spot.end]
            if held:
                right = lowered_like(held[0], spot.title)
                use = (text[spot.start:spot.title_start] + right
                       + text[spot.title_end:spot.end])
                findings.append(finding(field, spot.start, spot.end, REGISTER_TITLE, ERROR,
                                        "register_title", held[0], found=found,
                                        date=day.isoformat(), name=shown_name,
                                        held=" / ".join(held), title=spot.title, use=use))
            else:
                findings.append(finding(field, spot.start, spot.end, REGISTER_TITLE, ERROR,
                                        "register_title_none", found=found,
                                        date=day.isoformat(), name=shown_name,
                                        title=spot.title))
        return findings

    # -- terms and banned phrases ------------------------------------------------------

    def check_terms(self, field: str, text: str) -> list[ProofFinding]:
        findings: list[ProofFinding] = []
        lowered = text.casefold()
        # A substring test per phrase first: most texts hold none, and the patterns scan
        # slowly.
        if self._terms is not None and any(k in lowered for k in self._terms[1]):
            pattern, table = self._terms
            right_spans = [(m.start(), m.end()) for m in self._right_terms[0].finditer(text)] \
                if self._right_terms is not None else []
            for match in pattern.finditer(text):
                if any(s <= match.start() and match.end() <= e for s, e in right_spans):
                    continue
                use = table[match.group(0).casefold()]
                findings.append(finding(field, match.start(), match.end(), TERM, ERROR, "term",
                                        use, found=match.group(0), use=use))
        if self._banned is not None and any(k in lowered for k in self._banned[1]):
            pattern, table = self._banned
            for match in pattern.finditer(text):
                findings.append(finding(field, match.start(), match.end(), BANNED_PHRASE,
                                        ERROR, "banned_phrase", table[match.group(0).casefold()],
                                        found=match.group(0)))
        return findings


def _title_problem(people: list[Person], title: str, day: date,
                   chinese: bool) -> tuple[Person, list[str]] | None:
    """None when one of *people* holds *title* on *day* (or the register names none of
    their titles in the text's language: it cannot say); else the person meant and the
    titles they hold that day."""

    def named(t: Title) -> str:
        return t.title_zh if chinese else t.title

    people = [p for p in people if any(named(t) for t in p.titles)]
    if not people:
        return None
    for person in people:
        if any(same_title(title, named(t), chinese) for t in person.titles_on(day)):
            return None
    ever = [p for p in people if any(same_title(title, named(t), chinese) for t in p.titles)]
    if not ever and len(people) > 1:
        return None  # a title none of them ever held: likely another person of that name
    person = (ever or people)[0]
    held = [named(t) for t in person.titles_on(day) if named(t)]
    return person, held


# What a name often follows in Chinese, by its last character: a word ("由周明华主持",
# "与周明华会谈") or the end of a title the register may not list (市长, 主任, 书记,
# 委员, 经理, 主席, 记者, 发言人, 总监). 的, 了 and 不 are left out: "的王" starts 王国 as
# often as a name.
_BEFORE_A_NAME = frozenset("由与和及同跟向对把被让请据经为令是即称给邀"
                           "长任记员理席官者人监裁授")


def _after_a_break(text: str, start: int) -> bool:
    """Whether what stands at *start* begins a word: the text's start, or after a
    character that is no Chinese character (punctuation, a space, a digit), or after a
    word a name often follows."""
    if start == 0:
        return True
    before = text[start - 1]
    return not is_cjk(before) or before in _BEFORE_A_NAME


def _offset_of_word(run: str, index: int) -> int:
    offset = 0
    for _ in range(index):
        offset = run.index(" ", offset)
        while run[offset] == " ":
            offset += 1
    return offset


def _phrases(table: dict[str, str]) -> tuple[re.Pattern[str], dict[str, str]] | None:
    if not table:
        return None
    parts = []
    for phrase in sorted(table, key=len, reverse=True):
        escaped = re.escape(phrase)
        if phrase[:1].isascii() and phrase[:1].isalnum():
            escaped = r"\b" + escaped
        if phrase[-1:].isascii() and phrase[-1:].isalnum():
            escaped += r"\b"
        parts.append(escaped)
    return (re.compile("|".join(parts), re.IGNORECASE),
            {k.casefold(): v for k, v in table.items()})


"""People's names across language versions, from the office register (register.py).

The register gives each person's name in both languages ("Lin Wei", "林伟"). A release
that names a person in either form states a fact, the person, which its language version
must state too, in its own form: one version naming 林伟 where the other names Lin Mei,
or nobody, is a mismatch (match.py pairs them like any other class of fact). A person is
a fact once per version, however often named: translations repeat names differently.

Forms are matched longest first (林伟明 before 林伟), Latin forms as whole words and
case as written; a name no register lists is not read. Qt-free and without I/O.

Two versions may come from two offices' house styles (the English desk's and the Chinese
desk's), each with its own register: a pair is read with both (``across``), so a person
only the partner's register lists is a fact on both sides too. Where the registers
disagree, the release's own register's forms come first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..register import Person, Register
from .facts import NAME, Fact


@dataclass(frozen=True)
class _Form:
    text: str
    key: str  # the person's register name: one person, one fact
    pattern: re.Pattern[str]


def _forms(people: Iterable[Person]) -> list[_Form]:
    forms: list[_Form] = []
    for person in people:
        for text in {person.name.strip(), person.name_zh.strip()}:
            if len(text) < 2:
                continue
            latin = text.isascii()
            pattern = re.compile((r"(?<![\w])" + re.escape(text) + r"(?![\w])") if latin
                                 else re.escape(text))
            forms.append(_Form(text, person.name.strip() or person.name_zh.strip(), pattern))
    forms.sort(key=lambda form: len(form.text), reverse=True)
    return forms


class NameReader:
    """Reads the register's people from texts (the forms compiled once per register)."""

    def __init__(self, register: Register | None) -> None:
        self.people = list(register.people) if register is not None else []
        self.forms = _forms(self.people)

    def facts(self, text: str, field: str) -> list[Fact]:
        """The people *text* names, each once with the first place it names them."""
        claimed = bytearray(len(text))
        first: dict[str, Fact] = {}
        for form in self.forms:
            for match in form.pattern.finditer(text):
                if any(claimed[match.start():match.end()]):
                    continue
                claimed[match.start():match.end()] = b"\x01" * (match.end() - match.start())
                fact = Fact(NAME, form.key, field, match.group(0), match.start())
                if form.key not in first or fact.start < first[form.key].start:
                    first[form.key] = fact
        return sorted(first.values(), key=lambda fact: fact.start)

    def counterpart(self, key: str, chinese: bool) -> str:
        """The person *key*'s name as a version in Chinese (or not) should write it."""
        for person in self.people:
            if (person.name.strip() or person.name_zh.strip()) == key:
                return (person.name_zh or person.name) if chinese else \
                    (person.name or person.name_zh)
        return key


def across(*registers: Register | None) -> NameReader | None:
    """One reader of the people of every register given (the release's own first), each
    person once: by their name, else their Chinese name, as the first register lists them;
    None when no register lists anyone."""
    people: list[Person] = []
    seen: set[str] = set()
    for register in registers:
        for person in register.people if register is not None else ():
            keys = {key for key in (person.name.strip(), person.name_zh.strip()) if key}
            if keys and not keys & seen:
                people.append(person)
            seen |= keys
    return NameReader(Register(people=people)) if people else None


def once_each(side: list[Fact]) -> list[Fact]:
    """A version's name facts with each person once (at the first place named)."""
    seen: set[str] = set()
    out = []
    for fact in side:
        if fact.kind != NAME or fact.value not in seen:
            out.append(fact)
            seen.add(fact.value)
    return out

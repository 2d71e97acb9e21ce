"""How a finding across language versions names its parts in the reader's language: the kind
of fact, the other version's language and the place (field and paragraph) a fact stands.

Each is a Phrase of a marked (N_) word, so the Readiness panel and `releasedesk check`
translate it with the finding's sentence: 与英文版本的电话号码不一致 …（正文第3段）, not
"与 en 版本的phone不一致 …（body）".
"""

from __future__ import annotations

import re

from ..errors import N_, Phrase
from ..field_rules import LANGUAGE_MAX, shown
from ..fields import field
from ..language_tag import LANGUAGE_WORDS, primary
from .facts import DATE, EMAIL, MONEY, NAME, NUMBER, PERCENT, PHONE, TIME, URL
from .marks import TO_TRANSLATE

KIND_WORDS = {NUMBER: N_("number"), DATE: N_("date"), TIME: N_("time"),
              MONEY: N_("sum of money"), PERCENT: N_("percentage"),
              PHONE: N_("phone number"), EMAIL: N_("e-mail address"),
              URL: N_("web address"), NAME: N_("name")}

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def kind_phrase(kind: str) -> Phrase | str:
    word = KIND_WORDS.get(kind)
    return Phrase(word) if word is not None else kind


# A link read from a file may name no language: its sentence still reads.
UNNAMED = N_("unnamed language")


def language_phrase(tag: str) -> Phrase | str:
    """The language of *tag* in words; the tag itself for a language not listed, fit for a
    one-line sentence (a link's tag is read from a file: no line break, no bidi override,
    cut when long)."""
    if not tag.strip():
        return Phrase(UNNAMED)
    word = LANGUAGE_WORDS.get(primary(tag))
    return Phrase(word) if word is not None else shown(tag, LANGUAGE_MAX)


def paragraph_number(text: str, start: int) -> int:
    """The paragraph (1, 2 …, blank lines between) of *text* that offset *start* is in; a
    copied text's mark on a line of its own is no paragraph (align.paragraphs)."""
    before = _PARAGRAPH_BREAK.split(text[:max(0, start)])[:-1]
    return sum(1 for part in before if part.strip() not in ("", TO_TRANSLATE)) + 1


def place_phrase(name: str, text: str, start: int) -> Phrase | str:
    """Where a fact stands: "Body, paragraph 3", "Headline", "Media contacts"."""
    spec = field(name)
    if spec is None:
        return name
    if "{number}" in spec.change_label and _PARAGRAPH_BREAK.search(text):
        return Phrase(spec.change_label, number=paragraph_number(text, start))
    return Phrase(spec.label)

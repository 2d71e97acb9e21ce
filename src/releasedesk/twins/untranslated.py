"""Text of a language version still in the other language: the paragraphs a translator
has not reached yet (copied with the [TO TRANSLATE] mark, the mark then deleted), and the
organisation or footer kept as they were copied.

A paragraph of a Chinese version reads as untranslated when it has several words in Latin
letters and next to no Chinese characters; a paragraph of a version in a Latin-script
language when most of its letters are Chinese characters. Names, addresses and numbers in
Latin letters inside Chinese text are not enough to flag a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..language_tag import is_chinese
from ..model import Release
from .marks import TO_TRANSLATE, TRANSLATED_FIELDS

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_URLISH = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
_PARAGRAPH = re.compile(r"^[ \t]*\S.*(?:\n[ \t]*\S.*)*", re.MULTILINE)  # lines, no blank
# Fewer Latin words than these in a paragraph is a name or a term, not a sentence.
MIN_WORDS_IN_CHINESE = 6
MIN_WORDS_ONE_LINE = 3
MIN_CHINESE_IN_LATIN = 10


@dataclass(frozen=True)
class Untranslated:
    field: str
    start: int  # where the paragraph starts in the field's text
    excerpt: str


def reads_as_other_language(text: str, chinese_version: bool, one_line: bool = False) -> bool:
    """Whether *text* is still in the other language of a Chinese (or a Latin-script)
    version."""
    plain = _URLISH.sub(" ", text)
    chinese = len(_CJK.findall(plain))
    words = _LATIN_WORD.findall(plain)
    latin = sum(len(word) for word in words)
    if chinese_version:
        least = MIN_WORDS_ONE_LINE if one_line else MIN_WORDS_IN_CHINESE
        return len(words) >= least and chinese * 10 < latin + chinese
    return chinese >= MIN_CHINESE_IN_LATIN and chinese * 2 > latin + chinese


def untranslated(release: Release) -> Iterator[Untranslated]:
    """The paragraphs (and the organisation and footer lines) of *release*, a language
    version, still written in another language."""
    chinese = is_chinese(release.language)
    for name in TRANSLATED_FIELDS:
        text = getattr(release, name)
        if not isinstance(text, str):
            continue
        for paragraph in _PARAGRAPH.finditer(text):
            if TO_TRANSLATE in paragraph.group(0):
                continue  # marked to translate: its own finding says so
            if reads_as_other_language(paragraph.group(0), chinese, one_line="\n" not in text):
                yield Untranslated(name, paragraph.start(), _one_line(paragraph.group(0)))
    if reads_as_other_language(release.organization, chinese, one_line=True):
        yield Untranslated("organization", 0, _one_line(release.organization))
    for line in release.footer:
        if reads_as_other_language(line.text, chinese, one_line=True):
            yield Untranslated("footer", 0, _one_line(line.text))
            break  # one finding for the footer


def _one_line(text: str) -> str:
    """An excerpt as a finding quotes it: on one line, its first 60 characters."""
    return " ".join(text.split())[:60]

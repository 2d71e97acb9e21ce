"""The words of a text that proofing reads, at their offsets in the text as typed.

Links' addresses, e-mail addresses, URLs, formulas (a Word draft's equations, imported as
the text they read: "E=mc^2", "(a+b)/2+√x"), code and raw HTML are blanked out (replaced by
spaces of the same length) before any rule runs, so every offset found in the blanked text
is the offset in the field as typed, and nothing in a URL is ever flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..field_rules import EMAIL_IN_TEXT
from ..patterns import LazyPattern

_URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>()\[\]\"“”（）]+|\b[\w.-]+\.(?:com|org|net|"
                  r"gov|edu|example|io|cn|uk|de|info)(?:/[^\s<>()\[\]\"“”]*)?\b", re.IGNORECASE)
# Markdown: fenced code blocks, code spans, a link's address, autolinks, raw HTML tags.
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^ {0,3}\1[^\n]*$|\Z)",
                    re.MULTILINE | re.DOTALL)
_CODE_SPAN = re.compile(r"(`+)[^`].*?\1|``", re.DOTALL)
_LINK_TARGET = re.compile(r"\]\([^)\n]*\)")
_ANGLE = re.compile(r"<[A-Za-z/!][^<>\n]*>")
# A word: Latin letters with inner apostrophes (don't, council's); hyphens split words.
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]+(?:['’][A-Za-zÀ-ÖØ-öø-ɏ]+)*")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A formula: a run of characters without space, CJK or fullwidth punctuation that holds a
# mathematical operator (a fraction of words alone, "and/or", stays words); a sentence's
# punctuation after it is left for the sentence's rules. A thin space (U+2009) does not
# end it: an imported equation's spaces are thin ones (importing/docx_runs.equation_text).
_MATH_SIGNS = "=^√∛∜∑∏∫≤≥≠≈±×÷∞"
_NOT_IN_FORMULA = (r"\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u2008\u200a\u2028\u2029"
                   r"\u202f\u205f\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef")
_FORMULA = LazyPattern(  # (from a run's start only: one try per run, however long)
    rf"(?<![^{_NOT_IN_FORMULA}])[^{_NOT_IN_FORMULA}]*[{_MATH_SIGNS}][^{_NOT_IN_FORMULA}]*?"
    rf"(?=[.,;:!?]*(?:[{_NOT_IN_FORMULA}]|$))")


def _blank(text: str, pattern: re.Pattern[str] | LazyPattern, keep_brackets: bool = False) -> str:
    def spaces(match: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    return pattern.sub(spaces, text)


def visible(text: str, markdown: bool = False) -> str:
    """*text* with what is not prose blanked out, the same length (offsets stay true)."""
    if markdown:
        if "```" in text or "~~~" in text:
            text = _blank(text, _FENCE)
        if "`" in text:
            text = _blank(text, _CODE_SPAN)
        if "](" in text:
            text = _blank(text, _LINK_TARGET)
        if "<" in text:
            text = _blank(text, _ANGLE)
    if "@" in text:
        text = _blank(text, EMAIL_IN_TEXT)
    if "." in text or ":" in text:
        text = _blank(text, _URL)
    if "=" in text or "^" in text or (not text.isascii() and any(
            sign in text for sign in _MATH_SIGNS)):
        text = _blank(text, _FORMULA)
    return text


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for each Latin word of a blanked text."""
    for match in _WORD.finditer(text):
        yield match.start(), match.end(), match.group(0)


def has_cjk(text: str) -> bool:
    return not text.isascii() and _CJK.search(text) is not None


def is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"

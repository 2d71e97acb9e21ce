"""Numbers by house style: AP for English (numerals from 10, "percent"), GB/T 15835 for
Chinese (one way of writing years in one text).

Only the cases a careful editor would always change are flagged: a spelled-out ten to
ninety-nine inside a sentence, a lone digit counting a plain noun after a lowercase word,
"per cent". Ages, times, measures, money, addresses and numbers at a sentence's start
(which AP spells out) are left alone.
"""

from __future__ import annotations

import re

from .findings import NUMBER_STYLE, WARNING, ZH_NUMBERS, ProofFinding, finding

_UNITS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SMALL = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SPELLED = re.compile(
    r"(?<![-\w])(?P<word>(?P<tens>" + "|".join(_TENS) + r")(?:-(?P<unit>" + "|".join(_SMALL)
    + r"))?|" + "|".join(_UNITS) + r")(?![-\w])")
# A digit counting a noun after a lowercase word: "with 4 buses", "the 3 new piers".
_DIGIT = re.compile(r"(?<=[a-z,] )(?P<digit>[1-9])(?= (?P<next>[a-z]+)\b)")
# Words after which a digit stays a digit in AP (ages, times, measures, money, scores …).
_KEEP_DIGIT_BEFORE = frozenset({
    "percent", "per", "million", "billion", "trillion", "p", "a", "am", "pm", "o", "and",
    "or", "to", "of", "in", "on", "at", "by", "for", "from", "with", "x", "years", "year",
    "months", "month", "km", "kilometers", "kilometres", "miles", "mile", "meters", "metres",
    "meter", "metre", "feet", "foot", "inches", "inch", "cm", "mm", "kg", "tons", "tonnes",
    "degrees", "mph", "points", "point", "seconds", "hours", "hour", "minutes", "minute",
    "mb", "gb", "percentage", "dollars", "cents", "yuan", "pounds", "euros", "votes",
    "goals", "runs", "th", "st", "nd", "rd", "times", "ft", "liters", "litres", "acres",
    "hectares", "ha", "lb", "mg", "ml", "gallons",
})
_KEEP_DIGIT_AFTER = frozenset({
    "no", "page", "pier", "route", "gate", "room", "level", "floor", "line", "platform",
    "berth", "bus", "phase", "section", "chapter", "article", "item", "step", "grade",
    "size", "version", "ward", "district", "zone", "terminal", "lane", "exit", "dock",
    "stage", "round", "game", "week", "day", "number", "than", "ages", "age", "aged",
    "top", "nearly", "about",
})
_PER_CENT = re.compile(r"\b(\d[\d.,]*\s+)?per cent\b", re.IGNORECASE)

_ZH_YEAR = re.compile(r"[〇零一二三四五六七八九]{4}年")
_ARABIC_YEAR = re.compile(r"(?<!\d)\d{4}\s*年")
_ZH_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _as_number(match: re.Match[str]) -> int:
    word = match.group("word").lower()
    if match.group("tens"):
        tens = (_TENS.index(match.group("tens").lower()) + 2) * 10
        unit = match.group("unit")
        return tens + (_SMALL.index(unit.lower()) + 1 if unit else 0)
    return _UNITS.index(word) + 10


def check_ap_numbers(field: str, text: str) -> list[ProofFinding]:
    """AP style: numerals from 10 on, one to nine spelled out, "percent"."""
    findings: list[ProofFinding] = []
    lowered = text.lower()
    if any(word in lowered for word in ("ten", "eleven", "twelve", "teen", "ty")):
        for match in _SPELLED.finditer(text):
            word = match.group("word")
            if word[0].isupper() or _starts_sentence(text, match.start()):
                continue
            number = _as_number(match)
            findings.append(finding(field, match.start(), match.end(), NUMBER_STYLE, WARNING,
                                    "ap_numeral", str(number), use=str(number)))
    for match in _DIGIT.finditer(text):
        following = match.group("next")
        written_before = text[:match.start()].rstrip(", ").rsplit(" ", 1)[-1]
        before = written_before.lower()
        # After a capitalised word the digit is a label's ("Pier 3", "Gate 4").
        if (following in _KEEP_DIGIT_BEFORE or before in _KEEP_DIGIT_AFTER
                or written_before[:1].isupper()
                or _continues_number(text, match.end())):
            continue
        word = _SMALL[int(match.group("digit")) - 1]
        findings.append(finding(field, match.start(), match.end(), NUMBER_STYLE, WARNING,
                                "ap_spell_out", word, use=word))
    if "per cent" in lowered:
        for match in _PER_CENT.finditer(text):
            start = match.end() - len("per cent")
            findings.append(finding(field, start, match.end(), NUMBER_STYLE, WARNING,
                                    "ap_percent", "percent"))
    return findings


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \"“*_")
    return not before or before[-1] in ".!?:\n#"


def _continues_number(text: str, end: int) -> bool:
    """A digit that is part of something larger: "3 1/2", "4-5", a digit then a unit."""
    return text[end:end + 1] in ("-", "/", ".", ",", "%")


def first_arabic_year(text: str) -> str | None:
    """The first year a text writes in Arabic numerals ("2026年"), if any."""
    if "年" not in text:
        return None
    match = _ARABIC_YEAR.search(text)
    return match.group(0).replace(" ", "") if match else None


def check_zh_numbers(field: str, text: str, other: str | None) -> list[ProofFinding]:
    """GB/T 15835: a text that writes years in Arabic numerals (*other*, the release's
    first: "2026年") should not also write them in Chinese numerals ("二〇二六年")."""
    if other is None or "年" not in text:
        return []
    findings = []
    for match in _ZH_YEAR.finditer(text):
        use = match.group(0).translate(_ZH_DIGITS)
        findings.append(finding(field, match.start(), match.end(), ZH_NUMBERS, WARNING,
                                "zh_year_mixed", use, found=match.group(0), other=other))
    return findings

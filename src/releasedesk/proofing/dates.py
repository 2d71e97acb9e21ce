"""Dates against weekdays and the release date, in every form a release writes them.

A weekday next to a date ("Tuesday, Nov. 25", "25 November (Tuesday)", "11月25日（星期二）",
"本周二（11月25日）") must be that date's weekday; "today", "yesterday", "tomorrow" (今天,
昨天, 明天 …) next to a date or a weekday must match the release date. A date with no
year means the one nearest the release date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .findings import ERROR, RELATIVE_DAY, WEEKDAY, ProofFinding, finding

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ZH_DAYS = "一二三四五六日"
_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
           "sep": 9, "oct": 10, "nov": 11, "dec": 12}
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_ATOMS = re.compile(
    rf"\b(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{{4}})\b)?"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\b\.?(?:,?\s+(?P<y2>\d{{4}})\b)?"
    r"|(?:(?P<y3>\d{4})\s*年\s*)?(?P<m3>\d{1,2})\s*月\s*(?P<d3>\d{1,2})\s*日"
    r"|\b(?P<en_day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|(?P<zh_day>(?:本|下|上|这)?(?:星期|周|礼拜)(?P<zh_char>[一二三四五六日天]))"
    r"|\b(?P<en_rel>[Tt]oday|[Yy]esterday|[Tt]omorrow)\b"
    r"|(?P<zh_rel>今天|今日|昨天|昨日|明天|明日)")
_GAP = re.compile(r"[ \t,，、(（]{0,4}")
_RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1, "今天": 0, "今日": 0, "昨天": -1,
             "昨日": -1, "明天": 1, "明日": 1}


class _Atom:
    __slots__ = ("end", "kind", "start", "text", "value")

    def __init__(self, start: int, end: int, kind: str, value: object, text: str) -> None:
        self.start, self.end, self.kind, self.value, self.text = start, end, kind, value, text


def _nearest(release_date: date, month: int, day: int, year: int | None) -> date | None:
    try:
        if year is not None:
            return date(year, month, day)
        options = []
        for y in (release_date.year - 1, release_date.year, release_date.year + 1):
            try:
                options.append(date(y, month, day))
            except ValueError:
                continue
        return min(options, key=lambda d: abs((d - release_date).days)) if options else None
    except ValueError:
        return None


def _atoms(text: str, release_date: date) -> list[_Atom]:
    atoms = []
    for match in _ATOMS.finditer(text):
        g = match.groupdict()
        start, end, found = match.start(), match.end(), match.group(0)
        if g["m1"] or g["m2"] or g["m3"]:
            if g["m3"]:
                month, day, year = int(g["m3"]), int(g["d3"]), g["y3"]
            else:
                name = g["m1"] or g["m2"]
                month = _MONTHS[name[:3].lower()]
                day, year = int(g["d1"] or g["d2"]), g["y1"] or g["y2"]
            if not 1 <= month <= 12:
                continue
            stated = _nearest(release_date, month, day, int(year) if year else None)
            if stated is not None:
                atoms.append(_Atom(start, end, "date", stated, found))
        elif g["en_day"]:
            atoms.append(_Atom(start, end, "weekday", WEEKDAYS.index(g["en_day"]), found))
        elif g["zh_day"]:
            char = g["zh_char"]
            atoms.append(_Atom(start, end, "weekday",
                               6 if char in "日天" else _ZH_DAYS.index(char), found))
        else:
            word = (g["en_rel"] or g["zh_rel"] or "").lower()
            atoms.append(_Atom(start, end, "relative", _RELATIVE[word], found))
    return atoms


def _weekday_word(atom: _Atom, weekday: int) -> str:
    """The right weekday, written the way *atom* wrote its own."""
    if atom.text[-1] in _ZH_DAYS + "天":
        return atom.text[:-1] + _ZH_DAYS[weekday]
    return WEEKDAYS[weekday]


def check_dates(field: str, text: str, release_date: date | None) -> list[ProofFinding]:
    """Weekday and relative-day findings in one text (none without a release date)."""
    if release_date is None or not _might_hold_dates(text):
        return []
    atoms = _atoms(text, release_date)
    findings: list[ProofFinding] = []
    index = 0
    while index + 1 < len(atoms):
        first, second = atoms[index], atoms[index + 1]
        if first.kind == second.kind or not _GAP.fullmatch(text[first.end:second.start]):
            index += 1
            continue
        index += 2
        pair = {first.kind: first, second.kind: second}
        start, end = first.start, second.end
        gap = text[first.end:second.start]
        if ("(" in gap or "（" in gap) and text[end:end + 1] in (")", "）"):
            end += 1  # "25 November (Tuesday)": the bracket closes with it
        found = text[start:end]
        if "relative" in pair:
            offset = pair["relative"].value
            assert isinstance(offset, int)
            meant = release_date + timedelta(days=offset)
            word = pair["relative"].text
            if "date" in pair and pair["date"].value != meant:
                findings.append(finding(field, start, end, RELATIVE_DAY, ERROR, "relative_day",
                                        meant.isoformat(), found=found,
                                        date=release_date.isoformat(), word=word,
                                        right=meant.isoformat()))
            elif "weekday" in pair and pair["weekday"].value != meant.weekday():
                findings.append(finding(field, start, end, RELATIVE_DAY, ERROR, "relative_day",
                                        _weekday_word(pair["weekday"], meant.weekday()),
                                        found=found, date=release_date.isoformat(), word=word,
                                        right=WEEKDAYS[meant.weekday()],
                                        right_weekday_index=meant.weekday()))
            continue
        stated = pair["date"].value
        assert isinstance(stated, date)
        if pair["weekday"].value != stated.weekday():
            findings.append(finding(field, start, end, WEEKDAY, ERROR, "weekday",
                                    _weekday_word(pair["weekday"], stated.weekday()),
                                    found=found, date=stated.isoformat(),
                                    weekday=WEEKDAYS[stated.weekday()],
                                    weekday_index=stated.weekday()))
    return findings


def _might_hold_dates(text: str) -> bool:
    lowered = text.lower()
    return ("day" in lowered or "tomorrow" in lowered
            or (not text.isascii() and any(c in text for c in "周期拜天日")))

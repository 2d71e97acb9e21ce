"""The dateline leading the first paragraph: "PORT CALLOWAY, Nov. 25, 2026 — The …"."""

from __future__ import annotations

import re
from datetime import date

from .patterns import DATE, find_date

_DASH = r"\s*(?:—|–|--|-)\s*"
_CAPS_PLACE = r"[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*){0,4}(?:,\s*[A-Z][A-Za-z.]{1,12})?"
_TITLE_PLACE = r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}"
_AGENCY = r"(?:\s*\((?:AP|Reuters|AFP|PRNewswire|BUSINESS WIRE|[A-Z][A-Za-z ]{1,20})\))?"
_YEARLESS = (r"(?P<md>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
             r"\s+\d{1,2})")
_ENGLISH = (
    re.compile(r"^(?P<place>" + _CAPS_PLACE + r")" + _AGENCY + r",\s*(?P<date>" + DATE + r")"
               + _AGENCY + _DASH, re.IGNORECASE | re.UNICODE),
    # "Saltmere, January 25, 2024 —": the place as written, the date's words in any case.
    re.compile(r"^(?P<place>" + _TITLE_PLACE + r"),\s*(?P<date>(?i:" + DATE + r"))" + _AGENCY
               + _DASH),
    re.compile(r"^(?P<place>" + _CAPS_PLACE + r")" + _AGENCY + r",\s*" + _YEARLESS + _AGENCY
               + _DASH, re.IGNORECASE),
    re.compile(r"^(?P<place>" + _CAPS_PLACE + r")" + _AGENCY + r"\s*(?:—|–|--|\s-)\s*"),
)
# "芬霍洛11月25日电——", "新华社北京12月1日电　", "本报北京电　": a place, a date, 电. Without a
# date, the place holds no 电 or 讯 and 电 is followed by a dash, a colon, a space or the
# reporter's bracket: "区供电局今天宣布" and "国家电网公司" open with words, not a dateline.
_CJK_PLACE = r"(?:(?![电讯])[\u4e00-\u9fff]){2,12}?"
_CHINESE_GAP = r"(?P<gap>\s*(?:——|—|－－|--|：|:)\s*|[\s\u3000]+|(?=[（(]))"
_CHINESE = (  # dated (its place may hold 电: 电白), or undated with its gap
    re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,12}?)(?P<date>(?:\d{4}年)?\d{1,2}月\d{1,2}日)电"
               + _CHINESE_GAP + "?"),
    re.compile(r"^(?P<place>" + _CJK_PLACE + r")(?P<date>)电" + _CHINESE_GAP))
# "本报讯　", "温岭讯——": a source line that carries no date; it stays as written.
_CHINESE_BARE = re.compile(r"^(?P<place>" + _CJK_PLACE + r"讯)" + _CHINESE_GAP)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def find_dateline(text: str, known: date | None = None
                  ) -> tuple[str, date | None, str, int] | None:
    """(place, date, the date as written, length of the lead) if *text* opens with a dateline."""
    for number, pattern in enumerate(_ENGLISH):
        # The first pattern matches case-insensitively for the date words only; the place
        # must still be written in capitals.
        match = pattern.match(text)
        if match is None:
            continue
        place = match.group("place").strip(" ,")
        if number in (0, 2, 3) and not _capitals(place):
            continue
        # A news agency after the place ("WASHINGTON (AP)") stays with the place.
        cut = match.start("date") if "date" in match.groupdict() and match.group("date") \
            else match.start("md") if match.groupdict().get("md") else match.end()
        place = re.sub(r"\s*(?:—|–|--|-)\s*$", "", text[:cut]).strip(" ,")
        if len(place) > 60 or len(match.group(0)) > 90:
            continue
        written = ""
        day: date | None = None
        if "date" in match.groupdict() and match.group("date"):
            written = match.group("date")
            found = find_date(written)
            day = found[0] if found else None
        elif match.groupdict().get("md"):
            written = match.group("md")
            month = _MONTHS.index(written[:3].lower()) + 1
            dom = int(re.findall(r"\d+", written)[-1])
            year = known.year if known else date.today().year
            try:
                day = date(year, month, dom)
            except ValueError:
                continue
        return place, day, written, match.end()
    bare = _CHINESE_BARE.match(text)
    if bare:
        return bare.group("place"), None, "", bare.end()
    match = _CHINESE[0].match(text) or _CHINESE[1].match(text)
    if match and len(match.group(0)) <= 30:
        written = match.group("date") or ""
        day = None
        if written:
            numbers = [int(n) for n in re.findall(r"\d+", written)]
            year = numbers[0] if len(numbers) == 3 else (known.year if known else
                                                         date.today().year)
            try:
                day = date(year, numbers[-2], numbers[-1])
            except ValueError:
                day = None
        return match.group("place"), day, written, match.end()
    return None


def _capitals(place: str) -> bool:
    letters = [c for c in place.split(",")[0] if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) >= 2

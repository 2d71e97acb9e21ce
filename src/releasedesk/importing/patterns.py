"""The words of a release that mean something: status lines, dates, times, labels, end marks.

English and Chinese forms, as newsrooms and city portals write them. Every pattern is
anchored to a whole line or a line's start, so body sentences are never mistaken.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from ..render.words import words_for

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+"
            r"|星期[一二三四五六日天]\s*|周[一二三四五六日]\s*)?")
DATE = (
    _WEEKDAY + r"(?:"
    + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})"
    + r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH.replace("month", "month2")
    + r",?\s+(?P<year2>\d{4})"
    + r"|(?P<year3>\d{4})[-/.](?P<month3>\d{1,2})[-/.](?P<day3>\d{1,2})"
    + r"|(?P<year4>\d{4})\s*年\s*(?P<month4>\d{1,2})\s*月\s*(?P<day4>\d{1,2})\s*[日号]"
    + r")"
)
_DATE = re.compile(DATE, re.IGNORECASE)
_DATE_LINE = re.compile(r"^\s*(?:\(?\s*" + DATE + r"\s*\)?)\s*$", re.IGNORECASE)

# "Release time: 2020-11-16 Browse: 1234" — the label before the date and the portal's
# view counter after it.
_RELEASE_LABEL = re.compile(
    r"^\s*(?P<label>(?:release(?:d)?\s*(?:time|date)|date(?:d)?|published|publication date|"
    r"posted(?:\s+on)?|发布(?:时间|日期)|日期|时间|来源)\s*[:：]?\s*)", re.IGNORECASE)
COUNTER = re.compile(r"\s*(?:browse|views?|hits|visits|clicks|read(?:s|\s+count)?|浏览(?:次数)?|"
                     r"阅读(?:量|次数)?|点击(?:数|量|率)?|访问量)\s*[:：]?\s*[\d,]*\s*$",
                     re.IGNORECASE)

# A Chinese portal's metadata lines under the title, one pair a line or several on one:
# "来源：芬霍洛区教育局  发布时间：2024-01-25 09:30  作者：林晓雯  浏览次数：1268".
# Each label's meaning: a release field, or a key kept in the file (no field yet).
METADATA_KEYS = {
    "来源": "source", "信息来源": "source", "文章来源": "source", "稿件来源": "source",
    "发布时间": "date", "发布日期": "date", "发稿时间": "date", "日期": "date",
    "作者": "author", "撰稿": "author", "文": "author", "责任编辑": "responsible_editor",
    "编辑": "responsible_editor", "审核": "reviewer", "浏览次数": "counter",
    "阅读次数": "counter", "阅读量": "counter", "点击数": "counter", "点击量": "counter",
    "访问量": "counter", "浏览量": "counter", "字号": "font-size",
}
_METADATA_PAIR = re.compile(
    r"(?P<label>" + "|".join(sorted(METADATA_KEYS, key=len, reverse=True)) + r")\s*[:：]\s*")
# The same lines as our own export prints them in English (a house style that asks for the
# portal's fields: render/words.py's labels), read only from a draft in our own styles:
# "Source: …" opens many an English sentence or quotation.
_EN = words_for("en")
OUR_ENGLISH_KEYS = {_EN.source: "source", _EN.release_time: "date", _EN.author: "author",
                    _EN.editor: "responsible_editor"}
_OUR_ENGLISH_PAIR = re.compile(
    r"(?P<label>" + "|".join(sorted(OUR_ENGLISH_KEYS, key=len, reverse=True)) + r"):\s*")


def metadata_pairs(line: str, ours: bool = False) -> list[tuple[str, str, str]] | None:
    """(key, label as written, value) for each pair if *line* is nothing but portal
    metadata pairs, else None. *ours*: the draft is one of our own Word exports, whose
    English labels are read too."""
    keys = METADATA_KEYS
    matches = list(_METADATA_PAIR.finditer(line))
    if ours and not matches:
        keys = OUR_ENGLISH_KEYS
        matches = list(_OUR_ENGLISH_PAIR.finditer(line))
    if not matches or line[: matches[0].start()].strip():
        return None
    pairs = []
    for number, match in enumerate(matches):
        end = matches[number + 1].start() if number + 1 < len(matches) else len(line)
        value = line[match.end():end].strip(" \t\u00a0\u3000|｜丨;；")
        pairs.append((keys[match.group("label")], match.group(0), value))
    # "文：" or "日期：" alone could open a sentence; a lone pair's value must be short.
    if len(pairs) == 1 and (len(pairs[0][2]) > 40 or (pairs[0][0] in ("author", "date")
                            and re.search(r"[。！？，,]", pairs[0][2]))):
        return None
    return pairs


IMMEDIATE = re.compile(
    r"^\s*(?:for\s+immediate\s+release|immediate\s+release|for\s+release\s*:?\s*immediately|"
    r"release\s*:?\s*immediately|即时发布|立即发布|即日发布)\s*[.:!]?\s*$", re.IGNORECASE)
_EMBARGO_LABEL = (
    r"(?:embargoed?(?:\s+until|\s+till|\s+to)?|hold\s+for\s+release(?:\s+until)?|"
    r"under\s+embargo\s+until|not\s+for\s+(?:publication|release)\s+(?:before|until)|"
    r"for\s+release\s+(?:at|on|after)|(?:本稿|本文)?禁发至|(?:本稿|本文)?暂缓发布[，,]?|"
    r"禁发时间\s*[:：]?|在.*?之前禁止发布)")
# The label before the moment ("EMBARGOED UNTIL …", "本稿禁发至…"), or, in Chinese, the
# words after it: "北京时间2026年11月25日 09:30前禁止发布".
_EMBARGO_AFTER = r"(?:[，,]?\s*此)?之?前(?:禁止|不得|请勿)(?:发布|刊发|播发)[^\s]{0,12}?"
EMBARGO = re.compile(
    rf"^(?=\s*{_EMBARGO_LABEL}|.*\S{_EMBARGO_AFTER}\s*$)\s*(?:{_EMBARGO_LABEL}\s*[:：]?\s*)?"
    rf"(?P<when>.*?)\s*(?:{_EMBARGO_AFTER})?\s*$", re.IGNORECASE)

END_MARK = re.compile(r"^\s*(?P<mark>#\s*#\s*#|-\s*30\s*-|—\s*30\s*—|-\s*end\s*-|—\s*end\s*—|"
                      r"ends?|\(?\s*完\s*\)?|（\s*完\s*）)\s*$", re.IGNORECASE)

RELEASE_NUMBER = re.compile(
    r"^\s*(?:(?:media|news|press)\s+(?:advisory|release)|release|advisory|release\s+no\.?|"
    r"no\.)\s*(?:no\.|number|#)?\s*[:：]?\s*[A-Z]{0,4}[-\s]?\d[\w\-/.]*\s*$", re.IGNORECASE)

CONTACT_LABEL = re.compile(
    # "NASA Contact", "Agency Press Contact": an agency's acronym (its organisation, kept
    # for the contacts that name none) or the usual words before "contact"; never any
    # capitalised word ("Quay Contact" is a line of text, not a label).
    r"^\s*(?:(?:(?P<org>(?-i:[A-Z]{2,6}))\s+)?(?:(?:news|media|press|public|agency|program|"
    r"project|communications)\s+){0,2}contacts?(?:\s*\(s\))?|(?:news\s+)?media\s+contacts?"
    r"(?:\s*\(s\))?|press|media|press\s+office|media\s+(?:inquiries|enquiries)|"
    r"for\s+(?:more|further)\s+information(?:,?\s+(?:please\s+)?contact)?|"
    r"媒体联系(?:人|方式)?|新闻联系人|联系人|联系方式|媒体垂询)"
    r"\s*(?:[:：]\s*|$)", re.IGNORECASE)
ABOUT = re.compile(r"^\s*(?:about|关于)\s*(?P<name>\S.{0,120}?)\s*[:：]?\s*$", re.IGNORECASE)

_ZONES = {
    "est": "America/New_York", "edt": "America/New_York", "et": "America/New_York",
    "eastern": "America/New_York", "cst": "America/Chicago", "cdt": "America/Chicago",
    "ct": "America/Chicago", "central": "America/Chicago", "mst": "America/Denver",
    "mdt": "America/Denver", "mt": "America/Denver", "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles", "pt": "America/Los_Angeles", "pacific": "America/Los_Angeles",
    "gmt": "Europe/London", "bst": "Europe/London", "utc": "UTC", "z": "UTC",
    "cet": "Europe/Berlin", "cest": "Europe/Berlin", "jst": "Asia/Tokyo",
    "hkt": "Asia/Hong_Kong", "sgt": "Asia/Singapore", "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney", "北京时间": "Asia/Shanghai",
}
_TIME = re.compile(
    r"(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?)?"
    r"(?=\W|$)|(?P<word>noon|midnight)", re.IGNORECASE)
_OFFSET = re.compile(r"(?:UTC|GMT)\s*(?P<sign>[+\-−])\s*(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?",
                     re.IGNORECASE)
_ZONE_WORD = re.compile(r"(?<![A-Za-z])(" + "|".join(sorted(_ZONES, key=len, reverse=True))
                        + r")(?![A-Za-z])", re.IGNORECASE)


def find_date(text: str) -> tuple[date, re.Match[str]] | None:
    """The first date written in *text*, with the match that holds it."""
    for match in _DATE.finditer(text):
        day = _to_date(match)
        if day is not None:
            return day, match
    return None


def whole_date(text: str) -> date | None:
    """The date if *text* is nothing but a date (a weekday may come first)."""
    match = _DATE_LINE.match(text)
    return _to_date(match) if match else None


def _to_date(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    try:
        if groups.get("year"):
            return date(int(groups["year"]), _MONTHS[groups["month"].lower()], int(groups["day"]))
        if groups.get("year2"):
            return date(int(groups["year2"]), _MONTHS[groups["month2"].lower()],
                        int(groups["day2"]))
        if groups.get("year3"):
            return date(int(groups["year3"]), int(groups["month3"]), int(groups["day3"]))
        if groups.get("year4"):
            return date(int(groups["year4"]), int(groups["month4"]), int(groups["day4"]))
    except (ValueError, KeyError):
        return None
    return None


def date_style(written: str) -> str:
    """Which of the house date formats a written date is in (ap, long, iso, zh)."""
    match = _DATE_LINE.match(written)
    if match is None or match.group("year4"):
        return "zh" if "年" in written else "iso"
    if match.group("year3"):
        return "iso"
    word = (match.group("month") or match.group("month2") or "").lower()
    # AP shortens the long month names and writes March to July in full.
    return "long" if word in ("january", "february", "august", "september", "october",
                              "november", "december") else "ap"


# A time of day after a release date: "2024-01-25 09:30", "2024年1月25日 09:30:00".
TIME_OF_DAY = re.compile(r"\s+(?P<clock>\d{1,2}:\d{2}(?::\d{2})?)\s*$")


def release_line(text: str) -> tuple[date, str, str] | None:
    """A release-date line: (date, the label before it, the written date) or None.

    "Nov. 25, 2026", "Release time: 2020-11-16 Browse: 123", "发布时间：2026-11-25 09:30".
    The written date keeps a time of day that follows it (TIME_OF_DAY finds it).
    """
    label_match = _RELEASE_LABEL.match(text)
    label = label_match.group("label") if label_match else ""
    rest = text[len(label):] if label else text
    rest = COUNTER.sub("", rest)
    day = whole_date(TIME_OF_DAY.sub("", rest))
    if day is None:
        return None
    return day, label, rest.strip()


def embargo_moment(when: str, default_zone: tzinfo) -> tuple[datetime | None, str, bool]:
    """The embargo's moment, its IANA zone name ("" if none), and whether the zone was written.

    "10:00 a.m. EST, Tuesday, March 3, 2026", "Dec. 1, 2026, 09:30 UTC+01:00",
    "2026年12月1日 09:30（UTC+01:00）". A missing time means the start of the day.
    """
    found = find_date(when)
    if found is None:
        return None, "", False
    day, match = found
    rest = when[: match.start()] + " " + when[match.end():]
    clock = time(0, 0)
    for candidate in _TIME.finditer(rest):
        if candidate.group("word"):
            clock = time(12, 0) if candidate.group("word").lower() == "noon" else time(0, 0)
            break
        hour = int(candidate.group("hour"))
        minute = int(candidate.group("minute") or 0)
        ampm = (candidate.group("ampm") or "").lower().replace(".", "").replace(" ", "")
        if not candidate.group("minute") and not ampm:
            continue  # a bare number ("UTC+01") is not a time
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            clock = time(hour, minute)
            break
    offset = _OFFSET.search(rest)
    if offset:
        sign = -1 if offset.group("sign") in "-−" else 1
        delta = timedelta(hours=int(offset.group("h")), minutes=int(offset.group("m") or 0))
        return datetime.combine(day, clock, timezone(sign * delta)), "", True
    zone_word = _ZONE_WORD.search(rest)
    if zone_word:
        from zoneinfo import ZoneInfo

        name = _ZONES[zone_word.group(1).lower()]
        return datetime.combine(day, clock, ZoneInfo(name)), name, True
    return datetime.combine(day, clock, default_zone), "", False

"""Facts in a release's text, each read into one canonical form per class.

Two language versions of a release must state the same facts: "2 p.m." and "下午2时" are
both 14:00, "3.2 million yuan" and "320万元" both CNY 3200000, "Nov. 25" and "11月25日"
both 2026-11-25 (the year from the release date when the text leaves it out). Each
normaliser reads one class from English or Chinese text; ``facts`` runs them in an order
that lets the more specific class claim its text first (a date's digits are no number, a
phone number no amount), and ``compare`` (match.py) pairs what both sides say.

Qt-free and without I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..field_rules import EMAIL_IN_TEXT, NOT_PHONE_FACT, PHONE_FACT
from .numerals import EN_WORDS, ZH_DIGITS, ZH_NUMERAL_CHARS, arabic, chinese, plain, scaled

NUMBER = "number"
DATE = "date"
TIME = "time"
MONEY = "money"
PERCENT = "percent"
PHONE = "phone"
EMAIL = "email"
URL = "url"
NAME = "name"  # a person of the office register (names.py: read only with a register)
CLASSES: tuple[str, ...] = (NUMBER, DATE, TIME, MONEY, PERCENT, PHONE, EMAIL, URL, NAME)


@dataclass(frozen=True)
class Fact:
    kind: str  # one of CLASSES
    value: str  # the canonical form: equal values state the same fact
    field: str  # the release field it stands in ("body", "contacts" …)
    excerpt: str  # the text as written
    start: int  # where the excerpt starts in the field's text


@dataclass(frozen=True)
class _Found:
    kind: str
    value: str
    start: int
    end: int


_Reader = Callable[[str, "date | None"], Iterator[_Found]]

# -- the patterns ---------------------------------------------------------------------------

_DIGITS = r"\d[\d,，]*(?:[.．]\d+)?"
_ZH_NUM = f"[{ZH_NUMERAL_CHARS}]+"
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]（）【】，。、；“”\"']+", re.IGNORECASE)
_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_EN_MONTH = (r"(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|"
             r"July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|"
             r"Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_EN_DATE = re.compile(_EN_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
_EN_DATE_DMY = re.compile(r"\b(\d{1,2})\s+" + _EN_MONTH + r"(?:,?\s+(\d{4}))?\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_ZH_DATE = re.compile(
    r"(?:(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*)?(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]")
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_WEEKDAY = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_ZH_WEEKDAY = re.compile(r"(?:星期|周|礼拜)([一二三四五六日天])")
_MERIDIEM = r"(a\.\s?m\.|p\.\s?m\.|am\b|pm\b)"
_EN_TIME_RANGE = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:-|–|—|to|until|till)\s*(\d{1,2})(?:[:.](\d{2}))?\s*"
    + _MERIDIEM, re.IGNORECASE)
_EN_TIME = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*" + _MERIDIEM, re.IGNORECASE)
_EN_NOON = re.compile(r"\b(noon|midday|midnight)\b", re.IGNORECASE)
# 中午/正午 (noon) and 午夜 (midnight) with no hour after them: 周六中午 is "Saturday noon".
_ZH_NOON = re.compile(r"(中午|正午|午夜)(?!\s*(?:\d|[零一二两三四五六七八九十]))")
_CLOCK = re.compile(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])")
_ZH_PERIOD = r"(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜间)?"
_ZH_HOUR = r"(\d{1,2}|[零一二两三四五六七八九十]{1,3})"
_ZH_TIME = re.compile(
    _ZH_PERIOD + r"\s*" + _ZH_HOUR
    + r"\s*(时|点)(?:\s*(半|\d{1,2}|[零一二三四五六七八九十]{1,3})\s*分?)?"
    + r"|" + _ZH_PERIOD + r"\s*(\d{1,2}):(\d{2})")
_ZONE = re.compile(r"\b(?:UTC|GMT)\s?([+-−])\s?(\d{1,2})(?::?(\d{2}))?|北京时间|Beijing time|"
                   r"China Standard Time", re.IGNORECASE)
_CNY_WORDS = r"(?:yuan|RMB|CNY|renminbi)"
_USD_WORDS = r"(?:US dollars|dollars|USD)"
_SCALE = r"(?:\s*(thousand|million|billion|万|亿))?"
_EN_MONEY = re.compile(
    r"(US\$|\$|¥|￥|RMB\s?|CNY\s?|USD\s?)\s?(" + _DIGITS + r")" + _SCALE + r"(?:\s*" +
    _CNY_WORDS + r"|\s*" + _USD_WORDS + r")?" +
    r"|(" + _DIGITS + r")" + _SCALE + r"\s*(" + _CNY_WORDS + r"|" + _USD_WORDS + r")\b",
    re.IGNORECASE)
_ZH_MONEY = re.compile(
    r"(人民币|￥|¥|\$|US\$)?\s*(" + _DIGITS + r"|" + _ZH_NUM + r")\s*(万|亿|千万|百万)?\s*"
    r"(元|美元|块)")
_PERCENT = re.compile(
    r"(" + _DIGITS + r")\s*(?:%|％|percent\b|per cent\b|percentage points?\b)"
    r"|百分之\s*(" + _DIGITS + r"|" + _ZH_NUM + r"(?:点[零一二三四五六七八九]+)?)"
    r"|(" + _DIGITS + r"|" + _ZH_NUM + r")\s*个百分点", re.IGNORECASE)
# Units a number may carry, by the canonical unit and its factor into it.
_UNITS: dict[str, tuple[str, Decimal]] = {}
for _unit, _names in {
    ("km", "1"): ("km", "kilometres", "kilometers", "kilometre", "kilometer", "公里", "千米"),
    ("m", "1"): ("m", "metres", "meters", "metre", "meter", "米"),
    ("km2", "1"): ("km2", "km²", "square kilometres", "square kilometers", "平方公里",
                   "平方千米"),
    ("m2", "1"): ("m2", "m²", "square metres", "square meters", "平方米"),
    ("ha", "1"): ("ha", "hectares", "hectare", "公顷"),
    ("kg", "1"): ("kg", "kilograms", "kilogrammes", "公斤", "千克"),
    ("t", "1"): ("tonnes", "tons", "tonne", "ton", "吨"),
    ("kw", "1"): ("kW", "kilowatts", "千瓦"),
    ("kw", "1000"): ("MW", "megawatts", "兆瓦"),
    ("h", "1"): ("hours", "hour", "hrs", "小时", "个小时"),
    ("min", "1"): ("minutes", "minute", "mins", "分钟"),
    ("day", "1"): ("days", "day", "天"),
    ("month", "1"): ("months", "month", "个月"),
    ("year", "1"): ("years", "year", "年"),
}.items():
    for _name in _names:
        _UNITS[_name.lower()] = (_unit[0], Decimal(_unit[1]))
_UNIT_NAMES = "|".join(sorted((re.escape(n) for n in _UNITS), key=len, reverse=True))
# Between a number's words: spaces (a soft line break too), or a hyphen with spaces around it
# on its line. A hyphen after a line break is a list's bullet ("two\n- two" is two items).
_JOIN = r"(?:[ \t\u00a0]*-[ \t\u00a0]*|\s+)"
_EN_NUMBER = re.compile(
    r"(?<![\w.,])(" + _DIGITS + r")(?:st|nd|rd|th)?" + r"(?:\s*(thousand|million|billion))?"
    r"(?:" + _JOIN + r"?(" + _UNIT_NAMES + r")(?![A-Za-z]))?",
    re.IGNORECASE)
_EN_WORD_NUMBER = re.compile(
    r"\b(" + "|".join(EN_WORDS) + r")(?:" + _JOIN + r"(" + "|".join(EN_WORDS) + r"))?"
    r"(?:\s*(thousand|million|billion))?(?:" + _JOIN + r"?(" + _UNIT_NAMES +
    r")(?![A-Za-z]))?\b",
    re.IGNORECASE)
# Chinese numerals count as a number only before a measure word or unit, or when they hold
# a place (十, 百 …): 一 alone is an article far more often than a count.
_MEASURES = "个条座名辆家所项次台张位艘班列栋间场处户件批轮届支架台幢趟口棵株把套"
_ZH_NUMBER = re.compile(
    # (never from inside a numeral: 第二十次 is an order, not a count of 十)
    r"(?<![第\d.," + ZH_NUMERAL_CHARS + r"])(" + _DIGITS + r"|" + _ZH_NUM + r")\s*(万|亿)?\s*(?:("
    + _UNIT_NAMES + r")|"
    r"([" + _MEASURES + r"]))?")


def _en_date_value(month: str, day: str, year: str | None, today: date | None) -> str | None:
    number = _MONTHS.get(month[:3].lower())
    return _date_value(year, number, int(day), today)


def _date_value(year: str | None, month: int | None, day: int, today: date | None) -> str | None:
    if month is None:
        return None
    if year:
        value = arabic(year)
        if value is None:
            value = chinese(year)
        year_number = int(value) if value is not None else None
    else:
        year_number = today.year if today is not None else None
    try:
        if year_number is None:
            date(2000, month, day)  # (a leap year: any real month and day)
            return f"--{month:02d}-{day:02d}"
        return date(year_number, month, day).isoformat()
    except ValueError:
        return None


def _small_number(text: str) -> int | None:
    value = arabic(text)
    if value is None:
        value = chinese(text)
    return int(value) if value is not None else None


def _dates(text: str, today: date | None) -> Iterator[_Found]:
    for pattern in (_EN_DATE, _EN_DATE_DMY):
        for match in pattern.finditer(text):
            if pattern is _EN_DATE:
                month, day, year = match.group(1), match.group(2), match.group(3)
            else:
                day, month, year = match.group(1), match.group(2), match.group(3)
            value = _en_date_value(month, day, year, today)
            if value is not None:
                yield _Found(DATE, value, match.start(), match.end())
    for match in _ISO_DATE.finditer(text):
        value = _date_value(match.group(1), int(match.group(2)), int(match.group(3)), today)
        if value is not None:
            yield _Found(DATE, value, match.start(), match.end())
    for match in _ZH_DATE.finditer(text):
        month, day = _small_number(match.group(2)), _small_number(match.group(3))
        if month is not None and day is not None:
            value = _date_value(match.group(1), month, day, today)
            if value is not None:
                yield _Found(DATE, value, match.start(), match.end())
    for match in _EN_WEEKDAY.finditer(text):
        index = [w[:3] for w in _EN_WEEKDAYS].index(match.group(1)[:3].lower())
        yield _Found(DATE, f"weekday {_EN_WEEKDAYS[index].title()}", match.start(), match.end())
    for match in _ZH_WEEKDAY.finditer(text):
        index = "一二三四五六日天".index(match.group(1))
        yield _Found(DATE, f"weekday {_EN_WEEKDAYS[min(index, 6)].title()}",
                     match.start(), match.end())


def _clock(hour: int, minute: int, meridiem: str) -> str | None:
    meridiem = meridiem.lower().replace(".", "").replace(" ", "")
    if meridiem in ("am", "pm"):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return f"{hour:02d}:{minute:02d}"


_ZH_AFTERNOON = ("下午", "傍晚", "晚上", "晚间", "夜间")


def _zh_clock(period: str, hour: int, minute: int) -> str | None:
    if (period in _ZH_AFTERNOON and 1 <= hour < 12) or (period == "中午" and 1 <= hour <= 3):
        hour += 12
    elif period == "凌晨" and hour == 12:
        hour = 0
    return _clock(hour, minute, "")


def _times(text: str, today: date | None) -> Iterator[_Found]:
    taken: list[tuple[int, int]] = []
    for match in _EN_TIME_RANGE.finditer(text):
        meridiem = match.group(5)
        for hour, minute, start, end in ((match.group(1), match.group(2), match.start(1),
                                          match.end(2) if match.group(2) else match.end(1)),
                                         (match.group(3), match.group(4), match.start(3),
                                          match.end())):
            value = _clock(int(hour), int(minute or 0), meridiem)
            if value is not None:
                yield _Found(TIME, value, start, end)
        taken.append((match.start(), match.end()))
    for match in _EN_TIME.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        value = _clock(int(match.group(1)), int(match.group(2) or 0), match.group(3))
        if value is not None:
            yield _Found(TIME, value, match.start(), match.end())
    for match in _EN_NOON.finditer(text):
        word = match.group(1).lower()
        yield _Found(TIME, "00:00" if word == "midnight" else "12:00", match.start(),
                     match.end())
    for match in _ZH_NOON.finditer(text):
        yield _Found(TIME, "00:00" if match.group(1) == "午夜" else "12:00", match.start(),
                     match.end())
    period = ""
    last_end = -10
    for match in _ZH_TIME.finditer(text):
        clock = match.group(6) is not None
        if clock:
            written = match.group(5) or ""
            hour, minute = int(match.group(6)), int(match.group(7))
        else:
            written = match.group(1) or ""
            hour_number = _small_number(match.group(2))
            minute_text = match.group(4) or ""
            minute_number = 30 if minute_text == "半" else (_small_number(minute_text)
                                                            if minute_text else 0)
            if hour_number is None or minute_number is None:
                continue
            hour, minute = hour_number, minute_number
        # 下午2时至5时: the second time keeps the first one's part of the day
        joined = text[last_end:match.start()].strip() in ("至", "到", "-", "–", "—", "～", "~")
        period = written or (period if joined else "")
        last_end = match.end()
        # 两点 with no part of the day and no minutes is "two points" as often as 2 o'clock
        if not clock and match.group(3) == "点" and not period and not match.group(4):
            continue
        value = _zh_clock(period, hour, minute)
        if value is not None:
            yield _Found(TIME, value, match.start(), match.end())
    for match in _CLOCK.finditer(text):
        value = _clock(int(match.group(1)), int(match.group(2)), "")
        if value is not None:
            yield _Found(TIME, value, match.start(), match.end())
    for match in _ZONE.finditer(text):
        if match.group(1):
            sign = "-" if match.group(1) in "-−" else "+"
            value = f"zone UTC{sign}{int(match.group(2)):02d}:{match.group(3) or '00'}"
        else:
            value = "zone UTC+08:00"
        yield _Found(TIME, value, match.start(), match.end())


def _currency(mark: str) -> str:
    mark = mark.strip().lower()
    if mark in ("us$", "$", "usd", "dollars", "us dollars", "美元"):
        return "USD"
    return "CNY"


def _money(text: str, today: date | None) -> Iterator[_Found]:
    for match in _EN_MONEY.finditer(text):
        if match.group(1):
            mark, digits, scale = match.group(1), match.group(2), match.group(3) or ""
        else:
            digits, scale, mark = match.group(4), match.group(5) or "", match.group(6)
        value = arabic(digits)
        if value is None:
            continue
        value = scaled(value, scale)
        yield _Found(MONEY, f"{_currency(mark)} {plain(value)}", match.start(), match.end())
    for match in _ZH_MONEY.finditer(text):
        mark, digits, scale, unit = match.group(1) or "", match.group(2), match.group(3) or "", \
            match.group(4)
        value = arabic(digits)
        if value is None:
            value = chinese(digits)
        if value is None:
            continue
        for char in scale[::-1]:
            value = value * {"万": 10_000, "亿": 100_000_000, "千": 1000, "百": 100}[char]
        currency = _currency(unit if unit == "美元" else mark or unit)
        yield _Found(MONEY, f"{currency} {plain(value)}", match.start(), match.end())


def _percents(text: str, today: date | None) -> Iterator[_Found]:
    for match in _PERCENT.finditer(text):
        written = match.group(1) or match.group(2) or match.group(3)
        value = arabic(written)
        if value is None and "点" in written:
            whole, fraction = written.split("点", 1)
            whole_value = chinese(whole)
            digits = "".join(str(ZH_DIGITS[c]) for c in fraction)
            value = None if whole_value is None else Decimal(f"{int(whole_value)}.{digits}")
        elif value is None:
            value = chinese(written)
        if value is not None:
            yield _Found(PERCENT, f"{plain(value)} %", match.start(), match.end())


def _phones(text: str, today: date | None) -> Iterator[_Found]:
    for match in PHONE_FACT.finditer(text):
        written = match.group(0).strip()
        digits = sum(c.isdigit() for c in written)
        if NOT_PHONE_FACT.match(written) or not 7 <= digits <= 15 or "  " in written:
            continue
        if not (written[0] in "+(0" or digits >= 8):
            continue
        yield _Found(PHONE, phone_key(match.group(0)), match.start(), match.end())


def phone_key(written: str) -> str:
    """A phone number's digits without its country code (+86) or trunk zero (0510): the
    English version writes "+86 510 8555 0118", the Chinese "0510-8555 0118"."""
    digits = re.sub(r"\D", "", written)
    if written.strip().startswith("+"):
        for code in ("852", "853", "886", "86", "44", "61", "64", "65", "1", "33", "49", "81"):
            if digits.startswith(code):
                digits = digits[len(code):]
                break
    return digits.lstrip("0")


def _emails(text: str, today: date | None) -> Iterator[_Found]:
    for match in EMAIL_IN_TEXT.finditer(text):
        yield _Found(EMAIL, match.group(0).lower().rstrip("."), match.start(), match.end())


def _urls(text: str, today: date | None) -> Iterator[_Found]:
    for match in _URL.finditer(text):
        written = match.group(0).rstrip(".,;:!?。，；：！？")
        yield _Found(URL, url_key(written), match.start(), match.start() + len(written))


def url_key(written: str) -> str:
    """An address as both versions should give it: without scheme, "www." and a final "/",
    its host in lower case (the path keeps its case: servers may tell it apart)."""
    address = re.sub(r"^https?://", "", written, flags=re.IGNORECASE)
    host, _, path = address.partition("/")
    host = host.lower().removeprefix("www.")
    return (host + ("/" + path if path else "")).rstrip("/")


def _number_value(written: str, scale: str, unit: str) -> str | None:
    value = arabic(written)
    if value is None:
        value = chinese(written)
        if value is None:
            return None
    if scale:
        value = scaled(value, scale)
    name, factor = _UNITS.get(unit.lower(), ("", Decimal(1))) if unit else ("", Decimal(1))
    if name == "year" and 1900 <= value <= 2100 and value == int(value):
        name = ""  # 2026年: the year 2026, as "in 2026" says it
    value = value * factor
    return f"{plain(value)} {name}".rstrip()


def _zh_numbers(text: str, today: date | None) -> Iterator[_Found]:
    """Numbers in Chinese numerals, or digits with a Chinese scale, unit or measure word
    (3.2万名, 4万千瓦, 两条): before the English reader, which would take "3.2" alone."""
    for match in _ZH_NUMBER.finditer(text):
        written, scale, unit, measure = match.groups()
        chinese_unit = bool(unit) and not unit.isascii()
        if written[0].isdigit() or written[0] in "０１２３４５６７８９":
            if not (scale or chinese_unit or measure):
                continue  # plain digits: the English reader's
        else:
            holds_place = any(c in "十百千万亿" for c in written)
            if written == "一" or not any(c in ZH_DIGITS or c == "十" for c in written):
                continue  # 一个: an article more often than a count; 万达: a name
            if not (holds_place or unit or measure or scale):
                continue
            if written == "二" and measure == "次" and not (unit or scale):
                continue  # 二次供水, 二次污染: "secondary"; twice is 两次
        value = _number_value(written, scale or "", unit or "")
        if value is not None:
            end = match.end() if (unit or measure or scale) else match.start(1) + len(written)
            yield _Found(NUMBER, value, match.start(1), end)


def _numbers(text: str, today: date | None) -> Iterator[_Found]:
    for match in _EN_NUMBER.finditer(text):
        value = _number_value(match.group(1), match.group(2) or "", match.group(3) or "")
        if value is not None:
            yield _Found(NUMBER, value, match.start(), match.end())
    for match in _EN_WORD_NUMBER.finditer(text):
        first = EN_WORDS[match.group(1).lower()]
        second = EN_WORDS.get((match.group(2) or "").lower(), 0)
        number = first * second if second == 100 else first + second
        value = _number_value(str(number), match.group(3) or "", match.group(4) or "")
        if value is not None:
            yield _Found(NUMBER, value, match.start(), match.end())
    for match in re.finditer(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?", text):
        # digits the English reader leaves (after a Chinese character): a plain number
        value = _number_value(match.group(0), "", "")
        if value is not None:
            yield _Found(NUMBER, value, match.start(), match.end())


# In the order they claim text: a URL's and an e-mail's digits are no phone, a date's and
# a time's no number, an amount's and a percentage's no plain number.
_READERS: tuple[_Reader, ...] = (_urls, _emails, _phones, _dates, _times, _money, _percents,
                                 _zh_numbers, _numbers)


def facts(text: str, field: str, today: date | None = None,
          classes: tuple[str, ...] = CLASSES) -> list[Fact]:
    """The facts *text* states, in the order they stand; *today* (the release date) gives a
    date written without its year that year."""
    claimed = bytearray(len(text))
    found: list[Fact] = []
    for reader in _READERS:
        for item in reader(text, today):
            if any(claimed[item.start:item.end]):
                continue
            claimed[item.start:item.end] = b"\x01" * (item.end - item.start)
            if item.kind in classes:
                excerpt = text[item.start:item.end]
                start = item.start + len(excerpt) - len(excerpt.lstrip())
                found.append(Fact(item.kind, item.value, field, excerpt.strip(), start))
    found.sort(key=lambda fact: fact.start)
    return found


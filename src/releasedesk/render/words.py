"""Words that appear in the exported release. They follow the release's language, not the UI's."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

from ..body.safety import clean_text
from ..language_tag import date_style_of, is_chinese, primary
from ..model import is_utc_zone
from ..patterns import compiled
from ..records import record, replace


@record(frozen=True)
class OutputWords:
    immediate: str
    embargoed: str  # with {when}
    embargoed_open: str  # an embargo whose moment is not yet set
    contact: str
    contacts: str
    about: str  # with {organization}
    phone: str
    email: str
    label_sep: str  # between a label and its value ("Phone: …", "电话：…")
    dateline: str  # with {place} and {date} (or {day}: the date without its year)
    dateline_undated: str  # with {place}
    dateline_gap: str  # between the dateline and the first words
    months: tuple[str, ...]
    long_months: tuple[str, ...]
    weekdays: tuple[str, ...]  # Monday first, as date.weekday() counts
    # A dateline that ends so is a source line that carries no date or place of filing
    # ("本报讯": "this paper reports"): it prints as written.
    bare_dateline_ends: tuple[str, ...] = ()
    # Photos: "Credit: Ana Reyes" under a picture; "[Photo: … — Credit: … — file: ….jpg]"
    # where a picture stands in plain text.
    photo: str = "Photo"
    credit: str = "Credit"
    file: str = "file"
    photo_gap: str = " — "
    # between a contact's role and organisation ("Press Officer, Calloway Port", "新闻官，…")
    detail_sep: str = ", "
    # A portal's words: the title when there is none, the 来源/发布时间 line, the summary,
    # the credits at the end ("（作者：…　责任编辑：…）") and the structured footer's labels.
    untitled: str = "Press release"
    source: str = "Source"
    release_time: str = "Release time"
    summary: str = "Summary"
    author: str = "Author"
    editor: str = "Responsible editor"
    # between the items of one portal line: three spaces' width that a web page does not
    # fold into one (two no-break spaces, then a space a line may break at)
    item_gap: str = "\u00a0\u00a0 "
    credits: str = "({items})"
    credits_gap: str = "; "
    sponsor: str = "Sponsored by"
    organizer: str = "Run by"
    site_code: str = "Site ID"
    icp: str = "ICP licence"
    police_record: str = "Public security record"


_ENGLISH = OutputWords(
    immediate="FOR IMMEDIATE RELEASE",
    embargoed="EMBARGOED UNTIL {when}",
    embargoed_open="EMBARGOED UNTIL FURTHER NOTICE",
    contact="Media contact",
    contacts="Media contacts",
    about="About {organization}",
    phone="Phone",
    email="Email",
    label_sep=": ",
    dateline="{place}, {date} —",
    dateline_undated="{place} —",
    dateline_gap=" ",
    # Associated Press month abbreviations.
    months=("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
            "Nov.", "Dec."),
    long_months=("January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"),
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    photo="Photo",
    credit="Credit",
    file="file",
    photo_gap=" — ",
)

_CHINESE = OutputWords(
    immediate="即时发布",
    embargoed="{when}前禁止发布",
    embargoed_open="本稿暂缓发布，发布时间另行通知",
    contact="媒体联系人",
    contacts="媒体联系人",
    about="关于{organization}",
    phone="电话",
    email="电子邮件",
    label_sep="：",
    # The agencies' and papers' convention: "无锡11月16日电", the date without its year,
    # then an ideographic space before the first words; "本报讯" alone.
    dateline="{place}{day}电",
    dateline_undated="{place}电",
    dateline_gap="\u3000",
    months=tuple(f"{m}月" for m in range(1, 13)),
    long_months=tuple(f"{m}月" for m in range(1, 13)),
    weekdays=tuple(f"星期{d}" for d in "一二三四五六日"),
    bare_dateline_ends=("讯",),
    photo="图片",
    credit="摄影",
    file="文件",
    photo_gap="　",
    detail_sep="，",
    untitled="新闻稿",
    source="来源",
    release_time="发布时间",
    summary="摘要",
    author="作者",
    editor="责任编辑",
    item_gap="　　",
    credits="（{items}）",
    credits_gap="　",
    sponsor="主办单位",
    organizer="承办单位",
    site_code="网站标识码",
    icp="ICP备案号",
    police_record="公安机关备案号",
)

_BY_LANGUAGE = {"en": _ENGLISH, "zh": _CHINESE}

# The words a house style may override (profiles' conventions.words).
WORD_KEYS = ("immediate", "embargoed", "contact", "contacts", "about", "phone", "email")


def words_for(language: str) -> OutputWords:
    """The output words for a BCP 47 tag: "zh-CN" → Chinese; unknown languages → English."""
    return _BY_LANGUAGE.get(primary(language), _ENGLISH)


def words_with(language: str, overrides: dict[str, str]) -> OutputWords:
    """The language's words with a house style's overrides; placeholders must survive.

    Overrides are cleaned like every other field (safety.clean_text) and made one line;
    one that is empty after that, or lost its placeholder, is not used.
    """
    base = words_for(language)
    cleaned = {k: " ".join(clean_text(v).split()) for k, v in overrides.items()
               if k in WORD_KEYS and isinstance(v, str)}
    usable = {k: v for k, v in cleaned.items() if v}
    if "{when}" not in usable.get("embargoed", "{when}"):
        usable.pop("embargoed")
    if "{organization}" not in usable.get("about", "{organization}"):
        usable.pop("about")
    return replace(base, **usable) if usable else base


def own_style(date_format: str, language: str) -> str:
    """The house's date style as a release in *language* prints it: 年月日 ("zh") is
    Chinese's own, so a release in another language takes its language's style instead."""
    if is_chinese(language):
        return "zh"
    return date_style_of(language) if date_format == "zh" else date_format


def format_date(day: date, date_format: str, language: str) -> str:
    """A release date as the house style prints it; a Chinese release's always as
    "2020年11月16日" (never ISO: a portal's ISO 发布时间 line is a field of its own), and
    never so in another language: a version of a Chinese release, made with the Chinese
    house style's "zh", prints its language's own style ("Dec. 8, 2026" in English)."""
    if is_chinese(language):
        return f"{day.year}年{day.month}月{day.day}日"
    date_format = own_style(date_format, language)
    if date_format == "iso":
        return day.isoformat()
    words = words_for(language)
    if date_format == "long":
        return f"{words.long_months[day.month - 1]} {day.day}, {day.year}"
    if date_format == "dmy":
        return f"{day.day} {words.long_months[day.month - 1]} {day.year}"
    return f"{words.months[day.month - 1]} {day.day}, {day.year}"


def format_day(day: date, date_format: str, language: str) -> str:
    """The date without its year, as a dateline carries it: "11月16日" in Chinese."""
    if is_chinese(language):
        return f"{day.month}月{day.day}日"
    return format_date(day, date_format, language)


def format_weekday(day: date, language: str) -> str:
    """The day's weekday in the release's language: "Monday", "星期一"."""
    return words_for(language).weekdays[day.weekday()]


# A date in what was typed as the dateline's place: "Nov. 25", "25 November", "2026-11-25",
# "12月6日" (the date a dateline carries; a year alone or a number is not one).
_WRITTEN_DATE = compiled(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\d{1,2}月\d{1,2}日", re.IGNORECASE)


def format_dateline(words: OutputWords, place: str, day: date | None, date_format: str,
                    language: str) -> str:
    """The dateline before the first words: "PORT CALLOWAY, Nov. 16, 2020 —",
    "无锡11月16日电", or a source line as written ("本报讯")."""
    if place.endswith(words.bare_dateline_ends) and words.bare_dateline_ends:
        return place
    if _WRITTEN_DATE.search(place):
        # The dateline typed whole, date and all ("临江12月6日电", "PORT CALLOWAY, Nov. 25,
        # 2026"): printed as written, never given a second date (checks.py holds the date
        # written to the release date); its end ("电", " —") added if it lacks it.
        end = words.dateline.rsplit("}", 1)[-1]
        return place if place.rstrip().endswith(end.strip()) else place.rstrip() + end
    if day is None:
        return words.dateline_undated.replace("{place}", place)
    return (words.dateline.replace("{date}", format_date(day, date_format, language))
            .replace("{day}", format_day(day, date_format, language))
            .replace("{place}", place))


def printed_moment(moment: datetime, language: str) -> datetime:
    """*moment* in the zone a release in *language* prints it in: a Chinese release's
    readers take every time in 北京时间 (UTC+8), any other prints the moment as given."""
    return moment.astimezone(timezone(timedelta(hours=8))) if is_chinese(language) else moment


def format_moment(moment: datetime, date_format: str, language: str, zone_name: str = "",
                  zone_style: str = "offset") -> str:
    """An embargo time: date, time and zone, never ambiguous.

    The zone is the UTC offset ("UTC+01:00"); where the house asks for abbreviations and
    the release's zone has one, the time is that zone's and the abbreviation follows it
    ("10 a.m. EST" in AP style), the offset otherwise. A Chinese release names every
    moment in Beijing time: "北京时间2020年11月16日 09:30".
    """
    if is_chinese(language):
        beijing = printed_moment(moment, language)
        day = format_date(beijing.date(), date_format, language)
        return f"北京时间{day} {beijing.strftime('%H:%M')}"
    named = _zone_abbreviation(moment, zone_name) if zone_style == "abbreviation" else None
    if named is not None:
        moment, zone = named
    else:
        offset = moment.utcoffset()
        zone = "" if offset is None else _offset(int(offset.total_seconds() // 60))
    day = format_date(moment.date(), date_format, language)
    if named is not None and own_style(date_format, language) == "ap":
        return f"{day}, {_ap_clock(moment)} {zone}"
    return f"{day}, {moment.strftime('%H:%M')} {zone}".rstrip()


def utc_offset(moment: datetime) -> str:
    """*moment*'s offset as an embargo notice prints it: "UTC+05:00" ("" without one)."""
    offset = moment.utcoffset()
    return "" if offset is None else _offset(int(offset.total_seconds() // 60))


def _offset(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def _zone_abbreviation(moment: datetime, zone_name: str) -> tuple[datetime, str] | None:
    """The moment in its named zone and that zone's letters ("EST"), or None."""
    if not zone_name:
        return None
    if is_utc_zone(zone_name):  # "Etc/UTC", "GMT", "Etc/Zulu": UTC by any name
        return moment.astimezone(UTC), "UTC"
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        local = moment.astimezone(ZoneInfo(zone_name))
    except (ZoneInfoNotFoundError, ValueError):
        return None
    letters = local.tzname() or ""
    return (local, letters) if letters.isalpha() and letters.isupper() else None


def zone_examples(zone_name: str, moment: datetime) -> tuple[str, str]:
    """How an embargo's zone reads at *moment* in *zone_name*, as an offset and as letters:
    ("UTC+08:00", "CST") for Asia/Shanghai; the offset twice for a zone without letters;
    ("UTC+01:00", "EST"), two zones' examples, for a zone not known."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        local = moment.astimezone(ZoneInfo(zone_name)) if zone_name else None
    except (ZoneInfoNotFoundError, ValueError):
        local = None
    if local is None:
        return "UTC+01:00", "EST"
    offset = local.utcoffset()
    written = _offset(int(offset.total_seconds() // 60)) if offset is not None else "UTC"
    named = _zone_abbreviation(moment, zone_name)
    return written, named[1] if named is not None else written


def _ap_clock(moment: datetime) -> str:
    """Associated Press time: "10 a.m.", "9:30 p.m.", "noon", "midnight"."""
    if moment.minute == 0 and moment.hour in (0, 12):
        return "midnight" if moment.hour == 0 else "noon"
    hour = moment.hour % 12 or 12
    suffix = "a.m." if moment.hour < 12 else "p.m."
    return f"{hour} {suffix}" if moment.minute == 0 else f"{hour}:{moment.minute:02d} {suffix}"

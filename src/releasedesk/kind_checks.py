"""Readiness checks of the kinds of release (kinds.py), beside checks.py's: a media
advisory's event (it has a start, starts on or after the release date and in the future,
ends after it starts, and a weekday the headline or the event names is the event's), a
statement's person (named; a title the office register knows for them), a correction's
link to the release it corrects. A news release has none of these.

Each finding is (severity, field, code, arguments, the text it is about); checks.check
makes them Findings, and TEMPLATES words them.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from . import kinds
from .errors import QT_TRANSLATE_NOOP
from .model import Release, valid_zone
from .patterns import LazyPattern
from .shown_time import minute

if TYPE_CHECKING:
    from .register import Register

KindFinding = tuple[str, str, str, dict[str, object], str]

TEMPLATES = {
    "event_start_missing": QT_TRANSLATE_NOOP(
        "Findings", "The advisory's event has no start: say when it begins."),
    "event_before_release": QT_TRANSLATE_NOOP(
        "Findings", "The event starts on {start}, before the release date {date}: an "
                    "advisory announces an event still to come."),
    "event_past": QT_TRANSLATE_NOOP(
        "Findings", "The event started on {start}, which has already passed."),
    "event_end_before_start": QT_TRANSLATE_NOOP(
        "Findings", "The event ends ({end}) before or when it starts ({start})."),
    "event_zone_unknown": QT_TRANSLATE_NOOP(
        "Findings", "The event's time zone \"{zone}\" is not one this computer knows."),
    "event_time_gap": QT_TRANSLATE_NOOP(
        "Findings", "{time} on {date} does not exist in {zone}: the clocks go forward "
                    "from {before} to {after} and skip it. Choose a time outside the "
                    "change."),
    "event_time_twice": QT_TRANSLATE_NOOP(
        "Findings", "{time} on {date} comes twice in {zone}, as the clocks go back from "
                    "{first} to {second}; the advisory means the {meant} one. Check that "
                    "is the time meant."),
    "event_weekday": QT_TRANSLATE_NOOP(
        "Findings", "\"{phrase}\" does not match: the event is on {date}, a {weekday}."),
    "statement_by_missing": QT_TRANSLATE_NOOP(
        "Findings", "The statement is attributed to nobody: name the person who makes it."),
    "statement_title_other": QT_TRANSLATE_NOOP(
        "Findings", "The office register gives {name} the title “{expected}”, not "
                    "“{title}”."),
    "statement_title_offer": QT_TRANSLATE_NOOP(
        "Findings", "The office register gives {name} the title “{expected}”; add it to "
                    "the attribution."),
    "correction_unlinked": QT_TRANSLATE_NOOP(
        "Findings", "The correction is not linked to the release it corrects."),
    "correction_undated": QT_TRANSLATE_NOOP(
        "Findings", "The correction does not give the date of the release it corrects."),
    "correction_note_missing": QT_TRANSLATE_NOOP(
        "Findings", "The correction does not say what was corrected."),
}

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_WEEKDAY = LazyPattern(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
                          re.IGNORECASE)
_ZH_WEEKDAY = LazyPattern(r"(?:星期|周|礼拜)([一二三四五六日天])")
_ZH_DAYS = "一二三四五六日"
# The texts that name the event's day: a weekday there is the event's.
_EVENT_TEXTS = ("headline", "subheadline", "event_what")


def kind_findings(release: Release, now: datetime,
                  register: Register | None = None) -> list[KindFinding]:
    """Every finding of *release*'s kind ([] for a news release)."""
    kind = kinds.kind_of(release)
    if kind == kinds.ADVISORY:
        return _event(release, now)
    if kind == kinds.STATEMENT:
        return _statement(release, register)
    if kind == kinds.CORRECTION:
        return _correction(release)
    return []


def event_day(release: Release) -> date | None:
    """The day the event starts, in its own zone (else in its moment's offset)."""
    start = release.event_start
    if start is None:
        return None
    if release.event_zone and valid_zone(release.event_zone):
        from zoneinfo import ZoneInfo

        return start.astimezone(ZoneInfo(release.event_zone)).date()
    return start.date()


def _shown(moment: datetime, release: Release) -> str:
    """*moment* as an officer reads it: "2026-12-16 10:30" in the event's own zone."""
    if release.event_zone and valid_zone(release.event_zone):
        from zoneinfo import ZoneInfo

        moment = moment.astimezone(ZoneInfo(release.event_zone))
    return minute(moment)


def _event(release: Release, now: datetime) -> list[KindFinding]:
    start, end = release.event_start, release.event_end
    out: list[KindFinding] = []
    if release.event_zone and not valid_zone(release.event_zone):
        out.append(("warning", "event_zone", "event_zone_unknown",
                    {"zone": release.event_zone}, ""))
    day = event_day(release)
    if start is None or day is None:
        return [*out, ("error", "event_start", "event_start_missing", {}, "")]
    if release.release_date is not None and day < release.release_date:
        out.append(("error", "event_start", "event_before_release",
                    {"start": day.isoformat(), "date": release.release_date.isoformat()}, ""))
    elif start <= now:
        out.append(("warning", "event_start", "event_past", {"start": day.isoformat()}, ""))
    out += [finding for field, moment in (("event_start", start), ("event_end", end))
            if moment is not None
            for finding in _clock_findings(moment, release.event_zone, field)]
    if end is not None and end <= start:
        out.append(("error", "event_end", "event_end_before_start",
                    {"start": _shown(start, release), "end": _shown(end, release)}, ""))
    for name in _EVENT_TEXTS:
        for phrase, weekday in named_weekdays(getattr(release, name)):
            if weekday != day.weekday():
                out.append(("error", name, "event_weekday",
                            {"phrase": phrase, "date": day.isoformat(),
                             "weekday": _WEEKDAYS[day.weekday()],
                             "weekday_index": day.weekday()}, phrase))
    return out


def _clock_findings(moment: datetime, zone_name: str, field: str) -> list[KindFinding]:
    """An error when *moment*'s time of day does not exist in the event's zone (typed in
    the hour the clocks skip as they go forward: it would print as "2:30 a.m. EST" for a
    moment that is 3:30 EDT), a warning when it comes twice there (the hour repeated as
    they go back: the moment keeps one of the two, the reader may think of the other).
    A moment written in another offset (UTC, say) is the zone's converted: no finding."""
    if not zone_name or not valid_zone(zone_name):
        return []
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(zone_name)
    wall = moment.replace(tzinfo=None)
    first, second = wall.replace(tzinfo=zone, fold=0), wall.replace(tzinfo=zone, fold=1)
    typed = {"time": wall.strftime("%H:%M"), "date": wall.date().isoformat(),
             "zone": zone_name}
    if moment.utcoffset() not in (first.utcoffset(), second.utcoffset()):
        return []  # (written in another offset)
    exists = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == wall
    if not exists:
        return [("error", field, "event_time_gap",
                 {**typed, "before": _zone_name(first), "after": _zone_name(second)}, "")]
    if first.utcoffset() != second.utcoffset():
        meant = first if moment.utcoffset() == first.utcoffset() else second
        return [("warning", field, "event_time_twice",
                 {**typed, "first": _zone_name(first), "second": _zone_name(second),
                  "meant": _zone_name(meant)}, "")]
    return []


def _zone_name(moment: datetime) -> str:
    """A zone's name at *moment* as a reader knows it: "EDT", else its offset "UTC-04:00"."""
    name = moment.tzname() or ""
    if name and name[0].isalpha():
        return name
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def named_weekdays(text: str) -> list[tuple[str, int]]:
    """Each weekday *text* names, as written, with its number (Monday 0)."""
    found = [(m.group(0), _WEEKDAYS.index(m.group(1).capitalize()))
             for m in _EN_WEEKDAY.finditer(text)]
    found += [(m.group(0), 6 if m.group(1) in "日天" else _ZH_DAYS.index(m.group(1)))
              for m in _ZH_WEEKDAY.finditer(text)]
    return found


def register_titles(register: Register | None, name: str, day: date | None) -> list[str]:
    """The titles the register gives the person called *name* on *day* (English and
    Chinese forms), [] when it does not know them."""
    wanted = " ".join(name.casefold().split())
    if register is None or not wanted:
        return []
    for person in register.people:
        names = {" ".join(n.casefold().split()) for n in (person.name, person.name_zh) if n}
        if wanted in names:
            return [t for title in person.titles_on(day) for t in (title.title, title.title_zh)
                    if t]
    return []


def _statement(release: Release, register: Register | None) -> list[KindFinding]:
    name = " ".join(release.statement_by.split())
    if not name:
        return [("warning", "statement_by", "statement_by_missing", {}, "")]
    titles = register_titles(register, name, release.release_date)
    if not titles:
        return []
    title = " ".join(release.statement_title.split())
    if not title:
        return [("note", "statement_title", "statement_title_offer",
                 {"name": name, "expected": titles[0]}, "")]
    if title.casefold() not in {t.casefold() for t in titles}:
        return [("warning", "statement_title", "statement_title_other",
                 {"name": name, "expected": titles[0], "title": title}, title)]
    return []


def _correction(release: Release) -> list[KindFinding]:
    out: list[KindFinding] = []
    if not release.corrects_path.strip():
        out.append(("warning", "corrects_path", "correction_unlinked", {}, ""))
    if release.corrects_date is None:
        out.append(("warning", "corrects_date", "correction_undated", {}, ""))
    if not release.correction_note.strip():
        out.append(("warning", "correction_note", "correction_note_missing", {}, ""))
    return out

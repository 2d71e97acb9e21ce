"""The parts a kind of release prints beyond a news release's (kinds.py): its name above
the headline, and blocks before the body (a media advisory's event, a statement's
attribution, a correction's note), each a heading and rows of label and text, which every
writer prints the same way. A news release has none: its output is as before kinds.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

from .. import kinds
from ..body.safety import clean_text, safe_href
from ..digest import sha256_hex
from ..language_tag import is_chinese
from ..model import Release, is_utc_zone
from ..records import record, replace
from .kind_words import KindWords, kind_words
from .words import format_date, format_moment, format_weekday


@record(frozen=True)
class PanelRow:
    """One row of a block: a label ("" for none) and its text (lines apart by "\\n");
    *href* makes the text a link (a map, a live stream)."""

    label: str
    text: str
    href: str = ""


@record(frozen=True)
class Panel:
    """A block printed before the body: "event", "statement" or "correction"."""

    kind: str
    heading: str
    rows: tuple[PanelRow, ...]


@record(frozen=True)
class Event:
    """A media advisory's event as a calendar holds it (render/ics_writer.py), cleaned."""

    uid: str
    what: str
    start: datetime | None
    end: datetime | None
    zone: str
    place: str
    address: str
    map_url: str
    speakers: tuple[str, ...]
    attend: str
    stream_url: str


@record(frozen=True)
class KindParts:
    kind: str = kinds.NEWS
    label: str = ""  # the kind's name above the headline ("MEDIA ADVISORY")
    panels: tuple[Panel, ...] = ()
    event: Event | None = None


NO_PARTS = KindParts()


def _line(text: str) -> str:
    return " ".join(clean_text(text).split())


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line for line in (_line(x) for x in clean_text(text).split("\n")) if line)


def kind_parts(release: Release, language: str, date_format: str, zone_style: str) -> KindParts:
    """What *release* prints for its kind (NO_PARTS for a news release)."""
    kind = kinds.kind_of(release)
    if kind == kinds.NEWS:
        return NO_PARTS
    words = kind_words(language)
    if kind == kinds.ADVISORY:
        event = event_of(release)
        panel = _event_panel(event, words, language, date_format, zone_style)
        return KindParts(kind, words.advisory, (panel,) if panel.rows else (), event)
    if kind == kinds.STATEMENT:
        name, title = _line(release.statement_by), _line(release.statement_title)
        rows: tuple[PanelRow, ...] = ()
        if name:
            template = words.statement_by_title if title else words.statement_by
            rows = (PanelRow("", template.replace("{title}", title).replace("{name}", name)),)
        return KindParts(kind, words.statement,
                         (Panel("statement", "", rows),) if rows else ())
    day = release.corrects_date
    sentence = (words.corrects.replace("{date}", format_date(day, date_format, language))
                if day is not None else words.corrects_undated)
    rows = (PanelRow("", sentence),
            *(PanelRow("", text) for text in _paragraphs(release.correction_note)))
    return KindParts(kind, words.correction, (Panel("correction", words.correction, rows),))


def _paragraphs(text: str) -> tuple[str, ...]:
    """A note's paragraphs (apart by blank lines), each one line."""
    return tuple(p for p in (_line(x) for x in clean_text(text).split("\n\n")) if p)


def event_of(release: Release) -> Event:
    """The release's event, cleaned; its uid from the release's id (else from what it is,
    so the same advisory always gives the same calendar entry)."""
    seed = release.id.strip() or sha256_hex("\n".join(
        (release.headline, release.event_what, _iso(release.event_start))).encode(
            "utf-8", "surrogatepass"))[:32]
    return Event(
        uid=f"{_line(seed)}@releasedesk",
        what=_line(release.event_what),
        start=release.event_start,
        end=release.event_end,
        zone=_line(release.event_zone),
        place=_line(release.event_place),
        address=_line(release.event_address),
        map_url=safe_href(_line(release.event_map_url)) or "",
        speakers=_lines(release.event_speakers),
        attend=clean_text(release.event_attend).strip(),
        stream_url=safe_href(_line(release.event_stream_url)) or "",
    )


def _iso(moment: datetime | None) -> str:
    return moment.isoformat() if moment is not None else ""


def _event_panel(event: Event, words: KindWords, language: str, date_format: str,
                 zone_style: str) -> Panel:
    rows: list[PanelRow] = []
    if event.what:
        rows.append(PanelRow(words.what, event.what))
    if event.start is not None:
        rows.append(PanelRow(words.when, when_text(event, words, language, date_format,
                                                   zone_style)))
    where = "\n".join(x for x in (event.place, event.address) if x)
    if where:
        rows.append(PanelRow(words.where, where))
    if event.map_url:
        rows.append(PanelRow(words.map, event.map_url, event.map_url))
    if event.speakers:
        rows.append(PanelRow(words.who, "\n".join(event.speakers)))
    attend = "\n".join(_lines(event.attend))
    if attend:
        rows.append(PanelRow(words.attend, attend))
    if event.stream_url:
        rows.append(PanelRow(words.stream, event.stream_url, event.stream_url))
    return Panel("event", words.event, tuple(rows))


def printed_day(moment: datetime, language: str, zone: str, zone_style: str) -> date:
    """The day *moment* prints on: Beijing's in Chinese, the named zone's where the house
    names zones, else the moment's own offset's (as words.format_moment prints it)."""
    if is_chinese(language):
        return moment.astimezone(timezone(timedelta(hours=8))).date()
    if zone_style == "abbreviation" and zone:
        if is_utc_zone(zone):
            return moment.astimezone(UTC).date()
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return moment.astimezone(ZoneInfo(zone)).date()
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return moment.date()


def _abroad(event: Event) -> tzinfo | None:
    """The event's own zone when its clock is not Beijing's at the start (None otherwise)."""
    if not event.zone or event.start is None:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        zone: tzinfo = UTC if is_utc_zone(event.zone) else ZoneInfo(event.zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    beijing = timedelta(hours=8)
    return None if event.start.astimezone(zone).utcoffset() == beijing else zone


def when_text(event: Event, words: KindWords, language: str, date_format: str,
              zone_style: str) -> str:
    """ "Friday, Jan. 15, 2027, 10 a.m. – noon EST": the start with its weekday, and the
    end (its date left out on the same day)."""
    assert event.start is not None
    local = _abroad(event) if is_chinese(language) else None
    if local is not None:  # an event abroad: its own clock first, then Beijing's
        beijing = when_text(replace(event, zone=""), words, language, date_format, zone_style)
        first = event.start.astimezone(local)
        text = f"当地时间{format_date(first.date(), date_format, language)} {first:%H:%M}"
        if event.end is not None:
            last = event.end.astimezone(local)
            text += words.until + (f"{last:%H:%M}" if last.date() == first.date() else
                                   f"{format_date(last.date(), date_format, language)} "
                                   f"{last:%H:%M}")
        return f"{text}（{format_weekday(first.date(), language)}），即{beijing}"
    start = format_moment(event.start, date_format, language, event.zone, zone_style)
    day = printed_day(event.start, language, event.zone, zone_style)
    weekday = format_weekday(day, language)
    chinese = is_chinese(language)
    text = start
    if event.end is not None:
        end = format_moment(event.end, date_format, language, event.zone, zone_style)
        if printed_day(event.end, language, event.zone, zone_style) == day:
            head = f"北京时间{format_date(day, date_format, language)} " if chinese \
                else f"{format_date(day, date_format, language)}, "
            end = end[len(head):] if end.startswith(head) else end
            if not chinese:  # "10:00 UTC+01:00 – 12:00 UTC+01:00": one zone, at the end
                start_clock, _, zone = start[len(head):].rpartition(" ")
                if zone and end.endswith(" " + zone):
                    text = f"{head}{start_clock}"
        text = f"{text}{words.until}{end}"
    return f"{text}（{weekday}）" if chinese else f"{weekday}, {text}"

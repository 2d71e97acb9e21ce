"""A media advisory read back: its kind's name above the headline ("MEDIA ADVISORY",
采访通知) and its event block (render/event_block.py) as the exports print it, a heading
and labelled rows, into the kind and the event's fields.

The rows come in three shapes, one per export: a Word document's "What: …" paragraphs,
a web page's label and text as two blocks (its <dl>), a text file's block of "What: …"
lines with indented continuations. The words are those of render/kind_words.py, English
and Chinese. The When row is read with the embargo's reader (patterns.embargo_moment):
the start, the end (its date left out on the same day) and the zone named once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo

from .. import kinds
from ..model import Release
from ..records import Factory, record
from ..render.kind_words import KindWords, kind_words
from . import patterns as p

_WORDS: tuple[KindWords, ...] = (kind_words("en"), kind_words("zh-CN"))
KIND_LABELS = {words.advisory.casefold(): kinds.ADVISORY for words in _WORDS}
EVENT_HEADINGS = {words.event.casefold() for words in _WORDS}
# label → the row it is: what, when, where, map, who, attend, stream
ROWS = {getattr(words, row).casefold(): row for words in _WORDS
        for row in ("what", "when", "where", "map", "who", "attend", "stream")}
_LABELLED = re.compile(r"^\s*(?P<label>[^:：]{1,20}?)\s*[:：]\s*(?P<value>.*)$")
_WEEKDAY_CHINESE = re.compile(r"[（(]\s*星期[一二三四五六日天]\s*[）)]")


def kind_label(text: str) -> str:
    """The kind a line above the headline names ("MEDIA ADVISORY"), or ""."""
    return KIND_LABELS.get(" ".join(text.split()).casefold(), "")


def is_event_heading(text: str) -> bool:
    return " ".join(text.split()).strip("#: ").casefold() in EVENT_HEADINGS


@record
class EventRows:
    """The rows read, each its lines as printed."""

    rows: dict[str, list[str]] = Factory(factory=dict)

    def add(self, row: str, lines: list[str]) -> None:
        self.rows.setdefault(row, []).extend(line for line in lines if line.strip())


def _label_of(line: str) -> tuple[str, str] | None:
    """("what", "the rest of the line") for "What: …", ("what", "") for a bare "What"."""
    bare = ROWS.get(line.strip().rstrip(":：").strip().casefold())
    if bare is not None:
        return bare, ""
    match = _LABELLED.match(line)
    if match is None:
        return None
    row = ROWS.get(match.group("label").strip().casefold())
    return (row, match.group("value").strip()) if row is not None else None


def read_rows(blocks: list[list[str]]) -> tuple[EventRows, int]:
    """The rows of an event block from the blocks after its heading (each its lines), and
    how many blocks they took. A block that starts with no label ends the block, except
    the text after a bare label (a web page's <dd>)."""
    found = EventRows()
    used = 0
    waiting: str | None = None  # a bare label: its text is the next block
    for lines in blocks:
        if not lines:
            break
        if waiting is not None:
            found.add(waiting, lines)
            waiting = None
            used += 1
            continue
        first = _label_of(lines[0])
        if first is None:
            break
        current, rest = first
        if not rest and len(lines) == 1:
            waiting = current  # "What" alone: a web page's label
            used += 1
            continue
        found.add(current, [rest])
        for line in lines[1:]:
            labelled = _label_of(line)
            if labelled is not None and labelled[1]:
                current, rest = labelled
                found.add(current, [rest])
            else:
                found.add(current, [line.strip()])
        used += 1
    if waiting is not None:
        used -= 1  # a label with no text after it: not part of the block
    return found, used


def when_moments(text: str, default_zone: tzinfo, house_zone: str = ""
                 ) -> tuple[datetime | None, datetime | None, str]:
    """The start, the end and the IANA zone of a printed When ("Friday, Jan. 15, 2027,
    6:30 p.m. – 8 p.m. EST", "北京时间2027年1月16日 07:30至09:00（星期六）"). An offset
    ("UTC+01:00") names the house's zone when that zone has the offset then."""
    text = _WEEKDAY_CHINESE.sub("", text)
    start_text, end_text = text, ""
    for words in _WORDS:
        if words.until.strip() and words.until in text:
            start_text, _, end_text = text.partition(words.until)
            break
    zone_written = _zone_text(text)
    start, zone, _ = p.embargo_moment(_with_zone(start_text, zone_written), default_zone)
    if start is None:
        return None, None, ""
    end: datetime | None = None
    if end_text.strip():
        if p.find_date(end_text) is None:  # the same day: its date left out
            end_text = f"{start.date().isoformat()} {end_text}"
        end, _, _ = p.embargo_moment(_with_zone(end_text, zone_written), default_zone)
    if not zone and house_zone and _same_offset(start, house_zone):
        zone = house_zone
    return start, end, zone


def _zone_text(text: str) -> str:
    for pattern in (p._OFFSET, p._ZONE_WORD):  # (the embargo reader's own patterns)
        found = pattern.search(text)
        if found:
            return found.group(0)
    return ""


def _with_zone(part: str, zone: str) -> str:
    return part if not zone or zone in part else f"{part} {zone}"


def _same_offset(moment: datetime, zone_name: str) -> bool:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return moment.astimezone(zone).utcoffset() == moment.utcoffset() or \
        (moment.utcoffset() == timedelta(0) and zone_name == "UTC")


def apply_rows(release: Release, found: EventRows, default_zone: tzinfo,
               report: Callable[[str, str], object], house_zone: str = "") -> None:
    """The rows into *release*'s event fields; *report* (field, text) for each one set.
    *house_zone*: the zone of the house style chosen or matched, named by an offset."""
    rows = found.rows
    if rows.get("what"):
        release.event_what = " ".join(rows["what"])
        report("event_what", release.event_what)
    if rows.get("when"):
        written = " ".join(rows["when"])
        start, end, zone = when_moments(written, default_zone, house_zone)
        if start is not None:
            release.event_start, release.event_end = start, end
            release.event_zone = zone
            report("event_start", written)
    where = rows.get("where", [])
    if where:
        release.event_place = where[0]
        release.event_address = " ".join(where[1:])
        report("event_place", "\n".join(where))
    for row, field in (("map", "event_map_url"), ("stream", "event_stream_url")):
        if rows.get(row):
            setattr(release, field, rows[row][0].strip("<>"))
            report(field, rows[row][0])
    for row, field in (("who", "event_speakers"), ("attend", "event_attend")):
        if rows.get(row):
            setattr(release, field, "\n".join(rows[row]))
            report(field, "\n".join(rows[row]))

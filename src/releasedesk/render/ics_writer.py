"""iCalendar writer (RFC 5545): a media advisory's event as one VEVENT a calendar opens.

Written by hand, to the letter of the RFC: CRLF line ends, content lines folded at 75
octets (never inside a UTF-8 sequence), text values with backslash, semicolon, comma and
line breaks escaped, times in UTC (no VTIMEZONE to keep in step with the tz database),
the UID from the release's id and DTSTAMP the moment of export, taken once by the export
(its ExportContext, made by exporting.export_context: with SOURCE_DATE_EPOCH set, the
same release gives the same bytes), never read from the clock here.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ..errors import N_, ReleaseDeskError
from .context import ExportContext
from .event_block import Event
from .layout import Layout
from .text_writer import panel_lines

FOLD_OCTETS = 75
PRODUCT = "-//ReleaseDesk//Media advisory//EN"


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): \\ ; , escaped, every line break as \\n."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line: str) -> str:
    """One content line folded (RFC 5545 3.1): at most 75 octets a line, each continuation
    opened by a space; a character is never cut between its UTF-8 bytes."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    limit = FOLD_OCTETS
    for char in line:
        width = len(char.encode("utf-8", "surrogatepass"))
        if size + width > limit:
            out.append("".join(current))
            current, size, limit = [], 0, FOLD_OCTETS - 1  # (the space counts)
        current.append(char)
        size += width
    out.append("".join(current))
    return "\r\n ".join(out)


def utc_stamp(moment: datetime) -> str:
    """A DATE-TIME in UTC form: 20270115T090000Z."""
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def write_ics(layout: Layout, context: ExportContext) -> bytes:
    """The layout's event as an iCalendar file, stamped with the context's moment of
    export; a release with no event (not a media advisory, or no start yet) cannot be
    one: ReleaseDeskError says so."""
    event = layout.kind.event
    if event is None:
        raise ReleaseDeskError(N_(
            "Only a media advisory has an event for a calendar: this release is of "
            "another kind."))
    if event.start is None:
        raise ReleaseDeskError(N_(
            "The advisory's event has no start time yet: set when it starts, then "
            "export the calendar file again."))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:{escape_text(event.uid)}",
             f"DTSTAMP:{utc_stamp(context.dated)}", f"DTSTART:{utc_stamp(event.start)}"]
    if event.end is not None:
        lines.append(f"DTEND:{utc_stamp(event.end)}")
    lines.append(f"SUMMARY:{escape_text(event.what or layout.title)}")
    location = ", ".join(x for x in (event.place, event.address) if x)
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    lines.append(f"DESCRIPTION:{escape_text(description(layout, event))}")
    url = event.stream_url or event.map_url
    if url:
        lines.append(f"URL:{escape_text(url)}")
    if event.zone:  # (a name, for the calendar's reader: the times above are exact)
        lines.append(f"X-RELEASEDESK-ZONE:{escape_text(event.zone)}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8", "surrogatepass")


def description(layout: Layout, event: Event) -> str:
    """The headline and the event block as the plain text prints it."""
    parts = [layout.headline] if layout.headline else []
    for panel in layout.kind.panels:
        parts.append("\n".join(panel_lines(panel, layout.words.label_sep)))
    return "\n\n".join(parts)

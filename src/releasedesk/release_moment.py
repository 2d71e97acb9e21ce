"""When a release goes out, as one moment with its zone: its release date and time of day
(发布时间, "09:30") read in the release's own zone, for every machine-readable time that
says so (a page's datePublished and <time datetime>, the newsroom's feeds and sitemap).

The release's zone: its house style's (``conventions.zone``, an IANA name the release
carries), else, for a Chinese release, Beijing time (UTC+08:00, as every moment a Chinese
release prints is: render/words.format_moment), else UTC. A date without a time of day is
that date's start, 00:00, in that zone. A moment is written as RFC 3339 with its own
offset ("2026-11-25T09:30:00+08:00"; "Z" for UTC), never moved to another zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from .field_rules import release_time
from .language_tag import is_chinese

BEIJING = timezone(timedelta(hours=8))


def release_zone_name(zone_name: str, language: str) -> str:
    """The IANA name of the zone release_zone reads a release in, as written: the house
    style's when it gives one, else "Asia/Shanghai" (Beijing time) or "UTC"."""
    return zone_name.strip() or ("Asia/Shanghai" if is_chinese(language) else "UTC")


def release_zone(zone_name: str, language: str) -> tzinfo:
    """The zone a release's date and time of day are read in (see the module's note)."""
    if zone_name.strip():
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return ZoneInfo(zone_name.strip())
        except (ZoneInfoNotFoundError, ValueError):
            pass  # (a name this machine does not know: as if the house gave none)
    return BEIJING if is_chinese(language) else UTC


def release_moment(day: date, clock: str, zone_name: str, language: str) -> datetime:
    """*day* at *clock* (a time of day as field_rules.release_time reads it; none or one
    it cannot read: 00:00) in the release's zone, an aware moment."""
    typed = release_time(clock) or "00:00"
    hours, minutes = (int(part) for part in typed.split(":"))
    return datetime.combine(day, time(hours, minutes), release_zone(zone_name, language))


def rfc3339(moment: datetime) -> str:
    """*moment* (aware) in RFC 3339 with its own offset, to the second; "Z" for UTC."""
    text = moment.isoformat(timespec="seconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text

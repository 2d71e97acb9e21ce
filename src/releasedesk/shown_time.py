"""How the interface and the terminal show a moment: "2026-07-01 09:30", to the minute.

(A moment a release *prints* follows the release's language and house style instead:
render/words.py, format_date and format_moment.)
"""

from __future__ import annotations

from datetime import datetime

MINUTE = "%Y-%m-%d %H:%M"


def minute(moment: datetime) -> str:
    """*moment* to the minute, in its own time zone (a reviewer's time as written)."""
    return moment.strftime(MINUTE)


def minute_and_zone(moment: datetime) -> str:
    """*moment* to the minute with its zone after it when it has one: " UTC", or its
    offset (" +0100")."""
    offset = moment.utcoffset()
    zone = "" if offset is None else " UTC" if not offset else moment.strftime(" %z")
    return minute(moment) + zone


def local_minute(moment: datetime) -> str:
    """*moment* to the minute in this computer's time (when a copy was saved, a lock
    taken, a version kept)."""
    return minute(moment.astimezone())

"""The kinds of release an office sends, and which fields belong to which.

A news release is today's form. A media advisory adds an event (what, when, where, who,
how to attend, the live stream); a statement is attributed to a person and needs no
dateline; a correction or update links to the release it corrects. The fields themselves
are in the field table (fields.py); this module only says which kind owns which, so the
form shows only the kind's fields and the layout prints only the kind's parts.
"""

from __future__ import annotations

from .errors import N_
from .model import KINDS, Release

NEWS = "news"
ADVISORY = "advisory"
STATEMENT = "statement"
CORRECTION = "correction"

# How the editor, the command line and File ▸ New from Template… name each kind.
LABELS: dict[str, str] = {
    NEWS: N_("News release"),
    ADVISORY: N_("Media advisory"),
    STATEMENT: N_("Statement"),
    CORRECTION: N_("Correction or update"),
}

EVENT_FIELDS: tuple[str, ...] = (
    "event_what", "event_start", "event_end", "event_zone", "event_place", "event_address",
    "event_map_url", "event_speakers", "event_attend", "event_stream_url")
STATEMENT_FIELDS: tuple[str, ...] = ("statement_by", "statement_title")
CORRECTION_FIELDS: tuple[str, ...] = (
    "corrects_path", "corrects_fingerprint", "corrects_date", "correction_note")

# The fields each kind has beyond a news release's.
OWN_FIELDS: dict[str, tuple[str, ...]] = {
    NEWS: (),
    ADVISORY: EVENT_FIELDS,
    STATEMENT: STATEMENT_FIELDS,
    CORRECTION: CORRECTION_FIELDS,
}

assert tuple(LABELS) == KINDS == tuple(OWN_FIELDS)  # (one list of kinds: model.KINDS)


def kind_of(release: Release) -> str:
    """The release's kind; a value no ReleaseDesk knows reads as a news release."""
    return release.kind if release.kind in KINDS else NEWS


def owner(field_name: str) -> str | None:
    """The kind a field belongs to, or None for a field every release has."""
    return next((kind for kind, names in OWN_FIELDS.items() if field_name in names), None)


def shows(release: Release, field_name: str) -> bool:
    """Whether *release* has the field (the form shows it, the layout prints it)."""
    kind = owner(field_name)
    return kind is None or kind == kind_of(release)


def parse_kind(text: str) -> str | None:
    """The kind named *text* ("advisory", "Media advisory", "media-advisory"), or None."""
    wanted = text.strip().lower().replace("-", " ").replace("_", " ")
    for kind, label in LABELS.items():
        if wanted in (kind, label.lower()):
            return kind
    return {"press release": NEWS, "update": CORRECTION}.get(wanted)

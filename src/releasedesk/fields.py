"""The fields of a release, each declared once.

The table below is the one place a field of a release is named. From it the file format
reads and writes the field (document.py), the history keeps it and restores it
(clearance/history.py), the fingerprint's content carries it (clearance/fingerprint.py),
and the diff and the import report label it (clearance/wordiff.py, importing/report.py).
A new field of a simple kind (a line, a block of text, a choice, a moment, a day, a list of
words) is one entry here and an attribute of model.Release, nothing else.

The composite fields (contacts, footer, photos, house conventions, clearance) are in the
table too, for their names, labels and order; their values have readers and writers of
their own, because their insides are records with fields of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from .errors import N_
from .model import END_MARKS, STATUSES
from .records import record

# Kinds of value. LINE: one line of text (line breaks fold to spaces); BLOCK: Markdown
# text; CODE: a code or name ("en-GB", "Europe/Berlin"), kept as written; CHOICE: one of
# *choices*; MOMENT: an instant with its offset; DAY: a calendar day; WORDS: a list of
# one-line words. The composite kinds are read and written by their own code.
LINE, BLOCK, CODE, CHOICE, MOMENT, DAY, WORDS = (
    "line", "block", "code", "choice", "moment", "day", "words")
CONTACTS, FOOTER, PHOTOS, CONVENTIONS, CLEARANCE = (
    "contacts", "footer", "photos", "conventions", "clearance")
SIMPLE_KINDS = frozenset({LINE, BLOCK, CODE, CHOICE, MOMENT, DAY, WORDS})


@record(frozen=True)
class Field:
    name: str  # the attribute of model.Release and the key in the release file
    kind: str
    label: str  # N_() marked: how the import report and the editor name the field
    diff_label: str = ""  # N_() marked, "" for *label*: how "Changes since approval" names it
    choices: tuple[str, ...] = ()  # CHOICE: what the file may hold
    default: Any = ""  # the value of a release that does not have it
    content: bool = True  # the release's own words and settings, kept by the history and
    # restored from it; False for what belongs to the file, not the text (the house style's
    # name, the clearance record)

    @property
    def shown_in_diff(self) -> str:
        return self.diff_label or self.label


FIELDS: tuple[Field, ...] = (
    Field("language", CODE, N_("Language"), default="en"),
    Field("headline", LINE, N_("Headline")),
    Field("subheadline", LINE, N_("Subheadline")),
    Field("status", CHOICE, N_("Status"), choices=STATUSES, default="immediate"),
    Field("embargo_until", MOMENT, N_("Embargo"), N_("Embargo lifts"), default=None),
    Field("embargo_zone", CODE, N_("Embargo time zone")),
    Field("release_date", DAY, N_("Release date"), default=None),
    Field("dateline", LINE, N_("Dateline")),
    Field("organization", LINE, N_("Organisation")),
    Field("body", BLOCK, N_("Body"), N_("Body, paragraph {number}")),
    Field("contacts", CONTACTS, N_("Media contacts"), N_("Media contact {number}")),
    Field("boilerplate", BLOCK, N_("About (boilerplate)"), N_("About, paragraph {number}")),
    Field("footer", FOOTER, N_("Standard footer"), N_("Standard footer, line {number}")),
    Field("keywords", WORDS, N_("Keywords"), default=()),
    Field("end_mark", CHOICE, N_("End mark"), choices=END_MARKS, default="###"),
    Field("profile", CODE, N_("House style"), content=False),
    Field("conventions", CONVENTIONS, N_("House style"), N_("House style: {setting}")),
    Field("clearance", CLEARANCE, N_("Clearance"), content=False),
    Field("photos", PHOTOS, N_("Photos")),
)


def fields() -> tuple[Field, ...]:
    """The table (read through this function, so a test can add a field to it)."""
    return FIELDS


def field(name: str) -> Field:
    return next(f for f in fields() if f.name == name)


def simple_fields() -> tuple[Field, ...]:
    return tuple(f for f in fields() if f.kind in SIMPLE_KINDS)


def one_line_fields() -> tuple[str, ...]:
    """The fields that hold one line: a line break in them becomes a space."""
    return tuple(f.name for f in fields() if f.kind == LINE)


def labels() -> dict[str, str]:
    return {f.name: f.label for f in fields()}


def diff_labels() -> dict[str, str]:
    return {f.name: f.shown_in_diff for f in fields() if f.content}


def to_json(spec: Field, value: Any) -> Any:
    """A simple field's value as the release file writes it."""
    if spec.kind in (MOMENT, DAY):
        return value.isoformat() if value else None
    if spec.kind == WORDS:
        return list(value)
    return value


def canonical(spec: Field, value: Any, line: Callable[[str], str],
              block: Callable[[str], str]) -> Any:
    """A simple field's value as the history's content keeps it: *line* folds a line's
    breaks, *block* unifies a block's."""
    if spec.kind == LINE or (spec.kind == CODE and spec.name == "language"):
        return line(value)
    if spec.kind == BLOCK:
        return block(value)
    if spec.kind == WORDS:
        return [line(item) for item in value]
    return to_json(spec, value)


def from_json(spec: Field, value: Any) -> Any:
    """A simple field's value from the history's content (which the release file wrote)."""
    if spec.kind == MOMENT:
        return datetime.fromisoformat(value) if value else None
    if spec.kind == DAY:
        return date.fromisoformat(value) if value else None
    if spec.kind == WORDS:
        return list(value)
    return value

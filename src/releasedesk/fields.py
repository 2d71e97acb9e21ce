"""The field table: every field of a release, declared once.

Each ``Field`` names an attribute of ``model.Release`` (and its key in the release file)
and says what kind of value it holds, how the editor, the import report and the diff
label it, whether it is one line, how a list typed on one line splits, whether it prints,
whether the history keeps it and whether restoring a version brings it back. The table
is in the release file's order.

Driven by it:

- the release file: which keys are read, in which order they are written, how each is
  validated, and which keys are unknown (document.py);
- the history's content (the raw fields beside the printed part of
  clearance/fingerprint.py), its restore and the shape a version must have
  (clearance/history.py);
- "Changes since approval" and ``releasedesk diff``: the order, the labels and how a
  field is cut into units (clearance/wordiff.py);
- ``releasedesk show`` (cli_show.py) and the import report's field names
  (importing/report.py);
- which fields a load, an import or a paste makes one line (keep_one_line_fields).

A field of a simple kind (LINE, CODE, BLOCK, CHOICE, MOMENT, DATE, LIST) is one entry
here and one attribute of model.Release. What prints also needs its place in the layout
(render/layout.py), from which the fingerprint's hashed part comes. The composite kinds
(contacts, footer, house-style settings, clearance, photos) are entries too, for their
names, labels and order; their insides are records with fields of their own.

Read the table through ``FIELDS`` at call time (``from . import fields``, then
``fields.FIELDS``), never a copy taken at import: a test adds a field to it.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import TypeVar

from .errors import N_
from .field_rules import (
    LIST_SEPARATORS,
    MAX_LINE_FIELD,
    MAX_TEXT_FIELD,
    Problem,
    keep_one_line_parts,
    one_line,
    parts_size_problem,
    split_list,
    text_size_problem,
    unify_breaks,
)
from .json_values import Json, JsonObject
from .model import (
    END_MARKS,
    KINDS,
    STATUSES,
    WRITTEN_WHEN_SET,
    Contact,
    Conventions,
    FooterLine,
    Photo,
    Release,
    TwinLink,
)
from .patterns import LazyPattern
from .records import fields_of, record

# The kinds of value a field holds.
T = TypeVar("T")

LINE = "line"  # one line of text: a line break in it becomes a space
CODE = "code"  # a tag or name kept as written: a language, a time zone, a house style
BLOCK = "block"  # Markdown, paragraphs apart by blank lines
CHOICE = "choice"  # one of Field.choices
MOMENT = "moment"  # a date and time with its offset (ISO 8601 in the file)
DATE = "date"  # a day (ISO 8601 in the file)
LIST = "list"  # words, typed on one line apart by Field.separators
CONTACTS = "contacts"  # model.Contact records
FOOTER = "footer"  # model.FooterLine records
CONVENTIONS = "conventions"  # the house-style settings (model.Conventions)
CLEARANCE = "clearance"  # workflow, sign-offs, history: in keys of its own (storage.KEYS)
PHOTOS = "photos"  # model.Photo records; in a package beside the file's JSON
TWINS = "twins"  # model.TwinLink records: the release's other language versions
MARKS = "marks"  # {name: one of Field.choices}: marks the editor keeps beside the content

SIMPLE_KINDS = frozenset({LINE, CODE, BLOCK, CHOICE, MOMENT, DATE, LIST})
# Kinds the diff compares as numbered units (paragraphs, contacts, footer lines, photos).
NUMBERED_KINDS = frozenset({BLOCK, CONTACTS, FOOTER, PHOTOS})


# The marks a review comment can carry (MARKS): resolved, or open again.
MARKS_OF_REVIEW = ("resolved", "open")


@record(frozen=True)
class Field:
    name: str  # the attribute of model.Release and the key in the release file
    kind: str
    label: str  # N_(): how the editor, the import report and `show` name the field
    # N_(): how "Changes since approval" names one change ("" for *label*); {number} is
    # the paragraph, contact, line or photo, {setting} the house-style setting.
    diff_label: str = ""
    one_line: bool = False  # a line break in it (or in each of its items) becomes a space
    separators: str = ""  # LIST: what separates the items typed on one line
    choices: tuple[str, ...] = ()  # CHOICE: the values the file may hold
    required: bool = False  # a release file, and a version in the history, must hold it
    prints: bool = True  # some export prints it (so it reaches the fingerprint's hash)
    kept: bool = True  # the history keeps its value in each version
    restored: bool = True  # restoring a version brings it back (only a kept field)
    only_when_set: bool = False  # written (file, history) only when it holds something

    @property
    def change_label(self) -> str:
        return self.diff_label or self.label


FIELDS: tuple[Field, ...] = (
    Field("language", CODE, N_("Language"), one_line=True),
    # (The portal's fields, PORTAL_FIELDS, are written only when set: a release that has
    # none is saved, kept and fingerprinted as before they existed.)
    Field("lead_in", LINE, N_("Lead-in"), one_line=True, only_when_set=True),
    Field("headline", LINE, N_("Headline"), one_line=True, required=True),
    Field("short_title", LINE, N_("Short title"), one_line=True, only_when_set=True),
    Field("subheadline", LINE, N_("Subheadline"), one_line=True),
    Field("status", CHOICE, N_("Status"), choices=STATUSES),
    Field("embargo_until", MOMENT, N_("Embargo"), N_("Embargo lifts")),
    # The IANA zone the embargo was set in: it decides how the moment prints.
    Field("embargo_zone", CODE, N_("Embargo time zone")),
    Field("release_date", DATE, N_("Release date")),
    Field("release_time", LINE, N_("Time of release"), one_line=True, only_when_set=True),
    Field("dateline", LINE, N_("Dateline"), one_line=True),
    Field("organization", LINE, N_("Organisation"), one_line=True),
    Field("source", LINE, N_("Source"), one_line=True, only_when_set=True),
    Field("column", LINE, N_("Site column"), one_line=True, only_when_set=True),
    Field("author", LINE, N_("Author"), one_line=True, only_when_set=True),
    Field("responsible_editor", LINE, N_("Responsible editor"), one_line=True,
          only_when_set=True),
    Field("summary", LINE, N_("Summary"), one_line=True, only_when_set=True),
    Field("page_url", LINE, N_("Page address"), one_line=True, only_when_set=True),
    # The kind of release and its own fields (kinds.py): written only when set, so a news
    # release's file, history and fingerprint are as before kinds existed.
    Field("kind", CHOICE, N_("Kind of release"), choices=KINDS, only_when_set=True),
    Field("event_what", LINE, N_("Event"), one_line=True, only_when_set=True),
    Field("event_start", MOMENT, N_("Event starts"), only_when_set=True),
    Field("event_end", MOMENT, N_("Event ends"), only_when_set=True),
    Field("event_zone", CODE, N_("Event time zone"), only_when_set=True),
    Field("event_place", LINE, N_("Venue"), one_line=True, only_when_set=True),
    Field("event_address", LINE, N_("Address"), one_line=True, only_when_set=True),
    Field("event_map_url", LINE, N_("Map link"), one_line=True, only_when_set=True),
    Field("event_speakers", BLOCK, N_("Speakers"), N_("Speakers, paragraph {number}"),
          only_when_set=True),
    Field("event_attend", BLOCK, N_("How to attend"), N_("How to attend, paragraph {number}"),
          only_when_set=True),
    Field("event_stream_url", LINE, N_("Live stream"), one_line=True, only_when_set=True),
    Field("statement_by", LINE, N_("Statement by"), one_line=True, only_when_set=True),
    Field("statement_title", LINE, N_("Title of the person"), one_line=True,
          only_when_set=True),
    # The release corrected: where it is and its fingerprint are a link, not content (as
    # twins are); its date and the note print.
    Field("corrects_path", CODE, N_("Corrected release"), prints=False, kept=False,
          restored=False, only_when_set=True),
    Field("corrects_fingerprint", CODE, N_("Corrected release's fingerprint"), prints=False,
          kept=False, restored=False, only_when_set=True),
    Field("corrects_date", DATE, N_("Corrected release's date"), only_when_set=True),
    Field("correction_note", BLOCK, N_("Correction note"),
          N_("Correction note, paragraph {number}"), only_when_set=True),
    Field("body", BLOCK, N_("Body"), N_("Body, paragraph {number}"), required=True),
    Field("contacts", CONTACTS, N_("Media contacts"), N_("Media contact {number}")),
    Field("boilerplate", BLOCK, N_("About (boilerplate)"), N_("About, paragraph {number}")),
    Field("footer", FOOTER, N_("Standard footer"), N_("Standard footer, line {number}")),
    Field("keywords", LIST, N_("Keywords"), one_line=True, separators=LIST_SEPARATORS),
    Field("end_mark", CHOICE, N_("End mark"), choices=END_MARKS),
    # The house style the release was made with: a name, not content.
    Field("profile", CODE, N_("House style"), prints=False, kept=False, restored=False),
    # The release's id: a name for other files to link to, not content.
    Field("id", CODE, N_("Release id"), prints=False, kept=False, restored=False,
          only_when_set=True),
    # The other language versions linked to this one (twins/): where they are, not content.
    Field("twins", TWINS, N_("Language versions"), prints=False, kept=False, restored=False,
          only_when_set=True),
    Field("conventions", CONVENTIONS, N_("House style settings"), N_("House style: {setting}")),
    Field("clearance", CLEARANCE, N_("Clearance"), prints=False, kept=False, restored=False),
    # The history keeps the photos' fingerprints, not their images: not restored.
    Field("photos", PHOTOS, N_("Photos"), N_("Photo {number}"), restored=False,
          only_when_set=True),
    # The review comments marked resolved or open again in the editor (review/resolved.py):
    # the editor's notes on a review, not content (no export prints them, so they are not
    # in the fingerprint; the history does not keep them).
    Field("review_comments", MARKS, N_("Review comments marked"), choices=MARKS_OF_REVIEW,
          prints=False, kept=False, restored=False, only_when_set=True),
)

# The fields of a release as a Chinese government portal publishes it (来源, 发布时间's time
# of day, 栏目, 作者, 责任编辑, 摘要, 引题, 短标题, the page's address): the editor shows them
# for a Chinese release or a house style that asks (model.is_portal). A portal's view count
# (浏览次数) is never one: the site fills it in.
PORTAL_FIELDS: tuple[str, ...] = ("lead_in", "short_title", "release_time", "source", "column",
                                  "author", "responsible_editor", "summary", "page_url")

# The fields the editor changes together, as one value (one change, one undo step): the
# name its change carries, then the table's fields it sets, in order; a dotted name is a
# setting inside a record. The embargo's moment with the zone it is set in; an event's
# start, end and zone (a zone change moves both); a correction's link to its original;
# the house style's name and the settings no field of the form shows.
COMPOUNDS: dict[str, tuple[str, ...]] = {
    "embargo_until": ("embargo_until", "embargo_zone"),
    "event_when": ("event_start", "event_end", "event_zone"),
    "corrects": ("corrects_path", "corrects_fingerprint", "corrects_date"),
    "house": ("profile", "conventions", "clearance.policy"),
}

# What the diff names a key of a history's content that is no field of this version.
OTHER_LABEL = N_("Other content: {setting}")

CONTACT_FIELDS: tuple[str, ...] = tuple(n for n in fields_of(Contact) if n != "extra")
TWIN_KEYS: tuple[str, ...] = tuple(n for n in fields_of(TwinLink) if n != "extra")
CONVENTION_KEYS: tuple[str, ...] = tuple(n for n in fields_of(Conventions) if n != "extra")
_NO_CONVENTIONS = Conventions()
_PARAGRAPH_GAP = LazyPattern(r"\n[ \t]*\n\s*")
_EMPTY = Release()  # (a field added to Release since reads its class default through it)


def field(name: str) -> Field | None:
    """The field called *name*, or None."""
    return next((f for f in FIELDS if f.name == name), None)


def kept() -> Iterator[Field]:
    """The fields the history keeps, in the table's order."""
    return (f for f in FIELDS if f.kept)


def labels() -> dict[str, str]:
    """Every field's label by name (N_() marked)."""
    return {f.name: f.label for f in FIELDS}


def default(spec: Field) -> object:
    """The field's value in a new, empty release (shared: not to be changed)."""
    return getattr(_EMPTY, spec.name)


def is_set(spec: Field, value: object) -> bool:
    """Whether the file and the history hold the field: always, or (only_when_set) when it
    differs from a new release's value (a kind other than a news release, a text …)."""
    return not spec.only_when_set or (bool(value) and value != default(spec))


def split(spec: Field, text: str) -> list[str]:
    """The items of a LIST field typed on one line (keywords: "ferry, quay；港口")."""
    return split_list(text, spec.separators or LIST_SEPARATORS)


def convention_settings(conventions: Conventions) -> dict[str, object]:
    """The house-style settings by name, in order; a portal or web setting (model.
    WRITTEN_WHEN_SET)
    only when set, so a house style without a portal is kept and written as before."""
    return {key: getattr(conventions, key) for key in CONVENTION_KEYS
            if key not in WRITTEN_WHEN_SET
            or getattr(conventions, key) != getattr(_NO_CONVENTIONS, key)}


def keep_one_line_fields(release: Release) -> None:
    """Make every one-line field of *release* one line (see field_rules.one_line), and
    the one-line parts of its records (contacts, footer lines, photos' credits)."""
    for spec in FIELDS:
        if not spec.one_line:
            continue
        value = getattr(release, spec.name)
        if spec.kind == LIST:
            setattr(release, spec.name, [one_line(item) for item in value])
        else:
            setattr(release, spec.name, one_line(value))
    keep_one_line_parts(release)


# The longest text of each kind a release may hold (field_rules: past them the editor and
# the exports would only stall).
_MAX_LENGTH = {LINE: MAX_LINE_FIELD, BLOCK: MAX_TEXT_FIELD}


def size_problem(release: Release) -> Problem | None:
    """Why *release* is larger than any release could be, or None (exactly at a limit is
    fine). The caller says it is too large, never that it is damaged: nothing is broken."""
    for spec in FIELDS:
        limit = _MAX_LENGTH.get(spec.kind)
        problem = None if limit is None else \
            text_size_problem(spec.name, getattr(release, spec.name), limit)
        if problem is not None:
            return problem
    return parts_size_problem(release)


# -- the release file ------------------------------------------------------------------------

def to_json(spec: Field, value: object) -> Json:
    """A simple field's value as the release file holds it."""
    if spec.kind in (MOMENT, DATE):
        return None if value is None else value_of(value, date).isoformat()  # (or a datetime)
    if spec.kind == LIST:
        return items_of(value, str)
    if spec.kind == MARKS:
        return dict(value_of(value, dict))
    return value


# The table reads and sets a field by name, so a value's type is the one its kind says
# (model.Release's annotations): these check it where a kind's value is taken apart.
def value_of(value: object, kind: type[T]) -> T:
    if not isinstance(value, kind):
        raise TypeError(f"a field's value of the wrong type: {type(value).__name__}")
    return value


def items_of(value: object, kind: type[T]) -> list[T]:
    """The items of a list field's value (a list, or a change's tuple), checked."""
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, kind) for v in value):
        raise TypeError(f"a list field's value of the wrong type: {type(value).__name__}")
    return list(value)


def marks(spec: Field, value: Json) -> dict[str, str]:
    """A MARKS field's entries as a file holds them, each a name and one of the field's
    choices; an entry that is not (a file edited by hand) counts as none, and so does a
    value that is no object at all."""
    if not isinstance(value, dict):
        return {}
    return {key: mark for key, mark in value.items()
            if isinstance(key, str) and isinstance(mark, str) and mark in spec.choices}


def keep_unknown(release: Release, key: str, value: Json, *, replace: bool = True) -> None:
    """Keep *value* under *key* among the release's unknown keys (``release.extra``: what
    no field of the table holds, written back to the file as it was); *replace*: False
    keeps a value already there. The one writer of those keys: a key that names a field
    is refused, so no field's data is ever kept behind the table (a field is read, saved,
    fingerprinted, diffed and restored as the table says; tests/test_release_extra.py)."""
    if field(key) is not None or key in ("format", "version"):
        raise ValueError(f"{key!r} is a field of the release file, not an unknown key")
    if replace or key not in release.extra:
        release.extra[key] = value


# -- the history's content -------------------------------------------------------------------

def canonical(spec: Field, value: object) -> Json:
    """A field's value as the history keeps it (plain JSON): one-line fields one line,
    line ends unified, lists as lists, records as objects, photos by fingerprint."""
    kind = spec.kind
    if kind in (LINE, CODE):
        return one_line(value_of(value, str)) if spec.one_line else value
    if kind == BLOCK:
        return unify_breaks(value_of(value, str))
    if kind == LIST:
        return [one_line(item) if spec.one_line else item for item in items_of(value, str)]
    if kind == CONTACTS:
        return [{key: one_line(getattr(c, key)) for key in CONTACT_FIELDS}
                for c in items_of(value, Contact)]
    if kind == FOOTER:
        return [{"text": one_line(line.text), "url": line.url}
                for line in items_of(value, FooterLine)]
    if kind == CONVENTIONS:
        conventions = value_of(value, Conventions)
        settings: JsonObject = {key: copy.copy(setting) for key, setting
                                in convention_settings(conventions).items()}
        settings["words"] = {k: conventions.words[k] for k in sorted(conventions.words)}
        return settings
    if kind == PHOTOS:
        return [photo.canonical() for photo in items_of(value, Photo)]
    if kind == TWINS:
        return [{key: getattr(link, key) for key in TWIN_KEYS}
                for link in items_of(value, TwinLink)]
    if kind == CLEARANCE:
        raise ValueError("the clearance is not content")
    return to_json(spec, value)


def restorable(spec: Field, value: Json) -> bool:
    """Whether *value*, from a version's content, is one the field can take back."""
    kind = spec.kind
    if kind in (LINE, CODE, BLOCK):
        return isinstance(value, str)
    if kind == CHOICE:
        return isinstance(value, str) and value in spec.choices
    if kind == LIST:
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    if kind in (MOMENT, DATE, CONTACTS, FOOTER, CONVENTIONS):
        try:
            from_canonical(spec, value, Conventions())
        except (AttributeError, TypeError, ValueError, KeyError):
            return False
        shape = {CONTACTS: list, FOOTER: list, CONVENTIONS: dict}.get(kind, object)
        return isinstance(value, shape)
    return True  # (a kind not restored: kept and compared only)


def from_canonical(spec: Field, value: Json, now: object) -> object:
    """The field's value from a version's content; *now* is the release's current value
    (a version-1 content kept fewer house-style settings: the others stay as they are)."""
    kind = spec.kind
    if kind == MOMENT:
        return datetime.fromisoformat(value) if value is not None else None
    if kind == DATE:
        return date.fromisoformat(value) if value is not None else None
    if kind == LIST:
        return list(value)
    if kind == CONTACTS:
        return [Contact(**c) for c in value]
    if kind == FOOTER:
        return [FooterLine(item["text"], item["url"]) for item in value]
    if kind == CONVENTIONS:
        # (a portal setting a version does not hold was not set in it)
        return Conventions(**{key: copy.deepcopy(value.get(key, getattr(
            _NO_CONVENTIONS if key in WRITTEN_WHEN_SET else now, key)))
            for key in CONVENTION_KEYS}, extra=value_of(now, Conventions).extra)
    return value


# -- how a field reads as text (the diff's units, `show`) -------------------------------------

def units(spec: Field, value: Json) -> list[tuple[str, str]]:
    """A field's canonical value as (name, text) units: the paragraphs of a block, one
    unit per contact, footer line or photo, one per house-style setting (and word), or the
    value as one unit."""
    kind = spec.kind
    if value is None:
        return []
    if kind == BLOCK:
        return [("", p) for p in _PARAGRAPH_GAP.compiled.split(value) if p.strip()]
    if kind == CONTACTS:
        return [("", " · ".join(v for v in c.values() if v)) for c in value]
    if kind == FOOTER:
        return [("", f"{f['text']} <{f['url']}>" if f.get("url") else f["text"])
                for f in value]
    if kind == LIST:
        return [("", ", ".join(value))]
    if kind == TWINS:
        return [("", " · ".join(v for v in link.values() if v)) for link in value]
    if kind == PHOTOS:
        return [("", " · ".join(_photo_words(photo))) for photo in value]
    if kind == CONVENTIONS:
        out: list[tuple[str, str]] = []
        for name, setting in value.items():
            if name == "words" and isinstance(setting, dict):
                out += [(f"{name}.{word}", text) for word, text in setting.items()]
            else:
                out.append((name, plain(setting)))
        return out
    return [("", plain(value))]


def _photo_words(photo: JsonObject) -> list[str]:
    words = [str(photo.get(key, "")) for key in ("id", "caption", "credit", "alt")]
    if photo.get("lead"):
        words.append("lead")
    words.append(f"sha256:{str(photo.get('sha256', ''))[:12]}")
    return [w for w in words if w]


def plain(value: Json) -> str:
    """A value as one text: itself if text, else compact JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)

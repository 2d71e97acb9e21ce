"""The canonical content of a release and its SHA-256 fingerprint.

The fingerprint is of what the exports print, taken from the same layout the writers
render (render/layout.py): the headline, status line, release line and embargo notice as
they print, the body and "About" as the HTML writer writes their parsed trees (every other
writer renders the same trees), the contacts, footer and keywords as cleaned for print,
the photos as laid out (image, size, words, which one leads), and the settings every
export shows: the accent colour, the paper, the e-mail's sender and recipients, the
output words. So the exports change exactly when the fingerprint does, which
tests/test_fingerprint_covers_print.py checks field by field and by mutation.

The canonical content holds, beside that ``printed`` part (the only part hashed), the
release's fields as they are (one-line fields one line, line ends unified): the history
keeps versions of it, shows their differences word by word and restores them.

The rules are fixed by CANONICAL_VERSION and documented in docs/file-format.md: a
fingerprint made today must match the same content in any later ReleaseDesk. Version 1
(until December 2026) hashed a normalised copy of the fields and missed what it did not
list (the zone, the paper, the e-mail addresses, photo sizes, whitespace that prints in
code): a sign-off of version-1 content approves nothing now; `report` names it, so the
reviewer can sign off again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from .. import fields
from ..digest import sha256_hex
from ..field_rules import unify_breaks
from ..json_values import Json, JsonObject
from ..model import Release
from ..patterns import LazyPattern
from ..records import as_dict

if TYPE_CHECKING:
    from ..body.tree import Block
    from ..render.layout import Layout

S = TypeVar("S")  # a section type (render/sections.py)
CANONICAL_VERSION = 2
PREFIX = "sha256:"
PRINTED = "printed"  # the part of a version-2 content that is hashed
# Whitespace that ends a line: spaces and tabs before a line break or the end of the text.
_LINE_END_SPACE = LazyPattern(r"[ \t]+(?=\n|\Z)")


def fingerprint(release: Release, layout: Layout | None = None) -> str:
    """"sha256:" and the hex SHA-256 of what the release's exports print (*layout*: the
    release already laid out, to spare a second parse of its body)."""
    return fingerprint_of(canonical_content(release, layout))


def fingerprint_of(content: JsonObject) -> str:
    """The fingerprint of canonical content already built (history versions): of its
    printed part (version 2), or of all of it (version 1)."""
    hashed = content.get(PRINTED, content)
    encoded = json.dumps(hashed, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # surrogatepass: a lone surrogate (only from a file that escaped one) still hashes
    # to its own distinct bytes.
    return PREFIX + sha256_hex(encoded.encode("utf-8", "surrogatepass"))


def canonical_content(release: Release, layout: Layout | None = None) -> JsonObject:
    """The release's fields, and what its exports print (see the module's docstring)."""
    if layout is None:
        from ..render.layout import build_layout

        layout = build_layout(release)
    content: JsonObject = {"canonical": CANONICAL_VERSION}
    for spec in fields.kept():  # the fields the history keeps (fields.py), as they are
        value = getattr(release, spec.name)
        if fields.is_set(spec, value):
            content[spec.name] = fields.canonical(spec, value)
    content[PRINTED] = printed(layout)
    return content


def printed(layout: Layout) -> JsonObject:
    """What the exports of *layout* print, as plain JSON values (the hashed part): each of
    its sections (render/sections.py, the sequence every writer prints) as it prints, and
    the settings every export shows. A kind of section this does not know fails loudly
    (sections.UnknownSection), so nothing can print without being fingerprinted."""
    from ..render import sections as s
    from ..render.html_writer import blocks_html

    def blocks_hash(blocks: tuple[Block, ...]) -> str:
        return sha256_hex(blocks_html(list(blocks)).encode("utf-8", "surrogatepass"))

    # (the keys in the order of version 2's content, whose history versions keep it)
    content: JsonObject = {
        "language": layout.language, "status_line": None, "headline": "", "subheadline": "",
        "release_line": None, "release_date": None, "late_status": None,
        # (the page's <time> and metadata name the moment with its own offset)
        "embargo": [layout.embargo_iso, [line.moment_iso for line in (layout.status,
                                                                      layout.late_status)
                                         if line is not None]],
        "body": blocks_hash(()), "contacts_heading": None, "contacts": [],
        "about_heading": None, "boilerplate": blocks_hash(()),
        "organization": layout.organization, "keywords": list(layout.keywords),
        "end_mark": "", "footer": [], "accent": layout.accent, "paper": layout.paper,
        # (only where a house sets the page and type: the content of earlier releases, and
        # so their fingerprints, stay as they were)
        **({"typesetting": _typesetting_printed(layout)} if layout.typesetting else {}),
        "mail": [layout.mail_from, list(layout.mail_to)],
        "words": _words_printed(layout),
        "photos": [[p.id, p.photo.sha256, p.width, p.height, p.caption, p.credit, p.alt,
                    p.lead, p.original, [list(f) for f in p.files]] for p in layout.photos],
    }
    portal: JsonObject = {}
    panels: list[Json] = []

    def put(key: str, value: Callable[[S], Json],
            into: JsonObject = content) -> Callable[[S], None]:
        return lambda section: into.__setitem__(key, value(section))

    def released(section: s.Released) -> None:
        content["release_line"] = section.line.text
        content["release_date"] = section.line.iso_date

    def contacts(section: s.Contacts) -> None:
        content["contacts_heading"] = section.heading
        content["contacts"] = [[getattr(contact, key) for key in fields.CONTACT_FIELDS]
                               for contact in section.contacts]

    def about(section: s.About) -> None:
        content["about_heading"] = section.heading
        content["boilerplate"] = blocks_hash(section.blocks)

    def footer(section: s.Footer) -> None:
        content["footer"] = [[line.text, line.url] for line in section.lines]
        portal["footer"] = [[[item.text, item.url] for item in items]
                            for items in section.portal_lines]

    s.Renderers("fingerprint", {
        s.Header: lambda section: None,  # (its parts come one by one: flat_sections)
        s.Status: lambda section: content.__setitem__(
            "late_status" if section.late else "status_line", section.line.text),
        s.KindName: lambda section: None,  # (the kind's part below holds its label)
        s.LeadIn: put("lead_in", lambda section: section.text, portal),
        s.Headline: put("headline", lambda section: section.text),
        s.Subheadline: put("subheadline", lambda section: section.text),
        s.Released: released,
        s.Summary: put("summary", lambda section: section.text, portal),
        s.KindBlock: lambda section: panels.append(section.panel),
        s.Body: put("body", lambda section: blocks_hash(section.blocks)),
        s.Credits: put("credits", lambda section: section.text, portal),
        s.Contacts: contacts, s.About: about,
        s.EndMark: put("end_mark", lambda section: section.text),
        s.Footer: footer,
    }).each(s.flat_sections(layout))
    printed_portal = _portal_printed(layout, portal)
    if printed_portal:  # (only then: a release without a portal's parts keeps its fingerprint)
        content["portal"] = printed_portal
    kind = layout.kind
    if kind.label:  # (only for a kind other than a news release: kinds.py)
        event = kind.event
        content["kind"] = {
            "kind": kind.kind, "label": kind.label,
            "panels": [[panel.kind, panel.heading,
                        [[row.label, row.text, row.href] for row in panel.rows]]
                       for panel in panels],
            # (what the calendar file holds beyond the printed block: the exact moments)
            "event": None if event is None else [
                event.start.isoformat() if event.start else None,
                event.end.isoformat() if event.end else None, event.zone],
        }
    return content


def _portal_printed(layout: Layout, printed_parts: JsonObject) -> JsonObject:
    """What a portal's release prints beyond the rest: 引题, the printed 摘要, the credits,
    the structured footer (*printed_parts*, from its sections) and the page's metadata;
    {} when it prints none of them."""
    if layout.portal is None:
        return {}
    meta = as_dict(layout.portal)
    parts: JsonObject = {
        **{key: printed_parts.get(key) for key in ("lead_in", "summary", "credits", "footer")},
        # (the site's name defaults to the organisation, which prints anyway)
        "meta": {key: value for key, value in meta.items()
                 if value and not (key == "site_name" and value == layout.organization)},
    }
    return {key: value for key, value in parts.items() if value}


def _typesetting_printed(layout: Layout) -> JsonObject:
    setting = as_dict(layout.type)
    return {key: list(value) if isinstance(value, tuple) else value
            for key, value in sorted(setting.items())}


def _words_printed(layout: Layout) -> dict[str, str]:
    """The output words the writers print beyond the texts above (labels of contacts'
    phones and e-mails, the photos' labels), only where there is something they label."""
    words = as_dict(layout.words)
    keys = [*(("phone", "email", "label_sep") if layout.contacts else ()),
            *(("photo", "credit", "file", "photo_gap") if layout.photos else ())]
    return {key: str(words[key]) for key in keys}


def canonical_content_v1(release: Release) -> JsonObject:
    """Version 1 of the canonical content: only to tell a sign-off made under its rules
    (signoffs.report says so), never to approve."""
    conventions = release.conventions
    embargoed = release.status == "embargoed"
    content: JsonObject = {
        "language": line(release.language) or "en",
        "headline": line(release.headline),
        "subheadline": line(release.subheadline),
        "status": release.status,
        "embargo_until": release.embargo_until.isoformat()
        if embargoed and release.embargo_until is not None else None,
        "release_date": release.release_date.isoformat() if release.release_date else None,
        "dateline": line(release.dateline),
        "organization": line(release.organization),
        "body": block(release.body),
        "contacts": [c for c in ({key: line(getattr(c, key)) for key in fields.CONTACT_FIELDS}
                                 for c in release.contacts) if any(c.values())],
        "boilerplate": block(release.boilerplate),
        "keywords": [k for k in (line(k) for k in release.keywords) if k],
        "end_mark": release.end_mark,
        "footer": [{"text": line(f.text), "url": f.url.strip()} for f in release.footer
                   if line(f.text)],
        "conventions": {
            "status_line": conventions.status_line,
            "release_line": conventions.release_line,
            "date_format": conventions.date_format,
            "embargo_position": conventions.embargo_position,
            "accent": conventions.accent.lower(),
            "words": {k: conventions.words[k] for k in sorted(conventions.words)},
        },
    }
    if release.photos:
        content["photos"] = [photo.canonical() for photo in release.photos]
    return content


def line(text: str) -> str:
    """A one-line field as it prints: line breaks unified, spaces at either end dropped."""
    return unify_breaks(text).strip()


def block(text: str) -> str:
    """A Markdown field: line breaks unified, blank lines around it and line-end
    whitespace dropped, except two spaces before a line that continues the paragraph,
    which Markdown prints as a line break (kept as exactly two spaces)."""
    text = unify_breaks(text)
    if "\n" not in text:
        return text.rstrip(" \t")  # (leading spaces can make code: they stay)
    # The regex tries every space of the text; most texts have none at a line end.
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        text = _LINE_END_SPACE.sub(lambda m: _line_end(m, text), text)
    return text.strip("\n")


def _line_end(match: re.Match[str], text: str) -> str:
    start, end = match.span()
    if not match.group().endswith("  ") or start == 0 or text[start - 1] == "\n":
        return ""  # one space, a tab, or a line of nothing but whitespace
    if end >= len(text):
        return ""  # the last line: nothing follows to break to
    following = text.find("\n", end + 1)
    next_line = text[end + 1: following if following >= 0 else len(text)]
    return "  " if next_line.strip(" \t") else ""


def short(fingerprint_text: str, groups: int = 4) -> str:
    """The first hex digits in groups of four, as people read them aloud: "3f2a 9c1d …"."""
    digits = fingerprint_text.removeprefix(PREFIX)
    return " ".join(digits[i:i + 4] for i in range(0, 4 * groups, 4))

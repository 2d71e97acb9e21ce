"""The canonical content of a release and its SHA-256 fingerprint.

The canonical content is what the exports print, normalised so that what cannot be seen
changes nothing: not the file's bytes (key order, indentation, unknown keys), not line
endings, not whitespace at the ends of lines, not blank lines around a text, not a
setting that prints nothing in this release (the embargo's zone of an immediate release).
Anything a reader of an export can see changes it: every field, the house conventions
that change what prints (status line, words, release line, date format, embargo position,
accent colour, paper, the e-mail's sender and recipients), the embargo's moment *as it
prints* (zone abbreviation and all), the photos' images, sizes and words.

Each one-line value is taken as the exports take it (layout.py: control characters
dropped, spaces at the ends stripped), so the exports change exactly when the
fingerprint does: test_fingerprint_covers_print.py changes every field and convention
and checks both ways.

``unprinted`` rides along for the history (a restored version gets its editor-only
settings back: the embargo's zone, the zone style, the house zone) but is not hashed.

The rules are fixed by CANONICAL_VERSION and documented in docs/file-format.md: a
fingerprint made today must match the same content in any later ReleaseDesk. Version 1
(until December 2026) left out the zone, paper, mail addresses and photo sizes; a sign-off
of version-1 content is carried over once, when a release is opened (upgrade_signoffs).
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..digest import sha256_hex
from ..field_rules import one_line
from ..model import Contact, Release
from ..render.safety import clean_text, safe_href

CANONICAL_VERSION = 2
PREFIX = "sha256:"
UNPRINTED = "unprinted"  # the key of what a version keeps but the fingerprint leaves out
_CONTACT_FIELDS = ("name", "role", "organization", "phone", "email")
# Whitespace that ends a line: spaces and tabs before a line break or the end of the text.
_LINE_END_SPACE = re.compile(r"[ \t]+(?=\n|\Z)")


def fingerprint(release: Release) -> str:
    """"sha256:" and the hex SHA-256 of the release's canonical content."""
    return fingerprint_of(canonical_content(release))


def fingerprint_of(content: dict[str, Any]) -> str:
    """The fingerprint of canonical content already built (history versions)."""
    hashed = {k: v for k, v in content.items() if k != UNPRINTED}
    encoded = json.dumps(hashed, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # surrogatepass: a lone surrogate (only from a file that escaped one) still hashes
    # to its own distinct bytes.
    return PREFIX + sha256_hex(encoded.encode("utf-8", "surrogatepass"))


def canonical_content(release: Release) -> dict[str, Any]:
    """What the exports print, normalised; plain JSON values only (see the docstring)."""
    conventions = release.conventions
    embargoed = release.status == "embargoed" and release.embargo_until is not None
    content: dict[str, Any] = {
        "canonical": CANONICAL_VERSION,
        "language": printed(release.language) or "en",
        "headline": printed(release.headline),
        "subheadline": printed(release.subheadline),
        "status": release.status,
        # The moment prints only under an embargo, as format_moment writes it: with its
        # zone's abbreviation or its offset, as the house style asks.
        "embargo_until": release.embargo_until.isoformat()
        if embargoed and release.embargo_until is not None else None,
        "embargo_shown": _moment_shown(release) if embargoed else None,
        "release_date": release.release_date.isoformat() if release.release_date else None,
        "dateline": printed(release.dateline),
        "organization": printed(release.organization),
        "body": block(release.body),
        "contacts": [c for c in (_contact(c) for c in release.contacts) if any(c.values())],
        "boilerplate": block(release.boilerplate),
        "keywords": [k for k in (printed(k) for k in release.keywords) if k],
        "end_mark": release.end_mark,
        "footer": [{"text": printed(f.text), "url": safe_href(f.url) or ""}
                   for f in release.footer if printed(f.text)],
        "conventions": {
            # (An embargoed release prints its notice whatever the status line says.)
            "status_line": None if release.is_embargoed else conventions.status_line,
            "release_line": conventions.release_line,
            "date_format": conventions.date_format,
            "embargo_position": conventions.embargo_position,
            "accent": conventions.accent.lower(),
            "words": {k: conventions.words[k] for k in sorted(conventions.words)},
            "paper": conventions.paper,
            "mail_from": printed(conventions.mail_from),
            "mail_to": [a for a in (printed(x) for x in conventions.mail_to) if a],
        },
        UNPRINTED: {"embargo_zone": release.embargo_zone, "zone": conventions.zone,
                    "zone_style": conventions.zone_style,
                    "status_line": conventions.status_line,
                    "embargo_until": release.embargo_until.isoformat()
                    if release.embargo_until is not None else None},
    }
    if release.photos:  # (absent without photos)
        lead = release.lead_photo  # (the first photo leads when none is marked)
        content["photos"] = [{**photo.canonical(), "lead": photo is lead,
                              "width": photo.width, "height": photo.height}
                             for photo in release.photos]
    return content


def printed(text: str) -> str:
    """A one-line value as the exports print it: one line, without the characters no
    export carries, without spaces at either end."""
    return clean_text(one_line(text)).strip()


def _moment_shown(release: Release) -> str:
    from ..render.words import format_moment

    assert release.embargo_until is not None
    conventions = release.conventions
    return format_moment(release.embargo_until, conventions.date_format,
                         printed(release.language) or "en", clean_text(release.embargo_zone),
                         conventions.zone_style)


def canonical_content_v1(release: Release) -> dict[str, Any]:
    """Version 1 of the canonical content (sign-offs made before December 2026 name it)."""
    conventions = release.conventions
    embargoed = release.status == "embargoed"
    content: dict[str, Any] = {
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
        "contacts": [c for c in ({key: line(getattr(c, key)) for key in _CONTACT_FIELDS}
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


def upgrade_signoffs(release: Release) -> None:
    """Carry version-1 sign-offs of the release's current content over to version 2.

    A sign-off made before version 2 names the version-1 fingerprint; when that is still
    the fingerprint of the content as opened, the approval stands for it, now named by its
    version-2 fingerprint (and every later change to what prints turns it stale)."""
    signoffs = release.clearance.signoffs
    if not signoffs:
        return
    current = fingerprint(release)
    if all(s.fingerprint == current for s in signoffs):
        return
    old = fingerprint_of(canonical_content_v1(release))
    if any(s.fingerprint == old for s in signoffs):
        from ..records import replace

        release.clearance.signoffs = [replace(s, fingerprint=current) if s.fingerprint == old
                                      else s for s in signoffs]
        published = release.clearance.published
        if published is not None and published.fingerprint == old:
            published.fingerprint = current


def line(text: str) -> str:
    """A one-line field as it prints: line breaks unified, spaces at either end dropped."""
    return _unify_breaks(text).strip()


def block(text: str) -> str:
    """A Markdown field: line breaks unified, blank lines around it and line-end
    whitespace dropped, except two spaces before a line that continues the paragraph,
    which Markdown prints as a line break (kept as exactly two spaces)."""
    text = _unify_breaks(text)
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


def _unify_breaks(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _contact(contact: Contact) -> dict[str, str]:
    return {key: printed(getattr(contact, key)) for key in _CONTACT_FIELDS}


def short(fingerprint_text: str, groups: int = 4) -> str:
    """The first hex digits in groups of four, as people read them aloud: "3f2a 9c1d …"."""
    digits = fingerprint_text.removeprefix(PREFIX)
    return " ".join(digits[i:i + 4] for i in range(0, 4 * groups, 4))

"""The canonical content of a release and its SHA-256 fingerprint.

The canonical content is every field that reaches an export, normalised so that what
cannot be seen changes nothing: not the file's bytes (key order, indentation, unknown
keys, the editor-only embargo zone), not line endings, not whitespace at the ends of
lines, not blank lines around a text. Anything a reader of an export can see changes it,
including the house conventions that change what prints (status line, words, release
line, date format, embargo position, accent colour, end mark, footer).

The rules are fixed by CANONICAL_VERSION and documented in docs/file-format.md: a
fingerprint made today must match the same content in any later ReleaseDesk.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..digest import sha256_hex
from ..model import Contact, Release

CANONICAL_VERSION = 1
PREFIX = "sha256:"
_CONTACT_FIELDS = ("name", "role", "organization", "phone", "email")
# Whitespace that ends a line: spaces and tabs before a line break or the end of the text.
_LINE_END_SPACE = re.compile(r"[ \t]+(?=\n|\Z)")


def fingerprint(release: Release) -> str:
    """"sha256:" and the hex SHA-256 of the release's canonical content."""
    return fingerprint_of(canonical_content(release))


def fingerprint_of(content: dict[str, Any]) -> str:
    """The fingerprint of canonical content already built (history versions)."""
    encoded = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # surrogatepass: a lone surrogate (only from a file that escaped one) still hashes
    # to its own distinct bytes.
    return PREFIX + sha256_hex(encoded.encode("utf-8", "surrogatepass"))


def canonical_content(release: Release) -> dict[str, Any]:
    """Every field that reaches an export, normalised; plain JSON values only."""
    conventions = release.conventions
    embargoed = release.status == "embargoed"
    content: dict[str, Any] = {
        "language": line(release.language) or "en",
        "headline": line(release.headline),
        "subheadline": line(release.subheadline),
        "status": release.status,
        # The moment prints only under an embargo; with its own offset ("UTC+01:00").
        "embargo_until": release.embargo_until.isoformat()
        if embargoed and release.embargo_until is not None else None,
        "release_date": release.release_date.isoformat() if release.release_date else None,
        "dateline": line(release.dateline),
        "organization": line(release.organization),
        "body": block(release.body),
        "contacts": [c for c in (_contact(c) for c in release.contacts) if any(c.values())],
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
    if release.photos:  # (absent without photos: text-only fingerprints stay as they were)
        content["photos"] = [photo.canonical() for photo in release.photos]
    return content


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
    return {key: line(getattr(contact, key)) for key in _CONTACT_FIELDS}


def short(fingerprint_text: str, groups: int = 4) -> str:
    """The first hex digits in groups of four, as people read them aloud: "3f2a 9c1d …"."""
    digits = fingerprint_text.removeprefix(PREFIX)
    return " ".join(digits[i:i + 4] for i in range(0, 4 * groups, 4))

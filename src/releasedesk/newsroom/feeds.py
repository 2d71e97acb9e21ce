"""The newsroom's feeds and sitemap: Atom 1.0 (RFC 4287), JSON Feed 1.1, sitemaps.org 0.9.

Every text from a release is escaped for where it goes (XML text and attributes, JSON
strings); characters XML 1.0 cannot carry (control codes, lone surrogates) are dropped.
The bytes depend only on the items and options, never on the clock, so a rebuild with
nothing changed writes the same bytes (and build.py then writes nothing).
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime
from xml.sax.saxutils import escape, quoteattr

from .. import __version__
from .correction_notes import CORRECTS, Note
from .selection import PAGES, Item, address

ATOM_NS = "http://www.w3.org/2005/Atom"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    return escape(_NOT_XML.sub("", text))


def xml_attr(text: str) -> str:
    return quoteattr(_NOT_XML.sub("", text))


def rfc3339(moment: datetime) -> str:
    """*moment* with its own offset (the release's zone: release_moment.py)."""
    from ..release_moment import rfc3339 as written

    return written(moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC))


def feed_id(title: str, base_url: str) -> str:
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL,
                                        f"urn:releasedesk:newsroom:{base_url or title}"))


def feed_updated(items: list[Item], fallback: datetime) -> datetime:
    return max((item.updated for item in items), default=fallback)


def atom(items: list[Item], title: str, base_url: str, fallback: datetime,
         notes: dict[str, list[Note]] | None = None) -> bytes:
    """The Atom feed of *items* (newest first); a correction and the release it corrects
    name each other by a ``related`` link (*notes*: correction_notes.py)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           f'<feed xmlns="{ATOM_NS}">',
           f"  <id>{xml_text(feed_id(title, base_url))}</id>",
           f"  <title type=\"text\">{xml_text(title)}</title>",
           f"  <updated>{rfc3339(feed_updated(items, fallback))}</updated>",
           f"  <author><name>{xml_text(title)}</name></author>",
           f'  <link rel="self" type="application/atom+xml" '
           f'href={xml_attr(address(base_url, "feed.xml"))}/>',
           f'  <link rel="alternate" type="text/html" '
           f'href={xml_attr(address(base_url, "index.html"))}/>',
           f'  <generator version={xml_attr(__version__)}>ReleaseDesk</generator>']
    for item in items:
        entry = item.summary
        out += ["  <entry>",
                f"    <id>{xml_text(item.entry_id)}</id>",
                f'    <title type="text">{xml_text(entry.headline)}</title>',
                f'    <link rel="alternate" type="text/html" '
                f"hreflang={xml_attr(entry.language)} "
                f"href={xml_attr(address(base_url, item.page))}/>",
                f"    <published>{rfc3339(item.published)}</published>",
                f"    <updated>{rfc3339(item.updated)}</updated>"]
        out += [f'    <link rel="related" type="text/html" '
                f"title={xml_attr(_related_title(note))} "
                f"href={xml_attr(address(base_url, f'{PAGES}/{note.slug}.html'))}/>"
                for note in (notes or {}).get(item.slug, [])]
        if entry.organization:
            out.append(f"    <author><name>{xml_text(entry.organization)}</name></author>")
        if entry.kind:
            out.append(f"    <category term={xml_attr(entry.kind)}/>")
        if entry.subheadline:
            out.append(f'    <summary type="text">{xml_text(entry.subheadline)}</summary>')
        out.append("  </entry>")
    out.append("</feed>\n")
    return "\n".join(out).encode("utf-8")


def json_feed(items: list[Item], title: str, base_url: str,
              notes: dict[str, list[Note]] | None = None) -> bytes:
    """The JSON Feed of *items* (newest first); a correction names the release it
    corrects, and that release its corrections, in the item's ``_releasedesk`` extension
    (JSON Feed's extensions start with "_")."""
    feed: dict[str, object] = {"version": JSON_FEED_VERSION, "title": title}
    if base_url:
        feed["home_page_url"] = address(base_url, "index.html")
        feed["feed_url"] = address(base_url, "feed.json")
    languages = {item.summary.language for item in items}
    if len(languages) == 1:
        feed["language"] = languages.pop()
    feed["authors"] = [{"name": title}]
    feed["items"] = [_json_item(item, base_url, (notes or {}).get(item.slug, []))
                     for item in items]
    text = json.dumps(feed, ensure_ascii=False, indent=1)
    return (text + "\n").encode("utf-8", "replace")


def _related_title(note: Note) -> str:
    return ("Corrects: " if note.kind == CORRECTS else "Corrected by: ") + note.headline


def _json_item(item: Item, base_url: str, notes: list[Note]) -> dict[str, object]:
    entry = item.summary
    data: dict[str, object] = {
        "id": item.entry_id,
        "url": address(base_url, item.page),
        "title": entry.headline,
        "content_text": "\n\n".join(t for t in (entry.headline, entry.subheadline) if t),
        "date_published": rfc3339(item.published),
        "date_modified": rfc3339(item.updated),
        "language": entry.language,
    }
    if entry.subheadline:
        data["summary"] = entry.subheadline
    if entry.organization:
        data["authors"] = [{"name": entry.organization}]
    if entry.kind:
        data["tags"] = [entry.kind]
    if notes:
        extension: dict[str, object] = {}
        corrected_by = []
        for note in notes:
            url = address(base_url, f"{PAGES}/{note.slug}.html")
            if note.kind == CORRECTS:
                extension["corrects"] = url
            else:
                corrected_by.append({"url": url, "date": note.day.isoformat()})
        if corrected_by:
            extension["corrected_by"] = corrected_by
        data["_releasedesk"] = extension
    return data


def sitemap(items: list[Item], base_url: str, fallback: datetime) -> bytes:
    """sitemap.xml of the index and every page (needs the newsroom's absolute address)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', f'<urlset xmlns="{SITEMAP_NS}">']
    rows = [("index.html", feed_updated(items, fallback))]
    rows += [(item.page, item.updated) for item in items]
    for path, moment in rows:
        out += ["  <url>", f"    <loc>{xml_text(address(base_url, path))}</loc>",
                f"    <lastmod>{rfc3339(moment)}</lastmod>", "  </url>"]
    out.append("</urlset>\n")
    return "\n".join(out).encode("utf-8")

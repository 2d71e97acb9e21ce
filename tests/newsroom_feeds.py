"""Checks of the newsroom's feeds as a reader and the specifications see them."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import feedparser
from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"
# RFC 3339 date-time, as RFC 4287 §3.3 requires (upper-case T and Z).
_RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")


@dataclass(frozen=True)
class AtomEntry:
    """What the tests read of one entry as feedparser reads it."""

    id: str
    title: str
    link: str
    summary: str
    terms: list[str]  # its categories' terms
    links: list[dict[str, str]]  # each link's attributes (href, rel, type, hreflang …)


@dataclass(frozen=True)
class AtomFeed:
    entries: list[AtomEntry]


def parsed_atom(path: Path) -> AtomFeed:
    """The Atom feed as feedparser reads it; fails on any bozo (ill-formed) feed."""
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return AtomFeed([AtomEntry(
        entry.get("id", ""), entry.get("title", ""), entry.get("link", ""),
        entry.get("summary", ""), [tag.term for tag in entry.get("tags", [])],
        [dict(link) for link in entry.get("links", [])]) for entry in feed.entries])


def atom_problems(path: Path) -> list[str]:
    """What the Atom feed breaks of RFC 4287's required structure (§4.1.1, §4.1.2)."""
    root = etree.fromstring(path.read_bytes())
    problems: list[str] = []
    if root.tag != ATOM + "feed":
        return ["the root is not atom:feed"]

    def check(element: etree._Element, where: str, needs_author: bool) -> None:
        for name in ("id", "title", "updated"):
            found = element.findall(ATOM + name)
            if len(found) != 1:
                problems.append(f"{where} has {len(found)} atom:{name}")
        for date_name in ("updated", "published"):
            for found in element.findall(ATOM + date_name):
                if not _RFC3339.fullmatch(found.text or ""):
                    problems.append(f"{where} {date_name} {found.text!r} is not RFC 3339")
        for found in element.findall(ATOM + "id"):
            if not _IRI.fullmatch(found.text or ""):
                problems.append(f"{where} id {found.text!r} is not an IRI")
        for link in element.findall(ATOM + "link"):
            if not link.get("href"):
                problems.append(f"{where} has a link without href")
        alternates = [link for link in element.findall(ATOM + "link")
                      if link.get("rel", "alternate") == "alternate"]
        if len({(a.get("type"), a.get("hreflang")) for a in alternates}) != len(alternates):
            problems.append(f"{where} has two alternate links of one type and language")
        if needs_author and not element.findall(ATOM + "author"):
            problems.append(f"{where} has no author")
        for author in element.findall(ATOM + "author"):
            if len(author.findall(ATOM + "name")) != 1:
                problems.append(f"{where} has an author without one name")
        allowed = {"author", "category", "contributor", "generator", "icon", "id", "link",
                   "logo", "rights", "subtitle", "title", "updated", "entry", "content",
                   "published", "source", "summary"}
        for child in element:
            if not child.tag.startswith(ATOM) or child.tag[len(ATOM):] not in allowed:
                problems.append(f"{where} holds {child.tag}")

    feed_has_author = bool(root.findall(ATOM + "author"))
    check(root, "the feed", needs_author=False)
    ids = set()
    for number, entry in enumerate(root.findall(ATOM + "entry"), 1):
        check(entry, f"entry {number}", needs_author=not feed_has_author)
        if not entry.findall(ATOM + "content") and not [
                link for link in entry.findall(ATOM + "link")
                if link.get("rel", "alternate") == "alternate"]:
            problems.append(f"entry {number} has neither content nor an alternate link")
        ids.add(entry.findtext(ATOM + "id"))
    if len(ids) != len(root.findall(ATOM + "entry")):
        problems.append("two entries share an id")
    return problems


def json_feed_problems(path: Path) -> list[str]:
    """What the JSON Feed breaks of version 1.1's required members."""
    feed = json.loads(path.read_bytes())
    problems = []
    if feed.get("version") != "https://jsonfeed.org/version/1.1":
        problems.append("version")
    if not isinstance(feed.get("title"), str):
        problems.append("title")
    if not isinstance(feed.get("items"), list):
        return [*problems, "items"]
    ids = [item.get("id") for item in feed["items"]]
    if len(set(ids)) != len(ids) or not all(isinstance(i, str) and i for i in ids):
        problems.append("item ids")
    for item in feed["items"]:
        if not isinstance(item.get("content_text"), str) and not isinstance(
                item.get("content_html"), str):
            problems.append(f"item {item.get('id')} has no content")
        for key in ("date_published", "date_modified"):
            if key in item and not _RFC3339.fullmatch(item[key]):
                problems.append(f"item {item.get('id')} {key}")
    return problems

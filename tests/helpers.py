"""Shared test helpers: a strict HTML structure reader and a release builder."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser

from releasedesk.model import Contact, FooterLine, Release

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str | None]
    children: list[Node | str] = field(default_factory=list)
    parent: Node | None = None

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self, tag: str | None = None) -> list[Node]:
        found: list[Node] = []
        for child in self.children:
            if isinstance(child, Node):
                if tag is None or child.tag == tag:
                    found.append(child)
                found.extend(child.iter(tag))
        return found

    def find(self, tag: str) -> Node | None:
        nodes = self.iter(tag)
        return nodes[0] if nodes else None


class StrictTree(HTMLParser):
    """Builds a tree and fails on any mismatched or unclosed non-void element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.current = self.root
        self.doctype: str | None = None

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs), parent=self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.current.children.append(Node(tag, dict(attrs), parent=self.current))

    def handle_endtag(self, tag: str) -> None:
        assert tag not in VOID, f"end tag for void element <{tag}>"
        assert self.current.tag == tag, f"</{tag}> closes <{self.current.tag}>"
        assert self.current.parent is not None
        self.current = self.current.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse_html(source: str) -> StrictTree:
    parser = StrictTree()
    parser.feed(source)
    parser.close()
    assert parser.current is parser.root, f"<{parser.current.tag}> never closed"
    return parser


def footer(*lines: str) -> list[FooterLine]:
    return [FooterLine(line) for line in lines]


def footer_texts(release: Release) -> list[str]:
    return [line.text for line in release.footer]


def in_order(haystack: str, needles: list[str]) -> bool:
    """True when every needle occurs in *haystack*, each after the previous one."""
    position = 0
    for needle in needles:
        found = haystack.find(needle, position)
        if found < 0:
            return False
        position = found + len(needle)
    return True


def make_release(**fields: object) -> Release:
    """A complete, valid release; keyword arguments replace fields."""
    release = Release(
        language="en",
        headline="Northgate Library Extends Weekend Opening Hours",
        subheadline="Branches stay open until 8 p.m. on Saturdays from January",
        status="immediate",
        release_date=date(2026, 11, 25),
        dateline="NORTHGATE",
        organization="Northgate Library Trust",
        body="The Northgate Library Trust will keep all five branches open later.\n\n"
             "- Saturday hours run to 8 p.m.\n- Sunday hours start at 10 a.m.\n\n"
             "Read the *full timetable* at [the library site](https://library.example/hours).",
        contacts=[Contact("Ada Brill", "Press Officer", "Northgate Library Trust",
                          "+1 555 0100 200", "press@library.example")],
        boilerplate="The **Northgate Library Trust** runs the town's public libraries.",
        footer=footer("© 2026 Northgate Library Trust", "Technical support: Example Hosting"),
        keywords=["libraries", "opening hours"],
        end_mark="###",
    )
    for key, value in fields.items():
        setattr(release, key, value)
    return release

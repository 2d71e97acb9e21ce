"""A forgiving HTML element tree from the standard library's parser, minus everything inert.

Scripts, styles, forms, embedded frames and media, comments and hidden elements never
enter the tree, so nothing downstream can carry them into a release. Word's clipboard
HTML marks list numbers with conditional sections (``<![if !supportLists]>``); those are
kept as ``list-marker`` elements so the reader can rebuild the lists.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"})
# Elements dropped with everything inside them.
DROPPED = frozenset({"script", "style", "template", "noscript", "iframe", "object", "svg",
                     "math", "canvas", "video", "audio", "select", "button", "textarea",
                     "head", "title", "frameset", "frame", "applet", "dialog", "map"})
BLOCKS = frozenset({"p", "div", "section", "article", "main", "header", "footer", "aside",
                    "nav", "address", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "h1",
                    "h2", "h3", "h4", "h5", "h6", "pre", "table", "thead", "tbody", "tfoot",
                    "tr", "td", "th", "caption", "hr", "figure", "figcaption", "center",
                    "form", "fieldset", "details", "summary", "body", "html"})
_CLOSES_P = BLOCKS - {"td", "th", "tr", "li", "dt", "dd", "caption", "tbody", "thead",
                      "tfoot", "body", "html"}
MAX_DEPTH = 200  # deeper nesting is flattened: no recursion limit, no quadratic walk
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", re.I)


class Element:
    __slots__ = ("attrs", "children", "parent", "tag")

    def __init__(self, tag: str, attrs: dict[str, str], parent: Element | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Element | str] = []
        self.parent = parent

    @property
    def style(self) -> str:
        return self.attrs.get("style", "")

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {}, None)
        self.stack: list[Element] = [self.root]
        self.skipping: list[str] = []  # the dropped elements we are inside
        self.marker: Element | None = None  # inside Word's "if !supportLists" section
        self.language = ""
        self.keywords = ""

    @property
    def current(self) -> Element:
        return self.marker or self.stack[-1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "html" and values.get("lang"):
            self.language = values["lang"]
        if tag == "meta" and values.get("name", "").lower() == "keywords":
            self.keywords = values.get("content", "")
        if self.skipping:
            if tag not in VOID:
                self.skipping.append(tag)
            return
        if tag in DROPPED or "hidden" in values or _HIDDEN.search(values.get("style", "")) \
                or values.get("aria-hidden") == "true":
            if tag not in VOID:
                self.skipping.append(tag)
            return
        if tag in _CLOSES_P:
            self._close_open("p", stop=BLOCKS - {"p"})
        if tag == "li":
            self._close_open("li", stop={"ul", "ol"})
        elif tag in ("td", "th"):
            self._close_open("td", stop={"tr", "table"})
            self._close_open("th", stop={"tr", "table"})
        elif tag == "tr":
            self._close_open("tr", stop={"table"})
        elif tag in ("dt", "dd"):
            self._close_open("dt", stop={"dl"})
            self._close_open("dd", stop={"dl"})
        element = Element(tag, values, self.current)
        self.current.children.append(element)
        if tag not in VOID and len(self.stack) < MAX_DEPTH and self.marker is None:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag in self.skipping:
                while self.skipping and self.skipping.pop() != tag:
                    pass
            return
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def _close_open(self, tag: str, stop: set[str] | frozenset[str]) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            found = self.stack[index].tag
            if found == tag:
                del self.stack[index:]
                return
            if found in stop:
                return

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.current.children.append(data)

    # Word: <![if !supportLists]>1.<![endif]> (HTML export) or the same as comments
    # (clipboard); the marker text inside tells bullets from numbers and the start.
    def unknown_decl(self, data: str) -> None:
        self._section(data)

    def handle_comment(self, data: str) -> None:
        self._section(data.strip().strip("[]"))

    def _section(self, data: str) -> None:
        text = data.strip().lower()
        if text.startswith("if") and "supportlists" in text and not self.skipping:
            self.marker = Element("list-marker", {}, self.stack[-1])
            self.stack[-1].children.append(self.marker)
        elif text.startswith("endif"):
            self.marker = None


def parse_html(source: str) -> tuple[Element, str, str]:
    """The element tree of *source*, its declared language and its keywords."""
    builder = _Builder()
    builder.feed(source)
    builder.close()
    return builder.root, builder.language, builder.keywords

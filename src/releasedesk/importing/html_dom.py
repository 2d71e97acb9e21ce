"""A forgiving HTML element tree from the standard library's parser, minus everything inert.

Scripts, styles, forms, embedded frames and media, comments and hidden elements (the
``hidden`` and ``aria-hidden`` attributes, an inline style or a class of the page's style
sheet that hides them) never enter the tree, so nothing downstream can carry them into a
release; a hidden element left unclosed ends where a browser ends it. Word's clipboard
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
# What hides an element's words from the reader: not laid out, invisible, Word's hidden
# text, type of no size, fully transparent.
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)"
                     r"|mso-hide\s*:\s*all|(?:font-size|opacity)\s*:\s*0*(?:\.0*)?[a-z%]*\s*(?:[;!]|$)",
                     re.I)
# A style sheet's rules at its top level (none inside @media or @supports: those hide for
# some screens or printers only), each rule's selectors and declarations.
_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")
_CLASS_SELECTOR = re.compile(r"([a-z][a-z0-9]*)?\.([\w-]+)", re.I)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)


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


def _closes(tag: str) -> tuple[frozenset[str], frozenset[str]]:
    """The open elements a start tag *tag* closes, and those it stops looking at (an item
    closes the item before it, but not one of an outer list)."""
    if tag in _CLOSES_P:
        return frozenset({"p"}), BLOCKS - {"p"}
    if tag == "li":
        return frozenset({"li"}), frozenset({"ul", "ol"})
    if tag in ("td", "th"):
        return frozenset({"td", "th"}), frozenset({"tr", "table"})
    if tag == "tr":
        return frozenset({"tr"}), frozenset({"table"})
    if tag in ("dt", "dd"):
        return frozenset({"dt", "dd"}), frozenset({"dl"})
    return frozenset(), frozenset()


def hidden_classes(sheet: str) -> set[tuple[str, str]]:
    """The (tag or "", class) pairs a style sheet hides at its top level (``.x``,
    ``span.x``); other selectors are left alone."""
    found: set[tuple[str, str]] = set()
    for rule in _RULE.finditer(_top_level(_CSS_COMMENT.sub("", sheet))):
        if _HIDDEN.search(rule.group(2)):
            for selector in rule.group(1).split(","):
                whole = _CLASS_SELECTOR.fullmatch(selector.strip())
                if whole is not None:
                    found.add(((whole.group(1) or "").lower(), whole.group(2)))
    return found


def _top_level(sheet: str) -> str:
    """*sheet* without its @-rules (@media, @supports, @import …) and what they hold."""
    kept: list[str] = []
    position = 0
    while (at := sheet.find("@", position)) >= 0:
        kept.append(sheet[position:at])
        brace, end = sheet.find("{", at), sheet.find(";", at)
        if brace < 0 or 0 <= end < brace:  # (a statement: @import …;)
            position = len(sheet) if end < 0 else end + 1
            continue
        depth, position = 0, brace
        while position < len(sheet):
            depth += {"{": 1, "}": -1}.get(sheet[position], 0)
            position += 1
            if depth == 0:
                break
    kept.append(sheet[position:])
    return "".join(kept)


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {}, None)
        self.stack: list[Element] = [self.root]
        self.skipping: list[str] = []  # the dropped or hidden elements we are inside
        self.marker: Element | None = None  # inside Word's "if !supportLists" section
        self.language = ""
        self.keywords = ""
        self.sheet: list[str] = []  # the text of the page's style sheets, as they come
        self.hidden_classes: set[tuple[str, str]] = set()

    @property
    def current(self) -> Element:
        return self.marker or self.stack[-1]

    def _hidden(self, tag: str, values: dict[str, str]) -> bool:
        """Whether the element's words are hidden from the reader (the page's own style
        sheets included, as far as read by now)."""
        if not values:
            return False
        if "hidden" in values or ("style" in values and _HIDDEN.search(values["style"])) or \
                values.get("aria-hidden", "").strip().lower() == "true":
            return True
        if self.sheet:
            self.hidden_classes |= hidden_classes("".join(self.sheet))
            self.sheet = []
        return bool(self.hidden_classes) and "class" in values and any(
            (name, own) in self.hidden_classes for own in values["class"].split()
            for name in ("", tag))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "html" and values.get("lang"):
            self.language = values["lang"]
        if tag == "meta" and values.get("name", "").lower() == "keywords":
            self.keywords = values.get("content", "")
        if self.skipping and not self._ends_skipping(tag):
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
        if tag in DROPPED or self._hidden(tag, values):
            if tag not in VOID:
                self.skipping.append(tag)
            return
        element = Element(tag, values, self.current)
        self.current.children.append(element)
        if tag not in VOID and len(self.stack) < MAX_DEPTH and self.marker is None:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def _ends_skipping(self, tag: str) -> bool:
        """Whether start tag *tag* ends the hidden element skipped (as a browser ends it:
        an item starting closes the hidden item before it, or the item the hidden span is
        in); one it ends inside the hidden element is taken off the skipped. Inside a
        dropped element (a script, a template) nothing ends early."""
        if tag in _CLOSES_P:
            return False  # (a block inside a hidden span: hidden, as its author meant)
        closes, stop = _closes(tag)
        if not closes or any(skipped in DROPPED for skipped in self.skipping):
            return False
        for index in range(len(self.skipping) - 1, -1, -1):
            if self.skipping[index] in closes:
                del self.skipping[index:]
                return not self.skipping
            if self.skipping[index] in stop:
                return False
        for element in reversed(self.stack[1:]):
            if element.tag in closes:
                self.skipping.clear()
                return True
            if element.tag in stop:
                return False
        return False

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag in self.skipping:
                while self.skipping and self.skipping.pop() != tag:
                    pass
                return
            if any(skipped in DROPPED for skipped in self.skipping) or \
                    all(element.tag != tag for element in self.stack[1:]):
                return
            self.skipping.clear()  # an element around the hidden one ends: so does it
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
        elif self.skipping[-1] == "style":
            self.sheet.append(data)

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

"""CommonMark's block structure: containers (quotations, lists) and leaves (paragraphs,
headings, code, rules), line by line, following the spec's "parsing strategy" appendix.

Why our own and not markdown-it-py's block stage (used until December 2026): importing
markdown-it-py costs ~118 million instructions at every editor start (it builds its inline
rules, renderers and some sixty regular expressions the body never uses), about 15% of a
bare Qt window's whole start. This module does only what the body needs, in one pass with
no recursion, and keeps raw HTML as text. CommonMark's reference parser (the ``commonmark``
package, a port of commonmark.js) is the test suite's oracle (tests/test_blocks_oracle.py
compares the two on generated documents) and the spec's examples are measured by
benchmarks/commonmark_conformance.py.

Nesting past MAX_NESTING keeps its words: the markers of deeper quotations and lists are
read as text, so no writer ever recurses deeper.
"""

from __future__ import annotations

from ..patterns import LazyPattern, compiled

MAX_NESTING = 12  # containers (a list and its item count once): Word numbers 9 levels deep

_ATX = compiled(r"#{1,6}(?=[ \t]|$)")
_ATX_CLOSING = compiled(r"(?:^|[ \t]+)#+[ \t]*$")
_FENCE = compiled(r"`{3,}(?!.*`)|~{3,}")
_CLOSING_FENCE = compiled(r"(`{3,}|~{3,})[ \t]*$")
_SETEXT = compiled(r"(?:=+|-+)[ \t]*$")
_RULE = compiled(r"(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$|(?:-[ \t]*){3,}$")
_BULLET = compiled(r"[*+-]")
_ORDERED = compiled(r"(\d{1,9})([.)])")
# Characters that may start a block other than a paragraph (a fast path for plain text).
_MAYBE_SPECIAL = frozenset("#`~*+-_=>0123456789")
_NONSPACE = compiled(r"[^ \t]")
_HASHES_ONLY = compiled(r"[ \t]*#+[ \t]*")  # (an ATX heading of closing hashes alone)

_CONTAINERS = ("document", "quote", "item")


class Block:
    """A block while the document is read; lists and items carry their markers."""

    __slots__ = ("bullet", "children", "delimiter", "depth", "fence_char", "fence_length",
                 "fence_offset", "kind", "last_line_blank", "level", "lines", "marker_offset",
                 "open", "ordered", "padding", "parent", "start", "start_line", "text", "tight")

    def __init__(self, kind: str, parent: Block | None, line: int) -> None:
        self.kind = kind
        self.parent = parent
        self.depth: int = 0 if parent is None else parent.depth + (kind in ("quote", "list"))
        self.children: list[Block] = []
        self.open = True
        self.lines: list[str] = []
        self.last_line_blank = False
        self.start_line = line
        self.text = ""
        self.level = 0
        self.tight = True
        self.ordered = False
        self.bullet = ""
        self.delimiter = ""
        self.start = 1
        self.marker_offset = 0
        self.padding = 0
        self.fence_char = ""
        self.fence_length = 0
        self.fence_offset = 0


def _ends_with_blank_line(block: Block | None) -> bool:
    while block is not None:
        if block.last_line_blank:
            return True
        if block.kind in ("list", "item") and block.children:
            block = block.children[-1]
        else:
            return False
    return False


class BlockParser:
    """One document's block structure; ``parse`` returns the document block."""

    def __init__(self, link_definitions: LinkDefinitions) -> None:
        self.definitions = link_definitions
        self.document = Block("document", None, 0)
        self.tip = self.document
        self.oldtip = self.document
        self.last_matched = self.document
        self.line = ""
        self.line_number = 0
        self.offset = 0
        self.column = 0
        self.next_nonspace = 0
        self.next_nonspace_column = 0
        self.indent = 0
        self.indented = False
        self.blank = False
        self.partially_consumed_tab = False
        self.all_closed = True
        self._run_start = -1  # the run of spaces _find_next_nonspace found last in the line:
        self._run_end = -1  # from where, to where,
        self._run_last_tab = -1  # and its last tab (-1: none)

    # -- the document ------------------------------------------------------------------------

    def parse(self, source: str) -> Block:
        lines = source.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for number, line in enumerate(lines):
            self.line_number = number
            self._incorporate(line)
        block: Block | None = self.tip
        while block is not None:
            self._finalize(block)
            block = block.parent
        return self.document

    # -- the position in the current line --------------------------------------------------

    def _find_next_nonspace(self) -> None:
        # Every open container of a line looks for the line's next non-space, each from a
        # little further on: the run of spaces ahead is found once per line (and remembered
        # while the offset stays inside it), so a line indented N deep costs N, not N times
        # the depth of the containers it continues.
        line = self.line
        i = self.offset
        if not self._run_start <= i <= self._run_end:
            self._run_start = i
            found = _NONSPACE.search(line, i)
            self._run_end = found.start() if found else len(line)
            self._run_last_tab = line.rfind("\t", i, self._run_end)
        end = self._run_end
        if self._run_last_tab < i:  # spaces only: one column each
            column = self.column + (end - i)
        else:
            column = self.column
            for char in line[i:end]:
                column += 1 if char == " " else 4 - column % 4
        self.blank = end >= len(line)
        self.next_nonspace = end
        self.next_nonspace_column = column
        self.indent = column - self.column
        self.indented = self.indent >= 4

    def _advance_next_nonspace(self) -> None:
        self.offset = self.next_nonspace
        self.column = self.next_nonspace_column
        self.partially_consumed_tab = False

    def _advance_offset(self, count: int, columns: bool = False) -> None:
        line = self.line
        while count > 0 and self.offset < len(line):
            char = line[self.offset]
            if char == "\t" and columns:
                to_tab = 4 - self.column % 4
                if to_tab > count:
                    self.partially_consumed_tab = True
                    self.column += count
                    count = 0
                else:
                    self.partially_consumed_tab = False
                    self.column += to_tab
                    self.offset += 1
                    count -= to_tab
            else:
                self.partially_consumed_tab = False
                self.offset += 1
                self.column += 1
                count -= 1

    def _peek(self, position: int) -> str:
        return self.line[position] if position < len(self.line) else ""

    def _add_line(self) -> None:
        if self.partially_consumed_tab:
            self.offset += 1  # the rest of the tab, as spaces
            self.tip.lines.append(" " * (4 - self.column % 4) + self.line[self.offset:])
        else:
            self.tip.lines.append(self.line[self.offset:])

    # -- building the tree --------------------------------------------------------------------

    def _add_child(self, kind: str) -> Block:
        while not _can_contain(self.tip.kind, kind):
            self._finalize(self.tip)
            assert self.tip.parent is not None
            self.tip = self.tip.parent
        block = Block(kind, self.tip, self.line_number)
        self.tip.children.append(block)
        self.tip = block
        return block

    def _close_unmatched(self) -> None:
        if not self.all_closed:
            while self.oldtip is not self.last_matched:
                parent = self.oldtip.parent
                self._finalize(self.oldtip)
                assert parent is not None
                self.oldtip = parent
            self.tip = self.last_matched
            self.all_closed = True

    def _finalize(self, block: Block) -> None:
        if not block.open:
            return
        block.open = False
        if block.kind == "paragraph":
            text = "\n".join(block.lines)
            text = self.definitions.take(text)
            block.text = text
            if not text.strip(" \t\n") and block.parent is not None:
                block.parent.children.remove(block)
        elif block.kind == "code":
            while block.lines and not block.lines[-1].strip():
                block.lines.pop()
            block.text = "\n".join(block.lines)
        elif block.kind == "fence":
            block.text = "\n".join(block.lines[1:])  # the first line holds the info string
        elif block.kind == "list":
            block.tight = _is_tight(block)

    # -- one line --------------------------------------------------------------------------

    def _incorporate(self, line: str) -> None:
        self.line = line
        self.offset = 0
        self.column = 0
        self.blank = False
        self.partially_consumed_tab = False
        self.oldtip = self.tip
        container = self.document
        self.all_closed = True
        self._run_start = self._run_end = -1  # no run of spaces found in this line yet
        # 1. Which open blocks does this line continue?
        while container.children and container.children[-1].open:
            container = container.children[-1]
            self._find_next_nonspace()
            result = self._continue(container)
            if result == 1:
                assert container.parent is not None
                container = container.parent
                break
            if result == 2:
                return  # a closing fence: the line is used up
        self.all_closed = container is self.oldtip
        self.last_matched = container
        # 2. New block starts.
        matched_leaf = container.kind in ("code", "fence", "heading", "rule")
        while not matched_leaf:
            self._find_next_nonspace()
            if not self.indented and self._peek(self.next_nonspace) not in _MAYBE_SPECIAL:
                self._advance_next_nonspace()
                break
            started = self._start(container)
            if started == 0:
                self._advance_next_nonspace()
                break
            container = self.tip
            if started == 2:
                matched_leaf = True
        # 3. The rest of the line: a lazy paragraph continuation, or content.
        if not self.all_closed and not self.blank and self.tip.kind == "paragraph":
            self._add_line()
            return
        self._close_unmatched()
        if self.blank and container.children:
            container.children[-1].last_line_blank = True
        kind = container.kind
        last_line_blank = self.blank and not (
            kind in ("quote", "fence")
            or (kind == "item" and not container.children
                and container.start_line == self.line_number))
        block: Block | None = container
        while block is not None:
            block.last_line_blank = last_line_blank
            block = block.parent
        if kind in ("paragraph", "code", "fence"):
            self._add_line()
        elif kind in ("heading", "rule"):
            pass
        elif self.offset < len(line) and not self.blank:
            self._add_child("paragraph")
            self._advance_next_nonspace()
            self._add_line()

    def _continue(self, block: Block) -> int:
        """0: the line continues *block*; 1: it does not; 2: it ended it (closing fence)."""
        kind = block.kind
        if kind == "quote":
            if not self.indented and self._peek(self.next_nonspace) == ">":
                self._advance_next_nonspace()
                self._advance_offset(1)
                if self._peek(self.offset) in (" ", "\t"):
                    self._advance_offset(1, columns=True)
                return 0
            return 1
        if kind == "item":
            if self.blank:
                if not block.children:
                    return 1  # an item may begin with at most one blank line
                self._advance_next_nonspace()
                return 0
            if self.indent >= block.marker_offset + block.padding:
                self._advance_offset(block.marker_offset + block.padding, columns=True)
                return 0
            return 1
        if kind == "code":
            if self.indent >= 4:
                self._advance_offset(4, columns=True)
                return 0
            if self.blank:
                self._advance_next_nonspace()
                return 0
            return 1
        if kind == "fence":
            if self.indent <= 3 and self._peek(self.next_nonspace) == block.fence_char:
                closing = _CLOSING_FENCE.match(self.line, self.next_nonspace)
                if closing and len(closing.group(1)) >= block.fence_length:
                    self._finalize(block)
                    assert block.parent is not None
                    self.tip = block.parent
                    return 2
            skip = block.fence_offset
            while skip > 0 and self._peek(self.offset) in (" ", "\t"):
                self._advance_offset(1, columns=True)
                skip -= 1
            return 0
        if kind == "paragraph":
            return 1 if self.blank else 0
        if kind in ("heading", "rule"):
            return 1
        return 0  # document, list

    # -- block starts ------------------------------------------------------------------------

    def _start(self, container: Block) -> int:
        """0: nothing starts here; 1: a container started; 2: a leaf started."""
        line = self.line
        position = self.next_nonspace
        char = self._peek(position)
        deep = container.depth >= MAX_NESTING
        if not self.indented:
            if char == ">" and not deep:
                self._advance_next_nonspace()
                self._advance_offset(1)
                if self._peek(self.offset) in (" ", "\t"):
                    self._advance_offset(1, columns=True)
                self._close_unmatched()
                self._add_child("quote")
                return 1
            if char == "#" and (atx := _ATX.match(line, position)):
                self._advance_next_nonspace()
                self._advance_offset(len(atx.group(0)))
                self._close_unmatched()
                heading = self._add_child("heading")
                heading.level = len(atx.group(0))
                text = line[self.offset:]
                heading.text = _ATX_CLOSING.sub("", text.strip(" \t")).strip(" \t") \
                    if not _HASHES_ONLY.fullmatch(text) else ""
                self.offset = len(line)
                return 2
            if char in "`~" and (fence := _FENCE.match(line, position)):
                length = len(fence.group(0))
                self._close_unmatched()
                block = self._add_child("fence")
                block.fence_char = char
                block.fence_length = length
                block.fence_offset = self.indent
                self._advance_next_nonspace()
                self._advance_offset(length)
                self.offset = len(line)  # the info string says the language: not shown
                return 2
            if char in "=-" and container.kind == "paragraph" and \
                    _SETEXT.match(line, position):
                paragraph = container
                self._close_unmatched()
                text = self.definitions.take("\n".join(paragraph.lines))
                if text.strip(" \t\n"):
                    paragraph.lines = []
                    paragraph.kind = "heading"
                    paragraph.level = 1 if char == "=" else 2
                    paragraph.text = text.strip(" \t\n")
                    paragraph.open = False
                    assert paragraph.parent is not None
                    self.tip = paragraph.parent
                    self.offset = len(line)
                    return 2
                # Only definitions: the line is something else (a rule, or text of the
                # paragraph, which is empty now and goes if nothing follows).
                paragraph.lines = []
            if char in "*-_" and _RULE.match(line, position):
                self._close_unmatched()
                self._add_child("rule")
                self.offset = len(line)
                return 2
        if (not self.indented or container.kind == "list") and not deep:
            item = self._list_marker(container)
            if item is not None:
                self._close_unmatched()
                tip = self.tip
                if tip.kind != "list" or not _same_list(tip, item):
                    listing = self._add_child("list")
                    listing.ordered, listing.bullet = item.ordered, item.bullet
                    listing.delimiter, listing.start = item.delimiter, item.start
                    listing.marker_offset = item.marker_offset
                added = self._add_child("item")
                for name in ("ordered", "bullet", "delimiter", "start", "marker_offset",
                             "padding"):
                    setattr(added, name, getattr(item, name))
                return 1
        if self.indented and self.tip.kind != "paragraph" and not self.blank:
            self._advance_offset(4, columns=True)
            self._close_unmatched()
            self._add_child("code")
            return 2
        return 0

    def _list_marker(self, container: Block) -> Block | None:
        if self.indent >= 4:
            return None
        line = self.line
        position = self.next_nonspace
        rest = line[position:]
        item = Block("item", None, self.line_number)
        item.marker_offset = self.indent
        if (bullet := _BULLET.match(rest)) is not None:
            item.bullet = bullet.group(0)
            length = 1
        elif (number := _ORDERED.match(rest)) is not None and \
                (container.kind != "paragraph" or number.group(1) == "1"):
            item.ordered = True
            item.start = int(number.group(1))
            item.delimiter = number.group(2)
            length = len(number.group(0))
        else:
            return None
        after = self._peek(position + length)
        if after not in ("", " ", "\t"):
            return None
        if container.kind == "paragraph" and not line[position + length:].strip(" \t"):
            return None  # an empty item cannot interrupt a paragraph
        self._advance_next_nonspace()
        self._advance_offset(length, columns=True)
        spaces_column = self.column
        spaces_offset = self.offset
        while True:
            self._advance_offset(1, columns=True)
            if self.column - spaces_column >= 5 or self._peek(self.offset) not in (" ", "\t"):
                break
        blank_item = self._peek(self.offset) == ""
        spaces = self.column - spaces_column
        if spaces >= 5 or spaces < 1 or blank_item:
            item.padding = length + 1
            self.column = spaces_column
            self.offset = spaces_offset
            self.partially_consumed_tab = False
            if self._peek(self.offset) in (" ", "\t"):
                self._advance_offset(1, columns=True)
        else:
            item.padding = length + spaces
        return item


def _can_contain(parent: str, child: str) -> bool:
    if parent == "list":
        return child == "item"
    if parent in _CONTAINERS:
        return child != "item"
    return False


def _same_list(listing: Block, item: Block) -> bool:
    return (listing.ordered == item.ordered and listing.bullet == item.bullet
            and listing.delimiter == item.delimiter)


def _is_tight(listing: Block) -> bool:
    items = listing.children
    for index, item in enumerate(items):
        has_next_item = index + 1 < len(items)
        if _ends_with_blank_line(item) and has_next_item:
            return False
        for position, child in enumerate(item.children):
            has_next = has_next_item or position + 1 < len(item.children)
            if _ends_with_blank_line(child) and has_next:
                return False
    return True


# -- link reference definitions --------------------------------------------------------------

_LABEL = LazyPattern(r"[ ]{0,3}\[((?:[^\\\[\]]|\\.){0,999})\]:")
_SPACES_ONE_NEWLINE = LazyPattern(r"[ \t]*\n?[ \t]*")


def _spaces_end(text: str, position: int) -> int:
    """Where the spaces and tabs (and at most one line break) from *position* end."""
    found = _SPACES_ONE_NEWLINE.match(text, position)
    assert found is not None  # (the pattern matches the empty string)
    return found.end()
_DESTINATION_ANGLED = LazyPattern(r"<((?:[^<>\n\\]|\\.)*)>")
_TITLE = LazyPattern(r"\"((?:[^\"\\]|\\[\s\S])*)\"|'((?:[^'\\]|\\[\s\S])*)'"
                    r"|\(((?:[^()\\]|\\[\s\S])*)\)")
_LINE_END = LazyPattern(r"[ \t]*(?:\n|$)")
_BLANK_LINE = LazyPattern(r"\n[ \t]*\n")


_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


class LinkDefinitions:
    """Link reference definitions, taken from the start of paragraphs as they close."""

    def __init__(self) -> None:
        self.found: dict[str, tuple[str, str]] = {}

    def take(self, text: str) -> str:
        """*text* without the definitions it starts with (which are recorded)."""
        while text.startswith(("[", " [", "  [", "   [")):
            parsed = _definition(text)
            if parsed is None:
                break
            label, destination, title, end = parsed
            from .inline import normalise_label

            key = normalise_label(label)
            if key and key not in self.found:
                self.found[key] = (destination, title)
            text = text[end:]
        return text


def _definition(text: str) -> tuple[str, str, str, int] | None:
    """(label, destination, title, end) of the definition *text* starts with, or None."""
    from .inline import unescape_destination

    label = _LABEL.match(text)
    if label is None or not label.group(1).strip():
        return None
    position = _spaces_end(text, label.end())
    angled = _DESTINATION_ANGLED.match(text, position)
    if angled is not None:
        destination, position = angled.group(1), angled.end()
    else:
        end = _plain_destination_end(text, position)
        if end == position:
            return None
        destination, position = text[position:end], end
    before_title = position
    gap = _spaces_end(text, position)
    title_match = _TITLE.match(text, gap) if gap > position else None
    if title_match is not None and not _BLANK_LINE.search(title_match.group(0)):
        line_end = _LINE_END.match(text, title_match.end())
        if line_end is not None:
            title = next(g for g in title_match.groups() if g is not None)
            return (label.group(1), unescape_destination(destination),
                    unescape_destination(title), line_end.end())
    line_end = _LINE_END.match(text, before_title)
    if line_end is None:
        return None
    return label.group(1), unescape_destination(destination), "", line_end.end()


def _plain_destination_end(text: str, start: int) -> int:
    """Where a destination without angle brackets ends (balanced parentheses, no spaces)."""
    depth = 0
    i = start
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text) and text[i + 1] in _ASCII_PUNCTUATION:
            i += 2
            continue
        if char == "(":
            depth += 1
            if depth > 32:
                return start
        elif char == ")":
            if depth == 0:
                break
            depth -= 1
        elif char <= " ":
            break
        i += 1
    return start if depth else i

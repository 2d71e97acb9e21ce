"""The tree written back as CommonMark: the mirror of body.parse.

Importers (Word, HTML, rich paste) build a tree and store it in the body as Markdown
through this writer. The promise: ``parse_markdown(write_markdown(blocks)) == blocks`` for
trees a parser can produce (no empty emphasis, no whitespace at its edges); emphasis that
CommonMark cannot express in its place keeps its words and loses only the emphasis; an
empty list item it cannot hold in its place (first under an item's text) is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..body import tree as t
from ..body.inline import is_mail_autolink, is_punct, is_space, parse_inline

_ENTITY_LIKE = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
# Characters that start markup anywhere in a line.
_INLINE_SPECIAL = re.compile(r"[\\`*\[\]]|<(?=[^\s])|_(?![^\W_])|(?<![^\W_])_")
# (Dashes and spaces alone, "-- -": behind a list item's "- " they make a rule.)
_LINE_START = re.compile(
    r"^(?:#|>|[-+](?=[ \t]|$)|-(?=(?:30|end)-[ \t]*$)|=+[ \t]*$|-+[ \t]*$|~~~"
    r"|(?:-[ \t]*){2,}$|[0-9]{1,9}(?=[.)](?:[ \t]|$)))"
)
_TRAILING_HASHES = re.compile(r"#+(?=[ \t]*$)")
# A thematic break: three or more of one of - * _, with spaces or tabs between.
_RULE = re.compile(r"^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$")


def write_markdown(blocks: list[t.Block]) -> str:
    """The Markdown source for *blocks*, blocks separated by a blank line."""
    return "\n\n".join(write_block(block, other)
                       for block, other in zip(blocks, other_forms(blocks), strict=True))


def write_block(block: t.Block, other_form: bool = False) -> str:
    """One top-level block of write_markdown (*other_form* from other_forms)."""
    return "\n".join(_block(block, other_form))


def write_inlines(inlines: list[t.Inline]) -> str:
    """One paragraph's inline content as Markdown (hard breaks as backslash-newline)."""
    return "\n".join(_paragraph_lines(inlines))


# -- blocks -----------------------------------------------------------------------------


def other_forms(blocks: list[t.Block]) -> list[bool]:
    """Which blocks are written in their other form, so they are not read as part of the
    list before them: a list right after a list of its kind takes the other marker
    (``*``, ``)``; alternating), a code block right after a list or code block is fenced."""
    others: list[bool] = []
    for number, block in enumerate(blocks):
        before = blocks[number - 1] if number else None
        if isinstance(block, (t.BulletList, t.OrderedList)):
            others.append(type(before) is type(block) and not others[-1])
        else:
            others.append(isinstance(block, t.CodeBlock)
                          and isinstance(before, (t.BulletList, t.OrderedList, t.CodeBlock)))
    return others


def _block(block: t.Block, other_form: bool = False) -> list[str]:
    if isinstance(block, t.Paragraph):
        return _paragraph_lines(block.children)
    if isinstance(block, t.Heading):
        if block.level <= 2 and any(isinstance(n, t.LineBreak) for n in block.children):
            # Only the underlined (setext) form holds a line break.
            return [*_paragraph_lines(block.children), "===" if block.level == 1 else "---"]
        # An ATX heading is one line: a line break inside it becomes a space.
        children = [t.Text(" ") if isinstance(n, t.LineBreak) else n for n in block.children]
        text = " ".join(_paragraph_lines(children, heading=True))
        return ["#" * max(1, min(6, block.level)) + " " + text]
    if isinstance(block, t.BulletList):
        return _list_lines(block.items, ["*" if other_form else "-"] * len(block.items),
                           block.tight)
    if isinstance(block, t.OrderedList):
        delimiter = ")" if other_form else "."
        markers = [f"{number}{delimiter}"
                   for number in range(block.start, block.start + len(block.items))]
        return _list_lines(block.items, markers, block.tight)
    if isinstance(block, t.Quote):
        lines = _blocks_lines(block.blocks)
        return [f"> {line}" if line else ">" for line in lines] or [">"]
    if isinstance(block, t.CodeBlock):
        if other_form:
            runs = [len(run) for run in re.findall(r"^ *(`{3,}|~{3,})", block.text, re.M)]
            fence = "`" * max([3, *(n + 1 for n in runs)])
            return [fence, *block.text.split("\n"), fence]
        return ["    " + line if line else "" for line in block.text.split("\n")]
    if isinstance(block, t.Figure):
        return [f"![{escape_text(block.photo.alt)}](photo:{block.photo.id})"]
    return ["---"]


def _blocks_lines(blocks: list[t.Block], tight: bool = False) -> list[str]:
    lines: list[str] = []
    before: t.Block | None = None
    for block, other in zip(blocks, other_forms(blocks), strict=True):
        if tight and isinstance(before, t.Paragraph):
            written = _interrupting(block)
            if written is None:
                continue
            block = written
        if lines and not tight:
            lines.append("")
        lines.extend(_block(block, other))
        before = block
    return lines


def _interrupting(block: t.Block) -> t.Block | None:
    """*block* as it can follow a paragraph on the next line (in a tight item, where no
    blank line may come between): an empty item cannot interrupt a paragraph in CommonMark
    ("a" then "1." reads as the paragraph "a 1.", "a" then "-" as a heading), so a list's
    empty items before its first one with content are left out (the list too, when it has
    nothing else). They hold no words, and nothing else could keep them items there."""
    if not isinstance(block, (t.BulletList, t.OrderedList)):
        return block
    first = next((n for n, item in enumerate(block.items) if item.blocks), None)
    if first is None:
        return None
    if first == 0:
        return block
    if isinstance(block, t.BulletList):
        return t.BulletList(block.items[first:], block.tight)
    return t.OrderedList(block.items[first:], block.start, block.tight)


def _list_lines(items: list[t.ListItem], markers: list[str], tight: bool) -> list[str]:
    """A list: a tight one's items on consecutive lines, a loose one's a blank line apart;
    an item's own blocks indented under its text, as CommonMark nests them (four spaces at
    least, so the nesting also reads right to people and older Markdown tools)."""
    lines: list[str] = []
    for item, marker in zip(items, markers, strict=True):
        if lines and not tight:
            lines.append("")
        # An item's text starts one space after its marker; a code block in it is indented
        # from there, so any further spaces would become part of the code; so is an item
        # opening with a list, whose next items must stand under its first.
        code = any(isinstance(block, t.CodeBlock) for block in item.blocks) or (
            bool(item.blocks) and isinstance(item.blocks[0], (t.BulletList, t.OrderedList)))
        indent = " " * (len(marker) + 1 if code else max(4, len(marker) + 1))
        item_lines = _blocks_lines(item.blocks, tight=tight)
        if not item_lines:
            lines.append(marker)
            continue
        first = item_lines[0]
        # An item opening with nothing, or with a line that after its marker would read
        # as something else: an item holding only empty items, "- - -", is a rule.
        if not first or _RULE.match(f"{marker} {first}"):
            lines.append(marker)
            lines.extend(indent + line if line else "" for line in item_lines)
            continue
        lines.append(f"{marker} {first}")
        lines.extend(indent + line if line else "" for line in item_lines[1:])
    return lines


# -- inlines ----------------------------------------------------------------------------


def _paragraph_lines(inlines: Sequence[t.Inline], heading: bool = False) -> list[str]:
    merged = _merge(inlines)
    writer = _Inlines(touching=True)
    source = writer.write(merged)
    if writer.touched and _styles(parse_inline(source, photos=_photo_ids(merged))) != \
            _styles(merged):
        source = _Inlines().write(merged)  # (the touching delimiters read otherwise here)
    lines = source.split("\n")
    out: list[str] = []
    for number, line in enumerate(lines):
        hard_break = number < len(lines) - 1  # every line but the last ends in a break
        body = line[:-1] if hard_break else line
        # A line's leading spaces, and the paragraph's last, are not read; the spaces
        # before a hard break are (the backslash ends the line after them): kept.
        body = body.lstrip(" \t") if hard_break else body.strip(" \t")
        if heading:
            # A closing run of hashes would be read as the heading's optional closing sequence.
            body = _TRAILING_HASHES.sub(lambda m: "\\#" * len(m.group(0)), body, 1)
        body = _escape_line_start(body)
        out.append(body + ("\\" if hard_break else ""))
    return out


def _escape_line_start(line: str) -> str:
    """Escape what would make the line a heading, quote, list, rule or fence."""
    if not line:
        return line
    if line[0] == "\\":
        return line
    match = _LINE_START.match(line)
    if match is None:
        return line
    token = match.group(0)
    if token[0].isdigit():
        # "2026. The year" would start an ordered list: escape the dot.
        return token + "\\" + line[len(token):]
    return "\\" + line


def _merge(inlines: Sequence[t.Inline]) -> list[t.Inline]:
    """Adjacent text nodes joined, and soft line feeds inside text turned into spaces."""
    merged: list[t.Inline] = []
    for node in inlines:
        if isinstance(node, t.Text):
            text = node.text.replace("\r", " ").replace("\n", " ")
            if not text:
                continue
            if merged and isinstance(merged[-1], t.Text):
                merged[-1] = t.Text(merged[-1].text + text)
                continue
            node = t.Text(text)
        elif isinstance(node, t.Dateline):
            node = t.Text(node.text)
            if merged and isinstance(merged[-1], t.Text):
                merged[-1] = t.Text(merged[-1].text + node.text)
                continue
        merged.append(node)
    return merged


def escape_text(text: str) -> str:
    """Plain text that Markdown will read back as exactly this text (not at a line start)."""
    text = _INLINE_SPECIAL.sub(lambda m: "\\" + m.group(0), text)
    return _ENTITY_LIKE.sub("\\&", text)


def _can_open(char: str, before: str, after: str) -> bool:
    left = not is_space(after) and (not is_punct(after) or is_space(before) or
                                     is_punct(before))
    if char == "*":
        return left
    right = not is_space(before) and (not is_punct(before) or is_space(after) or
                                       is_punct(after))
    return left and (not right or is_punct(before))


def _can_close(char: str, before: str, after: str) -> bool:
    right = not is_space(before) and (not is_punct(before) or is_space(after) or
                                       is_punct(after))
    if char == "*":
        return right
    left = not is_space(after) and (not is_punct(after) or is_space(before) or
                                     is_punct(before))
    return right and (not left or is_punct(after))


def _styles(nodes: Sequence[t.Inline],
            path: tuple[str, ...] = ()) -> list[tuple[str, tuple[str, ...]]]:
    """Each visible character of *nodes* with the emphasis, links and code around it, from
    the outermost in: what a reader sees, wherever the spaces between words fall."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for node in nodes:
        if isinstance(node, (t.Text, t.Dateline, t.Code)):
            inner = (*path, "code") if isinstance(node, t.Code) else path
            out.extend((char, inner) for char in node.text if not char.isspace())
        elif isinstance(node, t.Strong):
            out.extend(_styles(node.children, (*path, "strong")))
        elif isinstance(node, t.Emphasis):
            out.extend(_styles(node.children, (*path, "em")))
        elif isinstance(node, t.Link):
            out.extend(_styles(node.children, (*path, f"link {node.href}")))
        elif isinstance(node, t.Image):
            out.extend(_styles(node.children, (*path, f"photo {node.photo_id}")))
    return out


def _photo_ids(nodes: Sequence[t.Inline]) -> frozenset[str]:
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, t.Image):
            found.add(node.photo_id)
        if isinstance(node, (t.Strong, t.Emphasis, t.Link, t.Image)):
            found |= _photo_ids(node.children)
    return frozenset(found)


class _Inlines:
    """Writes inline nodes left to right, choosing each emphasis delimiter in context.

    *touching*: an emphasis that no delimiter of its own can set off from its neighbours
    (a word's letters or CJK characters right beside it, and the delimiter of the emphasis
    around it or beside it: ``***x***y``, ``**b*i***``) may take the same character as
    that neighbouring delimiter; CommonMark then reads the run by its lengths, which is
    not always what was meant, so the caller reads the paragraph back and keeps it only
    when it is (``touched`` says one was written)."""

    def __init__(self, touching: bool = False) -> None:
        self.touching = touching
        self.touched = False
        self.prefer: str | None = None  # (the character an emphasis around this one took)

    def write(self, nodes: list[t.Inline], before: str = "", after: str = "") -> str:
        out: list[str] = []
        for index, node in enumerate(nodes):
            previous = out[-1][-1] if out and out[-1] else before
            following = _first_char(nodes[index + 1]) if index + 1 < len(nodes) else after
            out.append(self.node(node, previous, following))
        return "".join(out)

    def node(self, node: t.Inline, before: str, after: str) -> str:
        if isinstance(node, t.Text):
            return escape_text(node.text)
        if isinstance(node, t.Dateline):
            return escape_text(node.text)
        if isinstance(node, t.LineBreak):
            return "\\\n"
        if isinstance(node, t.Code):
            return _code(node.text)
        if isinstance(node, t.Link):
            return self.link(node)
        if isinstance(node, t.Image):
            return f"![{self.write(_merge(node.children), '[', ']')}](photo:{node.photo_id})"
        return self.emphasis(node, before, after)

    def emphasis(self, node: t.Strong | t.Emphasis, before: str, after: str) -> str:
        children = _merge(node.children)
        # Whitespace at the edges cannot sit inside delimiters: it moves outside.
        lead = trail = ""
        if children and isinstance(children[0], t.Text):
            stripped = children[0].text.lstrip()
            lead = children[0].text[: len(children[0].text) - len(stripped)]
            children = [t.Text(stripped), *children[1:]] if stripped else children[1:]
        if children and isinstance(children[-1], t.Text):
            stripped = children[-1].text.rstrip()
            trail = children[-1].text[len(stripped):]
            children = [*children[:-1], t.Text(stripped)] if stripped else children[:-1]
        if lead:
            before = lead[-1]
        if trail:
            after = trail[0]
        if not children:
            return lead + trail
        width = 2 if isinstance(node, t.Strong) else 1
        for char in ("*", "_") if self.prefer != "_" else ("_", "*"):
            if char in (before, after) and char != self.prefer:
                continue  # a neighbouring delimiter of the same kind would merge with ours
            written = self.delimited(char * width, children, before, after)
            if written is not None:
                self.touched = self.touched or char in (before, after)
                return f"{lead}{written}{trail}"
        for char in ("*", "_") if self.touching else ():
            # The emphasis inside takes our character too where it touches our edge: one
            # run of delimiters, "***x***y", which CommonMark reads as two emphases.
            outer, self.prefer = self.prefer, char
            try:
                written = self.delimited(char * width, children, before, after)
            finally:
                self.prefer = outer
            if written is not None:
                self.touched = True
                return f"{lead}{written}{trail}"
        # CommonMark cannot express this emphasis here: keep its words, drop the emphasis.
        return lead + self.write(children, before, after) + trail

    def delimited(self, marker: str, children: list[t.Inline], before: str,
                  after: str) -> str | None:
        """*children* between *marker*s, or None where CommonMark would not read them so."""
        char = marker[0]
        content = self.write(children, char, char)
        if not content:
            return None
        if content[0] == char or content[-1] == char:
            if self.prefer != char:
                return None
            # (one run with the delimiters inside: flanking looks past the whole run)
            inner = content.strip(char)
            if not inner:
                return None
            first, last = inner[0], inner[-1]
        else:
            first, last = content[0], content[-1]
        if _can_open(char, before, first) and _can_close(char, last, after):
            return f"{marker}{content}{marker}"
        return None

    def link(self, node: t.Link) -> str:
        label = self.write(_merge(node.children), "[", "]")
        if node.href is None:
            return label
        text = t.plain_text(node.children)
        if len(node.children) == 1 and isinstance(node.children[0], t.Text):
            if text == node.href and re.fullmatch(r"[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*",
                                                  text):
                return f"<{text}>"
            if node.href == f"mailto:{text}" and is_mail_autolink(text):
                return f"<{text}>"
        if not label:
            label = escape_text(node.href)
        return f"[{label}]({_destination(node.href)})"


def _first_char(node: t.Inline) -> str:
    if isinstance(node, (t.Text, t.Dateline)):
        return escape_text(node.text)[:1]
    if isinstance(node, t.Code):
        return "`"
    if isinstance(node, t.Link):
        return "[" if node.href is not None else _first_char_of(node.children)
    if isinstance(node, t.LineBreak):
        return "\\"
    if isinstance(node, t.Image):
        return "!"
    return "*"  # emphasis: either delimiter is punctuation, which is what flanking needs


def _first_char_of(nodes: list[t.Inline]) -> str:
    return _first_char(nodes[0]) if nodes else ""


def _destination(href: str) -> str:
    if re.search(r"[\s()<>]", href) or not href:
        return "<" + href.replace("\\", "\\\\").replace("<", "%3C").replace(">", "%3E") + ">"
    return _ENTITY_LIKE.sub("\\&", href.replace("\\", "\\\\"))


def _code(text: str) -> str:
    runs = [len(run) for run in re.findall(r"`+", text)]
    fence = "`" * next(n for n in range(1, len(runs) + 2) if n not in runs)
    pad = " " if text.startswith("`") or text.endswith("`") or (
        text.startswith(" ") and text.endswith(" ") and text.strip()) else ""
    return f"{fence}{pad}{text}{pad}{fence}"

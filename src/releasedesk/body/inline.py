"""Inline Markdown, read the CommonMark way, into body.tree nodes.

Code spans, backslash escapes, entities, autolinks, links and images (inline and
reference), emphasis and line breaks, in one left-to-right pass over a block's text.
The deliberate differences from CommonMark: raw HTML is text; an image is its
description (an export never loads a remote resource), unless it is ``photo:ID`` for a
photo the release holds; a line break between two CJK characters adds no space; an empty
link shows its target.

Every step is linear in the text's length, whatever it holds: code spans find their
closing run through an index of backtick runs, links are found with CommonMark's
bracket stack, and emphasis with its delimiter stack and "openers bottom" bounds. Nesting
past MAX_INLINE_DEPTH keeps its words and drops the formatting, so no writer recurses
deeper than that.
"""

from __future__ import annotations

import re
import unicodedata

from ..patterns import LazyPattern, compiled
from . import tree as t
from .safety import clean_text, safe_href

MAX_INLINE_DEPTH = 16
# What CommonMark strips at a block's edges: no other space (U+3000, U+00A0 are text).
SPACE_OR_TAB = " \t"

_PLAIN = compiled(r"[^\\`*_\[\]!<\n&]+")
_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_ENTITY = compiled(r"&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));")
_AUTOLINK = LazyPattern(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\x00-\x20<>]*)>")
_AUTOMAIL = LazyPattern(
    r"<([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
    r"(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>")
_ESCAPABLE = r"[!-/:-@\[-`{-~]"


def is_mail_autolink(address: str) -> bool:
    """Whether "<*address*>" reads back as a link to mailto:*address* (CommonMark's rule)."""
    return _AUTOMAIL.fullmatch(f"<{address}>") is not None


def _destination_pattern(depth: int) -> str:
    """A link destination with parentheses balanced up to *depth* levels.

    Possessive quantifiers: there is only one way to read a destination, so the regex
    engine never backtracks into it and every attempt is linear.
    """
    plain = rf"[^\x00-\x20()\\]|\\{_ESCAPABLE}?"
    pattern = rf"(?:{plain})*+"
    for _ in range(depth):
        pattern = rf"(?:{plain}|\({pattern}\))*+"
    return pattern


_LINK_TAIL = compiled(
    r"\(\s*+(?:<((?:[^<>\n\\]|\\[\s\S])*+)>|(?!<)(" + _destination_pattern(6) + r"))"
    r"(?:\s++(\"(?:[^\"\\]|\\[\s\S])*+\"|'(?:[^'\\]|\\[\s\S])*+'|\((?:[^()\\]|\\[\s\S])*+\)))?"
    r"\s*+\)"
)
_REF_LABEL = LazyPattern(r"\[((?:[^\[\]\\]|\\[\s\S]){0,999}+)\]")
_UNESCAPE = compiled(r"\\(" + _ESCAPABLE + ")")

References = dict[str, tuple[str, str]]


def normalise_label(label: str) -> str:
    """A link label as CommonMark compares them: whitespace collapsed, case folded."""
    return " ".join(label.split()).casefold().upper().casefold()


class _Delim:
    """A run of ``*`` or ``_`` that may open or close emphasis."""

    __slots__ = ("can_close", "can_open", "char", "count", "original")

    def __init__(self, char: str, count: int, can_open: bool, can_close: bool) -> None:
        self.char = char
        self.count = count
        self.original = count
        self.can_open = can_open
        self.can_close = can_close


class _Bracket:
    """An opening ``[`` or ``![`` waiting for its ``]``."""

    __slots__ = ("image", "index", "label_start")

    def __init__(self, index: int, label_start: int, image: bool) -> None:
        self.index = index  # where its placeholder text sits in the token list
        self.label_start = label_start  # source position just after the bracket
        self.image = image


_Token = str | t.Inline | _Delim
PHOTO_SCHEME = "photo:"
_PHOTO_ID = LazyPattern(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class AnyPhotoId(frozenset[str]):
    """Every well-formed photo id, for readers that keep references without knowing the
    release's photos (the body editor): ``photo:ID`` stays a tree.Image either way."""

    def __contains__(self, item: object) -> bool:
        return isinstance(item, str) and len(item) <= 60 and bool(_PHOTO_ID.fullmatch(item))


class InlineParser:
    """Reads the inline text of blocks; holds the document's link reference definitions."""

    def __init__(self, references: References | None = None,
                 photos: frozenset[str] = frozenset()) -> None:
        # Keys are normalised labels (normalise_label); normalising again changes nothing.
        self.references = {normalise_label(k): v for k, v in (references or {}).items()}
        self.photos = photos  # ids of the release's photos: only these become Images

    def parse(self, source: str) -> list[t.Inline]:
        """The inline nodes of one block's text (raw Markdown, soft line breaks included)."""
        return _trim(_Scan(source, self.references, self.photos).run())


def parse_inline(source: str, references: References | None = None,
                 photos: frozenset[str] = frozenset()) -> list[t.Inline]:
    """The inline nodes of *source* (for tests and one-off use)."""
    return InlineParser(references, photos).parse(source)


def is_space(char: str) -> bool:
    """CommonMark's whitespace for the flanking rules ("" is the start or end of a text)."""
    return char == "" or char.isspace()


def is_punct(char: str) -> bool:
    """CommonMark's Unicode punctuation (categories P and S) for the flanking rules."""
    if char == "":
        return False
    return char in _ASCII_PUNCT or unicodedata.category(char)[0] in "PS"


def _is_wide(char: str) -> bool:
    return char != "" and unicodedata.east_asian_width(char) in ("W", "F")


class _Scan:
    """The state of reading one block's text."""

    def __init__(self, source: str, references: References,
                 photos: frozenset[str] = frozenset()) -> None:
        self.src = source
        self.refs = references
        self.photos = photos
        self.out: list[_Token] = []
        self.brackets: list[_Bracket] = []
        self.inactive_below = 0  # link openers below this stack height may not form links
        self.last_bracket = -1  # source position of the latest "[" or "]" read
        self.backtick_runs: dict[int, list[int]] | None = None
        self.run_cursor: dict[int, int] = {}
        self.depths: dict[int, int] = {}  # id(node) → nesting depth, for the depth cap

    # -- the pass -----------------------------------------------------------------------

    def run(self) -> list[t.Inline]:
        src = self.src
        n = len(src)
        out = self.out
        i = 0
        while i < n:
            plain = _PLAIN.match(src, i)
            if plain:
                out.append(plain.group(0))
                i = plain.end()
                continue
            char = src[i]
            if char == "\\":
                nxt = src[i + 1] if i + 1 < n else ""
                if nxt == "\n":
                    out.append(t.LineBreak())
                    i = self._skip_spaces(i + 2)
                elif nxt and nxt in _ASCII_PUNCT:
                    out.append(t.Text(nxt))  # a node: escaped characters never delimit
                    i += 2
                else:
                    out.append("\\")
                    i += 1
            elif char == "`":
                i = self._code(i)
            elif char in "*_":
                i = self._delimiter(i)
            elif char == "\n":
                i = self._newline(i)
            elif char == "&":
                i = self._entity(i)
            elif char == "<":
                i = self._autolink(i)
            elif char == "[":
                self.brackets.append(_Bracket(len(out), i + 1, image=False))
                out.append("[")
                self.last_bracket = i
                i += 1
            elif char == "!" and src.startswith("[", i + 1):
                self.brackets.append(_Bracket(len(out), i + 2, image=True))
                out.append("![")
                self.last_bracket = i + 1
                i += 2
            elif char == "]":
                i = self._close_bracket(i)
            else:  # a "!" that opens nothing
                out.append(char)
                i += 1
        return self._emphasis(out)

    def _skip_spaces(self, i: int) -> int:
        while i < len(self.src) and self.src[i] in " \t":
            i += 1
        return i

    # -- code spans, entities, autolinks, breaks -------------------------------------------

    def _code(self, i: int) -> int:
        src = self.src
        end = i
        while end < len(src) and src[end] == "`":
            end += 1
        length = end - i
        close = self._closing_run(length, end)
        if close < 0:
            self.out.append(src[i:end])
            return end
        code = src[end:close].replace("\n", " ")
        if len(code) > 2 and code[0] == " " and code[-1] == " " and code.strip(" "):
            code = code[1:-1]
        self.out.append(t.Code(code))
        return close + length

    def _closing_run(self, length: int, after: int) -> int:
        """Start of the first backtick run of exactly *length* at or after *after*, or -1."""
        if self.backtick_runs is None:
            runs: dict[int, list[int]] = {}
            for match in re.finditer(r"`+", self.src):
                runs.setdefault(match.end() - match.start(), []).append(match.start())
            self.backtick_runs = runs
        positions = self.backtick_runs.get(length, [])
        cursor = self.run_cursor.get(length, 0)
        while cursor < len(positions) and positions[cursor] < after:
            cursor += 1  # openers come in source order, so the cursor only moves forward
        self.run_cursor[length] = cursor
        return positions[cursor] if cursor < len(positions) else -1

    def _entity(self, i: int) -> int:
        match = _ENTITY.match(self.src, i)
        decoded = _decode_entity(match) if match else None
        if match is None or decoded is None:
            self.out.append("&")
            return i + 1
        self.out.append(t.Text(decoded))
        return match.end()

    def _autolink(self, i: int) -> int:
        match = _AUTOLINK.match(self.src, i)
        if match:
            target = match.group(1)
            self.out.append(t.Link(safe_href(target), [t.Text(target)]))
            return match.end()
        match = _AUTOMAIL.match(self.src, i)
        if match:
            address = match.group(1)
            self.out.append(t.Link(safe_href(f"mailto:{address}"), [t.Text(address)]))
            return match.end()
        self.out.append("<")
        return i + 1

    def _newline(self, i: int) -> int:
        # Two trailing spaces make a hard break; otherwise the break is soft: a space
        # between words, nothing between two CJK characters.
        out = self.out
        previous = out[-1] if out else None
        if isinstance(previous, str) and previous.endswith("  "):
            out[-1] = previous.rstrip(" ")
            out.append(t.LineBreak())
        else:
            if isinstance(previous, str) and previous.endswith(" "):
                out[-1] = previous.rstrip(" ")
            before = self.src[i - 1] if i > 0 else ""
            after = self.src[i + 1] if i + 1 < len(self.src) else ""
            out.append("" if _is_wide(before) and _is_wide(after) else " ")
        return self._skip_spaces(i + 1)

    # -- emphasis delimiters ------------------------------------------------------------------

    def _delimiter(self, i: int) -> int:
        src = self.src
        char = src[i]
        end = i
        while end < len(src) and src[end] == char:
            end += 1
        before = src[i - 1] if i > 0 else ""
        after = src[end] if end < len(src) else ""
        left = not is_space(after) and (
            not is_punct(after) or is_space(before) or is_punct(before))
        right = not is_space(before) and (
            not is_punct(before) or is_space(after) or is_punct(after))
        if char == "*":
            can_open, can_close = left, right
        else:
            can_open = left and (not right or is_punct(before))
            can_close = right and (not left or is_punct(after))
        self.out.append(_Delim(char, end - i, can_open, can_close))
        return end

    # -- links and images ---------------------------------------------------------------------

    def _close_bracket(self, i: int) -> int:
        out = self.out
        inner_bracket = self.last_bracket
        self.last_bracket = i
        if not self.brackets:
            out.append("]")
            return i + 1
        opener = self.brackets[-1]
        if not opener.image and len(self.brackets) - 1 < self.inactive_below:
            self._drop_opener()
            out.append("]")
            return i + 1
        target = self._link_target(opener, i, inner_bracket)
        if target is None:
            self._drop_opener()
            out.append("]")
            return i + 1
        href, end = target
        children = self._emphasis(out[opener.index + 1 :])
        del out[opener.index :]
        self._drop_opener()
        if opener.image:
            photo = href[len(PHOTO_SCHEME):] if href.startswith(PHOTO_SCHEME) else None
            if photo is not None and photo in self.photos:
                out.append(t.Image(photo, children))
            else:
                # An image in an export would be a remote resource: its description stays.
                out.extend(children)
        else:
            # A link may not contain another link: openers below this one are spent.
            self.inactive_below = len(self.brackets)
            out.extend(self._wrap(t.Link(safe_href(href), children or [t.Text(href)])))
        return end

    def _drop_opener(self) -> None:
        self.brackets.pop()
        self.inactive_below = min(self.inactive_below, len(self.brackets))

    def _link_target(self, opener: _Bracket, close: int,
                     inner_bracket: int) -> tuple[str, int] | None:
        """(href, end) of the link whose text ends at *close*, or None if there is none."""
        src = self.src
        after = close + 1
        if src.startswith("(", after):
            tail = _LINK_TAIL.match(src, after)
            if tail:
                raw = tail.group(1) if tail.group(1) is not None else (tail.group(2) or "")
                return unescape_destination(raw), tail.end()
        if not self.refs:
            return None
        label = None
        end = after
        full = _REF_LABEL.match(src, after) if src.startswith("[", after) else None
        if full and full.group(1):
            label, end = full.group(1), full.end()
        elif inner_bracket < opener.label_start:
            # Shortcut "[label]" or collapsed "[label][]": the text is the label.
            text = src[opener.label_start : close]
            if len(text) <= 999 and text.strip():
                label = text
                end = full.end() if full else after
        if label is None:
            return None
        found = self.refs.get(normalise_label(label))
        return (found[0], end) if found else None

    # -- emphasis (CommonMark's "process emphasis") -------------------------------------------

    def _emphasis(self, tokens: list[_Token]) -> list[t.Inline]:
        out: list[_Token] = []
        openers: list[int] = []  # positions in out of delimiters that may open
        # (char, closer can open, closer length mod 3) → openers below this index were
        # already found unable to match such a closer: never searched again.
        bottom: dict[tuple[str, bool, int], int] = {}
        for token in tokens:
            if not isinstance(token, _Delim):
                out.append(token)
                continue
            if token.can_close:
                key = (token.char, token.can_open, token.original % 3)
                while token.count:
                    depth = _find_opener(out, openers, token, bottom.get(key, 0))
                    if depth is None:
                        bottom[key] = len(openers)
                        break
                    position = openers[depth]
                    opener = out[position]
                    assert isinstance(opener, _Delim)
                    del openers[depth + 1 :]
                    use = 2 if token.count >= 2 and opener.count >= 2 else 1
                    inner = _finish(out[position + 1 :])
                    del out[position + 1 :]
                    out.extend(self._wrap(t.Strong(inner) if use == 2 else t.Emphasis(inner)))
                    opener.count -= use
                    token.count -= use
                    if opener.count == 0:
                        del out[position]
                        openers.pop()
                    for name, height in bottom.items():
                        if height > len(openers):
                            bottom[name] = len(openers)
            if token.count:
                if token.can_open:
                    openers.append(len(out))
                out.append(token)
        return _finish(out)

    def _wrap(self, node: t.Strong | t.Emphasis | t.Link) -> list[t.Inline]:
        """[node], or its children alone when it would nest deeper than MAX_INLINE_DEPTH."""
        depths = self.depths
        depth = 1 + max((depths.get(id(child), 0) for child in node.children
                         if isinstance(child, (t.Strong, t.Emphasis, t.Link))), default=0)
        if depth > MAX_INLINE_DEPTH:
            return node.children
        depths[id(node)] = depth
        return [node]


def _find_opener(out: list[_Token], openers: list[int], closer: _Delim,
                 bottom: int) -> int | None:
    for depth in range(len(openers) - 1, bottom - 1, -1):
        opener = out[openers[depth]]
        if not isinstance(opener, _Delim) or opener.char != closer.char or not opener.count:
            continue
        if (opener.can_close or closer.can_open) and \
                (opener.original + closer.original) % 3 == 0 and \
                not (opener.original % 3 == 0 and closer.original % 3 == 0):
            continue
        return depth
    return None


def _finish(tokens: list[_Token]) -> list[t.Inline]:
    """Leftover delimiters become literal text; adjacent text merges into one node."""
    nodes: list[t.Inline] = []
    pending: list[str] = []
    for token in tokens:
        if isinstance(token, str):
            pending.append(token)
        elif isinstance(token, _Delim):
            pending.append(token.char * token.count)
        elif isinstance(token, t.Text):
            pending.append(token.text)
        else:
            if pending:
                nodes.append(t.Text("".join(pending)))
                pending = []
            nodes.append(token)
    if pending:
        nodes.append(t.Text("".join(pending)))
    return [n for n in nodes if not (isinstance(n, t.Text) and not n.text)]


def _trim(nodes: list[t.Inline]) -> list[t.Inline]:
    """Drop the spaces and tabs at the start and end of a block: only those (CommonMark's
    paragraphs, headings and items), so an ideographic or no-break space a Chinese office
    indents or ends a paragraph with stays text."""
    t.strip_edge_space(nodes, SPACE_OR_TAB)
    return [n for n in nodes if not (isinstance(n, t.Text) and not n.text)]


def _decode_entity(match: re.Match[str]) -> str | None:
    """The character(s) of an entity reference; None when the name is not an entity.

    Decoded characters pass the same filter as typed ones: an entity can't smuggle a
    control or bidi-override character into an export.
    """
    decimal, hexadecimal, name = match.groups()
    if name is not None:
        from html.entities import html5  # (at the first named entity: ~1.5 ms to import)

        value = html5.get(name + ";")
        return None if value is None else clean_text(value)
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return clean_text(chr(code))


def unescape_destination(text: str) -> str:
    """A link destination or title as written, with escapes and entities resolved."""
    text = _UNESCAPE.sub(r"\1", text)
    return _ENTITY.sub(lambda m: _decode_entity(m) or m.group(0), text)

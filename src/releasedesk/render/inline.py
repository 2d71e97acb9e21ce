"""Inline Markdown (emphasis, code, links, breaks) parsed in one pass into render.tree nodes.

Python-Markdown splits the body into blocks; this module reads the text inside each
block. It follows CommonMark's rules for emphasis (delimiter runs, flanking, the rule
of three) and is several times faster than Python-Markdown's pattern-per-pass inline
stage, which matters on every keystroke of a long release.
"""

from __future__ import annotations

import html
import re
import unicodedata

from . import tree as t
from .safety import safe_href

_PLAIN = re.compile(r"[^\\`*_\[\]!<\n&]+")
_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*)>")
_AUTOMAIL = re.compile(r"<([^\s<>@\\]+@[^\s<>@\\]+\.[^\s<>@\\]+)>")
_LINK_TAIL = re.compile(
    r"\(\s*(?:<([^<>\n]*)>|((?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*))"
    r"(?:\s+(?:\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?\s*\)"
)
_REF_TAIL = re.compile(r"\[((?:[^\[\]\\]|\\.){0,999})\]")

References = dict[str, tuple[str, str]]


class _Delim:
    """A run of ``*`` or ``_`` that may open or close emphasis."""

    __slots__ = ("can_close", "can_open", "char", "count", "original")

    def __init__(self, char: str, count: int, original: int, can_open: bool,
                 can_close: bool) -> None:
        self.char = char
        self.count = count
        self.original = original
        self.can_open = can_open
        self.can_close = can_close


_Token = str | t.Inline | _Delim


def parse_inline(source: str, references: References | None = None) -> list[t.Inline]:
    """The inline nodes of one block's text (raw Markdown, newlines included)."""
    return _InlineParser(source, references or {}).run()


def _is_space(char: str) -> bool:
    return char == "" or char.isspace()


def _is_punct(char: str) -> bool:
    return char in _ASCII_PUNCT or (char != "" and unicodedata.category(char).startswith("P"))


def _is_wide(char: str) -> bool:
    return char != "" and unicodedata.east_asian_width(char) in ("W", "F")


class _InlineParser:
    def __init__(self, source: str, references: References) -> None:
        self.src = source
        self.refs = references
        self.brackets: dict[int, int] | None = None

    def run(self) -> list[t.Inline]:
        return _emphasis(self._tokens())

    def _tokens(self) -> list[_Token]:
        src = self.src
        n = len(src)
        tokens: list[_Token] = []
        i = 0
        while i < n:
            plain = _PLAIN.match(src, i)
            if plain:
                tokens.append(plain.group(0))
                i = plain.end()
                continue
            char = src[i]
            if char == "\\":
                nxt = src[i + 1] if i + 1 < n else ""
                if nxt == "\n":
                    tokens.append(t.LineBreak())
                    i += 2
                elif nxt in _ASCII_PUNCT and nxt:
                    tokens.append(t.Text(nxt))  # a node: escaped characters never delimit
                    i += 2
                else:
                    tokens.append("\\")
                    i += 1
            elif char == "`":
                i = self._code(i, tokens)
            elif char in "*_":
                i = self._delimiter(i, tokens)
            elif char == "\n":
                i = self._newline(i, tokens)
            elif char == "&":
                entity = _ENTITY.match(src, i)
                if entity:
                    tokens.append(t.Text(html.unescape(entity.group(0))))
                    i = entity.end()
                else:
                    tokens.append("&")
                    i += 1
            elif char == "<":
                i = self._autolink(i, tokens)
            elif char == "[":
                i = self._link(i, tokens, image=False)
            elif char == "!" and src.startswith("[", i + 1):
                i = self._link(i + 1, tokens, image=True)
            else:  # "]" or a lone "!"
                tokens.append(char)
                i += 1
        return tokens

    def _code(self, i: int, tokens: list[_Token]) -> int:
        src = self.src
        end = i
        while end < len(src) and src[end] == "`":
            end += 1
        fence = src[i:end]
        search = end
        while True:
            close = src.find(fence, search)
            if close < 0:
                tokens.append(fence)
                return end
            after = close + len(fence)
            if after < len(src) and src[after] == "`":
                search = after
                while search < len(src) and src[search] == "`":
                    search += 1
                continue
            code = src[end:close].replace("\n", " ")
            if len(code) > 2 and code[0] == " " and code[-1] == " " and code.strip():
                code = code[1:-1]
            tokens.append(t.Code(code))
            return after

    def _delimiter(self, i: int, tokens: list[_Token]) -> int:
        src = self.src
        char = src[i]
        end = i
        while end < len(src) and src[end] == char:
            end += 1
        before = src[i - 1] if i > 0 else ""
        after = src[end] if end < len(src) else ""
        left = not _is_space(after) and (
            not _is_punct(after) or _is_space(before) or _is_punct(before))
        right = not _is_space(before) and (
            not _is_punct(before) or _is_space(after) or _is_punct(after))
        if char == "*":
            can_open, can_close = left, right
        else:
            can_open = left and (not right or _is_punct(before))
            can_close = right and (not left or _is_punct(after))
        count = end - i
        tokens.append(_Delim(char, count, count, can_open, can_close))
        return end

    def _newline(self, i: int, tokens: list[_Token]) -> int:
        # Two trailing spaces make a hard break; otherwise the line break is soft: a
        # space between words, nothing between two CJK characters.
        previous = tokens[-1] if tokens else None
        if isinstance(previous, str) and previous.endswith("  "):
            tokens[-1] = previous.rstrip(" ")
            tokens.append(t.LineBreak())
        else:
            if isinstance(previous, str):
                tokens[-1] = previous.rstrip(" ")
            before = self.src[i - 1] if i > 0 else ""
            after = self.src[i + 1] if i + 1 < len(self.src) else ""
            tokens.append("" if _is_wide(before) and _is_wide(after) else " ")
        i += 1
        while i < len(self.src) and self.src[i] == " ":
            i += 1
        return i

    def _autolink(self, i: int, tokens: list[_Token]) -> int:
        match = _AUTOLINK.match(self.src, i)
        if match:
            target = match.group(1)
            tokens.append(t.Link(safe_href(target), [t.Text(target)]))
            return match.end()
        match = _AUTOMAIL.match(self.src, i)
        if match:
            address = match.group(1)
            tokens.append(t.Link(safe_href(f"mailto:{address}"), [t.Text(address)]))
            return match.end()
        tokens.append("<")
        return i + 1

    def _link(self, i: int, tokens: list[_Token], image: bool) -> int:
        """A link or image starting at the "[" at *i*; literal text if it is not one."""
        src = self.src
        if self.brackets is None:
            self.brackets = _bracket_pairs(src)
        close = self.brackets.get(i, -1)
        if close < 0:
            tokens.append("![" if image else "[")
            return i + 1
        label = src[i + 1 : close]
        href: str | None = None
        end = close + 1
        tail = _LINK_TAIL.match(src, end)
        if tail:
            raw = tail.group(1) if tail.group(1) is not None else (tail.group(2) or "")
            href = _unescape(raw)
            end = tail.end()
        else:
            ref = _REF_TAIL.match(src, end)
            key = label
            if ref and ref.group(1).strip():
                key = ref.group(1)
            found = self.refs.get(_normalise_label(key))
            if found is None:
                tokens.append("![" if image else "[")
                return i + 1
            href = found[0]
            end = ref.end() if ref else end
        if image:
            # Images would be remote resources in an export: keep their words only.
            tokens.extend(_InlineParser(label, self.refs).run())
            return end
        children = _InlineParser(label, self.refs).run() or [t.Text(href)]
        tokens.append(t.Link(safe_href(href), children))
        return end


def _bracket_pairs(src: str) -> dict[int, int]:
    """Position of each "[" mapped to its matching "]", in one linear scan.

    Escaped brackets and brackets inside code spans do not count.
    """
    pairs: dict[int, int] = {}
    stack: list[int] = []
    i = 0
    n = len(src)
    while i < n:
        char = src[i]
        if char == "\\":
            i += 2
            continue
        if char == "`":
            fence_end = i
            while fence_end < n and src[fence_end] == "`":
                fence_end += 1
            close = src.find(src[i:fence_end], fence_end)
            i = close + (fence_end - i) if close >= 0 else fence_end
            continue
        if char == "[":
            stack.append(i)
        elif char == "]" and stack:
            pairs[stack.pop()] = i
        i += 1
    return pairs


def _normalise_label(label: str) -> str:
    return " ".join(label.split()).lower()


def _unescape(text: str) -> str:
    text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


def _emphasis(tokens: list[_Token]) -> list[t.Inline]:
    """CommonMark's delimiter algorithm over the token list, then text merged into nodes."""
    out: list[_Token] = []
    openers: list[int] = []  # positions in out of delimiters that may open
    for token in tokens:
        if not isinstance(token, _Delim):
            out.append(token)
            continue
        if token.can_close:
            while token.count:
                found = _find_opener(out, openers, token)
                if found is None:
                    break
                depth, position = found
                opener = out[position]
                assert isinstance(opener, _Delim)
                del openers[depth + 1 :]
                use = 2 if token.count >= 2 and opener.count >= 2 else 1
                inner = _finish(out[position + 1 :])
                del out[position + 1 :]
                out.append(t.Strong(inner) if use == 2 else t.Emphasis(inner))
                opener.count -= use
                token.count -= use
                if opener.count == 0:
                    del out[position]
                    openers.pop()
            if token.count and token.can_open:
                openers.append(len(out))
            if token.count:
                out.append(token)
        else:
            if token.can_open:
                openers.append(len(out))
            out.append(token)
    return _finish(out)


def _find_opener(out: list[_Token], openers: list[int], closer: _Delim) -> tuple[int, int] | None:
    for depth in range(len(openers) - 1, -1, -1):
        opener = out[openers[depth]]
        if not isinstance(opener, _Delim) or opener.char != closer.char or not opener.count:
            continue
        if (opener.can_close or closer.can_open) and \
                (opener.original + closer.original) % 3 == 0 and \
                not (opener.original % 3 == 0 and closer.original % 3 == 0):
            continue
        return depth, openers[depth]
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

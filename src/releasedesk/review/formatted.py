"""Markdown fields shown formatted to the reviewer, and read back as exactly that Markdown.

The body and About are Markdown. A reviewer must see what the Markdown means (bold, italic,
links, list items, headings), not its marks, and the way back must give the Markdown again,
character for character, where nobody changed anything. So the text is *laid out*: cut
into atoms, each a piece of the source that is either shown (one character, with the
formatting around it) or syntax (``**``, ``[``, ``](https://…)``, ``- ``, ``## ``) that
the document does not show but the layout remembers. Joining every atom's source gives the
field's text back exactly, whatever it holds.

On the way back (rebuild) the characters the document shows are matched to the layout's
shown atoms; a tracked deletion drops an atom's source, a tracked insertion goes between
two atoms, placed among the syntax there by its formatting (a word typed in a link's text
stays in the link, a bold word typed after a bold word goes inside the ``**``). Syntax whose
text is all deleted goes too (deleting a bold word removes ``**word**``), and so does the
list marker of a paragraph whose break before it was deleted. Text that differs without
track changes is matched by a diff and handled as edits that are always there.

Qt-free and linear in the field's length (the diff runs only on the part that differs).
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from difflib import SequenceMatcher
from itertools import repeat

from ..body import tree as t
from ..body.inline import is_punct, is_space, parse_inline
from ..changed_span import changed_span
from ..language_tag import is_chinese
from .items import ReviewParagraph, style_key

SYNTAX, VISIBLE, BREAK = "syntax", "visible", "break"
LOOSE, OPEN, CLOSE, PREFIX = "loose", "open", "close", "prefix"
PHOTO = "photo"  # the role of the shown atoms of a photo's place (see photo_words)
PHOTO_STYLE = "Review Photo Place"  # the style of the paragraph that holds a photo's place
# Characters no reviewer types and no reader sees: a word processor's own marks (LibreOffice
# writes a zero-width space beside an anchored picture). Not an edit where the text sent
# has none.
INVISIBLE = frozenset("\u200b\u2060\ufeff")
BOLD, ITALIC, LINK, CODE = "b", "i", "l", "c"
PARAGRAPH_MARK = "\x00"  # how a paragraph break stands in the strings matched (not XML)
_FLAGS = frozenset({BOLD, ITALIC, LINK, CODE})
_WRAPS = ((BOLD, "**"), (ITALIC, "*"))

_NEWLINE = re.compile(r"[ \t]*\n[ \t]*")
_SPECIAL = re.compile(r"[ \t]*\n|[\\&]")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_RULE = re.compile(r"[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")
_PREFIX = re.compile(r"[ \t]*(?:(?:>[ \t]?|[-+*][ \t]+|\d{1,9}[.)][ \t]+)[ \t]*)*"
                     r"(?:#{1,6}(?:[ \t]+|$))?")
_MARKER = re.compile(r">|[-+*]|\d{1,9}[.)]|#{1,6}")
_NUMBERED = re.compile(r"(\d{1,9})([.)])[ \t]*$")  # a marker's last list number
_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# A paragraph that is one photo reference and nothing else: the body places a photo there.
PHOTO_REFERENCE = re.compile(
    r"!\[((?:[^\]\\\n]|\\.)*)\]\(photo:([a-z0-9]+(?:-[a-z0-9]+)*)\)[ \t]*")
_ESCAPED = re.compile(r"\\(.)")


class Atom:
    """A piece of a field's source: shown (*char*, inside the spans *spans*), syntax (the
    opening or closing of span *span*, a paragraph's *prefix*, or *loose*), or a break
    between two paragraphs of the document."""

    __slots__ = ("char", "kind", "role", "source", "span", "spans")

    def __init__(self, kind: str, source: str, char: str = "", spans: tuple[int, ...] = (),
                 role: str = LOOSE, span: int = -1) -> None:
        self.kind = kind
        self.source = source
        self.char = char
        self.spans = spans
        self.role = role
        self.span = span


class Span:
    """Formatting around some shown atoms: bold, italic, a link (to *href*; None: a link
    whose address was refused, shown as plain text) or code."""

    __slots__ = ("flag", "href")

    def __init__(self, flag: str, href: str | None = None) -> None:
        self.flag = flag
        self.href = href

    @property
    def shown(self) -> str:
        """The flag the document shows for it ("" for a refused link)."""
        return "" if self.flag == LINK and not self.href else self.flag


class LaidParagraph:
    """One paragraph of the document: its style (a name in render.docx_styles), where its
    atoms start, and what a paragraph break a reviewer adds in it becomes in Markdown."""

    __slots__ = ("joiner", "start", "style")

    def __init__(self, style: str, start: int, joiner: str) -> None:
        self.style = style
        self.start = start
        self.joiner = joiner


class Layout:
    """A field's text laid out: ``"".join(a.source for a in atoms)`` is the text."""

    def __init__(self) -> None:
        self.atoms: list[Atom] = []
        self.spans: list[Span] = []
        self.paragraphs: list[LaidParagraph] = []

    @property
    def source(self) -> str:
        return "".join(atom.source for atom in self.atoms)

    def runs(self, number: int) -> list[tuple[str, str, int]]:
        """Paragraph *number*'s shown text as runs: (text, its flags among b, i, c; the
        index of its link span, -1 for none)."""
        start = self.paragraphs[number].start
        end = self.paragraphs[number + 1].start if number + 1 < len(self.paragraphs) \
            else len(self.atoms)
        out: list[tuple[str, str, int]] = []
        for atom in self.atoms[start:end]:
            if atom.kind != VISIBLE:
                continue
            flags, link = "", -1
            for index in atom.spans:
                span = self.spans[index]
                if span.flag == LINK:
                    link = index if span.href else link
                elif span.flag not in flags:
                    flags += span.flag
            flags = "".join(sorted(flags))
            if out and out[-1][1:] == (flags, link):
                out[-1] = (out[-1][0] + atom.char, flags, link)
            else:
                out.append((atom.char, flags, link))
        return out


class _Misaligned(Exception):
    """The inline tree's text could not be found in the source in order."""


def layout(text: str, base_style: str = "Normal", language: str = "en") -> Layout:
    """*text* (Markdown) laid out for the document sent for review (in *language*: the
    words that hold a photo's place)."""
    built = _Builder(base_style, language)
    for number, part in enumerate(text.split("\n\n")):
        if number:
            built.atoms.append(Atom(BREAK, "\n\n", PARAGRAPH_MARK))
        built.part(part)
    return built.result


def list_number(prefix: str) -> tuple[int, str] | None:
    """The number and delimiter ("." or ")") of a paragraph's marker that ends in a list
    number ("2. ", "- 10) "); None for any other."""
    found = _NUMBERED.search(prefix)
    return (int(found.group(1)), found.group(2)) if found else None


def prefix_of(laid: Layout, number: int) -> str:
    """The Markdown marker of the layout's paragraph *number* ("" for none)."""
    first = laid.paragraphs[number].start
    atom = laid.atoms[first] if first < len(laid.atoms) else None
    return atom.source if atom is not None and atom.role == PREFIX else ""


def photo_words(photo_id: str, description: str, language: str) -> str:
    """The line that holds the place of photo *photo_id* in the document sent for review:
    it names the photo and says what the line is for. A reviewer sees where the photo
    stands and cannot mistake its place for an empty paragraph."""
    what = " ".join(_ESCAPED.sub(r"\1", description).split()) or photo_id
    if is_chinese(language):
        return (f"［图片：{what}（{photo_id}）。此行标示图片的位置，请勿修改；"
                "如建议删去这张图片，请删除此行。］")
    return (f"[Photo: {what} ({photo_id}). This line holds the photo's place: leave it "
            "as it is, or delete it to suggest taking the photo out.]")


class _Builder:
    def __init__(self, base_style: str, language: str) -> None:
        self.result = Layout()
        self.atoms = self.result.atoms
        self.base_style = base_style
        self.language = language

    def part(self, part: str) -> None:
        prefix, lines = "", []
        for number, line in enumerate(part.split("\n")):
            rule = _RULE.fullmatch(line) is not None
            prefix_match = None if rule else _PREFIX.match(line)
            found = prefix_match.group(0) if prefix_match else ""
            if not _MARKER.search(found):
                found = ""
            if number and not found and not rule:
                lines.append(line)  # a line of the paragraph above
                continue
            if number:
                self._paragraph(prefix, lines)
                self.atoms.append(Atom(BREAK, "\n", PARAGRAPH_MARK))
            prefix, lines = found, [line[len(found):]]
        self._paragraph(prefix, lines)

    def _paragraph(self, prefix: str, lines: list[str]) -> None:
        photo = PHOTO_REFERENCE.fullmatch(lines[0]) if not prefix and len(lines) == 1 else None
        if photo:  # the place of a photo: shown as a line of its own words (photo_words)
            self.result.paragraphs.append(LaidParagraph(PHOTO_STYLE, len(self.atoms), "\n\n"))
            words = photo_words(photo.group(2), photo.group(1), self.language)
            self.atoms.append(Atom(VISIBLE, lines[0], words[0], role=PHOTO))
            self.atoms.extend(Atom(VISIBLE, "", char, role=PHOTO) for char in words[1:])
            return
        self.result.paragraphs.append(
            LaidParagraph(_style(prefix, self.base_style), len(self.atoms), _joiner(prefix)))
        if prefix:
            self.atoms.append(Atom(SYNTAX, prefix, role=PREFIX))
        content = "\n".join(lines)
        mark = len(self.atoms)
        spans = len(self.result.spans)
        try:
            _Aligner(content, self.atoms, self.result.spans).run()
        except _Misaligned:  # shown as its source, unformatted
            del self.atoms[mark:]
            del self.result.spans[spans:]
            self.atoms.extend(Atom(VISIBLE, char, char) for char in content)


def _style(prefix: str, base: str) -> str:
    markers = _MARKER.findall(prefix)
    if not markers:
        return base
    if markers[-1].startswith("#"):
        return f"Heading {min(max(len(markers[-1]), 2), 6)}"
    lists = [m for m in markers if m != ">"]
    if not lists:
        return "Quote"
    depth = min(len(prefix) - len(prefix.lstrip(" \t")), 8) // 2 + len(lists)
    kind = "List Bullet" if lists[-1] in "-+*" else "List Number"
    return kind if depth <= 1 else f"{kind} {min(depth, 3)}"


def _joiner(prefix: str) -> str:
    markers = _MARKER.findall(prefix)
    if not markers or markers[-1].startswith("#"):
        return "\n\n"
    if all(m == ">" for m in markers):
        return "\n" + prefix.rstrip() + "\n" + prefix
    return "\n" + prefix


class _Aligner:
    """Finds the text of the inline tree of *src* in *src*, in order: what lies between
    is syntax."""

    def __init__(self, src: str, atoms: list[Atom], spans: list[Span]) -> None:
        self.src = src
        self.pos = 0
        self.atoms = atoms
        self.spans = spans

    def run(self) -> None:
        self._nodes(parse_inline(self.src), ())
        self._loose(len(self.src))

    def _loose(self, end: int) -> None:
        if end > self.pos:
            self.atoms.append(Atom(SYNTAX, self.src[self.pos:end]))
            self.pos = end

    def _span(self, flag: str, href: str | None = None) -> int:
        self.spans.append(Span(flag, href))
        return len(self.spans) - 1

    def _syntax(self, text: str, role: str, span: int) -> None:
        self.atoms.append(Atom(SYNTAX, text, role=role, span=span))
        self.pos += len(text)

    def _nodes(self, nodes: Sequence[t.Inline], spans: tuple[int, ...]) -> None:
        for node in nodes:
            if isinstance(node, t.Text):
                self._text(node.text, spans)
            elif isinstance(node, (t.Strong, t.Emphasis)):
                self._emphasis(node, spans)
            elif isinstance(node, t.Link):
                self._link(node, spans)
            elif isinstance(node, t.Code):
                self._code(node.text, spans)
            elif isinstance(node, t.LineBreak):
                end = self.src.find("\n", self.pos)
                if end < 0:
                    raise _Misaligned
                found = _NEWLINE.match(self.src, end)
                stop = found.end() if found else end + 1
                self.atoms.append(Atom(VISIBLE, self.src[self.pos:stop], "\n", spans))
                self.pos = stop
            else:
                raise _Misaligned

    def _emphasis(self, node: t.Strong | t.Emphasis, spans: tuple[int, ...]) -> None:
        size = 2 if isinstance(node, t.Strong) else 1
        at = self._next_of("*_")
        char = self.src[at]
        if self.src[at:at + size] != char * size:
            raise _Misaligned
        self._loose(at)
        span = self._span(BOLD if size == 2 else ITALIC)
        self._syntax(char * size, OPEN, span)
        self._nodes(node.children, (*spans, span))
        at = self._next_of(char)
        if self.src[at:at + size] != char * size:
            raise _Misaligned
        self._loose(at)
        self._syntax(char * size, CLOSE, span)

    def _link(self, node: t.Link, spans: tuple[int, ...]) -> None:
        at = self._next_of("[<")
        self._loose(at)
        span = self._span(LINK, node.href)
        angle = self.src[at] == "<"
        self._syntax(self.src[at], OPEN, span)
        self._nodes(node.children, (*spans, span))
        at = self._next_of(">" if angle else "]")
        self._loose(at)
        self._syntax(self.src[at:_link_end(self.src, at, angle)], CLOSE, span)

    def _code(self, text: str, spans: tuple[int, ...]) -> None:
        at = self._next_of("`")
        size = len(self.src[at:]) - len(self.src[at:].lstrip("`"))
        self._loose(at)
        span = self._span(CODE)
        self._syntax("`" * size, OPEN, span)
        self._text(text, (*spans, span))
        at = self.src.find("`" * size, self.pos)
        if at < 0:
            raise _Misaligned
        self._loose(at)
        self._syntax("`" * size, CLOSE, span)

    def _next_of(self, chars: str) -> int:
        src = self.src
        for at in range(self.pos, len(src)):
            if src[at] in chars:
                return at
        raise _Misaligned

    def _text(self, text: str, spans: tuple[int, ...]) -> None:
        src, atoms = self.src, self.atoms
        index = 0
        while index < len(text):
            char = text[index]
            newline = _NEWLINE.match(src, self.pos)
            if newline:  # a soft line break: shown as a line break, as it is typed
                atoms.append(Atom(VISIBLE, newline.group(0), "\n", spans))
                self.pos = newline.end()
                if char in " \n":
                    index += 1
                continue
            pos = self.pos
            if src.startswith("\\" + char, pos) and char in _PUNCT:
                atoms.append(Atom(VISIBLE, "\\" + char, char, spans))
                self.pos += 2
                index += 1
                continue
            entity = _ENTITY.match(src, pos) if src.startswith("&", pos) else None
            decoded = html.unescape(entity.group(0)) if entity else ""
            if entity and decoded != entity.group(0) and text.startswith(decoded, index):
                atoms.append(Atom(VISIBLE, entity.group(0), decoded[0], spans))
                atoms.extend(Atom(VISIBLE, "", rest, spans) for rest in decoded[1:])
                self.pos = entity.end()
                index += len(decoded)
                continue
            same = _same_run(text, index, src, pos)
            if same:  # (most of a text: as it stands in the source, taken at once)
                atoms.extend(Atom(VISIBLE, c, c, spans) for c in text[index:index + same])
                self.pos += same
                index += same
                continue
            at = src.find(char, pos)
            if at < 0:
                raise _Misaligned
            self._loose(at)
            atoms.append(Atom(VISIBLE, char, char, spans))
            self.pos = at + 1
            index += 1


def _same_run(text: str, index: int, src: str, pos: int) -> int:
    """How many characters of *text* from *index* stand as they are in *src* at *pos*,
    up to the next character the source may spell otherwise (a line break, ``\\``,
    ``&``); found by halving, each step one comparison in C."""
    special = _SPECIAL.search(src, pos)
    most = min(len(text) - index, (special.start() if special else len(src)) - pos)
    low, high = 0, most
    while low < high:
        middle = (low + high + 1) // 2
        if src.startswith(text[index:index + middle], pos):
            low = middle
        else:
            high = middle - 1
    return low


def _link_end(src: str, at: int, angle: bool) -> int:
    """Where the closing part of a link that starts at *at* (``]`` or ``>``) ends: past
    ``(destination "title")`` or a ``[label]`` when one follows."""
    end = at + 1
    if angle or end >= len(src) or src[end] not in "([":
        return end
    closing = ")" if src[end] == "(" else "]"
    depth, index = 0, end
    while index < len(src):
        char = src[index]
        if char == "\\":
            index += 2
            continue
        if char == src[end]:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return end


# -- the way back --------------------------------------------------------------------------

# char, inserting, deleting, flags; and for a paragraph mark the style of the paragraph it
# ends (items.style_key) and the number Word shows before that paragraph, else "" and 0
Event = tuple[str, tuple[int, ...], tuple[int, ...], str, str, int]


class _Inserted:
    __slots__ = ("char", "deleting", "flags", "inserting", "number", "spans", "style", "wrap")

    def __init__(self, event: Event) -> None:
        self.char, self.inserting, self.deleting, self.flags, self.style, self.number = event
        self.spans: frozenset[int] = frozenset()
        self.wrap = ""


class Rebuilt:
    """A laid-out field matched to the paragraphs a reviewed document holds for it: the
    field's Markdown under any set of accepted changes (text)."""

    def __init__(self, laid: Layout, paragraphs: Sequence[ReviewParagraph]) -> None:
        self.laid = laid
        atoms = laid.atoms
        self.deleting: list[tuple[int, ...]] = [() for _ in atoms]
        self.gone = [False] * len(atoms)  # deleted without track changes
        self.waiting: dict[int, list[_Inserted]] = {}  # inserted text, by the atom before
        self.before: dict[int, list[_Inserted]] = {}  # inserted text, by the atom it precedes
        self.paragraph_of: list[int] = []  # each atom's paragraph (a break: the one it starts)
        number = 0
        for atom in atoms:
            number += atom.kind == BREAK
            self.paragraph_of.append(number)
        self.touched: dict[int, list[int]] = {}  # each change: the atoms it is at
        # A photo's place (its line's first atom: its source is the reference) is never
        # deleted by the way back: a change that deletes any of it, or an edit made without
        # track changes, is told here (photo_places) and listed for the user instead.
        self.photo_at: dict[int, int] = {}  # each atom of a photo's line: its first atom
        for index, atom in enumerate(atoms):
            if atom.role == PHOTO:
                self.photo_at[index] = index if atom.source else self.photo_at[index - 1]
        self.photo_changes: dict[int, set[int]] = {}  # a change: the photos it deletes
        self.photo_edited: set[int] = set()  # photos whose line was edited untracked
        # The document's paragraph that ends at a break sent (its atom; the field's end:
        # len(atoms)): its style and number as Word shows them. Where a reviewer pressed
        # Enter at the end of a paragraph, the words typed after it are in that paragraph.
        self.ends: dict[int, tuple[str, int]] = {}
        # each paragraph's style (style_key) and Markdown marker, for _Shape (made once: a
        # change's neighbourhood is shaped again and again)
        self.styles = [style_key(p.style) for p in laid.paragraphs]
        self.prefixes = [prefix_of(laid, n) for n in range(len(laid.paragraphs))]
        if paragraphs:
            self.ends[len(atoms)] = (paragraphs[-1].style, paragraphs[-1].number)
        self._match(_events(paragraphs))
        self._place()
        # the atoms a change or an edit may delete, in order; each span's shown atoms
        self.marked = [i for i in range(len(atoms)) if self.gone[i] or self.deleting[i]]
        # the document holds the text sent where no tracked change is accepted
        self.as_sent = not any(self.gone) and not any(
            not item.inserting for items in self.before.values() for item in items)
        self.span_atoms: list[list[int]] = [[] for _ in laid.spans]
        for index, atom in enumerate(atoms):
            if atom.kind == VISIBLE:
                for span in atom.spans:
                    self.span_atoms[span].append(index)

    # -- matching the document's text to the layout's --------------------------------------

    def _match(self, events: list[Event]) -> None:
        shown = [i for i, atom in enumerate(self.laid.atoms) if atom.kind != SYNTAX]
        original = [e for e in events if not e[1]]
        ours = "".join(self.laid.atoms[i].char for i in shown)
        theirs = "".join(e[0] for e in original)
        pairs = _pairs(ours, theirs)  # theirs index -> ours index, or -1 (typed untracked)
        matched = set(pairs) - {-1}
        photo_at = self.photo_at
        for position, index in enumerate(shown):
            if position not in matched:
                if index in photo_at:
                    self.photo_edited.add(photo_at[index])
                else:
                    self.gone[index] = True
        after = -1  # the atom the last matched event stands for
        number = 0
        for event in events:
            if event[1]:
                self._insert(after, event)
                continue
            position = pairs[number]
            number += 1
            if position < 0:
                if event[0] in INVISIBLE:
                    continue  # (LibreOffice writes one beside an anchored picture)
                if after in photo_at and after + 1 in photo_at:
                    self.photo_edited.add(photo_at[after])  # typed into it untracked
                else:
                    self._insert(after, event)
                continue
            after = shown[position]
            if event[0] == PARAGRAPH_MARK and self.laid.atoms[after].kind == BREAK:
                self.ends[after] = (event[4], event[5])
            if after in photo_at:
                for change in event[2]:
                    self.photo_changes.setdefault(change, set()).add(photo_at[after])
            else:
                self.deleting[after] = event[2]
            for change in event[2]:
                self.touched.setdefault(change, []).append(after)

    def _insert(self, after: int, event: Event) -> None:
        """Text the layout has not, after atom *after* (-1: before the first)."""
        self.waiting.setdefault(after, []).append(_Inserted(event))
        target = after + 1
        atoms = self.laid.atoms
        while target < len(atoms) and atoms[target].kind == SYNTAX:
            target += 1
        for change in (*event[1], *event[2]):
            self.touched.setdefault(change, []).append(min(target, len(atoms) - 1))

    def _place(self) -> None:
        """Put each insertion among the syntax of its gap, by its formatting."""
        atoms, spans = self.laid.atoms, self.laid.spans
        for after, items in self.waiting.items():
            first = after + 1
            last = first
            while last < len(atoms) and atoms[last].kind == SYNTAX:
                last += 1
            active = set(atoms[after].spans) if after >= 0 and \
                atoms[after].kind == VISIBLE else set()
            candidates: list[tuple[int, frozenset[int]]] = []
            for index in range(first, last + 1):
                if index > first:
                    atom = atoms[index - 1]
                    if atom.role == OPEN:
                        active.add(atom.span)
                    elif atom.role == CLOSE:
                        active.discard(atom.span)
                    elif atom.role == PREFIX:
                        candidates.clear()
                candidates.append((index, frozenset(active)))
            lowest = 0
            for item in items:
                choices = candidates[lowest:]
                if item.char == PARAGRAPH_MARK:
                    best = min(range(len(choices)), key=lambda n: len(choices[n][1]))
                else:
                    wanted = set(item.flags) & _FLAGS
                    best = min(range(len(choices)), key=lambda n: len(
                        wanted ^ {spans[s].shown for s in choices[n][1]} - {""}))
                lowest += best
                index, item.spans = candidates[lowest]
                shown = {spans[s].shown for s in item.spans}
                item.wrap = "".join(mark for flag, mark in _WRAPS
                                    if flag in item.flags and flag not in shown)
                self.before.setdefault(index, []).append(item)

    # -- writing the Markdown --------------------------------------------------------------

    def text(self, accepted: set[int] | frozenset[int], start: int = 0,
             end: int | None = None) -> str:
        """The field's Markdown with the changes in *accepted* accepted, the rest rejected
        (of the atoms *start* to *end* only, for a change's neighbourhood)."""
        if self.as_sent and start == 0 and end is None and \
                not any(c in self.touched for c in accepted):
            return self.laid.source  # (nothing in it changed: the text sent, at once)
        return "".join(source for _, source in self.chunks(accepted, start, end))

    def changed(self, changes: frozenset[int], start: int, end: int) -> tuple[str, str]:
        """What accepting *changes* alone takes out of the atoms *start* to *end* and what
        it puts in, as Markdown: exact, as both come from the same atoms."""
        old = self.chunks(frozenset(), start, end)
        new = self.chunks(changes, start, end)
        head = 0
        while head < min(len(old), len(new)) and old[head][0] == new[head][0]:
            head += 1
        tail = 0
        while tail < min(len(old), len(new)) - head and old[-1 - tail][0] == new[-1 - tail][0]:
            tail += 1
        return ("".join(x for _, x in old[head:len(old) - tail]),
                "".join(x for _, x in new[head:len(new) - tail]))

    def _removed(self, accepted: set[int] | frozenset[int], start: int, end: int) -> set[int]:
        """The atoms among *start* to *end* that a change in *accepted* (or an edit without
        track changes) deletes."""
        marked = self.marked
        low, high = bisect_left(marked, start), bisect_left(marked, end)
        return {i for i in marked[low:high]
                if self.gone[i] or any(c in accepted for c in self.deleting[i])}

    def _dead(self, removed: set[int], accepted: set[int] | frozenset[int], start: int,
              end: int) -> set[int]:
        """The spans none of whose text is left: their marks go too."""
        atoms = self.laid.atoms
        suspects = {s for i in removed if atoms[i].kind == VISIBLE for s in atoms[i].spans}
        if not suspects:
            return set()
        for index in range(start, end + 1):
            for item in self.before.get(index, ()):
                if _present(item, accepted):
                    suspects -= item.spans
        return {s for s in suspects
                if all(i in removed for i in self.span_atoms[s])}

    def chunks(self, accepted: set[int] | frozenset[int], start: int = 0,
               end: int | None = None) -> list[tuple[object, str]]:
        """The Markdown as pieces, each with what it comes from (an atom, an insertion)."""
        atoms, laid = self.laid.atoms, self.laid
        end = len(atoms) if end is None else end
        removed = self._removed(accepted, start, end)
        dead = self._dead(removed, accepted, start, end)
        before = self.before
        shape = _Shape(self, accepted, removed, start, end)
        out: list[tuple[object, str]] = []
        drop_prefix = False
        joiners = [p.joiner for p in laid.paragraphs]
        paragraph_of = self.paragraph_of
        for index in range(start, end):
            if index in shape.opening:  # a new paragraph typed before this one's text
                shape.open(out, index)
            if index in before:
                self._inserted(out, index, accepted, joiners[self._typed_in(index)],
                               shape.marks)
            atom = atoms[index]
            kind = atom.kind
            if kind != BREAK and paragraph_of[index] in shape.vanished:
                continue  # (a paragraph deleted whole, its break with it)
            if kind == VISIBLE:
                drop_prefix = False
                if index not in removed:
                    out.append((index, atom.source))
            elif kind == BREAK:
                if index in shape.breaks:  # beside a paragraph deleted whole
                    text, drop_prefix = shape.breaks[index]
                    if text:
                        out.append((index, text))
                    continue
                # (a break deleted after a photo's place joins nothing: _apart keeps the
                # photo apart, so the next paragraph keeps its list marker too)
                drop_prefix = index in removed and index - 1 not in self.photo_at
                if index not in removed:
                    out.append((index, atom.source))
            elif atom.role == PREFIX:
                if not drop_prefix and index not in shape.opening:
                    out.append((index, atom.source))
            elif atom.span not in dead:
                out.append((index, atom.source))
        if end in before:
            self._inserted(out, end, accepted, joiners[self._typed_in(end)], shape.marks)
        return _apart(_hugged(out, self.laid), self.laid)

    def photo_place(self, start: int) -> str:
        """The reference of the photo whose line starts at atom *start*."""
        return self.laid.atoms[start].source.strip()

    def near_photo(self, change: int) -> bool:
        """Change *change* deletes part of a photo's line or stands next to one."""
        if change in self.photo_changes:
            return True
        atoms = self.laid.atoms
        return any(i in self.photo_at or i - 1 in self.photo_at or
                   (i + 1 < len(atoms) and i + 1 in self.photo_at)
                   for i in self.touched.get(change, ()))

    def _typed_in(self, index: int) -> int:
        """The paragraph text inserted before atom *index* was typed in: before a break,
        the paragraph the break ends (Enter at the end of a heading starts a paragraph,
        not the list item that follows)."""
        atoms = self.laid.atoms
        if index >= len(atoms):
            return len(self.laid.paragraphs) - 1
        number = self.paragraph_of[index] - (atoms[index].kind == BREAK)
        return min(max(number, 0), len(self.laid.paragraphs) - 1)

    def _inserted(self, out: list[tuple[object, str]], index: int,
                  accepted: set[int] | frozenset[int], joiner: str,
                  marks: dict[int, str]) -> None:
        items = [x for x in self.before.get(index, ()) if _present(x, accepted)]
        group: list[_Inserted] = []

        def flush() -> None:
            if group:
                wrap = group[0].wrap
                text = "".join(x.char for x in group)
                core = text.strip()
                if wrap and core:  # marks hug the words: " **move**", never "** move**"
                    lead = text[:len(text) - len(text.lstrip())]
                    text = lead + wrap + core + wrap[::-1] + text[len(lead) + len(core):]
                out.append((group[0], text))
                group.clear()

        for item in items:
            if item.char == PARAGRAPH_MARK:
                flush()
                out.append((item, marks.get(id(item), joiner)))
            else:
                if group and item.wrap != group[0].wrap:
                    flush()
                group.append(item)
        flush()

    def around(self, change: int) -> tuple[int, int]:
        """The atoms around change *change*: from the plain character before it to the
        plain character after it (so every mark it may take away is inside)."""
        places = self.touched.get(change)
        atoms = self.laid.atoms
        if not places:
            return 0, 0
        start, end = min(places), max(places) + 1
        breaks = [self.paragraph_of[i] for i in places if atoms[i].kind == BREAK]
        if breaks:  # (a break: both paragraphs whole, with their breaks, for _Shape)
            paragraphs = self.laid.paragraphs
            start = min(start, max(paragraphs[min(breaks) - 1].start - 1, 0))
            after = max(breaks) + 1
            end = max(end, paragraphs[after].start if after < len(paragraphs) else len(atoms))
        while start > 0 and (atoms[start].kind != VISIBLE or atoms[start].spans):
            start -= 1
        while end < len(atoms) and (atoms[end - 1].kind != VISIBLE or atoms[end - 1].spans):
            end += 1
        return start, end


class _Shape:
    """The paragraphs of a field under some accepted changes, as Word has them: which
    paragraphs a change deleted whole (their text and a break beside them: they go, and
    the paragraph after keeps its own marker), what break stands where they were, and the
    markers of paragraphs a reviewer added (a paragraph's style is its break's: a new
    paragraph typed before a heading is not the heading).

    Only paragraphs wholly inside the atoms *start* to *end*, with the breaks on both
    sides, are looked at (a change's neighbourhood is smaller than the field)."""

    def __init__(self, rebuilt: Rebuilt, accepted: set[int] | frozenset[int],
                 removed: set[int], start: int, end: int) -> None:
        self.rebuilt = rebuilt
        laid = rebuilt.laid
        self.atoms = laid.atoms
        self.styles, self.prefixes = rebuilt.styles, rebuilt.prefixes
        self.vanished: set[int] = set()
        self.breaks: dict[int, tuple[str, bool]] = {}  # a break: (its text, joins)
        self.opening: dict[int, str] = {}  # a paragraph's first atom: the marker it takes
        self.marks: dict[int, str] = {}  # an inserted mark (its id): the text it becomes
        present: dict[int, list[_Inserted]] = {}
        for number in range(len(laid.paragraphs)):
            first, last = self._bounds(number)
            if first - (number > 0) < start or last > end or \
                    (last == end and number + 1 < len(laid.paragraphs)):
                continue
            present[number] = [x for i in range(first, last + 1)
                               for x in rebuilt.before.get(i, ()) if _present(x, accepted)]
            empty = not present[number] and all(
                i in removed for i in range(first, last) if self.atoms[i].kind == VISIBLE) \
                and all(i not in rebuilt.photo_at for i in range(first, last))
            if empty and ((number > 0 and first - 1 in removed) or
                          (number + 1 < len(laid.paragraphs) and last in removed)):
                self.vanished.add(number)
        self._runs(removed)
        for number, items in present.items():
            if number not in self.vanished and any(x.char == PARAGRAPH_MARK for x in items):
                self._split(number, removed, accepted)

    def _bounds(self, number: int) -> tuple[int, int]:
        """Paragraph *number*'s first atom and its break's (the field's end for the last)."""
        paragraphs = self.rebuilt.laid.paragraphs
        first = paragraphs[number].start
        last = paragraphs[number + 1].start - 1 if number + 1 < len(paragraphs) \
            else len(self.atoms)
        return first, last

    def _runs(self, removed: set[int]) -> None:
        """The breaks around each run of paragraphs deleted whole: one break stands for
        them all (a blank line if any of them was one: the last item of a list deleted
        leaves the list apart from what follows); none at the field's edges; and where
        every one of them is deleted, the paragraphs on both sides are joined."""
        count = len(self.rebuilt.laid.paragraphs)
        number = 0
        while number < count:
            if number not in self.vanished:
                number += 1
                continue
            last = number
            while last + 1 in self.vanished:
                last += 1
            kept_before, kept_after = number - 1, last + 1
            breaks = [self._bounds(q)[1] for q in range(max(kept_before, 0), kept_after)
                      if q + 1 < count]
            for index in breaks:
                self.breaks[index] = ("", False)
            if kept_before >= 0 and kept_after < count and breaks:
                if all(i in removed for i in breaks):
                    photo = self._bounds(kept_before)[1] - 1 in self.rebuilt.photo_at
                    self.breaks[breaks[-1]] = ("", not photo)
                else:  # (the widest of them stands, as it was)
                    kept = max(breaks, key=lambda i: "\n\n" in self.atoms[i].source)
                    self.breaks[kept] = (self.atoms[kept].source, False)
            number = last + 1

    def _split(self, number: int, removed: set[int], accepted: set[int] | frozenset[int]) \
            -> None:
        """Paragraph *number* with paragraph marks typed in it: each part ends at a mark
        and has that mark's paragraph's style. A part that holds text sent is the
        paragraph's own; a part typed whole before it takes its own style's marker, and so
        does a part typed whole after the last mark (Enter at the end of the paragraph):
        the style is that of the paragraph Word holds it in, the one ending at the break
        sent (Word gives it the style that follows a heading, a list's when the reviewer
        kept the list going). A numbered part takes the number Word shows for it."""
        first, last = self._bounds(number)
        parts: list[list[object]] = [[False]]  # [holds text sent, the mark ending it]
        for index in range(first, last + 1):
            for item in self.rebuilt.before.get(index, ()):
                if item.char == PARAGRAPH_MARK and _present(item, accepted):
                    parts[-1].append(item)
                    parts.append([False])
            if index < last and self.atoms[index].kind == VISIBLE and index not in removed:
                parts[-1][0] = True
        own = self.styles[number]
        # (the paragraph of the document that ends at the break sent: unknown where the
        # break is deleted or was edited away)
        end = self.rebuilt.ends.get(last) if last not in removed else None

        def style(n: int) -> str | None:
            held, *mark = parts[n]
            if held:
                return own
            if mark and isinstance(mark[0], _Inserted):
                return mark[0].style or own
            return (style_key(end[0]) or own) if end is not None else None

        def shown(n: int) -> int:
            _, *mark = parts[n]
            if mark and isinstance(mark[0], _Inserted):
                return mark[0].number
            return end[1] if end is not None else 0

        def beside(n: int, step: int) -> tuple[str | None, int]:
            """The style and number of the paragraph before (*step* -1) or after (1) part
            *n*: another part, else the paragraph of the document at the break before
            this one or at the next one's (None: the field's edge)."""
            if 0 <= n + step < len(parts):
                return style(n + step), shown(n + step)
            other = number + step
            if not 0 <= other < len(self.styles):
                return None, 0
            if step < 0:
                found = self.rebuilt.ends.get(first - 1)
                return self.styles[other], found[1] if found is not None else 0
            start, end = self._bounds(other)  # (its first part: up to a mark typed in it)
            before = self.rebuilt.before
            typed = next((x for i in range(start, end + 1) for x in before.get(i, ())
                          if x.char == PARAGRAPH_MARK and _present(x, accepted)), None)
            found = self.rebuilt.ends.get(end)
            return self.styles[other], typed.number if typed is not None else \
                found[1] if found is not None else 0

        def marker(n: int) -> str:
            """Part *n*'s marker; a numbered part typed whose number does not follow on
            from the numbered paragraph before it, or is not followed on from by the one
            after it, starts a list of its own: the other delimiter keeps it apart."""
            kind, shows = str(style(n)), shown(n)
            made = self._marker(kind, number, shows)
            found = list_number(made)
            if parts[n][0] or found is None or shows <= 0:
                return made
            (before, was), (after, comes) = beside(n, -1), beside(n, 1)
            if (before == kind and was > 0 and shows != was + 1) or \
                    (after == kind and comes > 0 and comes != shows + 1):
                at = made.rindex(found[1])
                return made[:at] + ("." if found[1] == ")" else ")") + made[at + 1:]
            return made

        if style(0) not in (own, None) or (not parts[0][0] and style(0) is not None and
                                           marker(0) != self.prefixes[number]):
            self.opening[first] = marker(0)
        prefix = self.prefixes[number]
        for n in range(len(parts) - 1):
            mark = parts[n][1]
            assert isinstance(mark, _Inserted)
            here, after = style(n), style(n + 1)
            if after is None:
                continue  # (the paragraph's joiner, as typed with Enter)
            made = marker(n + 1)
            if here == after == own and list_number(made) == list_number(marker(n)):
                joiner = self.rebuilt.laid.paragraphs[number].joiner
                gap = joiner[:len(joiner) - len(prefix)] if prefix and \
                    joiner.endswith(prefix) else joiner
            else:
                gap = _gap(marker(n), made)
            self.marks[id(mark)] = gap + made
        typed = style(len(parts) - 1)
        if not parts[-1][0] and typed is not None and last < len(self.atoms) and \
                last not in self.breaks and number + 1 < len(self.prefixes):
            # (a paragraph typed after this one ends at its break: the break is the one
            # between the new paragraph's marker and the next paragraph's)
            made = marker(len(parts) - 1)
            if typed != own or _family(made) != _family(prefix):
                self.breaks[last] = (_gap(made, self.prefixes[number + 1]), False)

    def _marker(self, style: str, number: int, shown: int = 0) -> str:
        """The Markdown marker of a paragraph of *style* typed in paragraph *number*, with
        the number Word *shows* for it where it is numbered (0: as the marker has it)."""
        marker = self._style_marker(style, number)
        found = _NUMBERED.search(marker)
        if found is None or shown <= 0 or not style.startswith("listnumber"):
            return marker
        return marker[:found.start()] + str(shown) + marker[found.end(1):]

    def _style_marker(self, style: str, number: int) -> str:
        """The Markdown marker of a paragraph of *style* typed in paragraph *number*: its
        own where it is that style, else that of the field's first paragraph of the style,
        else the plain one."""
        if style == self.styles[number]:
            return self.prefixes[number]
        if style in self.styles:
            return self.prefixes[self.styles.index(style)]
        level = style[-1] if style[-1:].isdigit() else "1"
        if style.startswith("heading"):
            return "#" * int(level) + " "
        indent = "  " * (int(level) - 1)
        if style.startswith("listbullet"):
            return indent + "- "
        if style.startswith("listnumber"):
            return indent + "1. "
        return "> " if style == "quote" else ""

    def open(self, out: list[Piece], index: int) -> None:
        """Write the marker of the new paragraph that opens at atom *index*, the break
        before it made what the two paragraphs need."""
        marker = self.opening[index]
        number = self.rebuilt.paragraph_of[index]
        previous = next((n for n in range(number - 1, -1, -1) if n not in self.vanished), -1)
        if out and previous >= 0 and out[-1][1] in ("\n", "\n\n", "\n>\n"):
            gap = _gap(self.prefixes[previous], marker)
            if gap != out[-1][1]:
                out[-1] = (("gap", out[-1][0]), gap)
        out.append((("opening", index), marker))


def _family(prefix: str) -> str:
    markers = _MARKER.findall(prefix)
    if not markers:
        return ""
    last = markers[-1]
    return "#" if last.startswith("#") else last[-1] if last[-1] in ".)" else last


def _gap(before: str, after: str) -> str:
    """The break between a paragraph with marker *before* and one with *after*: a line
    between items of one list, a quoted blank line inside a quotation, else a blank
    line."""
    family = _family(after)
    if family != _family(before) or family in ("", "#"):
        return "\n\n"
    return "\n" + after.rstrip() + "\n" if family == ">" else "\n"


Piece = tuple[object, str]


def _hugged(out: list[Piece], laid: Layout) -> list[Piece]:
    """*out* with every bold or italic mark hugging its words, as CommonMark needs it to.

    An edit can leave whitespace just inside a mark ("**seed bank **", a word deleted at
    the end, a space typed there), or punctuation just inside it with a word outside
    ("**公告：**芬"); either way the mark would no longer close (or open) and the
    asterisks would print. That whitespace, or punctuation, moves out past the mark
    ("**seed bank** ", "**公告**：芬"): the words read the same. Two spans of one kind an
    edit brought together become one. A piece that changes gets a new key, so changed()
    still sees what changed.
    """

    atoms, spans = laid.atoms, laid.spans

    def is_mark(index: int, role: str) -> bool:
        key = out[index][0]
        if not isinstance(key, int):
            return False
        atom = atoms[key]
        return (atom.kind == SYNTAX and atom.role == role and 0 <= atom.span < len(spans)
                and spans[atom.span].flag in (BOLD, ITALIC))

    def is_words(index: int) -> bool:  # shown text or typed text, not syntax or a break
        key = out[index][0]
        return not isinstance(key, int) or atoms[key].kind == VISIBLE

    out = list(out)
    index = 0
    while index < len(out):
        if not is_mark(index, CLOSE):
            index += 1
            continue
        end = index
        while end < len(out) and is_mark(end, CLOSE):
            end += 1
        after = next((text[0] for _, text in out[end:] if text), "")
        moved = _take(out, range(index - 1, -1, -1), is_words, atoms,
                      not is_space(after) and not is_punct(after), at_end=True)
        if moved:
            out.insert(end, (("hugged", out[end - 1][0]), moved))
        index = end + 1
    index = len(out) - 1
    while index >= 0:
        if not is_mark(index, OPEN):
            index -= 1
            continue
        start = index
        while start > 0 and is_mark(start - 1, OPEN):
            start -= 1
        before = next((text[-1] for _, text in reversed(out[:start]) if text), "")
        moved = _take(out, range(index + 1, len(out)), is_words, atoms,
                      not is_space(before) and not is_punct(before), at_end=False)
        if moved:
            out.insert(start, (("hugged", out[start][0]), moved))
        index = start - 1
    # Two spans of one kind that an edit brought together ("**a** b **c**", "b" deleted)
    # become one: "**a****c**" would print its asterisks.
    for index in range(len(out) - 1):
        if not is_mark(index, CLOSE):
            continue
        follows = next((i for i in range(index + 1, len(out)) if out[i][1]), None)
        if follows is not None and is_mark(follows, OPEN) and out[index][1] == out[follows][1]:
            out[index] = (("hugged", out[index][0]), "")
            out[follows] = (("hugged", out[follows][0]), "")
    return out


def _take(out: list[Piece], order: range, is_words: Callable[[int], bool], atoms: list[Atom],
          word_outside: bool, at_end: bool) -> str:
    """Take the whitespace (or, when a word stands outside the mark, the punctuation) at
    the edge of the words next to a mark: *order* walks the pieces from the mark on
    (backwards before a closing mark, forwards after an opening one). "" when there is
    none, or nothing but it inside the mark (left alone)."""
    for space in (True, False) if word_outside else (True,):
        taken: list[str] = []
        kept_at: dict[int, str] = {}
        word = False
        for index in order:
            if not is_words(index):
                break
            loose = _loose(out[index], atoms, space, at_end)
            text = out[index][1]
            kept = text[:len(text) - len(loose)] if at_end else text[len(loose):]
            taken.append(loose)
            kept_at[index] = kept
            if kept:
                word = True
                break
        if word and any(taken):
            for at, kept in kept_at.items():
                out[at] = (("hugged", out[at][0]), kept)
            return "".join(reversed(taken)) if at_end else "".join(taken)
    return ""


def _loose(piece: Piece, atoms: list[Atom], space: bool, at_end: bool) -> str:
    """The end (or start) of a piece of words that may move out past a mark: whitespace,
    or punctuation. A shown character (an atom: "\\*", "&amp;") moves whole or stays."""
    key, text = piece
    fits = is_space if space else is_punct
    if isinstance(key, int):
        char = atoms[key].char
        return text if char and fits(char) else ""
    if not space and isinstance(key, _Inserted) and key.wrap:
        return ""  # (typed text with marks of its own ends in them)
    size = 0
    chars = reversed(text) if at_end else iter(text)
    for char in chars:
        if not fits(char):
            break
        size += 1
    return text[len(text) - size:] if at_end else text[:size]


def _apart(out: list[Piece], laid: Layout) -> list[Piece]:
    """*out* with each photo's reference a paragraph of its own: a break a change deleted
    beside it, or text typed on its line, never joins it to a paragraph (the photo would
    then stand inside the text, where no photo can be placed)."""
    atoms = laid.atoms
    places = [n for n, (key, text) in enumerate(out) if isinstance(key, int) and
              atoms[key].role == PHOTO and text]
    for number in reversed(places):
        after = next((text for _, text in out[number + 1:] if text), "")
        if after and not after.startswith("\n\n"):
            out.insert(number + 1, (("apart", number), "\n" if after[0] == "\n" else "\n\n"))
        before = next((text for _, text in reversed(out[:number]) if text), "")
        if before and not before.endswith("\n\n"):
            out.insert(number, (("apart", number),
                                "\n" if before[-1] == "\n" else "\n\n"))
    return out


def _present(item: _Inserted, accepted: set[int] | frozenset[int]) -> bool:
    return all(c in accepted for c in item.inserting) and \
        not any(c in accepted for c in item.deleting)


def _events(paragraphs: Sequence[ReviewParagraph]) -> list[Event]:
    """The document's text for a field character by character, a paragraph break as
    PARAGRAPH_MARK, each with the changes that insert and delete it and its formatting."""
    out: list[Event] = []
    last = len(paragraphs) - 1
    for number, paragraph in enumerate(paragraphs):
        formats: Iterable[str] = paragraph.formats or ("",) * len(paragraph.pieces)
        for (text, inserting, deleting), flags in zip(paragraph.pieces, formats, strict=True):
            out.extend(zip(text, repeat(inserting), repeat(deleting), repeat(flags),
                           repeat(""), repeat(0)))
        if number < last:
            change = (paragraph.mark_change,) if paragraph.mark_change >= 0 else ()
            inserted = paragraph.mark == "inserted"
            out.append((PARAGRAPH_MARK, change if inserted else (),
                        () if inserted else change, "", paragraph.style, paragraph.number))
    return out


def _pairs(ours: str, theirs: str) -> list[int]:
    """For each character of *theirs*, the index of the same character in *ours*, or -1
    where *theirs* has text that *ours* has not (linear where they are equal)."""
    if ours == theirs:
        return list(range(len(theirs)))
    start, _, theirs_end = changed_span(ours, theirs)
    tail = len(theirs) - theirs_end
    out = list(range(start))
    middle = [-1] * (len(theirs) - start - tail)
    matcher = SequenceMatcher(None, ours[start:len(ours) - tail],
                              theirs[start:len(theirs) - tail], autojunk=False)
    for block in matcher.get_matching_blocks():
        for step in range(block.size):
            middle[block.b + step] = start + block.a + step
    out.extend(middle)
    out.extend(range(len(ours) - tail, len(ours)))
    return out

"""The HTML writer's article as top-level blocks, so a preview can replace only what changed.

A *unit* is one top-level block (a paragraph, heading, list, quotation, code block, rule,
photo, contact, a kind's description list …) with the wrappers open around it (``article``,
``header``, ``div``, ``section``, ``footer``). The HTML writer records each wrapper and
each block as it writes them (``HtmlOptions(units=True)``, ``Fragment.units``): nothing
reads the HTML back to find where a block ends. The units of two versions of a release
differ only where the release changed.

Whitespace between blocks means nothing in HTML, but Qt's importer turns a newline before a
closing wrapper into a trailing space; ``flat`` is therefore the article with the newline
after each unit and wrapper left out, which is what a preview document is built from,
whole or unit by unit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from ..records import record

# Wrapper and Unit are tuples: a preview compares the units of two versions from both ends
# on every keystroke, and tuples compare (and hash) without a Python call per field.


class Wrapper(NamedTuple):
    """An element around blocks, written on lines of its own: its opening tag as written."""

    tag: str
    name: str  # the element's name, which closes it


class Unit(NamedTuple):
    context: tuple[Wrapper, ...]  # the wrappers around the block, outermost first
    html: str  # the block, without its final newline
    # Exactly one text block (a paragraph or a heading, its line breaks inside it): the
    # writer knows; for any other block a preview counts Qt's blocks when it needs to.
    single: bool = False

    def wrapped(self, html: str | None = None) -> str:
        """*html* (by default the unit's own) inside the unit's wrappers."""
        closing = "".join(f"</{wrapper.name}>" for wrapper in reversed(self.context))
        return ("".join(wrapper.tag for wrapper in self.context)
                + (self.html if html is None else html) + closing)


# A piece of the flat article: a wrapper opened, a wrapper's closing tag, or a unit's number.
Piece = Wrapper | str | int


@record(frozen=True)
class SplitHtml:
    units: tuple[Unit, ...]
    # The wrappers' tags and the units (by number) in order: ``flat`` is joined from them
    # when a whole document is built (rarely), rather than kept as one more copy of the page.
    pieces: tuple[Piece, ...]

    @property
    def flat(self) -> str:
        units = self.units
        return "".join(units[piece].html if isinstance(piece, int) else
                       piece.tag if isinstance(piece, Wrapper) else piece
                       for piece in self.pieces)

    def mapped(self, change: Callable[[str], str]) -> SplitHtml:
        """The same blocks, each block's HTML changed by *change* (the wrappers' tags stay)."""
        return SplitHtml(tuple(unit._replace(html=change(unit.html)) for unit in self.units),
                         self.pieces)

    def without(self, name: str) -> SplitHtml:
        """Without the wrappers named *name* and every block inside them."""
        units: list[Unit] = []
        pieces: list[Piece] = []
        around: list[str] = []  # the names of the wrappers open at each piece
        for piece in self.pieces:
            if isinstance(piece, int):
                if name not in around:
                    pieces.append(len(units))
                    units.append(self.units[piece])
                continue
            if isinstance(piece, Wrapper):
                around.append(piece.name)
            if name not in around:
                pieces.append(piece)
            if not isinstance(piece, Wrapper):
                around.pop()
        return SplitHtml(tuple(units), tuple(pieces))

    def followed_by(self, blocks: Iterable[tuple[str, bool]]) -> SplitHtml:
        """These blocks after the article, outside every wrapper: (HTML, single) each."""
        units = list(self.units)
        pieces = list(self.pieces)
        for html, single in blocks:
            pieces.append(len(units))
            units.append(Unit((), html, single))
        return SplitHtml(tuple(units), tuple(pieces))


class UnitRecorder:
    """What the HTML writer tells as it writes its article's top level: a wrapper opened or
    closed, a block written."""

    def __init__(self) -> None:
        self._open: list[Wrapper] = []
        self._context: tuple[Wrapper, ...] = ()
        self._units: list[Unit] = []
        self._pieces: list[Piece] = []

    def opened(self, tag: str, name: str) -> None:
        wrapper = Wrapper(tag, name)
        self._open.append(wrapper)
        self._context = tuple(self._open)
        self._pieces.append(wrapper)

    def closed(self, tag: str, name: str) -> None:
        if not self._open or self._open[-1].name != name:
            raise ValueError(f"{name} closed while {self._context} is open")
        self._open.pop()
        self._context = tuple(self._open)
        self._pieces.append(tag)

    def block(self, html: str, single: bool = False) -> None:
        """A block as written (its final newline is left out of the unit)."""
        self._pieces.append(len(self._units))
        self._units.append(Unit(self._context, html[:-1] if html.endswith("\n") else html,
                                single))

    def split(self) -> SplitHtml:
        if self._open:
            raise ValueError(f"{self._context} left open")
        return SplitHtml(tuple(self._units), tuple(self._pieces))

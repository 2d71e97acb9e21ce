"""The reference the writer's recorded blocks are checked against (test_preview_units.py):
how the preview found its blocks until issue 26, by reading the writer's HTML with regular
expressions. Kept as it was in src/releasedesk/render/html_units.py, not used by ReleaseDesk.

The HTML writer's article cut into top-level blocks, so a preview can replace only what changed.

The writer puts every top-level block (paragraph, heading, list, quotation, code block,
contact) on lines of its own and each wrapper (``article``, ``header``, ``div``, ``section``,
``footer``) on a line by itself. A *unit* is one such block with the wrappers open around
it. The units of two versions of a release differ only where the release changed.

Whitespace between blocks means nothing in HTML, but Qt's importer turns a newline before a
closing wrapper into a trailing space; ``flat`` is therefore the same HTML with the newline
after each unit and wrapper removed, which is what a preview document is built from, whole
or unit by unit.
"""

from __future__ import annotations

import re

from releasedesk.records import record

# Tags that open and close a top-level block; void elements (br, hr) and inline tags never
# change the depth.
_BLOCK_TAG = re.compile(r"<(/?)(?:p|h[1-6]|ul|ol|li|blockquote|pre|address|table|dl)\b")
_SINGLE = re.compile(r"<(?:p|h[1-6])\b")
_WRAPPER = re.compile(r"<(/?)(article|header|div|section|footer)\b[^>]*>")


def _wrapper_name(tag: str) -> str:
    """The element name of a wrapper's opening *tag* (one _WRAPPER matched)."""
    found = _WRAPPER.match(tag)
    assert found is not None, tag
    return found[2]


@record(frozen=True)
class Unit:
    context: tuple[str, ...]  # the opening tags of the wrappers around the block, outermost first
    html: str  # the block, without its final newline

    @property
    def is_single_block(self) -> bool:
        """A paragraph or heading with no block inside it: exactly one text block."""
        return (_SINGLE.match(self.html) is not None
                and len(_BLOCK_TAG.findall(self.html)) == 2)

    def wrapped(self, html: str | None = None) -> str:
        """*html* (by default the unit's own) inside the unit's wrappers."""
        closing = "".join(f"</{_wrapper_name(tag)}>" for tag in reversed(self.context))
        return "".join(self.context) + (self.html if html is None else html) + closing


@record(frozen=True)
class SplitHtml:
    units: tuple[Unit, ...]
    # The wrappers' lines and the units' blocks in order: ``flat`` is joined from them when
    # a whole document is built (rarely), rather than kept as one more copy of the page.
    pieces: tuple[str, ...]

    @property
    def flat(self) -> str:
        return "".join(self.pieces)


def split_units(html: str) -> SplitHtml | None:
    """The units of the writer's article; None for HTML not laid out as the writer does."""
    units: list[Unit] = []
    flat: list[str] = []
    context: list[str] = []
    pending: list[str] = []
    depth = 0
    for line in html.splitlines(keepends=True):
        stripped = line.rstrip("\n")
        if depth == 0 and (wrapper := _WRAPPER.fullmatch(stripped)):
            if wrapper[1]:
                if not context or _wrapper_name(context[-1]) != wrapper[2]:
                    return None
                context.pop()
            else:
                context.append(stripped)
            flat.append(stripped)
            continue
        if _WRAPPER.search(line):
            return None  # a wrapper sharing its line with a block
        for closing in _BLOCK_TAG.findall(line):
            depth += -1 if closing else 1
        if depth < 0:
            return None
        pending.append(line)
        if depth == 0:
            block = "".join(pending).rstrip("\n")
            units.append(Unit(tuple(context), block))
            flat.append(block)
            pending.clear()
    if pending or context:
        return None
    return SplitHtml(tuple(units), tuple(flat))

"""Bring a preview document up to date by replacing only the blocks that changed.

``setHtml`` of a 20k-word release costs about 30 ms of the GUI thread (parse, import,
first layout) on every keystroke. A keystroke changes one or two top-level blocks, so the
document keeps the units (the top-level blocks the HTML writer recorded as it wrote them,
``render.html_units``) that are the same at the start and at the end, removes the
QTextBlocks of the changed units in between and inserts the new ones, wrapped in their
wrappers so the style sheet applies as in a whole parse.

A paragraph or heading makes one QTextBlock (the writer says which units are one); how
many the other units make (a list one per item, a quotation one per paragraph) is learned
by parsing the unit alone, once per distinct unit. Whatever this does not handle (a change
in the first block, in a wrapper or across wrappers, a block count that does not add up)
is done with a whole ``setHtml``, so the document always ends as a whole parse of the same
HTML would leave it; a test compares the two after hundreds of random edits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QTextCursor, QTextDocument

from ...changed_span import changed_span
from ...render.html_units import SplitHtml, Unit

log = logging.getLogger(__name__)

# Starts the inserted HTML: it lands at the end of the block before the change (Qt merges
# the first inserted block into the block at the cursor) and is removed again, so every
# new unit begins a block of its own with its own format.
_PLACEHOLDER = "\u2063"  # INVISIBLE SEPARATOR; found again by its position, not by search


class DocumentPatcher:
    """Keeps one QTextDocument equal to a whole parse of the latest HTML it was given."""

    def __init__(self, document: QTextDocument,
                 rebuilt: Callable[[], None] | None = None) -> None:
        self.document = document
        self._rebuilt = rebuilt  # called after each whole parse (which resets the root frame)
        document.setUndoRedoEnabled(False)  # edits here are not the user's: keep no history
        self._units: tuple[Unit, ...] = ()
        self._counts: list[int] | None = None  # blocks per unit, learned on first patch
        self._block_counts: dict[Unit, int] = {}
        self._shown: tuple[str, SplitHtml | None] = ("", None)  # the HTML the document holds
        self.patched = 0  # how many updates were partial (for tests and benchmarks)

    def reset(self) -> None:
        """The next update parses the whole document (its style sheet changed)."""
        self._units = ()
        self._counts = None

    def set_html(self, html: str, split: SplitHtml | None, *, from_top: bool = False) -> None:
        """Show *html*; *split* is its top-level blocks as the writer recorded them (their
        long texts perhaps in short runs, off the GUI thread); *html* is shown when it is
        None, and neither read nor kept when it is given (the preview passes ""). *from_top*:
        the view shows the document from its top (just opened, or not scrolled), so the
        scroll range it has right after does not matter."""
        self._shown = (html if split is None else "", split)
        if split is not None and self._units and self._patch(split.units):
            self.patched += 1
            return
        if not from_top:  # (the reader's place is put back in the range Qt gives at once)
            self.document.setHtml(split.flat if split is not None else html)
        else:
            # Parsed with the layout off: Qt lays the new document out once it is whole
            # (as far as it shows; the rest when asked or in idle time, as before) instead
            # of following the import: a fifth less of a whole parse's time on screen, the
            # same pixels once shown (tests/test_lay_out_later.py).
            self.document.setLayoutEnabled(False)
            try:
                self.document.setHtml(split.flat if split is not None else html)
            finally:
                self.document.setLayoutEnabled(True)
        self._units = split.units if split is not None else ()
        self._counts = None
        if self._rebuilt is not None:
            self._rebuilt()

    def html(self) -> str:
        """The HTML the document holds now, whole or patched."""
        html, split = self._shown
        return split.flat if split is not None else html

    def _count(self, unit: Unit) -> int:
        if unit.single:
            return 1
        count = self._block_counts.get(unit)
        if count is None:
            if len(self._block_counts) > 4 * len(self._units) + 64:
                self._block_counts.clear()  # forget units of long-gone versions
            scratch = QTextDocument()
            scratch.setHtml(unit.wrapped())
            count = self._block_counts[unit] = scratch.blockCount()
        return count

    def _patch(self, units: tuple[Unit, ...]) -> bool:
        old = self._units
        same_start, old_end, _ = changed_span(old, units)
        same_end = len(old) - old_end
        removed = old[same_start:len(old) - same_end]
        added = units[same_start:len(units) - same_end]
        if not removed and not added:
            return True
        contexts = {unit.context for unit in (*removed, *added)}
        if len(contexts) != 1:
            return False
        if self._counts is None:
            self._counts = [self._count(unit) for unit in old]
        counts = self._counts
        first = sum(counts[:same_start])
        if first == 0 or self.document.blockCount() != sum(counts):
            return False
        added_counts = [self._count(unit) for unit in added]
        new_counts = counts[:same_start] + added_counts + counts[len(old) - same_end:]

        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        before = self.document.findBlockByNumber(first - 1)
        cursor.setPosition(before.position() + before.length() - 1)
        if removed:
            last = self.document.findBlockByNumber(first + sum(counts[same_start:
                                                                      len(old) - same_end]) - 1)
            cursor.setPosition(last.position() + last.length() - 1,
                               QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        if added:
            at = cursor.position()
            html = f"<p>{_PLACEHOLDER}</p>" + "".join(unit.html for unit in added)
            cursor.insertHtml(added[0].wrapped(html))
            cursor.setPosition(at)
            cursor.setPosition(at + 1, QTextCursor.MoveMode.KeepAnchor)
            if cursor.selectedText() != _PLACEHOLDER:
                cursor.endEditBlock()
                log.warning("preview patch lost its place; rebuilding the document")
                return False
            cursor.removeSelectedText()
        cursor.endEditBlock()
        if self.document.blockCount() != sum(new_counts):
            log.warning("preview patch miscounted blocks; rebuilding the document")
            return False
        self._units = units
        self._counts = new_counts
        return True

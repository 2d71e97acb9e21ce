"""One undo history for the whole release: every field's edits, in the order they were made.

Two kinds of step share it. A field step holds a field's value before and after the edit
(status, dates, contacts, photos, the headline's text…) and puts either back through the
form. A body step stands for one step of the body editor's own QTextDocument history:
undoing it asks that document to undo, so the body keeps its cursor and formats and no
copy of the body is made per step. Typing is merged into word-sized steps: a field's step
takes more characters until a space or punctuation is typed; the body's editors split
their document's steps the same way (typing_steps).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

LIMIT = 1000  # steps kept; the oldest go first
_NOWHERE = object()  # a clean state no undo or redo can reach again


def is_word_boundary(character: str) -> bool:
    """Whether typing *character* ends a word (a space, a line break, punctuation)."""
    return character.isspace() or unicodedata.category(character)[0] in "PZ"


def typed_character(old: str | None, new: str | None) -> str | None:
    """The one character typed into or deleted from *old* to give *new*, or None."""
    if old is None or new is None or abs(len(new) - len(old)) != 1:
        return None
    longer, shorter = (new, old) if len(new) > len(old) else (old, new)
    index = next((i for i, (a, b) in enumerate(zip(shorter, longer, strict=False)) if a != b),
                 len(shorter))
    if longer[:index] + longer[index + 1:] != shorter:
        return None
    return longer[index]


class Step:
    """What one Undo takes back, named for the Edit menu."""

    field = ""

    def __init__(self, label: str) -> None:
        self.label = label

    def undo(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        raise NotImplementedError


class FieldStep(Step):
    """A field's value before and after; *apply* shows a value in the form and release.

    *text* reads a value as the text typed into it (None: the field is not typed into), so
    that one character more or less continues the step's word.
    """

    def __init__(self, label: str, field: str, old: object, new: object,
                 apply: Callable[[str, object], None],
                 text: Callable[[object], str | None] | None = None) -> None:
        super().__init__(label)
        self.field, self.old, self.new, self.apply, self.text = field, old, new, apply, text
        character = self._typed(old, new)
        self.words = character is not None and not is_word_boundary(character)
        # Spaces typed before a word wait for it: a step of spaces alone would undo unseen.
        self.open = character is not None and (self.words or character.isspace())

    def _typed(self, old: object, new: object) -> str | None:
        return None if self.text is None else typed_character(self.text(old), self.text(new))

    def takes(self, other: FieldStep) -> bool:
        """Whether *other* continues the word this step is typing."""
        return (self.open and other.field == self.field
                and self._typed(self.new, other.new) is not None)

    def absorb(self, other: FieldStep) -> None:
        character = self._typed(self.new, other.new)
        self.new = other.new
        if character is not None and not is_word_boundary(character):
            self.words = True
        self.open = character is not None and (not is_word_boundary(character)
                                                or (character.isspace() and not self.words))

    def undo(self) -> None:
        self.apply(self.field, self.old)

    def redo(self) -> None:
        self.apply(self.field, self.new)


class DocumentStep(Step):
    """One step of a text editor's own document history (the body in the view shown);
    the editor undoes it, so its cursor goes to the change.

    *before* is the field's text before the step; *current* reads the text shown now. With
    them the step can become a snapshot step (ReleaseHistory.freeze) when its editor stops
    holding the field (the body switched views): its text after the step is the next
    step's *before*, or what was shown when it was undone.
    """

    def __init__(self, label: str, field: str, editor: QTextEdit | QPlainTextEdit,
                 before: str | None = None, current: Callable[[], str] | None = None) -> None:
        super().__init__(label)
        self.field, self.editor = field, editor
        self.before, self.current = before, current
        self.after: str | None = None  # known once undone

    def undo(self) -> None:
        if self.current is not None:
            self.after = self.current()
        if self.editor.document().isUndoAvailable():
            self.editor.undo()

    def redo(self) -> None:
        if self.editor.document().isRedoAvailable():
            self.editor.redo()


class GroupStep(Step):
    """Several steps made by one command (Replace All, a status that sets an embargo)."""

    def __init__(self, label: str, steps: list[Step]) -> None:
        super().__init__(label)
        self.steps = steps
        fields = {step.field for step in steps}
        self.field = fields.pop() if len(fields) == 1 else ""

    def undo(self) -> None:
        for step in reversed(self.steps):
            step.undo()

    def redo(self) -> None:
        for step in self.steps:
            step.redo()


class ReleaseHistory(QObject):
    """The steps made since the release was opened; ``done`` of them are in effect."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.steps: list[Step] = []
        self.done = 0
        self.applying = False  # an undo or redo is being shown: its edits are not new steps
        self._group: list[Step] | None = None
        # The step on top when the release was as last saved (None: no step), so that
        # undoing back to it makes the release unmodified again.
        self._clean: object = None

    def push(self, step: Step) -> None:
        """Record a step the user just made (already in effect)."""
        if self.applying:
            return
        if self._group is not None:
            self._group.append(step)
            return
        del self.steps[self.done:]
        top = self.steps[-1] if self.steps else None
        if isinstance(top, FieldStep) and isinstance(step, FieldStep) and top.takes(step):
            if top is self._clean:
                self._clean = _NOWHERE  # the saved state's step now holds more
            top.absorb(step)
        else:
            self.steps.append(step)
            if len(self.steps) > LIMIT:
                dropped = self.steps[:-LIMIT]
                del self.steps[:-LIMIT]
                if self._clean is None or any(s is self._clean for s in dropped):
                    self._clean = _NOWHERE
        self.done = len(self.steps)
        self.changed.emit()

    @contextmanager
    def grouped(self, label: str) -> Iterator[None]:
        """Every step pushed inside is one step named *label* (nested groups join the outer)."""
        if self._group is not None:
            yield
            return
        self._group = []
        try:
            yield
        finally:
            steps, self._group = self._group, None
            if len(steps) == 1:
                steps[0].label = label
                self.push(steps[0])
            elif steps:
                self.push(GroupStep(label, steps))

    @property
    def grouping(self) -> bool:
        """A command's steps are being gathered: its one step is pushed when it ends."""
        return self._group is not None

    def close_typing(self) -> None:
        """The next character typed starts a step of its own (the user moved elsewhere)."""
        if self.steps and isinstance(self.steps[-1], FieldStep):
            self.steps[-1].open = False

    def undo(self) -> bool:
        if not self.done:
            return False
        self.done -= 1
        self._apply(self.steps[self.done].undo)
        return True

    def redo(self) -> bool:
        if self.done == len(self.steps):
            return False
        self.done += 1
        self._apply(self.steps[self.done - 1].redo)
        return True

    def _apply(self, action: Callable[[], None]) -> None:
        self.close_typing()
        self.applying = True
        try:
            action()
        finally:
            self.applying = False
        self.changed.emit()

    def undo_label(self) -> str | None:
        return self.steps[self.done - 1].label if self.done else None

    def redo_label(self) -> str | None:
        return self.steps[self.done].label if self.done < len(self.steps) else None

    def clear(self) -> None:
        self.steps.clear()
        self.done = 0
        self._clean = None
        self.changed.emit()

    def mark_clean(self) -> None:
        """The release is as saved now (saved, or opened)."""
        self._clean = self.steps[self.done - 1] if self.done else None

    def mark_dirty(self) -> None:
        """The release differs from its file by more than these steps (a recovered or
        imported text): no undo makes it unmodified."""
        self._clean = _NOWHERE

    def is_clean(self) -> bool:
        """Whether the steps in effect are those of the saved release."""
        return (self.steps[self.done - 1] if self.done else None) is self._clean

    def freeze(self, field: str, apply: Callable[[str, object], None],
               current: Callable[[], str]) -> None:
        """Turn the document steps of *field* into steps holding its text before and after
        (put back by *apply*): its editor is about to be loaded afresh or replaced, and its
        own history cannot replay them, yet Undo must still reach them. *current* reads
        the field's text shown now (after every step in effect). A step whose texts are
        not known is dropped, as forget does."""
        leaves = [(leaf, index < self.done) for index, step in enumerate(self.steps)
                  for leaf in _leaf_steps(step)]
        documents = [(leaf, done) for leaf, done in leaves
                     if isinstance(leaf, DocumentStep) and leaf.field == field]
        if not documents:
            return
        frozen: dict[int, Step] = {}
        done_steps = [leaf for leaf, done in documents if done]
        for position, leaf in enumerate(done_steps):
            later = done_steps[position + 1] if position + 1 < len(done_steps) else None
            leaf.after = later.before if later is not None else current()
        for leaf, _done in documents:
            if leaf.before is not None and leaf.after is not None:
                frozen[id(leaf)] = FieldStep(leaf.label, field, leaf.before, leaf.after, apply)
        if self._clean is not None and id(self._clean) in frozen:
            self._clean = frozen[id(self._clean)]
        self.steps = [_replaced(step, frozen) for step in self.steps]
        self.forget(field)  # (the steps left unfrozen: their texts were never known)

    def forget(self, field: str) -> None:
        """Drop the document steps of *field* (its editor was loaded afresh: they cannot be
        replayed); every other step stays, in order."""
        before = _leaves(self.steps)
        kept_done = _without(self.steps[:self.done], field)
        kept_undone = _without(self.steps[self.done:], field)
        self.steps = kept_done + kept_undone
        if _leaves(self.steps) != before:
            self._clean = _NOWHERE  # (the saved state may hold what cannot be undone now)
        self.done = len(kept_done)
        self.changed.emit()


def _leaf_steps(step: Step) -> list[Step]:
    if isinstance(step, GroupStep):
        return [leaf for inner in step.steps for leaf in _leaf_steps(inner)]
    return [step]


def _replaced(step: Step, frozen: dict[int, Step]) -> Step:
    if isinstance(step, GroupStep):
        step.steps = [_replaced(inner, frozen) for inner in step.steps]
        return step
    return frozen.get(id(step), step)


def _leaves(steps: list[Step]) -> int:
    return sum(_leaves(s.steps) if isinstance(s, GroupStep) else 1 for s in steps)


def _without(steps: list[Step], field: str) -> list[Step]:
    kept: list[Step] = []
    for step in steps:
        if isinstance(step, GroupStep):
            step.steps = _without(step.steps, field)
            if step.steps:
                kept.append(step)
        elif step.field != field or not isinstance(step, DocumentStep):
            kept.append(step)
    return kept

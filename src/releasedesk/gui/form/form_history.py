"""The form's part of the release's one undo history: each tracked field's value as the
history last saw it, a step for each change, and undo and redo shown in the fields."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ... import field_change
from ...field_change import FieldChange
from ...model import Photo
from ..undo.release_history import DocumentStep, FieldStep

if TYPE_CHECKING:
    from .release_form import ReleaseForm

# The fields the release history keeps values of (the body keeps its own steps), and those
# whose typing merges into word-sized steps.
TRACKED = ("headline", "subheadline", "status", "embargo_until", "release_date", "dateline",
           "organization", "language", "contacts", "photos", "boilerplate", "keywords",
           "end_mark", "footer", "house")
# (the kinds' one-line fields join through ReleaseForm.typed; their text boxes are here)
TYPED = {"headline", "subheadline", "dateline", "organization", "boilerplate", "keywords",
         "photos", "event_speakers", "event_attend", "correction_note"}


def _typed_text(value: object) -> str | None:
    """A tracked value as the text typed into it: one character more or less in it is
    typing (see FieldStep); the photos' words and the keywords joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, tuple) and all(isinstance(item, str) for item in value):
        return ", ".join(value)
    if isinstance(value, tuple) and all(isinstance(item, Photo) for item in value):
        return "\x00".join(f"{p.id}\x01{p.caption}\x01{p.credit}\x01{p.alt}\x01{p.lead}"
                           for p in value)
    return None


class FormHistory(QObject):
    """Undo steps of a form's fields in the release's history (ReleaseForm.history)."""

    def __init__(self, form: ReleaseForm) -> None:
        super().__init__(form)
        self.form = form
        self.shown: dict[str, object] = {}  # each tracked field's value as the history saw it

    def seen_all(self) -> None:
        """The release just loaded is where the history starts."""
        self.shown = {name: self.value(name) for name in self.form.tracked}

    def value(self, name: str) -> object:
        """A copy of the tracked field *name* that later edits cannot change."""
        return field_change.read(self.form.release, name)

    def label(self, name: str) -> str:
        labels = {
            "headline": self.tr("Change Headline"), "subheadline": self.tr("Change Subheadline"),
            "status": self.tr("Change Status"), "embargo_until": self.tr("Change Embargo Time"),
            "release_date": self.tr("Change Release Date"),
            "dateline": self.tr("Change Dateline"),
            "organization": self.tr("Change Organisation"),
            "language": self.tr("Change Language"), "contacts": self.tr("Change Contacts"),
            "photos": self.tr("Change Photos"), "boilerplate": self.tr("Change About"),
            "keywords": self.tr("Change Keywords"), "end_mark": self.tr("Change End Mark"),
            "footer": self.tr("Change Footer"), "house": self.tr("Change House Style"),
        }
        return labels.get(name, self.tr("Change Release"))

    def record(self, name: str, label: str | None = None) -> None:
        """Add the change of *name* since the history last saw it as an undo step."""
        new = self.value(name)
        old = self.shown.get(name, new)
        if old == new:
            return
        self.shown[name] = new
        self.form.body.end_word()
        typed = _typed_text if name in self.form.typed else None
        self.form.history.push(FieldStep(label or self.label(name), name, old, new,
                                         self.restore, typed))

    def restore(self, name: str, value: object) -> None:
        """Undo or redo of a field step: the value back through the form's one write path."""
        self.form.apply(FieldChange(name, value))

    def body_step(self, label: str, editor: QObject) -> None:
        self.form.history.close_typing()
        # The body before this step: the form's copy, which the step's own edit has not
        # reached yet (a view's new step is announced before its text changes).
        self.form.history.push(DocumentStep(label, "body", editor,  # type: ignore[arg-type]  # a view
                                            self.form.release.body, self.form.body.markdown))

    def freeze_body(self) -> None:
        self.form.history.freeze("body", self.restore_body, self.form.body.markdown)

    def restore_body(self, name: str, value: object) -> None:
        self.form.apply(FieldChange(name, value))

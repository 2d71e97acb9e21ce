"""The form's part of the release's one undo history: each tracked field's value as the
history last saw it, a step for each change, and undo and redo shown in the fields."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ...model import Photo
from ..undo.release_history import DocumentStep, FieldStep
from ..widgets.collapsible import reveal
from .kind_fields import TRACKED as KIND_TRACKED

if TYPE_CHECKING:
    from .release_form import ReleaseForm

# The fields the release history keeps values of (the body keeps its own steps), and those
# whose typing merges into word-sized steps.
TRACKED = ("headline", "subheadline", "status", "embargo_until", "release_date", "dateline",
           "organization", "language", "contacts", "photos", "boilerplate", "keywords",
           "end_mark", "footer", "house")
TYPED = {"headline", "subheadline", "dateline", "organization", "boilerplate", "keywords",
         "photos"}


def _typed_text(value: Any) -> str | None:
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
        self.shown: dict[str, Any] = {}  # each tracked field's value as the history saw it

    def seen_all(self) -> None:
        """The release just loaded is where the history starts."""
        self.shown = {name: self.value(name) for name in self.form.tracked}

    def value(self, name: str) -> Any:
        """A copy of the tracked field *name* that later edits cannot change."""
        release = self.form.release
        if name in KIND_TRACKED:
            return self.form.kind_fields.value(name)
        if name == "embargo_until":
            return (release.embargo_until, release.embargo_zone)
        if name == "photos":
            return tuple(copy.copy(photo) for photo in release.photos)  # (image bytes shared)
        if name == "house":  # the house style's settings that no field shows
            return (release.profile, copy.deepcopy(release.conventions),
                    copy.deepcopy(release.clearance.policy))
        if name in ("contacts", "footer", "keywords"):
            return tuple(copy.deepcopy(getattr(release, name)))
        return getattr(release, name)

    def put(self, name: str, value: Any) -> None:
        """Set the tracked field *name* to a value value() gave (undo and redo)."""
        release = self.form.release
        if name in KIND_TRACKED:
            self.form.kind_fields.put(name, value)
        elif name == "embargo_until":
            release.embargo_until, release.embargo_zone = value
        elif name == "photos":
            release.photos = [copy.copy(photo) for photo in value]
        elif name == "house":
            release.profile = value[0]
            release.conventions, release.clearance.policy = copy.deepcopy(value[1:])
        elif name in ("contacts", "footer", "keywords"):
            setattr(release, name, copy.deepcopy(list(value)))
        else:
            setattr(release, name, value)

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

    def restore(self, name: str, value: Any) -> None:
        """Undo or redo of a field step: the value into the release and its widget."""
        self.put(name, value)
        self.shown[name] = self.value(name)
        self.form._loading = True
        try:
            self.form._show_field(name)
        finally:
            self.form._loading = False
        widget = self.form.field_widget(name)
        if widget is not None:
            reveal(widget)  # what was undone is shown, not out of sight or folded away
        self.form.edited.emit(name)

    def body_step(self, label: str, editor: QObject) -> None:
        self.form.history.close_typing()
        # The body before this step: the form's copy, which the step's own edit has not
        # reached yet (a view's new step is announced before its text changes).
        self.form.history.push(DocumentStep(label, "body", editor,  # type: ignore[arg-type]  # a view
                                            self.form.release.body, self.form.body.markdown))

    def freeze_body(self) -> None:
        self.form.history.freeze("body", self.restore_body, self.form.body.markdown)

    def record_change(self, name: str, label: str) -> None:
        """A command outside the form changed the tracked field *name* of the release:
        show it, make it one undo step named *label*, tell the window."""
        self.form._loading = True
        try:
            self.form._show_field(name)
        finally:
            self.form._loading = False
        self.record(name, label)
        self.form.edited.emit(name)

    def show_changes(self, label: str) -> list[str]:
        """A command changed several fields of the release at once (an earlier version
        restored): show them, as one undo step named *label*; the names of those changed."""
        changed = [name for name in self.form.tracked
                   if self.value(name) != self.shown.get(name)]
        with self.form.history.grouped(label):
            for name in changed:
                self.record_change(name, label)
            shown = self.form.body.markdown()
            if self.form.release.body != shown:
                # The body as a value (its editor loaded afresh, exactly this text, which the
                # clearance fingerprint needs); its editor's earlier steps end here.
                self.restore_body("body", self.form.release.body)
                self.form.history.push(FieldStep(label, "body", shown,
                                                 self.form.release.body, self.restore_body))
                changed.append("body")
        return changed

    def restore_body(self, name: str, value: str) -> None:
        self.freeze_body()  # (first: its steps' texts are read from the body shown now)
        self.form.release.body = value
        self.form.body.set_markdown(value)
        self.form.edited.emit("body")

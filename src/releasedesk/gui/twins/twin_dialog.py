"""File ▸ New Language Version…: the language and file name of a new linked version.

The language is picked from the variants ReleaseDesk knows (and the installed house
styles' languages) or typed as a tag; the file is saved beside the release, named with
the language unless the officer names it. OK stays off, with one sentence saying why,
while the tag is no language tag, is the release's own language, or names a file that
exists.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...field_rules import language_problem
from ...language_tag import names_a_language, primary
from ...twins.making import default_path
from ...twins.marks import TO_TRANSLATE
from ..basics import scheme
from ..basics.dialog_guard import DeskDialog, answer_buttons
from ..basics.enum_properties import set_enum_property
from ..widgets.language_names import LanguageBox, interface_name


class NewLanguageVersionDialog(DeskDialog):
    def __init__(self, headline: str, source_language: str, source_path: Path,
                 choices: list[str], unsaved: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newLanguageVersion")
        self.setWindowTitle(self.tr("New Language Version"))
        self.source_language = source_language or "en"
        self.source_path = source_path
        self._named = False  # the officer typed a file name of their own
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Make a version of “{headline}” in another language. It keeps this release's "
            "contacts, photos, dates and embargo; each version records the other, and the "
            "facts of the two are checked against each other.").format(
                headline=headline.strip() or self.tr("(no headline)")), self)
        intro.setWordWrap(True)
        set_enum_property(intro, "textFormat", "PlainText")  # (a headline is shown as typed)
        layout.addWidget(intro)
        form = QFormLayout()
        # Each language as the rest of the editor names it, in the interface's language
        # ("English (US)", not "English — en-US"); its tag in the item's tip.
        self.language = LanguageBox(self, choices)
        self.language.setObjectName("twinLanguage")
        form.addRow(self.tr("Language:"), self.language)
        self.file_name = QLineEdit(self)
        self.file_name.setObjectName("twinFileName")
        form.addRow(self.tr("Save as:"), self.file_name)
        layout.addLayout(form)
        self.copy_text = QCheckBox(self.tr("Start from this release's text, marked {mark} "
                                           "until translated").format(mark=TO_TRANSLATE), self)
        self.copy_text.setObjectName("twinCopyText")
        layout.addWidget(self.copy_text)
        where = QLabel(self.tr("Saved in {folder}, then opened.").format(
            folder=str(source_path.parent)), self)
        where.setWordWrap(True)
        set_enum_property(where, "textFormat", "PlainText")
        layout.addWidget(where)
        if unsaved:
            note = QLabel(self.tr("This release has unsaved changes: it is saved first, "
                                  "with the link to its new version."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        self.problem = QLabel(self)
        self.problem.setObjectName("twinProblem")
        self.problem.setWordWrap(True)
        set_enum_property(self.problem, "textFormat", "PlainText")
        scheme.styled(self.problem, "color: #b00020;")
        layout.addWidget(self.problem)
        self.buttons = answer_buttons(self, ok_text=self.tr("Make Version"))
        layout.addWidget(self.buttons)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language.editTextChanged.connect(self._language_changed)
        self.file_name.textEdited.connect(self._named_by_hand)
        self._language_changed()
        self._first_free_language()
        self.resize(560, self.sizeHint().height())

    def _first_free_language(self) -> None:
        """Start on the first language this release has no version in yet (its file not
        already beside it), not on one that would only say so."""
        for index in range(self.language.count()):
            self.language.setCurrentIndex(index)
            if not self.problem_text():
                return
        if self.language.count():
            self.language.setCurrentIndex(0)

    def tag(self) -> str:
        """The language chosen: the item's tag, or the text typed."""
        return self.language.code().replace("_", "-")

    def choose(self, tag: str) -> None:
        self.language.show_code(tag)

    def target(self) -> Path:
        name = self.file_name.text().strip()
        if name and not name.endswith(".release"):
            name += ".release"
        return self.source_path.with_name(name)

    def _named_by_hand(self) -> None:
        self._named = True
        self._check()

    def _language_changed(self) -> None:
        tag = self.tag()
        if not self._named and tag and language_problem(tag) is None:
            self.file_name.setText(default_path(self.source_path, tag).name)
        self._check()

    def problem_text(self) -> str:
        """Why the version cannot be made as chosen, in one sentence ("" when it can)."""
        tag = self.tag()
        name = self.file_name.text().strip()
        if not tag or language_problem(tag) is not None or not names_a_language(tag):
            return self.tr("“{tag}” is not a language tag such as zh-CN, en or fr.").format(
                tag=tag)
        if primary(tag) == primary(self.source_language):
            return self.tr("This release is already in {language}; choose another "
                           "language.").format(language=interface_name(self.source_language))
        if not name or "/" in name or "\\" in name or name.startswith("."):
            return self.tr("Give the new version a file name (without folders).")
        target = self.target()
        if target.exists() or target.is_symlink():
            return self.tr("{name} already exists in this folder; choose another "
                           "name.").format(name=target.name)
        return ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)


Show = Callable[[NewLanguageVersionDialog, Callable[[], object]], object]


def show_language_version(dialog: NewLanguageVersionDialog, accepted: Callable[[], object]
                          ) -> None:
    """Show *dialog* over its window; *accepted* runs when the user presses OK."""
    from ..basics.modal import when_accepted

    when_accepted(dialog, lambda _dialog: accepted())


def ask_language_version(dialog: NewLanguageVersionDialog, show: Show,
                         then: Callable[[tuple[str, Path, bool]], object]) -> None:
    """Show *dialog* with *show* (tests answer it unseen); *then*((language, file, copy the
    text?)) when the user asks for a version it can make. Nothing on Cancel."""
    def accepted() -> None:
        if not dialog.problem_text():
            then((dialog.tag(), dialog.target(), dialog.copy_text.isChecked()))

    show(dialog, accepted)

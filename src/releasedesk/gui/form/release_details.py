"""The form's Release section: status and embargo (embargo_fields.py), release date,
dateline, language, organisation, the kind of release, and any line field added to the
field table since (on a row of its own, labelled from the table)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSize
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from ...field_change import FieldChange
from ..basics.enum_properties import set_enum_property
from ..undo.history_keys import HistoryLineEdit
from ..widgets.language_names import RELEASE_LANGUAGES, LanguageBox
from ..widgets.quiet_inputs import DayEdit, day_of

if TYPE_CHECKING:
    from .release_form import ReleaseForm


class ReleaseDetails(QGroupBox):
    """The release's details, compact at the top of the form."""

    def __init__(self, form: ReleaseForm) -> None:
        super().__init__(self.tr("Release"), form)
        self.form = form
        self.release_date = DayEdit(self, "releaseDate", self.tr("No date"))
        self.dateline = HistoryLineEdit(self)
        self.dateline.setObjectName("dateline")
        self.dateline.setPlaceholderText(self.tr("CITY, as it leads the first paragraph"))
        self.organization = HistoryLineEdit(self)
        self.organization.setObjectName("organization")
        # Each language by its name in the interface's language; the release keeps its tag.
        self.language = LanguageBox(self, RELEASE_LANGUAGES)
        self.language.setObjectName("language")
        # Sized for its text, not by measuring every item: measuring "中文" would load a
        # Chinese font (~3 MiB) at every start; the list shows it when opened. (No icons:
        # none of the height an icon would take.)
        set_enum_property(self.language, "sizeAdjustPolicy",
                          "AdjustToMinimumContentsLengthWithIcon")
        self.language.setMinimumContentsLength(14)
        self.language.setIconSize(QSize(0, 0))

    def arrange(self, added_rows: list[tuple[str, QWidget]]) -> None:
        """Lay the fields out in rows of two (a field alone takes the row): once the form
        has made the status and embargo, the kind and the added lines."""
        form = self.form
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 6)
        grid.setVerticalSpacing(3)  # (five rows: the body keeps its share of a laptop)
        rows = (((self.tr("Status"), form.status), (self.tr("Release date"), self.release_date)),
                ((self.tr("Embargo lifts"), form.embargo_row),),
                ((self.tr("Dateline"), self.dateline), (self.tr("Language"), self.language)),
                ((self.tr("Organisation"), self.organization),
                 (self.tr("Kind"), form.kind_fields.kind)),
                *((added,) for added in added_rows))
        for row, pairs in enumerate(rows):
            for pair, (text, field) in enumerate(pairs):
                label = QLabel(text, self)
                label.setBuddy(field)
                grid.addWidget(label, row, 2 * pair)
                # A field alone on its row takes the whole width.
                grid.addWidget(field, row, 2 * pair + 1, 1, 1 if len(pairs) > 1 else 3)
                if field is form.embargo_row:
                    form.embargo.label = label
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

    def connect_edits(self) -> None:
        self.release_date.dateChanged.connect(self.date_changed)
        self.language.currentTextChanged.connect(lambda _: self.language_changed())

    def show_date(self, value: date | None) -> None:
        self.release_date.show_day(value)

    def show_language(self, code: str) -> None:
        self.language.show_code(code)

    def date_changed(self, value: QDate) -> None:
        self.form.apply(FieldChange("release_date", day_of(value)), shown=True)

    def language_changed(self) -> None:
        code = self.language.code()
        if code:
            self.form.apply(FieldChange("language", code), shown=True)

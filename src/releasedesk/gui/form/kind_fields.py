"""The form's part for the kinds of release (kinds.py): the kind chooser, and one section
per kind, shown only for a release of that kind: a media advisory's event, a statement's
person (the title offered from the office register), a correction's link to its original.

The line fields (what, where, the links, the person) are the form's own lines, made from
the field table; this module lays them out with the other widgets it makes, and shows,
edits and undoes the rest through the form's one write path (ReleaseForm.apply).
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QTime, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ... import kinds
from ...field_change import FieldChange
from ...model import Release
from ...shown_time import minute
from ..basics.enum_properties import set_enum_property
from ..undo.history_keys import HistoryLineEdit
from ..widgets.collapsible import CollapsibleSection
from ..widgets.made_later import Made, form_rows
from ..widgets.quiet_inputs import DayEdit, QuietComboBox, QuietDateTimeEdit, day_of
from ..widgets.wrapping_line import GrowingText

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QCalendarWidget, QCompleter

    from ...register import Register
    from .release_form import ReleaseForm

NOT_SET = QDateTime(QDate(2000, 1, 1), QTime(0, 0))  # the minimum, shown as "Not set"
# The pseudo-fields the form tracks for undo beyond its lines: the event's moments and
# zone as one value (a zone change moves both), the texts, the correction's link.
TRACKED = ("kind", "event_when", "event_speakers", "event_attend", "corrects",
           "correction_note")
SECTION_OF = {kinds.ADVISORY: "event", kinds.STATEMENT: "statement",
              kinds.CORRECTION: "correction"}


def _is_calendar(watched: QObject) -> TypeGuard[QCalendarWidget]:
    from PySide6.QtWidgets import QCalendarWidget  # (made with the first calendar shown)

    return isinstance(watched, QCalendarWidget)


class KindFields(QObject):
    """The kind chooser and the kinds' sections of one ReleaseForm."""

    def __init__(self, form: ReleaseForm) -> None:
        super().__init__(form)
        self.form = form
        self._zones_loaded = False
        # Where the release lies, for a correction's relative link (the window sets it),
        # and how the user picks the original (the window's file dialog).
        self.release_path: Callable[[], Path | None] = lambda: None
        # Asks for the original release, then calls back with it (the window's file dialog).
        self.choose_original: Callable[[Callable[[Path], object]], object] = \
            lambda then: None
        self.register: Callable[[], Register | None] = lambda: None

        self.kind = QuietComboBox(form)
        self.kind.setObjectName("kind")
        # As wide as its shortest names ask, not its longest: it shares a row of a narrow form.
        set_enum_property(self.kind, "sizeAdjustPolicy", "AdjustToMinimumContentsLengthWithIcon")
        self.kind.setMinimumContentsLength(10)
        for kind, label in kinds.LABELS.items():
            self.kind.addItem(self.tr_core(label), kind)
        # The kinds' own sections are made when first shown or asked for (ensure): a news
        # release, most releases, shows none of them, and the editor's start makes none
        # (the form's sections, form_sections.py).
        self._made: set[str] = set()
        self._opened: set[str] = set()  # the sections shown (unfolded the first time)
        self._moments: list[QuietDateTimeEdit] = []  # (their calendars' month: eventFilter)
        # The order Tab takes through each section's fields (ReleaseForm.order_focus).
        self.chains: dict[str, list[QWidget]] = {name: [] for name in SECTION_OF.values()}
        # The kinds' lines are the form's own (made from the field table), placed in their
        # section when it is made; till then out of sight.
        for name, line in form.lines.items():
            if kinds.owner(name) is not None:
                line.setHidden(True)
        # The register's titles of the person named (made for the first statement: building
        # Qt's namespace at every start costs the editor's start, test_gui_startup_cost).
        self.statement_titles: QCompleter | None = None
        self.widgets: dict[str, QWidget] = {"kind": self.kind}  # (and each section's, made)

    # -- the sections' widgets, made with their section ---------------------------------

    event_start = Made[QuietDateTimeEdit]("event")
    event_end = Made[QuietDateTimeEdit]("event")
    event_zone = Made[QuietComboBox]("event")
    event_speakers = Made[GrowingText]("event")
    event_attend = Made[GrowingText]("event")
    corrects_file = Made[QLabel]("correction")
    link_original = Made[QPushButton]("correction")
    corrects_date = Made[DayEdit]("correction")
    correction_note = Made[GrowingText]("correction")

    def ensure(self, section: str) -> None:
        """Make the kinds' *section* ("event", "statement", "correction") if it is not yet."""
        if section not in self._made:  # (nor being made: its widgets are shown as it is)
            self.form.sections[section].ensure_content()

    def widget(self, name: str) -> QWidget | None:
        """The widget of the kind's field *name* (its section made now if need be)."""
        kind = kinds.owner(name)
        if kind is None:
            return None
        self.ensure(SECTION_OF[kind])
        return self.widgets.get(name) or self.form.lines.get(name)

    def _make_event(self) -> QWidget:
        form, lines = self.form, self.form.lines
        self._made.add("event")
        self._event_start = self._moment_edit("eventStart")
        self._event_end = self._moment_edit("eventEnd")
        zone = self._event_zone = QuietComboBox(form)
        zone.setObjectName("eventZone")
        zone.setEditable(True)
        zone.setMinimumContentsLength(16)
        speakers = self._event_speakers = GrowingText(form, min_rows=2, max_rows=8)
        speakers.setObjectName("eventSpeakers")
        speakers.setPlaceholderText(self.tr("One speaker a line: name, title"))
        attend = self._event_attend = GrowingText(form, min_rows=2, max_rows=8)
        attend.setObjectName("eventAttend")
        attend.setPlaceholderText(self.tr("Accreditation, registration, arrival, parking …"))
        when = QWidget(form)
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self._event_start)
        when_row.addWidget(QLabel("–", when))
        when_row.addWidget(self._event_end)
        when_row.addWidget(zone, 1)
        for url in ("event_map_url", "event_stream_url"):
            lines[url].setPlaceholderText("https://…")
        content = form_rows(QWidget(form), [
            (form.tr_field("event_what"), lines["event_what"]),
            (self.tr("When"), when),
            (form.tr_field("event_place"), lines["event_place"]),
            (form.tr_field("event_address"), lines["event_address"]),
            (form.tr_field("event_map_url"), lines["event_map_url"]),
            (form.tr_field("event_speakers"), speakers),
            (form.tr_field("event_attend"), attend),
            (form.tr_field("event_stream_url"), lines["event_stream_url"]),
        ])
        self.chains["event"] = [
            lines["event_what"], self._event_start, self._event_end, zone,
            lines["event_place"], lines["event_address"], lines["event_map_url"], speakers,
            attend, lines["event_stream_url"]]
        self._event_start.dateTimeChanged.connect(lambda _: self._when_changed())
        self._event_end.dateTimeChanged.connect(lambda _: self._when_changed())
        zone.currentTextChanged.connect(lambda _: self._when_changed())
        self._follow_texts("event_speakers", "event_attend")
        self._made_now({"event_start": self._event_start, "event_end": self._event_end,
                        "event_zone": zone, "event_speakers": speakers,
                        "event_attend": attend}, ("event_speakers", "event_attend"))
        return content

    def _make_statement(self) -> QWidget:
        form = self.form
        self._made.add("statement")
        content = form_rows(QWidget(form), [
            (form.tr_field("statement_by"), form.lines["statement_by"]),
            (form.tr_field("statement_title"), form.lines["statement_title"]),
        ])
        self.chains["statement"] = [form.lines["statement_by"], form.lines["statement_title"]]
        self._made_now({}, ())
        return content

    def _make_correction(self) -> QWidget:
        form = self.form
        self._made.add("correction")
        shown = self._corrects_file = QLabel(form)
        shown.setObjectName("correctsFile")
        shown.setWordWrap(True)
        set_enum_property(shown, "textFormat", "PlainText")  # (a path, as typed)
        link = self._link_original = QPushButton(self.tr("Link to Original…"), form)
        link.setObjectName("linkOriginal")
        day = self._corrects_date = DayEdit(form, "correctsDate", self.tr("No date"))
        note = self._correction_note = GrowingText(form, min_rows=2, max_rows=8)
        note.setObjectName("correctionNote")
        note.setPlaceholderText(self.tr("What was wrong, and what is right"))
        original = QWidget(form)
        original_row = QHBoxLayout(original)
        original_row.setContentsMargins(0, 0, 0, 0)
        original_row.addWidget(shown, 1)
        original_row.addWidget(link)
        content = form_rows(QWidget(form), [
            (form.tr_field("corrects_path"), original),
            (form.tr_field("corrects_date"), day),
            (form.tr_field("correction_note"), note),
        ])
        self.chains["correction"] = [link, day, note]
        day.dateChanged.connect(self._corrects_date_changed)
        link.clicked.connect(self._link_original_clicked)
        self._follow_texts("correction_note")
        self._made_now({"corrects_path": link, "corrects_date": day, "correction_note": note},
                       ("corrects", "correction_note"))
        return content

    def _follow_texts(self, *names: str) -> None:
        """A text field's edits sent through the form's one write path."""
        for name in names:
            widget: GrowingText = getattr(self, f"_{name}")
            widget.textChanged.connect(
                lambda name=name, widget=widget: self.form.apply(
                    FieldChange(name, widget.toPlainText()), shown=True))

    def _made_now(self, widgets: dict[str, QWidget], shown: tuple[str, ...]) -> None:
        """A section just made: its widgets among the form's, as editable as the rest, its
        lines in sight (in its content now), the release's values in it, and in Tab's order."""
        form = self.form
        self.widgets.update(widgets)
        if hasattr(form, "field_widgets"):  # (else the form takes them when it is made)
            form.field_widgets.update(widgets)
        for widget in widgets.values():
            widget.setEnabled(not form.read_only)
        for name, line in form.lines.items():
            if kinds.owner(name) is not None and line.parentWidget() is not form:
                line.setHidden(False)
        loading, form._loading = form._loading, True
        try:
            for name in shown:
                self.show(name)
        finally:
            form._loading = loading
        QTimer.singleShot(0, form, form.order_focus)  # (once it stands in its section)

    @staticmethod
    def tr_core(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("", text)

    def _moment_edit(self, name: str) -> QuietDateTimeEdit:
        edit = QuietDateTimeEdit(self.form)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        edit.setMinimumDateTime(NOT_SET)
        edit.setSpecialValueText(self.tr("Not set"))
        edit.installEventFilter(self)  # (its calendar is made when first opened: see below)
        self._moments.append(edit)
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A calendar opened on a time not set yet shows the release's month (or this
        month), not January 2000, the minimum standing for "Not set"."""
        if watched in self._moments and \
                event.type() == QEvent.Type.MouseButtonPress:
            calendar = watched.calendarWidget()
            if calendar.property("releaseMonth") is None:
                calendar.setProperty("releaseMonth", True)
                calendar.installEventFilter(self)
        elif event.type() == QEvent.Type.Show and _is_calendar(watched):
            edit = next((e for e in self._moments if e.calendarWidget() is watched), None)
            if edit is not None and edit.dateTime() == NOT_SET:
                day = self.form.release.release_date or date.today()
                watched.setCurrentPage(day.year, day.month)
        return False

    # -- the sections ------------------------------------------------------------------

    def sections(self) -> dict[str, Callable[[], CollapsibleSection]]:
        """What makes each kind's section (other than a news release's), in the form's
        details; each made when first shown (update_visibility) or asked for (ensure)."""
        form = self.form
        return {
            "event": lambda: CollapsibleSection(self.tr("Event"), self._make_event, form,
                                                self._event_summary),
            "statement": lambda: CollapsibleSection(self.tr("Statement by"),
                                                    self._make_statement, form,
                                                    self._statement_summary),
            "correction": lambda: CollapsibleSection(self.tr("Corrects"),
                                                     self._make_correction, form,
                                                     self._correction_summary),
        }

    def connect_edits(self) -> None:
        """The kind chooser's and the kinds' lines' edits (a section's own widgets are
        connected as it is made)."""
        self.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
        self.form.lines["statement_by"].textChanged.connect(lambda _: self.offer_titles())
        for name in ("event_what", "event_place"):
            self.form.lines[name].textChanged.connect(
                lambda _: self.form.sections.refresh("event"))

    def update_visibility(self) -> None:
        """Show the section of the release's kind only."""
        kind = kinds.kind_of(self.form.release)
        sections = self.form.sections
        for section_kind, name in SECTION_OF.items():
            if kind == section_kind and name not in self._opened:
                self._opened.add(name)
                sections[name].set_expanded(True)  # (made now: a kind's own fields are
                # what its writer fills in, so its section is first shown unfolded)
            sections.set_shown(name, kind == section_kind)
            sections.refresh(name)
        if kind == kinds.ADVISORY and not self._zones_loaded:
            self._load_zones()
        if kind == kinds.STATEMENT:
            self.offer_titles()

    # -- showing and undoing the release's values --------------------------------------

    def show(self, name: str) -> None:
        release = self.form.release
        if name == "kind":
            self.kind.setCurrentIndex(max(0, self.kind.findData(kinds.kind_of(release))))
            self.update_visibility()
        elif name == "event_when":
            if not self._zones_loaded:  # (no advisory shown yet: _load_zones shows it then)
                return
            zone = release.event_zone or release.conventions.zone
            self._select_zone(zone)
            from ..widgets.zones import named_zone  # (the zones' module: with the first zone)
            named = named_zone(zone)
            for edit, moment in ((self.event_start, release.event_start),
                                 (self.event_end, release.event_end)):
                if moment is None:
                    edit.setDateTime(NOT_SET)
                    continue
                shown = moment.astimezone(named) if named is not None else moment
                edit.setDateTime(QDateTime(QDate(shown.year, shown.month, shown.day),
                                           QTime(shown.hour, shown.minute)))
            self.form.sections.refresh("event")
        elif name in ("event_speakers", "event_attend", "correction_note"):
            if ("correction" if name == "correction_note" else "event") not in self._made:
                return  # (shown when its section is made)
            widget: GrowingText = getattr(self, name)
            if widget.toPlainText() != getattr(release, name):
                widget.setPlainText(getattr(release, name))
        elif name == "corrects":
            if "correction" not in self._made:
                self.form.sections.refresh("correction")
                return  # (shown when its section is made)
            self.corrects_file.setText(release.corrects_path or self.tr("Not linked yet"))
            self.corrects_file.setToolTip(release.corrects_fingerprint)
            self.corrects_date.show_day(release.corrects_date)
            self.form.sections.refresh("correction")

    # -- edits -------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        form = self.form
        if form._loading or kind == form.release.kind:
            return
        with form.history.grouped(form.tr("Change Kind")):
            form.apply(FieldChange("kind", kind), shown=True)
            self.update_visibility()
            if kind == kinds.ADVISORY and not form.release.event_zone:
                self._when_changed()  # (the zone shown, the house's, becomes the event's)

    def _when_changed(self) -> None:
        form = self.form
        if form._loading or not self._zones_loaded:
            return
        zone_name = self._current_zone()
        from ..widgets.zones import named_zone
        named = named_zone(zone_name)
        if named is None:
            return  # a half-typed zone: keep the last good value
        start, end = (self._moment(edit, named) for edit in (self.event_start, self.event_end))
        form.apply(FieldChange("event_when", (start, end, zone_name)), shown=True)
        self.form.sections.refresh("event")

    @staticmethod
    def _moment(edit: QuietDateTimeEdit, zone: tzinfo) -> datetime | None:
        value = edit.dateTime()
        if value == NOT_SET:
            return None
        day, clock = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(),
                        tzinfo=zone)

    def _corrects_date_changed(self, value: QDate) -> None:
        form = self.form
        if form._loading:
            return
        release = form.release
        form.apply(FieldChange("corrects", (release.corrects_path, release.corrects_fingerprint,
                                            day_of(value))), shown=True)

    def _link_original_clicked(self) -> None:
        """Link the correction to the release the user picks: its place, fingerprint, date."""
        self.choose_original(self._link_to)

    def _link_to(self, chosen: Path) -> None:
        from ...corrections import link_to_original
        from ...errors import ReleaseDeskError

        form = self.form
        trial = Release(kind=kinds.CORRECTION)
        try:
            link_to_original(trial, chosen, self.release_path())
        except ReleaseDeskError as error:
            if form.photo_prompts is not None:
                form.photo_prompts.failure(error)
            return
        form.apply(FieldChange("corrects", (trial.corrects_path, trial.corrects_fingerprint,
                                            trial.corrects_date)))

    def offer_titles(self) -> None:
        """The register's titles of the person named, offered as the title is typed."""
        from ...kind_checks import register_titles

        release = self.form.release
        titles = register_titles(self.register(), release.statement_by, release.release_date)
        line = self.form.lines["statement_title"]
        if self.statement_titles is None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QCompleter

            self.statement_titles = QCompleter(titles, self.form)
            self.statement_titles.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.statement_titles.setFilterMode(Qt.MatchFlag.MatchContains)
            if isinstance(line, HistoryLineEdit):  # (a line made from the table: always)
                line.setCompleter(self.statement_titles)
        model = self.statement_titles.model()
        from PySide6.QtCore import QStringListModel

        if isinstance(model, QStringListModel):
            model.setStringList(titles)
        line.setPlaceholderText(titles[0] if titles else "")
        self.form.sections.refresh("statement")

    # -- zones -------------------------------------------------------------------------

    def _load_zones(self) -> None:
        from ..widgets.zones import offer_zones

        form = self.form
        loading, form._loading = form._loading, True
        try:
            offer_zones(self.event_zone, form.release.conventions.zone)
            self._zones_loaded = True
            self.show("event_when")
        finally:
            form._loading = loading

    def _select_zone(self, name: str) -> None:
        index = self.event_zone.findData(name) if name else -1
        if index >= 0:
            self.event_zone.setCurrentIndex(index)
        elif name:
            self.event_zone.setEditText(name)
        else:
            from ..widgets.zones import system_zone

            index = self.event_zone.findData(system_zone())
            self.event_zone.setCurrentIndex(max(0, index) if self.event_zone.count() else -1)
        line = self.event_zone.lineEdit()
        if line is not None:
            line.setCursorPosition(0)  # (the zone's start shown, "New York …", not its end)

    def _current_zone(self) -> str:
        from ..widgets.zones import chosen_zone
        return chosen_zone(self.event_zone)

    # -- summaries (a folded section's line) ------------------------------------------

    def _event_summary(self) -> str:
        release = self.form.release
        when = minute(release.event_start) if release.event_start else ""
        shown = [x for x in (release.event_what.strip(), when, release.event_place.strip())
                 if x]
        return " · ".join(shown) or self.tr("What, when, where, who …")

    def _statement_summary(self) -> str:
        release = self.form.release
        shown = ", ".join(x for x in (release.statement_by.strip(),
                                      release.statement_title.strip()) if x)
        return shown or self.tr("Who makes the statement")

    def _correction_summary(self) -> str:
        release = self.form.release
        if not release.corrects_path:
            return self.tr("Not linked yet")
        day = release.corrects_date.isoformat() if release.corrects_date else ""
        return " · ".join(x for x in (release.corrects_path, day) if x)

"""The form's status and embargo: immediate or embargoed, and when in which zone the embargo
lifts (a city from the zone list, the house's zone and this computer's first)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QObject, QTime
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...field_change import FieldChange
from ...language_tag import is_chinese
from ...model import CHINESE_ZONE, Release, is_utc_zone
from ..basics import scheme
from ..widgets.quiet_inputs import QuietComboBox, QuietDateTimeEdit

if TYPE_CHECKING:
    from .release_form import ReleaseForm


class EmbargoFields(QObject):
    """The Status choice and the embargo's row (its moment and zone) of a form."""

    def __init__(self, form: ReleaseForm) -> None:
        super().__init__(form)
        self.form = form
        self.zones_loaded = False
        self.label: QWidget | None = None  # the row's label, shown with the row
        self.status = QuietComboBox(form)
        self.status.setObjectName("status")
        self.status.addItem(self.tr("For immediate release"), "immediate")
        self.status.addItem(self.tr("Embargoed until"), "embargoed")
        self.time = QuietDateTimeEdit(form)
        self.time.setObjectName("embargoTime")
        self.time.setCalendarPopup(True)
        self.time.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.zone = QuietComboBox(form)
        self.zone.setObjectName("embargoZone")
        self.zone.setEditable(True)
        self.zone.setMinimumContentsLength(16)
        # What is wrong with the zone the file names (one this computer does not know):
        # said under the row, never shown silently as an offset.
        self.zone_problem = QLabel(form)
        self.zone_problem.setObjectName("embargoZoneProblem")
        self.zone_problem.setWordWrap(True)
        scheme.styled(self.zone_problem, "color: #a02020;")
        self.zone_problem.hide()
        self.row = QWidget(form)
        column = QVBoxLayout(self.row)
        column.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        layout.addWidget(self.time)
        layout.addWidget(self.zone, 1)
        column.addLayout(layout)
        column.addWidget(self.zone_problem)

    def connect_edits(self) -> None:
        self.status.currentIndexChanged.connect(self.status_changed)
        self.time.dateTimeChanged.connect(lambda _: self.embargo_changed())
        self.zone.currentTextChanged.connect(lambda _: self.embargo_changed())

    def show_status(self, release: Release) -> None:
        self.status.setCurrentIndex(1 if release.is_embargoed else 0)
        self.show_embargo(release.is_embargoed)

    def status_changed(self, index: int) -> None:
        form = self.form
        embargoed = self.status.itemData(index) == "embargoed"
        self.show_embargo(embargoed)
        if form._loading:
            return
        with form.history.grouped(form.steps.label("status")):
            form.apply(FieldChange("status", "embargoed" if embargoed else "immediate"),
                       shown=True)
            if embargoed and form.release.embargo_until is None:
                loading, form._loading = form._loading, True
                self.time.setDateTime(self.proposed_embargo())
                form._loading = loading
                self.embargo_changed()

    def show_embargo(self, visible: bool) -> None:
        if visible and not self.zones_loaded:
            self.load_zones()
        self.row.setVisible(visible)
        if self.label is not None:
            self.label.setVisible(visible)

    def load_zones(self) -> None:
        """Cities with today's offsets, the house's zone and this computer's first;
        typing searches every part of the names ("york", "eastern", "北京")."""
        from ..widgets.zones import offer_zones

        form = self.form
        loading = form._loading
        form._loading = True
        current = self.current_zone_name()
        offer_zones(self.zone, first_zone(form.release))
        self.zones_loaded = True
        self.select_zone(current or first_zone(form.release))
        form._loading = loading

    def select_zone(self, name: str) -> None:
        """Show the zone *name*; one not in the list (an offset from an older file) is
        added, shown as its offset."""
        index = self.zone.findData(name)
        if index < 0 and is_utc_zone(name):  # UTC by another name: the list's UTC
            index = next((i for i in range(self.zone.count())
                          if is_utc_zone(str(self.zone.itemData(i)))), -1)
        named = None
        if name:
            from ..widgets.zones import named_zone  # (the zones' module: with the first zone)

            named = named_zone(name)
        if index < 0 and named is not None:
            from ..widgets.zones import describe, interface_words, offset_text

            zone = describe(name, named, words=interface_words)
            city = "/" in name and not name.startswith("Etc/")
            self.zone.insertItem(0, zone.label if city else
                                 offset_text(zone.offset_minutes), name)
            index = 0
        if index >= 0:
            self.zone.setCurrentIndex(index)
        else:
            self.zone.setEditText(name)

    def current_zone_name(self) -> str:
        """The IANA name of the zone shown: the chosen item's, or a typed name or label."""
        from ..widgets.zones import chosen_zone

        return chosen_zone(self.zone)

    def load_embargo(self, release: Release) -> None:
        self.say_unknown_zone("", None)
        zone = release.embargo_zone or (first_zone(release) if release.is_embargoed else "")
        if release.embargo_until is not None:
            moment = release.embargo_until
            if release.embargo_zone:
                from ..widgets.zones import named_zone

                named = named_zone(release.embargo_zone)
                if named is not None:
                    moment = moment.astimezone(named)
                else:  # (shown as the file names it, and said: readiness says so too)
                    self.say_unknown_zone(release.embargo_zone, moment)
            if not zone:
                zone = offset_name(moment)
            self.time.setDateTime(QDateTime(
                QDate(moment.year, moment.month, moment.day),
                QTime(moment.hour, moment.minute)))
        elif release.is_embargoed:
            self.time.setDateTime(self.proposed_embargo())
        # (an immediate release's row is hidden, and choosing Embargoed proposes its
        # moment then, status_changed: the start asks the system's zone of Qt, which
        # reads the tz database's folder, ~10 M instructions, only for a shown proposal)
        self.select_zone(zone)

    def say_unknown_zone(self, name: str, moment: datetime | None) -> None:
        """Say under the row that *name* is no zone this computer knows (nothing: "")."""
        from ...render.words import utc_offset

        self.zone_problem.setText(self.tr(
            "“{zone}” is not a time zone this computer knows; the embargo keeps its offset, "
            "{offset}: choose the zone from the list.").format(
                zone=name, offset=utc_offset(moment) if moment is not None else "")
            if name else "")
        self.zone_problem.setVisible(bool(name))

    def proposed_embargo(self, now: datetime | None = None) -> QDateTime:
        """9:00 on the release date (the embargo lifts the day the release is dated);
        tomorrow 9:00 for an undated release. A release dated today after 9:00 there (in
        the zone the embargo is given in): the next whole hour, while it is still today."""
        release = self.form.release
        day = release.release_date
        start = QDate(day.year, day.month, day.day) if day is not None else \
            QDate.currentDate().addDays(1)
        from ..widgets.zones import named_zone

        zone = named_zone(first_zone(release))
        now = (now or datetime.now(UTC)).astimezone(zone)
        if day == now.date() and now.hour >= 9 and now.hour < 23:
            return QDateTime(start, QTime(now.hour + 1, 0))
        return QDateTime(start, QTime(9, 0))

    def embargo_changed(self) -> None:
        form = self.form
        release = form.release
        if form._loading or not release.is_embargoed:
            return
        value = self.time.dateTime()
        day, clock = value.date(), value.time()
        zone_name = self.current_zone_name()
        from ..widgets.zones import named_zone

        zone = named_zone(zone_name) if zone_name else None
        if zone is None:
            return  # half-typed zone name: keep the last good value
        self.say_unknown_zone("", None)
        moment = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(),
                          tzinfo=zone)
        # (the same instant in another zone of the same offset is still an edit)
        form.apply(FieldChange("embargo_until", (moment, zone_name)), shown=True)


def first_zone(release: Release) -> str:
    """The zone an embargo is first given in: the house style's; else, for a Chinese
    release, Beijing time (the zone its notice prints in); else this computer's."""
    from ..widgets.zones import system_zone

    return release.conventions.zone or (
        CHINESE_ZONE if is_chinese(release.language) else "") or system_zone()


def offset_name(moment: datetime) -> str:
    offset = moment.utcoffset()
    if offset is None or offset.total_seconds() == 0:
        return "UTC"
    hours = int(offset.total_seconds() // 3600)
    # POSIX Etc/GMT zones have inverted signs: Etc/GMT-1 is UTC+01:00.
    return f"Etc/GMT{-hours:+d}" if offset.total_seconds() % 3600 == 0 else "UTC"

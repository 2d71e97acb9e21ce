"""Issue 27: a date typed into a date field that shows "Not set" / "No date" is the date
typed (it made garbage such as "No date0270315" until a date was picked). The release
date, the correction's original date and the event's start and end, over a table of the
ways people type a date."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from releasedesk import kinds
from releasedesk.gui.form.release_form import ReleaseForm
from releasedesk.gui.widgets.quiet_inputs import QuietDateEdit, QuietDateTimeEdit

from helpers import make_release

DATES = [("2027-03-15", date(2027, 3, 15)), ("20270315", date(2027, 3, 15)),
         ("2027-3-5", date(2027, 3, 5)), ("2031-12-31", date(2031, 12, 31)),
         ("2027-11-2", date(2027, 11, 2))]
MOMENTS = [("2027-03-15 18:30", datetime(2027, 3, 15, 18, 30)),
           ("202703151830", datetime(2027, 3, 15, 18, 30)),
           ("2027-3-5 9:05", datetime(2027, 3, 5, 9, 5)),
           ("2028-01-09 07:45", datetime(2028, 1, 9, 7, 45))]


@pytest.fixture
def form(qtbot: QtBot) -> ReleaseForm:
    made = ReleaseForm()
    qtbot.addWidget(made)
    made.resize(900, 1000)
    made.show()
    return made


def _type(edit: QuietDateEdit | QuietDateTimeEdit, typed: str) -> None:
    edit.setFocus()
    QTest.keyClicks(edit, typed)
    QTest.keyClick(edit, Qt.Key.Key_Tab)  # (leaving the field, as a user does)


@pytest.mark.parametrize(("typed", "expected"), DATES)
def test_typing_a_date_into_the_empty_release_date_sets_that_date(
        form: ReleaseForm, typed: str, expected: date) -> None:
    form.set_release(make_release(release_date=None))
    assert form.release_date.text() == "No date"
    _type(form.release_date, typed)
    assert form.release.release_date == expected
    assert form.release_date.text() == expected.isoformat()


@pytest.mark.parametrize(("typed", "expected"), DATES)
def test_typing_a_date_into_a_set_date_still_replaces_it_part_by_part(
        form: ReleaseForm, typed: str, expected: date) -> None:
    form.set_release(make_release(release_date=date(2026, 6, 30)))
    form.release_date.setFocus()
    form.release_date.setSelectedSection(form.release_date.sectionAt(0))
    QTest.keyClicks(form.release_date, typed)
    QTest.keyClick(form.release_date, Qt.Key.Key_Tab)
    assert form.release.release_date == expected


@pytest.mark.parametrize(("typed", "expected"), DATES[:3])
def test_typing_the_corrected_releases_date(form: ReleaseForm, typed: str,
                                            expected: date) -> None:
    release = make_release()
    release.kind = kinds.CORRECTION
    form.set_release(release)
    edit = form.kind_fields.corrects_date
    assert edit.text() == "No date"
    _type(edit, typed)
    assert form.release.corrects_date == expected


@pytest.mark.parametrize(("typed", "expected"), MOMENTS)
@pytest.mark.parametrize("which", ["event_start", "event_end"])
def test_typing_the_events_start_and_end_into_not_set(form: ReleaseForm, typed: str,
                                                      expected: datetime, which: str) -> None:
    release = make_release()
    release.kind = kinds.ADVISORY
    form.set_release(release)
    edit = getattr(form.kind_fields, which)
    assert edit.text() == "Not set"
    _type(edit, typed)
    moment = getattr(form.release, which)
    assert moment is not None
    assert (moment.year, moment.month, moment.day, moment.hour, moment.minute) == \
        (expected.year, expected.month, expected.day, expected.hour, expected.minute)


@pytest.mark.parametrize(("kind", "field"), [
    (kinds.NEWS, "release_date"), (kinds.CORRECTION, "corrects_date"),
    (kinds.ADVISORY, "event_start"), (kinds.ADVISORY, "event_end")])
@pytest.mark.parametrize("key", [Qt.Key.Key_Tab, Qt.Key.Key_Backtab])
def test_tab_leaves_a_date_field_that_shows_no_date(form: ReleaseForm, kind: str, field: str,
                                                     key: Qt.Key) -> None:
    """Tab (and Shift+Tab) go on to the next field from a date field showing "Not set" or
    "No date": Qt's date fields step through their parts on Tab, and an empty one kept the
    focus, so what was typed next went into its words."""
    release = make_release(release_date=None)
    release.kind = kind
    form.set_release(release)
    edit = form.release_date if field == "release_date" else getattr(form.kind_fields, field)
    edit.setFocus()
    assert edit.hasFocus() and edit.text() in ("Not set", "No date")
    QTest.keyClick(edit, key)
    assert not edit.hasFocus()
    assert edit.text() in ("Not set", "No date")  # (and nothing was set)
    assert getattr(form.release, field) is None

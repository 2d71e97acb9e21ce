"""The editor and a Chinese portal's release (issue 24, points 3 and 7): the form shows the
portal's fields for a Chinese release or where the house style asks, and edits them with
undo; the house-style dialog edits the portal's settings in a folded section without
growing taller."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from releasedesk import document, fields
from releasedesk.gui.dialogs.house_style import HouseStyleDialog
from releasedesk.gui.form.release_form import ReleaseForm
from releasedesk.model import PORTAL_TEXTS
from releasedesk.profiles import ProfileStore

from conftest import SAMPLES
from gui_helpers import FakePrompts
from helpers import make_release

ZH_SAMPLE = SAMPLES / "fernhollow-night-market-zh.release"


@pytest.fixture
def form(qtbot: QtBot) -> ReleaseForm:
    made = ReleaseForm()
    qtbot.addWidget(made)
    made.show()
    return made


@pytest.mark.parametrize(("language", "asked", "shown"), [
    ("zh-CN", False, True), ("zh", False, True), ("zh-TW", False, True),
    ("en", False, False), ("en-GB", False, False), ("en", True, True)])
def test_the_portal_section_shows_for_a_chinese_release_or_where_the_house_asks(
        form: ReleaseForm, language: str, asked: bool, shown: bool) -> None:
    release = make_release(language=language)
    release.conventions.portal_fields = asked
    form.set_release(release)
    assert form.sections["portal"].isVisible() == shown


def test_changing_the_language_shows_or_hides_it(form: ReleaseForm) -> None:
    form.set_release(make_release(language="en"))
    assert not form.sections["portal"].isVisible()
    form.language.setCurrentIndex(form.language.findData("zh-CN"))
    assert form.sections["portal"].isVisible()
    form.language.setCurrentIndex(form.language.findData("en"))
    assert not form.sections["portal"].isVisible()


def test_the_section_holds_each_portal_field_with_the_release_s_value(form: ReleaseForm) -> None:
    release = document.load(ZH_SAMPLE)
    form.set_release(release)
    for name in fields.PORTAL_FIELDS:
        line = form.lines[name]
        assert line.text() == getattr(release, name), name
        assert form.sections["portal"].isAncestorOf(line), name
    assert "芬霍洛区行政公署" in form.sections["portal"].summary_label.text()


@pytest.mark.parametrize("name", fields.PORTAL_FIELDS)
def test_typing_into_a_portal_field_sets_it_and_undo_takes_it_back(form: ReleaseForm,
                                                                   name: str) -> None:
    release = document.load(ZH_SAMPLE)
    form.set_release(release)
    form.sections["portal"].set_expanded(True)
    line = form.lines[name]
    before = getattr(release, name)
    line.selectAll()
    typed = "10:45" if name == "release_time" else "New value"  # (keyClicks: ASCII only)
    QTest.keyClicks(line, typed)
    assert getattr(release, name) == typed
    while form.history.undo():
        pass
    assert getattr(release, name) == before


def test_the_time_of_release_takes_only_a_time_of_day(form: ReleaseForm) -> None:
    release = document.load(ZH_SAMPLE)
    form.set_release(release)
    form.sections["portal"].set_expanded(True)
    line = form.lines["release_time"]
    line.clear()
    QTest.keyClicks(line, "9h:3x0 am")
    assert release.release_time == "9:30"
    assert document.rules_problem(release) is None  # (so it saves)


def test_the_house_style_dialog_edits_the_portal_settings(qtbot: QtBot, tmp_path: Path) -> None:
    store = ProfileStore()
    dialog = HouseStyleDialog(store, FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    names = [profile.name for profile in dialog.profiles]
    dialog.list.setCurrentRow(names.index("fernhollow-portal-zh"))
    portal = dialog.portal
    assert portal.texts["site_code"].text() == "0000000118"
    assert "0000000118" in dialog.portal_section.summary_label.text()
    portal.texts["organizer"].setText("芬霍洛区信息中心")
    portal.texts["icp_url"].setText("https://beian.miit.gov.cn/")
    portal.switches["print_summary"].setChecked(True)
    edited = dialog.edited_profile()
    assert edited.conventions.organizer == "芬霍洛区信息中心"
    assert edited.conventions.print_summary
    assert dialog.current is not None
    for key in PORTAL_TEXTS:  # (every setting the section does not change stays)
        if key != "organizer":
            assert getattr(edited.conventions, key) == getattr(
                dialog.current.conventions, key), key
    assert dialog.save()
    assert store.get("fernhollow-portal-zh").conventions.organizer == "芬霍洛区信息中心"


def test_unfolding_the_portal_section_never_makes_the_dialog_taller(qtbot: QtBot) -> None:
    dialog = HouseStyleDialog(ProfileStore(), FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    height, hint = dialog.height(), dialog.minimumSizeHint().height()
    assert not dialog.portal_section.is_expanded()
    dialog.portal_section.button.click()
    assert dialog.portal_section.is_expanded()
    QTest.qWait(10)
    assert dialog.height() == height
    assert dialog.minimumSizeHint().height() <= hint
    assert dialog.portal.isVisible()
    dialog.editor_scroll.ensureWidgetVisible(dialog.portal.texts["accessibility_url"])
    assert dialog.portal.texts["accessibility_url"].visibleRegion().boundingRect().height() > 0
    assert Qt.WindowType.Dialog & dialog.windowFlags()


@pytest.mark.parametrize("undo", [False, True])
def test_the_folded_summary_follows_the_release_date(form: ReleaseForm, undo: bool) -> None:
    """The date in the folded section's summary is the release's as it changes, not the
    one it had when a portal field was last edited (tester13, z19/z22)."""
    from datetime import date

    from PySide6.QtCore import QDate

    release = document.load(ZH_SAMPLE)
    form.set_release(release)
    before = release.release_date
    assert before is not None
    summary = form.sections["portal"].summary_label
    assert before.isoformat() in summary.text()
    for day in (date(2026, 12, 9), date(2027, 1, 31)):
        form.details_box.release_date.setDate(QDate(day.year, day.month, day.day))
        assert release.release_date == day
        assert day.isoformat() in summary.text() and before.isoformat() not in summary.text()
    if undo:
        while form.history.undo():
            pass
        assert release.release_date == before and before.isoformat() in summary.text()

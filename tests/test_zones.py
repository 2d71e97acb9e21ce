"""Time zones as people name them, and the embargo's zone as the house prints it (issue 14)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.widgets.zones import zone_list
from releasedesk.model import Conventions
from releasedesk.render import build_layout
from releasedesk.render.words import format_moment
from test_gui import make_window, work  # noqa: F401 (fixtures)

from gui_helpers import opens, went
from helpers import make_release

WINTER = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


def test_the_list_names_cities_with_their_offset_and_no_posix_puzzles() -> None:
    zones = zone_list(now=WINTER)
    labels = {z.name: z.label for z in zones}
    assert labels["America/New_York"] == \
        "New York · Eastern Time, Washington — America (UTC\u221205:00)"
    assert labels["Asia/Shanghai"].startswith("Shanghai · 北京 / Beijing")
    assert labels["Asia/Shanghai"].endswith("(UTC+08:00)")
    assert not [name for name in labels if name.startswith(("Etc/", "US/")) or name == "UCT"]
    offsets = [z.offset_minutes for z in zones]
    assert offsets == sorted(offsets)
    first = zone_list(("Asia/Kolkata", "Europe/Berlin"), now=WINTER)
    assert [z.name for z in first[:2]] == ["Asia/Kolkata", "Europe/Berlin"]
    assert len(first) == len(zones)


@pytest.mark.parametrize(("zone", "style", "date_format", "language", "expected"), [
    ("America/New_York", "abbreviation", "ap", "en", "March 3, 2026, 10 a.m. EST"),
    ("America/New_York", "offset", "ap", "en", "March 3, 2026, 10:00 UTC-05:00"),
    ("Europe/Berlin", "abbreviation", "iso", "en", "2026-03-03, 16:00 CET"),
    ("Asia/Shanghai", "abbreviation", "zh", "zh-CN", "北京时间2026年3月3日 23:00"),
    # A Chinese release names every moment in Beijing time, whatever the zone and style.
    ("Europe/Berlin", "offset", "iso", "zh-CN", "北京时间2026年3月3日 23:00"),
    ("Asia/Dubai", "abbreviation", "ap", "en", "March 3, 2026, 10:00 UTC-05:00"),  # no letters
])
def test_the_embargo_zone_prints_as_the_house_asks(zone: str, style: str, date_format: str,
                                                   language: str, expected: str) -> None:
    moment = datetime(2026, 3, 3, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    assert format_moment(moment, date_format, language, zone, style) == expected


def test_the_house_zone_style_reaches_the_exports() -> None:
    release = make_release(status="embargoed", embargo_zone="America/New_York",
                           embargo_until=datetime(2026, 11, 25, 9, 30,
                                                  tzinfo=ZoneInfo("America/New_York")),
                           release_date=datetime(2026, 11, 25).date(),
                           conventions=Conventions(zone_style="abbreviation"))
    assert build_layout(release).status_line == "EMBARGOED UNTIL Nov. 25, 2026, 9:30 a.m. EST"


def test_the_zone_field_lists_cities_searches_and_keeps_old_offsets(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = make_window()
    assert opens(window, work)
    release = window.manager.release
    release.conventions.zone = "Asia/Kolkata"
    form = window.form
    form.status.setCurrentIndex(form.status.findData("embargoed"))
    combo = form.embargo_zone
    assert combo.itemData(0) == "Asia/Kolkata"  # the house's zone first
    assert release.embargo_zone == "Asia/Kolkata"
    completer = combo.completer()
    assert completer is not None
    completer.setCompletionPrefix("eastern")
    assert "New York" in completer.currentCompletion()
    combo.setCurrentIndex(combo.findData("America/New_York"))
    assert release.embargo_zone == "America/New_York"
    assert release.embargo_until is not None
    assert str(release.embargo_until.tzinfo) == "America/New_York"
    # A file from an older ReleaseDesk may hold a POSIX zone: it shows as its offset.
    older = make_release(status="embargoed", embargo_zone="Etc/GMT-4",
                         embargo_until=datetime(2026, 11, 25, 9, 0, tzinfo=ZoneInfo("Etc/GMT-4")))
    window.manager.modified = False
    assert went(lambda then: window.manager.new(older, then))
    assert combo.currentText() == "UTC+04:00"
    assert window.manager.release.embargo_zone == "Etc/GMT-4"


UTC_NAMES = ["UTC", "Etc/UTC", "Etc/UCT", "Etc/Zulu", "Etc/Universal", "GMT", "Etc/GMT",
             "Etc/GMT0", "Zulu", "UCT"]


@pytest.mark.parametrize("name", UTC_NAMES)
def test_utc_by_any_name_is_listed_once_as_utc(name: str) -> None:
    """The house's or the system's name for UTC ("Etc/UTC" on many Linux systems) is found
    in the list, first, and shown as UTC; the list has one UTC and no "Etc/" name shown."""
    zones = zone_list((name,), now=WINTER)
    assert zones[0].name == name and zones[0].label == "UTC (UTC+00:00)"
    assert [z.label for z in zones].count("UTC (UTC+00:00)") == 1
    assert not [z.label for z in zones if "Etc/" in z.label or "Etc " in z.label
                or "Zulu" in z.label or "UCT" in z.label]
    assert len(zones) == len(zone_list(now=WINTER))


@pytest.mark.parametrize("name", UTC_NAMES)
@pytest.mark.parametrize("style", ["abbreviation", "offset"])
def test_a_chinese_release_names_a_utc_moment_in_beijing_time(name: str, style: str) -> None:
    moment = datetime(2026, 3, 3, 10, 0, tzinfo=ZoneInfo(name))
    assert format_moment(moment, "zh", "zh-CN", name, style) == "北京时间2026年3月3日 18:00"


@pytest.mark.parametrize("name", UTC_NAMES)
@pytest.mark.parametrize(("date_format", "language"), [("ap", "en"), ("iso", "en")])
@pytest.mark.parametrize("style", ["abbreviation", "offset"])
def test_utc_by_any_name_prints_as_utc_in_the_exports(name: str, date_format: str,
                                                      language: str, style: str) -> None:
    moment = datetime(2026, 3, 3, 10, 0, tzinfo=ZoneInfo(name))
    printed = format_moment(moment, date_format, language, name, style)
    assert "UTC" in printed and "10" in printed
    assert not [word for word in ("Etc", "GMT", "Zulu", "UCT", "Universal") if word in printed]
    release = make_release(status="embargoed", embargo_zone=name, embargo_until=moment,
                           language=language,
                           conventions=Conventions(zone_style=style, date_format=date_format))
    status = build_layout(release).status_line
    assert "UTC" in status and "Etc" not in status and "GMT" not in status


def test_the_zone_field_shows_a_house_zone_named_etc_utc_as_utc(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = make_window()
    assert opens(window, work)
    window.manager.release.conventions.zone = "Etc/UTC"
    form = window.form
    form.status.setCurrentIndex(form.status.findData("embargoed"))
    combo = form.embargo_zone
    assert (combo.itemData(0), combo.itemText(0)) == ("Etc/UTC", "UTC (UTC+00:00)")
    assert combo.currentText() == "UTC (UTC+00:00)"
    assert window.manager.release.embargo_zone == "Etc/UTC"
    assert not [combo.itemText(i) for i in range(combo.count()) if "Etc" in combo.itemText(i)]
    window.manager.modified = False


@pytest.mark.parametrize("name", ["Etc/UTC", "Etc/Zulu", "GMT", "UCT"])
def test_a_release_embargoed_in_utc_by_another_name_shows_utc(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path, name: str) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from releasedesk import document

    release = document.load(work)
    release.status = "embargoed"
    release.embargo_until = datetime(2026, 11, 25, 9, 0, tzinfo=ZoneInfo(name))
    release.embargo_zone = name
    document.save(release, work)
    window = make_window()
    assert opens(window, work)
    combo = window.form.embargo_zone
    assert combo.currentText() == "UTC (UTC+00:00)"
    assert not [combo.itemText(i) for i in range(combo.count())
                if combo.itemText(i).startswith("UTC+")]  # not an offset item of its own
    window.manager.modified = False

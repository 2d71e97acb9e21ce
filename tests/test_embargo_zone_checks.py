"""An embargo's zone is checked against its moment (tester15, finding 5).

Zone Europe/Berlin with an offset of +05:00 printed "UTC+05:00" without a word, and an
unknown zone "Mars/Olympus" was shown in the form as UTC+01:00, silently. Now readiness
(and `check`) warns when the zone is unknown and when the embargo's offset is not the
zone's at that moment; the form says an unknown zone under the embargo's row and shows
it as the file names it. The property: zones × moments × offsets.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from releasedesk import cli, document
from releasedesk.checks import check
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.messages import finding_parts
from test_gui import make_window  # noqa: F401 (fixtures)

from conftest import SAMPLES
from gui_helpers import opens
from helpers import make_release

ZONES = sorted(available_timezones() - {"Factory", "localtime"})
UNKNOWN = ["Mars/Olympus", "Europe/Atlantis", "UTC+5", "Berlin", "europe/berlin/x",
           "Etc/GMT+99"]
NOW = datetime(2026, 1, 1, tzinfo=UTC)
MOMENTS = st.datetimes(min_value=datetime(2026, 1, 2), max_value=datetime(2036, 12, 31))
OFFSETS = st.integers(-14 * 4, 14 * 4).map(lambda quarters: timedelta(minutes=15 * quarters))


def _zone_findings(zone: str, until: datetime) -> dict[str, dict[str, object]]:
    release = make_release()
    release.status, release.embargo_until, release.embargo_zone = "embargoed", until, zone
    release.release_date = until.date() + timedelta(days=2)
    return {f.code: dict(f.args) for f in check(release, now=NOW)
            if f.code.startswith("embargo_zone")}


@settings(max_examples=300, deadline=None)
@given(zone=st.sampled_from(ZONES), moment=MOMENTS, offset=OFFSETS)
def test_an_offset_is_said_exactly_when_it_is_not_the_zones(zone: str, moment: datetime,
                                                            offset: timedelta) -> None:
    until = moment.replace(tzinfo=timezone(offset))
    there = until.astimezone(ZoneInfo(zone)).utcoffset()
    found = _zone_findings(zone, until)
    assert ("embargo_zone_offset" in found) is (there != offset)
    assert "embargo_zone_unknown" not in found
    if found:
        args = found["embargo_zone_offset"]
        assert args["zone"] == zone and args["offset"] != args["expected"]


@settings(max_examples=200, deadline=None)
@given(zone=st.sampled_from(ZONES), moment=MOMENTS)
def test_a_moment_set_in_its_own_zone_is_never_warned_of(zone: str, moment: datetime) -> None:
    for fold in (0, 1):  # (either of a repeated hour)
        assert _zone_findings(zone, moment.replace(tzinfo=ZoneInfo(zone), fold=fold)) == {}


@settings(max_examples=60, deadline=None)
@given(zone=st.sampled_from(UNKNOWN), moment=MOMENTS, offset=OFFSETS)
def test_an_unknown_zone_is_said_with_the_offset_printed(zone: str, moment: datetime,
                                                         offset: timedelta) -> None:
    found = _zone_findings(zone, moment.replace(tzinfo=timezone(offset)))
    assert list(found) == ["embargo_zone_unknown"]
    assert found["embargo_zone_unknown"]["zone"] == zone
    assert str(found["embargo_zone_unknown"]["offset"]).startswith("UTC")


@pytest.mark.parametrize("zone, offset, words", [
    ("Europe/Berlin", "+05:00", "is UTC+01:00 at that moment"),
    ("America/New_York", "+01:00", "is UTC-05:00 at that moment"),
    ("Mars/Olympus", "+01:00", "“Mars/Olympus” is not one this computer knows"),
    ("Europe/Berlin", "+01:00", None),
])
def test_check_says_it(tmp_path: Path, zone: str, offset: str, words: str | None,
                       capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads((SAMPLES / "tidewater-ferry-terminal.release").read_text("utf-8"))
    data.update(status="embargoed", embargo_until=f"2026-11-25T09:00:00{offset}",
                embargo_zone=zone, release_date="2026-11-25")
    path = tmp_path / "story.release"
    path.write_text(json.dumps(data), encoding="utf-8")
    cli.main(["check", str(path)])
    out = capsys.readouterr().out
    if words is None:
        assert "at that moment" not in out and "computer knows" not in out
    else:
        assert words in out
    release = document.load(path)
    said = [finding_parts(f)[2] for f in check(release, now=NOW)
            if f.code.startswith("embargo_zone")]
    assert len(said) == (0 if words is None else 1)


@pytest.mark.parametrize("zone", [*UNKNOWN[:3], "Europe/Berlin", ""])
def test_the_form_says_an_unknown_zone_and_shows_it_as_named(
        qtbot: QtBot, make_window: Callable[[], MainWindow], tmp_path: Path, zone: str) -> None:
    data = json.loads((SAMPLES / "tidewater-ferry-terminal.release").read_text("utf-8"))
    data.update(status="embargoed", embargo_until="2026-11-25T09:00:00+05:00",
                embargo_zone=zone, release_date="2026-11-25")
    path = tmp_path / "story.release"
    path.write_text(json.dumps(data), encoding="utf-8")
    window = make_window()
    assert opens(window, path)
    fields = window.form.embargo
    unknown = zone in UNKNOWN
    assert not window.manager.modified  # (shown and said: nothing changed by loading)
    assert fields.zone_problem.isVisibleTo(window) is unknown
    if unknown:
        assert zone in fields.zone_problem.text() and "UTC+05:00" in fields.zone_problem.text()
        assert fields.zone.currentText() == zone
        fields.select_zone("Asia/Karachi")  # a zone chosen: said no more
        assert not fields.zone_problem.isVisibleTo(window)
        assert window.manager.release.embargo_zone == "Asia/Karachi"

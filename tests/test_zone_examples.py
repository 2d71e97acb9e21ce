"""The house style's "Embargo time zone shown" names its two ways with the zone typed as the
example (tester11: Asia/Shanghai's office read "As an offset: UTC+01:00")."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from releasedesk.gui.dialogs.house_style import HouseStyleDialog
from releasedesk.profiles import ProfileStore
from releasedesk.render.words import format_moment, zone_examples

from gui_helpers import FakePrompts

WINTER, SUMMER = datetime(2026, 1, 15, 9, tzinfo=UTC), datetime(2026, 7, 15, 9, tzinfo=UTC)


@pytest.mark.parametrize(("zone", "moment", "offset", "letters"), [
    ("Asia/Shanghai", WINTER, "UTC+08:00", "CST"),
    ("America/New_York", WINTER, "UTC-05:00", "EST"),
    ("America/New_York", SUMMER, "UTC-04:00", "EDT"),
    ("Europe/Berlin", SUMMER, "UTC+02:00", "CEST"),
    ("Asia/Kolkata", WINTER, "UTC+05:30", "IST"),
    ("America/Sao_Paulo", WINTER, "UTC-03:00", "UTC-03:00"),  # no letters: the offset
    ("", WINTER, "UTC+01:00", "EST"), ("Not/AZone", WINTER, "UTC+01:00", "EST"),
    ("../etc/passwd", WINTER, "UTC+01:00", "EST"),
])
def test_the_examples_are_the_zone_s_own(zone: str, moment: datetime, offset: str,
                                         letters: str) -> None:
    assert zone_examples(zone, moment) == (offset, letters)
    if zone in ("America/New_York", "Europe/Berlin"):  # as an embargo prints in that zone
        local = moment.astimezone(ZoneInfo(zone))
        assert format_moment(local, "iso", "en", zone, "abbreviation").endswith(letters)
        assert format_moment(local, "iso", "en", zone).endswith(offset)


def test_the_dialog_s_examples_follow_the_zone_typed(qtbot: QtBot) -> None:
    dialog = HouseStyleDialog(ProfileStore(), FakePrompts())
    qtbot.addWidget(dialog)
    dialog.zone.setText("Asia/Shanghai")
    texts = [dialog.zone_style.itemText(k) for k in range(dialog.zone_style.count())]
    assert texts == ["As an offset: UTC+08:00", "As letters where the zone has them: CST"]
    dialog.zone.setText("Asia/Kolkata")
    assert dialog.zone_style.itemText(0) == "As an offset: UTC+05:30"

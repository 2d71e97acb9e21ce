"""Issue 27: time zones in words in the interface's language. The zones we offer (the
first-run set-up's list, the cities with other names) show in Chinese in a Chinese
interface, in the set-up and in the event's zone list, and the IANA name stays the data."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from releasedesk import kinds
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.form.release_form import ReleaseForm
from releasedesk.gui.widgets.zones import ALSO_KNOWN_AS, CITIES, REGIONS, zone_label
from releasedesk.house_setup import ZONES
from releasedesk.model import is_utc_zone
from test_first_run import chinese  # noqa: F401 (fixture)
from test_gui import make_window  # noqa: F401 (fixture)

from helpers import make_release

OFFERED = sorted({*ZONES, *ALSO_KNOWN_AS, *CITIES})
LATIN = re.compile(r"[A-Za-z]")


@pytest.mark.parametrize("name", OFFERED)
def test_each_zone_we_offer_has_chinese_words_and_english_ones(
        chinese: None, name: str) -> None:
    shown = zone_label(name)
    english = zone_label(name, words=lambda text: text)
    assert "/" not in shown.replace("北京 / ", "") and "_" not in shown
    offset = shown.rpartition(" (")[2]
    assert re.fullmatch(r"UTC[+\u2212]\d\d:\d\d\)", offset)
    words = shown.rpartition(" (")[0]
    if is_utc_zone(name):
        assert words == "UTC"
    else:
        assert not LATIN.search(words), words  # every word of it translated
        region = name.partition("/")[0]
        assert english.startswith(name.rpartition("/")[2].replace("_", " ")) or \
            english.startswith(CITIES[name])
        assert f" — {region}" in english or REGIONS[region] in english


def test_the_words_tell_the_zones_apart(chinese: None) -> None:
    labels = [zone_label(name) for name in OFFERED]
    assert len(set(labels)) == len(labels)


def test_the_chinese_event_zone_list_shows_words_and_keeps_the_name(
        qtbot: QtBot, chinese: None) -> None:
    form = ReleaseForm()
    qtbot.addWidget(form)
    form.show()
    release = make_release()
    release.kind = kinds.ADVISORY
    release.event_start = datetime(2027, 1, 15, 23, 30, tzinfo=UTC)
    release.event_zone = "America/New_York"
    form.set_release(release)
    combo = form.kind_fields.event_zone
    assert combo.currentData() == "America/New_York"
    assert combo.currentText().startswith("纽约 · 美国东部时间、华盛顿 — 美洲")
    london = combo.findData("Europe/London")
    assert combo.itemText(london).startswith("伦敦 · 英国、爱丁堡 — 欧洲")
    combo.setCurrentIndex(london)
    assert form.release.event_zone == "Europe/London"  # the name, never the words


@pytest.mark.parametrize(("system", "kept", "words"), [
    ("Etc/UTC", "UTC", "UTC (UTC+00:00)"), ("UTC", "UTC", "UTC (UTC+00:00)"),
    ("Europe/Madrid", "Europe/Madrid", "Madrid — 欧洲"),
    ("Asia/Shanghai", "Asia/Shanghai", "上海 · 北京，中国 — 亚洲")])
def test_the_set_ups_zone_is_shown_in_words_whatever_the_computer_calls_it(
        qtbot: QtBot, make_window: Callable[[], MainWindow], chinese: None, system: str, kept: str,
        words: str) -> None:
    window = make_window()
    dialog = window.set_up_organisation()
    dialog.set_zone(system)
    assert dialog.zone.currentText().startswith(words)
    assert dialog.chosen_zone() == kept
    dialog.set_zone("Mars/Olympus")  # not a zone: as written, and said when finishing
    assert dialog.chosen_zone() == "Mars/Olympus"

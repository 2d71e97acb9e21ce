"""Random sequences of FieldChanges sent through the form's one write path (issue #26, point
6): each change is in the release as sent and holds no list of the sender's; undoing every
step gives back the release as opened, exactly (the file's dictionary), and unmodified;
redoing every step gives the release after the changes, modified exactly when a change
took; the widgets show the release each time."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from releasedesk import document, field_change
from releasedesk.field_change import FieldChange
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.model import END_MARKS, KINDS, STATUSES, Contact, FooterLine
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import FakePrompts, opens, went

EXAMPLES = 60

WORDS = st.text(st.sampled_from("abcdefgh xyzÉé港口渡轮"), min_size=0, max_size=12).map(
    lambda text: " ".join(text.split()))
NAMES = st.text(st.sampled_from("abcdefgh"), min_size=1, max_size=8)
ZONES = st.sampled_from(["Europe/Oslo", "Asia/Shanghai", "America/New_York", "UTC"])
DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31))


@st.composite
def moments(draw: st.DrawFn, zone: str) -> datetime:
    day = draw(DAYS)
    return datetime(day.year, day.month, day.day, draw(st.integers(0, 23)),
                    draw(st.integers(0, 59)), tzinfo=ZoneInfo(zone))


@st.composite
def embargoes(draw: st.DrawFn) -> tuple[datetime, str]:
    zone = draw(ZONES)
    return draw(moments(zone)), zone


@st.composite
def events(draw: st.DrawFn) -> tuple[datetime | None, datetime | None, str]:
    zone = draw(ZONES)
    start = draw(st.none() | moments(zone))
    end = draw(st.none() | moments(zone))
    return start, end, zone


BLOCKS = st.lists(WORDS.filter(bool), min_size=0, max_size=3).map("\n\n".join)
CONTACTS = st.lists(st.builds(Contact, name=WORDS, role=WORDS, phone=st.sampled_from(
    ["", "+47 555 0100"]), email=st.sampled_from(["", "press@fjord-ferries.example"])),
    max_size=3)
FOOTERS = st.lists(st.builds(FooterLine, text=WORDS.filter(bool),
                             url=st.sampled_from(["", "https://fjord-ferries.example"])),
                   max_size=2)

# The fields a change is sent for, with their values: lines, choices, dates, moments, the
# lists and records, the compounds, the kinds' fields, the portal's lines and the body.
VALUES: dict[str, st.SearchStrategy[object]] = {
    "headline": WORDS, "subheadline": WORDS, "dateline": WORDS, "organization": WORDS,
    "status": st.sampled_from(STATUSES), "embargo_until": embargoes(),
    "release_date": st.none() | DAYS, "language": st.sampled_from(["en", "zh-CN", "fr"]),
    "contacts": CONTACTS, "boilerplate": BLOCKS,
    "keywords": st.lists(NAMES, max_size=3), "end_mark": st.sampled_from(END_MARKS),
    "footer": FOOTERS, "kind": st.sampled_from(KINDS), "event_what": WORDS,
    "event_when": events(), "event_speakers": BLOCKS, "statement_by": WORDS,
    "corrects": st.tuples(st.sampled_from(["", "earlier.release"]), st.sampled_from(["", "ab12"]),
                          st.none() | DAYS),
    "correction_note": BLOCKS, "source": WORDS, "summary": WORDS,
    "body": BLOCKS.filter(bool),
}
CHANGES = st.sampled_from(sorted(VALUES)).flatmap(
    lambda name: VALUES[name].map(lambda value: FieldChange(name, value)))


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    work = tmp_path / "story.release"
    work.write_bytes((SAMPLES / "tidewater-ferry-terminal.release").read_bytes())
    made = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(made)
    assert opens(made, work)
    made.show()
    yield made
    made.manager.modified = False
    made.close()


def _state(window: MainWindow) -> dict[str, object]:
    return copy.deepcopy(document.to_dict(window.manager.release))


def _shown(window: MainWindow) -> None:
    """The line fields show what the release holds."""
    form, release = window.form, window.manager.release
    for name in ("headline", "subheadline", "dateline", "organization"):
        assert form.lines[name].text() == getattr(release, name), name


def test_undo_all_gives_the_release_back_and_redo_all_the_changed_one(
        window: MainWindow) -> None:
    opened = copy.deepcopy(window.manager.release)
    form, manager, history = window.form, window.manager, window.form.history
    seen = {"examples": 0, "took": 0}

    @settings(max_examples=EXAMPLES, deadline=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(CHANGES, min_size=1, max_size=10))
    def run(changes: list[FieldChange]) -> None:
        manager.modified = False
        # (a fresh document and history)
        assert went(lambda then: manager.new(copy.deepcopy(opened), then))
        original = _state(window)
        assert not manager.modified and history.undo_label() is None
        took = []
        for change in changes:
            sent = field_change.frozen(change.name, change.value)
            took.append(form.apply(change))
            assert field_change.read(manager.release, change.name) == sent
            if isinstance(change.value, list) and change.value:
                # the sender changes its list and its items after sending: not the release
                if isinstance(change.value[0], Contact):
                    change.value[0].name += " (changed by its sender)"
                change.value.clear()
                assert field_change.read(manager.release, change.name) == sent
        final = _state(window)
        assert manager.modified == any(took)
        assert (final != original) <= manager.modified
        _shown(window)

        while history.undo():
            pass
        assert _state(window) == original
        assert not manager.modified
        _shown(window)

        while history.redo():
            pass
        assert _state(window) == final
        assert manager.modified == any(took)
        _shown(window)
        seen["examples"] += 1
        seen["took"] += any(took)

    run()
    assert seen["examples"] >= EXAMPLES // 2 and seen["took"] > 0

"""The form is never narrower than its fields (at 1024 pixels the first split cut the English
form's fields off at the right, with no scroll bar to reach them): over window widths, both
interface languages, saved splits and the sections made later, the form's scroll area keeps
at least the form's least width, and the preview has the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.widgets.collapsible import CollapsibleSection
from releasedesk.gui.widgets.form_scroll import FORM_LEAST, FormScroll, _LayoutFollower
from releasedesk.settings import Settings
from test_zh_interface_walk import chinese  # noqa: F401  (the fixture)

from conftest import SAMPLES
from gui_helpers import FakePrompts, opens


def _shown(qtbot: QtBot, tmp_path: Path, width: int, saved: list[int],
           sample: str = "tidewater-ferry-terminal") -> MainWindow:
    window = MainWindow(Settings(splitter_sizes=saved), FakePrompts())
    qtbot.addWidget(window)
    story = tmp_path / "story.release"
    document.save(document.load(SAMPLES / f"{sample}.release"), story)
    assert opens(window, story)
    window.resize(width, 740)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(30)
    return window


def _fits(window: MainWindow) -> None:
    form = window.form.minimumSizeHint().width()
    viewport = window.form_scroll.viewport().width()  # (less its scroll bar, if shown)
    assert viewport >= form, (viewport, form, window.splitter.sizes())
    assert window.form.width() <= viewport  # (nothing hidden at the right)
    assert window.splitter.sizes()[1] > 0  # the preview keeps the rest
    # the folded sections' own pane below the body keeps its fields too (found by the
    # tester: an advisory's event time zone cut off at 1024 pixels in Chinese)
    details = window.form.findChild(FormScroll, "detailsScroll")
    assert details is not None
    inside = details.widget()
    assert inside is not None
    if details.isVisible():
        least = inside.minimumSizeHint().width()
        assert details.viewport().width() >= least, (details.viewport().width(), least)


WIDTHS = [900, 1024, 1100, 1280, 1600]
# A first start (no split saved), a split saved on a wide screen, a form dragged narrow.
SAVED = [[], [620, 740], [300, 1300]]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("saved", SAVED)
def test_the_english_form_keeps_its_fields(qtbot: QtBot, tmp_path: Path, width: int,
                                           saved: list[int]) -> None:
    _fits(_shown(qtbot, tmp_path, width, saved))


@pytest.mark.usefixtures("chinese")
@pytest.mark.parametrize("width", [900, 1024, 1280])
@pytest.mark.parametrize("saved", SAVED)
def test_the_chinese_form_keeps_its_fields(qtbot: QtBot, tmp_path: Path, width: int,
                                           saved: list[int]) -> None:
    _fits(_shown(qtbot, tmp_path, width, saved, "fernhollow-night-market-zh"))


def test_sections_made_later_widen_the_form_area_with_them(qtbot: QtBot,
                                                         tmp_path: Path) -> None:
    window = _shown(qtbot, tmp_path, 1024, [])
    kind = window.form.kind_fields.kind
    for index in range(kind.count()):  # each kind's section, made as the kind is chosen
        kind.setCurrentIndex(index)
        for section in window.form.findChildren(CollapsibleSection):
            section.set_expanded(True)
        # (the form area follows at the next layout: waited for, not a fixed 30 ms, which a
        # loaded machine overran)
        qtbot.waitUntil(lambda: _fits(window), timeout=3000)


@pytest.mark.usefixtures("chinese")
@pytest.mark.parametrize("width", [1024, 1280])
def test_the_chinese_advisory_s_event_section_keeps_its_fields(qtbot: QtBot, tmp_path: Path,
                                                               width: int) -> None:
    window = _shown(qtbot, tmp_path, width, [], "tidewater-night-crossing-advisory")
    window.form.sections["event"].set_expanded(True)
    qtbot.waitUntil(lambda: _fits(window), timeout=3000)
    zone = window.form.kind_fields.event_zone
    right = zone.mapTo(window, zone.rect().topRight()).x()
    assert right <= window.splitter.sizes()[0]  # its arrow shows


def test_a_form_needing_less_keeps_the_least_width(qtbot: QtBot, tmp_path: Path) -> None:
    window = _shown(qtbot, tmp_path, 1024, [100, 1500])
    assert window.form_scroll.width() >= FORM_LEAST
    assert window.form_scroll.least_width() >= FORM_LEAST


@pytest.mark.parametrize("width", [900, 1280])
def test_the_scroll_bar_room_is_the_styles_extent(qtbot: QtBot, tmp_path: Path,
                                                  width: int) -> None:
    # (the area counts its bar's size hint rather than asking QStyle, whose enums would
    # cost every start ~6 ms: the two agree)
    from PySide6.QtWidgets import QStyle

    scroll = _shown(qtbot, tmp_path, width, []).form_scroll
    extent = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, scroll)
    assert scroll.verticalScrollBar().sizeHint().width() == extent
    form = scroll.widget()
    assert form is not None
    assert scroll.least_width() == max(
        FORM_LEAST, form.minimumSizeHint().width() + extent + 2 * scroll.frameWidth())


def test_the_form_is_followed_without_its_events_through_python(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    # No event filter or event override of ours sees the form's events (the first such
    # event made PySide6 build the classes of every kind of event): the viewport's empty
    # layout is told by Qt when the form's size hints change, and the area follows.
    assert not {"eventFilter", "event", "viewportEvent"} & set(vars(FormScroll))
    window = _shown(qtbot, tmp_path, 1024, [])
    scroll = window.form_scroll
    follower = scroll.viewport().layout()
    assert isinstance(follower, _LayoutFollower)
    assert follower.count() == 0  # (it lays nothing out)
    assert scroll.widget() is window.form and window.form.parentWidget() is scroll.viewport()
    extent = scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth()

    def followed() -> bool:
        return scroll.minimumSizeHint().width() == max(
            FORM_LEAST, window.form.minimumSizeHint().width() + extent)

    field = window.form.headline
    natural = window.form.minimumSizeHint().width()
    for least in (natural + 40, natural + 160, natural + 10, 0):  # wider, narrower again
        field.setMinimumWidth(least)
        qtbot.waitUntil(followed, timeout=3000)
        qtbot.waitUntil(lambda: _fits(window), timeout=3000)
    assert window.form.minimumSizeHint().width() == natural

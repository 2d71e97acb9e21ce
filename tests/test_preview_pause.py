"""The preview renders the first change after a pause at once; the changes of a burst that
follow it wait for the pause (gui/preview.RenderScheduler.request)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from releasedesk.gui.preview import preview_pane as preview
from releasedesk.gui.preview.preview_pane import RenderScheduler, debounce_ms
from releasedesk.model import Release

LENGTHS = (0, 10, 1_599, 1_600, 30_000, 60_000, 120_000, 400_000)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    made = Clock()
    monkeypatch.setattr(preview.time, "monotonic", made)  # type: ignore[attr-defined]  # its clock
    return made


@pytest.mark.parametrize("length", LENGTHS)
def test_the_first_change_after_a_pause_is_rendered_at_once(qapp: QApplication, clock: Clock,
                                                            length: int) -> None:
    release = Release(body="w" * length)
    scheduler = RenderScheduler(lambda: release)
    delay = debounce_ms(release)
    timer = scheduler._timer
    scheduler.request(release)  # the first change ever
    assert timer.isActive() and timer.interval() == 0
    timer.stop()  # (as if it had started the render)
    for gap_ms in (1, delay // 2, delay - 1):  # a burst: each waits for the pause
        clock.now += gap_ms / 1000
        scheduler.request(release)
        assert timer.interval() == delay, gap_ms
    clock.now += (delay + 1) / 1000  # a pause longer than the delay: at once again
    scheduler.request(release)
    assert timer.interval() == 0
    clock.now += 0.001
    scheduler.request(release)  # a render about to start is not put off: it takes this too
    assert timer.isActive() and timer.interval() == 0
    timer.stop()
    scheduler.request(release, immediately=True)  # asked for at once, in a burst too
    assert timer.interval() == 0
    timer.stop()


@pytest.mark.parametrize("length", LENGTHS)
def test_a_burst_ends_in_one_render_of_its_last_state(qtbot: QtBot, clock: Clock,
                                                      length: int,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # A pause no burst on a loaded machine can reach (an hour): the test clock decides
    # that the burst's changes come without a pause, and the test says when the pause
    # is over (the timer restarted with no wait), so the real timer never fires mid-burst.
    pause = 3_600_000
    monkeypatch.setattr(preview, "debounce_ms", lambda release: pause)
    bodies = [f"{'w' * length} marker{n}" for n in range(4)]
    current = [Release(body=bodies[0])]
    rendered: list[int] = []
    scheduler = RenderScheduler(lambda: current[0])
    shown: list[str] = []
    scheduler.ready.connect(lambda result: rendered.append(result.generation))
    scheduler.ready.connect(lambda result: shown.append(result.text))
    for body in bodies:  # four changes 5 ms apart, the event loop running between them
        current[0] = Release(body=body)
        scheduler.request(current[0])
        qtbot.wait(1)
        clock.now += 0.005
    # The first at once; the rest of the burst waits for the pause.
    qtbot.waitUntil(lambda: len(rendered) == 1, timeout=10_000)
    qtbot.wait(150)
    assert len(rendered) == 1
    timer = scheduler._timer
    assert timer.isActive() and timer.interval() == pause
    timer.setInterval(0)  # the pause is over (a running timer restarts with it)
    # Then one more render for the rest of the burst, with the last body.
    qtbot.waitUntil(lambda: len(rendered) == 2, timeout=10_000)
    qtbot.wait(150)
    assert len(rendered) == 2
    assert "marker3" in shown[-1] and "marker2" not in shown[-1]
    scheduler.shutdown()

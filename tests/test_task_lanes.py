"""Lanes (gui/basics/tasks.py) over random interleavings of requests, finishes and
deliveries, with a fake executor: never two jobs at once, never an older result shown after
a newer one, and the newest request is always the last one shown. And: no hand-made thread
or nested event loop is left in the editor."""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from releasedesk.gui.basics.tasks import Lane, LaneState, Outcome, Receiver

from conftest import ROOT

GUI = ROOT / "src" / "releasedesk" / "gui"
ABSTRACTION = GUI / "basics" / "tasks.py"
HAND_MADE = re.compile(r"\bQEventLoop\s*\(|\bQThread\s*\(|\bThread\s*\(|threading\.Timer\s*\(")


def hand_made(text: str) -> list[str]:
    """The lines of *text* that start a thread or an event loop of their own."""
    return [line.strip() for line in text.splitlines() if HAND_MADE.search(line)]


@pytest.mark.parametrize(("line", "found"), [
    ("    loop = QEventLoop()", True),
    ("    worker = threading.Thread(target=work, daemon=True)", True),
    ("    t = Thread (target=work)", True),
    ("    self.thread = QThread(self)", True),
    ("    threading.Timer(1.0, go).start()", True),
    ("    timer = QTimer(self, singleShot=True)", False),
    ("    lock = threading.Lock()", False),
    ("    pool().start(job)", False),
])
def test_the_search_for_hand_made_threads_finds_them(line: str, found: bool) -> None:
    assert bool(hand_made(line)) is found


def test_no_hand_made_thread_or_nested_event_loop_is_left_in_the_editor() -> None:
    modules = sorted(GUI.rglob("*.py"))
    assert ABSTRACTION in modules and len(modules) > 50
    found = {str(path.relative_to(GUI)): hand_made(path.read_text(encoding="utf-8"))
             for path in modules if path != ABSTRACTION}
    assert {path: lines for path, lines in found.items() if lines} == {}


class Bench:
    """A lane run by hand: started jobs wait in `started` until the test finishes them;
    outcomes wait in `posted` until the test delivers them (in any order it likes)."""

    def __init__(self, latest_only: bool) -> None:
        self.started: list[Callable[[], None]] = []
        self.posted: list[tuple[int, Outcome]] = []
        self.lane = Lane("a test lane", latest_only=latest_only, executor=self.started.append,
                         post=self.post)
        self.shown: list[int] = []
        self.ran: list[int] = []
        self.lane.done.connect(self.show)
        self.running = 0
        self.most_at_once = 0

    def post(self, receiver: weakref.ref[Receiver], generation: int, outcome: Outcome) -> None:
        assert receiver() is self.lane
        self.posted.append((generation, outcome))

    def show(self, value: object) -> None:
        assert isinstance(value, int)
        self.shown.append(value)

    def job(self, value: int) -> Callable[[], object]:
        def work() -> object:
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
            self.ran.append(value)
            self.running -= 1
            return value
        return work

    def finish(self, index: int) -> None:
        # The executor got the job while no other was started and unfinished: one at a time.
        assert len(self.started) == 1
        self.started.pop(index % len(self.started))()

    def deliver(self, index: int) -> None:
        generation, outcome = self.posted.pop(index % len(self.posted))
        self.lane._receive(generation, outcome)

    def drain(self) -> None:
        while self.started or self.posted:
            if self.started:
                self.finish(0)
            else:
                self.deliver(0)


ACTIONS = st.lists(st.tuples(st.sampled_from(["ask", "finish", "deliver", "here"]),
                             st.integers(0, 5)), max_size=60)


@settings(max_examples=300, deadline=None)
@given(actions=ACTIONS, latest_only=st.booleans())
def test_a_stale_result_never_overwrites_a_newer_one(qapp: QApplication,
                                                     actions: list[tuple[str, int]],
                                                     latest_only: bool) -> None:
    bench = Bench(latest_only)
    asked: list[int] = []
    superseded: set[int] = set()  # asked for while a job ran, then replaced by a newer
    values: dict[int, int] = {}  # job number → the value it returns
    submitted: list[int] = []  # (the jobs asked for, not run here)
    for number, (action, index) in enumerate(actions):
        if action == "ask":
            waiting = [job for job, _ in bench.lane.state.waiting]
            values[bench.lane.submit(bench.job(number))] = number
            if latest_only:
                superseded.update(values[job] for job in waiting)
            asked.append(number)
            submitted.append(number)
        elif action == "here":
            assert bench.lane.run_here(bench.job(number)) == number
            asked.append(number)
        elif action == "finish" and bench.started:
            bench.finish(index)
        elif action == "deliver" and bench.posted:
            bench.deliver(index)
        assert bench.most_at_once <= 1
        assert bench.shown == sorted(bench.shown)  # never an older result after a newer
    bench.drain()
    assert bench.shown == sorted(set(bench.shown))
    assert not bench.lane.busy
    if asked:
        assert bench.shown[-1] == asked[-1]  # the newest request is the last thing shown
    if latest_only:
        assert not superseded & set(bench.ran)  # a job replaced while waiting never runs
    else:
        # Every job run, in the order asked for.
        assert [value for value in bench.ran if value in submitted] == submitted


@settings(max_examples=200, deadline=None)
@given(actions=st.lists(st.sampled_from(["ask", "finish"]), max_size=40))
def test_the_bookkeeping_alone_runs_one_job_at_a_time_and_the_newest_last(
        actions: list[str]) -> None:
    state = LaneState(latest_only=True)
    running: list[tuple[int, Callable[[], object]]] = []
    for action in actions:
        if action == "ask":
            job = state.ask(lambda: None)
            if job is not None:
                assert not running
                running.append(job)
        elif running:
            running.pop()
            following = state.finished()
            if following is not None:
                running.append(following)
                assert following[0] == state.asked  # only the newest waits
        assert len(running) <= 1
    while running:
        last = running.pop()
        following = state.finished()
        if following is not None:
            running.append(following)
        elif state.asked:
            assert last[0] == state.asked


def test_a_failing_job_is_handed_on_as_one_sentence_and_logged(qtbot: QtBot,
                                                               caplog: pytest.LogCaptureFixture,
                                                               ) -> None:
    bench = Bench(latest_only=True)
    failed: list[object] = []
    bench.lane.failed.connect(failed.append)

    def broken() -> object:
        return dict[str, int]()["missing"]

    bench.lane.submit(broken)
    bench.drain()
    [error] = failed
    assert "error inside ReleaseDesk (KeyError)" in str(error) and "\n" not in str(error)
    [record] = [r for r in caplog.records if r.exc_info]
    assert record.exc_info is not None and record.exc_info[0] is KeyError
    assert bench.shown == []


def test_a_lane_shut_down_delivers_nothing_more_and_drops_the_waiting_job(qtbot: QtBot) -> None:
    bench = Bench(latest_only=False)
    bench.lane.submit(bench.job(1))
    bench.lane.submit(bench.job(2))
    bench.lane.shutdown(timeout=0)
    bench.drain()
    assert bench.ran == [1] and bench.shown == []
    assert not bench.lane.busy


def test_the_structural_test_reads_the_files_it_names() -> None:
    assert hand_made(Path(__file__).read_text(encoding="utf-8"))  # (its own examples)

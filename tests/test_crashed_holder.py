"""A ReleaseDesk killed by `kill -9` leaves its lock and its recovery copy behind, and its
number may still show as a process: killed but not yet reaped by its parent (a zombie), or
taken by a new process since (found by tester14: reopening the crashed file opened it
read-only, "being edited by root on vm", and did not offer its own recovery copy).

A lock or a copy on this computer whose writer is gone in either way is taken over or
offered; one whose writer still runs, or that another computer wrote, is not."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.gui.app.launch import _show, offer_recovery
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.dialogs.prompts import RecoveryChoice
from releasedesk.locks import DocumentLock, hostname, lock_path, pid_alive
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import FakePrompts

SAMPLE = SAMPLES / "tidewater-ferry-terminal.release"

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(),
                                reason="the system shows no process states (/proc)")


def _child() -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])


@pytest.fixture
def zombie() -> Iterator[int]:
    """The number of a process killed with SIGKILL and not yet reaped: still a process to
    os.kill, gone to everyone else."""
    child = _child()
    child.kill()
    deadline = time.monotonic() + 30
    while _state(child.pid) != "Z" and time.monotonic() < deadline:
        time.sleep(0.01)
    assert _state(child.pid) == "Z"
    yield child.pid
    child.wait()


@pytest.fixture
def running() -> Iterator[int]:
    """A process started just now, still running."""
    child = _child()
    yield child.pid
    child.kill()
    child.wait()


def _state(pid: int) -> str:
    stat = Path(f"/proc/{pid}/stat").read_text()
    return stat[stat.rfind(")") + 2:].split()[0]


def _ago(seconds: float) -> datetime:
    return datetime.now(UTC) - timedelta(seconds=seconds)


# (the writer, how long before now it wrote, whether it is the one still running)
WRITERS = [
    ("zombie", 5, False), ("zombie", -60, False), ("zombie", 3600, False),
    ("running", 3600, False), ("running", 600, False), ("running", 60, False),
    ("running", 0, True), ("running", -60, True), ("running", None, True),
    ("self", 0, True), ("self", -60, True),
]


def _pid(who: str, zombie: int, running: int) -> int:
    return {"zombie": zombie, "running": running, "self": os.getpid()}[who]


@pytest.mark.parametrize("who, ago, alive", WRITERS)
def test_a_killed_or_replaced_process_is_no_writer(zombie: int, running: int, who: str,
                                                   ago: float | None, alive: bool) -> None:
    since = None if ago is None else _ago(ago).timestamp()
    assert pid_alive(_pid(who, zombie, running), since) is alive


@pytest.mark.parametrize("host", ["here", "elsewhere"])
@pytest.mark.parametrize("who, ago, alive", WRITERS)
def test_a_lock_of_a_gone_writer_on_this_computer_is_taken_over(
        tmp_path: Path, zombie: int, running: int, who: str, ago: float | None, alive: bool,
        host: str) -> None:
    story = tmp_path / "story.release"
    since = "" if ago is None else _ago(ago).isoformat(timespec="seconds")
    lock_path(story).write_text(json.dumps({
        "user": "root", "host": hostname() if host == "here" else f"{hostname()}-other",
        "pid": _pid(who, zombie, running), "since": since, "token": "t"}))
    mine = DocumentLock(story)
    holder = mine.acquire()
    taken = host == "here" and not alive
    assert (holder is None) is taken
    assert mine.held is taken
    assert (json.loads(lock_path(story).read_text())["token"] == mine.token) is taken
    mine.release()


@pytest.mark.parametrize("answer", list(RecoveryChoice))
@pytest.mark.parametrize("spelled", ["crash.release", "./crash.release", "absolute"])
def test_reopening_the_crashed_file_offers_its_own_copy(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, zombie: int,
        answer: RecoveryChoice, spelled: str) -> None:
    folder = tmp_path / "w"
    folder.mkdir()
    crashed = folder / "crash.release"
    crashed.write_bytes(SAMPLE.read_bytes())
    monkeypatch.chdir(folder)
    store = RecoveryStore(tmp_path / "recovery")
    unsaved = document.load(SAMPLE)
    unsaved.headline = "Typed before the crash"
    store.write("crashed", unsaved, crashed)
    meta = store.folder / "crashed.json"
    meta.write_text(meta.read_text().replace(f'"pid": {os.getpid()}', f'"pid": {zombie}'))
    lock_path(crashed).write_text(json.dumps({
        "user": "root", "host": hostname(), "pid": zombie,
        "since": _ago(5).isoformat(timespec="seconds"), "token": "dead"}))
    prompts = FakePrompts()
    prompts.restore_answer = answer
    window = MainWindow(Settings(), prompts, store, shown_blank=False)
    qtbot.addWidget(window)
    target = crashed if spelled == "absolute" else Path(spelled)

    offer_recovery(window, lambda restored: _show(window, [str(target)], restored), target)

    assert prompts.restore_asked == 1
    assert "another release" not in window.statusBar().currentMessage()
    assert window.manager.path is not None and window.manager.path.resolve() == crashed
    assert not window.manager.read_only
    restored = answer is RecoveryChoice.RESTORE
    assert (window.manager.release.headline == "Typed before the crash") is restored
    window.manager.modified = False
    window.close()

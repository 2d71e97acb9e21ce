"""Document locks: exactly one winner when processes race, and no lock file stops the editor."""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from pathlib import Path

import pytest

from releasedesk.locks import LOCK_GRACE_S, DocumentLock, LockHolder, hostname, lock_path

from lock_racer import race

TRIALS = 80


@pytest.mark.parametrize("hard_links", [True, False], ids=["link", "no-hard-links"])
def test_two_processes_racing_for_one_file_get_exactly_one_lock(tmp_path: Path,
                                                                hard_links: bool) -> None:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    racers = [context.Process(target=race, args=(barrier, results, str(tmp_path), TRIALS, name,
                                                 hard_links)) for name in ("a", "b")]
    for racer in racers:
        racer.start()
    outcomes: dict[int, list[bool]] = {}
    for _ in range(2 * TRIALS):
        trial, _name, won = results.get(timeout=120)
        outcomes.setdefault(trial, []).append(won)
    for racer in racers:
        racer.join(timeout=60)
        assert racer.exitcode == 0
    assert len(outcomes) == TRIALS
    doubles = [trial for trial, won in outcomes.items() if sorted(won) != [False, True]]
    assert doubles == [], f"{len(doubles)} of {TRIALS} trials without exactly one winner"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith((".tmp", ".old"))]
    assert leftovers == []


def test_an_empty_lock_is_held_while_young_and_set_aside_when_old(tmp_path: Path) -> None:
    document = tmp_path / "story.release"
    lock = lock_path(document)
    lock.write_bytes(b"")  # what another window shows for a moment without hard links
    holder = DocumentLock(document).acquire()
    assert isinstance(holder, LockHolder)
    assert lock.read_bytes() == b""
    old = time.time() - 10 * LOCK_GRACE_S
    os.utime(lock, (old, old))
    mine = DocumentLock(document)
    assert mine.acquire() is None and mine.held
    assert json.loads(lock.read_text())["token"] == mine.token
    assert lock.with_name(lock.name + ".damaged").read_bytes() == b""
    mine.release()
    assert not lock.exists()


def test_a_live_holder_is_reported_and_a_dead_one_taken_over(tmp_path: Path) -> None:
    document = tmp_path / "story.release"
    first = DocumentLock(document)
    assert first.acquire() is None
    holder = DocumentLock(document).acquire()
    assert holder is not None and holder.token == first.token and holder.pid == os.getpid()
    lock_path(document).write_text(json.dumps({
        "user": "ghost", "host": hostname(), "pid": 2**22 + 12345, "since": "", "token": "x"}))
    second = DocumentLock(document)
    assert second.acquire() is None
    assert json.loads(lock_path(document).read_text())["token"] == second.token
    first.release()  # no longer first's: left alone
    assert lock_path(document).exists()

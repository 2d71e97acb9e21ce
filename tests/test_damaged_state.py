"""Damaged lock and recovery files: reported once, set aside, never stopping the editor.

The readers are fed hypothesis-made JSON and bytes; the nasty cases found by the issue-11
attack (pids of 1e400 and 2**64, 100,000 "[", an "original" that is a number) are pinned
as examples.
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.locks import LOCK_GRACE_S, DocumentLock, LockHolder, lock_path, parse_holder
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import opens

SAMPLE = SAMPLES / "fernhollow-seed-bank.release"
PATIENT = settings(max_examples=120, deadline=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture,
                                          HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=12)
lock_like = st.fixed_dictionaries({}, optional={
    "user": json_values, "host": json_values, "pid": json_values | st.integers(),
    "since": json_values, "token": json_values})
contents = (st.binary(max_size=200)
            | json_values.map(lambda v: json.dumps(v).encode())
            | lock_like.map(lambda v: json.dumps(v).encode()))
NASTY = [b'{"pid": 1e400}', b'{"pid": 18446744073709551616}', b"[" * 100_000,
         b'{"pid": ' + b"9" * 5000 + b"}", b'{"pid": -1, "host": "x"}', b'{"user": 5}',
         b"\xff\xfe", b'{"since": "0001-01-01T00:00:00+14:00", "pid": 1, "host": "far"}']


def no_errors_logged(caplog: pytest.LogCaptureFixture) -> None:
    bad = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert bad == [], [r.getMessage() for r in bad]


@PATIENT
@given(raw=contents, old=st.booleans())
@example(raw=NASTY[0], old=True).via("pid 1e400")
@example(raw=NASTY[1], old=True).via("pid 2**64")
@example(raw=NASTY[2], old=True).via("100,000 [")
@example(raw=NASTY[3], old=False).via("5000 digits")
@example(raw=NASTY[7], old=False).via("year 1")
def test_any_lock_file_is_judged_without_raising(tmp_path_factory: pytest.TempPathFactory,
                                                 caplog: pytest.LogCaptureFixture, raw: bytes,
                                                 old: bool) -> None:
    folder = tmp_path_factory.mktemp("lock")
    document_path = folder / "story.release"
    lock = lock_path(document_path)
    lock.write_bytes(raw)
    if old:
        then = time.time() - 10 * LOCK_GRACE_S
        os.utime(lock, (then, then))
    holder = parse_holder(raw)
    ours = DocumentLock(document_path)
    result = ours.acquire()
    no_errors_logged(caplog)
    if result is None:
        assert ours.held and json.loads(lock.read_text())["token"] == ours.token
        if holder is None:  # a damaged lock: set aside, not read again
            assert lock.with_name(lock.name + ".damaged").read_bytes() == raw
        ours.release()
        assert not lock.exists()
    else:
        assert isinstance(result, LockHolder) and result.describe()
        assert lock.read_bytes() == raw  # someone else's (or too young to judge): untouched
        assert holder is not None or not old
    assert sorted(p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".old"))) == []


@PATIENT
@given(raw=contents)
def test_parse_holder_accepts_only_what_a_lock_can_hold(raw: bytes) -> None:
    holder = parse_holder(raw)
    if holder is not None:
        assert isinstance(holder.pid, int) and 0 <= holder.pid < 2**31
        assert all(isinstance(x, str) and len(x) <= 200 and x.isprintable()
                   for x in (holder.user, holder.host, holder.since, holder.token))


meta_like = st.fixed_dictionaries({}, optional={
    "original": json_values, "saved_at": json_values | st.just("2026-11-25T10:00:00+00:00"),
    "pid": json_values | st.integers(), "headline": json_values})


@PATIENT
@given(raw=st.binary(max_size=200) | json_values.map(lambda v: json.dumps(v).encode())
       | meta_like.map(lambda v: json.dumps(v).encode()))
@example(raw=b'{"pid": 18446744073709551616, "saved_at": "2026-11-25T10:00:00+00:00"}')
@example(raw=b'{"pid": 1, "original": 5, "saved_at": "2026-11-25T10:00:00+00:00"}')
@example(raw=b'{"pid": 1e400, "saved_at": "2026-11-25T10:00:00+00:00"}')
@example(raw=b"[" * 100_000)
@example(raw=b'{"saved_at": "0001-01-01T00:00:00+14:00"}')
def test_any_recovery_metadata_is_read_or_set_aside(tmp_path_factory: pytest.TempPathFactory,
                                                    caplog: pytest.LogCaptureFixture,
                                                    raw: bytes) -> None:
    store = RecoveryStore(tmp_path_factory.mktemp("recovery"))
    store.folder.mkdir(exist_ok=True)
    copy_bytes = SAMPLE.read_bytes()
    (store.folder / "k.release").write_bytes(copy_bytes)
    (store.folder / "k.json").write_bytes(raw)
    found = store.pending()
    no_errors_logged(caplog)
    if (store.folder / "k.json").exists():  # read as metadata: offered or still running
        assert store.set_aside_copies == []
        assert [c.key for c in found] in ([], ["k"])
    else:
        assert found == []
        assert (store.folder / "k.json.damaged").read_bytes() == raw
        assert store.set_aside_copies == [store.folder / "k.damaged.release"]
        assert document.load(store.folder / "k.damaged.release").headline
        assert store.pending() == []  # never read again


@pytest.mark.parametrize("meta", [
    '{"pid": 18446744073709551616, "saved_at": "2026-11-25T10:00:00+00:00"}',
    '{"pid": 4194000, "original": 5, "saved_at": "2026-11-25T10:00:00+00:00"}',
])
def test_the_editor_starts_past_damaged_recovery_files_and_says_so_once(qtbot: QtBot,
                                                                        tmp_path: Path,
                                                                        meta: str) -> None:
    from releasedesk.gui.app.main_window import MainWindow

    from gui_helpers import FakePrompts, recovered

    store = RecoveryStore(tmp_path / "recovery")
    store.folder.mkdir()
    (store.folder / "k.release").write_bytes(SAMPLE.read_bytes())
    (store.folder / "k.json").write_text(meta)
    prompts = FakePrompts()
    window = MainWindow(Settings(), prompts, store)
    qtbot.addWidget(window)
    assert not recovered(window)
    assert prompts.errors == []
    assert len(prompts.infos) == 1 and "k.damaged.release" in prompts.infos[0]
    assert "\n" not in prompts.infos[0]
    assert not recovered(window)  # reported once: nothing to say the second time
    assert len(prompts.infos) == 1
    assert opens(window, store.folder / "k.damaged.release")  # the text is not lost
    window.manager.modified = False
    window.close()


def test_a_recovery_copy_that_cannot_be_loaded_is_set_aside(qtbot: QtBot, tmp_path: Path) -> None:
    from releasedesk.gui.app.main_window import MainWindow

    from gui_helpers import FakePrompts, recovered

    store = RecoveryStore(tmp_path / "recovery")
    store.write("k", document.load(SAMPLE), None)
    meta = store.folder / "k.json"
    meta.write_text(meta.read_text().replace(f'"pid": {os.getpid()}', '"pid": 4194000'))
    (store.folder / "k.release").write_bytes(b"{ half a rel")
    prompts = FakePrompts()
    window = MainWindow(Settings(), prompts, store)
    qtbot.addWidget(window)
    assert not recovered(window)
    assert (store.folder / "k.damaged.release").read_bytes() == b"{ half a rel"
    assert len(prompts.infos) == 1 and "k.damaged.release" in prompts.infos[0]
    window.close()


def test_a_damaged_lock_never_stops_opening(qtbot: QtBot, tmp_path: Path) -> None:
    from releasedesk.gui.app.main_window import MainWindow

    from gui_helpers import FakePrompts

    work = tmp_path / "story.release"
    work.write_bytes(SAMPLE.read_bytes())
    for raw in NASTY:
        lock_path(work).write_bytes(raw)
        then = time.time() - 10 * LOCK_GRACE_S
        os.utime(lock_path(work), (then, then))
        prompts = FakePrompts()
        window = MainWindow(Settings(), prompts, RecoveryStore(tmp_path / "recovery"))
        qtbot.addWidget(window)
        assert opens(window, work)
        assert prompts.errors == []
        window.manager.modified = False
        window.close()

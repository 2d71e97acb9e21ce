"""Pipes, devices and sockets: never read as a document (no hang), never replaced by a save.

Every check runs under an alarm, so a regression that blocks on a FIFO fails the test
instead of hanging the run.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.errors import ReleaseDeskError
from releasedesk.profiles import ProfileStore, load_profile
from releasedesk.settings import Settings, load_settings

from conftest import SAMPLES
from gui_helpers import opens, wait_for_tasks
from helpers import make_release
from test_cli import EXE, assert_one_line_error

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
WIRE = SAMPLES / "tidewater-ferry-terminal.release"
NOT_A_FILE = "pipe, device or socket"


class Blocked(Exception):  # not an OSError: no reader may take it for a read error
    pass


@pytest.fixture(autouse=True)
def _never_hang() -> Iterator[None]:
    def timeout(signum: int, frame: object) -> None:
        raise Blocked("blocked on a special file")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(20)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "releasedesk.cli"]
    return subprocess.run([*command, *map(str, args)], capture_output=True, text=True,
                          timeout=30)


def make_fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


@contextlib.contextmanager
def make_socket(path: Path) -> Iterator[Path]:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        yield path
    finally:
        server.close()


def make_device(path: Path) -> Path:
    """A character device like /dev/null, made here so a regression cannot harm the real one."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    return path



def kind(path: Path) -> int:
    return stat.S_IFMT(os.lstat(path).st_mode)


def test_a_fifo_as_input_is_refused_at_once(tmp_path: Path) -> None:
    fifo = make_fifo(tmp_path / "f.release")
    for command in ("check", "export"):
        assert_one_line_error(run(command, fifo), "f.release", NOT_A_FILE)
    profile = make_fifo(tmp_path / "house.json")
    assert_one_line_error(run("profile", "import", profile), "house.json", NOT_A_FILE)
    with pytest.raises(ReleaseDeskError, match=NOT_A_FILE):
        document.load(fifo)
    with pytest.raises(ReleaseDeskError, match=NOT_A_FILE):
        load_profile(profile)
    assert kind(fifo) == stat.S_IFIFO and kind(profile) == stat.S_IFIFO
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.release", "house.json"]


def test_devices_and_sockets_as_input_are_refused(tmp_path: Path) -> None:
    device = make_device(tmp_path / "null.release")
    with make_socket(tmp_path / "s.release") as sock:
        for path in (device, sock):
            assert_one_line_error(run("check", path), path.name, NOT_A_FILE)
            with pytest.raises(ReleaseDeskError, match=NOT_A_FILE):
                load_profile(path)


def test_a_fifo_in_the_profiles_folder_is_skipped_and_reported() -> None:
    store = ProfileStore()
    store.user_dir.mkdir(parents=True)
    make_fifo(store.user_dir / "stuck.json")
    assert "calloway-wire" in store.names()
    assert len(store.problems) == 1 and NOT_A_FILE in store.problems[0]


def test_a_fifo_as_settings_file_means_defaults() -> None:
    from releasedesk import paths

    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    make_fifo(paths.settings_file())
    assert load_settings() == Settings()


@pytest.mark.parametrize("special", ["fifo", "device", "socket"])
def test_a_special_output_is_never_replaced(tmp_path: Path, special: str) -> None:
    with contextlib.ExitStack() as stack:
        target = tmp_path / "out.txt"
        if special == "fifo":
            make_fifo(target)
        elif special == "device":
            make_device(target)
        else:
            stack.enter_context(make_socket(target))
        before = kind(target)
        assert_one_line_error(run("export", WIRE, "-f", "txt", "-o", target), "out.txt",
                              NOT_A_FILE)
        with pytest.raises(ReleaseDeskError, match=NOT_A_FILE):
            document.save(make_release(), target)
        with pytest.raises(ReleaseDeskError, match=NOT_A_FILE):
            ProfileStore().export("calloway-wire", target)
        assert kind(target) == before
        assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_the_editor_refuses_a_fifo_and_an_export_onto_one(qtbot: QtBot, tmp_path: Path) -> None:
    from releasedesk.gui.app.main_window import MainWindow
    from releasedesk.recovery import RecoveryStore

    from gui_helpers import FakePrompts

    prompts = FakePrompts()
    window = MainWindow(Settings(), prompts, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    fifo = make_fifo(tmp_path / "f.release")
    assert not opens(window, fifo)
    assert len(prompts.errors) == 1 and NOT_A_FILE in prompts.errors[0]
    prompts.next_path = make_fifo(tmp_path / "out.html")
    window.export("html")
    wait_for_tasks()
    assert len(prompts.errors) == 2 and NOT_A_FILE in prompts.errors[1]
    assert kind(tmp_path / "out.html") == stat.S_IFIFO
    window.manager.modified = False
    window.close()


def test_importing_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "draft.txt"
    os.mkfifo(fifo)
    from releasedesk.importing.source import read_draft_bytes

    with pytest.raises(ReleaseDeskError, match="draft.txt"):
        read_draft_bytes(fifo)

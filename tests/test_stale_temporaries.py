"""What saves killed before their rename leave beside a release (``.NAME.XXXXXXXX.tmp``) is
removed when the editor opens that release again, and nothing else ever is: not a young
temporary, not one a live save holds, not another file's, not a link, folder or pipe."""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from releasedesk import atomic, document
from releasedesk.atomic import STALE_AFTER_S, remove_stale_temporaries

from gui_helpers import opens
from helpers import make_release

OLD = time.time() - STALE_AFTER_S - 60


def plant(path: Path, mtime: float = OLD, data: bytes = b"half a save") -> Path:
    path.write_bytes(data)
    os.utime(path, (mtime, mtime))
    return path


def listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.release"
    document.save(make_release(), path)
    return path


def test_a_killed_saves_temporary_is_found_by_its_own_name(story: Path) -> None:
    """The temporary stage() really makes (a save killed before commit) is what is removed."""
    staged = atomic.stage(story, b"new bytes", "save")
    assert staged.temporary is not None and staged.temporary.exists()
    assert remove_stale_temporaries(story) == []  # just written: a save may still be at it
    os.utime(staged.temporary, (OLD, OLD))
    assert remove_stale_temporaries(story) == [staged.temporary]
    assert listing(story.parent) == {"story.release"}
    assert document.load(story).headline == make_release().headline


def test_only_old_regular_temporaries_of_that_file_go(story: Path) -> None:
    folder = story.parent
    stale = [plant(folder / f".story.release.{name}.tmp") for name in ("abcd1234", "z_9y8x7w")]
    elsewhere = folder / "elsewhere"
    elsewhere.mkdir()
    keep = [
        plant(folder / ".story.release.young123.tmp", mtime=time.time() - 5),
        plant(folder / ".story.release.future12.tmp", mtime=time.time() + 3600),
        plant(folder / ".other.release.abcd1234.tmp"),  # another release's
        plant(folder / ".story.release.abcd12345.tmp"),  # not what mkstemp names
        plant(folder / ".story.release.abcd1234.tmp.keep"),
        plant(folder / "story.release.abcd1234.tmp"),
        plant(folder / ".story.release.ABCD1234.tmp"),
        plant(folder / ".~lock.story.release#.0123456789abcdef.tmp"),  # a lock's own
        plant(folder / "notes.txt"),
        plant(elsewhere / ".story.release.abcd1234.tmp"),
    ]
    target = plant(folder / "precious.bin")
    link = folder / ".story.release.link1234.tmp"
    link.symlink_to(target)
    os.utime(link, (OLD, OLD), follow_symlinks=False)
    (folder / ".story.release.folder12.tmp").mkdir()
    pipe = folder / ".story.release.pipe1234.tmp"
    os.mkfifo(pipe)
    os.utime(pipe, (OLD, OLD))

    assert remove_stale_temporaries(story) == sorted(stale)
    assert not any(p.exists() for p in stale)
    assert all(p.exists() for p in keep)
    assert link.is_symlink() and target.read_bytes() == b"half a save"
    assert (folder / ".story.release.folder12.tmp").is_dir() and pipe.exists()
    assert remove_stale_temporaries(story) == []


def test_a_temporary_a_live_save_holds_is_never_removed(story: Path) -> None:
    """However old it looks (a save stalled on a slow share), a locked temporary stays."""
    writing = plant(story.parent / ".story.release.live1234.tmp")
    with writing.open("ab") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert remove_stale_temporaries(story) == []
        assert writing.exists()
    assert remove_stale_temporaries(story) == [writing]  # its writer is gone


def test_a_saves_temporary_is_locked_while_it_is_written(story: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    fsync = os.fsync

    def judged_mid_save(fd: int) -> None:  # the bytes are written, the file not yet closed
        for temporary in story.parent.glob(".story.release.*.tmp"):
            os.utime(temporary, (OLD, OLD))
            seen.append(remove_stale_temporaries(story) == [] and temporary.exists())
        fsync(fd)

    monkeypatch.setattr(os, "fsync", judged_mid_save)
    atomic.write_atomic(story, [b"new", b" bytes"])
    assert seen == [True]
    assert story.read_bytes() == b"new bytes"


def test_the_temporaries_of_a_linked_release_are_beside_its_file(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    document.save(make_release(), real / "target.release")
    link = tmp_path / "story.release"
    link.symlink_to(real / "target.release")
    stale = plant(real / ".target.release.abcd1234.tmp")
    beside_link = plant(tmp_path / ".story.release.abcd1234.tmp")
    assert remove_stale_temporaries(link) == [stale]
    assert beside_link.exists()


def test_the_editor_clears_them_when_it_opens_the_release(qtbot: QtBot, story: Path) -> None:
    from releasedesk.gui.app.main_window import MainWindow
    from releasedesk.recovery import RecoveryStore
    from releasedesk.settings import Settings

    from gui_helpers import FakePrompts

    folder = story.parent
    stale = plant(folder / ".story.release.abcd1234.tmp")
    young = plant(folder / ".story.release.young123.tmp", mtime=time.time())
    other = plant(folder / ".other.release.abcd1234.tmp")
    document.load(story)  # reading alone (releasedesk check, export) leaves the folder be
    assert stale.exists()
    window = MainWindow(Settings(), FakePrompts(), RecoveryStore(folder / "recovery"))
    qtbot.addWidget(window)
    assert opens(window, story)
    assert not stale.exists() and young.exists() and other.exists()
    window.close()


def test_a_release_open_elsewhere_keeps_its_temporaries(qtbot: QtBot, story: Path) -> None:
    """Another window has it open (its lock): that window's saves are not ours to judge."""
    from releasedesk.gui.app.main_window import MainWindow
    from releasedesk.locks import DocumentLock
    from releasedesk.recovery import RecoveryStore
    from releasedesk.settings import Settings

    from gui_helpers import FakePrompts

    stale = plant(story.parent / ".story.release.abcd1234.tmp")
    lock = DocumentLock(story)
    assert lock.acquire() is None
    window = MainWindow(Settings(), FakePrompts(), RecoveryStore(story.parent / "recovery"))
    qtbot.addWidget(window)
    assert opens(window, story)
    assert window.manager.read_only and stale.exists()
    window.close()
    lock.release()

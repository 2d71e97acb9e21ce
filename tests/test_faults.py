"""Faults that must never lose a word: kills mid-save, full disks, read-only folders, bad files."""

from __future__ import annotations

import contextlib
import errno
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.errors import ReleaseDeskError
from releasedesk.model import Release

from conftest import SAMPLES
from gui_helpers import opens
from helpers import make_release
from test_cli import BAD_FILES, assert_one_line_error, run

# One process loads the two versions once and forks a writer for each kill: each writer
# is a process of its own, saving in a loop until it is killed (a fresh interpreter per
# kill spent most of this test importing and loading the same two files again).
SAVERS = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from releasedesk import document
    target = Path(sys.argv[1])
    versions = [document.load(Path(p)) for p in sys.argv[2:4]]
    while sys.stdin.readline():  # a line asks for a writer
        writer = os.fork()
        if writer == 0:
            print("ready", os.getpid(), flush=True)
            n = 0
            while True:
                document.save(versions[n % 2], target)
                n += 1
        os.waitpid(writer, 0)  # until the test kills it
        print("gone", flush=True)
""")


def big_release(tag: str) -> Release:
    body = "\n\n".join(f"{tag} paragraph {n}: " + "words of the release " * 40
                       for n in range(1200))
    return make_release(headline=f"Version {tag}", body=body)


def test_killed_mid_save_leaves_old_or_new_never_partial(tmp_path: Path) -> None:
    versions = []
    for tag in ("A", "B"):
        path = tmp_path / f"{tag}.release"
        document.save(big_release(tag), path)
        versions.append(path)
    complete = {p.read_bytes() for p in versions}
    assert min(len(c) for c in complete) > 1_000_000
    target = tmp_path / "target.release"
    target.write_bytes(versions[0].read_bytes())
    rng = random.Random(20261125)
    outcomes = {"A": 0, "B": 0}
    savers = subprocess.Popen([sys.executable, "-c", SAVERS, str(target), *map(str, versions)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert savers.stdin is not None and savers.stdout is not None
    try:
        for _ in range(60):
            savers.stdin.write("go\n")
            savers.stdin.flush()
            ready, pid = savers.stdout.readline().split()
            assert ready == "ready"
            time.sleep(rng.uniform(0.0, 0.08))
            os.kill(int(pid), signal.SIGKILL)
            assert savers.stdout.readline().strip() == "gone"
            data = target.read_bytes()
            assert data in complete, f"partial file of {len(data)} bytes"
            outcomes["A" if b'"Version A"' in data else "B"] += 1
    finally:
        savers.stdin.close()
        savers.wait(timeout=30)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) <= 60  # killed writers may leave temp files, never a bad target
    assert document.load(target).headline in ("Version A", "Version B")


@contextlib.contextmanager
def mounted_tmpfs(folder: Path, options: str) -> Iterator[bool]:
    """A tiny tmpfs at *folder*; yields False where mounting is not allowed (not root)."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        yield False
        return
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                            capture_output=True, timeout=30)
    if result.returncode != 0:
        yield False
        return
    try:
        yield True
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=30)


def test_full_disk_on_save_and_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "small"
    with mounted_tmpfs(folder, "size=64k") as mounted:
        old = make_release(headline="Old")
        target = folder / "story.release"
        document.save(old, target)
        before = target.read_bytes()
        huge = big_release("A")
        if not mounted:  # not root: inject the error the kernel would give
            def full(fd: int) -> None:
                raise OSError(errno.ENOSPC, "No space left on device")
            monkeypatch.setattr(os, "fsync", full)
        with pytest.raises(ReleaseDeskError, match="disk is full"):
            document.save(huge, target)
        assert target.read_bytes() == before
        assert [p.name for p in folder.iterdir()] == ["story.release"]
        if mounted:
            source = tmp_path / "huge.release"
            document.save(huge, source)
            result = run("export", source, "-f", "txt", "-o", folder / "huge.txt")
            assert_one_line_error(result, "disk is full")
            assert not (folder / "huge.txt").exists()
            assert target.read_bytes() == before


def test_read_only_folder_on_save_and_export(tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    with mounted_tmpfs(folder, "size=64k") as mounted:
        if not mounted and os.geteuid() == 0:
            pytest.skip("root without mount permission: a read-only folder cannot be made")
        target = folder / "story.release"
        document.save(make_release(headline="Old"), target)
        before = target.read_bytes()
        if mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, timeout=30)
        else:
            folder.chmod(0o500)
        # (a read-only mount is no matter of permission: the sentence says which it is)
        said = "the folder is on a read-only disk" if mounted else "permission denied"
        try:
            with pytest.raises(ReleaseDeskError, match=said):
                document.save(make_release(headline="New"), target)
            result = run("export", SAMPLES / "fernhollow-seed-bank.release", "-f", "html",
                         "-o", folder / "out.html")
            assert_one_line_error(result, said)
        finally:
            if not mounted:
                folder.chmod(0o700)
        assert target.read_bytes() == before


def test_export_to_missing_folder_directory_and_odd_names(tmp_path: Path) -> None:
    sample = SAMPLES / "tidewater-ferry-terminal.release"
    assert_one_line_error(run("export", sample, "-f", "txt", "-o", tmp_path / "gone" / "a.txt"),
                          "folder does not exist")
    # -o names a folder where a folder is in the way of the export's own file name.
    (tmp_path / "tidewater-ferry-terminal.html").mkdir()
    assert_one_line_error(run("export", sample, "-f", "html", "-o", tmp_path), "is a folder")
    for name in ("release «draft» 新闻稿.txt", "quote's & <angle>.txt", " leading space.txt",
                 "-starts-with-dash.txt"):
        target = tmp_path / name
        result = run("export", sample, "-f", "txt", "-o", target)
        assert result.returncode == 0, result.stderr
        assert target.read_text(encoding="utf-8").startswith("FOR IMMEDIATE RELEASE")


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_in_the_editor_are_one_dialog_and_stay_untouched(qtbot: QtBot, tmp_path: Path,
                                                                   name: str) -> None:
    from releasedesk.gui.app.main_window import MainWindow
    from releasedesk.recovery import RecoveryStore
    from releasedesk.settings import Settings

    from gui_helpers import FakePrompts

    path = tmp_path / name
    path.write_bytes(BAD_FILES[name])
    prompts = FakePrompts()
    window = MainWindow(Settings(), prompts, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    window.form.headline.setText("Work in progress")
    release_before = window.manager.release
    assert not opens(window, path)
    # One message: a damaged file gets plain words with the technical detail behind a
    # button (both naming the file), any other problem one sentence.
    said = prompts.errors + [f"{n}: {detail}" for n, detail in prompts.damaged]
    assert len(said) == 1 and "\n" not in said[0]
    assert name in said[0]
    assert window.manager.release is release_before
    assert path.read_bytes() == BAD_FILES[name]
    window.close()


def test_fifty_megabyte_file_in_the_editor_is_refused_untouched(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    from releasedesk.gui.app.main_window import MainWindow
    from releasedesk.recovery import RecoveryStore
    from releasedesk.settings import Settings

    from gui_helpers import FakePrompts

    path = tmp_path / "huge.release"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    prompts = FakePrompts()
    window = MainWindow(Settings(), prompts, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    assert not opens(window, path)
    assert prompts.errors == [
        "huge.release is 50 MB, larger than any release (20 MB at most); it was not opened."]
    assert path.stat().st_size == 50 * 1024 * 1024
    window.close()

"""An output is never one of the inputs; special files end at once; every command that
changes a release holds its lock (issue 22, points 4, 5 and 6)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from releasedesk import cli, document
from releasedesk.locks import DocumentLock

from conftest import SAMPLES
from test_cli import EXE

WIRE = SAMPLES / "tidewater-ferry-terminal.release"


def _cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str]:
    code = cli.main([str(a) for a in args])
    return code, capsys.readouterr().err


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.release"
    path.write_bytes(WIRE.read_bytes())
    return path


def _aliases(path: Path) -> Iterator[Path]:
    """*path* itself, a symbolic link to it, a hard link to it, and a roundabout name."""
    yield path
    link = path.with_name("alias-link" + path.suffix)
    link.symlink_to(path)
    yield link
    hard = path.with_name("alias-hard" + path.suffix)
    os.link(path, hard)
    yield hard
    yield path.parent / "." / path.name


# -- point 4 -----------------------------------------------------------------------------

def test_import_never_writes_over_the_draft_it_reads(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Harbour Opens New Quay\n\nPORT CALLOWAY — A quay opened.\n", "utf-8")
    before = draft.read_bytes()
    for alias in _aliases(draft):
        code, err = _cli(capsys, "import", draft, "-o", alias, "--force")
        assert code == 2, alias
        assert "is the draft being imported" in err and err.count("\n") == 1
        assert draft.read_bytes() == before


def test_the_sheet_never_writes_over_its_release(story: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    before = story.read_bytes()
    docx = story.with_name("story-sheet.docx")
    os.link(story, docx)  # a sheet name that is the release by another name
    for target in [*_aliases(story), docx]:
        code, err = _cli(capsys, "sheet", story, "-o", target)
        assert code == 2, target
        assert "the release file itself" in err or "is written as .docx" in err
        assert story.read_bytes() == before


def test_export_never_writes_over_its_release(story: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    before = story.read_bytes()
    for alias in _aliases(story):
        code, err = _cli(capsys, "export", story, "-f", "txt", "-o", alias)
        assert code == 2 and "is the release file being exported" in err
        assert story.read_bytes() == before


def test_a_photo_that_is_the_release_is_refused(story: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    before = story.read_bytes()
    for alias in _aliases(story):
        code, err = _cli(capsys, "photo", "add", story, alias)
        assert code == 2 and "is the release file itself, not a photo" in err
        assert story.read_bytes() == before


def test_a_profile_is_never_exported_over_its_installed_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from releasedesk.profiles import ProfileStore

    source = tmp_path / "house.json"
    ProfileStore().export("calloway-wire", source)
    assert _cli(capsys, "profile", "import", source, "--force")[0] == 0
    installed = ProfileStore().path_for("calloway-wire")
    before = installed.read_bytes()
    code, err = _cli(capsys, "profile", "export", "calloway-wire", "-o", installed)
    assert code == 2 and "the installed profile itself" in err
    assert installed.read_bytes() == before


# -- point 5 -----------------------------------------------------------------------------

def _run(*args: object, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    command = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "releasedesk.cli"]
    return subprocess.run([*command, *map(str, args)], capture_output=True, text=True,
                          timeout=timeout)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_special_file_as_any_input_ends_at_once_in_one_sentence(story: Path, tmp_path: Path,
                                                                  kind: str) -> None:
    def special(name: str) -> Path:
        path = tmp_path / name
        if kind == "fifo":
            os.mkfifo(path)
        else:
            path.mkdir()
        return path

    commands = [
        ("photo", "add", story, special("photo.jpg")),
        ("import", special("draft.docx")),
        ("import", special("draft.txt")),
        ("profile", "import", special("house.json")),
        ("check", special("other.release")),
        ("verify", special("package.zip")) if kind == "fifo" else ("check", story.parent),
    ]
    if kind == "fifo":  # (a folder given with -o is where the exports go)
        commands.append(("export", story, "-f", "txt", "-o", special("out.txt")))
    before = story.read_bytes()
    for command in commands:
        started = time.monotonic()
        result = _run(*command)
        assert time.monotonic() - started < 10, command  # (a Python start is most of it)
        assert result.returncode == 2, (command, result.stderr)
        assert result.stderr.count("\n") == 1, (command, result.stderr)
        assert "internal error" not in result.stderr
    assert story.read_bytes() == before


# -- point 6 -----------------------------------------------------------------------------

def _photo(tmp_path: Path, number: int) -> Path:
    from PIL import Image

    path = tmp_path / f"photo-{number}.png"
    Image.new("RGB", (40 + number, 30), (number * 20 % 255, 90, 160)).save(path)
    return path


def test_commands_at_once_each_change_the_release(story: Path, tmp_path: Path) -> None:
    """Eight `photo add` and two `approve` at the same moment: as many successes as
    changes in the file; none is lost."""
    env = {**os.environ, "RELEASEDESK_LOCK_WAIT": "60"}
    command = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "releasedesk.cli"]
    runs = [subprocess.Popen([*command, "photo", "add", str(story), str(_photo(tmp_path, n)),
                              "--alt", f"photo {n}"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for n in range(8)]
    runs += [subprocess.Popen([*command, "approve", str(story), "--by", name, "--role", role],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True)
             for name, role in (("Ada Brill", "Legal"), ("Li Wei", "Director"))]
    outcomes = [(p.wait(timeout=240), p.communicate()) for p in runs]
    added = sum(code == 0 for code, _ in outcomes[:8])
    approved = sum(code == 0 for code, _ in outcomes[8:])
    release = document.load(story)
    assert len(release.photos) == added
    assert len({p.alt for p in release.photos}) == added
    assert len({s.name for s in release.clearance.signoffs}) == approved
    assert added == 8 and approved == 2, [o for o in outcomes if o[0]]


def test_a_command_waits_for_the_lock_then_names_who_holds_it(
        story: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELEASEDESK_LOCK_WAIT", "0.3")
    holder = DocumentLock(story)
    assert holder.acquire() is None
    before = story.read_bytes()
    try:
        for args in (("photo", "add", story, _photo(story.parent, 1)),
                     ("photo", "remove", story, "1"),
                     ("approve", story, "--by", "Ada Brill"),
                     ("status", story, "--set", "in-review"),
                     ("new", "-o", story, "--force"),
                     ("import", _draft(story.parent), "-o", story, "--force")):
            started = time.monotonic()
            code, err = _cli(capsys, *args)
            waited = time.monotonic() - started
            assert code == 2, args
            assert "is open in ReleaseDesk for" in err and err.count("\n") == 1, err
            assert waited >= 0.25, args
            assert story.read_bytes() == before
    finally:
        holder.release()


def test_the_lock_is_taken_once_the_holder_lets_go(story: Path,
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELEASEDESK_LOCK_WAIT", "20")
    holder = DocumentLock(story)
    assert holder.acquire() is None
    signal.signal(signal.SIGALRM, lambda *_: holder.release())
    signal.setitimer(signal.ITIMER_REAL, 0.4)
    try:
        code, err = _cli(capsys, "approve", story, "--by", "Ada Brill")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    assert code == 0, err
    assert document.load(story).clearance.signoffs[0].name == "Ada Brill"
    assert not DocumentLock(story).path.exists()


def _draft(folder: Path) -> Path:
    draft = folder / "draft.txt"
    draft.write_text("Harbour Opens New Quay\n\nPORT CALLOWAY — A quay opened.\n", "utf-8")
    return draft

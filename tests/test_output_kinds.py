"""An output path is only ever a regular file or nothing (tester15, finding 1).

`export -o /dev/stdout` as root replaced the system's /dev/stdout link with a file: the
rule that replaces a planted link (rather than writing through it) took the system's link
for a planted one. Now a path that is, or whose link leads to, a folder, device, FIFO or
socket is refused in one sentence and left as it is; a process's stream by name
(/dev/stdout, /dev/fd/1) is refused with "use -o - …"; a link to a regular file or to
nothing is replaced as before. The table: every write of every command
(test_planted_links.CASES, every export format among them) and the newsroom × what the
link leads to.
"""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from releasedesk import cli
from releasedesk.atomic import write_atomic
from releasedesk.errors import ReleaseDeskError
from releasedesk.files import names_a_stream
from releasedesk.newsroom.build import MANIFEST, build_newsroom
from test_planted_links import CASES, VICTIM_BYTES, WIRE, Case

from newsroom_helpers import write as write_release


def _fifo(at: Path) -> None:
    os.mkfifo(at)


def _folder(at: Path) -> None:
    at.mkdir()
    (at / "inside.txt").write_bytes(VICTIM_BYTES)


def _socket(at: Path) -> socket.socket:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(at))
    return server  # (kept open by the test until its end)


# (kind, make it at a path, or None: the system's own device)
REFUSED: dict[str, Callable[[Path], object] | None] = {
    "device": None, "fifo": _fifo, "folder": _folder, "socket": _socket}


def _make_target(kind: str, tmp: Path) -> tuple[Path, object]:
    maker = REFUSED[kind]
    if maker is None:
        return Path(os.devnull), None
    target = tmp / "elsewhere" / f"a-{kind}"
    target.parent.mkdir(exist_ok=True)
    return target, maker(target)


def _snapshot(target: Path) -> tuple[int, int, int, list[str]]:
    info = os.lstat(target)
    inside = sorted(p.name for p in target.iterdir()) if target.is_dir() else []
    return info.st_ino, stat.S_IFMT(info.st_mode), info.st_size if stat.S_ISREG(
        info.st_mode) else 0, inside


def _run(command: Callable[[Path, Path, Path], object], tmp: Path, story: Path,
         at: Path) -> bool:
    """Whether the command refused (an exit code of 2, or its one sentence raised)."""
    try:
        return command(tmp, story, at) == 2
    except ReleaseDeskError as error:
        assert "\n" not in str(error)
        return True


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.release"
    path.write_bytes(WIRE.read_bytes())
    return path


@pytest.mark.parametrize("kind", sorted(REFUSED))
@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_a_link_to_anything_but_a_file_is_refused_and_left_alone(
        tmp_path: Path, story: Path, case: Case, kind: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    name, where, command = case
    at = where(tmp_path, story)
    at.parent.mkdir(parents=True, exist_ok=True)
    target, keep = _make_target(kind, tmp_path)
    at.symlink_to(target)
    before = _snapshot(target)
    refused = _run(command, tmp_path, story, at)
    assert at.is_symlink() and os.readlink(at) == str(target)
    if kind == "folder" and name.startswith("export -f"):
        # (`-o` naming a folder, through a link or not, exports into it, as documented)
        assert refused or set(before[3]) < set(_snapshot(target)[3])
        assert (target / "inside.txt").read_bytes() == VICTIM_BYTES
    else:  # (settings are not the user's work: a failure to save them is logged)
        assert (refused or name == "settings") and _snapshot(target) == before
    assert not [p for p in at.parent.iterdir() if p.name.endswith(".tmp")]
    err = capsys.readouterr().err
    assert err.count("\n") <= 1 and "Traceback" not in err
    del keep


@pytest.mark.parametrize("kind", ["file", "nothing"])
@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_a_link_to_a_file_or_to_nothing_is_replaced_as_before(
        tmp_path: Path, story: Path, case: Case, kind: str) -> None:
    _, where, command = case
    at = where(tmp_path, story)
    at.parent.mkdir(parents=True, exist_ok=True)
    victim = tmp_path / "elsewhere" / "victim"
    victim.parent.mkdir()
    if kind == "file":
        victim.write_bytes(VICTIM_BYTES)
    at.symlink_to(victim)
    command(tmp_path, story, at)
    assert not at.is_symlink() and at.is_file()
    assert victim.read_bytes() == VICTIM_BYTES if kind == "file" else not victim.exists()


@pytest.mark.parametrize("kind", sorted(REFUSED))
@pytest.mark.parametrize("page", ["index.html", "feed.xml", "releases/a.html", MANIFEST])
def test_the_newsroom_refuses_a_link_to_anything_but_a_file(tmp_path: Path, kind: str,
                                                           page: str) -> None:
    source, out = tmp_path / "releases", tmp_path / "site"
    write_release(source, "a.release", headline="A")
    (out / "releases").mkdir(parents=True)
    target, keep = _make_target(kind, tmp_path)
    (out / page).symlink_to(target)
    before = _snapshot(target)
    try:
        report = build_newsroom(source, out, as_of=None)
    except ReleaseDeskError as refused:
        assert "\n" not in str(refused)
    else:  # (a page that cannot be written leaves its release out, and says why)
        assert page.startswith("releases/")
        assert [str(p) for p in report.problems] == [
            str(p) for p in report.problems if "a.release was left out" in str(p)] != []
    assert (out / page).is_symlink() and _snapshot(target) == before
    del keep


@pytest.mark.parametrize("name, stream", [
    ("/dev/stdout", True), ("/dev/stderr", True), ("/dev/stdin", True),
    ("/dev/fd/1", True), ("/dev/fd/2", True), ("/dev/fd/7", True),
    ("/proc/self/fd/1", True), ("/proc/1/fd/1", True),
    ("/dev/../dev/stdout", True), ("/dev/null", False), ("/tmp/stdout", False),
    ("stdout", False), ("fd/1", False), ("/proc/self/status", False), ("", False),
])
def test_a_process_stream_is_known_by_its_name(name: str, stream: bool) -> None:
    assert names_a_stream(name) is stream


@pytest.mark.parametrize("name", ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"])
def test_a_stream_is_refused_and_standard_output_suggested(name: str) -> None:
    before = os.lstat(name)
    with pytest.raises(ReleaseDeskError, match=r"use -o - to write to standard output\.$"):
        write_atomic(Path(name), b"x", "write the export")
    after = os.lstat(name)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)


@pytest.mark.parametrize("fmt", ["txt", "html", "docx", "eml", "package"])
@pytest.mark.parametrize("name", ["/dev/fd/1", "/proc/self/fd/1"])
def test_the_command_line_says_use_dash_for_a_stream(
        story: Path, fmt: str, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", str(story), "-f", fmt, "-o", name]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip().endswith("use -o - to write to standard output.")
    assert captured.err.count("\n") == 1

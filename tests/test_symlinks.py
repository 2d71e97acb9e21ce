"""Symbolic links: Save follows the link it opened; no other write follows a link.

Saving a release to the path it was opened from (the editor's Save, a command that
changes a release in place) writes the linked file atomically and keeps the link. Every
other write — exports, sheets, new and imported releases, profiles, recovery copies,
keys, settings — replaces a link planted at its path with a regular file and leaves the
file the link pointed to as it was (issue 22, point 3).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.field_rules import one_line
from releasedesk.locks import lock_path
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import opens, prompts_of, went
from helpers import make_release
from test_cli import run

if TYPE_CHECKING:
    from releasedesk.gui.app.main_window import MainWindow

WIRE = SAMPLES / "tidewater-ferry-terminal.release"


def linked(tmp_path: Path, hops: int = 1, relative: bool = False) -> tuple[Path, Path]:
    """A release in real/ and a chain of *hops* links to it in links/."""
    real = tmp_path / "real"
    links = tmp_path / "links"
    real.mkdir(exist_ok=True)
    links.mkdir(exist_ok=True)
    target = real / "story.release"
    shutil.copy(WIRE, target)
    pointee = target
    for hop in range(hops):
        link = links / f"hop{hop}.release"
        link.symlink_to(os.path.relpath(pointee, links) if relative else pointee)
        pointee = link
    return target, pointee


def assert_still_linked(link: Path, target: Path) -> None:
    assert link.is_symlink()
    assert Path(os.path.realpath(link)) == target
    assert target.is_file() and not target.is_symlink()
    leftovers = [p.name for p in (*link.parent.iterdir(), *target.parent.iterdir())
                 if p.name.endswith(".tmp")]
    assert leftovers == []


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hops=st.integers(1, 4), relative=st.booleans(), headline=st.text(max_size=30))
def test_save_through_any_chain_of_links_writes_the_target(tmp_path_factory: pytest.TempPathFactory,
                                                           hops: int,
                                                           relative: bool,
                                                           headline: str) -> None:
    tmp_path = tmp_path_factory.mktemp("links")
    target, link = linked(tmp_path, hops, relative)
    mode = 0o640
    target.chmod(mode)
    document.save(make_release(headline=headline), link, in_place=True)
    assert_still_linked(link, target)
    assert document.load(target).headline == one_line(headline)
    assert target.stat().st_mode & 0o777 == mode


def test_a_dangling_link_is_replaced_never_followed(tmp_path: Path) -> None:
    for in_place in (False, True):
        link = tmp_path / f"new-{in_place}.release"
        pointed = tmp_path / f"made-there-{in_place}.release"
        link.symlink_to(pointed)
        document.save(make_release(headline="Fresh"), link, in_place=in_place)
        assert not link.is_symlink() and link.is_file()
        assert not pointed.exists()
        assert document.load(link).headline == "Fresh"


def test_cli_new_and_export_replace_a_planted_link(tmp_path: Path) -> None:
    target, link = linked(tmp_path)
    before = target.read_bytes()
    assert run("new", "-o", link, "--force").returncode == 0
    assert not link.is_symlink() and document.load(link).headline == ""
    assert target.read_bytes() == before
    out = tmp_path / "out.txt"
    out.write_text("old")
    out_link = tmp_path / "links" / "out.txt"
    out_link.symlink_to(out)
    result = run("export", WIRE, "-f", "txt", "-o", out_link)
    assert result.returncode == 0, result.stderr
    assert out.read_text() == "old"
    assert not out_link.is_symlink()
    assert out_link.read_text(encoding="utf-8").startswith("FOR IMMEDIATE RELEASE")


@pytest.fixture
def window_factory(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[], MainWindow]]:
    from releasedesk.gui.app.main_window import MainWindow
    from releasedesk.recovery import RecoveryStore

    from gui_helpers import FakePrompts

    made = []

    def make() -> MainWindow:
        window = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.manager.modified = False
        window.close()


def test_the_editor_saves_through_a_link_and_shares_the_files_lock(
        window_factory: Callable[[], MainWindow], tmp_path: Path) -> None:
    target, link = linked(tmp_path, hops=2)
    window = window_factory()
    assert opens(window, link)
    assert lock_path(link) == lock_path(target) and lock_path(target).exists()
    assert not (link.parent / f".~lock.{link.name}#").exists()
    # The same file opened by its own name is held: read-only.
    other = window_factory()
    assert opens(other, target)
    assert other.manager.read_only
    prompts = prompts_of(window)
    for number in range(2):  # the second save must not take our own save for a change
        window.manager.release.headline = f"Saved through the link {number}"
        window.manager.mark_modified()
        assert went(window.manager.save)
        assert prompts.disk_asked == [] and prompts.errors == []
        assert_still_linked(link, target)
        assert document.load(target).headline == f"Saved through the link {number}"
    # A change made to the file itself is noticed through the link.
    document.save(make_release(headline="Changed by a colleague"), target)
    window.manager.release.headline = "Mine"
    window.manager.mark_modified()
    assert not went(window.manager.save)  # (the question's default: Cancel)
    assert len(prompts.disk_asked) == 1
    assert document.load(target).headline == "Changed by a colleague"
    assert_still_linked(link, target)
    window.manager.modified = False
    window.close()
    assert not lock_path(target).exists()

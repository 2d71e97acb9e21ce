"""Where exports may go: never over the release being exported, whatever the path says."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from releasedesk.errors import ReleaseDeskError
from releasedesk.exporting import write_exports
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import opens, wait_for_tasks
from helpers import make_release
from test_cli import assert_one_line_error, run

WIRE = SAMPLES / "tidewater-ferry-terminal.release"
REFUSED = "is the release file being exported"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    target = folder / "in.release"
    shutil.copy(WIRE, target)
    return target


def spellings(story: Path) -> list[Path]:
    """The same file through other paths: relative, roundabout, a hard link, a symlink."""
    folder = story.parent
    hard = folder / "hard.txt"
    os.link(story, hard)
    soft = folder / "soft.txt"
    soft.symlink_to(story)
    return [story, folder / "." / story.name, folder / ".." / folder.name / story.name, hard,
            soft]


def test_cli_refuses_to_export_over_its_input(story: Path) -> None:
    before = story.read_bytes()
    for target in spellings(story):
        assert_one_line_error(run("export", story, "-f", "txt", "-o", target), REFUSED)
        assert_one_line_error(run("export", story.parent / ".." / story.parent.name / story.name,
                                  "-f", "html", "-o", target), REFUSED)
    assert_one_line_error(run("export", story.name, "-f", "txt", "-o", f"./{story.name}",
                              cwd=story.parent), REFUSED)
    assert story.read_bytes() == before
    assert story.is_file() and not story.is_symlink()


def test_cli_refuses_an_export_folder_whose_file_links_to_the_input(story: Path) -> None:
    before = story.read_bytes()
    (story.parent / "in.txt").symlink_to(story)
    result = run("export", story, "-f", "html", "-f", "txt", "-o", story.parent)
    assert_one_line_error(result, REFUSED, "in.txt")
    assert not (story.parent / "in.html").exists()  # refused before anything was written
    assert story.read_bytes() == before


def test_two_outputs_that_are_one_file_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("old")
    os.link(tmp_path / "a.html", tmp_path / "b.txt")
    with pytest.raises(ReleaseDeskError, match="would be one file"):
        list(write_exports(make_release(), {"html": tmp_path / "a.html",
                                            "txt": tmp_path / "b.txt"}))
    assert (tmp_path / "a.html").read_text() == "old"


# Planted links in an export folder: (the links, name → what it points to). A write never
# follows a link (atomic.py): each link is replaced by a file of its own, so a pair of
# links to one file is no more "one file" than a single link is.
PLANTED = [{"p.html": "victim"}, {"p.html": "victim", "p.txt": "victim"},
           {"p.txt": "p.html"}, {"p.html": "p.txt"}, {"p.html": "victim", "p.txt": "other"},
           {"p.html": "missing", "p.txt": "missing"}]


@pytest.mark.parametrize("links", PLANTED)
def test_planted_links_are_each_replaced_by_an_export(tmp_path: Path,
                                                      links: dict[str, str]) -> None:
    folder, outside = tmp_path / "sym", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    for name in ("victim", "other"):
        (outside / name).write_text(f"the user's {name}")
    for name, target in links.items():
        (folder / name).symlink_to(outside / target if "." not in target else folder / target)
    if "p.html" not in links and "p.txt" in links and links["p.txt"] == "p.html":
        (folder / "p.html").write_text("an old page")
    if links.get("p.html") == "p.txt":
        (folder / "p.txt").write_text("an old text")
    written = write_exports(make_release(), {"html": folder / "p.html", "txt": folder / "p.txt"})
    assert {path.name for path in written} >= {"p.html", "p.txt"}
    for name in ("p.html", "p.txt"):
        assert (folder / name).is_file() and not (folder / name).is_symlink()
    assert (folder / "p.html").read_text().startswith("<!DOCTYPE html>")
    assert (folder / "p.txt").read_text() != (folder / "p.html").read_text()
    for name in ("victim", "other"):
        assert (outside / name).read_text() == f"the user's {name}"
    assert not (outside / "missing").exists()


def test_one_name_through_a_linked_folder_is_one_file(tmp_path: Path) -> None:
    # (the same entry twice: the second write would replace the first)
    (tmp_path / "real").mkdir()
    (tmp_path / "linked").symlink_to(tmp_path / "real", target_is_directory=True)
    for existing in (False, True):
        if existing:
            (tmp_path / "real" / "p.html").write_text("old")
        with pytest.raises(ReleaseDeskError, match="would be one file"):
            write_exports(make_release(), {"html": tmp_path / "real" / "p.html",
                                           "fragment": tmp_path / "linked" / "p.html"})


def test_the_editor_refuses_to_export_over_the_open_release(qtbot: QtBot, story: Path) -> None:
    from releasedesk.gui.app.main_window import MainWindow
    from releasedesk.recovery import RecoveryStore

    from gui_helpers import FakePrompts

    before = story.read_bytes()
    prompts = FakePrompts()
    window = MainWindow(Settings(), prompts, RecoveryStore(story.parent / "recovery"))
    qtbot.addWidget(window)
    assert opens(window, story)
    for number, target in enumerate(spellings(story), start=1):
        prompts.next_path = target
        window.export("txt")
        wait_for_tasks()
        assert len(prompts.errors) == number and REFUSED in prompts.errors[-1]
    os.unlink(story.parent / "soft.txt")
    (story.parent / "in.txt").symlink_to(story)
    prompts.next_folder = story.parent
    window.export_all()
    wait_for_tasks()
    assert REFUSED in prompts.errors[-1]
    assert story.read_bytes() == before
    window.manager.modified = False
    window.close()


def test_a_release_named_like_the_manifest_is_never_overwritten(tmp_path: Path) -> None:
    from releasedesk import document
    from releasedesk.exporting import targets_in

    source = tmp_path / "manifest.json"
    document.save(make_release(), source)
    before = source.read_bytes()
    with pytest.raises(ReleaseDeskError, match="manifest.json"):
        write_exports(document.load(source), targets_in(tmp_path, "manifest"), source=source)
    assert source.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["manifest.json"]

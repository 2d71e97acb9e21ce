"""A page's photo folder (story_files/) holds exactly this export's copies after every
export: what an earlier export wrote and this one no longer needs (a photo removed) is
removed; a file ReleaseDesk did not write there refuses the export and is never deleted;
nothing outside the folder is removed or written, whatever links or manifests say."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk.errors import ReleaseDeskError
from releasedesk.exporting import targets_in, write_exports
from releasedesk.media.names import web_files
from releasedesk.model import Release
from test_photo_exports import quick_photo

from examples import examples
from helpers import make_release

IDS = ["harbour", "reservoir", "pier"]
# How a release is exported into the folder: (formats, or None for one page named story.html)
MODES: dict[str, list[str] | None] = {
    "page alone": None, "fragment alone": ["fragment"], "page and text": ["html", "txt"],
    "page, fragment and text": ["html", "fragment", "txt"], "text only": ["txt", "eml"],
}
VICTIM = b"not ReleaseDesk's\n"
# Which copies the folder holds is what counts here, not their pixels: each photo's copies
# are made once for the module (writer_memo.py), not again at every export.
pytestmark = pytest.mark.usefixtures("shared_photo_copies")


def release_with(ids: list[str]) -> Release:
    release = make_release()
    release.photos = [quick_photo(photo_id) for photo_id in ids]
    return release


def export(release: Release, folder: Path, mode: str) -> list[Path]:
    names = MODES[mode]
    if names is None:
        return write_exports(release, {"html": folder / "story.html"})
    if names == ["fragment"]:
        return write_exports(release, {"fragment": folder / "story.fragment.html"})
    return write_exports(release, targets_in(folder, "story", names))


def copies(ids: list[str]) -> set[str]:
    return {name for photo_id in ids for _, _, name in web_files(quick_photo(photo_id))}


def on_disk(folder: Path) -> set[str]:
    files = folder / "story_files"
    return {p.name for p in files.iterdir()} if files.is_dir() else set()


@settings(max_examples=examples(60, 40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.lists(st.sampled_from(IDS), unique=True),
                                st.sampled_from(sorted(MODES))), min_size=2, max_size=4))
def test_the_photo_folder_holds_exactly_the_last_exports_copies(
        tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[list[str], str]]) -> None:
    folder = tmp_path_factory.mktemp("web")
    expected: set[str] = set()
    for ids, mode in steps:
        export(release_with(ids), folder, mode)
        if mode != "text only":  # (no page: its folder is not this export's)
            expected = copies(ids)
        assert on_disk(folder) == expected
        assert (folder / "story_files").exists() == bool(expected)
        manifest = folder / "manifest.json"
        if mode != "text only" and MODES[mode] not in (None, ["fragment"]):
            listed = {entry["name"] for entry in json.loads(manifest.read_bytes())["files"]}
            assert {n.removeprefix("story_files/") for n in listed
                    if n.startswith("story_files/")} == expected


def test_the_cli_flow_the_tester_followed(tmp_path: Path) -> None:
    from releasedesk import cli, document

    source = tmp_path / "s2.release"
    document.save(release_with(["reservoir"]), source)
    out = tmp_path / "stale2"
    assert cli.main(["export", str(source), "-o", f"{out}/"]) == 0
    assert {p.name for p in (out / "s2_files").iterdir()} == copies(["reservoir"])
    assert cli.main(["photo", "remove", str(source), "1"]) == 0
    assert cli.main(["export", str(source), "-o", f"{out}/"]) == 0
    assert not (out / "s2_files").exists()


def plant_file(files: Path, outside: Path) -> str:
    (files / "notes.txt").write_bytes(VICTIM)
    return "notes.txt"


def plant_edited_copy(files: Path, outside: Path) -> str:
    name = sorted(copies(["pier"]))[0]
    (files / name).write_bytes(VICTIM)  # the user's own version over a copy the manifest lists
    return name


def plant_folder(files: Path, outside: Path) -> str:
    (files / "extra").mkdir()
    (files / "extra" / "x.jpg").write_bytes(VICTIM)
    return "extra"


def plant_link_to_file(files: Path, outside: Path) -> str:
    (files / "linked.jpg").symlink_to(outside / "victim.jpg")
    return "linked.jpg"


def plant_link_over_a_copy(files: Path, outside: Path) -> str:
    name = sorted(copies(["pier"]))[-1]
    os.unlink(files / name)
    (files / name).symlink_to(outside / "victim.jpg")
    return name


def plant_link_to_folder(files: Path, outside: Path) -> str:
    (files / "elsewhere").symlink_to(outside, target_is_directory=True)
    return "elsewhere"


Plant = Callable[[Path, Path], str]
PLANTS: list[Plant] = [plant_file, plant_edited_copy, plant_folder, plant_link_to_file,
                       plant_link_over_a_copy, plant_link_to_folder]
# A plant over one of pier's copy names meets an export that writes that name again only
# when pier is gone (else the export replaces it, as it replaces any output: not a
# leftover); an edited copy is told from ReleaseDesk's own only by the manifest's digest.
OVER_A_COPY = {plant_edited_copy, plant_link_over_a_copy}
CASES = [(mode, plant, now)
         for mode in ["page alone", "page and text", "page, fragment and text"]
         for plant in PLANTS for now in [[], ["harbour"], ["pier"]]
         if plant not in OVER_A_COPY or ("pier" not in now and (
             plant is not plant_edited_copy or mode != "page alone"))]


@pytest.mark.parametrize(("mode", "plant", "now"), CASES,
                         ids=[f"{m}-{p.__name__}-{'+'.join(n)}" for m, p, n in CASES])
def test_a_file_releasedesk_did_not_write_refuses_the_export_and_stays(
        tmp_path: Path, mode: str, plant: Plant, now: list[str]) -> None:
    folder = tmp_path / "web"
    folder.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "victim.jpg").write_bytes(VICTIM)
    export(release_with(["pier"]), folder, mode)
    files = folder / "story_files"
    name = plant(files, outside)
    before = {p.name: (p.read_bytes() if p.is_file() else b"") for p in folder.iterdir()
              if not p.is_dir()}
    with pytest.raises(ReleaseDeskError) as caught:
        export(release_with(now), folder, mode)
    assert str(files / name) in str(caught.value) and "\n" not in str(caught.value)
    assert (files / name).exists() or (files / name).is_symlink()
    # nothing was written or removed: the pages, the manifest and the copies as they were
    assert {p.name: (p.read_bytes() if p.is_file() else b"") for p in folder.iterdir()
            if not p.is_dir()} == before
    assert (outside / "victim.jpg").read_bytes() == VICTIM
    assert sorted(p.name for p in outside.iterdir()) == ["victim.jpg"]


FORGED = ["story_files/../victim.jpg", "../outside/victim.jpg", "story_files/sub/../../x",
          "/etc/hostname", "story_files/", "story_files/..", "story_files\\..\\victim.jpg"]


@pytest.mark.parametrize("name", FORGED)
def test_a_forged_manifest_never_reaches_outside_the_folder(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "web"
    folder.mkdir()
    export(release_with(["pier"]), folder, "page and text")
    (folder / "victim.jpg").write_bytes(VICTIM)
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "victim.jpg").write_bytes(VICTIM)
    manifest = json.loads((folder / "manifest.json").read_bytes())
    manifest["files"].append({"name": name, "bytes": len(VICTIM), "sha256": "0" * 64})
    (folder / "manifest.json").write_text(json.dumps(manifest))
    export(release_with([]), folder, "page and text")
    assert not (folder / "story_files").exists()
    assert (folder / "victim.jpg").read_bytes() == VICTIM
    assert (tmp_path / "outside" / "victim.jpg").read_bytes() == VICTIM


def test_a_photo_folder_that_is_a_link_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "web"
    folder.mkdir()
    export(release_with(["pier"]), folder, "page and text")
    elsewhere = tmp_path / "elsewhere"
    (folder / "story_files").rename(elsewhere)
    (folder / "story_files").symlink_to(elsewhere, target_is_directory=True)
    kept = sorted(p.name for p in elsewhere.iterdir())
    export(release_with([]), folder, "page and text")  # no photos: nothing goes through it
    assert sorted(p.name for p in elsewhere.iterdir()) == kept == sorted(copies(["pier"]))


@pytest.mark.parametrize("ids", [[], ["harbour"], ["pier", "harbour"]])
def test_the_editors_export_commands_leave_no_old_copies(tmp_path: Path,
                                                         ids: list[str]) -> None:
    from releasedesk.gui.app.exports import export_all, export_file

    folder = tmp_path / "web"
    folder.mkdir()
    export_all(release_with(["pier", "reservoir"]), folder, "story")
    export_all(release_with(ids), folder, "story")
    assert on_disk(folder) == copies(ids)
    export_file(release_with(["reservoir"]), "html", folder / "story.html")
    export_file(release_with(ids), "html", folder / "story.html")
    assert on_disk(folder) == copies(ids)


@pytest.mark.parametrize("name", [".DS_Store", "._harbour-1600.jpg", "Thumbs.db", "desktop.ini",
                                  "DESKTOP.INI", "ehthumbs.db"])
@pytest.mark.parametrize("mode", ["page alone", "page, fragment and text"])
def test_a_file_browser_s_own_files_neither_refuse_the_export_nor_go(
        tmp_path: Path, name: str, mode: str) -> None:
    """Opening the photo folder in Finder or Explorer leaves such a file there: the next
    export still goes ahead, removes the old copies, and leaves that file alone."""
    folder = tmp_path / "web"
    folder.mkdir()
    export(release_with(["pier", "harbour"]), folder, mode)
    files = folder / "story_files"
    (files / name).write_bytes(b"\x00\x00\x00\x01Bud1")
    export(release_with(["harbour"]), folder, mode)
    assert (files / name).read_bytes() == b"\x00\x00\x00\x01Bud1"
    assert not any("pier" in p.name for p in files.iterdir())

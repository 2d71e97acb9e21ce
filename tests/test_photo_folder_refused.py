"""A page's photos go in a folder beside it (``story_files``). When the export folder
refuses that folder, the sentence names the page the user asked for, as its own write
would, not a folder they never named (found by the tester: "Could not create the folder
out/t_files"); a file in the folder's place is named as what is in the way. Nothing is
written either way."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from releasedesk.errors import ReleaseDeskError
from releasedesk.exporting import targets_in, write_exports
from test_photo_exports import quick_photo, release_with

REFUSALS = [(errno.EACCES, "permission denied"), (errno.EPERM, "permission denied"),
            (errno.EROFS, "the folder is on a read-only disk"), (errno.ENOSPC, "the disk is full"),
            (errno.EDQUOT, "the disk is full")]
# What a refusal says is what counts here: the photo's web copies and each writer's bytes
# are made once for the module (writer_memo.py), not again at every export; so that a
# writer's input is the same from one export to the next, every export is made at one
# moment (SOURCE_DATE_EPOCH, as a reproducible build sets it).
pytestmark = pytest.mark.usefixtures("shared_photo_copies", "shared_writer_output",
                                     "_one_moment")


@pytest.fixture
def _one_moment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790000000")
FORMAT_SETS = [["html"], ["fragment"], ["html", "docx", "txt"], ["fragment", "pdf", "eml"],
               ["html", "fragment", "docx"]]


@pytest.mark.parametrize(("code", "said"), REFUSALS)
@pytest.mark.parametrize("formats", FORMAT_SETS)
def test_a_refused_photo_folder_is_told_of_the_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, said: str,
        formats: list[str]) -> None:
    release = release_with(quick_photo("ferry", lead=True))
    targets = targets_in(tmp_path, "story", formats)
    refused = OSError(code, "refused")

    def mkdir(self: Path, *args: object, **kwargs: object) -> None:
        raise refused

    monkeypatch.setattr(Path, "mkdir", mkdir)
    with pytest.raises(ReleaseDeskError) as caught:
        write_exports(release, targets)
    message = str(caught.value)
    page = next(path for path in targets.values() if path.name.endswith(".html"))
    assert message.startswith(f"Could not write the export {page}: {said}"), message
    assert "_files" not in message
    assert "nothing was written" in message
    assert list(tmp_path.iterdir()) == []


def test_a_page_written_before_is_said_to_be_unchanged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release = release_with(quick_photo("ferry", lead=True))
    page = tmp_path / "story.html"
    page.write_text("the page published last week", encoding="utf-8")

    def mkdir(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "denied")

    monkeypatch.setattr(Path, "mkdir", mkdir)
    with pytest.raises(ReleaseDeskError, match="the previous file is unchanged"):
        write_exports(release, {"html": page})
    assert page.read_text(encoding="utf-8") == "the page published last week"


@pytest.mark.parametrize("formats", FORMAT_SETS)
def test_a_file_in_the_folders_place_is_named(tmp_path: Path, formats: list[str]) -> None:
    (tmp_path / "story_files").write_bytes(b"someone's notes")
    with pytest.raises(ReleaseDeskError) as caught:
        write_exports(release_with(quick_photo("ferry", lead=True)),
                      targets_in(tmp_path, "story", formats))
    assert str(caught.value) == (
        f"{tmp_path / 'story_files'} is a file, and the page's photos go in a folder of "
        "that name; move the file or export under another name.")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story_files"]
    assert (tmp_path / "story_files").read_bytes() == b"someone's notes"


def test_another_failure_still_names_the_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure that is the photos' folder's own (its name too long) names that folder."""
    def mkdir(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(errno.ENAMETOOLONG, "File name too long")

    monkeypatch.setattr(Path, "mkdir", mkdir)
    with pytest.raises(ReleaseDeskError, match=r"Could not create the folder .*story_files"):
        write_exports(release_with(quick_photo("ferry", lead=True)),
                      targets_in(tmp_path, "story", ["html"]))

"""What a refused read or write tells the user fits what happened: a read refused is not
answered with "choose a folder you can write to", and "the previous file is unchanged" is
said only where a file was there to keep (found by the tester: an export into a read-only
folder said so of a file that never existed)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from releasedesk.errors import N_, explain_os_error

READS = [N_("open"), N_("read"), N_("read the draft"), N_("read the photo"),
         N_("read the logo"), N_("read the profile")]
WRITES = [N_("save"), N_("write the export"), N_("create the folder")]
REFUSED = [PermissionError(errno.EACCES, "Permission denied"),
           OSError(errno.EROFS, "Read-only file system"),
           PermissionError(errno.EPERM, "Operation not permitted")]
FULL = [OSError(errno.ENOSPC, "No space left on device"),
        OSError(errno.EDQUOT, "Disk quota exceeded")]


@pytest.mark.parametrize("action", READS)
@pytest.mark.parametrize("exc", REFUSED)
def test_a_read_refused_asks_for_permission_to_read(tmp_path: Path, action: str,
                                                    exc: OSError) -> None:
    path = tmp_path / "story.release"
    path.write_text("x")
    message = str(explain_os_error(exc, path, action))
    assert "permission denied" in message and "permission to read" in message
    assert "write to" not in message and "unchanged" not in message


@pytest.mark.parametrize("action", WRITES)
@pytest.mark.parametrize("exc", REFUSED + FULL)
@pytest.mark.parametrize("there", [True, False])
def test_a_write_refused_says_the_file_was_kept_only_if_there_was_one(
        tmp_path: Path, action: str, exc: OSError, there: bool) -> None:
    path = tmp_path / "story.pdf"
    if there:
        path.write_bytes(b"%PDF-")
    message = str(explain_os_error(exc, path, action))
    assert message.startswith(f"Could not {action} {path}: ")
    assert ("the previous file is unchanged" in message) == there
    assert ("nothing was written" in message) == (not there)
    assert ("disk is full" in message) == (exc in FULL)


@pytest.mark.parametrize("action", WRITES)
@pytest.mark.parametrize("exc", REFUSED)
@pytest.mark.parametrize("there", [True, False])
def test_a_read_only_disk_is_not_called_a_permission(tmp_path: Path, action: str,
                                                     exc: OSError, there: bool) -> None:
    # No permission could let a write onto a read-only disk (or mount): the sentence says
    # what is read-only; a folder the user may not write to is still "permission denied".
    path = tmp_path / "story.pdf"
    if there:
        path.write_bytes(b"%PDF-")
    message = str(explain_os_error(exc, path, action))
    read_only = exc.errno == errno.EROFS
    assert ("read-only disk" in message) == read_only
    assert ("permission denied" in message) == (not read_only)
    assert "Choose a folder you can write to" in message


def test_a_folder_that_could_not_be_made_wrote_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "out" / "story_files"
    message = str(explain_os_error(PermissionError(errno.EACCES, "denied"), folder,
                                   N_("create the folder")))
    assert "nothing was written" in message and "unchanged" not in message

"""The web-team package is verifiable as it arrives (issue 22, point 8).

The ZIP carries its manifest (and signature) inside its folder; `verify` of a ZIP and of a
folder fails on an extra, missing or changed file, a member name given twice, a member
that would unpack outside the folder, a link or a pipe in a folder. A photo stored
unstripped by another program leaves stripped.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path

import pytest

from releasedesk import cli, document
from releasedesk.clearance import signoffs
from releasedesk.model import Photo

import photo_files as pf
from helpers import make_release

ROOT = "story/"


def _cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str]:
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def approved(tmp_path: Path) -> Path:
    release = make_release()
    signoffs.sign_off(release, "Ada Brill", "Director")
    story = tmp_path / "story.release"
    document.save(release, story)
    return story


@pytest.fixture
def package(approved: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    target = approved.with_name("story.zip")
    assert _cli(capsys, "export", approved, "-f", "package", "-o", target)[0] == 0
    return target


def test_the_package_verifies_as_it_arrives(package: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    with zipfile.ZipFile(package) as archive:
        assert ROOT + "manifest.json" in archive.namelist()
        assert b"manifest.json" in archive.read(ROOT + "README.txt")
    code, out = _cli(capsys, "verify", package)
    assert code == 0, out
    assert "files match manifest.json" in out


def _rewrite(package: Path, change: str) -> None:
    """Rebuild *package* with one tampering of kind *change*."""
    with zipfile.ZipFile(package) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(package, "w") as archive:
        for info, data in members:
            name = info.filename
            if change == "missing" and name == ROOT + "story.txt":
                continue
            if change == "changed" and name == ROOT + "story.txt":
                data = data.replace(b"Northgate", b"Southgate")
            archive.writestr(name, data)
        extra = {"extra in folder": ROOT + "notes.txt", "extra at root": "notes.txt",
                 "duplicate": ROOT + "story.txt", "parent": ROOT + "../evil.txt",
                 "absolute": "/tmp/evil.txt", "drive": "C:/evil.txt",
                 "backslash": ROOT + "..\\evil.txt", "deep parent": "story/a/../../x.txt"}
        if change in extra:
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # (zipfile warns of a duplicate name)
                archive.writestr(extra[change], b"not approved\n")


@pytest.mark.parametrize("change, says", [
    ("missing", "story.txt is missing"),
    ("changed", "story.txt differs"),
    ("extra in folder", "notes.txt is in the package but not in its manifest"),
    ("extra at root", "notes.txt is in the package but not in its manifest"),
    ("duplicate", "is in the package twice"),
    ("parent", "would be unpacked outside"),
    ("absolute", "would be unpacked outside"),
    ("drive", "would be unpacked outside"),
    ("backslash", "would be unpacked outside"),
    ("deep parent", "would be unpacked outside"),
])
def test_a_tampered_package_fails(package: Path, capsys: pytest.CaptureFixture[str],
                                  change: str, says: str) -> None:
    _rewrite(package, change)
    code, out = _cli(capsys, "verify", package)
    assert code == 1, out
    assert says in out


@pytest.fixture
def folder(approved: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = approved.parent / "web"
    assert _cli(capsys, "export", approved, "-o", out)[0] == 0
    assert _cli(capsys, "verify", out)[0] == 0
    return out


@pytest.mark.parametrize("change, says", [
    ("missing", "story.txt is missing"),
    ("changed", "story.txt differs"),
    ("extra", "notes.txt is in the folder but not in its manifest"),
    ("link", "is a link to a file elsewhere"),
    ("fifo", "story.txt is missing"),  # (a pipe is no file: read without waiting on it)
])
def test_a_tampered_folder_fails(folder: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str],
                                 change: str, says: str) -> None:
    text = folder / "story.txt"
    if change == "missing":
        text.unlink()
    elif change == "changed":
        text.write_bytes(text.read_bytes().replace(b"Northgate", b"Southgate"))
    elif change == "extra":
        (folder / "notes.txt").write_text("not approved")
    elif change == "link":
        elsewhere = tmp_path / "elsewhere.txt"
        elsewhere.write_bytes(text.read_bytes())
        text.unlink()
        text.symlink_to(elsewhere)
    else:
        text.unlink()
        os.mkfifo(text)
    code, out = _cli(capsys, "verify", folder)
    assert code == 1, out
    assert says in out


def test_a_photo_stored_unstripped_leaves_stripped(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A release written by another program may hold a photo with its GPS position and
    camera serial number: every export carries it stripped."""
    raw = pf.camera_jpeg()
    assert pf.SERIAL.encode() in raw
    release = make_release()
    release.photos = [Photo(id="ferry", data=raw, media_type="image/jpeg", width=1800,
                            height=1200, sha256=hashlib.sha256(raw).hexdigest(),
                            alt="The ferry")]
    story = tmp_path / "story.release"
    document.save(release, story)
    assert pf.SERIAL.encode() in story.read_bytes()  # (as that program stored it)
    target = tmp_path / "story.zip"
    assert _cli(capsys, "export", story, "-f", "package", "-o", target)[0] == 0
    with zipfile.ZipFile(target) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            assert pf.SERIAL.encode() not in data, name
            assert pf.MAKER_NOTE not in data, name
        original = archive.read(ROOT + "photos/ferry.jpg")
    assert b"Exif\x00\x00" not in original or b"GPS" not in original
    assert _cli(capsys, "export", story, "-o", tmp_path / "web")[0] == 0
    for path in (tmp_path / "web").rglob("*"):
        if path.is_file():
            assert pf.SERIAL.encode() not in path.read_bytes(), path

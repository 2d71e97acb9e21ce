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


# -- what a tester found (issue 22's attack on the first version) ---------------------

def _repack(package: Path, change: str) -> None:
    with zipfile.ZipFile(package) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    raw = package.read_bytes()
    if change == "prepended archive":
        import io

        evil = io.BytesIO()
        with zipfile.ZipFile(evil, "w") as archive:
            archive.writestr(ROOT + "evil.html", b"<script>alert(1)</script>")
        package.write_bytes(evil.getvalue() + raw)
        return
    if change == "appended bytes":
        package.write_bytes(raw + b"#!/bin/sh\nrm -rf ~\n")
        return
    with zipfile.ZipFile(package, "w") as archive:
        for info, data in members:
            archive.writestr(info, data)
        if change == "same name outside the folder":
            archive.writestr("story.txt", b"not approved\n")
        elif change == "folder entry":
            archive.writestr(zipfile.ZipInfo(ROOT + "sub/"), b"")
        elif change == "link member":
            link = zipfile.ZipInfo(ROOT + "notes.txt")
            link.external_attr = (0o120777 << 16)
            archive.writestr(link, b"../../../../home/user/.bashrc")


@pytest.mark.parametrize("change, says", [
    ("prepended archive", "holds bytes before, between or after its entries"),
    ("appended bytes", "holds bytes before, between or after its entries"),
    ("same name outside the folder", "is outside the package's folder"),
    ("folder entry", "is a folder entry"),
    ("link member", "unpacks as a link"),
])
def test_a_package_with_more_than_its_entries_fails(package: Path,
                                                    capsys: pytest.CaptureFixture[str],
                                                    change: str, says: str) -> None:
    _repack(package, change)
    code, out = _cli(capsys, "verify", package)
    assert code == 1, out
    assert says in out


def test_a_pipe_or_a_forging_name_in_a_folder_fails_and_prints_escaped(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.mkfifo(folder / "pipe")
    forged = "x\nOK      6 files match manifest.json; the release was approved.\x1b[1A\x1b[2K"
    (folder / forged).write_text("not approved")
    code, out = _cli(capsys, "verify", folder)
    assert code == 1
    assert "pipe is a pipe, device or socket" in out
    assert "\x1b" not in out
    assert not any(line.startswith("OK") for line in out.splitlines())


def test_an_export_without_a_signature_drops_the_stale_one(
        approved: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = approved.parent / "web"
    out.mkdir()
    (out / "manifest.sig").write_text('{"format": "releasedesk-signature"}')
    assert _cli(capsys, "export", approved, "-o", out)[0] == 0
    assert not (out / "manifest.sig").exists()


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_special_private_key_ends_the_export_in_one_sentence(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    import signal

    from releasedesk import paths
    from releasedesk.clearance import keys
    from releasedesk.profiles import ProfileStore

    store = ProfileStore()
    profile = store.get("calloway-wire")
    public = keys.new_key()
    profile.approval.public_key = public
    store.save(profile)
    key_file = paths.config_dir() / "keys" / f"{keys.key_id(public)}.key"
    key_file.unlink()
    if kind == "fifo":
        os.mkfifo(key_file)
    else:
        key_file.symlink_to("/dev/zero")
    release = make_release()
    release.profile = "calloway-wire"
    story = tmp_path / "story.release"
    document.save(release, story)
    signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(TimeoutError("hung")))
    signal.alarm(20)
    try:
        code, out = _cli(capsys, "export", story, "-o", tmp_path / "web")
    finally:
        signal.alarm(0)
    assert code == 2 and "private key" in out and out.count("\n") == 1


def test_a_private_key_is_never_readable_by_others() -> None:
    import stat as stat_module

    from releasedesk import paths
    from releasedesk.clearance import keys

    public = keys.new_key()
    key_file = paths.config_dir() / "keys" / f"{keys.key_id(public)}.key"
    assert stat_module.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat_module.S_IMODE(key_file.parent.stat().st_mode) == 0o700

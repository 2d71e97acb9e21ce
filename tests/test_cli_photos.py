"""releasedesk photo add | list | remove, and export --format package, as a user runs them."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from releasedesk import document
from releasedesk.media.names import file_size_text

import photo_files as pf
from test_cli import WIRE, assert_one_line_error, run


def setup_release(tmp_path: Path) -> tuple[Path, Path]:
    release = tmp_path / "ferry.release"
    shutil.copy(WIRE, release)
    image = tmp_path / "DSC_0042.JPG"
    image.write_bytes(pf.camera_jpeg(orientation=6))
    return release, image


def test_add_prefills_from_the_file_list_and_remove(tmp_path: Path) -> None:
    release, image = setup_release(tmp_path)
    result = run("photo", "add", release, image, "--lead")
    assert result.returncode == 0, result.stderr
    assert "caption: taken from the photo's own metadata" in result.stdout
    assert "(photo:dsc-0042)" in result.stdout
    loaded = document.load(release)
    photo = loaded.photos[0]
    assert (photo.caption, photo.alt, photo.lead) == (pf.IPTC_CAPTION, pf.XMP_ALT, True)
    assert (photo.width, photo.height) == (1200, 1800)
    assert pf.SERIAL.encode() not in release.read_bytes()
    assert b"GPS" not in release.read_bytes()

    result = run("photo", "add", release, image, "--caption", "Second", "--credit", "Me",
                 "--alt", "Another view")
    assert result.returncode == 0 and "photo 2 (dsc-0042-2" in result.stdout
    listing = run("photo", "list", release)
    assert listing.returncode == 0
    assert "1. dsc-0042  1200 × 1800" in listing.stdout and "lead" in listing.stdout
    size = len(document.load(release).photos[0].data)
    assert size < 1024 * 1024 and f"1800  {round(size / 1024)} KB  lead" in listing.stdout
    data = json.loads(run("photo", "list", release, "--json").stdout)
    assert [p["id"] for p in data] == ["dsc-0042", "dsc-0042-2"]
    assert data[1]["caption"] == "Second"

    assert run("photo", "remove", release, "dsc-0042").returncode == 0
    assert [p.id for p in document.load(release).photos] == ["dsc-0042-2"]
    assert run("photo", "remove", release, "1").returncode == 0
    assert document.load(release).photos == []
    assert release.read_bytes().startswith(b"{")  # back to plain JSON


@pytest.mark.parametrize(("size", "shown"), [
    (1, "1 KB"), (700, "1 KB"), (35_700, "35 KB"), (36_600, "36 KB"),
    (1024 * 1024 - 600, "1023 KB"), (1024 * 1024, "1.0 MB"),
    (2_500_000, "2.4 MB"), (50 * 1024 * 1024, "50.0 MB")])
def test_a_photo_size_reads_as_a_person_reads_it(size: int, shown: str) -> None:
    """A small photo is whole kilobytes, never "0.0 MB" (tester13: a 35 KB photo said 0.0 MB)."""
    assert file_size_text(size) == shown


def test_bad_photos_and_numbers_are_one_line_errors(tmp_path: Path) -> None:
    release, _ = setup_release(tmp_path)
    before = release.read_bytes()
    fake = tmp_path / "scan.jpg"
    fake.write_bytes(b"%PDF-1.4 not a photo")
    assert_one_line_error(run("photo", "add", release, fake), "is a PDF document")
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(pf.bomb_png())
    assert_one_line_error(run("photo", "add", release, bomb), "100000 × 100000 pixels")
    assert_one_line_error(run("photo", "add", release, tmp_path / "none.jpg"), "does not exist")
    assert_one_line_error(run("photo", "remove", release, "3"), "has no photos")
    assert release.read_bytes() == before


def test_export_package_and_all_formats(tmp_path: Path) -> None:
    release, image = setup_release(tmp_path)
    assert run("photo", "add", release, image, "--lead").returncode == 0
    out = tmp_path / "out"
    result = run("export", release, "-o", out)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "ferry.docx", "ferry.eml", "ferry.fragment.html", "ferry.html", "ferry.pdf", "ferry.txt",
        "ferry_files", "manifest.json"]
    result = run("export", release, "-f", "package", "-o", out / "web.zip")
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out / "web.zip") as archive:
        assert "web/README.txt" in archive.namelist()
        assert "web/web_files/dsc-0042-1200.jpg" in archive.namelist()

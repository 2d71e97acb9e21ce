"""A photo goes to Word as its own bytes where media/as_stored.py's rule keeps them, so a
round trip (export to Word, import the document) gives back the very photo, the same
sha256; elsewhere (too large, turned by EXIF, CMYK, 16-bit, heavier than its pixels) the
document holds the upright web copy, as before."""

from __future__ import annotations

import hashlib
import io
import random
import zipfile
from collections.abc import Callable
from datetime import UTC

import pytest
from PIL import Image

from releasedesk import document
from releasedesk.exporting import draft_bytes
from releasedesk.importing import READERS, import_bytes
from releasedesk.media.as_stored import WIDER
from releasedesk.media.intake import photo_from_bytes
from releasedesk.media.names import size_of, web_widths
from releasedesk.model import Photo

import photo_files as pf
from conftest import SAMPLES


def _progressive(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    pf.picture(width, height).save(buffer, "JPEG", quality=92, progressive=True)
    return buffer.getvalue()


def _noise_png(width: int, height: int) -> bytes:
    """A PNG of random pixels: it compresses to no less than its raw pixels."""
    pixels = random.Random(7).randbytes(width * height * 3)
    buffer = io.BytesIO()
    Image.frombytes("RGB", (width, height), pixels).save(buffer, "PNG")
    return buffer.getvalue()


# (a name, the file as added, whether the Word document carries the stored bytes)
PHOTOS: list[tuple[str, Callable[[], bytes], bool]] = [
    ("camera.jpg", lambda: pf.camera_jpeg(1600, 1000), True),
    ("small.jpg", lambda: pf.camera_jpeg(640, 480), True),
    ("grey.jpg", lambda: pf.camera_jpeg(900, 600, mode="L"), True),
    ("progressive.jpg", lambda: _progressive(1200, 800), True),
    ("a-little-wider.jpg", lambda: pf.camera_jpeg(int(1600 * WIDER), 1250), True),
    ("plan.png", lambda: pf.camera_png(1400, 900), True),
    ("logo.png", lambda: pf.camera_png(600, 600, mode="RGBA"), True),
    ("palette.png", lambda: pf.camera_png(700, 500, mode="P"), True),
    ("wider.jpg", lambda: pf.camera_jpeg(int(1600 * WIDER) + 8, 1250), False),
    ("huge.jpg", lambda: pf.camera_jpeg(4000, 2667), False),
    ("turned.jpg", lambda: pf.camera_jpeg(1200, 800, orientation=6), False),
    ("mirrored.jpg", lambda: pf.camera_jpeg(800, 600, orientation=2), False),
    ("cmyk.jpg", lambda: pf.camera_jpeg(1000, 700, mode="CMYK"), False),
    ("deep.png", lambda: pf.sixteen_bit_png(1300, 800), False),
    ("noise.png", lambda: _noise_png(700, 500), False),
]


def _added(name: str, make: Callable[[], bytes]) -> Photo:
    photo = photo_from_bytes(make(), name).photo
    photo.caption, photo.credit, photo.alt = f"Caption of {name}.", "Ana Reyes", f"Alt {name}"
    return photo


def _pictures(docx: bytes) -> list[bytes]:
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        return [archive.read(n) for n in sorted(archive.namelist())
                if n.startswith("word/media/")]


@pytest.mark.parametrize(("name", "make", "kept"), PHOTOS, ids=[p[0] for p in PHOTOS])
def test_word_round_trip_keeps_the_photo_where_the_rule_keeps_its_bytes(
        name: str, make: Callable[[], bytes], kept: bool) -> None:
    release = document.load(SAMPLES / "tidewater-ferry-terminal.release")
    photo = _added(name, make)
    release.photos = [photo]
    docx = draft_bytes(release, "docx")
    (embedded,) = _pictures(docx)
    back, _ = import_bytes(docx, "story.docx", READERS["docx"], zone=UTC)
    (returned,) = back.photos
    if kept:
        assert embedded == photo.data
        assert returned.data == photo.data and returned.sha256 == photo.sha256
        assert hashlib.sha256(returned.data).hexdigest() == photo.sha256
        assert (returned.media_type, returned.width, returned.height) == \
            (photo.media_type, photo.width, photo.height)
    else:
        assert embedded != photo.data and returned.sha256 != photo.sha256
        size = size_of(photo, web_widths(photo)[-1])
        with Image.open(io.BytesIO(embedded)) as image:
            # (upright as the photo is seen, 8-bit colour: what Word shows alike)
            assert image.size == size and image.mode in ("RGB", "RGBA")
            assert image.getexif().get(0x0112, 1) == 1
        assert (returned.width, returned.height) == size
    assert (returned.caption, returned.credit, returned.alt) == \
        (photo.caption, photo.credit, photo.alt)


def test_a_photo_kept_comes_back_the_same_through_two_round_trips() -> None:
    release = document.load(SAMPLES / "tidewater-ferry-terminal.release")
    release.photos = [_added("camera.jpg", lambda: pf.camera_jpeg(1500, 1000)),
                      _added("plan.png", lambda: pf.camera_png(800, 600))]
    first, _ = import_bytes(draft_bytes(release, "docx"), "a.docx", READERS["docx"], zone=UTC)
    second, _ = import_bytes(draft_bytes(first, "docx"), "b.docx", READERS["docx"], zone=UTC)
    assert [p.sha256 for p in second.photos] == [p.sha256 for p in release.photos]

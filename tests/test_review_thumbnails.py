"""The document sent for review shows each photo small above its caption: a copy of the
photo's own bytes, scaled to fit 2.7 cm, in a paragraph of its own between the photo's
label and its caption's (text of no field: nothing is read back from it). The document
stays the same bytes when made again from the same release, a review of it with nothing
marked suggests nothing, and LibreOffice lays the picture out where it belongs."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image, ImageChops, ImageDraw

from releasedesk import document
from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.media.intake import photo_from_bytes
from releasedesk.model import Photo, Release
from releasedesk.review.sending import review_docx
from review_markup import Markup, w
from test_review_trip import _soffice, read, sample

from conftest import need

_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_LONGEST_EMU = 972_000  # 2.7 cm
_MOMENT = "1767225600"  # 2026-01-01 00:00 UTC

# (width, height, its colour, its file's format): wide, tall, square, tiny, a PNG
SHAPES = [(1600, 1000, (30, 90, 200), "JPEG"), (700, 1400, (200, 40, 40), "JPEG"),
          (900, 900, (20, 160, 60), "JPEG"), (48, 30, (230, 180, 20), "JPEG"),
          (1200, 500, (130, 50, 170), "PNG")]


def _photo(width: int, height: int, colour: tuple[int, int, int], kind: str) -> Photo:
    image = Image.new("RGB", (width, height), colour)
    ImageDraw.Draw(image).rectangle([0, 0, width // 3, height // 3], fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, kind)
    photo = photo_from_bytes(buffer.getvalue(), f"photo-{width}x{height}.{kind.lower()}").photo
    photo.caption = f"Caption of the {width} by {height} photo."
    return photo


def _release(shapes: list[tuple[int, int, tuple[int, int, int], str]]) -> Release:
    release = sample()
    release.photos = [_photo(*shape) for shape in shapes]
    return release


def _thumbnails(m: Markup) -> list[tuple[etree._Element, bytes]]:
    """Each photo's thumbnail: (its paragraph, its picture's bytes), in document order."""
    rels = {r.get("Id"): r.get("Target") for r in
            etree.fromstring(m.parts["word/_rels/document.xml.rels"]).iter(_RELS)}
    out = []
    for paragraph in m.root.iter(w("p")):
        for inline in paragraph.iter(f"{_WP}inline"):
            blip = next(inline.iter(_BLIP))
            out.append((paragraph, m.parts["word/" + str(rels[blip.get(_EMBED)])]))
    return out


@pytest.mark.parametrize("order", [SHAPES, SHAPES[::-1], SHAPES[1:2]])
def test_each_photo_shows_small_above_its_caption_the_same_bytes_each_time(
        order: list[tuple[int, int, tuple[int, int, int], str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", _MOMENT)  # (the document names its moment)
    release = _release(order)
    data = review_docx(release, fingerprint(release))
    assert review_docx(release, fingerprint(release)) == data  # made again: the same bytes
    m = Markup(data)
    found = _thumbnails(m)
    assert len(found) == len(order)
    for number, ((paragraph, picture), (width, height, colour, _)) in enumerate(
            zip(found, order, strict=True)):
        # between the photo's label and its caption's label, in no field
        before, after = paragraph.getprevious(), paragraph.getnext()
        assert [b.get(w("name")) for b in before.iter(w("bookmarkStart"))] == \
            [f"_rdl_photo_{number}"]
        assert [b.get(w("name")) for b in after.iter(w("bookmarkStart"))] == \
            [f"_rdl_photo_{number}_caption"]
        assert not list(paragraph.iter(w("bookmarkStart")))
        # the photo's own picture, scaled (never enlarged), its shape kept
        image = Image.open(io.BytesIO(picture))
        assert image.format == "JPEG" and max(image.size) == min(max(width, height), 240)
        assert abs(image.width / image.height - width / height) < 0.05
        corner = image.convert("RGB").getpixel((image.width - 2, image.height - 2))
        assert isinstance(corner, tuple)
        assert all(abs(a - b) < 24 for a, b in zip(corner, colour, strict=True))
        extent = next(paragraph.iter(f"{_WP}extent"))
        cx, cy = int(extent.get("cx", "0")), int(extent.get("cy", "0"))
        assert max(cx, cy) == _LONGEST_EMU
        assert abs(cx / cy - width / height) < 0.01
    # read back with nothing marked: nothing suggested, every caption as it was
    reading = read(release, data)
    assert reading.suggestions == []
    for number, photo in enumerate(release.photos):
        assert reading.value(f"photo_{number}_caption", set()) == photo.caption


def test_another_process_makes_the_same_bytes(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The document made from the same release file in another process, its set and dict
    orders drawn anew (another hash seed), is the same bytes."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", _MOMENT)
    release = _release(SHAPES)
    story = tmp_path / "story.release"
    document.save(release, story)
    ours = review_docx(document.load(story), fingerprint(document.load(story)))
    code = ("import sys; from releasedesk import document; "
            "from releasedesk.clearance.fingerprint import fingerprint; "
            "from releasedesk.review.sending import review_docx; "
            "r = document.load(sys.argv[1]); "
            "sys.stdout.buffer.write(review_docx(r, fingerprint(r)))")
    theirs = subprocess.run([sys.executable, "-c", code, str(story)], capture_output=True,
                            check=True, timeout=120,
                            env={**os.environ, "PYTHONHASHSEED": "12345"}).stdout
    assert theirs == ours and len(_thumbnails(Markup(ours))) == len(SHAPES)


def test_a_photo_whose_bytes_no_longer_open_has_its_caption_alone() -> None:
    release = _release(SHAPES[:2])
    release.photos[0].data = b"not a picture"
    m = Markup(review_docx(release, fingerprint(release)))
    [(paragraph, _)] = _thumbnails(m)
    assert [b.get(w("name")) for b in paragraph.getprevious().iter(w("bookmarkStart"))] == \
        ["_rdl_photo_1"]


def _words(pdf: Path, page: int) -> list[tuple[str, float, float]]:
    """The words on *page* of *pdf* with their left edge and top, in points."""
    pdftotext = shutil.which("pdftotext")
    need("pdftotext", pdftotext is not None, "Debian: poppler-utils")
    html = subprocess.run([str(pdftotext), "-bbox", "-f", str(page), "-l", str(page),
                           str(pdf), "-"], capture_output=True, text=True, check=True,
                          timeout=60).stdout
    return [(word, float(x), float(y)) for x, y, word in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)]


def test_libreoffice_lays_each_thumbnail_out_between_its_labels(tmp_path: Path) -> None:
    """LibreOffice's PDF of the document, drawn at 72 dots an inch (a dot a point): each
    photo's colour fills a box 2.7 cm on its longer side, flush with the labels' left
    edge, below the photo's label and above its caption's."""
    pdftoppm = shutil.which("pdftoppm")
    need("pdftoppm", pdftoppm is not None, "Debian: poppler-utils")
    shapes = SHAPES[:3]
    release = _release(shapes)
    source = tmp_path / "review.docx"
    source.write_bytes(review_docx(release, fingerprint(release)))
    result = subprocess.run(
        [_soffice(), f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=300)
    pdf = tmp_path / "review.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    pages = int(re.findall(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout)[0])
    subprocess.run([str(pdftoppm), "-r", "72", "-png", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=120)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == pages
    seen = 0
    for page, path in enumerate(images, start=1):
        picture = Image.open(path).convert("RGB")
        words = _words(pdf, page)
        labels = [(x, y) for word, x, y in words if word.upper() in ("PHOTO", "CAPTION")]
        for _, _, colour, _ in shapes:
            box = _box_of(picture, colour)
            if box is None:
                continue
            seen += 1
            left, top, right, bottom = box
            longest = 2.7 / 2.54 * 72
            assert abs(max(right - left, bottom - top) - longest) <= 3
            assert any(abs(left - x) <= 2 for x, _ in labels)  # (flush with the labels)
            above = [y for word, _, y in words if word.upper() == "PHOTO" and y < top]
            below = [y for word, _, y in words if word.upper() == "CAPTION" and y > bottom]
            assert above and below
            assert below[0] - bottom < 30 and top - max(above) < 40
    assert seen == len(shapes)


def _box_of(image: Image.Image, colour: tuple[int, int, int]) -> tuple[int, int, int, int] | None:
    """The bounding box of the pixels near *colour* (None: there are none)."""
    difference = ImageChops.difference(image, Image.new("RGB", image.size, colour))
    red, green, blue = difference.split()
    total = ImageChops.add(ImageChops.add(red, green), blue)
    return total.point(lambda value: 255 if value < 40 else 0).getbbox()

"""Photos in: metadata that must not be published is gone from every stored byte, the
picture is upright, captions and credits are read to prefill, and bad files get one
sentence each."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from releasedesk.errors import ReleaseDeskError
from releasedesk.media.copies import make_web_copies, scaled
from releasedesk.media.embedded import read_prefill
from releasedesk.media.intake import (
    MAX_PHOTO_BYTES,
    PhotoError,
    is_photo_id,
    new_id,
    photo_from_bytes,
    read_photo,
)
from releasedesk.media.names import size_of, web_widths
from releasedesk.media.strip import exif_orientation, strip_jpeg

import photo_files as pf

SECRETS = (pf.SERIAL.encode(), pf.MAKER_NOTE, b"Calloway Cameras", b"GPS", b"Photoshop",
           b"http://ns.adobe.com/xap", b"xmpmeta", b"MPF-PREVIEW")


def assert_clean(data: bytes) -> None:
    for secret in SECRETS:
        assert secret not in data, secret
    image = Image.open(io.BytesIO(data))
    exif = image.getexif()
    assert 0x8825 not in exif, "a GPS block survived"
    assert 0x8769 not in exif, "an EXIF sub-block (serial number, maker note) survived"
    assert set(exif) <= {0x0112}, f"EXIF tags left: {sorted(exif)}"
    assert not image.info.get("xmp") and "comment" not in image.info


def corner_colours(image: Image.Image) -> tuple[str, str]:
    """Which colour stands in the top-left and top-right corners: 'red', 'blue' or 'other'."""
    def name(pixel: tuple[int, ...]) -> str:
        r, g, b = pixel[:3]
        if r > 150 and g < 90 and b < 90:
            return "red"
        if b > 150 and r < 90 and g < 90:
            return "blue"
        return "other"

    rgb = image.convert("RGB")
    left, right = rgb.getpixel((1, 1)), rgb.getpixel((rgb.width - 2, 1))
    assert isinstance(left, tuple) and isinstance(right, tuple)
    return name(left), name(right)


def test_a_camera_jpeg_loses_location_serial_maker_note_and_previews() -> None:
    raw = pf.camera_jpeg()
    for secret in SECRETS:  # the test file really carries them
        assert secret in raw, secret
    intake = photo_from_bytes(raw, "DSC_0042.JPG")
    assert_clean(intake.photo.data)
    assert intake.photo.media_type == "image/jpeg"
    assert (intake.photo.width, intake.photo.height) == (1800, 1200)


def test_the_pixels_are_untouched_only_metadata_goes() -> None:
    raw = pf.camera_jpeg(iptc=False, xmp=False, trailer=False)
    stored = photo_from_bytes(raw, "a.jpg").photo.data
    original = Image.open(io.BytesIO(raw))
    assert Image.open(io.BytesIO(stored)).tobytes() == original.tobytes()
    assert len(stored) < len(raw)


@pytest.mark.parametrize("orientation,size,corners", [
    (1, (1800, 1200), ("red", "blue")),
    (3, (1800, 1200), ("other", "other")),  # upside down: the corners are at the bottom
    (6, (1200, 1800), ("other", "red")),  # turned clockwise: red moves to the top right
    (8, (1200, 1800), ("blue", "other")),
])
def test_orientation_is_applied_to_size_thumbnail_and_web_copies(
        orientation: int, size: tuple[int, int], corners: tuple[str, str]) -> None:
    intake = photo_from_bytes(pf.camera_jpeg(orientation=orientation), "turned.jpg")
    photo = intake.photo
    assert (photo.width, photo.height) == size
    assert corner_colours(intake.thumbnail) == corners
    assert intake.thumbnail.width / intake.thumbnail.height == pytest.approx(
        size[0] / size[1], rel=0.02)
    for width, data in make_web_copies(photo).items():
        copy = Image.open(io.BytesIO(data))
        assert copy.size == size_of(photo, width)
        assert corner_colours(copy) == corners
        assert not copy.getexif(), "a web copy carries EXIF"
    # The stored copy keeps nothing but the orientation, so every viewer shows it upright.
    assert exif_orientation(strip_jpeg(photo.data).exif) == orientation


def test_iptc_and_xmp_caption_credit_and_alt_are_offered() -> None:
    prefill = photo_from_bytes(pf.camera_jpeg(), "a.jpg").prefill
    assert prefill.caption == pf.IPTC_CAPTION
    assert prefill.credit == f"{pf.IPTC_BYLINE} / {pf.IPTC_CREDIT}"
    assert prefill.alt == pf.XMP_ALT
    assert not photo_from_bytes(pf.camera_jpeg(iptc=False, xmp=False), "b.jpg").prefill


def test_latin1_iptc_without_a_character_set_is_read() -> None:
    segment = pf.iptc_segment(caption="Café", byline="Zoë", credit="", encoding="cp1252")
    raw = pf.camera_jpeg(iptc=False, xmp=False)
    prefill = photo_from_bytes(raw[:2] + segment + raw[2:], "c.jpg").prefill
    assert (prefill.caption, prefill.credit) == ("Café", "Zoë")


def test_hostile_xmp_is_ignored_not_expanded() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><x>&b;</x>')
    assert not read_prefill(bomb, b"")
    assert not read_prefill(b"<not xml", b"8BIM\x04\x04\x00\x00\xff\xff\xff\xff")


def test_a_png_loses_exif_xmp_and_text_chunks() -> None:
    raw = pf.camera_png()
    assert pf.SERIAL.encode() in raw
    intake = photo_from_bytes(raw, "screen.png")
    assert intake.photo.media_type == "image/png"
    assert_clean(intake.photo.data)
    assert intake.prefill.alt == pf.XMP_ALT


def test_a_turned_png_is_stored_upright() -> None:
    intake = photo_from_bytes(pf.camera_png(orientation=6), "turned.png")
    assert (intake.photo.width, intake.photo.height) == (900, 1400)
    assert corner_colours(Image.open(io.BytesIO(intake.photo.data))) == ("other", "red")
    assert_clean(intake.photo.data)


def test_cmyk_jpeg_is_kept_and_its_web_copies_are_rgb() -> None:
    intake = photo_from_bytes(pf.camera_jpeg(mode="CMYK"), "print.jpg")
    assert Image.open(io.BytesIO(intake.photo.data)).mode == "CMYK"
    for data in make_web_copies(intake.photo).values():
        copy = Image.open(io.BytesIO(data))
        assert copy.mode == "RGB"
        assert corner_colours(copy) == ("red", "blue")


def test_sixteen_bit_png_is_scaled_not_clipped() -> None:
    intake = photo_from_bytes(pf.sixteen_bit_png(), "scan.png")
    grey = intake.thumbnail.convert("L")
    sky, sea = grey.getpixel((grey.width // 2, 5)), grey.getpixel((5, grey.height - 3))
    assert isinstance(sky, int) and isinstance(sea, int)
    assert 150 < sky < 230 and 40 < sea < 100  # not all white, not all black
    assert all(Image.open(io.BytesIO(d)).mode == "RGB"
               for d in make_web_copies(intake.photo).values())


def test_animated_gif_keeps_its_first_frame_and_says_so() -> None:
    intake = photo_from_bytes(pf.animated_gif(), "wave.gif")
    assert intake.photo.media_type == "image/png"
    assert [n.message for n in intake.notes] == [
        "wave.gif is animated; only its first frame is kept, as a still picture."]
    assert getattr(Image.open(io.BytesIO(intake.photo.data)), "n_frames", 1) == 1


def test_heic_from_a_phone_becomes_jpeg() -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    buffer = io.BytesIO()
    heif = pillow_heif.from_pillow(pf.picture(1600, 1200))
    heif.save(buffer, quality=80)
    intake = photo_from_bytes(buffer.getvalue(), "IMG_1234.HEIC")
    assert intake.photo.media_type == "image/jpeg"
    assert (intake.photo.width, intake.photo.height) == (1600, 1200)
    assert "converted from HEIC" in intake.notes[0].message


@pytest.mark.parametrize("raw,words", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a PDF document, not a photo"),
    (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>x()</script>'
     b"</svg>", "SVG drawing, which can carry scripts"),
    (b"", "is empty"),
    (b"just some words in a text file", "is not an image ReleaseDesk can use"),
    (b"II*\x00" + b"\x00" * 100, "is a TIFF image"),
    (pf.bomb_png(), "100000 × 100000 pixels"),
])
def test_bad_files_are_refused_with_one_sentence(raw: bytes, words: str) -> None:
    with pytest.raises(PhotoError) as caught:
        photo_from_bytes(raw, "photo.jpg")
    message = caught.value.message
    assert words in message
    assert message.count(". ") <= 2 and "\n" not in message and "Traceback" not in message


@pytest.mark.parametrize("cut", [100, 2000, 0.5, 0.95])
def test_truncated_files_are_refused(cut: float) -> None:
    for raw in (pf.camera_jpeg(trailer=False), pf.camera_png()):
        end = int(cut if cut > 1 else len(raw) * cut)
        with pytest.raises(PhotoError, match="damaged or cut short"):
            photo_from_bytes(raw[:end], "cut.jpg")


def test_a_60_mb_photo_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "huge.jpg"
    with big.open("wb") as handle:
        handle.write(pf.camera_jpeg())
        handle.truncate(60 * 1024 * 1024)
    with pytest.raises(PhotoError, match="is 60 MB; photos up to 50 MB"):
        read_photo(big)
    assert MAX_PHOTO_BYTES == 50 * 1024 * 1024


def test_missing_file_and_folder_are_sentences(tmp_path: Path) -> None:
    with pytest.raises(ReleaseDeskError, match="does not exist"):
        read_photo(tmp_path / "gone.jpg")
    with pytest.raises(ReleaseDeskError, match="is a folder"):
        read_photo(tmp_path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(min_size=0, max_size=3000),
       st.sampled_from([b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF89a",
                        b"RIFF\x00\x00\x00\x00WEBP", b""]))
def test_any_bytes_give_a_photo_or_one_photo_error(noise: bytes, head: bytes) -> None:
    """Whatever arrives, the answer is a photo or a PhotoError, never another exception."""
    try:
        intake = photo_from_bytes(head + noise, "x.jpg")
    except PhotoError as exc:
        assert exc.message
    else:
        assert intake.photo.data


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 8), st.integers(16, 400), st.integers(16, 400))
def test_every_orientation_and_size_gives_upright_copies_of_the_promised_size(
        orientation: int, width: int, height: int) -> None:
    buffer = io.BytesIO()
    pf.picture(width, height).save(buffer, "JPEG", exif=pf.exif_bytes(orientation))
    photo = photo_from_bytes(buffer.getvalue(), "p.jpg").photo
    turned = orientation in (5, 6, 7, 8)
    assert (photo.width, photo.height) == ((height, width) if turned else (width, height))
    assert_clean(photo.data)
    copies = make_web_copies(photo)
    assert set(copies) == set(web_widths(photo))
    for copy_width, data in copies.items():
        assert Image.open(io.BytesIO(data)).size == size_of(photo, copy_width)
    assert scaled(photo.data, (64, 64)).size[0] <= 64


@given(st.text(max_size=60), st.lists(st.text(max_size=12), max_size=6))
def test_ids_are_slugs_and_unique(name: str, taken: list[str]) -> None:
    made = new_id(name + ".jpg", taken)
    assert is_photo_id(made)
    assert made not in taken

"""Metadata removed at the byte level: the photographer's pixels stay exactly as they were.

A JPEG or PNG is a list of segments (chunks); the image data is in a few of them, and
everything a camera or phone adds about the picture (EXIF with GPS position, camera serial
number and maker notes; XMP; IPTC; comments; embedded previews, which carry their own EXIF)
is in others. Keeping only the segments a decoder needs removes all of it without
decoding and re-compressing the picture: no quality is lost and a 24-megapixel photo is
stripped in milliseconds. What is kept: JFIF, the ICC colour profile and Adobe's colour
transform flag (JPEG), the colour and transparency chunks (PNG); and, for a JPEG that must
be turned to be seen upright, a new EXIF block holding nothing but that orientation.

Every read is bounded by the data: a segment that claims to run past the end, a JPEG
without its end marker or a PNG without IEND is reported as cut short.
"""

from __future__ import annotations

import re
import struct

from ..records import Factory, record

JPEG_START = b"\xff\xd8\xff"
# Pillow's Image.MAX_IMAGE_PIXELS (it warns above it and refuses twice as many): the most
# pixels ReleaseDesk decodes, checked from the headers before anything is decoded.
MAX_PIXELS = 89_478_485
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

_EXIF = b"Exif\x00\x00"
_XMP = b"http://ns.adobe.com/xap/1.0/\x00"
_ICC = b"ICC_PROFILE\x00"
_PHOTOSHOP = b"Photoshop 3.0\x00"
# Start-of-frame markers (SOF0–SOF15 but DHT C4, JPG C8 and DAC CC): they give the size.
_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE,
                  0xCF})
# Inside a scan's entropy-coded data the next marker is an 0xFF followed by anything but a
# stuffed zero, a restart marker or another fill byte.
_NEXT_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
# PNG chunks a decoder needs to show the picture as meant; every other chunk goes (text,
# XMP in iTXt, eXIf, time stamps, and whatever a tool invented).
_PNG_KEEP = frozenset({b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"cHRM", b"gAMA",
                       b"iCCP", b"sBIT", b"sRGB", b"bKGD", b"pHYs", b"cICP", b"mDCv",
                       b"cLLi"})


class Truncated(ValueError):
    """The image ends before its own structure says it does."""


class Malformed(ValueError):
    """The bytes do not follow the format they start like."""


@record
class Stripped:
    """An image with its metadata removed, and what the metadata said that we use."""

    data: bytes
    width: int
    height: int
    orientation: int = 1  # EXIF orientation 1–8 of the original
    exif: bytes = b""  # the original EXIF (TIFF bytes), read for orientation only
    xmp: bytes = b""  # the original XMP packet (caption, credit, alt text to prefill)
    photoshop: bytes = b""  # the original Photoshop resources (IPTC caption and credit)
    components: int = 3  # JPEG: 1 grey, 3 YCbCr/RGB, 4 CMYK
    frame: int = 0xC0  # JPEG: its start-of-frame marker (C0 baseline, C2 progressive …)
    animated: bool = False  # PNG: an APNG (only its first frame is used)
    alpha: bool = False  # PNG: has transparency
    bit_depth: int = 8
    notes: list[str] = Factory(factory=list)


def strip_jpeg(raw: bytes) -> Stripped:
    """The JPEG without metadata segments or trailing data; raises Truncated or Malformed."""
    if not raw.startswith(JPEG_START):
        raise Malformed("not a JPEG")
    kept: list[bytes] = [b"\xff\xd8"]
    info = Stripped(b"", 0, 0)
    after_app0 = 1  # where an orientation-only EXIF block goes (after JFIF, if any)
    pos = 2
    end = len(raw)
    while True:
        if pos >= end:
            raise Truncated("no end marker")
        if raw[pos] != 0xFF:
            raise Malformed(f"expected a marker at byte {pos}")
        while pos < end and raw[pos] == 0xFF:
            pos += 1  # fill bytes
        if pos >= end:
            raise Truncated("ends inside a marker")
        marker = raw[pos]
        pos += 1
        if marker == 0xD9:  # end of image: anything after it (previews, trailers) goes
            kept.append(b"\xff\xd9")
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            kept.append(bytes((0xFF, marker)))
            continue
        if pos + 2 > end:
            raise Truncated("ends inside a segment length")
        (length,) = struct.unpack_from(">H", raw, pos)
        if length < 2:
            raise Malformed(f"segment length {length}")
        if pos + length > end:
            raise Truncated("a segment runs past the end")
        payload = raw[pos + 2 : pos + length]
        segment = raw[pos - 2 : pos + length]
        pos += length
        if 0xE0 <= marker <= 0xEF or marker == 0xFE:
            if _keep_app(marker, payload, info):
                kept.append(segment)
                if marker == 0xE0:
                    after_app0 = len(kept)
            continue
        if marker in _SOF:
            if len(payload) < 6:
                raise Malformed("short frame header")
            info.frame, info.bit_depth = marker, payload[0]
            info.height, info.width = struct.unpack_from(">HH", payload, 1)
            info.components = payload[5]
        kept.append(segment)
        if marker == 0xDA:  # start of scan: entropy-coded data up to the next marker
            stop = _next_marker(raw, pos)
            kept.append(raw[pos:stop])
            pos = stop
    if info.width == 0 or info.height == 0:
        raise Malformed("no frame header")
    info.orientation = exif_orientation(info.exif)
    if info.orientation != 1:
        kept.insert(after_app0, _orientation_segment(info.orientation))
    info.data = b"".join(kept)
    if info.orientation in (5, 6, 7, 8):  # turned by a quarter: seen the other way round
        info.width, info.height = info.height, info.width
    return info


_WINDOW = 256 * 1024


def _next_marker(raw: bytes, pos: int) -> int:
    """Where the marker after a scan's data starts; raises Truncated if none does.

    Searched a window at a time: one regex search over 8 MB holds the GIL for tens of
    milliseconds, which the editor's GUI thread would feel while a photo is read.
    """
    end = len(raw)
    while pos < end:
        stop = min(end, pos + _WINDOW)
        found = _NEXT_MARKER.search(raw, pos, min(end, stop + 1))  # (a marker may straddle)
        if found is not None:
            return found.start()
        pos = stop
    raise Truncated("ends inside the image data")


def _keep_app(marker: int, payload: bytes, info: Stripped) -> bool:
    """Keep the application segments a decoder needs; remember the ones we read."""
    if marker == 0xE0:
        return payload.startswith((b"JFIF\x00", b"JFXX\x00"))
    if marker == 0xE1:
        if payload.startswith(_EXIF) and not info.exif:
            info.exif = payload[len(_EXIF):]
        elif payload.startswith(_XMP) and not info.xmp:
            info.xmp = payload[len(_XMP):]
        return False
    if marker == 0xE2:
        return payload.startswith(_ICC)
    if marker == 0xED:
        if payload.startswith(_PHOTOSHOP):
            info.photoshop += payload[len(_PHOTOSHOP):]
        return False
    return marker == 0xEE and payload.startswith(b"Adobe")


def exif_orientation(tiff: bytes) -> int:
    """The Orientation tag (0x0112) of IFD0 in EXIF TIFF bytes; 1 when absent or unreadable."""
    if len(tiff) < 8:
        return 1
    order = tiff[:2]
    if order not in (b"II", b"MM"):
        return 1
    prefix = "<" if order == b"II" else ">"
    try:
        (ifd,) = struct.unpack_from(prefix + "I", tiff, 4)
        (count,) = struct.unpack_from(prefix + "H", tiff, ifd)
        for index in range(min(count, 1000)):
            entry = ifd + 2 + 12 * index
            tag, kind, _, value = struct.unpack_from(prefix + "HHIH", tiff, entry)
            if tag == 0x0112 and kind == 3:
                return value if 1 <= value <= 8 else 1
    except struct.error:
        return 1
    return 1


def _orientation_segment(orientation: int) -> bytes:
    """An APP1 EXIF segment holding only the orientation (big-endian TIFF, one IFD entry)."""
    tiff = (b"MM\x00\x2a" + struct.pack(">I", 8) + struct.pack(">H", 1)
            + struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0) + struct.pack(">I", 0))
    payload = _EXIF + tiff
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def strip_png(raw: bytes) -> Stripped:
    """The PNG with only the chunks a decoder needs; raises Truncated or Malformed."""
    if not raw.startswith(PNG_SIGNATURE):
        raise Malformed("not a PNG")
    kept: list[bytes] = [PNG_SIGNATURE]
    info = Stripped(b"", 0, 0)
    pos = len(PNG_SIGNATURE)
    end = len(raw)
    first = True
    while True:
        if pos + 8 > end:
            raise Truncated("no IEND chunk")
        length, kind = struct.unpack_from(">I4s", raw, pos)
        if length > 0x7FFFFFFF or not kind.isalpha():
            raise Malformed(f"bad chunk at byte {pos}")
        stop = pos + 12 + length
        if stop > end:
            raise Truncated("a chunk runs past the end")
        data = raw[pos + 8 : pos + 8 + length]
        if first:
            if kind != b"IHDR" or length != 13:
                raise Malformed("no IHDR first")
            info.width, info.height, info.bit_depth, colour = struct.unpack_from(">IIBB", data)
            info.alpha = colour in (4, 6)
            first = False
        if kind == b"tRNS":
            info.alpha = True
        elif kind == b"acTL":
            info.animated = True
        elif kind == b"eXIf":
            info.exif = data
        elif kind == b"iTXt" and data.startswith(b"XML:com.adobe.xmp\x00"):
            info.xmp = _itxt_text(data)
        if kind in _PNG_KEEP:
            kept.append(raw[pos:stop])
        pos = stop
        if kind == b"IEND":
            break
    if info.width == 0 or info.height == 0:
        raise Malformed("empty image")
    info.orientation = exif_orientation(info.exif)
    info.data = b"".join(kept)
    return info


def _itxt_text(data: bytes) -> bytes:
    """The text of an uncompressed iTXt chunk (keyword, flags, language, translated keyword)."""
    parts = data.split(b"\x00", 1)
    if len(parts) < 2 or len(parts[1]) < 2 or parts[1][0] != 0:
        return b""  # compressed XMP is rare; it is simply not read
    rest = parts[1][2:]
    pieces = rest.split(b"\x00", 2)
    return pieces[2] if len(pieces) == 3 else b""


def header_size(data: bytes) -> tuple[int, int]:
    """(width, height) as stored (before orientation), read from the headers alone.

    Cheap enough for every load: a JPEG's frame header comes before its image data.
    Raises Malformed or Truncated.
    """
    if data.startswith(PNG_SIGNATURE):
        if len(data) < 24 or data[12:16] != b"IHDR":
            raise Malformed("no IHDR")
        width, height = struct.unpack_from(">II", data, 16)
        return width, height
    if not data.startswith(JPEG_START):
        raise Malformed("neither JPEG nor PNG")
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            raise Malformed("expected a marker")
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        (length,) = struct.unpack_from(">H", data, pos + 2)
        if marker in _SOF:
            if pos + 9 > len(data):
                raise Truncated("short frame header")
            height, width = struct.unpack_from(">HH", data, pos + 5)
            return width, height
        if marker == 0xDA or length < 2:
            break
        pos += 2 + length
    raise Truncated("no frame header")


def stripped_again(data: bytes) -> bytes:
    """*data* (a stored JPEG or PNG) with its metadata removed once more before it leaves in
    an export: a release made by another program, or edited by hand, may carry a photo
    that was never stripped. Raises Malformed or Truncated for bytes that are neither."""
    if data.startswith(JPEG_START):
        return strip_jpeg(data).data
    if data.startswith(PNG_SIGNATURE):
        return strip_png(data).data
    raise Malformed("neither a JPEG nor a PNG")

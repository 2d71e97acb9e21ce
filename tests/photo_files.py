"""Real image files made in the tests: the EXIF, IPTC and XMP that phones and photographers
write (GPS position, camera serial number, maker notes, captions, credits), rotation,
CMYK, 16-bit, animation, and the broken files that arrive by e-mail."""

from __future__ import annotations

import copy
import functools
import io
import struct
import zlib

from PIL import Image, ImageDraw

from releasedesk.media.intake import photo_from_bytes
from releasedesk.model import Photo

SERIAL = "CX9-SERIAL-4711"
MAKER_NOTE = b"CALLOWAY-MAKERNOTE-SECRET"
GPS_MARK = (51.0, 30.0, 12.5)
IPTC_CAPTION = "The new ferry Tidewater Spirit leaves Port Calloway at dawn."
IPTC_BYLINE = "Ana Reyes"
IPTC_CREDIT = "Calloway Harbour Authority"
XMP_ALT = "A white electric ferry leaving a harbour at sunrise"


def picture(width: int, height: int, mode: str = "RGB") -> Image.Image:
    """A picture with structure (so JPEG sizes are photo-like): sky, sea and a hull.

    The top-left corner is red and the top-right blue, so a test can tell which way up a
    copy stands.
    """
    image = Image.new("RGB", (width, height), (170, 200, 230))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, height * 3 // 5, width, height), fill=(30, 70, 110))
    draw.rectangle((width // 4, height // 2, width * 3 // 4, height * 2 // 3), fill=(245, 245, 240))
    corner = max(2, min(width, height) // 8)
    draw.rectangle((0, 0, corner, corner), fill=(220, 20, 20))
    draw.rectangle((width - corner, 0, width, corner), fill=(20, 20, 220))
    return image if mode == "RGB" else image.convert(mode)


def exif_bytes(orientation: int = 1, gps: bool = True) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Calloway Cameras"  # Make
    exif[0x0110] = "CX-9"  # Model
    exif[0x0112] = orientation
    sub = exif.get_ifd(0x8769)
    sub[0xA431] = SERIAL  # BodySerialNumber
    sub[0x927C] = MAKER_NOTE  # MakerNote
    if gps:
        place = exif.get_ifd(0x8825)
        place[1] = "N"
        place[2] = GPS_MARK
        place[3] = "W"
        place[4] = (3.0, 10.0, 5.25)
    return exif.tobytes()


def iptc_segment(caption: str = IPTC_CAPTION, byline: str = IPTC_BYLINE,
                 credit: str = IPTC_CREDIT, encoding: str = "utf-8") -> bytes:
    """An APP13 segment with IPTC IIM inside Photoshop's image resources (UTF-8 declared as
    such; any other encoding undeclared, as old software wrote it)."""
    def dataset(record: int, number: int, value: bytes) -> bytes:
        return bytes((0x1C, record, number)) + struct.pack(">H", len(value)) + value

    declared = dataset(1, 90, b"\x1b%G") if encoding == "utf-8" else b""
    iim = (declared + dataset(2, 120, caption.encode(encoding))
           + dataset(2, 80, byline.encode(encoding)) + dataset(2, 110, credit.encode(encoding)))
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iim)) \
        + iim + (b"\x00" if len(iim) % 2 else b"")
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def xmp_packet(alt: str = XMP_ALT, gps: bool = True) -> bytes:
    location = ('<exif:GPSLatitude>51,30.2N</exif:GPSLatitude>'
                '<exif:GPSLongitude>3,10.1W</exif:GPSLongitude>') if gps else ""
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/" '
        'xmlns:exif="http://ns.adobe.com/exif/1.0/">'
        f'<Iptc4xmpCore:AltTextAccessibility><rdf:Alt><rdf:li xml:lang="x-default">{alt}'
        '</rdf:li></rdf:Alt></Iptc4xmpCore:AltTextAccessibility>'
        f'{location}</rdf:Description></rdf:RDF></x:xmpmeta>').encode()


def xmp_segment(packet: bytes) -> bytes:
    payload = b"http://ns.adobe.com/xap/1.0/\x00" + packet
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def camera_jpeg(width: int = 1800, height: int = 1200, orientation: int = 1,
                iptc: bool = True, xmp: bool = True, quality: int = 88,
                trailer: bool = True, mode: str = "RGB") -> bytes:
    """A JPEG as a camera or phone writes it: EXIF with GPS, serial number and maker note,
    IPTC caption and credit, XMP alt text and GPS, a comment, and data after the image's
    end (as multi-picture previews are)."""
    buffer = io.BytesIO()
    picture(width, height, mode).save(buffer, "JPEG", quality=quality, exif=exif_bytes(orientation),
                                      comment=b"GPS 51.5034N shot by serial " + SERIAL.encode())
    data = buffer.getvalue()
    extra = (iptc_segment() if iptc else b"") + (xmp_segment(xmp_packet()) if xmp else b"")
    data = data[:2] + extra + data[2:]
    if trailer:
        data += b"\xff\xd8MPF-PREVIEW GPS " + SERIAL.encode() + b"\xff\xd9"
    return data


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + \
        struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def camera_png(width: int = 1400, height: int = 900, mode: str = "RGB",
               orientation: int = 1) -> bytes:
    """A PNG with eXIf (GPS, serial), XMP in iTXt and a text comment."""
    buffer = io.BytesIO()
    picture(width, height, mode).save(buffer, "PNG")
    data = buffer.getvalue()
    exif = exif_bytes(orientation)[6:]  # eXIf holds the TIFF bytes without "Exif\0\0"
    extra = (png_chunk(b"eXIf", exif)
             + png_chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + xmp_packet())
             + png_chunk(b"tEXt", b"Comment\x00serial " + SERIAL.encode()))
    return data[:33] + extra + data[33:]


def sixteen_bit_png(width: int = 1300, height: int = 800) -> bytes:
    image = picture(width, height).convert("L").point(lambda v: v * 256, "I").convert("I;16")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def animated_gif(frames: int = 3) -> bytes:
    images = []
    for number in range(frames):
        frame = picture(1300, 800)
        ImageDraw.Draw(frame).rectangle((300, 300, 300 + 200 * (number + 1), 400),
                                        fill=(40 * number, 200, 40))
        images.append(frame.quantize(64))
    buffer = io.BytesIO()
    images[0].save(buffer, "GIF", save_all=True, append_images=images[1:], duration=200, loop=0)
    return buffer.getvalue()


def bomb_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A small PNG whose header claims a gigantic picture (a decompression bomb)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024, 9)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", idat)
            + png_chunk(b"IEND", b""))


@functools.lru_cache(maxsize=64)
def _added(name: str, width: int, height: int, taken: tuple[str, ...]) -> Photo:
    """The camera file made and taken in once per name, size and ids taken: the same
    arguments give the same bytes, and encoding a photo costs more than the tests using it."""
    return photo_from_bytes(camera_jpeg(width, height), name, taken).photo


def photo(name: str = "ferry-at-dawn.jpg", width: int = 1800, height: int = 1200,
          caption: str = "The Tidewater Spirit leaves Port Calloway.",
          credit: str = "Ana Reyes / Calloway Harbour Authority",
          alt: str = "A white ferry leaving a harbour at sunrise", lead: bool = False,
          taken: tuple[str, ...] = ()) -> Photo:
    """A stored photo, as the editor or the CLI adds it (a fresh copy each call)."""
    result = copy.deepcopy(_added(name, width, height, tuple(taken)))
    result.caption, result.credit, result.alt, result.lead = caption, credit, alt, lead
    return result

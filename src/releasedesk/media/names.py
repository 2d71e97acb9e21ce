"""The names and sizes of a photo's web copies, known without decoding anything.

Kept apart from copies.py so the render layer and the editor's start never import Pillow
to lay a release out; only making the copies does.
"""

from __future__ import annotations

import struct

from ..model import Photo

WEB_WIDTHS = (800, 1600)


def web_widths(photo: Photo) -> tuple[int, ...]:
    """The widths of the photo's web copies, smallest first: 800 and 1600 px, the largest
    never wider than the photo itself (a 1200-px photo: 800 and 1200)."""
    largest = min(photo.width, WEB_WIDTHS[-1])
    return (*(w for w in WEB_WIDTHS if w < largest), largest)


def size_of(photo: Photo, width: int) -> tuple[int, int]:
    """The pixel size of the web copy *width* wide (as copies.make_web_copies rounds it)."""
    if width >= photo.width:
        return photo.width, photo.height
    return width, max(1, round(photo.height * width / photo.width))


def file_size_text(size: int) -> str:
    """A photo's file size as a person reads it: whole kilobytes under one megabyte ("36 KB",
    never "0.0 MB"), else megabytes to one decimal ("2.4 MB"); 1 KB = 1,024 bytes."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def has_alpha(photo: Photo) -> bool:
    """A PNG with an alpha channel or a transparency chunk (read from its chunks alone)."""
    data = photo.data
    if photo.media_type != "image/png" or len(data) < 33:
        return False
    if data[25] in (4, 6):  # IHDR colour type: grey + alpha, RGB + alpha
        return True
    pos = 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack_from(">I4s", data, pos)
        if kind == b"tRNS":
            return True
        if kind in (b"IDAT", b"IEND"):
            return False
        pos += 12 + length
    return False


def web_suffix(photo: Photo) -> str:
    """".png" for a transparent PNG (JPEG has no transparency), else ".jpg"."""
    return ".png" if has_alpha(photo) else ".jpg"


def web_name(photo: Photo, width: int) -> str:
    """The file name of a web copy: ``ID-800.jpg``."""
    return f"{photo.id}-{width}{web_suffix(photo)}"


def web_files(photo: Photo) -> tuple[tuple[int, int, str], ...]:
    """(width, height, file name) of every web copy, smallest first."""
    return tuple((*size_of(photo, width), web_name(photo, width))
                 for width in web_widths(photo))

"""When an export may carry a photo's own bytes instead of a copy made from its pixels.

Every new compression loses a little: a photo exported to Word as a fresh JPEG and
imported back is a different, slightly worse picture each round. So the Word document
holds the stored photo itself (its metadata removed once more, as every export does:
for a photo stored by ReleaseDesk, the very bytes stored) when all of these hold:

- it is a JPEG of 8 bits, grey or colour (not CMYK: Word and LibreOffice show those
  unalike), baseline or progressive (not lossless or arithmetic-coded), or a PNG of at
  most 8 bits a channel, not animated: what Word, LibreOffice and browsers all show;
- it is seen upright as stored (no EXIF orientation to apply: Word ignores it);
- it is at most ``WIDER`` times as wide as the largest copy the export would use
  (names.web_widths), and its bytes are no more than that copy's pixels take
  uncompressed (``BYTES_PER_PIXEL`` each): a photo that is much larger, or stored
  uncompressed-heavy, gets the scaled copy as before.

Read from the headers and segments alone (strip.py): no pixel is decoded.
"""

from __future__ import annotations

from fractions import Fraction

from ..model import Photo
from .names import size_of
from .strip import JPEG_START, PNG_SIGNATURE, Malformed, Stripped, Truncated, strip_jpeg, strip_png

WIDER = Fraction(5, 4)
BYTES_PER_PIXEL = 3
_SHOWN_FRAMES = (0xC0, 0xC1, 0xC2)  # baseline, extended, progressive


def stored_bytes(photo: Photo, width: int) -> bytes | None:
    """The bytes to embed for *photo* where the export's largest copy of it is *width*
    pixels wide: its own (metadata removed), when the rule above keeps them; else None
    (use the copy)."""
    data = photo.data
    try:
        if data.startswith(JPEG_START):
            info: Stripped = strip_jpeg(data)
            if info.components not in (1, 3) or info.bit_depth != 8 or \
                    info.frame not in _SHOWN_FRAMES:
                return None
        elif data.startswith(PNG_SIGNATURE):
            info = strip_png(data)
            if info.bit_depth > 8 or info.animated:
                return None
        else:
            return None
    except (Malformed, Truncated):
        return None
    copy_width, copy_height = size_of(photo, width)
    if info.orientation != 1 or info.width > copy_width * WIDER or \
            len(info.data) > copy_width * copy_height * BYTES_PER_PIXEL:
        return None
    return info.data

"""The PDF's streams compressed by ReleaseDesk, after WeasyPrint has drawn them and before
they are written: the same pages, a little smaller, for about a quarter of the time.

WeasyPrint hands its finished document (a pydyf PDF) to a *finisher* before it writes it
(Document.write_pdf's documented ``finisher``). This one does two things to each stream
WeasyPrint would compress:

- **No zero kernings.** WeasyPrint draws each line as one TJ array of glyphs and writes
  the space to move after a glyph as a number between two hex strings; it writes it after
  almost every glyph, and almost always 0 (``<0048>0<0065>``: 40,000 of them in the 5k-word
  release). A 0 in a TJ array moves nothing (PDF 32000-1, 9.4.3), so ``>0<`` is removed
  from arrays made only of hex strings and numbers: the same glyphs at the same places.
- **Compressed at zlib's default level (6), not 9.** pydyf compresses every stream at level
  9, which took about 3 % of an export's processor time on text like a release's; level 6
  makes streams a few hundred bytes larger in all, which the removed zeros more than make up.

A stream with anything unusual (a filter of its own, items other than bytes, text, whole
numbers and PDF objects) is left to pydyf as it was: it is compressed at level 9 as before.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from typing import Protocol

# zlib's level for the PDF's streams (6 is zlib's own default; pydyf uses 9).
LEVEL = 6
# A TJ operation as WeasyPrint writes it: an array of hex strings of whole bytes (two digits
# each) and numbers, nothing between them. In such an array ">0<" is always a string's end,
# the number 0 and the next string's start.
# (Numbers are runs of digits, signs and points: a malformed number cannot make ">0<".)
_TJ_ARRAY = re.compile(rb"\[[-+.\d]*(?:<(?:[0-9A-Fa-f]{2})*>[-+.\d]*)*\] TJ")
_ZERO_KERNING = b">0<"


def finish_streams(document: object, pdf: object) -> None:
    """A WeasyPrint finisher (Document.write_pdf(finisher=…)): *pdf*'s streams that pydyf
    would compress, compressed here (at LEVEL, their TJ arrays without zero kernings).
    *document* (WeasyPrint's) is not needed."""
    import pydyf

    for item in getattr(pdf, "objects", ()):
        if isinstance(item, pydyf.Stream):
            compress_stream(item)


class PdfStream(Protocol):
    """What this module takes of a pydyf Stream (pydyf has no type information): its
    items, its dictionary and whether pydyf is to compress it."""

    stream: list[object]
    extra: dict[str, object]
    compress: bool


def compress_stream(stream: PdfStream) -> bool:
    """Compress one pydyf Stream in place, as finish_streams does; False (and the stream as
    it was) where it is not one pydyf would compress plainly."""
    if not stream.compress:
        return False
    extra = stream.extra
    if not isinstance(extra, dict) or "Filter" in extra or "DecodeParms" in extra:
        return False
    raw = joined(stream.stream)
    if raw is None:
        return False
    stream.stream = [zlib.compress(raw, LEVEL)]
    extra["Filter"] = "/FlateDecode"
    stream.compress = False
    return True


def joined(items: Iterable[object]) -> bytes | None:
    """A stream's items as pydyf joins them (one a line), each TJ array without its zero
    kernings; None if an item is of a kind this module does not write (pydyf's floats)."""
    import pydyf

    out: list[bytes] = []
    for item in items:
        if isinstance(item, bytes):
            if item.endswith(b"] TJ") and _ZERO_KERNING in item and _TJ_ARRAY.fullmatch(item):
                item = without_zero_kernings(item)
            out.append(item)
        elif isinstance(item, str):
            out.append(item.encode("ascii"))
        elif isinstance(item, int):  # (pydyf writes a whole number, and a bool, so)
            out.append(str(item).encode("ascii"))
        elif isinstance(item, pydyf.Object):
            out.append(item.data)
        else:
            return None
    return b"\n".join(out)


def without_zero_kernings(operation: bytes) -> bytes:
    """A TJ operation (``[<hex>n<hex>…] TJ``) without its 0 moves between two strings.

    Removing ``>0<`` joins the two hex strings around the 0 into one: the same bytes, so
    the same glyphs, shown one after the other as the 0 showed them. Only for an
    operation _TJ_ARRAY matches whole (joined checks that)."""
    return operation.replace(_ZERO_KERNING, b"")

"""Scaled copies of the stored photos: web sizes for the exports, small ones for previews.

Decoding is the cost: a 24-megapixel JPEG is 72 MB of pixels. A JPEG is therefore decoded
at a reduced scale straight away (libjpeg's DCT scaling, Pillow's ``draft``), never at full
size when a smaller copy is asked for; the orientation the photo carries is applied, and
colours are brought to 8-bit RGB (CMYK through its ICC profile when it has one, 16-bit
greys scaled, not clipped) so every browser, Word and LibreOffice show the copy alike.

``PhotoCopies`` makes each photo's web copies once and shares them between the writers of
one export; it is an object of its own per export (no module state), safe across threads.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor

from PIL import Image, ImageCms, ImageOps

from ..model import Photo
from .names import size_of, web_name, web_suffix, web_widths
from .strip import stripped_again

JPEG_QUALITY = 85
_ALPHA_MODES = ("RGBA", "LA", "PA", "RGBa", "La")


def open_image(data: bytes) -> Image.Image:
    """The stored photo, opened lazily (headers only): JPEG or PNG, nothing else."""
    return Image.open(io.BytesIO(data), formats=("JPEG", "PNG"))


def scaled(data: bytes, box: tuple[int, int]) -> Image.Image:
    """The photo upright, in 8-bit RGB or RGBA, fitted inside *box* (never enlarged)."""
    image = open_image(data)
    if image.format == "JPEG":
        # Decode at 1/2, 1/4 or 1/8 when that still covers the box, turned as the photo
        # will be: a 24-megapixel photo for a 560-pixel preview decodes 750 × 500 pixels.
        wide, high = box
        if image.getexif().get(0x0112, 1) in (5, 6, 7, 8):
            wide, high = high, wide
        image.draft(image.mode if image.mode in ("L", "CMYK") else "RGB", (wide, high))
    ImageOps.exif_transpose(image, in_place=True)  # (no copy of the decoded pixels)
    image = web_mode(image)
    if image.width > box[0] or image.height > box[1]:
        image.thumbnail(box, Image.Resampling.LANCZOS, reducing_gap=3.0)
    return image


def web_mode(image: Image.Image) -> Image.Image:
    """8-bit RGB (or RGBA when transparent), the colours a browser and Word agree on."""
    mode = image.mode
    if mode in ("RGB", "RGBA"):
        return image
    if mode == "CMYK":
        return _cmyk_to_rgb(image)
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        # 16-bit grey: scaled to 8 bits (a plain convert would clip everything to white).
        wide = image if mode == "I" else image.convert("I")
        return wide.point(lambda value: value / 256).convert("L").convert("RGB")
    if mode == "F":
        return image.convert("L").convert("RGB")
    if mode == "P" and "transparency" in image.info:
        return image.convert("RGBA")
    if mode in _ALPHA_MODES:
        return image.convert("RGBA")
    return image.convert("RGB")


def _cmyk_to_rgb(image: Image.Image) -> Image.Image:
    profile = image.info.get("icc_profile")
    if profile:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
            target = ImageCms.createProfile("sRGB")
            converted = ImageCms.profileToProfile(image, source, target, outputMode="RGB")
            if converted is not None:
                return converted
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: the plain conversion below is close enough
    return image.convert("RGB")


def encode(image: Image.Image, suffix: str, icc: bytes | None = None) -> bytes:
    buffer = io.BytesIO()
    if suffix == ".png":
        image.save(buffer, "PNG", compress_level=6)
    else:
        if image.mode != "RGB":
            image = image.convert("RGB")
        image.save(buffer, "JPEG", quality=JPEG_QUALITY, progressive=True,
                   icc_profile=icc or None)
    return buffer.getvalue()


def make_web_copies(photo: Photo) -> dict[int, bytes]:
    """{width: bytes} of every web copy of *photo*, from one reduced decode.

    Each copy is exactly names.size_of(photo, width): the page's width and height
    attributes say so before the image loads.
    """
    widths = sorted(web_widths(photo), reverse=True)
    # From the stored bytes stripped once more: Pillow writes a JPEG's comment (and XMP)
    # back into copies, and a release made by another program may not have stripped them.
    image = scaled(stripped_again(photo.data), size_of(photo, widths[0]))
    suffix = web_suffix(photo)
    icc = image.info.get("icc_profile") if image.mode in ("RGB", "RGBA") else None
    copies: dict[int, bytes] = {}
    for width in widths:
        size = size_of(photo, width)
        if image.size != size:
            image = image.resize(size, Image.Resampling.LANCZOS)
        copies[width] = encode(image, suffix, icc)
    return copies


class PhotoCopies:
    """Web copies made on first use and kept for the life of one export (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._made: dict[str, dict[int, bytes]] = {}

    def prepare(self, photos: Iterable[Photo]) -> None:
        """Make the copies of every photo not yet made, two photos at a time."""
        with self._lock:
            missing = {p.sha256: p for p in photos if p.sha256 not in self._made}
            if not missing:
                return
            if len(missing) == 1:
                (key, photo), = missing.items()
                self._made[key] = make_web_copies(photo)
                return
            # Pillow decodes and resizes without the GIL: two photos use two cores.
            with ThreadPoolExecutor(max_workers=2, thread_name_prefix="photo-copies") as pool:
                for key, copies in zip(missing, pool.map(make_web_copies, missing.values()),
                                       strict=True):
                    self._made[key] = copies

    def copy(self, photo: Photo, width: int) -> bytes:
        """The web copy of *photo* that is *width* wide (one of web_widths(photo))."""
        self.prepare([photo])
        return self._made[photo.sha256][width]

    def files(self, photos: Iterable[Photo]) -> dict[str, bytes]:
        """{file name: bytes} of every web copy of *photos*, for the folder beside a page."""
        photos = list(photos)
        self.prepare(photos)
        return {web_name(p, w): self._made[p.sha256][w] for p in photos for w in web_widths(p)}

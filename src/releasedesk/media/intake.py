"""A photo file in: checked, its metadata stripped, turned upright, ready to store.

What comes out is always a JPEG or a PNG, because every browser, Word and LibreOffice
show those. A JPEG or PNG keeps the photographer's compressed pixels untouched (strip.py
removes only metadata); a GIF keeps its first frame as PNG, a WebP or an HEIC photo from
a phone is converted once, at high quality. What goes wrong gets one sentence saying what
to do: a file that is no image (a PDF renamed .jpg), one cut short, a decompression bomb
(more pixels than Pillow's limit, refused before anything is decoded), SVG (it can carry
scripts), an image format no browser shows, a file over 50 MB.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from ..errors import N_, ReleaseDeskError, explain_os_error
from ..files import FileTooLarge, read_bounded
from ..model import Photo
from ..records import Factory, record
from .copies import scaled
from .embedded import Prefill, read_prefill
from .strip import MAX_PIXELS, Malformed, Stripped, Truncated, strip_jpeg, strip_png

MAX_PHOTO_BYTES = 50 * 1024 * 1024
THUMBNAIL_BOX = (320, 320)
CONVERTED_QUALITY = 92
PHOTO_REFERENCE = "photo:"


class PhotoError(ReleaseDeskError):
    """The file cannot become a photo of the release; the message says why and what to do."""


@record(frozen=True)
class Note:
    """Something the user should know about a photo that was added (a template and args)."""

    template: str
    args: tuple[tuple[str, object], ...] = ()

    @property
    def message(self) -> str:
        return self.template.format(**dict(self.args))


@record
class Intake:
    """A photo ready to join a release, with what its file said and what was done to it."""

    photo: Photo
    prefill: Prefill
    thumbnail: Image.Image  # upright, RGB(A), within THUMBNAIL_BOX: proof that it decodes
    notes: list[Note] = Factory(factory=list)


def read_photo(path: Path, taken: Iterable[str] = ()) -> Intake:
    """Read the image file *path* as a new photo whose id is none of *taken*."""
    path = Path(path)
    name = path.name
    try:
        # Only a regular file is read, never blocking on a pipe (files.py).
        raw = read_bounded(path, MAX_PHOTO_BYTES)
    except FileTooLarge as exc:
        raise too_large(name, exc.size) from exc
    except IsADirectoryError as exc:
        raise PhotoError(N_("{name} is a folder, not a photo."), name=name) from exc
    except FileNotFoundError as exc:
        raise PhotoError(N_("{path} does not exist. Check the name and folder."),
                         path=str(path)) from exc
    except OSError as exc:
        raise explain_os_error(exc, path, N_("read the photo")) from exc
    return photo_from_bytes(raw, name, taken)


def too_large(name: str, size: int) -> PhotoError:
    return PhotoError(N_("{name} is {size} MB; photos up to {max} MB can be added. Save a "
                         "smaller JPEG of it (full size at quality 90 is plenty) and add that."),
                      name=name, size=round(size / 1024 / 1024),
                      max=MAX_PHOTO_BYTES // 1024 // 1024)


def photo_from_bytes(raw: bytes, name: str, taken: Iterable[str] = ()) -> Intake:
    """The photo in *raw* (the bytes of the file *name*); raises PhotoError with one sentence."""
    if len(raw) > MAX_PHOTO_BYTES:
        raise too_large(name, len(raw))
    if not raw:
        raise PhotoError(N_("{name} is empty (0 bytes); it is not a photo."), name=name)
    kind = sniff(raw)
    notes: list[Note] = []
    if kind == "jpeg":
        stripped = _strip(strip_jpeg, raw, name)
        media_type = "image/jpeg"
    elif kind == "png":
        stripped = _strip(strip_png, raw, name)
        media_type = "image/png"
        if stripped.animated:
            stripped, media_type = _first_frame(raw, name, notes)
    elif kind in ("gif", "webp", "heic"):
        stripped, media_type = _convert(raw, name, kind, notes)
    else:
        raise _refusal(kind, name)
    _check_pixels(stripped.width, stripped.height, name)
    if kind == "png" and stripped.orientation != 1:
        stripped, media_type = _upright_png(stripped, name)
    prefill = read_prefill(stripped.xmp, stripped.photoshop)
    photo = Photo(id=new_id(name, taken), data=stripped.data, media_type=media_type,
                  width=stripped.width, height=stripped.height,
                  sha256=hashlib.sha256(stripped.data).hexdigest(), source_name=name)
    try:
        thumbnail = scaled(photo.data, THUMBNAIL_BOX)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise _damaged(name) from exc
    return Intake(photo, prefill, thumbnail, notes)


def sniff(raw: bytes) -> str:
    """What the bytes are, by their signature, never by the file's name."""
    head = raw[:64]
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"):
            return "heic"
        if brand in (b"avif", b"avis"):
            return "avif"
        return "video"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith(b"BM"):
        return "bmp"
    start = raw[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"<svg" in start and start.startswith((b"<svg", b"<?xml", b"<!--", b"<!doctype")):
        return "svg"
    return "unknown"


def _refusal(kind: str, name: str) -> PhotoError:
    if kind == "svg":
        return PhotoError(N_("{name} is an SVG drawing, which can carry scripts; it was not "
                             "added. Export it as PNG and add that."), name=name)
    if kind == "pdf":
        return PhotoError(N_("{name} is a PDF document, not a photo, whatever its name says. "
                             "Export the picture from it as JPEG or PNG and add that."),
                          name=name)
    if kind in ("tiff", "bmp", "avif"):
        return PhotoError(N_("{name} is a {kind} image, which web pages cannot show. Save it "
                             "as JPEG (or PNG) and add that."), name=name, kind=kind.upper())
    if kind == "video":
        return PhotoError(N_("{name} is a video or an unusual image container, not a photo "
                             "ReleaseDesk can use. Save a still as JPEG and add that."),
                          name=name)
    return PhotoError(N_("{name} is not an image ReleaseDesk can use; photos can be JPEG, "
                         "PNG, GIF, WebP or HEIC."), name=name)


def _damaged(name: str) -> PhotoError:
    return PhotoError(N_("{name} is damaged or cut short, so its picture cannot be read. Copy "
                         "it again from the camera or the sender and add that copy."), name=name)


def _strip(strip: Callable[[bytes], Stripped], raw: bytes, name: str) -> Stripped:
    try:
        return strip(raw)
    except Truncated as exc:
        raise _damaged(name) from exc
    except Malformed as exc:
        raise _damaged(name) from exc


def _check_pixels(width: int, height: int, name: str) -> None:
    if width * height > MAX_PIXELS:
        raise PhotoError(N_("{name} claims to be {width} × {height} pixels, more than the "
                            "{max} megapixels ReleaseDesk decodes (a file like this can be made "
                            "to exhaust memory); it was not added. Resize it and add that."),
                         name=name, width=width, height=height, max=MAX_PIXELS // 1_000_000)


def _open(raw: bytes, name: str, formats: tuple[str, ...]) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(raw), formats=formats)
    except Image.DecompressionBombError as exc:
        raise PhotoError(N_("{name} claims more pixels than ReleaseDesk decodes (a file "
                            "like this can be made to exhaust memory); it was not added."),
                         name=name) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise _damaged(name) from exc
    _check_pixels(image.width, image.height, name)
    return image


def _reencoded(image: Image.Image, name: str, prefer_png: bool) -> tuple[Stripped, str]:
    """A decoded picture written once as PNG (transparency, lossless) or JPEG, no metadata."""
    from .copies import web_mode

    try:
        image.load()
        image = web_mode(image)
    except (OSError, SyntaxError, ValueError) as exc:
        raise _damaged(name) from exc
    buffer = io.BytesIO()
    icc = image.info.get("icc_profile")
    if prefer_png or image.mode == "RGBA":
        image.save(buffer, "PNG", compress_level=6, icc_profile=icc)
        return strip_png(buffer.getvalue()), "image/png"
    image.save(buffer, "JPEG", quality=CONVERTED_QUALITY, icc_profile=icc)
    return strip_jpeg(buffer.getvalue()), "image/jpeg"


def _first_frame(raw: bytes, name: str, notes: list[Note]) -> tuple[Stripped, str]:
    image = _open(raw, name, ("PNG", "GIF", "WEBP"))
    notes.append(Note(N_("{name} is animated; only its first frame is kept, as a still "
                         "picture."), (("name", name),)))
    image.seek(0)
    return _reencoded(image, name, prefer_png=True)


def _convert(raw: bytes, name: str, kind: str, notes: list[Note]) -> tuple[Stripped, str]:
    if kind == "heic":
        image = _open_heic(raw, name)
        notes.append(Note(N_("{name} was converted from HEIC to JPEG, which every browser "
                             "and Word can show."), (("name", name),)))
        # libheif has already turned the picture upright (its irot/imir boxes).
        return _reencoded(image, name, prefer_png=False)
    image = _open(raw, name, ("GIF",) if kind == "gif" else ("WEBP",))
    if getattr(image, "n_frames", 1) > 1:
        return _first_frame(raw, name, notes)
    if kind == "webp":
        from PIL import ImageOps

        notes.append(Note(N_("{name} was converted from WebP, which Word cannot show."),
                          (("name", name),)))
        return _reencoded(ImageOps.exif_transpose(image), name,
                          prefer_png=image.info.get("lossless", False))
    return _reencoded(image, name, prefer_png=True)


def _open_heic(raw: bytes, name: str) -> Image.Image:
    try:
        import pillow_heif
    except ImportError as exc:
        raise PhotoError(N_("{name} is an HEIC photo, which this installation cannot read. "
                            "Convert it to JPEG (on a phone: share or export it as JPEG) and "
                            "add that."), name=name) from exc
    try:
        heif = pillow_heif.open_heif(io.BytesIO(raw), convert_hdr_to_8bit=True)
        _check_pixels(heif.size[0], heif.size[1], name)
        return heif.to_pillow()
    except PhotoError:
        raise
    except (ValueError, RuntimeError, OSError, SyntaxError) as exc:
        raise _damaged(name) from exc


def _upright_png(stripped: Stripped, name: str) -> tuple[Stripped, str]:
    """A PNG that asks to be turned (eXIf orientation) is turned once: lossless anyway."""
    from PIL import ImageOps

    image = _open(stripped.data, name, ("PNG",))
    image.info["exif"] = b"Exif\x00\x00" + stripped.exif
    upright = ImageOps.exif_transpose(image)
    result, media_type = _reencoded(upright, name, prefer_png=True)
    result.xmp, result.photoshop = stripped.xmp, stripped.photoshop
    return result, media_type


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def new_id(name: str, taken: Iterable[str] = ()) -> str:
    """A short, readable, unique id from the file name: ``Ferry at Dawn.JPG`` → ``ferry-at-dawn``.

    It names the photo in the body (``photo:ferry-at-dawn``) and in export file names, so it
    is ASCII letters, digits and hyphens only.
    """
    stem = Path(name).stem
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    slug = _NOT_SLUG.sub("-", ascii_stem.lower()).strip("-")[:40].strip("-") or "photo"
    used = set(taken)
    candidate = slug
    number = 2
    while candidate in used:
        candidate = f"{slug}-{number}"
        number += 1
    return candidate


PHOTO_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def is_photo_id(text: str) -> bool:
    """True for an id new_id could have made (what the file format accepts)."""
    return len(text) <= 60 and PHOTO_ID.fullmatch(text) is not None

"""A release with photos: one ZIP package holding the release's JSON and its images.

Why a package, and only when there are photos: a colleague must be able to open a release
from one e-mail attachment, so the images travel inside the file; base64 inside the JSON
would make every save re-encode and re-parse 33 % more bytes and make the text unreadable.
A ZIP is what .docx and .odt are: any unzip tool shows what is inside, ``release.json``
is the same JSON a text-only release holds, and the photos are stored, not compressed
(JPEG and PNG are compressed already), so saving three 8 MB photos costs a copy and a
checksum. A release without photos stays a plain JSON file, readable and diffable.

Layout (docs/file-format.md): ``mimetype`` first and uncompressed (as ODF and EPUB do, so a
file tool recognises the package), then ``release.json``, then ``media/ID.jpg`` or
``.png``. Entries carry a fixed date, so the same release always gives the same bytes.

Reading is defensive, like the draft importer's: entry count, names, declared sizes and
the whole size are checked before anything is inflated; zipfile never inflates past a
declared size and checks every CRC.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from typing import Any

from .errors import N_
from .model import Photo

MIMETYPE = b"application/vnd.releasedesk.release+zip"
JSON_NAME = "release.json"
MEDIA = "media/"
PACKAGE_MAGIC = b"PK\x03\x04"
MAX_PACKAGE_BYTES = 1024 * 1024 * 1024
MAX_ENTRIES = 402  # mimetype, release.json and up to 400 photos
MAX_MEDIA_BYTES = 50 * 1024 * 1024  # as media.intake.MAX_PHOTO_BYTES
MAX_JSON_BYTES = 20 * 1024 * 1024  # as document.MAX_FILE_BYTES
_MEDIA_NAME = re.compile(r"media/[a-z0-9]+(?:-[a-z0-9]+)*\.(?:jpg|png)")
_PHOTO_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MEDIA_TYPES = {"image/jpeg": (".jpg", b"\xff\xd8\xff"), "image/png": (".png", b"\x89PNG")}


def is_package(raw: bytes) -> bool:
    return raw.startswith(PACKAGE_MAGIC)


def _error(template: str, **args: object) -> Exception:
    from .document import FileFormatError  # (document imports this module)

    return FileFormatError(template, **args)


def write_package(json_bytes: bytes, photos: list[Photo]) -> bytes:
    """The package's bytes: mimetype, release.json, then each photo under media/."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(_entry("mimetype"), MIMETYPE, zipfile.ZIP_STORED)
        archive.writestr(_entry(JSON_NAME), json_bytes, zipfile.ZIP_DEFLATED, 6)
        for photo in photos:
            archive.writestr(_entry(MEDIA + photo.file_name), photo.data, zipfile.ZIP_STORED)
    return buffer.getvalue()


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.external_attr = 0o644 << 16
    return info


def read_package(raw: bytes, name: str) -> tuple[bytes, dict[str, bytes]]:
    """(the bytes of release.json, {"media/ID.jpg": bytes}); FileFormatError if unusable."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise _error(N_("{name} is damaged: it starts like a ReleaseDesk package but is not a "
                        "complete ZIP file (cut short?). Open a backup or the recovery copy."),
                     name=name) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise _error(N_("{name} is not a ReleaseDesk release: its package holds {count} "
                            "entries."), name=name, count=len(infos))
        names = {info.filename for info in infos}
        if JSON_NAME not in names:
            raise _error(N_("{name} is not a ReleaseDesk release: the package holds no "
                            "release.json."), name=name)
        total = 0
        for info in infos:
            limit = MAX_JSON_BYTES if info.filename == JSON_NAME else MAX_MEDIA_BYTES
            if info.file_size > limit or info.file_size < 0:
                raise _error(N_("{name} is not a ReleaseDesk release: its entry {entry} is "
                                "larger than any release holds."), name=name,
                             entry=info.filename)
            total += info.file_size
        if total > MAX_PACKAGE_BYTES:
            raise _error(N_("{name} is not a ReleaseDesk release: its package unpacks to more "
                            "than any release holds."), name=name)
        try:
            json_bytes = archive.read(JSON_NAME)
            media = {info.filename: archive.read(info) for info in infos
                     if _MEDIA_NAME.fullmatch(info.filename)}
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
                NotImplementedError) as exc:
            raise _error(N_("{name} is damaged: an entry of its package cannot be read "
                            "({detail}). Open a backup or the recovery copy."),
                         name=name, detail=str(exc)[:120]) from exc
    return json_bytes, media


def photos_to_json(photos: list[Photo]) -> list[dict[str, Any]]:
    return [{"id": p.id, "file": MEDIA + p.file_name, "media_type": p.media_type,
             "width": p.width, "height": p.height, "sha256": p.sha256, "caption": p.caption,
             "credit": p.credit, "alt": p.alt, "lead": p.lead, "source_name": p.source_name,
             **p.extra} for p in photos]


_PHOTO_KEYS = ("id", "file", "media_type", "width", "height", "sha256", "caption", "credit",
               "alt", "lead", "source_name")


def photos_from_json(items: Any, media: dict[str, bytes], name: str) -> list[Photo]:
    """The photos the JSON lists, each checked against its image in the package."""
    if items is None:
        return []
    if not isinstance(items, list):
        raise _error(N_('{name} is damaged: the field "photos" should be a list.'), name=name)
    photos: list[Photo] = []
    seen: set[str] = set()
    lead_seen = False
    for number, item in enumerate(items, start=1):
        photo = _photo(item, number, media, name)
        if photo.id in seen:
            raise _error(N_("{name} is damaged: two photos have the id {id}."), name=name,
                         id=photo.id)
        seen.add(photo.id)
        if photo.lead and lead_seen:
            photo.lead = False  # one lead photo: the first marked one
        lead_seen = lead_seen or photo.lead
        photos.append(photo)
    return photos


def _photo(item: Any, number: int, media: dict[str, bytes], name: str) -> Photo:
    def bad(key: str, expected: str) -> Exception:
        return _error(N_('{name} is damaged: the field "{key}" of photo {item} should be '
                         "{expected}."), name=name, key=key, item=number, expected=expected)

    if not isinstance(item, dict):
        raise _error(N_("{name} is damaged: photo {item} should be an object."), name=name,
                     item=number)
    photo_id = item.get("id")
    if not isinstance(photo_id, str) or len(photo_id) > 60 or not _PHOTO_ID.fullmatch(photo_id):
        raise bad("id", N_("lower-case letters, digits and hyphens"))
    media_type = item.get("media_type")
    if media_type not in MEDIA_TYPES:
        raise bad("media_type", N_('"image/jpeg" or "image/png"'))
    suffix, signature = MEDIA_TYPES[media_type]
    file_name = MEDIA + photo_id + suffix
    data = media.get(file_name)
    if data is None:
        raise _error(N_("{name} is damaged: the image of photo {item} ({file}) is missing from "
                        "the package. Open a backup or the recovery copy."), name=name,
                     item=number, file=file_name)
    digest = hashlib.sha256(data).hexdigest()
    if item.get("sha256") != digest or not data.startswith(signature):
        raise _error(N_("{name} is damaged: the image of photo {item} ({file}) is not the one "
                        "the release names. Open a backup or the recovery copy."), name=name,
                     item=number, file=file_name)
    _check_pixels(data, number, file_name, name)
    sizes = []
    for key in ("width", "height"):
        value = item.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= 100_000:
            raise bad(key, N_("a number of pixels"))
        sizes.append(value)
    texts = []
    for key in ("caption", "credit", "alt", "source_name"):
        value = item.get(key, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise bad(key, N_("text"))
        texts.append(value)
    lead = item.get("lead", False)
    if not isinstance(lead, bool):
        raise bad("lead", N_("true or false"))
    return Photo(id=photo_id, data=data, media_type=media_type, width=sizes[0],
                 height=sizes[1], sha256=digest, caption=texts[0], credit=texts[1],
                 alt=texts[2], lead=lead, source_name=texts[3],
                 extra={k: v for k, v in item.items() if k not in _PHOTO_KEYS})


def _check_pixels(data: bytes, number: int, file_name: str, name: str) -> None:
    """A crafted package must not make a writer decode a decompression bomb later."""
    from .media.strip import MAX_PIXELS, header_size

    try:
        width, height = header_size(data)
    except ValueError as exc:
        raise _error(N_("{name} is damaged: the image of photo {item} ({file}) cannot be "
                        "read. Open a backup or the recovery copy."), name=name, item=number,
                     file=file_name) from exc
    if width * height > MAX_PIXELS or width == 0 or height == 0:
        raise _error(N_("{name} is not a ReleaseDesk release: photo {item} ({file}) claims "
                        "{width} × {height} pixels."), name=name, item=number, file=file_name,
                     width=width, height=height)

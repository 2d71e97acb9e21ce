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

import io
import struct
import zipfile
import zlib
from typing import BinaryIO

from .digest import sha256_hex
from .errors import N_, os_reason
from .json_values import Json, JsonObject
from .model import Photo
from .patterns import LazyPattern

MIMETYPE = b"application/vnd.releasedesk.release+zip"
JSON_NAME = "release.json"
MEDIA = "media/"
PACKAGE_MAGIC = b"PK\x03\x04"
MAX_PACKAGE_BYTES = 1024 * 1024 * 1024
MAX_ENTRIES = 402  # mimetype, release.json and up to 400 photos
MAX_MEDIA_BYTES = 50 * 1024 * 1024  # as media.intake.MAX_PHOTO_BYTES
MAX_JSON_BYTES = 20 * 1024 * 1024  # as document.MAX_FILE_BYTES
_MEDIA_NAME = LazyPattern(r"media/[a-z0-9]+(?:-[a-z0-9]+)*\.(?:jpg|png)")
_PHOTO_ID = LazyPattern(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MEDIA_TYPES = {"image/jpeg": (".jpg", b"\xff\xd8\xff"), "image/png": (".png", b"\x89PNG")}


def is_package(raw: bytes) -> bool:
    return raw.startswith(PACKAGE_MAGIC)


def _error(template: str, **args: object) -> Exception:
    from .errors import FileFormatError

    return FileFormatError(template, **args)


def write_package(json_bytes: bytes, photos: list[Photo]) -> list[bytes]:
    """The package as pieces, in order: mimetype, release.json, then each photo under media/.

    Written by hand rather than with zipfile: the photos' own bytes are pieces of the
    result, never copied into a buffer (three 8 MB photos would cost 24 MB more memory at
    every autosave, twice over while the buffer grows). Plain ZIP: no ZIP64 (a release holds
    at most 1 GB), no data descriptors, UTF-8 names, the fixed date 1980-01-01.
    """
    total = sum(len(photo.data) for photo in photos)
    if total > MAX_PACKAGE_BYTES - MAX_JSON_BYTES or len(photos) > MAX_ENTRIES - 2:
        from .errors import ReleaseDeskError

        raise ReleaseDeskError(N_("The release's photos come to {size} MB in {count} photos, "
                                  "more than one release holds (1 GB, 400 photos); remove "
                                  "some and save again."),
                               size=total // 1024 // 1024, count=len(photos))
    pieces: list[bytes] = []
    directory: list[bytes] = []
    offset = 0
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    packed = compressor.compress(json_bytes) + compressor.flush()
    entries = [("mimetype", MIMETYPE, MIMETYPE, 0), (JSON_NAME, json_bytes, packed, 8),
               *((MEDIA + photo.file_name, photo.data, photo.data, 0) for photo in photos)]
    for name, plain, stored, method in entries:
        encoded = name.encode("utf-8")
        crc = zlib.crc32(plain)
        fields = (_FLAGS, method, 0, _DOS_DATE, crc, len(stored), len(plain), len(encoded))
        header = struct.pack("<IH", 0x04034B50, 20) + struct.pack("<HHHHIIIH", *fields) + \
            b"\x00\x00"
        pieces += [header, encoded, stored]
        directory.append(struct.pack("<IHH", 0x02014B50, 0x0314, 20)
                         + struct.pack("<HHHHIIIH", *fields)
                         + struct.pack("<HHHHII", 0, 0, 0, 0, 0o100644 << 16, offset) + encoded)
        offset += len(header) + len(encoded) + len(stored)
    central = b"".join(directory)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central),
                      offset, 0)
    return [*pieces, central, end]


_FLAGS = 0x0800  # names are UTF-8
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01


def read_package(source: bytes | BinaryIO, name: str) -> tuple[bytes, dict[str, bytes]]:
    """(the bytes of release.json, {"media/ID.jpg": bytes}) from the package's bytes or an
    open file (which spares holding the whole file and its photos at once); FileFormatError
    if unusable."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
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
                         name=name, detail=os_reason(exc) if isinstance(exc, OSError)
                         else str(exc)[:120]) from exc
    return json_bytes, media


def photos_to_json(photos: list[Photo]) -> list[JsonObject]:
    return [{"id": p.id, "file": MEDIA + p.file_name, "media_type": p.media_type,
             "width": p.width, "height": p.height, "sha256": p.sha256, "caption": p.caption,
             "credit": p.credit, "alt": p.alt, "lead": p.lead, "source_name": p.source_name,
             **{k: v for k, v in p.extra.items() if k not in _PHOTO_KEYS}} for p in photos]


_PHOTO_KEYS = ("id", "file", "media_type", "width", "height", "sha256", "caption", "credit",
               "alt", "lead", "source_name")


def photos_from_json(items: Json, media: dict[str, bytes], name: str) -> list[Photo]:
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


def _photo(item: Json, number: int, media: dict[str, bytes], name: str) -> Photo:
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
    digest = sha256_hex(data)
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

"""Pictures a text or HTML draft names: a file beside the draft or a ``data:`` URL.

Each goes through the same intake as ``releasedesk photo add`` (media/intake.py: size and
kind checked, metadata stripped, Pillow's decompression-bomb guard). Nothing is fetched
from the network, and no file outside the draft's folder is read. A picture that cannot be
taken leaves one sentence in the import report, never a traceback.
"""

from __future__ import annotations

import base64
import binascii
import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from ..errors import N_, ReleaseDeskError
from ..model import Photo

_DATA_URL = re.compile(r"data:(?P<type>[\w.+-]+/[\w.+-]+)?(?P<params>(?:;[^,;]*)*?),(?P<data>.*)",
                       re.IGNORECASE | re.DOTALL)


class DraftPictures:
    """The photos one draft's pictures become, in the order they are taken."""

    def __init__(self, name: str, folder: Path | None) -> None:
        self.name = name  # the draft's file name, for the notes
        self.folder = folder.resolve() if folder is not None else None
        self.photos: list[Photo] = []
        self.notes: list[str] = []

    def take(self, reference: str, caption: str = "", credit: str = "", alt: str = ""
             ) -> Photo | None:
        """The photo *reference* (a file name relative to the draft, or a ``data:`` URL)
        shows, with the draft's words (over those the file carries); None and a note when
        it cannot be taken. A web address is never fetched: None, and a note."""
        from ..media.intake import MAX_PHOTO_BYTES, photo_from_bytes, read_photo

        taken = [photo.id for photo in self.photos]
        try:
            if reference.lower().startswith("data:"):
                raw = _data_url_bytes(reference, MAX_PHOTO_BYTES)
                if raw is None:
                    self.note(N_("{name}: a picture written into the page could not be read; "
                                 "its description stays in the text."))
                    return None
                intake = photo_from_bytes(raw, "picture.png", taken)
            else:
                path = self._beside(reference)
                if path is None:
                    return None
                intake = read_photo(path, taken)
        except ReleaseDeskError as exc:
            self.notes.append(f"{exc} ({self.name})")
            return None
        photo = intake.photo
        photo.caption = caption or intake.prefill.caption
        photo.credit = credit or intake.prefill.credit
        photo.alt = alt or intake.prefill.alt
        self.photos.append(photo)
        return photo

    def note(self, message: str, **values: str) -> None:
        self.notes.append(message.format(name=self.name, **values))

    def _beside(self, reference: str) -> Path | None:
        """The file *reference* names inside the draft's folder; None (and a note) for a web
        address, a file elsewhere, or one that is not there."""
        parts = urlsplit(reference)
        if parts.scheme.lower() not in ("", "file") or parts.netloc:
            self.note(N_("{name}: the picture {reference} is on the web; ReleaseDesk does "
                         "not fetch it. Save it beside the draft, or add it as a photo."),
                      reference=reference)
            return None
        relative = PurePosixPath(unquote(parts.path))
        if self.folder is None or relative.is_absolute() or ".." in relative.parts:
            self.note(N_("{name}: the picture {reference} is not in the draft's folder; add "
                         "it as a photo."), reference=reference)
            return None
        path = self.folder.joinpath(*relative.parts)
        if not path.exists():
            self.note(N_("{name}: the picture {reference} is not beside the draft; add it as "
                         "a photo."), reference=reference)
            return None
        return path


def _data_url_bytes(url: str, limit: int) -> bytes | None:
    """The bytes of a ``data:`` URL (base64 or percent-encoded); None when it is not one."""
    match = _DATA_URL.fullmatch(url.strip())
    if match is None:
        return None
    data = match.group("data")
    if len(data) > limit * 4 // 3 + 4:
        from ..media.intake import too_large

        raise too_large("picture", len(data) * 3 // 4)
    if "base64" in match.group("params").lower():
        try:
            return base64.b64decode(re.sub(r"\s+", "", data), validate=True)
        except (binascii.Error, ValueError):
            return None
    return unquote(data).encode("latin-1", "replace")

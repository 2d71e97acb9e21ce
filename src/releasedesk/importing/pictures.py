"""Pictures a draft names by file: the file beside the draft (text drafts' photo lines).

Each goes through the same intake as ``releasedesk photo add`` (media/intake.py: size and
kind checked, metadata stripped, Pillow's decompression-bomb guard). Nothing is fetched
from the network, and no file outside the draft's folder is read. A picture that cannot be
taken leaves one sentence in the import report, never a traceback.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from ..errors import N_, ReleaseDeskError
from ..model import Photo


class DraftPictures:
    """The photos one draft's pictures become, in the order they are taken."""

    def __init__(self, name: str, folder: Path | None) -> None:
        self.name = name  # the draft's file name, for the notes
        self.folder = folder.resolve() if folder is not None else None
        self.photos: list[Photo] = []
        self.notes: list[str] = []

    def take(self, reference: str, caption: str = "", credit: str = "", alt: str = ""
             ) -> Photo | None:
        """The photo the file *reference* (relative to the draft) holds, with the draft's
        words over those the file carries; None and a note when it cannot be taken. A web
        address is never fetched: None, and a note."""
        from ..media.intake import read_photo

        taken = [photo.id for photo in self.photos]
        try:
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

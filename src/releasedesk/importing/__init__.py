"""Importing drafts: a reader per source format, one shared recognition stage.

The mirror of render/: where a writer turns a Release into a file, a reader turns a
file into a Draft (pieces with formatting hints) and recognise() turns any Draft into a
Release plus an ImportReport. Qt-free: the command line and the editor's worker thread
both call import_draft().
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path

from ..errors import N_
from ..model import Release
from ..profiles import Profile
from ..records import record
from .draft import Draft
from .errors import DraftError
from .report import FOUND, ImportReport
from .source import decode_text, read_draft_bytes


@record(frozen=True)
class DraftFormat:
    name: str
    suffixes: tuple[str, ...]
    label: str
    read: Callable[[bytes, str], tuple[Draft, str]]  # (bytes, file name) -> (draft, encoding)


def _docx(raw: bytes, name: str) -> tuple[Draft, str]:
    from .docx_reader import read_docx

    return read_docx(raw, name), ""


# Each reader measures what the draft holds before parsing it (limits.py).

def _text(raw: bytes, name: str) -> tuple[Draft, str]:
    from .limits import check_text
    from .mail_reader import looks_like_mail, read_mail_text
    from .text_reader import read_text

    text, encoding = decode_text(raw, name)
    check_text(text, name)
    if looks_like_mail(text):  # an e-mail pasted into a text file
        return read_mail_text(text), encoding
    return read_text(text), encoding


def _mail(raw: bytes, name: str) -> tuple[Draft, str]:
    from .mail_reader import read_eml

    return read_eml(raw, name)


def _markdown(raw: bytes, name: str) -> tuple[Draft, str]:
    from .limits import check_text
    from .text_reader import read_markdown

    text, encoding = decode_text(raw, name)
    check_text(text, name)
    return read_markdown(text), encoding


def _html(raw: bytes, name: str) -> tuple[Draft, str]:
    from .html_reader import read_html
    from .limits import check_html

    text, encoding = decode_text(raw, name)
    check_html(text, name)
    return read_html(text, pictures=True), encoding


# One entry per format, read by the command line and the editor alike.
READERS: dict[str, DraftFormat] = {
    "docx": DraftFormat("docx", (".docx",), N_("Word document"), _docx),
    "txt": DraftFormat("txt", (".txt", ".text"), N_("plain text"), _text),
    "md": DraftFormat("md", (".md", ".markdown"), N_("Markdown"), _markdown),
    "html": DraftFormat("html", (".html", ".htm", ".xhtml"), N_("HTML"), _html),
    "eml": DraftFormat("eml", (".eml",), N_("e-mail message"), _mail),
}


def reader_for(path: Path) -> DraftFormat:
    """The reader for *path*'s suffix; DraftError naming the formats that can be imported."""
    suffix = Path(path).suffix.lower()
    for fmt in READERS.values():
        if suffix in fmt.suffixes:
            return fmt
    name = Path(path).name
    if suffix == ".doc":
        raise DraftError(N_("{name} is an old binary Word document (.doc); open it in Word or "
                            "LibreOffice, save it as .docx and import that."), name=name)
    if suffix in (".docm", ".dotm"):
        raise DraftError(N_("{name} is a Word document with macros; save it as a plain .docx "
                            "(Word Document) and import that."), name=name)
    if suffix == ".msg":
        raise DraftError(N_("{name} is an Outlook message (.msg); save it from your mail "
                            "program as .eml (or copy the release into a .txt file) and "
                            "import that."), name=name)
    raise DraftError(N_("{name} is not a draft ReleaseDesk can import; save it as .docx, .txt, "
                        ".md, .html or .eml."), name=name)


def suffix_patterns() -> str:
    """"*.docx *.txt …" for file dialogs."""
    return " ".join(f"*{s}" for fmt in READERS.values() for s in fmt.suffixes)


def local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def import_bytes(raw: bytes, name: str, fmt: DraftFormat, *, profile: Profile | None = None,
                 profiles: list[Profile] | None = None, zone: tzinfo | None = None,
                 folder: Path | None = None, house: Profile | None = None
                 ) -> tuple[Release, ImportReport]:
    """Read and recognise a draft's bytes: (Release, ImportReport). *folder* is where the
    draft's file lies: pictures a text or HTML draft names are read from there. *house*:
    the office's own house style, whose footer a draft that has none takes."""
    from ..fields import keep_one_line_fields
    from .recognise import recognise

    if not raw.strip():
        raise DraftError(N_("{name} is empty: there is nothing to import."), name=name)
    draft, encoding = fmt.read(raw, name)
    if fmt.name == "txt":
        from .text_photos import take_photo_lines

        take_photo_lines(draft, name, folder)
    elif fmt.name == "html":
        from .html_pictures import take_html_pictures

        take_html_pictures(draft, name, folder)
    if not any(piece.text().strip() for piece in draft.pieces):
        raise DraftError(N_("{name} holds no text to import."), name=name)
    release, report = recognise(draft, profiles or [], profile, zone or local_zone(), house)
    keep_one_line_fields(release)
    release.photos = draft.photos
    for photo in draft.photos:
        report.add(FOUND, "photos", f"{photo.id} ({photo.width} × {photo.height})"
                   + (f": {photo.caption}" if photo.caption else ""),
                   draft.photo_how)
    report.source = name
    report.encoding = encoding
    return release, report


def import_draft(path: Path, *, profile: Profile | None = None,
                 profiles: list[Profile] | None = None, zone: tzinfo | None = None,
                 house: Profile | None = None) -> tuple[Release, ImportReport]:
    """The Release a draft file holds and the report of what was recognised.

    *profile* is the house style chosen for the import; otherwise *profiles* (the
    installed ones) are matched against the draft's footer, and a draft with no footer of
    its own takes *house*'s (the office's own house style, in the draft's language).
    Raises DraftError with one
    sentence when the draft cannot be read. The draft file is only read, never written.
    """
    fmt = reader_for(path)
    raw = read_draft_bytes(Path(path))
    return import_bytes(raw, Path(path).name, fmt, profile=profile, profiles=profiles, zone=zone,
                        folder=Path(path).parent, house=house)


__all__ = ["READERS", "DraftError", "DraftFormat", "ImportReport", "import_bytes",
           "import_draft", "reader_for", "suffix_patterns"]

"""Exports: one parse of the release (layout.build_layout), one writer per format.

FORMATS is the one list of export formats: the command line (its -f choices and help)
and the editor (File ▸ Export, its file dialogs) read it, so a new format is one entry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..errors import QT_TRANSLATE_NOOP
from ..export_time import export_moment
from ..model import Release
from ..records import record

if TYPE_CHECKING:
    from .layout import Layout, build_layout


def __getattr__(name: str) -> object:
    """``Layout`` and ``build_layout`` load with their first use: the command line reads
    FORMATS for its --help and choices without the body's parser and the typesetting."""
    if name in ("Layout", "build_layout"):
        from . import layout

        return getattr(layout, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@record(frozen=True)
class ExportFormat:
    name: str  # on the command line: -f NAME
    suffix: str  # of the file written: story.html, story.fragment.html …
    description: str  # what it is, marked for translation ("Formats"): file dialogs, help
    pattern: str  # the file dialog's filter
    label: str  # the File ▸ Export menu entry, marked for translation ("Formats")
    write: Callable[[Layout, int | None], bytes]
    # The page names its photos in a folder beside it ("<stem>_files/"), written with it.
    folder: bool = False
    # Part of "all formats" (the package holds all the others, so it is asked for by name).
    in_all: bool = True


def _html(layout: Layout, wrap: int | None) -> bytes:
    from .html_writer import render_page

    return render_page(layout).encode("utf-8")


def _fragment(layout: Layout, wrap: int | None) -> bytes:
    from .html_writer import render_fragment

    return render_fragment(layout).encode("utf-8")


def _docx(layout: Layout, wrap: int | None) -> bytes:
    # python-docx (and lxml) load only when a DOCX is asked for.
    from .docx_writer import render_docx

    return render_docx(layout)


def _txt(layout: Layout, wrap: int | None) -> bytes:
    from .text_writer import render_text

    return render_text(layout, wrap).encode("utf-8")


def _pdf(layout: Layout, wrap: int | None) -> bytes:
    # WeasyPrint (and Pango) load only when a PDF is asked for.
    from .pdf_writer import render_pdf

    return render_pdf(layout, layout.paper)


def _eml(layout: Layout, wrap: int | None) -> bytes:
    from .email_writer import render_eml

    return render_eml(layout, layout.mail_from, layout.mail_to)


def _ics(layout: Layout, wrap: int | None) -> bytes:
    from .ics_writer import render_ics

    return render_ics(layout)


def _package(layout: Layout, wrap: int | None) -> bytes:
    from .package_writer import render_package

    return render_package(layout, wrap, layout.seal)


FORMATS: dict[str, ExportFormat] = {
    "html": ExportFormat("html", ".html", QT_TRANSLATE_NOOP("Formats", "Web page"), "*.html",
                         QT_TRANSLATE_NOOP("Formats", "&Web page…"), _html, folder=True),
    "fragment": ExportFormat("fragment", ".fragment.html",
                             QT_TRANSLATE_NOOP("Formats", "HTML fragment"), "*.html",
                             QT_TRANSLATE_NOOP("Formats", "HTML &fragment…"), _fragment,
                             folder=True),
    "docx": ExportFormat("docx", ".docx", QT_TRANSLATE_NOOP("Formats", "Word document"),
                         "*.docx", QT_TRANSLATE_NOOP("Formats", "&Word document…"), _docx),
    "txt": ExportFormat("txt", ".txt", QT_TRANSLATE_NOOP("Formats", "Plain text"), "*.txt",
                        QT_TRANSLATE_NOOP("Formats", "&Plain text…"), _txt),
    "pdf": ExportFormat("pdf", ".pdf", QT_TRANSLATE_NOOP("Formats", "PDF document"), "*.pdf",
                        QT_TRANSLATE_NOOP("Formats", "P&DF document…"), _pdf),
    "eml": ExportFormat("eml", ".eml", QT_TRANSLATE_NOOP("Formats", "E-mail message"),
                        "*.eml", QT_TRANSLATE_NOOP("Formats", "&E-mail message…"), _eml),
    "package": ExportFormat("package", ".zip",
                            QT_TRANSLATE_NOOP("Formats", "Package for the web team (ZIP)"),
                            "*.zip", QT_TRANSLATE_NOOP("Formats", "Package for Web &Team…"),
                            _package, in_all=False),
}

# Formats only some kinds of release have (kinds.py), asked for by name: a media
# advisory's event for a calendar. Apart from FORMATS, so that every release's exports
# (all formats, the editor's Export menu, the package) are as before kinds.
KIND_FORMATS: dict[str, ExportFormat] = {
    "ics": ExportFormat("ics", ".ics", QT_TRANSLATE_NOOP("Formats", "Calendar event"),
                        "*.ics", QT_TRANSLATE_NOOP("Formats", "&Calendar Event…"), _ics,
                        in_all=False),
}


def format_of(name: str) -> ExportFormat:
    """The format called *name*, of every release's or of a kind's (KeyError if none)."""
    return FORMATS[name] if name in FORMATS else KIND_FORMATS[name]


def body_html(markdown: str) -> str:
    """The HTML of a body alone (no dateline), exactly as the exports write it."""
    from ..body.parse import parse_markdown
    from .html_writer import blocks_html

    return blocks_html(parse_markdown(markdown))


def export_bytes(release: Release, fmt: str, wrap: int | None = None,
                 stem: str = "story") -> bytes:
    """The bytes of one export of *release*; a page names its photos in "<stem>_files/".
    Its metadata names no approval (exporting.export_bytes names it)."""
    from .layout import build_layout

    layout = build_layout(release)
    layout.export_stem = stem
    layout.exported_at = export_moment()
    return format_of(fmt).write(layout, wrap)


__all__ = ["FORMATS", "KIND_FORMATS", "ExportFormat", "Layout", "body_html", "build_layout",
           "export_bytes", "format_of"]

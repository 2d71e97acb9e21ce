"""Exports: one parse of the release (layout.build_layout), one writer per format.

A writer is ``write_<format>(layout, context) -> bytes``: the laid-out release and the
export's context (context.py: the style sheets' text, the moment of export, the text's
width), made once per export by exporting.export_context; it reads nothing else.

FORMATS is the one list of export formats: the command line (its -f choices and help)
and the editor (File ▸ Export, its file dialogs) read it, so a new format is one entry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..errors import QT_TRANSLATE_NOOP
from ..records import record
from .context import ExportContext

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
    # The writer: write_<format>(layout, context) -> bytes, reading nothing else
    # (context.py; exporting.export_context makes the context).
    write: Callable[[Layout, ExportContext], bytes]
    # The page names its photos in a folder beside it ("<stem>_files/"), written with it.
    folder: bool = False
    # Part of "all formats" (the package holds all the others, so it is asked for by name).
    in_all: bool = True


# Each writer's module loads with its first use: python-docx and lxml only when a DOCX is
# asked for, WeasyPrint and Pango only for a PDF.

def _html(layout: Layout, context: ExportContext) -> bytes:
    from .html_writer import write_html

    return write_html(layout, context)


def _fragment(layout: Layout, context: ExportContext) -> bytes:
    from .html_writer import write_fragment

    return write_fragment(layout, context)


def _docx(layout: Layout, context: ExportContext) -> bytes:
    from .docx_writer import write_docx

    return write_docx(layout, context)


def _txt(layout: Layout, context: ExportContext) -> bytes:
    from .text_writer import write_txt

    return write_txt(layout, context)


def _pdf(layout: Layout, context: ExportContext) -> bytes:
    from .pdf_writer import write_pdf

    return write_pdf(layout, context)


def _eml(layout: Layout, context: ExportContext) -> bytes:
    from .email_writer import write_eml

    return write_eml(layout, context)


def _ics(layout: Layout, context: ExportContext) -> bytes:
    from .ics_writer import write_ics

    return write_ics(layout, context)


def _package(layout: Layout, context: ExportContext) -> bytes:
    from .package_writer import write_package

    return write_package(layout, context)


FORMATS: dict[str, ExportFormat] = {
    "html": ExportFormat("html", ".html", QT_TRANSLATE_NOOP("Formats", "Web page"), "*.html",
                         QT_TRANSLATE_NOOP("Formats", "Web pa&ge…"), _html, folder=True),
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


__all__ = ["FORMATS", "KIND_FORMATS", "ExportContext", "ExportFormat", "Layout", "body_html",
           "build_layout", "format_of"]

"""Exports: one parse of the release (layout.build_layout), one writer per format."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Release
from ..records import record
from .layout import Layout, build_layout


@record(frozen=True)
class ExportFormat:
    name: str
    suffix: str
    description: str
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


def _package(layout: Layout, wrap: int | None) -> bytes:
    from .package_writer import render_package

    return render_package(layout, wrap)


FORMATS: dict[str, ExportFormat] = {
    "html": ExportFormat("html", ".html", "web page", _html, folder=True),
    "fragment": ExportFormat("fragment", ".fragment.html", "HTML fragment", _fragment,
                             folder=True),
    "docx": ExportFormat("docx", ".docx", "Word document", _docx),
    "txt": ExportFormat("txt", ".txt", "plain text", _txt),
    "package": ExportFormat("package", ".zip", "package for the web team", _package,
                            in_all=False),
}


def body_html(markdown: str) -> str:
    """The HTML of a body alone (no dateline), exactly as the exports write it."""
    from .html_writer import blocks_html
    from .parse import parse_markdown

    return blocks_html(parse_markdown(markdown))


def export_bytes(release: Release, fmt: str, wrap: int | None = None,
                 stem: str = "story") -> bytes:
    """The bytes of one export of *release*; a page names its photos in "<stem>_files/"."""
    layout = build_layout(release)
    layout.export_stem = stem
    return FORMATS[fmt].write(layout, wrap)


__all__ = ["FORMATS", "ExportFormat", "Layout", "body_html", "build_layout", "export_bytes"]

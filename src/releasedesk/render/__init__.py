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


FORMATS: dict[str, ExportFormat] = {
    "html": ExportFormat("html", ".html", "web page", _html),
    "fragment": ExportFormat("fragment", ".fragment.html", "HTML fragment", _fragment),
    "docx": ExportFormat("docx", ".docx", "Word document", _docx),
    "txt": ExportFormat("txt", ".txt", "plain text", _txt),
}


def body_html(markdown: str) -> str:
    """The HTML of a body alone (no dateline), exactly as the exports write it."""
    from .html_writer import blocks_html
    from .parse import parse_markdown

    return blocks_html(parse_markdown(markdown))


def export_bytes(release: Release, fmt: str, wrap: int | None = None) -> bytes:
    """The bytes of one export of *release*."""
    return FORMATS[fmt].write(build_layout(release), wrap)


__all__ = ["FORMATS", "ExportFormat", "Layout", "body_html", "build_layout", "export_bytes"]

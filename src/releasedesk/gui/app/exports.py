"""Export and clipboard commands of the editor (the writers do the work)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from ...exporting import targets_in, write_exports
from ...model import Release
from ...render import build_layout
from ...render.html_writer import render_fragment
from ...render.text_writer import render_text


def suggested_stem(release: Release, path: Path | None) -> str:
    """The export file name without suffix: the document's name, else the headline as a slug."""
    if path is not None:
        name = path.name
        return name[: -len(".release")] if name.endswith(".release") else path.stem
    slug = re.sub(r"[^\w]+", "-", release.headline.lower()).strip("-")
    return shortened_slug(slug) or "press-release"


STEM_MAX = 60  # characters of a file name taken from the headline


def shortened_slug(slug: str, limit: int = STEM_MAX) -> str:
    """*slug* ("words-joined-by-hyphens") cut to *limit* characters at the end of a word;
    mid-word only when its first word alone is longer (or the script has no spaces)."""
    if len(slug) <= limit:
        return slug
    if slug[limit] == "-":
        return slug[:limit]
    boundary = slug.rfind("-", 0, limit)
    return slug[:boundary] if boundary > 0 else slug[:limit]


def export_file(release: Release, fmt: str, target: Path, source: Path | None = None) -> None:
    """Write one export atomically; raises ReleaseDeskError with one clear sentence.

    *source* is the open release file: exporting over it is refused.
    """
    list(write_exports(release, {fmt: target}, source=source))


def export_all(release: Release, folder: Path, stem: str,
               source: Path | None = None) -> list[Path]:
    return list(write_exports(release, targets_in(folder, stem), source=source))


def copy_fragment(release: Release) -> str:
    """Put the HTML fragment on the clipboard: as HTML for rich editors, as source for code."""
    fragment = render_fragment(build_layout(release))
    mime = QMimeData()
    mime.setHtml(fragment)
    mime.setText(fragment)
    QGuiApplication.clipboard().setMimeData(mime)
    return fragment


def copy_for_email(release: Release) -> str:
    """The text export and the inline-styled HTML on the clipboard, for a mail's body."""
    from ...render.email_writer import inline_styled_html

    layout = build_layout(release)
    mime = QMimeData()
    html = inline_styled_html(layout)
    mime.setHtml(html)
    mime.setText(render_text(layout))
    QGuiApplication.clipboard().setMimeData(mime)
    return html


def copy_text(release: Release) -> str:
    text = render_text(build_layout(release))
    QGuiApplication.clipboard().setText(text)
    return text

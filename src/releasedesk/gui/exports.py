"""Export and clipboard commands of the editor (the writers do the work)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from ..exporting import targets_in, write_exports
from ..model import Release
from ..render import build_layout
from ..render.html_writer import render_fragment
from ..render.text_writer import render_text

PATTERNS = {"html": "*.html", "fragment": "*.html", "docx": "*.docx", "txt": "*.txt",
            "package": "*.zip"}


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while an export runs (scaling photos takes a moment)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def suggested_stem(release: Release, path: Path | None) -> str:
    """The export file name without suffix: the document's name, else the headline as a slug."""
    if path is not None:
        name = path.name
        return name[: -len(".release")] if name.endswith(".release") else path.stem
    slug = re.sub(r"[^\w]+", "-", release.headline.lower()).strip("-")[:60]
    return slug or "press-release"


def export_file(release: Release, fmt: str, target: Path) -> None:
    """Write one export atomically; raises ReleaseDeskError with one clear sentence."""
    list(write_exports(release, {fmt: target}))


def export_all(release: Release, folder: Path, stem: str) -> list[Path]:
    return list(write_exports(release, targets_in(folder, stem)))


def copy_fragment(release: Release) -> str:
    """Put the HTML fragment on the clipboard: as HTML for rich editors, as source for code."""
    fragment = render_fragment(build_layout(release))
    mime = QMimeData()
    mime.setHtml(fragment)
    mime.setText(fragment)
    QGuiApplication.clipboard().setMimeData(mime)
    return fragment


def copy_text(release: Release) -> str:
    text = render_text(build_layout(release))
    QGuiApplication.clipboard().setText(text)
    return text

"""The type and colours of a release, shared by the HTML page and the Word document.

One pairing: a serif for reading (headline, body) and a sans-serif for the small
labels (status line, section headings, footer), each with a Chinese face that matches
it. The HTML page names the whole fallback stack; the Word document names the first
face of each (Word and LibreOffice substitute a metric-compatible face where it is
missing).
"""

from __future__ import annotations

SERIF = ("Georgia", "Noto Serif", "DejaVu Serif")
SANS = ("Arial", "Helvetica Neue", "Noto Sans", "DejaVu Sans")
CJK_SERIF = ("SimSun", "Noto Serif CJK SC", "Source Han Serif SC")
CJK_SANS = ("SimHei", "Noto Sans CJK SC", "Source Han Sans SC")

TEXT = "#1d1d1b"
SUBTLE = "#44443f"
MUTED = "#5f5f59"
SOFT = "#33332f"
LINK = "#1a4f8b"
RULE = "#c9c9c1"

# Sizes in points, for the Word document; the HTML page scales the same steps from 17px.
BODY_PT = 11
TITLE_PT = 22
SUBTITLE_PT = 13
LABEL_PT = 8.5
SMALL_PT = 9.5
FOOTER_PT = 8
LINE_SPACING = 1.3


def css_family(latin: tuple[str, ...], cjk: tuple[str, ...], generic: str) -> str:
    """A CSS font-family list: the Latin faces, then the Chinese ones, then *generic*."""
    return ", ".join([*(f'"{face}"' if " " in face else face for face in (*latin, *cjk)),
                      generic])

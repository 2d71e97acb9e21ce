"""PDF writer: the HTML page in its print style, laid out by WeasyPrint as a tagged PDF/UA-1.

Why WeasyPrint (BSD) and not Qt's PDF writer: it writes tagged PDF/UA-1 (structure, title,
language, embedded fonts, live links) that government sites must publish, it lays out the
same HTML and CSS as the web page, and it keeps the command line free of Qt. It needs the
Pango library (Linux: libpango-1.0-0 and libpangoft2-1.0-0; Windows: the GTK runtime that
WeasyPrint's documentation names); without it, PDF export says so in one sentence.

Every page carries the standard footer (a running element, so it is in the page's foot
once, never again at the end of the text) and its number, "1 / 2".

Photos: the page names its images in the folder beside it (``story_files/``); WeasyPrint
gets them from the layout's web copies through a fetcher that serves those files and
refuses every other address, so a PDF never reaches the network. Each image keeps its alt
text, which the tagged PDF carries for screen readers.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..errors import N_, ReleaseDeskError
from .html_writer import render_page
from .keeps import layout_plan
from .layout import Layout

PAPER_SIZES = {"a4": "A4", "letter": "letter"}

_PRINT_CSS = """
@page {
  size: %(size)s;
  margin: 20mm 20mm 28mm;
  @bottom-left {
    content: element(release-footer);
    vertical-align: top;
    width: 80%%;
  }
  @bottom-right {
    content: counter(page) " / " counter(pages);
    vertical-align: top;
    font: 8pt var(--release-sans);
    color: var(--release-muted);
  }
}
.release-footer {
  position: running(release-footer);
  margin: 0;
  padding-top: 2mm;
  font-size: 7.5pt;
}
.release-body h2, .release-body h3, .release-body h4, .release-body h5, .release-body h6,
.release-contacts h2, .release-about h2 { break-after: avoid; }
.release-body p, .release-body li { orphans: 2; widows: 2; }
.release-body p:has(+ ul), .release-body p:has(+ ol) { break-after: avoid; }
"""


# The text area of a page (paper less the @page margins above), in points.
_MM = 72 / 25.4
_TEXT_AREAS = {"A4": ((210 - 40) * _MM, (297 - 48) * _MM),
               "letter": (8.5 * 72 - 40 * _MM, 11 * 72 - 48 * _MM)}
_CLOSING_PT, _CLOSING_LINE = 11, 1.6  # the print text size and line height (release.css)


def pdf_css(paper: str = "a4", layout: Layout | None = None) -> str:
    """The print additions for a PDF page of the given paper size. With *layout*: the
    contacts and About blocks are kept on one page only as far as they fit on one
    (keeps.py); a block kept whole that is longer than a page would leave the page
    before it half empty."""
    size = PAPER_SIZES.get(paper, "A4")
    css = _PRINT_CSS % {"size": size}
    if layout is None:
        return css
    plan = layout_plan(layout, *_TEXT_AREAS[size], _CLOSING_PT, _CLOSING_LINE)
    if not plan.contacts:
        css += ".release-contacts { break-inside: auto; }\n"
    if not plan.about:
        css += ".release-about { break-inside: auto; }\n"
    if not plan.contacts_with_about:
        css += ".release-contacts:has(+ .release-about) { break-after: auto; }\n"
    return css


def render_pdf(layout: Layout, paper: str = "a4") -> bytes:
    """The release as a tagged PDF/UA-1 document's bytes."""
    try:
        import weasyprint
    except (ImportError, OSError) as exc:
        raise ReleaseDeskError(N_(
            "PDF export needs WeasyPrint and the Pango text library, which are not "
            "available here ({reason}); the other formats still work.")
            , reason=str(exc).splitlines()[0][:120]) from exc
    page = render_page(layout)
    page = page.replace("</head>", f"<style>{pdf_css(paper, layout)}</style>\n</head>", 1)
    # A running element shows from the page where it stands onwards: the footer moves to
    # the start of the body so that page 1 carries it too (it leaves the flow either way).
    start = page.rfind('<footer class="release-footer">')
    if start >= 0:
        end = page.index("</footer>\n", start) + len("</footer>\n")
        footer, page = page[start:end], page[:start] + page[end:]
        page = page.replace("<body>\n", "<body>\n" + footer, 1)
    html = weasyprint.HTML(string=page, base_url=PHOTO_BASE, url_fetcher=photo_fetcher(layout))
    pdf: bytes = html.write_pdf(pdf_variant="pdf/ua-1")
    return pdf


# What relative addresses in the page resolve against: a name that can never be fetched.
PHOTO_BASE = "https://photos.releasedesk.invalid/"


def photo_fetcher(layout: Layout) -> Any:
    """A WeasyPrint URL fetcher serving the page's photos from memory, and nothing else."""
    from weasyprint import urls

    folder = f"{PHOTO_BASE}{quote(layout.media_folder)}/"
    served = {folder + name: (photo.photo, width)
              for photo in layout.photos for width, _, name in photo.files}

    class PhotoFetcher(urls.URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            if url not in served:
                raise ValueError(f"{url} is not one of the release's photos")
            photo, width = served[url]
            data = layout.copies.copy(photo, width)
            kind = "image/png" if url.endswith(".png") else "image/jpeg"
            return urls.URLFetcherResponse(url, data, {"Content-Type": kind})

    return PhotoFetcher()

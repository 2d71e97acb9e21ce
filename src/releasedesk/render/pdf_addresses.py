"""The page as WeasyPrint is given it: an address does not break at its hyphens.

Pango may end a line after any hyphen, and an address has no other place it breaks: the
PDF printed "calloway-" at a line's end and "harbour.example/ferries" on the next, where
the web page keeps the address whole. A word joiner (U+2060, no width, no glyph, no
break on either side) after each hyphen of an address keeps it whole; one longer than
its line still breaks, where the release's sheet lets any word too wide for its line
break (overflow-wrap: anywhere), so it never runs past the margin.

The addresses are a link's text that is an address (``calloway-harbour.example/ferries``,
``press@calloway-harbour.example``) and the address printed after a link in print
(release.css: ``content: " (" attr(href) ")"``), which the page's own sheet is then given
from ``data-print-address``, the link's address with the same joiners. Nothing else of
the page changes: a page without a hyphen in an address is handed on as it was.
"""

from __future__ import annotations

import re

JOINER = "\u2060"
# A link: its attributes around the address, and its content.
_LINK = re.compile(r"<a\b([^>]*?)\bhref=\"([^\"]*)\"([^>]*)>(.*?)</a>", re.DOTALL)
_TAG = re.compile(r"(<[^>]*>)")
# An address in a link's text: no spaces, a dot, a slash or an at sign in it, a hyphen
# between two of its characters.
_ADDRESS = re.compile(r"[^\s<>]*[./@][^\s<>]*")
_HYPHEN = re.compile(r"(?<=[^\s-])-(?=[^\s-])")
# The print sheet's address after a link (release.css), and that rule reading the joined one.
PRINTED_ADDRESS = re.compile(r"""(content:\s*" \(" )attr\(href\)( "\)"\s*[;}])""")
_PRINTED_JOINED = r"\1attr(data-print-address)\2"


def joined(address: str) -> str:
    """*address* with a word joiner after each hyphen between two of its characters."""
    return _HYPHEN.sub("-" + JOINER, address)


def _label(content: str) -> str:
    """A link's content with its addresses joined (its tags left as they are)."""
    pieces = _TAG.split(content)
    for index in range(0, len(pieces), 2):
        if "-" in pieces[index]:
            pieces[index] = _ADDRESS.sub(
                lambda m: joined(m[0]) if "-" in m[0] else m[0], pieces[index])
    return "".join(pieces)


def _link(match: re.Match[str]) -> str:
    before, href, after, content = match.groups()
    printed = f' data-print-address="{joined(href)}"' if href.startswith("http") else ""
    return f'<a{before}href="{href}"{after}{printed}>{_label(content)}</a>'


def keep_addresses(page: str, own_css: str) -> tuple[str, str]:
    """*page* and its own sheet *own_css* with no address breaking at a hyphen (see the
    module's note); both as they were when no address of the body has a hyphen."""
    start = page.find("<body>")
    if start < 0 or "-" not in page[start:]:
        return page, own_css
    body = page[start:]
    changed = _LINK.sub(_link, body)
    if JOINER not in changed:
        return page, own_css
    # (a page that carries its sheets, pdf_writer's styled one, reads the joined one too)
    return (PRINTED_ADDRESS.sub(_PRINTED_JOINED, page[:start]) + changed,
            PRINTED_ADDRESS.sub(_PRINTED_JOINED, own_css))

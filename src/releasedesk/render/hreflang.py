"""Language versions in HTML: ``<link rel="alternate" hreflang="…">`` in a page's head.

A page and its other language versions name each other (and the page itself, as search
engines ask), each by an address relative to the page. Pure: text in, text out.
"""

from __future__ import annotations

import re
from html import escape

_TAG = re.compile(r"[^A-Za-z0-9-]")


def hreflang(language: str) -> str:
    """A language tag as hreflang writes it: zh_CN → zh-CN ("x-default" never: each
    version has its own language)."""
    return _TAG.sub("", (language or "en").replace("_", "-")) or "en"


def alternate_links(alternates: list[tuple[str, str]]) -> str:
    """The <link> elements for (language, relative address) pairs, one a line."""
    return "".join(f'<link rel="alternate" hreflang="{escape(hreflang(language))}" '
                   f'href="{escape(href)}">\n' for language, href in alternates)


def with_alternates(page: str, alternates: list[tuple[str, str]]) -> str:
    """*page* (a whole HTML document) with its alternates before </head>; unchanged when
    there are none or it has no head."""
    if not alternates:
        return page
    at = page.find("</head>")
    return page if at < 0 else page[:at] + alternate_links(alternates) + page[at:]


def version_folder(language: str, taken: set[str]) -> str:
    """The folder of a language version inside a package ("zh-CN"), unlike *taken*."""
    base = hreflang(language)
    name, number = base, 2
    while name.lower() in {t.lower() for t in taken}:
        name, number = f"{base}-{number}", number + 1
    taken.add(name)
    return name

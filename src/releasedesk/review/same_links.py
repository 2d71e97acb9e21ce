"""Links a word processor respelled without changing where they go: not a reviewer's change.

LibreOffice, saving a .docx again, writes a web address with an empty path with its "/"
(``https://example.org`` becomes ``https://example.org/``), and an address shown as itself
(``<https://example.org>``) as a link whose text is the address. Read back as a draft, the
release's Markdown then differs where nobody changed anything. Each link of the document's
text that goes where one of the release's goes is written back as the release wrote it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

# A link's destination in our Markdown: "](…)" of an inline link, or an autolink "<…>".
_INLINE = re.compile(r"\[(?P<text>(?:[^\[\]\\\n]|\\.)*)\]\((?P<href>[^()\s]+)\)")
_AUTO = re.compile(r"<(?P<href>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*)>")


def same_place(href: str) -> str:
    """*href* with what does not change where it goes made one spelling: an empty path is
    "/", the scheme and host in lower case."""
    try:
        parts = urlsplit(href)
    except ValueError:
        return href
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return href
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/",
                       parts.query, parts.fragment))


def as_ours(ours: str, theirs: str) -> str:
    """*theirs* (a field's Markdown read back) with each link that goes where a link of
    *ours* goes spelled as *ours* spells it."""
    spelled: dict[str, str] = {}
    autolinks: set[str] = set()
    for found in _INLINE.finditer(ours):
        spelled.setdefault(same_place(found.group("href")), found.group("href"))
    for found in _AUTO.finditer(ours):
        spelled.setdefault(same_place(found.group("href")), found.group("href"))
        autolinks.add(found.group("href"))
    if not spelled:
        return theirs

    def inline(found: re.Match[str]) -> str:
        href = spelled.get(same_place(found.group("href")))
        if href is None or (href == found.group("href") and found.group("text") != href):
            return found.group(0)
        text = found.group("text")
        if href in autolinks and same_place(text) == same_place(href):
            return f"<{href}>"  # an address shown as itself
        return f"[{text}]({href})"

    def auto(found: re.Match[str]) -> str:
        href = spelled.get(same_place(found.group("href")))
        return f"<{href}>" if href is not None else found.group(0)

    return _AUTO.sub(auto, _INLINE.sub(inline, theirs))

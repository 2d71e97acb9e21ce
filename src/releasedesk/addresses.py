"""Which addresses a reader can follow: the one rule for every link a user types.

The body's link dialog (Ctrl+K), the first start's set-up, the house-style editor and
`profile import` all ask it: a web address (``https://…``, a bare ``www.example.org``
completed with its scheme), an e-mail address (completed with ``mailto:``) or a phone
number (``tel:…``). Anything else (``javascript:``, ``data:``, a relative ``page.html``)
would be printed by the exports as words with no link (body.safety drops it), so it is
refused where it is typed, in one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from .body.safety import safe_href
from .errors import N_
from .field_rules import TEL_NUMBER, email_is_valid

if TYPE_CHECKING:
    from .model import FooterLine

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_HOST = re.compile(r"(?:www\.)?[^\s/:@<>]+\.[A-Za-z]{2,}(?:[/?#]\S*)?")

# Endings of a page or file's name, not of a host: "timetable.html" is a relative address
# (which the exports print as words, not a link), never https://timetable.html.
_FILE_ENDINGS = {"html", "htm", "php", "asp", "aspx", "jsp", "pdf", "docx", "jpg", "jpeg",
                 "png", "gif", "txt", "md", "release"}

# Why an address is refused, said the same wherever it was typed.
NOT_FOLLOWABLE = N_("Readers cannot follow this address: give a web address (https://…), "
                    "an e-mail address or a phone number (tel:…).")


def has_scheme(text: str) -> bool:
    """Whether *text* starts with a scheme ("https:", "javascript:" …)."""
    return _SCHEME.match(text) is not None


def _is_file_name(text: str) -> bool:
    host = re.split(r"[/?#]", text, maxsplit=1)[0]
    return host.rsplit(".", 1)[-1].lower() in _FILE_ENDINGS


def normalise_address(text: str) -> str | None:
    """The address a link can point to, or None when a reader could not follow it."""
    text = text.strip()
    if email_is_valid(text):  # (the rule the contacts and the house style use)
        text = "mailto:" + text
    elif not _SCHEME.match(text) and _HOST.fullmatch(text) and not _is_file_name(text):
        text = "https://" + text
    href = safe_href(text)
    if href is None:
        return None
    parts = urlsplit(href)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        host = parts.hostname or ""
        return href if host and ("." in host or host == "localhost") else None
    if scheme == "mailto":
        return href if email_is_valid(unquote(parts.path)) else None
    return href if TEL_NUMBER.fullmatch(unquote(parts.path)) else None  # tel:


def followable(text: str) -> bool:
    """Whether *text* is empty (no link) or an address a reader can follow."""
    return not text.strip() or normalise_address(text) is not None


# Why an address of the house style is refused: (the answer it is, the sentence).
WEBSITE_NOT_FOLLOWABLE = N_(
    "The website “{address}” is an address readers cannot follow: give a web address "
    "(https://…), an e-mail address or a phone number (tel:…).")
FOOTER_LINK_NOT_FOLLOWABLE = N_(
    "Footer line {row} links to “{address}”, which readers cannot follow: give a web "
    "address (https://…), an e-mail address or a phone number (tel:…), or remove the link.")


def house_address_problems(website: str, footer: Sequence[FooterLine]
                           ) -> list[tuple[str, str, dict[str, object]]]:
    """(the answer: "website" or "footer", its sentence, the sentence's arguments) for the
    website and each footer line's link a reader could not follow, in that order; the
    arguments of a footer line's hold its row, counted from 1."""
    problems: list[tuple[str, str, dict[str, object]]] = []
    if not followable(website):
        problems.append(("website", WEBSITE_NOT_FOLLOWABLE, {"address": website.strip()}))
    for row, line in enumerate(footer, start=1):
        if not followable(line.url):
            problems.append(("footer", FOOTER_LINK_NOT_FOLLOWABLE,
                             {"row": row, "address": line.url.strip()}))
    return problems


def completed(address: str) -> str:
    """*address* as a link points to it (``www.example.org`` → ``https://www.example.org``);
    as typed (stripped) when it is empty or no reader could follow it."""
    return normalise_address(address) or address.strip() if address.strip() else ""

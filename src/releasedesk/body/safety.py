"""What may reach an export: characters XML accepts, and links a reader can safely follow."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

# C0 controls but tab and newline, DEL, C1 controls, the bidi embeddings and
# overrides (they can make a line read differently from what it says), lone
# surrogates, and the two XML non-characters. Isolates and LRM/RLM stay: real
# right-to-left text needs them.
_UNSAFE_CHARS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\ud800-\udfff\ufffe\uffff]"
)
_URL_UNSAFE = re.compile(r'["<>`{}|\\^]')


def clean_text(text: str) -> str:
    """*text* without characters an export must not carry; CR LF becomes LF."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE_CHARS.sub("", text)


def safe_href(href: str | None) -> str | None:
    """The link target if it is http, https, mailto or tel; None otherwise.

    Entity tricks and stray whitespace or control characters inside the scheme
    (``java&#115;cript:``, ``jav\\tascript:``) are resolved before the scheme is read.
    """
    if not href:
        return None
    if "&" in href:  # (html.unescape's own shortcut, before importing it: ~1.5 ms)
        import html

        href = html.unescape(href)
    target = clean_text(href).strip()
    target = re.sub(r"\s+", "%20", target)
    # Characters a URL may not hold raw are percent-encoded (IRI letters are kept).
    target = _URL_UNSAFE.sub(lambda m: f"%{ord(m.group(0)):02X}", target)
    try:
        parts = urlsplit(target)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in SAFE_SCHEMES:
        return None
    if scheme in ("http", "https") and not parts.netloc:
        return None
    return target

"""What may reach an export: characters XML accepts, and links a reader can safely follow."""

from __future__ import annotations

from urllib.parse import urlsplit

from ..patterns import compiled

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

# C0 controls but tab and newline, DEL, C1 controls, the bidi embeddings and
# overrides (they can make a line read differently from what it says), lone
# surrogates, and the two XML non-characters. Isolates and LRM/RLM stay: real
# right-to-left text needs them. And the invisible characters no text means:
# U+FEFF, a byte order mark pasted from the start of a file (as a "zero width no-break
# space" it is deprecated: U+2060 WORD JOINER joins, and stays); U+206A-U+206F, the
# deprecated format controls (symmetric swapping, Arabic shaping, digit shapes); and
# U+FFF9-U+FFFB, interlinear annotation marks, for a program's internal use only. (Zero
# width space, joiner and non-joiner, U+2060 and variation selectors stay: Thai, Persian,
# Indic scripts and emoji sequences need them.)
_UNSAFE_CHARS = compiled(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u206a-\u206f\ud800-\udfff\ufeff"
    "\ufff9-\ufffb\ufffe\uffff]"
)
# And in a line (a headline, a name, a label: what prints on one line, in a title bar, a
# mail's Subject): the soft hyphen U+00AD too. It only tells where a word may break
# across lines, and a line is never broken there; a mail reader, a title bar or a
# terminal shows it as a stray hyphen or as nothing. (In the body it stays, a hint the
# page, the PDF and Word hyphenate by.)
_NOT_IN_A_LINE = "\u00ad"
_URL_UNSAFE = compiled(r'["<>`{}|\\^]')
_SPACES = compiled(r"\s+")


def clean_text(text: str) -> str:
    """*text* without characters an export must not carry; CR LF becomes LF."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE_CHARS.sub("", text)


def clean_line(text: str) -> str:
    """*text* as a one-line part may print it: clean_text's, and no soft hyphen."""
    text = clean_text(text)
    return text.replace(_NOT_IN_A_LINE, "") if _NOT_IN_A_LINE in text else text


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
    target = _SPACES.sub("%20", target)
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

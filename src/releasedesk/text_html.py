"""Plain text as HTML for Qt's rich text (a tooltip, a list's cell, a view of changes): its
characters escaped, so a name with markup in it shows as typed, and its lines kept."""

from __future__ import annotations


def escape(text: str, quote: bool = True) -> str:
    """``html.escape``: ``&``, ``<`` and ``>`` (and with *quote* both quotation marks) as
    character references. The same replacements without importing ``html``, whose entity
    table (``html.entities``, ~1.5 ms) the editor's start has no use for."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text


def text_html(text: str) -> str:
    """*text* as HTML element content that shows it as typed (``<``, ``>`` and ``&``
    escaped; quotes stay, as they read), a line break for each of its own."""
    return escape(text, quote=False).replace("\n", "<br>")

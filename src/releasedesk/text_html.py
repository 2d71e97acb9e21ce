"""Plain text as HTML for Qt's rich text (a tooltip, a list's cell, a view of changes): its
characters escaped, so a name with markup in it shows as typed, and its lines kept."""

from __future__ import annotations

from html import escape


def text_html(text: str) -> str:
    """*text* as HTML element content that shows it as typed (``<``, ``>`` and ``&``
    escaped; quotes stay, as they read), a line break for each of its own."""
    return escape(text, quote=False).replace("\n", "<br>")

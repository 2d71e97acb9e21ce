"""Pasted HTML (and an HTML draft) keeps only what its reader saw (lows13: an aria-hidden
decoy written "TRUE", a class a <style> sheet hides, visibility:collapse and type of no size
came in as text; a hidden item or span left unclosed took the visible words after it).

Invariant, over every way of hiding and every place a hidden span stands: the hidden words
never reach the body, and every visible word does, in its order."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

from releasedesk.body import tree as t
from releasedesk.gui.body.formatted_editor import FormattedEdit
from releasedesk.gui.body.rich_paste import html_to_markdown
from releasedesk.importing.html_reader import html_to_blocks

SHEET = ("<style>/* Word */ p.MsoNormal {margin:0} .decoy {display:none} span.tiny, .gone "
         "{ visibility : hidden } @media print { .screen-only { display:none } }</style>")
# (opening tag, closing tag) of a hidden span
HIDINGS = [
    ('<span style="display:none">', "</span>"),
    ('<span style="DISPLAY: none !important">', "</span>"),
    ("<span hidden>", "</span>"),
    ('<span hidden="hidden">', "</span>"),
    ('<span aria-hidden="true">', "</span>"),
    ('<span aria-hidden="TRUE ">', "</span>"),
    ('<span style="visibility:hidden">', "</span>"),
    ('<span style="visibility: collapse">', "</span>"),
    ("<template>", "</template>"),
    ("<noscript>", "</noscript>"),
    ('<span style="mso-hide:all;display:none">', "</span>"),
    ('<span style="font-size:0">', "</span>"),
    ('<span style="font-size: 0px; color: white">', "</span>"),
    ('<span style="opacity:0">', "</span>"),
    ('<span class="decoy">', "</span>"),
    ('<span class="x tiny">', "</span>"),
    ('<b class="gone">', "</b>"),
    ('<span style="display:none"><span style="display:inline">', "</span></span>"),
]
# Where the hidden span stands: (before it, after it) with the visible words around it.
PLACES = [
    ("<p>Ferry sails", " at dawn.</p>"),
    ("<p><b>Ferry sails", "</b> at dawn.</p>"),
    ('<p><a href="https://x.example">Ferry sails', "</a> at dawn.</p>"),
    ("<h2>Ferry sails", " at dawn</h2>"),
    ("<ul><li>Ferry sails", " at dawn.</li></ul>"),
    ("<table><tr><td>Ferry sails", " at dawn.</td></tr></table>"),
    ("<blockquote><p>Ferry sails", " at dawn.</p></blockquote>"),
]
HIDDEN = "SECRET tracking decoy"


def words(blocks: list[t.Block]) -> list[str]:
    return " ".join(t.block_texts(blocks)).split()


@pytest.mark.parametrize("place", PLACES)
def test_hidden_words_never_come_in_and_visible_ones_always_do(
        place: tuple[str, str]) -> None:
    for opening, closing in HIDINGS:
        html = f"{SHEET}{place[0]}{opening}{HIDDEN}{closing}{place[1]}<p>Tickets on sale.</p>"
        got = words(html_to_blocks(html))
        assert got == ["Ferry", "sails", "at", "dawn.", "Tickets", "on", "sale."] or \
            got == ["Ferry", "sails", "at", "dawn", "Tickets", "on", "sale."], (html, got)


# (HTML, the words it shows): hidden elements left unclosed end where a browser ends them,
# and what a style sheet hides only for some screens or printers stays.
ENDINGS = [
    ('<ul><li>one<li style="display:none">SECRET<li>three</ul>', ["- one\n- three"]),
    ("<ul><li>one<span hidden>SECRET<li>two</ul>", ["- one\n- two"]),
    ('<p>Seen<span style="display:none">SECRET</p><p>after</p>', ["Seen", "after"]),
    ('<table><tr><td>a<td hidden>SECRET<td>c</tr></table>', ["a | c"]),
    ("<dl><dt>Term<dd hidden>SECRET<dt>Next</dl>", ["Term", "Next"]),
    ('<div style="display:none"><p>SECRET</div><p>Seen</p>', ["Seen"]),
    # (a paragraph inside a hidden span: hidden, as its author meant, though a browser
    # would end the span there)
    ('<p>Seen<span style="display:none"><p>SECRET</p></span> after</p>', ["Seen after"]),
    ("<p>Seen<template><p>SECRET</p></p><p>SECRET</template> after</p>", ["Seen after"]),
    (f'{SHEET}<p>For print <span class="screen-only">and screen</span></p>',
     ["For print and screen"]),
    ('<p>Kept <span style="font-size:0.5em">small</span> and '
     '<span style="opacity:0.4">faint</span></p>', ["Kept small and faint"]),
    ('<p><span aria-hidden="false">Shown</span></p>', ["Shown"]),
]


@pytest.mark.parametrize(("html", "shown"), ENDINGS)
def test_hidden_elements_end_where_a_browser_ends_them(html: str, shown: list[str]) -> None:
    assert html_to_markdown(html).split("\n\n") == shown


def test_a_style_sheet_hides_its_top_level_classes_only() -> None:
    from releasedesk.importing.html_dom import hidden_classes

    assert hidden_classes(
        ".a{display:none} @media print{.b{display:none}} span.c, .d {visibility:hidden} "
        "div .e{display:none} @import url(x.css); .f{color:red} /* .g{display:none} */ "
        ".h{font-size:0px;} .i{font-size:0.5em} @supports (x:y) { .j { display: none } }"
    ) == {("", "a"), ("span", "c"), ("", "d"), ("", "h")}


def test_the_formatted_view_s_paste_drops_them_too(qapp: QApplication) -> None:
    for (opening, closing), place in itertools.product(HIDINGS[::3], PLACES[:2]):
        editor = FormattedEdit()
        editor.set_markdown("")
        data = QMimeData()
        html = f"{SHEET}{place[0]}{opening}{HIDDEN}{closing}{place[1]}"
        data.setHtml(html)
        data.setText(f"Ferry sails{HIDDEN} at dawn.")
        editor.insertFromMimeData(data)
        assert "SECRET" not in editor.markdown(), html
        assert "Ferry sails" in editor.markdown() and "at dawn." in editor.markdown()

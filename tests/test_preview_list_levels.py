"""The Web page tab draws a list in a list with the bullet a browser draws on the web page:
a disc, then a circle, then a square at every level below (lows15a: Qt drew a disc at every
level). Only the preview's style sheet says so (preview-web.css): the HTML writer's bytes
are the same, and Qt's document of the preview differs from the one without those rules
in its lists' styles alone, for the samples, the corpus and generated releases."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from PySide6.QtGui import QTextBlock, QTextDocument, QTextFormat, QTextListFormat
from PySide6.QtWidgets import QApplication

from release_strategies import releases
from releasedesk import document
from releasedesk.exporting import export_context
from releasedesk.gui.preview.preview_pane import render_preview
from releasedesk.model import Release
from releasedesk.render import build_layout
from releasedesk.render.html_writer import write_html
from releasedesk.render.typesetting import qt_css
from releasedesk.resources import resource_text

from chromium_pipe import Chromium
from conftest import SAMPLES
from corpus import corpus
from examples import examples
from helpers import make_release

SHEET = resource_text("css", "preview-web.css") + "\n"
# The sheet's rules for lists in lists (its last), and the sheet without them.
LEVEL_RULES = re.compile(r"^(?:ul|ol)[ \w,>]* \{ list-style-type: \w+; \}\n", re.MULTILINE)
WITHOUT = LEVEL_RULES.sub("", SHEET)
INDENT_PX = 21
STYLES = {style.value: name for style, name in (
    (QTextListFormat.Style.ListDisc, "disc"), (QTextListFormat.Style.ListCircle, "circle"),
    (QTextListFormat.Style.ListSquare, "square"), (QTextListFormat.Style.ListDecimal, "decimal"))}


@dataclass(frozen=True)
class Item:
    text: str
    children: tuple[str, tuple[Item, ...]] | None  # a list in the item: its kind, its items


def _items(depth: int) -> st.SearchStrategy[tuple[Item, ...]]:
    child = st.none() if depth >= 4 else st.none() | st.tuples(
        st.sampled_from(["ul", "ol"]), st.deferred(lambda: _items(depth + 1)))
    return st.lists(st.builds(Item, st.sampled_from(["quay", "ferry", "tide", "pier"]),
                              child), min_size=1, max_size=3).map(tuple)


LISTS = st.tuples(st.sampled_from(["ul", "ol"]), _items(1))


def markdown(kind: str, items: tuple[Item, ...], indent: str = "") -> str:
    lines = []
    for number, item in enumerate(items, 1):
        marker = "- " if kind == "ul" else f"{number}. "
        lines.append(f"{indent}{marker}{item.text}")
        if item.children is not None:
            lines.append(markdown(*item.children, indent + " " * len(marker)))
    return "\n".join(lines)


def browser_markers(kind: str, items: tuple[Item, ...], depth: int = 1) -> list[str]:
    """Each item's marker, in order, as a browser's own style sheet draws the page: a
    list's numbers, or its bullet by how many lists it is in."""
    style = "decimal" if kind == "ol" else {1: "disc", 2: "circle"}.get(depth, "square")
    out = []
    for item in items:
        out.append(style)
        if item.children is not None:
            out += browser_markers(*item.children, depth + 1)
    return out


def laid_out(html: str, css: str) -> QTextDocument:
    made = QTextDocument()
    made.setDefaultStyleSheet(css)
    made.setHtml(html)
    return made


def drawn(block: QTextBlock) -> str | None:
    """The marker Qt draws before *block* (None: no list item): the item's own list style
    where its format has one, else its list's (QTextDocumentLayout::drawListItem)."""
    listed = block.textList()
    if listed is None:
        return None
    own = block.blockFormat()
    style = own.intProperty(QTextFormat.Property.ListStyle) \
        if own.hasProperty(QTextFormat.Property.ListStyle) else listed.format().style().value
    return STYLES[style]


def preview_markers(release: Release) -> list[str]:
    """The marker Qt draws before each list item of the release's Web page tab."""
    result = render_preview(release)
    made = laid_out(result.web, SHEET + qt_css(result.type, INDENT_PX, elements=True))
    out = []
    block = made.begin()
    while block.isValid():
        if (marker := drawn(block)) is not None:
            out.append(marker)
        block = block.next()
    return out


def test_the_sheet_s_list_rules_are_found() -> None:
    assert len(LEVEL_RULES.findall(SHEET)) == 5 and "list-style-type: " not in WITHOUT


@settings(max_examples=examples(150, 40), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lists=LISTS, quoted=st.booleans())
def test_each_level_has_the_web_page_s_bullet(qapp: QApplication,
                                              lists: tuple[str, tuple[Item, ...]],
                                              quoted: bool) -> None:
    text = markdown(*lists)
    if quoted:  # (a list in a quotation is still a list of the first level)
        text = "\n".join("> " + line for line in text.split("\n"))
    assert preview_markers(make_release(body="The new quay opens.\n\n" + text)) == \
        browser_markers(*lists)


BODIES = ["- quay\n  - ferry\n    - tide\n      - pier\n- back",
          "- quay\n  1. ferry\n     - tide\n       1. pier\n  - back",
          "1. quay\n   - ferry\n     1. tide\n        - pier\n2. back",
          "> - quay\n>   - ferry\n\n- pier\n  1. tide\n     - quay"]


@pytest.mark.parametrize("body", BODIES)
def test_a_browser_draws_the_exported_page_s_bullets_as_the_preview_does(
        qapp: QApplication, tmp_path: Path, chromium: Chromium, body: str) -> None:
    """(the browser asked, not assumed: each item's marker as Chromium computes it)"""
    release = make_release(body=body)
    page = tmp_path / "release.html"
    html = write_html(build_layout(release), export_context()).decode("utf-8")
    probe = ("<script>document.body.setAttribute('data-probe', JSON.stringify("
             "[...document.querySelectorAll('.release-body li')].map("
             "li => getComputedStyle(li).listStyleType)));</script>")
    page.write_text(html.replace("</body>", probe + "</body>"), encoding="utf-8")
    shown = chromium.page(page.as_uri(), budget_ms=1000)
    drawn = json.loads(etree.HTML(shown.dom).find(".//body").get("data-probe"))
    assert drawn == preview_markers(release)
    assert {"circle", "square"} <= set(drawn)


def only_lists_differ(release: Release) -> None:
    """Qt's HTML of the Web page tab with the list rules and without them: the same but
    for the nested lists' bullet (Qt writes it as the list's type)."""
    result = render_preview(release)
    extra = qt_css(result.type, INDENT_PX, elements=True)
    for html in (result.web, result.web_units.flat):
        styled = laid_out(html, SHEET + extra).toHtml()
        plain = laid_out(html, WITHOUT + extra).toHtml()
        assert re.sub(r'<ul type="(?:circle|square)"', "<ul", styled) == plain


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.release")), ids=lambda p: p.stem)
def test_the_samples_differ_in_their_lists_alone(qapp: QApplication, path: Path) -> None:
    only_lists_differ(document.load(path))


@pytest.mark.parametrize("name", sorted(corpus()))
def test_the_corpus_differs_in_its_lists_alone(qapp: QApplication, name: str) -> None:
    only_lists_differ(corpus()[name])


@settings(max_examples=examples(40, 12), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(release=releases(), lists=LISTS)
def test_generated_releases_differ_in_their_lists_alone(
        qapp: QApplication, release: Release, lists: tuple[str, tuple[Item, ...]]) -> None:
    from releasedesk.records import replace

    only_lists_differ(replace(release, body=release.body + "\n\n" + markdown(*lists)))

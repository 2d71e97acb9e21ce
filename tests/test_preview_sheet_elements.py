"""The Web page tab's style sheet names each class with the element the HTML writer puts it
on (p.release-line rather than .release-line), so that Qt matches each rule against that
element only, not against every element of the page (preview-web.css). The page is laid
out the same as with the classes alone: the same document, format for format (Qt's own
HTML of it), for the samples, the corpus and generated releases, in every setting they
have (italic or not, centred titles, indents)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from release_strategies import photo_of, releases
from releasedesk import document
from releasedesk.gui.preview.preview_pane import render_preview
from releasedesk.model import Release
from releasedesk.records import replace
from releasedesk.render.typesetting import qt_css
from releasedesk.resources import resource_text

from conftest import SAMPLES
from corpus import corpus
from examples import examples

SHEET = resource_text("css", "preview-web.css")
# A class named with its element.
NAMED = re.compile(r"\b(?:p|span|section|footer|address|div)\.(?=(?:release-|page-footer))")
INDENT_PX = 21  # (two characters at some shown size: an indent's rule is written)


def classes_alone(css: str) -> str:
    """*css* with each class's element dropped: the sheet as it was written before."""
    return NAMED.sub(".", css)


def laid_out(html: str, css: str) -> str:
    """The document Qt makes of *html* under *css*, as Qt writes it back (every block's and
    run's format spelled out)."""
    made = QTextDocument()
    made.setDefaultStyleSheet(css)
    made.setHtml(html)
    return made.toHtml()


def same_page(release: Release) -> None:
    result = render_preview(release)
    named = SHEET + "\n" + qt_css(result.type, INDENT_PX, elements=True)
    alone = classes_alone(SHEET) + "\n" + qt_css(result.type, INDENT_PX)
    assert classes_alone(named) == alone  # (the two sheets differ in the elements only)
    for html in (result.web, result.web_units.flat):  # (as written; as the tab is given it)
        assert laid_out(html, named) == laid_out(html, alone)


def test_every_class_rule_of_the_sheet_names_its_element() -> None:
    rules = re.sub(r"/\*.*?\*/", "", SHEET, flags=re.DOTALL)
    selectors = [part.strip() for rule in re.findall(r"([^{}]+)\{", rules)
                 for part in rule.split(",")]
    assert selectors
    # (a selector ending in a class alone would be matched against every element; an
    # ancestor named by its class alone, have its classes read for every element below it)
    assert [s for s in selectors if re.search(r"(?:^|\s)\.[\w-]+", s)] == []
    assert classes_alone(SHEET) != SHEET


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.release")), ids=lambda p: p.stem)
def test_the_samples_are_laid_out_the_same(qapp: QApplication, path: Path) -> None:
    same_page(document.load(path))


# A photo's words as the writer may print them: caption and credit, either alone, neither.
WORDS = [("A ferry at the new berth", "Photo: J. Rivera"), ("渡轮停靠新泊位", ""),
         ("", "图：李明"), ("", "")]


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.release")), ids=lambda p: p.stem)
def test_photos_with_their_words_are_laid_out_the_same(qapp: QApplication,
                                                       path: Path) -> None:
    # (no sample or corpus release has a photo: each sample with one of each kind of words)
    release = document.load(path)
    photos = [replace(photo_of(number, 320 + 40 * number, 200, "jpg"), caption=caption,
                      credit=credit) for number, (caption, credit) in enumerate(WORDS)]
    shown = replace(release, photos=photos)
    assert "release-photo-credit" in render_preview(shown).web
    same_page(shown)


@pytest.mark.parametrize("name", sorted(corpus()))
def test_the_corpus_is_laid_out_the_same(qapp: QApplication, name: str) -> None:
    same_page(corpus()[name])


@settings(max_examples=examples(40, 12), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(release=releases())
def test_generated_releases_are_laid_out_the_same(qapp: QApplication,
                                                  release: Release) -> None:
    same_page(release)

"""The web preview is updated block by block; the result must equal a whole parse, always."""

from __future__ import annotations

import copy
import random

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from releasedesk.gui.basics.short_runs import short_runs
from releasedesk.gui.preview.document_patch import DocumentPatcher
from releasedesk.gui.preview.preview_pane import render_preview
from releasedesk.model import Contact, Release
from releasedesk.records import replace
from releasedesk.render.html_units import SplitHtml, UnitRecorder
from releasedesk.render.html_writer import HtmlOptions, article
from releasedesk.render.layout import build_layout
from releasedesk.resources import resource_text

from corpus import corpus

CSS = resource_text("css", "preview-web.css")
WORD_CSS = resource_text("css", "preview-word.css")
EDITS = ("x", " **bold** ", " *it* ", " [a link](https://example.org/a) ", "", "\n\n",
         "\n\nA new paragraph.\n\n", "\n\n- a new item\n- another\n\n", "\n\n> quoted\n\n",
         "\n\n## A subheading\n\n", "\n\n    code line\n\n", "\n\n1. first\n2. second\n\n")


def whole(html: str, css: str = CSS) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultStyleSheet(css)
    document.setHtml(html)
    return document


def web_page(release: Release) -> tuple[str, SplitHtml]:
    """The article and its blocks as the writer recorded them."""
    made = article(build_layout(release), HtmlOptions(units=True))
    assert made.units is not None
    return made.html, made.units


def edited(release: Release, rng: random.Random) -> Release:
    """The release after one keystroke-sized or paste-sized change somewhere in it."""
    changed = copy.deepcopy(release)
    field = rng.choice(["body"] * 8 + ["headline", "subheadline", "boilerplate", "contact"])
    if field == "contact":
        if changed.contacts:
            contact = rng.randrange(len(changed.contacts))
            changed.contacts[contact] = replace(changed.contacts[contact],
                                                name=changed.contacts[contact].name + "e")
        else:
            changed.contacts.append(Contact("Ada Example", "Press", "Org", "", "a@b.example"))
        return changed
    text: str = getattr(changed, field)
    at = rng.randrange(len(text) + 1)
    edit = rng.choice(EDITS if field == "body" else ("x", "", " more words"))
    text = text[:at] + text[at + 3:] if edit == "" else text[:at] + edit + text[at:]
    setattr(changed, field, text)
    return changed


def test_the_word_page_has_the_articles_blocks_but_its_footer() -> None:
    for name, release in corpus().items():
        result = render_preview(release)
        web = [unit for unit in result.web_units.units
               if "footer" not in [wrapper.name for wrapper in unit.context]]
        assert list(result.word_units.units[:len(web)]) == web, name
        assert len(result.word_units.units) == len(web) + 3, name
        assert result.word_units.flat.replace("\n", "") == \
            short_runs(result.word).replace("\n", ""), name


def test_a_writer_that_leaves_a_wrapper_open_or_crosses_them_is_stopped() -> None:
    recorder = UnitRecorder()
    recorder.opened("<div>", "div")
    with pytest.raises(ValueError):
        recorder.split()  # a wrapper left open
    with pytest.raises(ValueError):
        recorder.closed("</section>", "section")  # not the one open


def test_patched_documents_equal_a_whole_parse(qapp: QApplication) -> None:
    rng = random.Random(20261125)
    patched = 0
    for name, release in corpus().items():
        if name == "twenty-thousand-words":
            continue  # below, with fewer edits
        document = QTextDocument()
        document.setDefaultStyleSheet(CSS)
        patcher = DocumentPatcher(document)
        html, split = web_page(release)
        patcher.set_html(html, split)
        for _ in range(25):
            release = edited(release, rng)
            html, split = web_page(release)
            patcher.set_html(html, split)
            assert document.toHtml() == whole(split.flat).toHtml(), name
        patched += patcher.patched
    # Most of those edits were done in place, not by a whole parse.
    assert patched > 25 * 8 * 0.6


def test_a_keystroke_in_a_long_body_is_patched_not_reparsed(qapp: QApplication) -> None:
    release = corpus()["twenty-thousand-words"]
    document = QTextDocument()
    document.setDefaultStyleSheet(CSS)
    patcher = DocumentPatcher(document)
    html, split = web_page(release)
    patcher.set_html(html, split)
    rng = random.Random(7)
    for _ in range(6):
        release = copy.deepcopy(release)
        at = rng.randrange(len(release.body))
        release.body = release.body[:at] + "q" + release.body[at:]
        html, split = web_page(release)
        patcher.set_html(html, split)
    assert patcher.patched == 6
    assert document.toHtml() == whole(split.flat).toHtml()


def test_html_that_cannot_be_split_is_set_whole(qapp: QApplication) -> None:
    document = QTextDocument()
    patcher = DocumentPatcher(document)
    patcher.set_html("<p>one</p>", None)
    patcher.set_html("<p>two</p>", None)
    assert patcher.patched == 0
    assert document.toPlainText() == "two"


def test_patched_word_pages_equal_a_whole_parse(qapp: QApplication) -> None:
    rng = random.Random(11)
    release = corpus()["nested-lists"]
    document = QTextDocument()
    document.setDefaultStyleSheet(WORD_CSS)
    patcher = DocumentPatcher(document)
    result = render_preview(release)
    patcher.set_html(result.word, result.word_units)
    for _ in range(30):
        release = edited(release, rng)
        result = render_preview(release)
        patcher.set_html(result.word, result.word_units)
        assert document.toHtml() == whole(result.word_units.flat, WORD_CSS).toHtml()
    assert patcher.patched >= 20

"""The web preview is updated block by block; the result must equal a whole parse, always."""

from __future__ import annotations

import copy
import random

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from releasedesk.gui.basics.short_runs import short_runs
from releasedesk.gui.preview.document_patch import DocumentPatcher
from releasedesk.gui.preview.preview_pane import render_preview
from releasedesk.model import Contact, Release
from releasedesk.records import replace
from releasedesk.render.html_units import split_units
from releasedesk.render.html_writer import render_fragment
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
    split = split_units(html)
    document.setHtml(split.flat if split else html)
    return document


def web_html(release: Release) -> str:
    return render_fragment(build_layout(release))


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


def test_every_release_of_the_corpus_splits_into_units() -> None:
    for name, release in corpus().items():
        html = web_html(release)
        split = split_units(html)
        assert split is not None, name
        assert len(split.units) >= 2, name
        # The flat HTML is the writer's with only the newlines between blocks removed.
        assert split.flat.replace("\n", "") == html.replace("\n", ""), name


def test_the_word_page_splits_too() -> None:
    for name, release in corpus().items():
        result = render_preview(release)
        assert result.word_units is not None, name
        assert result.web_units == split_units(short_runs(result.web))


def test_html_not_laid_out_as_the_writer_does_is_not_split() -> None:
    assert split_units("<div>\n<p>open</p>\n") is None  # a wrapper left open
    assert split_units("<p>one</p></div>\n") is None  # a stray closing tag
    assert split_units("<ul>\n<li>never closed</li>\n") is None


def test_patched_documents_equal_a_whole_parse(qapp: QApplication) -> None:
    rng = random.Random(20261125)
    patched = 0
    for name, release in corpus().items():
        if name == "twenty-thousand-words":
            continue  # below, with fewer edits
        document = QTextDocument()
        document.setDefaultStyleSheet(CSS)
        patcher = DocumentPatcher(document)
        html = web_html(release)
        patcher.set_html(html, split_units(html))
        for _ in range(25):
            release = edited(release, rng)
            html = web_html(release)
            patcher.set_html(html, split_units(html))
            assert document.toHtml() == whole(html).toHtml(), name
        patched += patcher.patched
    # Most of those edits were done in place, not by a whole parse.
    assert patched > 25 * 8 * 0.6


def test_a_keystroke_in_a_long_body_is_patched_not_reparsed(qapp: QApplication) -> None:
    release = corpus()["twenty-thousand-words"]
    document = QTextDocument()
    document.setDefaultStyleSheet(CSS)
    patcher = DocumentPatcher(document)
    html = web_html(release)
    patcher.set_html(html, split_units(html))
    rng = random.Random(7)
    for _ in range(6):
        release = copy.deepcopy(release)
        at = rng.randrange(len(release.body))
        release.body = release.body[:at] + "q" + release.body[at:]
        html = web_html(release)
        patcher.set_html(html, split_units(html))
    assert patcher.patched == 6
    assert document.toHtml() == whole(html).toHtml()


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
        assert document.toHtml() == whole(short_runs(result.word), WORD_CSS).toHtml()
    assert patcher.patched >= 20

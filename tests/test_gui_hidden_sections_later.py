"""The form's hidden sections are made when first shown or asked for (issue 26, start-up):
an English release's form makes neither the portal's section nor any kind's; made later, in
whatever order, each stands in its place among the others, shows the release's values (its
summary too), hides its lines till it holds them, and comes in Tab's order. The folded
About section's fields are made when it first unfolds or one is asked for: its summary reads
the same before and after, and the fields show, edit and undo through the form's one write
path, read-only with the release."""

from __future__ import annotations

from itertools import permutations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from releasedesk import document, fields
from releasedesk.gui.form.release_form import ReleaseForm
from releasedesk.gui.widgets.collapsible import CollapsibleSection

from conftest import SAMPLES
from helpers import make_release

ZH_SAMPLE = SAMPLES / "fernhollow-night-market-zh.release"
LATER = ("event", "statement", "correction", "portal")
ORDER = ("event", "statement", "correction", "portal", "photos", "contacts", "about")


@pytest.fixture
def form(qtbot: QtBot) -> ReleaseForm:
    made = ReleaseForm()
    qtbot.addWidget(made)
    made.resize(900, 1000)
    made.show()
    return made


def made_sections(form: ReleaseForm) -> list[str]:
    return [name for name, _ in form.sections.made_items()]


def laid_out(form: ReleaseForm) -> list[str]:
    """The sections in the order the details pane stands them."""
    layout = form.details.layout()
    assert layout is not None
    items = [layout.itemAt(index) for index in range(layout.count())]
    return [widget.objectName().removesuffix("Section") for item in items
            if item is not None and isinstance(widget := item.widget(), CollapsibleSection)]


@pytest.mark.parametrize("language", ["en", "en-GB", "fr"])
def test_a_form_for_a_release_in_another_language_makes_no_hidden_section(
        form: ReleaseForm, language: str) -> None:
    form.set_release(make_release(language=language))
    QApplication.processEvents()
    assert made_sections(form) == ["photos", "contacts", "about"]
    assert not form.findChildren(CollapsibleSection, "portalSection")
    for name in fields.PORTAL_FIELDS:  # its lines out of sight, not loose in the form
        assert not form.lines[name].isVisible(), name
    assert list(form.sections) == list(ORDER)


@pytest.mark.parametrize("order", list(permutations(LATER)))
def test_sections_made_in_any_order_stand_in_the_form_s_order(form: ReleaseForm,
                                                              order: tuple[str, ...]) -> None:
    form.set_release(make_release(language="en"))
    for name in order:
        section = form.sections[name]  # asked for: made, hidden
        assert not section.isVisible()
    assert laid_out(form) == list(ORDER)


def test_a_portal_release_shows_the_section_made_with_its_values(form: ReleaseForm) -> None:
    form.set_release(make_release(language="en"))
    assert "portal" not in made_sections(form)
    release = document.load(ZH_SAMPLE)
    form.set_release(release)
    assert "portal" in made_sections(form)
    section = form.sections["portal"]
    assert section.isVisible()
    assert "芬霍洛区行政公署" in section.summary_label.text()
    for name in fields.PORTAL_FIELDS:
        line = form.lines[name]
        assert section.isAncestorOf(line) and line.text() == getattr(release, name), name
    section.set_expanded(True)
    QApplication.processEvents()
    assert all(form.lines[name].isVisible() for name in fields.PORTAL_FIELDS)
    # An English release again: the section made stays, hidden.
    form.set_release(make_release(language="en"))
    assert not section.isVisible()


def test_asking_for_a_portal_field_makes_its_section(form: ReleaseForm) -> None:
    form.set_release(make_release(language="en"))
    widget = form.field_widget("source")
    assert widget is form.lines["source"]
    assert form.sections["portal"].isAncestorOf(widget)


def test_a_portal_section_made_later_comes_in_tab_s_order(qtbot: QtBot,
                                                          form: ReleaseForm) -> None:
    form.set_release(make_release(language="en"))
    QApplication.processEvents()
    form.set_release(document.load(ZH_SAMPLE))
    section = form.sections["portal"]
    section.set_expanded(True)
    first = form.lines[fields.PORTAL_FIELDS[0]]
    # After the section's title, its fields; the About section's title after them.
    qtbot.waitUntil(lambda: section.button.nextInFocusChain() is first)
    chain: list[QWidget] = [first]
    while len(chain) < 40 and chain[-1] is not form.sections["about"].button:
        following = chain[-1].nextInFocusChain()
        assert following is not None
        chain.append(following)
    reached = {id(widget) for widget in chain}
    assert all(id(form.lines[name]) in reached for name in fields.PORTAL_FIELDS)


ABOUT = ("boilerplate", "keywords", "end_mark", "footer")


def about_made(form: ReleaseForm) -> bool:
    return form.findChild(QWidget, "boilerplate") is not None


@pytest.mark.parametrize(("boilerplate", "end_mark"), [
    ("About the harbour.", "###"), ("", "-30-"), ("  Two\n\nparagraphs  ", ""),
    ("关于本局。", "###"), ("About us.", "an end mark no house uses")])
def test_the_about_summary_reads_the_same_before_and_after_its_fields_are_made(
        form: ReleaseForm, boilerplate: str, end_mark: str) -> None:
    release = make_release(boilerplate=boilerplate)
    release.end_mark = end_mark
    form.set_release(release)
    assert not about_made(form)
    section = form.sections["about"]
    before = section.summary_label.text()
    section.set_expanded(True)
    section.set_expanded(False)
    assert about_made(form)
    assert section.summary_label.text() == before


def test_the_about_fields_made_later_show_edit_and_undo_through_the_form(
        form: ReleaseForm) -> None:
    release = make_release(boilerplate="About the harbour.", keywords=["ferry", "quay"])
    form.set_release(release)
    # Changed while not made (as a script changes it): the summary follows the release.
    form.release.boilerplate = "About the quay."
    form.record_change("boilerplate", "Edit About")
    assert not about_made(form)
    assert "About the quay." in form.sections["about"].summary_label.text()
    # Asked for: made, showing the release's values, as editable as the rest.
    assert form.boilerplate.toPlainText() == "About the quay."
    assert form.keywords.text() == "ferry, quay"
    assert form.end_mark.currentData() == release.end_mark
    assert form.field_widget("keywords") is form.keywords
    assert form.boilerplate.isEnabled() and form.footer.isReadOnly()  # (the house's)
    form.keywords.setFocus()
    form.keywords.selectAll()
    QTest.keyClicks(form.keywords, "tide; berth")
    assert form.release.keywords == ["tide", "berth"]
    while form.history.undo():
        pass
    assert form.release.boilerplate == "About the harbour."
    assert form.release.keywords == ["ferry", "quay"]
    assert form.keywords.text() == "ferry, quay"


def test_a_read_only_release_s_about_fields_are_made_read_only(form: ReleaseForm) -> None:
    form.set_release(make_release(), read_only=True)
    assert not about_made(form)
    form.sections["about"].set_expanded(True)
    made = [form.field_widget(name) for name in ABOUT]
    assert all(widget is not None and not widget.isEnabled() for widget in made[:3])
    assert form.footer.isReadOnly()  # (the house style's, never edited here)
    form.set_read_only(False)
    assert all(widget is not None and widget.isEnabled() for widget in made[:3])

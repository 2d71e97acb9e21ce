"""The kinds' sections are made when first needed (issue 26, start-up): a news release, the
editor's first window included, makes none of them; the first release of a kind (opened,
or the kind chosen), or a finding or a script asking for one of their fields, makes that
section, which then shows the release's values, edits them through the form's one write
path, follows read-only, stands in Tab's order and names its fields for a screen reader."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from releasedesk import document, kinds
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.form.kind_fields import SECTION_OF
from releasedesk.gui.form.release_form import ReleaseForm
from releasedesk.model import KINDS, Release
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from gui_helpers import FakePrompts, opens
from helpers import make_release
from test_kinds import advisory

KIND_SECTIONS = tuple(SECTION_OF.values())
# A value of each kind's own fields, as the release holds it, and how its widget shows it.
VALUES: dict[str, dict[str, str]] = {
    kinds.ADVISORY: {"event_what": "Opening of the north quay",
                     "event_speakers": "Ana Reyes, Harbour Director"},
    kinds.STATEMENT: {"statement_by": "Ana Reyes", "statement_title": "Harbour Director"},
    kinds.CORRECTION: {"correction_note": "The berth is Berth 3, not Berth 2."},
}


@pytest.fixture
def form(qtbot: QtBot) -> ReleaseForm:
    made = ReleaseForm()
    qtbot.addWidget(made)
    made.resize(900, 1000)
    made.show()
    return made


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    made = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(made)
    yield made
    made.manager.modified = False
    made.close()


def made_sections(form: ReleaseForm) -> set[str]:
    return {name for name in KIND_SECTIONS if form.sections[name].content is not None}


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def shown_text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    text: str = widget.toPlainText()  # type: ignore[attr-defined]  # (GrowingText)
    return text


def test_the_first_window_with_a_news_release_makes_no_kind_section(
        window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "news.release"
    document.save(make_release(), path)
    assert opens(window, path)
    window.show()
    assert made_sections(window.form) == set()
    # The kinds' lines wait out of sight, never loose on the form.
    for name, line in window.form.lines.items():
        if kinds.owner(name) is not None:
            assert not line.isVisible(), name


@pytest.mark.parametrize("read_only", [False, True])
@pytest.mark.parametrize("kind", [k for k in KINDS if k in SECTION_OF])
def test_a_kinds_section_is_made_with_the_release_values_when_first_shown(
        form: ReleaseForm, qtbot: QtBot, kind: str, read_only: bool) -> None:
    form.set_release(make_release(), read_only)
    assert made_sections(form) == set()
    release = make_release(kind=kind, **VALUES[kind])
    form.set_release(release, read_only)
    section = SECTION_OF[kind]
    assert made_sections(form) == {section}
    assert form.sections[section].isVisible() and form.sections[section].is_expanded()
    for name, value in VALUES[kind].items():
        widget = form.field_widget(name)
        assert widget is not None and widget.isVisible(), name
        assert shown_text(widget) == value
        assert widget.isEnabled() is not read_only
        assert accessible_name(widget), f"{name} has no accessible name"
    # In Tab's order, once the section stands in the form.
    chain = form.kind_fields.chains[section]
    assert chain and all(widget.isVisible() for widget in chain)
    qtbot.waitUntil(lambda: chain[0].previousInFocusChain() is form.sections[section].button)
    # Another release of the same kind is shown in the section made, not a new one.
    content = form.sections[section].content
    form.set_release(make_release(kind=kind), read_only)
    assert form.sections[section].content is content
    for name in VALUES[kind]:
        widget = form.field_widget(name)
        assert widget is not None and shown_text(widget) == ""


@pytest.mark.parametrize("kind", [k for k in KINDS if k in SECTION_OF])
def test_a_kind_chosen_makes_its_section_and_its_fields_edit_the_release(
        form: ReleaseForm, kind: str) -> None:
    form.set_release(make_release())
    combo = form.kind_fields.kind
    combo.setCurrentIndex(combo.findData(kind))
    section = SECTION_OF[kind]
    assert made_sections(form) == {section} and form.sections[section].isVisible()
    for name, value in VALUES[kind].items():
        widget = form.field_widget(name)
        assert widget is not None
        if isinstance(widget, QLineEdit):
            widget.setText(value)
            widget.textEdited.emit(value)
        else:
            widget.setPlainText(value)  # type: ignore[attr-defined]  # (GrowingText)
        assert getattr(form.release, name) == value
    for _ in VALUES[kind]:
        form.history.undo()
    assert all(getattr(form.release, name) == "" for name in VALUES[kind])
    assert form.release.kind == kind
    form.history.undo()
    assert form.release.kind == kinds.NEWS
    assert not form.sections[section].isVisible()


def test_a_field_asked_for_makes_its_section_folded_away_on_a_news_release(
        form: ReleaseForm) -> None:
    form.set_release(make_release())
    start = form.kind_fields.event_start  # (a script, a test, a finding's jump)
    assert made_sections(form) == {"event"}
    assert not start.isVisible()  # the news release still shows no event
    assert form.field_widget("correction_note") is form.kind_fields.correction_note
    assert made_sections(form) == {"event", "correction"}
    # The advisory opened next shows its event in the section made, unfolded.
    form.set_release(advisory())
    assert form.sections["event"].isVisible() and form.sections["event"].is_expanded()
    assert start.isVisible()
    assert form.kind_fields.event_speakers.toPlainText().startswith("Ana Reyes")


def test_a_correction_opened_shows_its_link_when_its_section_is_made(form: ReleaseForm) -> None:
    release = Release(kind=kinds.CORRECTION, corrects_path="2026/quay.release",
                      corrects_date=date(2026, 11, 20))
    form.set_release(release)
    assert form.kind_fields.corrects_file.text() == "2026/quay.release"
    assert form.kind_fields.corrects_date.date().toPython() == date(2026, 11, 20)

"""The editor's form follows the field table for its line fields: one added to the table
(tests/test_field_table.py's fixture) gets a line of its own in the form, labelled from
the table, that edits the release, is undone in word-sized steps and is read-only with
the rest."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from releasedesk import fields
from releasedesk.gui.form.find_replace import form_targets
from releasedesk.gui.form.release_form import ReleaseForm
from releasedesk.model import Release

from helpers import make_release
from test_field_table import with_lede  # noqa: F401 (a fixture)


def _form_with_lede(qtbot: QtBot) -> tuple[ReleaseForm, Release]:
    form = ReleaseForm()
    qtbot.addWidget(form)
    release = make_release()
    release.lede = "Dawn crossing"  # type: ignore[attr-defined]  # the field the test adds to the table
    form.set_release(release)
    return form, release


def test_a_line_added_to_the_table_is_edited_in_the_form(
        qtbot: QtBot, with_lede: None) -> None:
    form, release = _form_with_lede(qtbot)

    line = form.lines["lede"]
    assert line.objectName() == "lede" and line.text() == "Dawn crossing"
    labels = [label for label in form.findChildren(QLabel) if label.buddy() is line]
    assert [label.text() for label in labels] == ["Lede"]
    assert form.field_widget("lede") is line

    line.setFocus()
    line.end(False)
    QTest.keyClicks(line, " for all")
    assert release.lede == "Dawn crossing for all"  # type: ignore[attr-defined]  # the field the test adds to the table
    undone = 0
    while form.history.undo():  # (typing is undone a word at a time)
        undone += 1
    assert undone >= 2
    assert release.lede == "Dawn crossing"  # type: ignore[attr-defined]  # the field the test adds to the table
    assert line.text() == "Dawn crossing"
    while form.history.redo():
        pass
    assert release.lede == "Dawn crossing for all"  # type: ignore[attr-defined]  # the field the test adds to the table

    form.set_read_only(True)
    assert not line.isEnabled()


def test_find_and_replace_searches_a_line_added_to_the_table(
        qtbot: QtBot, with_lede: None) -> None:
    form, _ = _form_with_lede(qtbot)
    targets = form_targets(form)
    labels = [target.label for target in targets]
    assert labels[labels.index("Organisation") + 1] == "Lede"
    lede = targets[labels.index("Lede")]
    assert lede.widget is form.lines["lede"]
    assert lede.cells() == [(0, 0, "Dawn crossing")]


def test_the_forms_lines_are_the_tables(qtbot: QtBot) -> None:
    form = ReleaseForm()
    qtbot.addWidget(form)
    assert list(form.lines) == [spec.name for spec in fields.FIELDS
                                if spec.kind == fields.LINE]
    # The table's lines of today all have widgets of their own, made by hand.
    assert form.lines["headline"] is form.headline
    assert form.lines["organization"] is form.organization

"""The form changes nothing by accident (issue 14)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from test_gui import make_window, work  # noqa: F401 (fixtures)

from gui_helpers import opens, prompts_of, went


def wheel(widget: QWidget, steps: int = -3) -> bool:
    """Turn the wheel over *widget* (negative: towards the user); True if it took the turn.

    An event the widget ignores goes on to its parents when the window system sent it, up to
    the form's scroll area (Qt passes synthesized wheel events on to no one, so a test can
    only see whether the widget accepted it).
    """
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    event.setAccepted(False)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_the_wheel_over_an_unfocused_choice_changes_nothing(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = make_window()
    assert opens(window, work)
    window.show()
    qtbot.waitExposed(window)
    form = window.form
    form.body.setFocus()
    choices = (form.status, form.language, form.end_mark, form.embargo_zone)
    before = [c.currentIndex() for c in choices]
    dates = (form.release_date.date(), form.embargo_time.dateTime())
    for widget in (*choices, form.release_date, form.embargo_time):
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus  # no focus by wheel
        assert not wheel(widget), widget.objectName()  # passed on: the form scrolls
    assert [c.currentIndex() for c in choices] == before
    assert (form.release_date.date(), form.embargo_time.dateTime()) == dates
    assert window.manager.release.status == "immediate" and not window.manager.modified
    form.status.setFocus()
    qtbot.waitUntil(form.status.hasFocus)
    assert wheel(form.status, steps=-1)  # a focused choice still takes the wheel
    assert form.status.currentIndex() != before[0]


def test_the_preview_opens_at_the_top_and_keeps_the_place_while_typing(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path, tmp_path: Path) -> None:
    import shutil

    from releasedesk.gui.preview.preview_pane import TEXT, WEB, WORD

    window = make_window()
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    assert opens(window, work)
    long_body = "\n\n".join(f"Paragraph {n} of a long release." for n in range(150))
    window.form.body.editor.setPlainText(long_body)
    window.scheduler.render_now()
    preview = window.preview
    for tab in (WEB, WORD, TEXT):
        preview.setCurrentIndex(tab)
        widget = (preview.web, preview.word, preview.text)[tab]
        bar = widget.verticalScrollBar()
        qtbot.waitUntil(functools.partial(lambda bar: bar.maximum() > 200, bar))
        bar.setValue(bar.maximum() // 2)
        place = bar.value()
        window.form.body.editor.moveCursor(window.form.body.editor.textCursor()
                                           .MoveOperation.End)
        window.form.body.editor.insertPlainText(" More.")
        window.scheduler.render_now()
        assert abs(bar.value() - place) <= 2, tab  # typing keeps the reader's place
    other = tmp_path / "other.release"
    shutil.copy(work, other)
    window.manager.modified = False
    assert opens(window, other)
    window.scheduler.render_now()
    for tab in (WEB, WORD, TEXT):
        preview.setCurrentIndex(tab)
        widget = (preview.web, preview.word, preview.text)[tab]
        assert widget.verticalScrollBar().value() == 0, tab  # another release opens at the top


def test_find_and_replace_covers_every_text_field_and_names_it(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = make_window()
    assert opens(window, work)
    dialog = window.find_replace()
    dialog.find_text.setText("calloway harbour authority")
    labels = [dialog.results.item(i).text().split(":")[0] for i in range(dialog.results.count())]
    assert {"Headline", "Organisation", "Body", "Media contacts",
            "About (boilerplate)"} <= set(labels)
    assert labels.index("Headline") < labels.index("Body") < labels.index("Media contacts")
    assert dialog.find_next()
    assert window.form.headline.hasSelectedText()
    assert window.form.headline.selectedText() == "Calloway Harbour Authority"
    assert "Headline" in dialog.status.text()
    dialog.match_case.setChecked(True)
    dialog.find_text.setText("Calloway Harbour Authority")
    dialog.replace_text.setText("Calloway Port Authority")
    replaced = dialog.replace_all()
    release = window.manager.release
    assert replaced >= 5
    assert release.headline.startswith("Calloway Port Authority")
    assert release.organization == "Calloway Port Authority"
    assert all(c.organization == "Calloway Port Authority" for c in release.contacts)
    assert "Calloway Port Authority" in release.boilerplate
    assert "Calloway Harbour Authority" not in release.body
    # What is left is the standard footer's: the house style's, found but never replaced.
    assert "house style" in dialog.status.text() and window.manager.modified
    left = dialog.refresh()
    assert len(left) == 2 and {m.target.label for m in left} == {"Standard footer"}


def test_a_read_only_release_locks_every_field_until_saved_as_a_copy(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path, tmp_path: Path) -> None:
    first = make_window()
    assert opens(first, work)
    second = make_window()
    assert opens(second, work)
    assert second.manager.read_only
    form = second.form
    for widget in (form.headline, form.status, form.embargo_time, form.embargo_zone,
                   form.language, form.body.views, form.contacts.table):
        assert not widget.isEnabled(), widget.objectName()
    assert not wheel_changes(form.embargo_zone)
    prompts = prompts_of(second)
    prompts.next_path = tmp_path / "my-copy.release"
    assert went(second.manager.save_as)
    assert not second.manager.read_only
    for widget in (form.headline, form.embargo_zone, form.body.views, form.contacts.table):
        assert widget.isEnabled(), widget.objectName()


def wheel_changes(widget: QComboBox) -> bool:
    before = widget.currentIndex()
    wheel(widget)
    return widget.currentIndex() != before


def test_the_preview_opens_at_the_top_when_rendered_before_the_window_is_shown(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    from releasedesk.gui.preview.preview_pane import WEB

    window = make_window()  # as the editor starts: the release rendered, then shown
    assert opens(window, work)
    window.scheduler.render_now()
    window.resize(1000, 600)
    window.show()
    qtbot.waitExposed(window)
    window.resize(1300, 700)  # a layout after the first one scrolls to the browser's cursor
    bar = window.preview.web.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    qtbot.wait(50)
    assert window.preview.currentIndex() == WEB and bar.value() == 0

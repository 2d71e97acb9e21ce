"""The form changes nothing by accident (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from test_gui import make_window, work  # noqa: F401 (fixtures)


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


def test_the_wheel_over_an_unfocused_choice_changes_nothing(qtbot, make_window,  # noqa: F811
                                                            work) -> None:  # noqa: F811
    window = make_window()
    assert window.open_path(work)
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
        qtbot, make_window, work, tmp_path) -> None:  # noqa: F811
    import shutil

    from releasedesk.gui.preview import TEXT, WEB, WORD

    window = make_window()
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(work)
    long_body = "\n\n".join(f"Paragraph {n} of a long release." for n in range(150))
    window.form.body.editor.setPlainText(long_body)
    window.scheduler.render_now()
    preview = window.preview
    for tab in (WEB, WORD, TEXT):
        preview.setCurrentIndex(tab)
        widget = (preview.web, preview.word, preview.text)[tab]
        bar = widget.verticalScrollBar()
        qtbot.waitUntil(lambda bar=bar: bar.maximum() > 200)
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
    assert window.open_path(other)
    window.scheduler.render_now()
    for tab in (WEB, WORD, TEXT):
        preview.setCurrentIndex(tab)
        widget = (preview.web, preview.word, preview.text)[tab]
        assert widget.verticalScrollBar().value() == 0, tab  # another release opens at the top

"""After a jump from the Compare view, the view steps aside from the form so the paragraph
shows (attack walkthrough: the 1,100 px view covered the body, and the jump looked like
nothing happened)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.twin_actions import MIN_ASIDE, step_aside


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(form_width=st.integers(200, 900), left=st.integers(0, 600), top=st.integers(0, 200),
       width=st.integers(300, 1100), height=st.integers(200, 500))
def test_the_view_leaves_the_form_visible_or_stays_where_it_was(
        qtbot: QtBot, form_width: int, left: int, top: int, width: int, height: int) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    screen = holder.screen().availableGeometry()
    holder.setGeometry(screen.left(), screen.top(), min(form_width, screen.width()),
                       screen.height() // 2)
    holder.show()
    over = QWidget()
    qtbot.addWidget(over)
    over.setGeometry(screen.left() + left, screen.top() + top, width, height)
    over.show()
    before = over.geometry()
    margin = over.frameGeometry().width() - over.width()  # (the window manager's frame)
    step_aside(over, holder)
    form = QRect(holder.mapToGlobal(QPoint(0, 0)), holder.size()) & screen
    room = screen.right() - form.right()
    # (the view's content, its frame aside, must keep MIN_ASIDE: a room a few pixels over
    # MIN_ASIDE but under it with the frame is no room)
    if not before.intersects(form) or room - margin < MIN_ASIDE:
        assert over.geometry() == before  # (nothing covered, or no room beside the form)
    else:
        assert not over.frameGeometry().intersects(form)
        frame = over.frameGeometry()  # (within the screen's width; its top is kept)
        assert screen.left() <= frame.left() and frame.right() <= screen.right()
        assert frame.top() == before.top() - (over.geometry().top() - frame.top())
        assert over.width() >= min(width, MIN_ASIDE) and over.height() == height

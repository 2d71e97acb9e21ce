"""Every control a screen reader meets has a name, and the form is used by keyboard alone
(issue 27, point 15): the accessibility tree of the main window and of every dialog is
walked; Tab alone goes through every field of the form, unfolds its sections with Space,
and comes back round, never trapped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dialog_frames import dialogs
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.basics import i18n
from releasedesk.gui.basics.accessible import NAMES
from releasedesk.gui.widgets.collapsible import CollapsibleSection
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import FakePrompts

CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
            QAbstractItemView, QAbstractSlider)


def controls(root: QWidget) -> Iterator[QWidget]:
    """The interactive controls of *root* a user can reach now."""
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(),
                                                        (QComboBox, QAbstractSpinBox)):
            continue  # (the combo box or spin box is the control)
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and \
                not isinstance(widget, QAbstractButton):
            continue  # (a view only shown: no control)
        yield widget


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    return [f"{type(w).__name__}:{w.objectName()} in {type(w.parentWidget()).__name__}"
            for w in controls(root) if not accessible_name(w)]


@pytest.fixture(params=["tidewater-ferry-terminal", "fernhollow-night-market-zh"])
def window(request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    work = tmp_path / "story.release"
    work.write_bytes((SAMPLES / f"{request.param}.release").read_bytes())
    window = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    window.open_path(work)
    window.show()
    window.activateWindow()
    QApplication.processEvents()
    yield window
    window.manager.modified = False
    window.close()


def unfold_every_section(window: MainWindow) -> None:
    """Every part made when first shown, shown: the form's sections unfolded, each tab of
    the preview shown once (the Web page's again at the end)."""
    for section in window.findChildren(CollapsibleSection):
        section.set_expanded(True)
    for tab in (*range(window.preview.count()), 0):
        window.preview.setCurrentIndex(tab)
        QApplication.processEvents()


def test_every_control_of_the_main_window_and_its_dialogs_has_a_name(window: MainWindow) -> None:
    assert not unnamed(window)
    unfold_every_section(window)
    window.actions["body_markdown"].trigger()  # the body's other view, made when first shown
    QApplication.processEvents()
    assert window.findChild(QWidget, "bodyMarkdown").isVisible()  # type: ignore[union-attr]  # None fails the test, as it should
    assert len(list(controls(window))) > 30
    assert not unnamed(window)
    seen = {w.objectName() for w in window.findChildren(QWidget)}
    for name, make in dialogs(window).items():
        dialog = make()
        dialog.show()
        QApplication.processEvents()
        assert list(controls(dialog)), name
        assert not unnamed(dialog), name
        seen |= {w.objectName() for w in dialog.findChildren(QWidget)}
        dialog.hide()
        dialog.deleteLater()
    # Each name of the table belongs to a control that exists (none named after a ghost).
    assert not sorted(set(NAMES) - seen)


def test_the_names_speak_the_interface_language(qtbot: QtBot, qapp: QApplication,
                                                tmp_path: Path) -> None:
    translator = QTranslator()
    assert translator.load(str(i18n.translation_file("zh_CN")))
    QCoreApplication.installTranslator(translator)
    try:
        window = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
        qtbot.addWidget(window)
        named = [w.accessibleName() for w in window.findChildren(QWidget)
                 if w.objectName() in NAMES]
        assert named and all(name and not name.isascii() for name in named), named
        window.manager.modified = False
        window.close()
    finally:
        QCoreApplication.removeTranslator(translator)


def tab_through(start: QWidget, presses: int) -> list[QWidget]:
    """The widgets that hold the focus as Tab is pressed *presses* times from *start*."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    held: list[QWidget] = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        held.append(focused)
        if isinstance(focused, QAbstractButton) and isinstance(
                focused.parentWidget(), CollapsibleSection) and not focused.isChecked():
            QTest.keyClick(focused, Qt.Key.Key_Space)  # unfold it, by keyboard
            QApplication.processEvents()
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        QApplication.processEvents()
    return held


def test_tab_alone_reaches_every_field_of_the_form_and_comes_back(window: MainWindow) -> None:
    form = window.form
    headline = form.findChild(QWidget, "headline")
    assert headline is not None
    held = tab_through(headline, 400)
    reached = {id(w) for w in held}
    fields = [w for w in controls(form) if w.isEnabled()
              and w.focusPolicy() & Qt.FocusPolicy.TabFocus
              and w.window() is window]
    assert len(fields) > 15
    missed = [f"{type(w).__name__}:{w.objectName()}" for w in fields if id(w) not in reached]
    assert not missed
    # Round again: after the last stop of the window, Tab comes back to the headline.
    assert sum(w is headline for w in held) >= 2
    # The form's first fields come in reading order.
    first = [w.objectName() for w in held[:12] if w.objectName()]
    order = [n for n in ("headline", "subheadline", "status", "dateline", "organization")
             if n in first]
    assert order == sorted(order, key=first.index) and len(order) >= 4, first

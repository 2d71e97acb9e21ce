"""A dialog's message wraps and the dialog grows to hold it (tester15): the link dialog's
refusal of a javascript: address was cut at top and bottom, and the Sign Off dialog's
error pushed the fingerprint line over the note. Table over both dialogs, English and
Chinese, and each message they give: no two widgets overlap, no wrapped line is cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from releasedesk.clearance.signoffs import MAX_NAME, MAX_NOTE
from releasedesk.gui.basics.i18n import install_translators
from releasedesk.gui.body.link_dialog import LinkDialog
from releasedesk.gui.clearance.signoff_dialog import SignOffDialog

ADDRESSES = ["javascript:alert(1)", "javascript:void(0)", "data:text/html,<b>x</b>",
             "https://fernhollow.example/news/2026/11/night-market-stalls-open-on-fridays-and-"
             "saturdays?from=district-press-office&lang=en",
             "press@fernhollow.example", "ftp://files.fernhollow.example/a.txt", "x"]
SIGNERS = [("", ""), ("Lin\tSiyuan", ""), ("Lin Siyuan", "Checked\twith the district"),
           ("L" * (MAX_NAME + 3), ""), ("Lin Siyuan", "n" * (MAX_NOTE + 9))]


def _in_dialog(widget: QWidget, dialog: QDialog) -> QRect:
    return QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())


def laid_out_whole(dialog: QDialog) -> list[str]:
    """What is wrong with *dialog*'s layout now: overlapping fields, wrapped text cut."""
    for _ in range(3):
        QApplication.processEvents()
    wrong = []
    shown = [w for w in dialog.findChildren(QWidget)
             if w.isVisible() and w.parentWidget() is dialog and w.height() > 0]
    for label in shown:
        if isinstance(label, QLabel) and label.wordWrap() and label.text() and \
                label.height() < label.heightForWidth(label.width()):
            wrong.append(f"cut: {label.text()[:40]!r}")
    boxes = [(w, _in_dialog(w, dialog)) for w in shown]
    for number, (first, one) in enumerate(boxes):
        if not dialog.rect().contains(one):
            wrong.append(f"outside: {first.objectName() or type(first).__name__}")
        for second, other in boxes[number + 1:]:
            if one.intersects(other):
                wrong.append(f"overlap: {first.objectName() or type(first).__name__} / "
                             f"{second.objectName() or type(second).__name__}")
    return wrong


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("address", ADDRESSES)
def test_the_link_dialog_shows_its_message_whole(qtbot: QtBot, language: str,
                                                 address: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, language)
    dialog = LinkDialog("Night market", "", False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.address_edit.setText(address)
    assert laid_out_whole(dialog) == []
    refused = dialog.problem.isVisible()
    assert refused == address.startswith(("javascript:", "data:", "ftp:", "x"))
    dialog.address_edit.setText("https://fernhollow.example")
    assert laid_out_whole(dialog) == []


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize(("name", "note"), SIGNERS)
@pytest.mark.parametrize("errors", [0, 3])
def test_the_sign_off_dialog_shows_its_error_without_covering_a_field(
        qtbot: QtBot, language: str, name: str, note: str, errors: int) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, language)
    dialog = SignOffDialog("sha256:" + "ab" * 32, ["Editor", "Press officer"], errors, "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert laid_out_whole(dialog) == []
    dialog.name.setText(name)
    dialog.note.setPlainText(note)
    dialog.accept()
    assert dialog.problem.isVisible() and dialog.problem.text()
    assert laid_out_whole(dialog) == []
    dialog.note.clear()

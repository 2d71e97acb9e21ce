"""No nested event loop in the editor (design item 6 of #26): the program's one event loop is
`app.exec()` in gui/app/launch.py. A dialog is shown with `open()` (gui/basics/modal.py) and
the caller goes on in a callback, so nothing can close the window, replace the release or
deliver a background job's result underneath a method still waiting for an answer.

First the structural rule, read from the syntax tree of every module under gui/ (with planted
examples proving the reading finds each kind); then what the user sees: a window told to
close, or given another release, while a question is showing."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.basics import modal
from releasedesk.gui.dialogs.prompts import Choice, Prompts
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from conftest import ROOT
from helpers import make_release

GUI = ROOT / "src" / "releasedesk" / "gui"

# The static helpers that show a dialog in an event loop of its own.
STATIC_LOOPS = {
    "QFileDialog": None,  # every get…
    "QInputDialog": None,  # every get…
    "QColorDialog": None,
    "QFontDialog": None,
    "QMessageBox": {"question", "warning", "information", "critical", "about", "aboutQt"},
}
# The one event loop, and where it is run. Sites converted later are never added here.
ALLOWED = {("app/launch.py", "app.exec")}


def _name(node: ast.expr) -> str:
    """`a.b.c` as written (what is not a plain name: `…`)."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    if isinstance(node, ast.Call):
        return f"{_name(node.func)}(…)"
    return "…"


def nested_loops(source: str) -> Iterator[tuple[int, str]]:
    """(line, what) for each nested event loop *source* would run: an `.exec()` or
    `.exec_()` call on anything, a static dialog helper (called or only named), and
    `processEvents`."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("exec", "exec_", "processEvents"):
            yield node.lineno, _name(node.func)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id in STATIC_LOOPS:
            names = STATIC_LOOPS[node.value.id]
            if node.attr.startswith("get") if names is None else node.attr in names:
                yield node.lineno, _name(node)


@pytest.mark.parametrize(("source", "found"), [
    ("box.exec()", ["box.exec"]),
    ("answer = QMessageBox(icon, t, m, b, self).exec()", ["QMessageBox(…).exec"]),
    ("if dialog.exec() == QDialog.DialogCode.Accepted:\n    pass", ["dialog.exec"]),
    ("menu.exec(editor.viewport().mapToGlobal(at))", ["menu.exec"]),
    ("dialog.exec_()", ["dialog.exec_"]),
    ("name, _ = QFileDialog.getOpenFileName(self, 'Open', '', '*.release')",
     ["QFileDialog.getOpenFileName"]),
    ("QFileDialog.getExistingDirectory(self, title, folder)",
     ["QFileDialog.getExistingDirectory"]),
    ("ask = QFileDialog.getSaveFileName", ["QFileDialog.getSaveFileName"]),
    ("choice, ok = QInputDialog.getItem(self, t, q, items, 0, False)",
     ["QInputDialog.getItem"]),
    ("QMessageBox.question(self, t, m)", ["QMessageBox.question"]),
    ("QMessageBox.warning(None, t, m)", ["QMessageBox.warning"]),
    ("QMessageBox.information(self, t, m)", ["QMessageBox.information"]),
    ("QMessageBox.critical(self, t, m)", ["QMessageBox.critical"]),
    ("QMessageBox.about(self, t, m)", ["QMessageBox.about"]),
    ("QColorDialog.getColor(start, self)", ["QColorDialog.getColor"]),
    ("QCoreApplication.processEvents()", ["QCoreApplication.processEvents"]),
    ("def f(d):\n    return d.exec() if d else None", ["d.exec"]),
    # What is not a loop:
    ("box.open()", []),
    ("dialog.show()", []),
    ("menu.popup(at)", []),
    ("QMessageBox.StandardButton.Yes", []),
    ("QMessageBox(QMessageBox.Icon.Warning, t, m, b, self)", []),
    ("QFileDialog(self, caption, folder, filters).open()", []),
    ("self.exec_mode = 'fast'", []),
    ("exec_folder = settings.exec_dir", []),
])
def test_the_reading_finds_each_kind_of_nested_loop(source: str, found: list[str]) -> None:
    assert [what for _line, what in nested_loops(source)] == found


def sites_left(gui: Path) -> tuple[list[tuple[str, str, int]], set[tuple[str, str]]]:
    """The nested loops in the modules under *gui* that are not allowed ((module, what,
    line), sorted), and the allowed ones found."""
    seen = {(str(path.relative_to(gui)), what, line) for path in sorted(gui.rglob("*.py"))
            for line, what in nested_loops(path.read_text(encoding="utf-8"))}
    left = sorted((path, what, line) for path, what, line in seen
                  if (path, what) not in ALLOWED)
    return left, {(path, what) for path, what, _line in seen if (path, what) in ALLOWED}


def test_no_nested_event_loop_is_left_in_the_editor() -> None:
    assert len(list(GUI.rglob("*.py"))) > 50
    left, allowed = sites_left(GUI)
    assert left == []
    # The allowed site is still there (a stale allow-list would hide a new site's name).
    assert allowed == ALLOWED


def test_the_structural_test_fails_on_planted_modules(tmp_path: Path) -> None:
    gui = tmp_path / "gui"
    (gui / "app").mkdir(parents=True)
    (gui / "app" / "launch.py").write_text("code = app.exec()\n", encoding="utf-8")
    (gui / "dialogs").mkdir()
    (gui / "dialogs" / "planted.py").write_text(
        "from PySide6.QtWidgets import QMessageBox\n\n"
        "def ask(parent):\n"
        "    return QMessageBox.question(parent, 'Sure?', 'Sure?')\n\n"
        "def show(dialog):\n"
        "    dialog.exec()\n", encoding="utf-8")
    (gui / "app" / "other.py").write_text("other = app.exec()\n", encoding="utf-8")
    left, allowed = sites_left(gui)
    assert left == [("app/other.py", "app.exec", 1),  # (the one loop, but run elsewhere)
                    ("dialogs/planted.py", "QMessageBox.question", 4),
                    ("dialogs/planted.py", "dialog.exec", 7)]
    assert allowed == ALLOWED


# -- what the user sees -----------------------------------------------------------------


@pytest.fixture
def real_window(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, Path]]:
    """A window with the real dialogs (not the tests' scripted ones) over a saved release."""
    path = tmp_path / "story.release"
    document.save(make_release(headline="Harbour ferry timetable"), path)
    window = MainWindow(Settings(), None, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    window.open_path(path)
    window.show()
    assert window.manager.path == path
    yield window, path
    for dialog in window.findChildren(QDialog):
        dialog.done(0)
    window.manager.modified = False
    window.close()


def _questions(window: QWidget) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def _button(box: QMessageBox, standard: QMessageBox.StandardButton) -> None:
    button = box.button(standard)
    assert button is not None
    button.click()


def _edit(window: MainWindow, text: str) -> None:
    """Type *text* at the end of the headline, as a user would."""
    from PySide6.QtTest import QTest

    headline = window.form.headline
    headline.setFocus()
    headline.end(False)
    QTest.keyClicks(headline, text)
    assert window.manager.modified


def test_a_question_is_window_modal_and_returns_at_once(real_window: tuple[MainWindow, Path]
                                                        ) -> None:
    window, _path = real_window
    answers: list[Choice] = []
    window.prompts.unsaved_changes("story.release", answers.append)  # returns: not answered
    [box] = _questions(window)
    assert box.windowModality() is Qt.WindowModality.WindowModal and box.parent() is window
    assert box.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert answers == []
    _button(box, QMessageBox.StandardButton.Discard)
    assert answers == [Choice.DISCARD] and _questions(window) == []


def test_closing_with_unsaved_changes_asks_once_and_cancel_keeps_everything(
        qtbot: QtBot, real_window: tuple[MainWindow, Path]) -> None:
    window, path = real_window
    before = path.read_bytes()
    _edit(window, " changes")
    for _ in range(3):  # told to close again and again while the question shows
        window.close()
        assert window.isVisible()
    [box] = _questions(window)
    assert "Save the changes to “story.release”" in box.text()
    _button(box, QMessageBox.StandardButton.Cancel)
    assert window.isVisible() and window.manager.modified
    assert window.manager.release.headline == "Harbour ferry timetable changes"
    assert path.read_bytes() == before and window.manager._lock is not None
    window.close()  # asked again
    [box] = _questions(window)
    _button(box, QMessageBox.StandardButton.Save)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert document.load(path).headline == "Harbour ferry timetable changes"
    assert window.manager._lock is None  # let go once saved


def test_discard_on_closing_closes_and_writes_nothing(
        qtbot: QtBot, real_window: tuple[MainWindow, Path]) -> None:
    window, path = real_window
    before = path.read_bytes()
    _edit(window, " not kept")
    window.close()
    [box] = _questions(window)
    _button(box, QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert path.read_bytes() == before and window.manager.recovery.pending() == []


def test_an_answer_about_a_release_no_longer_open_is_dropped(
        qtbot: QtBot, real_window: tuple[MainWindow, Path], tmp_path: Path) -> None:
    """The close question shows; meanwhile another release is shown in the window (as an
    import finishing would): Discard then neither closes the window nor throws the other
    release's work away."""
    window, _path = real_window
    _edit(window, ", edited")
    window.close()
    [box] = _questions(window)
    other = make_release(headline="Another release")
    window.manager.new(other, discarded=True)  # (what the import does when it lands)
    _edit(window, ", edited")
    _button(box, QMessageBox.StandardButton.Discard)
    assert window.isVisible() and window.manager.modified
    assert window.manager.release.headline == "Another release, edited"
    window.close()  # asks again, about the release shown now
    [box] = _questions(window)
    assert "Untitled release" in box.text()
    _button(box, QMessageBox.StandardButton.Cancel)


def test_an_export_target_chosen_after_the_release_changed_writes_nothing(
        qtbot: QtBot, real_window: tuple[MainWindow, Path], tmp_path: Path) -> None:
    window, _path = real_window
    window.export("txt")
    [chooser] = [d for d in window.findChildren(QFileDialog) if d.isVisible()]
    assert chooser.windowModality() is Qt.WindowModality.WindowModal
    window.manager.new(make_release(headline="Another release"), discarded=True)
    target = tmp_path / "out.txt"
    chooser.selectFile(str(target))
    chooser.accept()
    assert not window.exporter.busy and not target.exists()


def test_an_export_target_chosen_goes_on_to_write_it(
        qtbot: QtBot, real_window: tuple[MainWindow, Path], tmp_path: Path) -> None:
    from gui_helpers import wait_for_tasks

    window, _path = real_window
    window.export("txt")
    [chooser] = [d for d in window.findChildren(QFileDialog) if d.isVisible()]
    target = tmp_path / "out.txt"
    chooser.selectFile(str(target))
    chooser.accept()
    wait_for_tasks()
    assert "Harbour ferry timetable" in target.read_text(encoding="utf-8")


def _question_over_preferences(window: MainWindow) -> None:
    window.house.preferences()
    window.prompts.confirm("Replace it?", lambda: None)


# Each way the editor shows a dialog over its window: a message box, a file dialog and an
# input dialog (show_modal), DeskDialogs shown with show() or through show_modal, and a
# question asked over a dialog.
OPENERS: dict[str, Callable[[MainWindow], object]] = {
    "message box": lambda window: window.about(),
    "file dialog": lambda window: window.export("txt"),
    "input dialog": lambda window: window.templates.ask_name("Ferry", lambda _name: None),
    "find dialog (show)": lambda window: window.find_replace(),
    "formatting guide (show)": lambda window: window.formatting_guide(),
    "preferences (show_modal)": lambda window: window.house.preferences(),
    "a question over preferences": _question_over_preferences,
}


@pytest.mark.parametrize("opener", OPENERS)
def test_closing_the_window_closes_every_dialog_over_it(
        qtbot: QtBot, real_window: tuple[MainWindow, Path], opener: str) -> None:
    """The window closed (by the program: the user is blocked by a modal dialog) takes
    every dialog over it along, each answered as Cancel, the kind and the way it was shown
    whatever; a dialog of another window stays."""
    window, _path = real_window
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    other = modal.show_modal(QDialog(elsewhere))
    OPENERS[opener](window)
    showing = [dialog for dialog in window.findChildren(QDialog) if dialog.isVisible()]
    assert showing
    results: list[int] = []
    for dialog in showing:
        dialog.finished.connect(results.append)
    window.close()
    assert not window.isVisible()
    assert not [dialog for dialog in showing if _alive(dialog) and dialog.isVisible()]
    assert results and set(results) == {QDialog.DialogCode.Rejected.value}
    assert other.isVisible()
    other.done(0)


def test_a_window_deleted_under_its_question_runs_nothing(qtbot: QtBot,
                                                          tmp_path: Path) -> None:
    window = MainWindow(Settings(), None, RecoveryStore(tmp_path / "recovery"))
    window.show()
    answers: list[object] = []
    window.prompts.confirm("Replace it?", lambda: answers.append("yes"))
    window.prompts.export_path(str(tmp_path / "x.txt"), "Text", "*.txt", answers.append)
    assert len(_questions(window)) == 1
    window.manager.modified = False
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not [w for w in QApplication.topLevelWidgets()
                                 if isinstance(w, (QMessageBox, QFileDialog)) and w.isVisible()])
    assert answers == []


@pytest.mark.parametrize("owned", [True, False])
def test_a_question_asked_from_a_dialog_goes_with_it(qtbot: QtBot, owned: bool) -> None:
    """Asked while a dialog shows over the window (Import… in House Style), a question is
    over that dialog; the dialog closed first, the question goes too and its answer never
    comes."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    owner = QDialog(window if owned else None)
    modal.show_modal(owner)
    answers: list[object] = []
    prompts = Prompts(window if owned else None)
    prompts.confirm("Replace it?", lambda: answers.append("yes"))
    [box] = owner.findChildren(QMessageBox)
    assert box.isVisible() and box.parent() is owner
    owner.done(0)
    qtbot.waitUntil(lambda: not box.isVisible() if _alive(box) else True)
    assert answers == [] and modal.showing() == []


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return bool(isValid(widget))


def test_a_question_from_another_window_is_not_put_over_this_ones_dialog(
        qtbot: QtBot) -> None:
    """A dialog showing over one window does not take in a question asked over another
    (the library window, say): that question stays over its own window."""
    first, second = QWidget(), QWidget()
    for window in (first, second):
        qtbot.addWidget(window)
        window.show()
    over_first = modal.show_modal(QDialog(first))
    prompts = Prompts(second)
    prompts.confirm("Replace it?", lambda: None)
    [box] = second.findChildren(QMessageBox)
    assert box.parent() is second and box.isVisible()
    assert over_first.findChildren(QMessageBox) == []
    box.done(0)
    over_first.done(0)

"""The review trip in the editor (issue 23, points 4 and 5): File ▸ Send for Review… writes
what ``export --for-review`` writes; File ▸ Import Review… reads a reviewed document off
the GUI thread into the Suggestions panel; accepting there gives the fields the core's
accept() gives for the same suggestions, as one undo step each, with the history naming
who suggested and who accepted."""

from __future__ import annotations

import os
import random
import stat
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.gui.app import review_actions
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.review import review_session as rs
from releasedesk.gui.review.review_panel import ReviewPanel, comment_order
from releasedesk.model import Release
from releasedesk.records import replace
from releasedesk.recovery import RecoveryStore
from releasedesk.review import read_review
from releasedesk.review import slots as s
from releasedesk.review.sending import review_docx
from releasedesk.review.suggestions import Reading, accept, read_against
from releasedesk.settings import Settings
from review_markup import DANA, LEE, Markup
from test_review_trip import CASES, sample

from gui_helpers import (
    FakePrompts,
    menu_of,
    opens,
    panel_of,
    prompts_of,
    review_of,
    session_of,
    top,
    wait_for_tasks,
)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.manager.modified = False
    win.close()


def _open_sample(window: MainWindow, tmp_path: Path, release: Release | None = None) -> Path:
    story = tmp_path / "story.release"
    document.save(release or sample(), story)
    assert opens(window, story)
    return story


def _send(window: MainWindow, tmp_path: Path) -> Path:
    """File ▸ Send for Review… to tmp_path/sent.docx."""
    target = tmp_path / "sent.docx"
    prompts_of(window).next_path = target
    window.actions["send_for_review"].trigger()
    wait_for_tasks()
    assert target.exists(), prompts_of(window).errors
    return target


def _import(window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> ReviewPanel:
    """File ▸ Import Review… with *path* chosen; the panel it fills."""
    monkeypatch.setattr(review_actions, "ask_review_path", lambda parent, folder, then: then(path))
    window.actions["import_review"].trigger()
    wait_for_tasks()
    panel = review_of(window).panel
    assert panel is not None
    return panel


def _marked(data: bytes, cases: list[str]) -> bytes:
    m = Markup(data)
    for case in cases:
        CASES[case][0](m)
    m.comment("headline", 0, 8, "Is the name right?")
    m.comment("body", 4, 8, "Which path?", who=DANA)
    return m.bytes()


def _fields(release: Release) -> dict[str, str]:
    return {slot.key: s.get(release, slot.key) for slot in s.slots(release)}


def test_the_menu_items_are_in_the_file_menu(window: MainWindow) -> None:
    file_menu = menu_of(window.menuBar().actions()[0])
    names = [a.objectName() for a in file_menu.actions()]
    assert "import_review" in names and "send_for_review" in names
    assert names.index("import_review") == names.index("import_draft") + 1
    assert window.review is None  # loaded on first use: the editor's start stays short


def test_send_for_review_writes_what_export_for_review_writes(window: MainWindow, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              ) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1772616600")
    _open_sample(window, tmp_path)
    seen: list[str] = []

    def answer(suggestion: str, description: str, pattern: str,
               then: Callable[[Path], object], title: str = "") -> None:
        seen.append(suggestion)
        assert title == "Send for Review"  # the dialog says what it is for, not "Export"
        then(tmp_path / "sent")  # no suffix typed: .docx is added

    prompts_of(window).export_path = answer  # type: ignore[method-assign]  # this test's
    window.actions["send_for_review"].trigger()
    wait_for_tasks()
    assert Path(seen[0]).name.endswith(" for review.docx")
    written = (tmp_path / "sent.docx").read_bytes()
    release = document.load(tmp_path / "story.release")
    assert written == review_docx(release, fingerprint(release))
    assert not window.manager.modified  # sending changes nothing
    from releasedesk.gui.app.export_notice import ExportNotice

    notice = window.findChild(ExportNotice)  # Open File and Open Folder, as after an export
    assert notice is not None and notice.isVisible() and notice.file == tmp_path / "sent.docx"
    assert notice.folder == tmp_path and "Import Review" in notice.message.text()


def test_send_for_review_where_it_cannot_write_is_one_sentence(window: MainWindow,
                                                               tmp_path: Path) -> None:
    _open_sample(window, tmp_path)
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file where a folder should be")
    targets = [not_a_folder / "out.docx", tmp_path / "no such folder" / "out.docx"]
    locked = tmp_path / "locked"
    locked.mkdir()
    if os.geteuid() != 0:  # (root writes into read-only folders)
        locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
        targets.append(locked / "out.docx")
    try:
        for target in targets:
            prompts_of(window).errors.clear()
            prompts_of(window).next_path = target
            window.review_trip().send_for_review()
            wait_for_tasks()
            [error] = prompts_of(window).errors
            # the house's sentence for a file not written (atomic.py), on one line
            assert error.startswith("Could not write the export ") and "\n" not in error \
                and "Traceback" not in error and error.endswith("."), error
            assert not target.exists()
    finally:
        locked.chmod(stat.S_IRWXU)
    assert not list(locked.iterdir())


_ORDERS = [
    # (markups, [(action, which)]): which is an index into the suggestions or "all"
    (["insertion", "deletion", "contact"], [("accept", 0), ("reject", 1), ("accept", "all")]),
    (["keywords", "new paragraph", "insertion"], [("reject", 0), ("accept", 2),
                                                  ("accept", "all")]),
    (["deleted break", "deletion", "stacked"], [("accept", 3), ("accept", 0),
                                                ("reject", "all")]),
    (["move", "insertion", "formatting"], [("accept", 0), ("reject", 1), ("accept", "all")]),
    (["contact", "keywords", "deletion", "deleted break"],
     [("accept", "all")]),
    (["insertion", "deletion", "new paragraph"], [("reject", "all"), ("accept", "all")]),
]


@pytest.mark.parametrize("cases, steps", _ORDERS)
def test_accepting_in_the_panel_gives_the_cores_fields(qtbot: QtBot, window: MainWindow,
                                                       tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       cases: list[str],
                                                       steps: list[tuple[str, int | str]]) -> None:
    story = _open_sample(window, tmp_path)
    sent = _send(window, tmp_path)
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(_marked(sent.read_bytes(), cases))
    panel = _import(window, reviewed, monkeypatch)
    assert panel.isVisible() and not panel.notice.isVisible()
    session = session_of(window)
    assert session is not None and session.suggestions
    release = document.load(story)
    assert _fields(window.manager.release) == _fields(release)  # nothing applied yet
    assert not window.manager.modified
    accepted: list[int] = []
    for action, which in steps:
        before = set(session.open())
        if which == "all":
            button = panel.accept_all_button if action == "accept" else panel.reject_all_button
        else:
            assert isinstance(which, int)
            panel.select(which)
            button = panel.accept_button if action == "accept" else panel.reject_button
        if button.isEnabled():
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        decided = before - set(session.open())
        if action == "accept":
            accepted += sorted(decided)
    # The core, given the same suggestions accepted in one call from the release sent:
    reading = read_against(read_review(reviewed.read_bytes(), "reviewed.docx"), release,
                           fingerprint(release), reviewed.read_bytes(), "reviewed.docx")
    expected = replace(release)
    expected.contacts = [replace(c) for c in release.contacts]
    expected.keywords = list(release.keywords)
    accept(expected, reading, set(), accepted)
    assert _fields(window.manager.release) == _fields(expected)
    assert {session.states[i] for i in accepted} <= {rs.ACCEPTED}
    assert all(state != rs.PENDING for state in session.states) or \
        not any(a == "accept" and w == "all" for a, w in steps)
    # The form shows it, the document is modified, and the history says who did what.
    assert window.form.headline.text() == expected.headline
    changed = _fields(expected) != _fields(release)
    assert window.manager.modified == changed
    if changed:
        note = window.manager.release.clearance.history[0].note
        assert note.startswith("review reviewed.docx: ") and "accepted by " in note
        assert any(name in note for name in (DANA[0], LEE[0]))
        # Undo takes the accepted suggestions back, step by step, to the release sent, and
        # the panel's suggestions are undecided again; Redo accepts them again.
        undone = 0
        while window.form.history.undo_label() is not None:
            window.form.history.undo()
            undone += 1
        assert _fields(window.manager.release) == _fields(release)
        assert not {session.states[i] for i in accepted} & {rs.ACCEPTED}
        assert session.accepted == set()
        for _ in range(undone):
            window.form.history.redo()
        assert _fields(window.manager.release) == _fields(expected)
        assert {session.states[i] for i in accepted} <= {rs.ACCEPTED}


def test_one_by_one_in_random_orders_equals_the_core(qtbot: QtBot, window: MainWindow,
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    story = _open_sample(window, tmp_path)
    sent = _send(window, tmp_path)
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(_marked(sent.read_bytes(),
                                 ["insertion", "deletion", "contact", "keywords",
                                  "new paragraph", "deleted break"]))
    release = document.load(story)
    reading = read_against(read_review(reviewed.read_bytes(), "r.docx"), release,
                           fingerprint(release), reviewed.read_bytes(), "r.docx")
    rng = random.Random(23)
    for _ in range(6):
        panel = _import(window, reviewed, monkeypatch)
        session = session_of(window)
        order = list(range(len(session.suggestions)))
        rng.shuffle(order)
        chosen = order[:rng.randint(1, len(order))]
        core = replace(release)
        core.contacts = [replace(c) for c in release.contacts]
        core.keywords = list(release.keywords)
        core_accepted: set[int] = set()
        for index in chosen:
            panel.select(index)
            panel.accept_button.click()
            accept(core, reading, core_accepted, [index])
        assert _fields(window.manager.release) == _fields(core)
        for index in order[len(chosen):]:
            assert session.states[index] == rs.PENDING
        while window.form.history.undo_label() is not None:
            window.form.history.undo()
        assert _fields(window.manager.release) == _fields(release)


def test_the_panel_lists_every_suggestion_with_its_reviewer_and_the_comments(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _open_sample(window, tmp_path)
    sent = _send(window, tmp_path)
    m = Markup(sent.read_bytes())
    m.insert("headline", 0, "New: <b>&amp;")
    m.delete("subheadline", 2, 6, who=LEE)
    m.bold("headline", 0, 8)  # listed only
    first = m.comment("headline", 0, 8, "Is the name right?")
    m.comment("headline", 0, 8, "Yes.", who=DANA, reply_to=first, done=True)
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(m.bytes())
    panel = _import(window, reviewed, monkeypatch)
    tree = panel.tree
    groups = [top(tree, i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups == ["Headline (2)", "Subheadline (1)"]
    rows = [(item.text(1), item.text(2), item.text(3)) for item in panel.items]
    assert rows[0] == (DANA[0], "2026-03-04 09:30", "")
    assert rows[1] == (DANA[0], "2026-03-04 09:30", "Listed only")
    assert rows[2] == (LEE[0], "2026-03-05 14:05", "")
    # the selected change as the text reads: inserted underlined, reviewer's text escaped
    panel.select(0)
    html = panel.detail.toHtml()
    assert "New: &lt;b&gt;&amp;amp;" in html and "underline" in html
    assert panel.detail.toPlainText().startswith("Headline")
    panel.select(2)
    assert "line-through" in panel.detail.toHtml()
    assert "new " in panel.detail.toPlainText()
    # listed only: cannot be accepted, and Accept All leaves it
    panel.select(1)
    assert not panel.accept_button.isEnabled()
    # comments beside their anchor, the reply under the comment it answers, resolvable
    text = panel.comments.toPlainText()
    assert text.index("Is the name right?") < text.index("Yes.")
    assert "Headline on “Glenmoor”" in text and f"{LEE[0]} · 2026-03-05 14:05 UTC" in text
    assert text.count("Mark resolved") == 1 and text.count("Resolved") == 1
    assert "1 open" in panel.comments_label.text()
    # nothing was applied by looking
    assert not window.manager.modified
    printed = fingerprint(window.manager.release)
    panel.comments.anchorClicked.emit(QUrl("resolve:0"))
    assert session_of(window).resolved == [True, True]
    assert "Mark resolved" not in panel.comments.toPlainText()
    panel.comments.anchorClicked.emit(QUrl("resolve:1"))
    assert session_of(window).resolved == [True, False]
    # resolving is kept in the release file (review/resolved.py): not its content
    assert window.manager.modified and fingerprint(window.manager.release) == printed


def test_a_review_of_another_release_is_shown_but_says_so_first(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _open_sample(window, tmp_path)
    sent = _send(window, tmp_path)
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(_marked(sent.read_bytes(), ["insertion"]))
    window.manager.release.subheadline = "Changed since it was sent"
    window.form.show_changes("Change Subheadline")
    panel = _import(window, reviewed, monkeypatch)
    assert panel.notice.isVisible()
    assert panel.notice.text().startswith("reviewed.docx was sent for review from another "
                                          "version of this release")
    layout = panel.widget().layout()
    assert layout is not None
    assert layout.indexOf(panel.notice) < layout.indexOf(panel.summary)
    assert len(panel.items) == 1
    panel.accept_all_button.click()
    assert window.manager.release.headline.startswith("New: ")
    assert window.manager.release.subheadline == "Changed since it was sent"


def _corrupt_files(tmp_path: Path, sent: bytes) -> list[Path]:
    broken = tmp_path / "cut short.docx"
    broken.write_bytes(sent[: len(sent) // 2])
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<a>" + b" " * (80 * 1024 * 1024) + b"</a>")
    entities = tmp_path / "entities.docx"
    with zipfile.ZipFile(__import__("io").BytesIO(sent)) as source, \
            zipfile.ZipFile(entities, "w") as archive:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE d [<!ENTITY e "x">]>', 1)
            archive.writestr(info, data)
    text = tmp_path / "notes.docx"
    text.write_text("just some text, not a Word document")
    return [broken, bomb, entities, text, tmp_path / "missing.docx"]


def test_a_corrupt_or_hostile_review_is_one_sentence_and_the_release_is_untouched(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _open_sample(window, tmp_path)
    sent = _send(window, tmp_path)
    before = _fields(window.manager.release)
    for path in _corrupt_files(tmp_path, sent.read_bytes()):
        prompts_of(window).errors.clear()
        monkeypatch.setattr(review_actions, "ask_review_path",
                            lambda parent, folder, then, p=path: then(p))
        window.actions["import_review"].trigger()
        wait_for_tasks()
        [error] = prompts_of(window).errors
        assert error == (f"The review in {path.name} was not read, and the release is "
                         "unchanged: the file is damaged, is not a Word document, or is made "
                         "to do harm."), path
        assert _fields(window.manager.release) == before
        assert not window.manager.modified
        assert review_of(window).session is None


def test_a_read_only_release_shows_the_review_but_accepts_nothing(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _open_sample(window, tmp_path)
    sent = _send(window, tmp_path)
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(_marked(sent.read_bytes(), ["insertion"]))
    panel = _import(window, reviewed, monkeypatch)
    window.manager.read_only = True
    window.manager.stateChanged.emit()
    assert not panel.accept_button.isEnabled() and not panel.accept_all_button.isEnabled()
    assert review_of(window).accept([0]) == []
    assert not window.manager.release.headline.startswith("New: ")


def test_opening_another_release_clears_the_panel(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _open_sample(window, tmp_path)
    sent = _send(window, tmp_path)
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(_marked(sent.read_bytes(), ["insertion"]))
    panel = _import(window, reviewed, monkeypatch)
    window.new_document()
    assert review_of(window).session is None and not panel.isVisible()


@pytest.mark.parametrize("replies, order", [
    ([], []),
    ([-1, -1, -1], [(0, 0), (1, 0), (2, 0)]),
    ([-1, 0, 1, 0], [(0, 0), (1, 1), (2, 2), (3, 1)]),
    ([2, -1, -1], [(1, 0), (2, 0), (0, 1)]),  # a reply read before the comment it answers
    ([1, 0], [(0, 0), (1, 1)]),  # a loop: each listed once
    ([5, 0], [(0, 0), (1, 1)]),  # an answer to a comment that is not there
    ([-1, *range(3000)], [(0, 0), *((i, min(i, 4)) for i in range(1, 3001))]),
])
def test_each_comment_is_listed_once_with_its_replies_under_it(
        replies: list[int], order: list[tuple[int, int]]) -> None:
    assert comment_order(replies) == order


def test_the_window_stays_live_while_the_review_is_read(qtbot: QtBot, window: MainWindow,
                                                        tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    from PySide6.QtCore import QTimer

    _open_sample(window, tmp_path)
    sent = _send(window, tmp_path)
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(_marked(sent.read_bytes(), ["insertion"]))
    read = review_actions.read_reading
    threads: list[str] = []

    def slow(path: Path, release: Release) -> Reading:
        threads.append(threading.current_thread().name)
        time.sleep(0.4)
        return read(path, release)

    monkeypatch.setattr(review_actions, "read_reading", slow)
    ticks: list[float] = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    _import(window, reviewed, monkeypatch)
    timer.stop()
    assert threads and threads[0] != threading.main_thread().name
    assert len(ticks) >= 3  # the event loop ran while the review was read
    assert len(panel_of(window).items) == 1


def test_changes_outside_the_fields_are_listed_under_no_field(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from review_markup import W

    _open_sample(window, tmp_path)
    m = Markup(_send(window, tmp_path).read_bytes())
    intro = m.root.find(f"{{{W}}}body")[0]
    runs = m.runs(intro)
    change = m._change("del", DANA)
    runs[0].addprevious(change)
    for piece in runs[:3]:
        for t in piece.findall(f"{{{W}}}t"):
            t.tag = f"{{{W}}}delText"
        change.append(piece)
    m.insert("headline", 0, "New: ")
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(m.bytes())
    panel = _import(window, reviewed, monkeypatch)
    groups = [top(panel.tree, i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert groups == ["(no field) (1)", "Headline (1)"]
    assert panel.items[0].text(3) == "Listed only"
    panel.accept_all_button.click()
    assert session_of(window).states == [rs.LISTED, rs.ACCEPTED]
    assert window.manager.release.headline.startswith("New: ")


def test_a_word_file_we_did_not_send_is_compared_and_says_so(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from test_cli import WIRE, run

    story = tmp_path / "wire.release"
    story.write_bytes(Path(WIRE).read_bytes())
    assert opens(window, story)
    exported = tmp_path / "story.docx"
    assert run("export", story, "-f", "docx", "-o", exported).returncode == 0
    panel = _import(window, exported, monkeypatch)
    assert panel.notice.isVisible()
    assert "was not sent for review by ReleaseDesk" in panel.notice.text()
    assert not window.manager.modified


@pytest.mark.parametrize("review_file", ["kept", "removed", "damaged"])
@pytest.mark.parametrize("changed", ["subheadline", "body"])
def test_a_reload_keeps_the_suggestions_panel_or_says_why_it_closed(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        review_file: str, changed: str) -> None:
    # (tester15: a reload after a change on disk closed the panel without a word)
    story = _open_sample(window, tmp_path)
    sent = _send(window, tmp_path)
    m = Markup(sent.read_bytes())
    m.insert("headline", 0, "New: ")
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(m.bytes())
    panel = _import(window, reviewed, monkeypatch)
    assert panel.isVisible() and len(session_of(window).suggestions) == 1
    on_disk = document.load(story)
    setattr(on_disk, changed, getattr(on_disk, changed) + " Changed elsewhere.")
    document.save(on_disk, story)
    if review_file == "removed":
        reviewed.unlink()
    elif review_file == "damaged":
        reviewed.write_bytes(b"not a Word document")
    errors_before = len(prompts_of(window).errors)
    window.manager.reload(ask=False)
    wait_for_tasks()
    assert getattr(window.manager.release, changed).endswith("Changed elsewhere.")
    review = review_of(window)
    if review_file == "kept":
        assert panel.isVisible()
        # read again, against the release as it is on disk now (no longer the one sent)
        assert review.session is not None and not review.session.reading.same_release
        assert len(review.session.suggestions) == 1
        assert "Suggestions panel shows reviewed.docx" in window.statusBar().currentMessage()
        assert len(prompts_of(window).errors) == errors_before
    else:
        assert not panel.isVisible() and review.session is None
        said = prompts_of(window).errors[errors_before:]
        assert len(said) == 1 and "Suggestions panel closed" in said[0] and \
            "reviewed.docx" in said[0]

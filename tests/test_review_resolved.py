"""A comment marked resolved in the editor stays resolved (issue 23, point 4): kept in the
release file by the comment's identity (author, time to the minute, anchored text, text),
never by Word's w:id, so it holds when the panel closes, when the release is opened again
and the same review imported again, and when LibreOffice re-saved the review."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.review import read_review
from releasedesk.review.items import Comment
from releasedesk.review.resolved import comment_key, decisions, is_resolved, mark
from releasedesk.review.sending import review_docx
from review_markup import DANA, LEE, Markup
from test_gui_review import _import, _open_sample, _send, window  # noqa: F401
from test_review_trip import _resave, _soffice, sample

from gui_helpers import opens, session_of, went

BASE = Comment("Lee Park", "2026-03-05T14:05:00Z", "Is the name right?", "Glenmoor")


@pytest.mark.parametrize("same", [
    Comment("Lee Park", "2026-03-05T14:05:00.000Z", "Is the name right?", "Glenmoor"),
    Comment("Lee Park", "2026-03-05T14:05:37Z", "Is the name right?", "Glenmoor"),
    Comment("Lee Park", "2026-03-05T15:05:00+01:00", "Is the name right?", "Glenmoor"),
    Comment(" Lee  Park", "2026-03-05T14:05:00Z", "Is the name\nright? ", " Glenmoor"),
    Comment("Lee Park", "2026-03-05T14:05:00Z", "Is the name right?", "Glenmoor", 7, True, 3),
])
def test_the_same_comment_is_known_however_its_file_spells_it(same: Comment) -> None:
    assert comment_key(same) == comment_key(BASE)


@pytest.mark.parametrize("other", [
    Comment("Dana Reyes", "2026-03-05T14:05:00Z", "Is the name right?", "Glenmoor"),
    Comment("Lee Park", "2026-03-05T14:06:00Z", "Is the name right?", "Glenmoor"),
    Comment("Lee Park", "2026-03-05T14:05:00Z", "Is the date right?", "Glenmoor"),
    Comment("Lee Park", "2026-03-05T14:05:00Z", "Is the name right?", "Ashby"),
    Comment("Lee Park", "not a date", "Is the name right?", "Glenmoor"),
])
def test_another_comment_is_another(other: Comment) -> None:
    assert comment_key(other) != comment_key(BASE)


def test_resolving_is_kept_in_the_release_file_and_is_not_content(tmp_path: Path) -> None:
    release = sample()
    printed = fingerprint(release)
    assert not is_resolved(release, BASE, False) and is_resolved(release, BASE, True)
    assert mark(release, BASE, True) and not mark(release, BASE, True)
    other = Comment("Lee Park", "2026-03-05T14:05:00Z", "Done?", "path", resolved=True)
    assert mark(release, other, False)  # marked done in the file, opened again here
    story = tmp_path / "story.release"
    document.save(release, story)
    again = document.load(story)
    assert decisions(again) == {comment_key(BASE): True, comment_key(other): False}
    assert is_resolved(again, BASE, False) and not is_resolved(again, other, True)
    assert fingerprint(again) == printed


@pytest.mark.parametrize("damaged", [{"k": "maybe"}, {"k": "Resolved", "j": ""}])
def test_a_damaged_entry_counts_as_none(damaged: dict[str, str]) -> None:
    """(A damaged field in a file: tests/test_release_extra.py loads one.)"""
    release = sample()
    release.review_comments = damaged
    assert decisions(release) == {}
    assert mark(release, BASE, True) and decisions(release) == {comment_key(BASE): True}


def _reviewed(sent: bytes) -> bytes:
    m = Markup(sent)
    m.comment("headline", 0, 8, "Is the name right?")
    m.comment("body", 4, 8, "Which path?", who=DANA)
    m.comment("headline", 0, 8, "Checked.", who=LEE, done=True)
    return m.bytes()


def test_a_resolved_comment_stays_resolved_when_the_review_is_imported_again(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    story = _open_sample(window, tmp_path)
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(_reviewed(_send(window, tmp_path).read_bytes()))
    panel = _import(window, reviewed, monkeypatch)
    # (in the order of their anchors: the headline's two, then the body's)
    assert session_of(window).resolved == [False, True, False]
    panel.comments.anchorClicked.emit(QUrl("resolve:0"))  # resolve the first
    panel.comments.anchorClicked.emit(QUrl("resolve:1"))  # open the done one again
    assert window.manager.modified
    assert went(window.manager.save)
    panel.close()
    window.manager.modified = False
    assert opens(window, story)  # the release again, from its file
    panel = _import(window, reviewed, monkeypatch)
    assert session_of(window).resolved == [True, False, False]
    text = panel.comments.toPlainText()
    assert text.count("Mark resolved") == 2 and "1 open" not in panel.comments_label.text()


def test_resolving_survives_a_libreoffice_resave_of_the_review(tmp_path: Path) -> None:
    soffice = _soffice()
    release = sample()
    ours = _reviewed(review_docx(release, fingerprint(release)))
    theirs = _resave(soffice, ours, tmp_path)
    mine = read_review(ours, "reviewed.docx").comments
    libre = read_review(theirs, "reviewed.docx").comments
    assert [comment_key(c) for c in libre] == [comment_key(c) for c in mine]
    for comment in mine:
        mark(release, comment, True)
    assert all(is_resolved(release, c, False) for c in libre)


def test_marking_a_comment_is_one_undo_step_through_the_form(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Resolving or reopening a comment changes the release like any edit: one step that
    Undo takes back (the field and the panel both), Redo puts again, and undoing back to
    the saved file leaves it unmodified."""
    _open_sample(window, tmp_path)
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(_reviewed(_send(window, tmp_path).read_bytes()))
    panel = _import(window, reviewed, monkeypatch)
    assert went(window.manager.save) and not window.manager.modified
    history, release = window.form.history, window.manager.release
    saved = dict(release.review_comments)
    clicks = ["resolve:0", "resolve:1", "resolve:0", "resolve:2"]
    seen = [(list(session_of(window).resolved), dict(release.review_comments))]
    for click in clicks:
        panel.comments.anchorClicked.emit(QUrl(click))
        marks = dict(window.manager.release.review_comments)
        seen.append((list(session_of(window).resolved), marks))
        assert window.manager.modified
    assert [s[0] for s in seen] == [[False, True, False], [True, True, False],
                                    [True, False, False], [False, False, False],
                                    [False, False, True]]
    for back in reversed(seen[:-1]):  # each Undo takes back one mark, panel and field alike
        assert history.undo()
        assert (session_of(window).resolved, window.manager.release.review_comments) == \
            (back[0], back[1])
        assert panel.comments.toPlainText().count("Mark resolved") == back[0].count(False)
    assert window.manager.release.review_comments == saved and not window.manager.modified
    for forward in seen[1:]:
        assert history.redo()
        assert (session_of(window).resolved, window.manager.release.review_comments) == \
            (forward[0], forward[1])
    assert window.manager.modified

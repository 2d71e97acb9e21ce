"""A sign-off is refused while the office register finds an error, unless the signer
overrides it with a note saying why; the note is kept with the sign-off and in the
history. From the terminal (exit codes) and in the editor's Sign Off dialog."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from releasedesk import cli, document
from releasedesk.profiles import Profile, ProfileStore
from releasedesk.proofing.findings import ProofFinding, finding
from releasedesk.proofing.gate import OVERRIDE_MARK, is_override, override_note

from gui_helpers import opens, prompts_of
from helpers import make_release
from proof_score import corpus_register

if TYPE_CHECKING:
    from releasedesk.gui.app.main_window import MainWindow

WRONG_TITLE = "Deputy Mayor Li Mingyuan opened the hall.\n"  # Mayor since 2026-07-01
RIGHT = "Mayor Li Mingyuan opened the hall.\n"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    ProfileStore().save(Profile(name="office", organization="Northgate Library Trust",
                                names=corpus_register()))
    path = tmp_path / "story.release"
    document.save(make_release(profile="office", body=WRONG_TITLE,
                               release_date=date(2026, 11, 25)), path)
    return path


def rd(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_approve_is_refused_with_exit_1_while_a_register_error_stands(
        capsys: pytest.CaptureFixture[str], story: Path) -> None:
    before = story.read_bytes()
    code, out, err = rd(capsys, "approve", story, "--by", "Ana Ortiz")
    assert code == 1
    assert out == ""
    assert "not signed off: the office register finds 1 error in this release" in err
    assert "--override-note TEXT" in err
    assert "Li Mingyuan is Mayor, not Deputy Mayor" in err
    assert "Traceback" not in err
    assert story.read_bytes() == before  # nothing signed, nothing written


def test_an_override_note_signs_off_and_is_kept_in_the_history(
        capsys: pytest.CaptureFixture[str], story: Path) -> None:
    code, out, err = rd(capsys, "approve", story, "--by", "Ana Ortiz", "--note", "Cleared",
                        "--override-note", "The Mayor's office asked for the old title")
    assert code == 0, err
    assert "Signed off by Ana Ortiz" in out
    assert "Signed off over 1 register error;" in out
    signed = document.load(story).clearance.signoffs[-1]
    assert signed.note.splitlines()[0] == "Cleared"
    assert signed.note.splitlines()[1] == (
        f"{OVERRIDE_MARK} (1 register error: “Deputy Mayor Li Mingyuan”): "
        "The Mayor's office asked for the old title")
    code, out, _ = rd(capsys, "status", story, "--json")
    assert code == 0 and "The Mayor's office asked for the old title" in out


def test_an_empty_override_note_is_bad_input(capsys: pytest.CaptureFixture[str],
                                             story: Path) -> None:
    code, out, err = rd(capsys, "approve", story, "--by", "Ana Ortiz", "--override-note", " ")
    assert code == 2 and out == ""
    assert "--override-note needs a reason" in err
    assert not document.load(story).clearance.signoffs


def test_a_release_the_register_passes_signs_off_without_a_note(
        capsys: pytest.CaptureFixture[str], story: Path) -> None:
    release = document.load(story)
    release.body = RIGHT
    document.save(release, story)
    code, out, err = rd(capsys, "approve", story, "--by", "Ana Ortiz")
    assert code == 0, err
    assert "register" not in out
    assert document.load(story).clearance.signoffs[-1].note == ""


def _errors(words: list[str]) -> list[ProofFinding]:
    return [finding("body", 0, len(w), "register-title", "error", "register_title_none",
                    found=w) for w in words]


@given(st.text(max_size=40), st.text(min_size=1, max_size=60).filter(lambda t: t.strip()),
       st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=6))
def test_an_override_note_is_always_recognised_and_keeps_the_signers_words(
        note: str, reason: str, words: list[str]) -> None:
    written = override_note(note, reason, _errors(words))
    assert is_override(written)
    assert written.endswith(" ".join(reason.split()))
    if note.strip():
        assert written.startswith(note.strip())


@pytest.mark.parametrize("note", ["", "Cleared", "Register override", f"{OVERRIDE_MARK} (1): ",
                                  "Register override (2 register errors): "])
def test_a_note_without_a_reason_is_no_override(note: str) -> None:
    assert not is_override(note)


# -- in the editor ---------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, story: Path) -> Iterator[MainWindow]:
    from releasedesk.gui.app.main_window import MainWindow
    from releasedesk.recovery import RecoveryStore
    from releasedesk.settings import Settings

    from gui_helpers import FakePrompts

    made = MainWindow(Settings(), FakePrompts(), RecoveryStore(story.parent / "recovery"))
    qtbot.addWidget(made)
    assert opens(made, story)
    yield made
    made.manager.modified = False
    made.close()


def test_the_editor_refuses_a_signoff_without_an_override(window: MainWindow) -> None:
    prompts = prompts_of(window)
    prompts.signoff_answer = ("Ana Ortiz", "Director", "Cleared")
    window.actions["sign_off"].trigger()
    assert [f.kind for f in prompts.signoff_register] == ["register-title"]
    assert prompts.errors and "Not signed off: the office register finds 1 error(s)" in \
        prompts.errors[-1]
    assert not window.manager.release.clearance.signoffs


def test_the_editor_signs_off_with_an_override_note(window: MainWindow) -> None:
    prompts = prompts_of(window)
    errors = [finding("body", 0, 24, "register-title", "error", "register_title_none",
                      found="Deputy Mayor Li Mingyuan")]
    prompts.signoff_answer = ("Ana Ortiz", "Director", override_note("", "Confirmed", errors))
    window.actions["sign_off"].trigger()
    (signed,) = window.manager.release.clearance.signoffs
    assert is_override(signed.note) and signed.note.endswith(": Confirmed")
    assert not prompts.errors


def test_the_dialog_holds_sign_off_until_the_override_has_a_reason(qtbot: QtBot,
                                                                   story: Path) -> None:
    from releasedesk.gui.clearance.signoff_dialog import SignOffDialog
    from releasedesk.proofing.gate import register_errors

    release = document.load(story)
    held = register_errors(release, ProfileStore().get("office"))
    assert len(held) == 1
    dialog = SignOffDialog("ab" * 32, ["Director"], 1, "Ana Ortiz", register=held)
    qtbot.addWidget(dialog)
    dialog.show()
    from PySide6.QtWidgets import QLabel

    listed = dialog.findChild(QLabel, "registerErrors")
    assert listed is not None
    assert "Li Mingyuan is Mayor, not Deputy Mayor" in listed.text()
    assert not dialog.sign.isEnabled()
    assert not dialog.reason.isEnabled()
    dialog.override.setChecked(True)
    assert not dialog.sign.isEnabled()  # ticked, but no reason yet
    dialog.reason.setPlainText("   ")
    assert not dialog.sign.isEnabled()
    dialog.reason.setPlainText("Title confirmed with the Mayor's office")
    assert dialog.sign.isEnabled()
    name, role, note = dialog.details()
    assert (name, role) == ("Ana Ortiz", "Director")
    assert is_override(note) and note.endswith("Title confirmed with the Mayor's office")
    dialog.override.setChecked(False)
    assert not dialog.sign.isEnabled()
    assert not is_override(dialog.details()[2])


def test_the_dialog_without_register_errors_shows_no_override(qtbot: QtBot) -> None:
    from releasedesk.gui.clearance.signoff_dialog import SignOffDialog

    dialog = SignOffDialog("ab" * 32, ["Director"], 0, "Ana Ortiz")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.override.isVisible() and dialog.sign.isEnabled()
    assert dialog.details()[2] == ""


def test_the_same_mistake_in_two_fields_is_listed_once_counted(qtbot: QtBot, story: Path) -> None:
    from PySide6.QtWidgets import QLabel

    from releasedesk.gui.clearance.signoff_dialog import SignOffDialog
    from releasedesk.proofing.gate import register_errors

    release = document.load(story)
    release.subheadline = "Deputy Mayor Li Mingyuan cuts the ribbon"
    held = register_errors(release, ProfileStore().get("office"))
    assert len(held) == 2
    dialog = SignOffDialog("ab" * 32, ["Director"], 2, "Ana Ortiz", register=held)
    qtbot.addWidget(dialog)
    listed = dialog.findChild(QLabel, "registerErrors")
    assert listed is not None
    assert listed.text().count("\n") == 0 and listed.text().endswith("(×2)")

"""A release file larger than any release could be is refused with one sentence, never read
into a stalled editor or a crashing export; what the editor lets you type can be saved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from releasedesk import cli, document
from releasedesk.document import FileFormatError
from releasedesk.errors import ReleaseDeskError
from releasedesk.field_rules import (
    MAX_CONTACTS,
    MAX_LINE_FIELD,
    MAX_TEXT_FIELD,
)

from gui_helpers import opens
from helpers import make_release


def written(tmp_path: Path, **changes: object) -> Path:
    data = document.to_dict(make_release())
    data.update(changes)
    path = tmp_path / "big.release"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("field", "value"), [
    ("headline", "H" * (MAX_LINE_FIELD + 1)),
    ("organization", "O" * (MAX_LINE_FIELD + 1)),
    ("body", "word " * (MAX_TEXT_FIELD // 5 + 1)),
    ("contacts", [{"name": f"Person {n}", "email": f"p{n}@x.example"}
                  for n in range(MAX_CONTACTS + 1)]),
    ("footer", ["F" * (MAX_LINE_FIELD + 1)]),
])
def test_oversized_fields_are_refused_by_name(tmp_path: Path, field: str, value: object) -> None:
    path = written(tmp_path, **{field: value})
    before = path.read_bytes()
    with pytest.raises(ReleaseDeskError, match=field if field != "footer" else "footer line"):
        document.load(path)
    with pytest.raises(ReleaseDeskError):
        document.load(path, strict=False)  # a recovery copy too: it would stall the editor
    assert path.read_bytes() == before


TOO_LARGE = ("big.release is too large to open: the body holds 2,000,001 characters; a "
             "release holds at most 2,000,000.")


def test_a_release_over_the_limit_is_too_large_not_damaged(tmp_path: Path) -> None:
    path = written(tmp_path, body="x" * (MAX_TEXT_FIELD + 1))
    for strict in (True, False):
        with pytest.raises(FileFormatError) as caught:
            document.load(path, strict=strict)
        assert caught.value.message == TOO_LARGE
        assert not caught.value.damaged


def test_a_release_exactly_at_the_limits_opens_and_saves(tmp_path: Path) -> None:
    path = written(tmp_path, body="x" * MAX_TEXT_FIELD, boilerplate="y" * MAX_TEXT_FIELD,
                   headline="H" * MAX_LINE_FIELD,
                   contacts=[{"name": f"Person {n}"} for n in range(MAX_CONTACTS)])
    release = document.load(path)
    assert (len(release.body), len(release.headline)) == (MAX_TEXT_FIELD, MAX_LINE_FIELD)
    document.save(release, path)
    assert len(document.load(path).boilerplate) == MAX_TEXT_FIELD


def test_check_says_too_large_and_checks_a_release_at_the_limit(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = written(tmp_path, body="x" * (MAX_TEXT_FIELD + 1))
    assert cli.main(["check", str(path)]) == cli.EXIT_BAD_INPUT
    assert capsys.readouterr().err == f"releasedesk: {TOO_LARGE}\n"
    path = written(tmp_path, body="x" * MAX_TEXT_FIELD)
    code = cli.main(["check", str(path)])
    out = capsys.readouterr()
    assert code in (cli.EXIT_OK, cli.EXIT_FINDINGS) and out.err == ""
    assert "too large" not in out.out


def test_the_editor_says_too_large_not_damaged(qtbot: QtBot, tmp_path: Path) -> None:
    from releasedesk.gui.app.main_window import MainWindow
    from releasedesk.recovery import RecoveryStore
    from releasedesk.settings import Settings

    from gui_helpers import FakePrompts

    path = written(tmp_path, body="x" * (MAX_TEXT_FIELD + 1))
    prompts = FakePrompts()
    window = MainWindow(Settings(), prompts, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    assert not opens(window, path)
    assert (prompts.errors, prompts.damaged) == ([TOO_LARGE], [])
    window.close()


def test_a_number_too_long_to_read_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "digits.release"
    text = json.dumps(document.to_dict(make_release())).replace('"version": 1',
                                                                '"version": ' + "9" * 5000)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReleaseDeskError, match="number too long"):
        document.load(path)


def test_what_cannot_be_reopened_is_not_saved(tmp_path: Path) -> None:
    release = make_release(body="word " * (MAX_TEXT_FIELD // 5 + 1))
    with pytest.raises(ReleaseDeskError, match="was not saved because it is too large"):
        document.save(release, tmp_path / "x.release")
    assert not (tmp_path / "x.release").exists()


def test_the_form_cuts_a_pasted_document_in_a_line_field(qtbot: QtBot) -> None:
    from releasedesk.gui.form.release_form import ReleaseForm

    form = ReleaseForm()
    qtbot.addWidget(form)
    assert form.headline.maxLength() == MAX_LINE_FIELD

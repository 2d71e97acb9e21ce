"""`releasedesk import` as a user runs it: where it writes, what it prints, what it refuses."""

from __future__ import annotations

from pathlib import Path

from releasedesk import document

import drafts
from test_cli import assert_one_line_error, run


def test_import_writes_a_release_next_to_the_draft_and_prints_the_report(tmp_path: Path) -> None:
    draft = tmp_path / "night crossing.txt"
    draft.write_text(drafts.EMAIL_TEXT, encoding="utf-8")
    result = run("import", draft)
    assert result.returncode == 0, result.stderr
    target = tmp_path / "night crossing.release"
    assert result.stdout.strip().splitlines()[-1] == str(target)
    assert "Found:" in result.stdout and "Guessed (please review):" in result.stdout
    assert document.load(target).end_mark == "-30-"

    again = run("import", draft)  # never over an existing file without --force
    assert_one_line_error(again, "already exists", "--force")
    assert run("import", draft, "--force").returncode == 0


def test_import_with_output_and_house_style(tmp_path: Path) -> None:
    draft = tmp_path / "portal.txt"
    draft.write_text(drafts.PORTAL_TEXT, encoding="utf-8")
    target = tmp_path / "out" / "story.release"
    target.parent.mkdir()
    result = run("import", draft, "-o", target, "--profile", "fernhollow-portal")
    assert result.returncode == 0, result.stderr
    release = document.load(target)
    assert release.profile == "fernhollow-portal"
    assert release.conventions.release_line == "Release time: {date}"
    assert release.organization == "Fernhollow District Administration"
    assert_one_line_error(run("import", draft, "-o", tmp_path / "x.release", "--profile", "nope"),
                          'no house-style profile "nope"')
    assert not (tmp_path / "x.release").exists()


def test_a_missing_draft_is_one_sentence(tmp_path: Path) -> None:
    assert_one_line_error(run("import", tmp_path / "absent.docx"), "does not exist")


def test_import_of_an_e_mail_message(tmp_path: Path) -> None:
    from draft_score import CORPUS

    draft = tmp_path / "sunday hours.eml"
    draft.write_bytes((CORPUS / "wendmouth-library.eml").read_bytes())
    result = run("import", draft)
    assert result.returncode == 0, result.stderr
    assert "headers (From, To, Subject …) were left out" in result.stdout
    release = document.load(tmp_path / "sunday hours.release")
    assert release.headline == "Wendmouth Library Adds Sunday Hours at Four Branches"
    assert [c.name for c in release.contacts] == ["Aurelie Dumas"]
    assert "Received" not in release.body and "Aurelie" not in release.body


def test_an_outlook_message_is_refused_in_one_sentence(tmp_path: Path) -> None:
    draft = tmp_path / "release.msg"
    draft.write_bytes(b"\xd0\xcf\x11\xe0 not really a message")
    assert_one_line_error(run("import", draft), "Outlook message (.msg)", ".eml")

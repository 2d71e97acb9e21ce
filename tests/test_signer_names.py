"""Names cannot forge output (issue 22, point 9).

An approver's name or role holding a line break, a tab, a terminal control code or a bidi
override is refused when it is typed; one read from a file (made elsewhere, or by hand) is
printed escaped wherever names are printed: status, history, verify, the sign-off sheet.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from releasedesk import cli, document
from releasedesk.clearance import signoffs
from releasedesk.clearance.sheet import build_sheet
from releasedesk.errors import ReleaseDeskError
from releasedesk.field_rules import escaped, forging_character
from releasedesk.workflow import SignOff

from helpers import make_release

FORGING = [
    "Ada\nsigned off by Director Li Wei, 2026-11-25 09:00 (this text)",
    "Ada\r\nDirector Li",
    "Ada\rDirector Li",
    "Ada\tLegal",
    "Ada\x1b[2K\x1b[1GDirector Li Wei",
    "Ada\x00Li",
    "Ada\u2028Li",
    "Ada\u2029Li",
    "Ada\x85Li",
    "\u202eiL rotceriD",
    "Ada\u2066Li\u2069",
    "Ada\u200bLi",
    "Ada\u3164Li",  # (a Hangul filler: shows as a space)
    "Ada\u034f",  # (a combining grapheme joiner: shows as nothing)
    "Ada\U000e0100",  # (a variation selector)
]


def _rd(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("name", FORGING)
@pytest.mark.parametrize("where", ["name", "role"])
def test_a_forging_name_or_role_is_refused_on_input(name: str, where: str) -> None:
    release = make_release()
    args = {"name": name, "role": "Director"} if where == "name" else \
        {"name": "Ada Brill", "role": name}
    with pytest.raises(ReleaseDeskError) as caught:
        signoffs.sign_off(release, args["name"], args["role"])
    assert "\n" not in caught.value.message
    assert release.clearance.signoffs == []


@pytest.mark.parametrize("name", FORGING[:5])
def test_the_command_line_refuses_it_in_one_sentence(capsys: pytest.CaptureFixture[str],
                                                     tmp_path: Path, name: str) -> None:
    story = tmp_path / "story.release"
    document.save(make_release(), story)
    before = story.read_bytes()
    code, _out, err = _rd(capsys, "approve", story, "--by", name, "--role", "Director")
    assert code == 2
    assert err.count("\n") == 1 and "control characters" in err
    assert story.read_bytes() == before


def test_notes_keep_their_line_breaks_but_no_control_codes() -> None:
    release = make_release()
    signoffs.sign_off(release, "Ada Brill", "Director", "Checked the figures.\nAll fine.")
    with pytest.raises(ReleaseDeskError):
        signoffs.sign_off(release, "Ada Brill", "Director", "ok\x1b[2K")


def _planted(tmp_path: Path, name: str) -> Path:
    """A release whose file names a forging signer (as a hand-edited file could)."""
    release = make_release()
    signoffs.sign_off(release, "Ada Brill", "Director")
    story = tmp_path / "story.release"
    document.save(release, story)
    data = json.loads(story.read_text("utf-8"))
    data["workflow"]["signoffs"][0]["name"] = name
    data["workflow"]["signoffs"][0]["role"] = name
    data["workflow"]["signoffs"][0]["note"] = name
    story.write_text(json.dumps(data), "utf-8")
    return story


@pytest.mark.parametrize("name", FORGING)
def test_a_name_read_from_a_file_prints_as_one_escaped_line(capsys: pytest.CaptureFixture[str],
                                                            tmp_path: Path, name: str) -> None:
    story = _planted(tmp_path, name)
    commands: list[tuple[list[str | Path], int]] = [(["status", story], 1),
                                                    (["history", story], 0)]
    for command, lines in commands:
        code, out, err = _rd(capsys, *command)
        assert code == 0, err
        assert escaped(name) in out
        for line in out.splitlines():
            assert not any(ch in line for ch in "\x1b\x00\u202e\u2066\u200b\t\r")
        assert sum(line.startswith("  signed off by") for line in out.splitlines()) == lines
    code, out, _ = _rd(capsys, "export", story, "-o", tmp_path / "web")
    assert code == 0
    code, out, _ = _rd(capsys, "verify", tmp_path / "web")
    assert "\x1b" not in out and "\u202e" not in out
    sheet = build_sheet(document.load(story), signoffs.effective_policy(
        document.load(story), None), datetime(2026, 11, 26, tzinfo=UTC))
    for row in (*sheet.rows, *sheet.earlier):
        for text in (row.name, row.role):
            assert not any(ch in text for ch in "\n\r\t\x1b\u202e"), text


def test_who_escapes_every_forging_character() -> None:
    for name in FORGING:
        signed = SignOff(name, "Director", datetime(2026, 1, 1, tzinfo=UTC),
                         "sha256:" + "0" * 64)
        shown = signoffs.who(signed)
        assert len(shown.splitlines()) == 1
        assert forging_character(shown) is None
        assert escaped(shown) == shown

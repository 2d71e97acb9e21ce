"""Lone surrogates and other odd Unicode in any field never crash a command (issue 22,
point 10): load → check, status, history, diff, sheet, approve, export in every format.

A file can hold a lone surrogate only as a JSON escape ("\\ud800"); another program, a
damaged sync or a hand edit writes one. Every command must end with its own answer (exit
0, 1 or a one-sentence 2), never "internal error".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk import cli, document
from releasedesk.clearance import signoffs

from helpers import make_release

odd = st.text(st.characters(codec=None, categories=("Cs", "Cc", "Cf", "Zl", "Zp", "Co", "Lo",
                                                    "Mn", "So")), max_size=12)
FIELDS = ("headline", "subheadline", "dateline", "organization", "body", "boilerplate")


def _planted(folder: Path, values: dict[str, str]) -> Path:
    release = make_release()
    release.status = "embargoed"
    signoffs.sign_off(release, "Ada Brill", "Director")
    data = document.to_dict(release)
    data["embargo_until"] = "2026-12-01T09:00:00+01:00"
    for key, value in values.items():
        data[key] = value
    data["contacts"][0]["name"] = values["headline"]
    data["keywords"].append(values["body"])
    data["footer"].append(values["dateline"])
    data["conventions"]["words"] = {"contact": values["organization"]}
    path = folder / "odd.release"
    path.write_text(json.dumps(data, ensure_ascii=True), "ascii")  # (escapes survive)
    return path


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.fixed_dictionaries({key: odd for key in FIELDS}))
def test_every_command_answers_for_any_unicode(tmp_path_factory: pytest.TempPathFactory,
                                               capsys: pytest.CaptureFixture[str],
                                               values: dict[str, str]) -> None:
    folder = tmp_path_factory.mktemp("odd")
    story = _planted(folder, values)
    other = folder / "other.release"
    document.save(make_release(), other)
    commands = [
        ["check", story], ["check", story, "--json"], ["status", story],
        ["status", story, "--json"], ["history", story], ["diff", story, other],
        ["diff", other, story], ["sheet", story, "-o", folder / "sheet.docx"],
        ["export", story, "-o", folder / "out"],
        # (the export above wrote every format of "all formats", the PDF and the e-mail
        # included: the package is the one it leaves out; a PDF of odd characters is
        # the slowest export, so it is made once)
        ["export", story, "-f", "txt", "-f", "package", "-o", folder / "more"],
        ["approve", story, "--by", "Li Wei", "--role", "Legal"],
        ["history", story], ["verify", folder / "out"],
    ]
    for command in commands:
        code = cli.main([str(part) for part in command])
        captured = capsys.readouterr()
        assert "internal error" not in captured.err, (command, captured.err)
        assert code in (0, 1) or (code == 2 and captured.err.count("\n") == 1), \
            (command, code, captured.err)


def test_a_lone_surrogate_everywhere_is_printed_as_an_escape(
        tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]) -> None:
    """Every field, the sign-offs' names, roles and notes included, holding "\\ud800":
    each command answers, and what it prints is valid UTF-8 (the surrogate escaped)."""
    folder = Path(str(tmp_path))
    values = {key: f"A\ud800B {key}" for key in FIELDS}
    values["organization"] = "Northgate Trust"  # (also a house word: refused with \ud800)
    story = _planted(folder, values)
    data = json.loads(story.read_text("ascii"))
    for signoff in data["workflow"]["signoffs"]:
        signoff.update(name="Ada\udc00", role="Dir\ud800", note="ok\udfff")
    story.write_text(json.dumps(data, ensure_ascii=True), "ascii")
    other = folder / "other.release"
    document.save(make_release(), other)
    for command in (["status", story], ["status", story, "--json"], ["check", story],
                    ["check", story, "--json"], ["history", story], ["diff", other, story],
                    ["diff", story, other], ["export", story, "-o", folder / "out"],
                    ["verify", folder / "out"], ["sheet", story, "-o", folder / "s.docx"]):
        code = cli.main([str(part) for part in command])
        captured = capsys.readouterr()
        assert "internal error" not in captured.err, (command, captured.err)
        assert code in (0, 1), (command, code, captured.err)
        (captured.out + captured.err).encode("utf-8")  # (no surrogate left to print)

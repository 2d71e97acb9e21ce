"""The Sign Off dialog warns of the readiness check's errors, but not of "not yet
approved" in any of its forms: the sign-off asked for is what answers it (found by
tester14: "readiness finds 1 error" where the one error was "Not yet approved")."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.checks import APPROVAL_CODES, ERROR
from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.model import FooterLine
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings
from releasedesk.workflow import ApprovalPolicy, SignOff

from conftest import SAMPLES
from gui_helpers import FakePrompts, opens

WIRE = SAMPLES / "tidewater-ferry-terminal.release"


@pytest.mark.parametrize("roles", [[], ["Director"], ["Director", "Legal"]])
@pytest.mark.parametrize("required", [True, False])
@pytest.mark.parametrize("signed_before", [False, True])  # an earlier text's sign-off
@pytest.mark.parametrize("others", [(), ("headline",), ("headline", "footer")])
def test_the_dialog_counts_every_error_but_not_yet_approved(
        qtbot: QtBot, tmp_path: Path, roles: list[str], required: bool, signed_before: bool,
        others: tuple[str, ...]) -> None:
    release = document.load(WIRE)
    release.profile = ""  # judged by the policy it carries
    release.clearance.policy = ApprovalPolicy(signoffs=roles, required=required)
    if signed_before:
        release.clearance.signoffs.append(SignOff(
            name="Li Wei", role=(roles or ["Director"])[0], fingerprint="sha256:" + "0" * 64,
            at=datetime(2026, 12, 1, 10, tzinfo=UTC)))
    if "headline" in others:
        release.headline = ""
    if "footer" in others:
        release.footer = []
    else:
        release.footer = release.footer or [FooterLine("© 2026 Port Calloway")]
    story = tmp_path / "story.release"
    document.save(release, story)
    prompts = FakePrompts()
    window = MainWindow(Settings(), prompts, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    assert opens(window, story)
    window.scheduler.render_now()
    findings = window.readiness.findings
    approval = [f for f in findings if f.code in APPROVAL_CODES]
    assert bool(approval) is True  # the text is not approved, in one form or another
    assert any(f.severity == ERROR for f in approval) is (required or bool(roles))
    expected = sum(f.severity == ERROR and f.code not in APPROVAL_CODES for f in findings)
    assert expected >= len(others)

    window.actions["sign_off"].trigger()

    asked_print, _, errors = prompts.signoff_asked[0]
    assert asked_print == fingerprint(window.manager.release)
    assert errors == expected
    window.manager.modified = False
    window.close()

"""Readiness over the samples and their language versions goes where it says (tester15
M1): every finding naming a field of the form is shown there and clicking it focuses
that field, the portal's fields of an English version of a Chinese portal's release too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.checks import check
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.profiles import ProfileStore
from test_gui import make_window  # noqa: F401 (fixture)
from test_gui_layout import LAPTOP, on_screen_like, settle
from twin_versions import sample_versions

from gui_helpers import opens

# What a finding may name that is no field of the form: the approval (the status bar's
# sign-off state), the links to the language versions, the house style's words.
NOT_IN_THE_FORM = {"clearance", "twins", "conventions"}


def test_every_finding_of_every_sample_and_version_goes_to_its_shown_field(
        qtbot: QtBot, make_window: Callable[[], MainWindow], tmp_path: Path) -> None:
    window = make_window()
    on_screen_like(qtbot, window, LAPTOP)
    store = {p.name: p for p in ProfileStore().load_all()}
    clicked: set[str] = set()
    for version in sample_versions(tmp_path):
        release = document.load(version.path)
        assert opens(window, version.path)
        findings = check(release, path=version.path, profile=store.get(release.profile or ""),
                         register=False)
        for finding in findings:
            if finding.field in NOT_IN_THE_FORM:
                continue
            window.readiness.findingRequested.emit(finding)  # (what a click on it sends)
            settle()
            widget = window.form.field_widget(finding.field)
            focused = QApplication.focusWidget()
            assert widget is not None and widget.isVisible(), (version, finding)
            assert focused is not None and (focused is widget or widget.isAncestorOf(focused)), \
                (version, finding, focused)
            clicked.add(finding.field)
        window.manager.modified = False
    assert {"headline", "body", "summary", "footer"} <= clicked, clicked

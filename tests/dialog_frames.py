"""Opens every dialog of the editor on the screen Qt was started with and prints where each
one's frame lands (JSON). Run by test_dialogs_fit_and_ask in a process of its own, with the
offscreen platform set to a laptop's screen (QT_QPA_PLATFORM=offscreen:configfile=…)."""

from __future__ import annotations

import copy
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog

from releasedesk.clearance.fingerprint import canonical_content
from releasedesk.clearance.wordiff import compare
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.app.template_dialog import TemplateDialog
from releasedesk.gui.body.formatting_guide import FormattingGuide
from releasedesk.gui.body.link_dialog import LinkDialog
from releasedesk.gui.clearance.redline import RedlineDialog
from releasedesk.gui.clearance.signoff_dialog import SignOffDialog
from releasedesk.gui.dialogs.house_style import HouseStyleDialog
from releasedesk.gui.dialogs.preferences import PreferencesDialog
from releasedesk.gui.dialogs.register_dialog import RegisterDialog
from releasedesk.gui.twins.twin_compare import CompareWindow
from releasedesk.gui.twins.twin_dialog import NewLanguageVersionDialog
from releasedesk.profiles import Profile, ProfileStore
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings
from releasedesk.templates import all_templates

sys.path.insert(0, str(Path(__file__).parent))
from conftest import SAMPLES
from gui_helpers import FakePrompts
from proof_score import corpus_register

SAMPLE = SAMPLES / "tidewater-ferry-terminal.release"


def dialogs(window: MainWindow) -> dict[str, Callable[[], QDialog]]:
    """Each dialog class of the editor, made as its command makes it."""
    release = window.manager.release
    later = copy.deepcopy(release)
    later.headline += " on Saturday"
    later.body = later.body.replace("quay", "harbour wall")
    changes = compare(canonical_content(release), canonical_content(later))

    def history() -> QDialog:
        window.clearance.history()
        assert isinstance(window.last_dialog, QDialog)
        return window.last_dialog

    return {
        "HouseStyleDialog": lambda: HouseStyleDialog(ProfileStore(), window.prompts, window),
        "PreferencesDialog": lambda: PreferencesDialog("", window),
        "LinkDialog": lambda: LinkDialog("the timetable",
                                         "https://calloway-harbour.example/ferries", True,
                                         window),
        "SignOffDialog": lambda: SignOffDialog("ab" * 32, ["Reviewer", "Director"], 2,
                                               "Ana Ortiz", window),
        "FindReplaceDialog": window.find_replace,
        "FormattingGuide": lambda: FormattingGuide("en", window),
        "RedlineDialog": lambda: RedlineDialog("Compare With", "Changes since Saturday:",
                                               changes, window),
        "HistoryDialog": history,
        "FirstRunDialog": lambda: window.set_up_organisation(),
        "RegisterDialog": lambda: RegisterDialog(
            ProfileStore(), Profile(name="office", organization="Calloway Harbour Authority",
                                    names=corpus_register()), window.prompts, window),
        "NewLanguageVersionDialog": lambda: NewLanguageVersionDialog(
            release.headline, release.language, window.manager.path or Path("story.release"),
            ["zh-CN", "zh-TW", "fr"], True, window),
        "CompareWindow": lambda: CompareWindow(release, window.manager.path or
                                               Path("story.release"), lambda links: None, window),
        "TemplateDialog": lambda: TemplateDialog(all_templates(), window),
    }


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp())
    work = folder / "story.release"
    work.write_bytes(SAMPLE.read_bytes())
    window = MainWindow(Settings(), FakePrompts(), RecoveryStore(folder / "recovery"))
    window.open_path(work)
    window.show()
    app.processEvents()
    screen = window.screen().availableGeometry()
    report: dict[str, object] = {
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
        "window": _rect(window.frameGeometry()), "dialogs": {}}
    for name, make in dialogs(window).items():
        dialog = make()
        dialog.show()
        app.processEvents()
        least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        report["dialogs"][name] = {  # type: ignore[index]  # the report is JSON
            "frame": _rect(dialog.frameGeometry()), "least": [least.width(), least.height()],
            "class": type(dialog).__name__}
        dialog.hide()
        dialog.deleteLater()
    print(json.dumps(report))
    window.manager.modified = False
    window.close()


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


if __name__ == "__main__":
    main()

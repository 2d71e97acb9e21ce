"""Screenshots of the language versions' views: the side-by-side comparison of an English
release and its Chinese version (after both changed since Mark as Aligned) and the
New Language Version dialog.

Usage: python tools/twin_screenshot.py OUT_FOLDER [--language zh_CN] [--prefix twins2-]
Run under Xvfb (xvfb-run) for the real platform's rendering.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from releasedesk import document
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.basics.i18n import install_translators
from releasedesk.gui.twins.twin_dialog import NewLanguageVersionDialog
from releasedesk.settings import Settings
from releasedesk.twins.making import language_choices
from twin_samples import pair


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--language", default="", help="interface language, e.g. zh_CN")
    parser.add_argument("--prefix", default="twins-")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    install_translators(app, args.language)
    folder = Path(tempfile.mkdtemp(prefix="twin-shot-"))
    en_path, zh_path = pair(folder)
    window = MainWindow(Settings())
    window.resize(1200, 800)
    window.open_path(zh_path)  # (goes on once opened: at once, nothing to ask)
    if window.manager.path is None:
        return 2
    window.show()
    view = window.twin_commands.compare()
    assert view is not None
    view.mark_aligned()
    window.manager.save()
    english = document.load(en_path)
    english.body = english.body.replace("every 20 minutes", "every 15 minutes").replace(
        "adds 12 daily crossings", "adds 14 daily crossings")
    document.save(english, en_path)
    headline = window.form.headline  # and this version's own headline, typed after
    headline.setFocus()
    headline.end(False)
    QTest.keyClicks(headline, " 2026")
    view.refresh()
    args.output.mkdir(parents=True, exist_ok=True)
    suffix = f"-{args.language}" if args.language else ""

    def shoot_compare() -> None:
        view.grab().save(str(args.output / f"{args.prefix}compare{suffix}.png"))
        view.close()
        window.open_path(en_path)
        dialog = NewLanguageVersionDialog(
            window.manager.release.headline, "en", en_path,
            language_choices("en", window.profiles().load_all()), False, window)
        dialog.choose("zh-TW")
        dialog.show()
        QTimer.singleShot(400, lambda: shoot_dialog(dialog))

    def shoot_dialog(dialog: NewLanguageVersionDialog) -> None:
        dialog.grab().save(str(args.output / f"{args.prefix}new-version{suffix}.png"))
        app.quit()

    QTimer.singleShot(600, shoot_compare)
    app.exec()
    window.manager.modified = False
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The editor under a dark (or light) colour scheme and any scale, as a screenshot.

Usage: python tools/scheme_screenshot.py RELEASE OUT.png [--dark] [--tab web|word|text]
       [--size 1400x900] [--switch] [--body-view markdown]
Run it under Xvfb with a window manager (openbox) to see the platform's rendering; set
QT_SCALE_FACTOR=2 for 200 %. --dark starts in Fusion with a dark palette (what a dark
desktop gives Qt); --switch starts light and turns dark after the window is shown, to see
that the editor follows the change.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.basics.i18n import install_translators
from releasedesk.gui.basics.scheme import dark_palette
from releasedesk.settings import Settings

TABS = {"web": 0, "word": 1, "text": 2}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("release", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--switch", action="store_true")
    parser.add_argument("--tab", choices=TABS, default="web")
    parser.add_argument("--size", default="1400x900")
    parser.add_argument("--language", default="")
    parser.add_argument("--body-view", choices=("formatted", "markdown"), default="formatted")
    parser.add_argument("--scroll", type=int, default=0, help="scroll the form down (pixels)")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    if args.dark and not args.switch:
        app.setPalette(dark_palette())
    install_translators(app, args.language)
    window = MainWindow(Settings(body_view=args.body_view))
    window.resize(*(int(x) for x in args.size.split("x")))
    window.open_path(args.release)  # (goes on once opened: at once, nothing to ask)
    if window.manager.path is None:
        return 2
    window.preview.setCurrentIndex(TABS[args.tab])
    window.show()
    if args.scroll:
        from PySide6.QtWidgets import QScrollArea

        scroll = window.findChild(QScrollArea)
        QTimer.singleShot(200, lambda: scroll.verticalScrollBar().setValue(args.scroll))
    if args.switch:
        QTimer.singleShot(700, lambda: app.setPalette(dark_palette()))

    def shoot() -> None:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        screen = QGuiApplication.primaryScreen()
        shot = screen.grabWindow(0) if QGuiApplication.platformName() == "xcb" else \
            window.grab()
        shot.save(str(args.output))
        window.manager.modified = False
        app.quit()

    QTimer.singleShot(2500, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

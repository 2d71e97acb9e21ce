"""Screenshot of File ▸ Open Newsroom Folder…: a generated library in the library window.

Usage: python tools/screenshot_newsroom.py OUT.png [--language zh_CN] [--search WORDS]
       [--versions with|attention|without]
Run it under Xvfb to see the real platform's rendering.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.basics.i18n import install_translators
from releasedesk.settings import Settings


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--language", default="", help="interface language, e.g. zh_CN")
    parser.add_argument("--search", default="", help="words typed into the search field")
    parser.add_argument("--count", type=int, default=48, help="releases in the library")
    parser.add_argument("--versions", default="", help="the language versions filter: "
                        "with, attention or without")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from newsroom_library import make_library

    folder = Path(tempfile.mkdtemp(prefix="newsroom-shot-")) / "calloway-releases"
    make_library(folder, args.count)
    (folder / "2026" / "spring" / "notes-from-legal.release").write_text("{ not finished")
    app = QApplication(sys.argv[:1])
    install_translators(app, args.language)
    window = MainWindow(Settings())
    window.show()
    window.open_newsroom(folder)
    library = window.newsroom_window
    assert library is not None
    library.resize(1380, 720)
    library.search.setText(args.search)
    library.versions.setCurrentIndex(max(0, library.versions.findData(args.versions)))
    library.raise_()

    def grab() -> None:
        library.grab().save(str(args.output))
        library.close()
        window.close()
        app.quit()

    QTimer.singleShot(1200, grab)
    app.exec()
    print(args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

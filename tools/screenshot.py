"""Run the editor on a release and save a screenshot of the window (make screenshot).

Usage: python tools/screenshot.py RELEASE OUT.png [--tab web|word|text] [--size 1400x900|screen]
       python tools/screenshot.py DRAFT.docx OUT.png --draft   (File ▸ Import Draft…)
       python tools/screenshot.py RELEASE OUT.png --body-view markdown --body-only
       python tools/screenshot.py RELEASE OUT.png --also RELEASE2 OUT2.png   (one window each,
           all shot in the same run: one start of Python and of the display for them all)
Run it under Xvfb (xvfb-run) to see the real platform's rendering, or with
QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.basics.i18n import install_translators
from releasedesk.settings import Settings

TABS = {"web": 0, "word": 1, "text": 2}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("release", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--tab", choices=TABS, default="web")
    parser.add_argument("--size", default="1400x900",
                        help="the window's size, WIDTHxHEIGHT, or 'screen': the size a first "
                             "start gives it on this screen (run Xvfb at the laptop's size)")
    parser.add_argument("--embargo", action="store_true", help="switch the status to embargoed")
    parser.add_argument("--language", default="", help="interface language, e.g. zh_CN")
    parser.add_argument("--draft", action="store_true",
                        help="import RELEASE as a draft (.docx, .txt, .md, .html) and show "
                             "the import report")
    parser.add_argument("--body-view", choices=("formatted", "markdown"), default="formatted",
                        help="the body editor's view")
    parser.add_argument("--body-only", action="store_true",
                        help="save only the body editor (its toolbar and text)")
    parser.add_argument("--unfold", default="",
                        help="a folded section to open first (event, photos, contacts …)")
    parser.add_argument("--photos", action="store_true",
                        help="scroll the form to its Photos section and wait for the "
                             "preview's pictures")
    parser.add_argument("--geometry", action="store_true",
                        help="also write OUT.json with the headline field's place and text")
    parser.add_argument("--also", nargs=2, action="append", default=[], type=Path,
                        metavar=("RELEASE", "OUT.png"),
                        help="one more release to open and shoot, in a window of its own, "
                             "with the same options (not with --draft)")
    args = parser.parse_args()
    if args.also and args.draft:
        parser.error("--also opens releases, not drafts")
    size = None if args.size == "screen" else tuple(int(x) for x in args.size.split("x"))

    app = QApplication(sys.argv[:1])
    install_translators(app, args.language)
    shots = [(args.release, args.output), *((release, out) for release, out in args.also)]
    windows = []
    for release, _ in shots:
        window = MainWindow(Settings(body_view=args.body_view))
        if size is not None:
            window.resize(*size)
        if args.draft:
            from releasedesk.gui.basics import tasks

            window.import_draft(release)  # (read on a worker: wait for it)
            while not tasks.idle():
                app.processEvents()
                tasks.pool().waitForDone(10)
            if window.manager.release.headline == "":
                return 2
        else:
            window.open_path(release)  # (goes on once opened: at once, nothing to ask)
            if window.manager.path is None:
                return 2
        if args.embargo:
            window.form.status.setCurrentIndex(1)
        window.preview.setCurrentIndex(TABS[args.tab])
        window.show()
        if args.unfold:
            window.form.sections[args.unfold].set_expanded(True)
        if args.photos:
            from PySide6.QtWidgets import QScrollArea

            scroll = window.findChild(QScrollArea)
            window.form.photos.list.setCurrentRow(0)
            QTimer.singleShot(300, lambda w=window, s=scroll: s.ensureWidgetVisible(
                w.form.photos, 0, 40))
        windows.append(window)

    def shoot() -> None:
        for window, (_, output) in zip(windows, shots, strict=True):
            output.parent.mkdir(parents=True, exist_ok=True)
            (window.form.body if args.body_only else window).grab().save(str(output))
            if args.geometry:  # where the headline field is, for tests that check its text
                headline = window.form.headline
                corner = headline.mapTo(window, QPoint(0, 0))
                output.with_suffix(".json").write_text(json.dumps({
                    "headline_text": headline.text(),
                    "headline_rect": [corner.x(), corner.y(), headline.width(),
                                      headline.height()],
                }), encoding="utf-8")
        for window in windows:
            window.manager.modified = False
            window.close()

    QTimer.singleShot(3000 if args.photos else 1500, shoot)
    app.exec()
    for _, output in shots:
        print(output)
    return 0 if all(output.exists() for _, output in shots) else 1


if __name__ == "__main__":
    sys.exit(main())

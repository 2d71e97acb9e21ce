"""Screenshots of clearance (make screenshot-clearance): the redline of Changes Since
Approval over the editor, and page 1 of the sign-off sheet as a PDF rendered to PNG.

Usage: python tools/screenshot_clearance.py RELEASE OUT_DIR [--language zh_CN]
Run it under Xvfb (xvfb-run); the sheet needs poppler's pdftoppm.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from releasedesk import document
from releasedesk.clearance.sheet import render_sheet
from releasedesk.clearance.signoffs import sign_off
from releasedesk.clearance.state import ApprovalPolicy
from releasedesk.gui.i18n import install_translators
from releasedesk.gui.main_window import MainWindow
from releasedesk.settings import Settings

BOARD = ApprovalPolicy(signoffs=["Reviewer", "Legal", "Director"], required=True)


def approved_copy(source: Path, folder: Path) -> Path:
    """The sample signed off by a reviewer and a director, then edited in a few words."""
    release = document.load(source)
    now = datetime.now().astimezone().replace(microsecond=0)
    sign_off(release, "Dana Whitlock", "Reviewer", "Facts checked against the timetable.",
             now=now - timedelta(hours=3), policy=BOARD)
    sign_off(release, "Li Wei", "Director", "Cleared for release.", now=now - timedelta(hours=2))
    paragraphs = release.body.split("\n\n")
    paragraphs[0] = paragraphs[0].replace("today opened", "this morning opened", 1)
    if len(paragraphs) > 2:
        words = paragraphs[2].split(" ")
        paragraphs[2] = " ".join([*words[:8], "almost", *words[8:]])
    release.body = "\n\n".join(paragraphs)
    release.subheadline = release.subheadline.replace("doubles", "triples")
    target = folder / source.name
    document.save(release, target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("release", type=Path)
    parser.add_argument("output", type=Path, help="folder for the PNG files")
    parser.add_argument("--language", default="")
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    suffix = "-zh_CN" if args.language.startswith("zh") else ""
    work = Path(tempfile.mkdtemp())
    path = approved_copy(args.release, work)

    sheet = work / "sheet.pdf"
    release = document.load(path)
    release.body = document.load(args.release).body  # the sheet of the approved text
    release.subheadline = document.load(args.release).subheadline
    sheet.write_bytes(render_sheet(release, BOARD, "pdf"))
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(sheet),
                        str(args.output / f"signoff-sheet{suffix}")], check=True)

    app = QApplication(sys.argv[:1])
    install_translators(app, args.language)
    window = MainWindow(Settings())
    window.resize(1400, 900)
    if not window.open_path(path):
        return 2
    window.show()
    redline = args.output / f"changes-since-approval{suffix}.png"

    def open_redline() -> None:
        window.actions["changes_since_approval"].trigger()
        assert window.last_dialog is not None
        window.last_dialog.resize(820, 640)

    def shoot() -> None:
        dialog = window.last_dialog
        assert dialog is not None
        dialog.grab().save(str(redline))
        window.grab().save(str(args.output / f"editor-in-review{suffix}.png"))
        dialog.close()
        window.manager.modified = False
        window.close()

    QTimer.singleShot(1200, open_redline)
    QTimer.singleShot(2400, shoot)
    app.exec()
    shutil.rmtree(work, ignore_errors=True)
    print(redline)
    return 0 if redline.exists() else 1


if __name__ == "__main__":
    sys.exit(main())

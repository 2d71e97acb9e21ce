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
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.basics.i18n import install_translators
from releasedesk.render.words import is_chinese
from releasedesk.settings import Settings
from releasedesk.workflow import ApprovalPolicy

BOARD = ApprovalPolicy(signoffs=["Reviewer", "Legal", "Director"], required=True)
BOARD_ZH = ApprovalPolicy(signoffs=["审核", "法务", "主任"], required=True)


def approved_copy(source: Path, folder: Path) -> tuple[Path, ApprovalPolicy]:
    """The sample signed off by a reviewer and a director, then edited in a few words."""
    release = document.load(source)
    chinese = is_chinese(release.language)
    board = BOARD_ZH if chinese else BOARD
    now = datetime.now().astimezone().replace(microsecond=0)
    reviewer, _legal, director = board.signoffs
    sign_off(release, "王敏" if chinese else "Dana Whitlock", reviewer,
             "已核对时间表。" if chinese else "Facts checked against the timetable.",
             now=now - timedelta(hours=3), policy=board)
    sign_off(release, "李伟" if chinese else "Li Wei", director,
             "同意发布。" if chinese else "Cleared for release.", now=now - timedelta(hours=2))
    if chinese:
        release.body = release.body.replace("两百个", "两百五十个", 1).replace(
            "三条夜间线路", "四条夜间线路", 1)
    else:
        paragraphs = release.body.split("\n\n")
        paragraphs[0] = paragraphs[0].replace("today opened", "this morning opened", 1)
        if len(paragraphs) > 2:
            words = paragraphs[2].split(" ")
            paragraphs[2] = " ".join([*words[:8], "almost", *words[8:]])
        release.body = "\n\n".join(paragraphs)
        release.subheadline = release.subheadline.replace("doubles", "triples")
    target = folder / source.name
    document.save(release, target)
    return target, board


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("release", type=Path)
    parser.add_argument("output", type=Path, help="folder for the PNG files")
    parser.add_argument("--language", default="")
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    suffix = "-zh_CN" if args.language.startswith("zh") else ""
    work = Path(tempfile.mkdtemp())
    path, board = approved_copy(args.release, work)

    sheet = work / "sheet.pdf"
    release = document.load(path)
    release.body = document.load(args.release).body  # the sheet of the approved text
    release.subheadline = document.load(args.release).subheadline
    sheet.write_bytes(render_sheet(release, board, "pdf"))
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(sheet),
                        str(args.output / f"signoff-sheet{suffix}")], check=True)

    app = QApplication(sys.argv[:1])
    install_translators(app, args.language)
    window = MainWindow(Settings())
    window.resize(1400, 900)
    window.open_path(path)  # (goes on once opened: at once, nothing to ask)
    if window.manager.path is None:
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
        if not suffix:  # the editor itself, with the status bar saying why it is in review
            window.grab().save(str(args.output / "editor-in-review.png"))
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

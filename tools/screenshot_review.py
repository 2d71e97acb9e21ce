"""Screenshot of the review trip in the editor (make screenshot-review): a release sent for
review, marked up by two reviewers (tests/review_markup.py writes their tracked changes and
comments as Word does) and taken back with File ▸ Import Review…, one suggestion accepted.

Usage: PYTHONPATH=tests python tools/screenshot_review.py RELEASE OUT.png [--language zh_CN]
       [--size 1024x768]
Run it under Xvfb (xvfb-run).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from releasedesk import document
from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.basics import tasks
from releasedesk.gui.basics.i18n import install_translators
from releasedesk.review.sending import review_docx
from releasedesk.settings import Settings
from review_markup import DANA, LEE, Markup  # (tests/: PYTHONPATH=tests)

DIRECTOR = ("Ines Ward", "2026-03-04T16:20:00Z")


def marked_up(release_path: Path) -> bytes:
    """The release as sent for review, with a director's and a lawyer's changes."""
    release = document.load(release_path)
    m = Markup(review_docx(release, fingerprint(release)))
    headline, subheadline = release.headline, release.subheadline
    body = release.body.split("\n\n")

    def at(text: str, words: str) -> tuple[int, int]:
        start = text.find(words)
        return (start, start + len(words)) if start >= 0 else (0, 0)

    start, end = at(headline, "Opens")
    if end:
        m.delete("headline", start, end, who=DIRECTOR)
        m.insert("headline", end, "Welcomes First Passengers at", who=DIRECTOR)
    start, end = at(subheadline, "doubles")
    if end:
        m.delete("subheadline", start, end + 1, who=LEE)
        m.insert("subheadline", end + 1, "more than doubles ", who=LEE)
    start, end = at(body[0], "today ")
    if end:
        m.insert("body", end, "formally ", who=DANA)
    if len(body) > 1:
        m.delete_mark("body", 0, who=LEE)
    m.bold("headline", 0, 8, who=DIRECTOR)
    if release.contacts:
        m.insert("contact_0_role", 0, "Senior ", who=DANA)
        m.comment("contact_0_email", 0, 5, "Use the press desk address, please.", who=LEE)
    first = m.comment("headline", 0, 8, "Is this the authority's full legal name?", who=LEE)
    m.comment("headline", 0, 8, "Yes: checked against the charter.", who=DIRECTOR,
              reply_to=first, done=True)
    start, end = at(body[0], "shore power")
    if end:
        m.comment("body", start, end, "Say where the power comes from.", who=DIRECTOR)
    return m.bytes()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("release", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="en")
    parser.add_argument("--size", default="1600x950", help="the window's size, WIDTHxHEIGHT")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    install_translators(app, args.language)
    folder = Path(tempfile.mkdtemp(prefix="review-shot-"))
    story = folder / args.release.name
    story.write_bytes(args.release.read_bytes())
    reviewed = folder / f"{args.release.stem} reviewed.docx"
    reviewed.write_bytes(marked_up(story))
    window = MainWindow(Settings(ui_language=args.language))
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.open_path(story)
    window.review_trip().import_review(reviewed)  # (read on a worker: wait for it)
    while not tasks.idle():
        app.processEvents()
        tasks.pool().waitForDone(10)
    panel = window.review_trip().panel
    assert panel is not None
    panel.by.setText("Ines Ward")
    panel.accept_button.click()  # the first open suggestion accepted; the next one selected

    def shoot() -> None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.out))
        window.manager.modified = False
        app.quit()

    QTimer.singleShot(1500, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

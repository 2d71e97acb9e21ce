"""Review benchmark: whole-process `releasedesk import REVIEWED.docx --onto FILE --list` of a
fixed 5k-word release sent for review and marked up with 500 tracked changes (insertions,
deletions, one in ten a second reviewer's deletion of an insertion, paragraph breaks) and
50 comments, a run per word as Word writes it.

Run with `make bench`. Budget (issue 23, median on this machine): <= 1 s, the whole
process: start, read, map every change to its field, compare, print.

Then the editor's half: from the reading arriving on the GUI thread (File ▸ Import Review…
has read it on its worker) to the Suggestions panel shown, filled and painted, in an
offscreen window with the release open. Budget <= 300 ms, the median of RUNS.
"""

from __future__ import annotations

import io
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from bench_render import make_release  # the render benchmark's fixed releases
from releasedesk import document
from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.review import read_review
from releasedesk.review.sending import review_docx
from releasedesk.review.suggestions import read_against

BUDGET = 1.0
PANEL_BUDGET = 0.3
WORDS, CHANGES, COMMENTS = 5000, 500, 50
RUNS = 7
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PARAGRAPH = re.compile(r'(<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>(?:<w:bookmarkStart'
                        r'[^>]*/>)?)(<w:(?:r|hyperlink)[ >].*?)(<w:bookmarkEnd[^>]*/>)?</w:p>')
_TEXT = re.compile(r'<w:t(?: xml:space="preserve")?>([^<]*)</w:t>')


def _change(tag: str, number: int, inner: str, author: str = "Dana Reyes") -> str:
    return (f'<w:{tag} w:id="{number}" w:author="{author}" '
            f'w:date="2026-03-04T09:{number % 60:02d}:00Z">{inner}</w:{tag}>')


def _run(text: str, deleted: bool = False) -> str:
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def marked_up(data: bytes) -> bytes:
    """The for-review document with its body's words a run each, every tenth changed."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {i.filename: archive.read(i) for i in archive.infolist()}
    xml = parts["word/document.xml"].decode()
    state = {"word": 0, "changes": 0, "comments": 0}
    comments: list[str] = []

    def paragraph(match: re.Match[str]) -> str:
        # (a run per word: the body's bold, italic and links become plain runs, which
        # changes no text; its paragraphs of other styles, list items, stay as they are)
        lines = ["".join(_TEXT.findall(line)) for line in match.group(2).split("<w:br/>")]
        out = [match.group(1)]
        words = [word for number, line in enumerate(lines)
                 for word in ([None] if number else []) + re.findall(r"\s*\S+\s*", line)]
        for word in words:
            if word is None:  # a line break in the paragraph
                out.append("<w:r><w:br/></w:r>")
                continue
            state["word"] += 1
            n = state["word"]
            if n % 10 == 0 and state["changes"] < CHANGES:
                state["changes"] += 1
                kind = state["changes"] % 10
                if kind == 0:  # a second reviewer deletes an insertion
                    out.append(_run(word) + _change("ins", n, _change(
                        "del", n + 1, _run("very ", True), "Lee Park")))
                elif kind % 2:
                    out.append(_run(word) + _change("ins", n, _run("new ")))
                else:
                    out.append(_change("del", n, _run(word, True)))
                continue
            if n % 90 == 5 and state["comments"] < COMMENTS:
                number = state["comments"]
                state["comments"] += 1
                out.append(f'<w:commentRangeStart w:id="{number}"/>{_run(word)}'
                           f'<w:commentRangeEnd w:id="{number}"/><w:r><w:commentReference '
                           f'w:id="{number}"/></w:r>')
                comments.append(f'<w:comment w:id="{number}" w:author="Lee Park" '
                                f'w:date="2026-03-05T10:00:00Z"><w:p><w:r><w:t>Check '
                                f"this, please ({number + 1}).</w:t></w:r></w:p></w:comment>")
                continue
            out.append(_run(word))
        out.append((match.group(3) or "") + "</w:p>")
        return "".join(out)

    xml = _PARAGRAPH.sub(paragraph, xml)
    parts["word/document.xml"] = xml.encode()
    parts["word/comments.xml"] = (f'<w:comments xmlns:w="{W}">{"".join(comments)}'
                                  "</w:comments>").encode()
    rels = "word/_rels/document.xml.rels"
    parts[rels] = parts[rels].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/comments" Target="comments.xml"/></Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, part in parts.items():
            archive.writestr(name, part)
    return out.getvalue()


def whole_process(reviewed: Path, story: Path) -> float:
    command = [str(Path(sys.executable).with_name("releasedesk")), "import", str(reviewed),
               "--onto", str(story), "--list"]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def panel_shown(release: object, raw: bytes, folder: Path) -> list[float]:
    """Seconds from the reading's arrival to the panel painted, RUNS times (one window;
    each run shows the review anew, as a second File ▸ Import Review… does)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from releasedesk.gui.app.main_window import MainWindow
    from releasedesk.gui.dialogs.prompts import Prompts
    from releasedesk.recovery import RecoveryStore
    from releasedesk.settings import Settings

    app = QApplication.instance() or QApplication([])
    story = folder / "panel.release"
    document.save(release, story)  # type: ignore[arg-type]  # the sample is a release
    window = MainWindow(Settings(), Prompts(None), RecoveryStore(folder / "recovery"))
    window.resize(1600, 950)
    window.show()
    window.open_path(story)
    app.processEvents()
    opened = window.manager.release
    reading = read_against(read_review(raw, "reviewed.docx"), opened, fingerprint(opened),
                           raw, "reviewed.docx")
    times: list[float] = []
    for _ in range(RUNS + 1):  # (the first builds the panel and loads its modules)
        start = time.perf_counter()
        panel = window.review_trip().show_reading(reading, "reviewed.docx")
        panel.repaint()  # laid out and painted, not only scheduled
        app.processEvents()
        times.append(time.perf_counter() - start)
        assert len(panel.items) == len(reading.suggestions)
    window.manager.modified = False
    window.close()
    return times


def main() -> int:
    release = make_release(WORDS)
    raw = marked_up(review_docx(release, fingerprint(release)))
    review = read_review(raw, "reviewed.docx")
    reading = read_against(review, release, fingerprint(release), raw, "reviewed.docx")
    revisions, comments = len(review.revisions), len(review.comments)
    assert comments == COMMENTS and revisions >= CHANGES, (revisions, comments)
    assert all(x.changes for x in reading.suggestions)  # every word kept or tracked
    start = time.perf_counter()
    for _ in range(RUNS):
        read_against(read_review(raw, "reviewed.docx"), release, fingerprint(release), raw,
                     "reviewed.docx")
    in_process = (time.perf_counter() - start) / RUNS
    print(f"Whole process `releasedesk import REVIEWED.docx --onto FILE --list` (median of "
          f"{RUNS} runs after one warm-up): {WORDS} words, {revisions} tracked changes "
          f"({len(reading.suggestions)} suggestions), {comments} comments")
    with tempfile.TemporaryDirectory() as folder:
        story = Path(folder) / "story.release"
        document.save(release, story)
        reviewed = Path(folder) / "reviewed.docx"
        reviewed.write_bytes(raw)
        whole_process(reviewed, story)
        median = statistics.median(whole_process(reviewed, story) for _ in range(RUNS))
    verdict = "ok" if median <= BUDGET else "OVER"
    print(f"  {len(raw) // 1024} KB: {median * 1000:6.0f} ms   budget {BUDGET * 1000:.0f} ms: "
          f"{verdict}   (read and mapped in process: {in_process * 1000:.0f} ms)")
    with tempfile.TemporaryDirectory() as folder:
        times = panel_shown(release, raw, Path(folder))
    shown = statistics.median(times[1:])
    panel_verdict = "ok" if shown <= PANEL_BUDGET else "OVER"
    print(f"Editor: reading arrived -> Suggestions panel shown and painted (median of {RUNS} "
          f"after the first, {len(reading.suggestions)} suggestions, {comments} comments): "
          f"{shown * 1000:.0f} ms   budget {PANEL_BUDGET * 1000:.0f} ms: {panel_verdict}   "
          f"(first, building the panel: {times[0] * 1000:.0f} ms)")
    return 0 if median <= BUDGET and shown <= PANEL_BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())

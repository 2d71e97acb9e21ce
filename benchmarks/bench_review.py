"""Review benchmark: whole-process `releasedesk import REVIEWED.docx --onto FILE --list` of a
fixed 5k-word release sent for review and marked up with 500 tracked changes (insertions,
deletions, one in ten a second reviewer's deletion of an insertion, paragraph breaks) and
50 comments, a run per word as Word writes it.

Run with `make bench`. Budget (issue 23, median on this machine): <= 1 s, the whole
process: start, read, map every change to its field, compare, print.
"""

from __future__ import annotations

import io
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
WORDS, CHANGES, COMMENTS = 5000, 500, 50
RUNS = 7
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PARAGRAPH = re.compile(r'(<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>(?:<w:bookmarkStart'
                        r'[^>]*/>)?)<w:r>(.*?)</w:r>')
_TEXT = re.compile(r'<w:t xml:space="preserve">([^<]*)</w:t>')


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
    return 0 if median <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())

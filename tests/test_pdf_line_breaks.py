"""No line of the PDF ends early: a paragraph's line ends where its next word no longer fits.

WeasyPrint took a text that ends in a space (the words before an emphasis, a link or the
paragraph's end) as too wide for its line when it fitted only without that space, and
set its first word alone on the line ("passengers", then the rest on the next line);
render/pdf_spaces.py gives each such space an element of its own. Checked on the printed
PDF, as pdftotext reads it: over generated paragraphs of words, emphasis, strong words,
code and links, in every line of a paragraph but its last, the first word of the next
line would not have fitted after it (its width, and a space, past the text's right
edge). And the sample with emphasis and links in its body prints its About paragraph
as the print sheet alone lays it out.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from releasedesk import document
from releasedesk.exporting import draft_bytes
from releasedesk.render.pdf_spaces import _ONE_WORD, SPACE, spaces_apart
from releasedesk.render.pdf_style import page_margins_pt
from releasedesk.render.typesetting import LATIN, MM_PER_PT

from conftest import SAMPLES, need
from examples import examples
from helpers import make_release

X = "{http://www.w3.org/1999/xhtml}"
# Words of many widths, narrow letters and wide ones.
WORDS = ("a", "I", "of", "to", "it", "in", "ill", "lift", "quay", "ferry", "harbour",
         "Marrow", "island", "WWW", "mummy", "passengers", "community", "illicit",
         "Wednesday", "timetable", "minimum", "buoy", "berth", "tide", "MMM", "fill",
         "crossings", "departures", "Calloway", "jetty", "Mm", "it's", "3.2", "1921,")
# A line that ends this much short of the text's edge counts as ending early only if the
# next word (and a space) would have fitted in what is left: pdftotext's boxes are exact
# to a fraction of a point.
SLACK_PT = 0.75


def _words(draw: st.DrawFn, most: int) -> str:
    return " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=most)))


def _inline(draw: st.DrawFn) -> str:
    """Words in an emphasis, a strong emphasis, code or a link (whose address prints
    after it, or that is its address)."""
    text = _words(draw, 3)
    kind = draw(st.sampled_from(("em", "strong", "code", "link", "address")))
    if kind == "em":
        return f"*{text}*"
    if kind == "strong":
        return f"**{text}**"
    if kind == "code":
        return f"`{text}`"
    page = text.split()[0].strip(".,")
    if kind == "link":
        return f"[{text}](https://example.org/{page})"
    return f"[example.org/{page}](https://example.org/{page})"


@st.composite
def paragraphs(draw: st.DrawFn) -> list[str]:
    """Paragraphs of Markdown, the n-th starting with Start<n> and ending with End<n>:
    words, then an inline element, again and again. The words before an element end in a
    space, and those after it start with one or with a comma: a text that starts with a
    word (after a comma, or where a line broke it) and ends at its line's end is the one
    WeasyPrint cut after its first word."""
    out = []
    for number in range(draw(st.integers(3, 7))):
        runs = [f"{_words(draw, 24)} {_inline(draw)}{draw(st.sampled_from(('', ',')))}"
                for _ in range(draw(st.integers(6, 14)))]
        out.append(f"Start{number} " + " ".join(runs) + f" End{number}.")
    return out


def _rows(pdf: Path) -> list[list[tuple[float, float, float, str]]]:
    """The body's printed lines in reading order, each its words (left, right, height,
    text), from pdftotext's boxes; the page's margins (its foot) left out."""
    need("pdftotext", shutil.which("pdftotext") is not None, "Debian: poppler-utils")
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True,
                         text=True, timeout=120, check=True).stdout
    top, _, bottom, _ = page_margins_pt(LATIN)
    rows: list[list[tuple[float, float, float, str]]] = []
    for page in etree.fromstring(out.encode()).iter(f"{X}page"):
        height = float(page.get("height", 0))
        words = []
        for word in page.iter(f"{X}word"):
            y_min, y_max = float(word.get("yMin", 0)), float(word.get("yMax", 0))
            if top - 2 <= y_min and y_max <= height - bottom + 2:
                words.append(((y_min + y_max) / 2, float(word.get("xMin", 0)),
                              float(word.get("xMax", 0)), y_max - y_min, word.text or ""))
        # One line: words whose middles are within a third of a line's height (code's
        # face sits a little lower than the text's).
        line: list[tuple[float, float, float, float, str]] = []
        for word in sorted(words):
            if line and word[0] - line[0][0] > line[0][3] / 3:
                rows.append([w[1:] for w in sorted(line, key=lambda w: w[1])])
                line = []
            line.append(word)
        if line:
            rows.append([w[1:] for w in sorted(line, key=lambda w: w[1])])
    return rows


def early_lines(pdf: Path, paragraphs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each line of the *paragraphs* (each from the line with a word that is its first
    string to the line with a word ending in its second) but their last, after which the
    next line's first word would have fitted: (the line, that word)."""
    _, right, _, _ = page_margins_pt(LATIN)
    edge = LATIN.paper_mm[0] / MM_PER_PT - right
    rows = _rows(pdf)
    found: list[tuple[str, str]] = []
    for opening, ending in paragraphs:
        first = next(i for i, row in enumerate(rows) if any(w[3] == opening for w in row))
        last = next(i for i, row in enumerate(rows)
                    if i >= first and any(w[3].endswith(ending) for w in row))
        lines = rows[first:last + 1]
        gaps = [b[0] - a[1] for row in lines for a, b in pairwise(row)]
        space = max(gaps, default=0.0)
        for line, following in pairwise(lines):
            word = following[0]
            if line[-1][1] + space + (word[1] - word[0]) <= edge - SLACK_PT:
                found.append((" ".join(w[3] for w in line), word[3]))
    return found


FUNCTION_SCOPED = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


@settings(max_examples=examples(60, 40), deadline=None, suppress_health_check=FUNCTION_SCOPED)
@given(paragraphs())
def test_no_line_ends_before_its_next_word_would_not_fit(tmp_path: Path,
                                                         body: list[str]) -> None:
    pdf = tmp_path / "story.pdf"
    pdf.write_bytes(draft_bytes(make_release(body="\n\n".join(body), language="en"), "pdf"))
    assert early_lines(pdf, [(f"Start{n}", f"End{n}.") for n in range(len(body))]) == []


def test_the_samples_about_paragraph_is_not_broken_early(tmp_path: Path) -> None:
    """The sample whose About paragraph had 'passengers' alone on a line (on this
    machine's faces; the generated paragraphs above are the test wherever it runs)."""
    release = document.load(SAMPLES / "tidewater-ferry-terminal.release")
    pdf = tmp_path / "story.pdf"
    pdf.write_bytes(draft_bytes(release, "pdf"))
    assert early_lines(pdf, [("runs", "example.")]) == []


# -- the page as WeasyPrint is given it --------------------------------------------

@pytest.mark.parametrize(("body", "given"), [
    ("<p>more at <a href='x'>it</a>.</p>", f"<p>more at{SPACE}<a href='x'>it</a>.</p>"),
    ("<p>he said <strong>Ada</strong>, chief of it <em>x</em></p>",
     f"<p>he said{SPACE}<strong>Ada</strong>, chief of it{SPACE}<em>x</em></p>"),
    ("<p><em>the new <strong>online</strong></em></p>",
     f"<p><em>the new{SPACE}<strong>online</strong></em></p>"),
    ("<li>item text\n<ul>", f"<li>item text{SPACE}<ul>"),
    ("<p>the end \n</p>\n<p>next</p>", f"<p>the end{SPACE}</p>\n<p>next</p>"),
    ("<p>a b<br>\nb c</p>", "<p>a b<br>\nb c</p>"),
    ("<pre><code>kept here \n</code> \n</pre><p>x y </p>",
     f"<pre><code>kept here \n</code> \n</pre><p>x y{SPACE}</p>"),
    ("<p>a&nbsp;<em>b</em>\u00a0<em>c</em></p>", "<p>a&nbsp;<em>b</em>\u00a0<em>c</em></p>"),
    # (one word before an element: it fits its line whole or goes whole to the next)
    ("<p>Phone: <a>1</a><br>\nEmail: <a>e</a> at <em>x</em> it\u2019s <b>y</b></p>",
     "<p>Phone: <a>1</a><br>\nEmail: <a>e</a> at <em>x</em> it\u2019s <b>y</b></p>"),
])
def test_a_space_that_ends_a_text_gets_an_element_of_its_own(body: str, given: str) -> None:
    head = "<html><head><title>a b </title></head>"
    assert spaces_apart(f"{head}<body>{body}</body></html>") == \
        f"{head}<body>{given}</body></html>"


@settings(max_examples=examples(200, 60), deadline=None)
@given(st.text(alphabet="abcXYZ019'\u2019", min_size=1, max_size=12),
       st.sampled_from(("", ".", ",", ":", ";")),
       st.sampled_from(("en", "en-GB", "zh-CN", "ar", "he", None)))
def test_a_word_left_whole_has_no_break_inside(letters: str, mark: str,
                                               lang: str | None) -> None:
    """The one-word texts spaces_apart leaves alone: Pango may break a line nowhere
    inside such a word (so WeasyPrint has no first word of it to set alone)."""
    from weasyprint.text.line_break import can_break_text

    word = letters + mark
    assert _ONE_WORD.match(f" {word} ")
    assert not can_break_text(word, lang)
    assert not _ONE_WORD.match(f" {word}:0 ")


def _squashed(page: str) -> str:
    return re.sub(r"[ \t\n\r]+", " ", page)


@settings(max_examples=examples(300, 100), deadline=None)
@given(st.lists(st.one_of(st.sampled_from(("<em>", "</em>", "<a href='u'>", "</a>", "<br>",
                                           "<p>", "</p>", "<pre>", "</pre>")),
                          st.text(alphabet=" \n\tab\u00a0", max_size=8)), max_size=30))
def test_the_page_keeps_its_text_and_tags(pieces: list[str]) -> None:
    page = "<html><head></head><body>" + "".join(pieces) + "</body></html>"
    given = spaces_apart(page)
    # The same page, but that a space that ends a text is a space in a span of its own;
    # no text outside <pre> ends in a space after a word; and given again, it stays.
    assert _squashed(given.replace(SPACE, " ")) == _squashed(page)
    outside = re.sub(r"<pre>.*?(</pre>|$)", "<pre>", given.replace(SPACE, "<span></span>"),
                     flags=re.DOTALL)
    for text in re.split(r"<[^>]*>", outside):
        assert not re.search(r"[^ \t\n\r][ \t\n\r]+\Z", text) or _ONE_WORD.match(text), \
            given
    assert spaces_apart(given) == given

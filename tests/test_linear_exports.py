"""Hostile bodies cost time in proportion to their size (issue 22, point 11).

No timing asserts (the machine's speed drifts): each test counts the work that grew
quadratically before (text WeasyPrint lays out again, relationship scans in python-docx)
or checks the structure that keeps it linear, and that nothing is lost on the way.
benchmarks/bench_linear.py times the same bodies.
"""

from __future__ import annotations

import random
import re
import string
from pathlib import Path

import pytest

from releasedesk import document
from releasedesk.render import build_layout, export_bytes
from releasedesk.render.html_writer import render_page
from releasedesk.render.pdf_writer import RUN_BREAK, RUN_CHUNK, break_long_runs
from test_pdf_email import compact, poppler

from conftest import SAMPLES
from corpus import corpus, expected_texts
from helpers import make_release


def long_words(count: int, length: int = 800) -> list[str]:
    """*count* words of *length* random lower-case letters, the same every run."""
    rng = random.Random(count * length)
    return ["".join(rng.choices(string.ascii_lowercase, k=length)) for _ in range(count)]


def printed_page(body: str, **fields: str) -> tuple[str, str]:
    """The HTML page of a release with *body*, and that page as the PDF writer prints it."""
    page = render_page(build_layout(make_release(body=body, **fields)))
    return page, break_long_runs(page)


# -- PDF: over-long words ------------------------------------------------------------------


def test_normal_text_is_printed_exactly_as_the_page_says() -> None:
    releases = dict(corpus())
    releases.update({path.stem: document.load(path) for path in SAMPLES.glob("*.release")})
    releases["long but fitting words"] = make_release(
        body="Die Donaudampfschifffahrtsgesellschaftskapitänsmütze und das "
             "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz; "
             "pneumonoultramicroscopicsilicovolcanoconiosis; "
             "https://www.example.gov/transport/ferries/timetable.pdf "
             "[a long address](https://example.org/" + "a" * 300 + ")")
    for name, release in releases.items():
        page = render_page(build_layout(release))
        assert break_long_runs(page) == page, name


def test_over_long_words_get_a_break_opportunity_every_few_letters() -> None:
    words = long_words(5)
    page, printed = printed_page("Before. " + " ".join(words) + " ends here.")
    assert printed.replace(RUN_BREAK, "") == page  # nothing else changed
    for word in words:
        chunks = [word[i:i + RUN_CHUNK] for i in range(0, len(word), RUN_CHUNK)]
        assert RUN_BREAK.join(chunks) in printed
    assert "Before. " in printed and " ends here." in printed


def test_only_the_body_text_is_broken_not_the_head_or_the_tags() -> None:
    word = long_words(1, 300)[0]
    _, printed = printed_page(f"![{word}](photo.jpg) [{word}](https://example.org/{word})",
                                 headline=f"Headline {word}")
    head, body = printed.split("<body>")
    assert RUN_BREAK not in head  # the title, the metadata, the style sheet
    assert not re.findall(f"<[^>]*{RUN_BREAK}[^>]*>", body)  # attributes, addresses
    assert f"https://example.org/{word}" in body
    assert body.count(RUN_BREAK) >= 2 * (300 // RUN_CHUNK - 1)  # headline and link


def test_breaks_keep_entities_accents_and_emoji_whole() -> None:
    body = " ".join(["a&b<c>" * 40, "e\u0301" * 150, "👩\u200d👩\u200d👧🏽" * 40,
                     "\U0001f1e9\U0001f1ea" * 60, "x\ufe0f" * 120])
    page, printed = printed_page(body)
    assert printed.replace(RUN_BREAK, "") == page
    assert printed.count(RUN_BREAK) > 5 * 10
    assert not re.search(f"&[#a-z0-9]*{RUN_BREAK}", printed)  # inside &amp;
    for joined in ("\u0301", "\u200d", "\U0001f3fd", "\ufe0f"):
        assert RUN_BREAK + joined not in printed
    assert "\u200d" + RUN_BREAK not in printed
    assert printed.count("\U0001f1e9\U0001f1ea") == page.count("\U0001f1e9\U0001f1ea")


def test_no_break_spaces_do_not_hide_an_over_long_run() -> None:
    run = "\u00a0".join(["word"] * 50)  # joined: one run, no line may break inside it
    _, printed = printed_page(run)
    assert RUN_BREAK in printed


def test_weasyprint_lays_out_over_long_words_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, WeasyPrint laid out the rest of the paragraph again for each line of an
    over-long word: the text it laid out grew with the square of the body (10 words of
    800 letters: 112 times the body's length; 20 words: 215 times). Now it is a few
    times the body, whatever its length."""
    from weasyprint.text import line_break

    laid_out = [0]
    set_text = line_break.Layout.set_text

    def counting(self: object, text: str, justify: bool = False) -> None:
        laid_out[0] += len(text)
        set_text(self, text, justify)

    monkeypatch.setattr(line_break.Layout, "set_text", counting)
    ratios = []
    for count in (5, 10):
        body = " ".join(long_words(count))
        laid_out[0] = 0
        export_bytes(make_release(body=body), "pdf")
        ratios.append(laid_out[0] / len(body))
    assert max(ratios) < 10, ratios


def test_over_long_words_wrap_inside_the_page_with_every_letter(tmp_path: Path) -> None:
    words = long_words(6)
    release = make_release(body=" ".join(words) + " ends here.")
    pdf = tmp_path / "long-words.pdf"
    pdf.write_bytes(export_bytes(release, "pdf"))
    flat = compact(poppler("pdftotext", pdf, "-enc", "UTF-8"))
    # Without the foot of each page (its lines and number), which comes between letters.
    for line in expected_texts(release)["footer"]:
        flat = flat.replace(compact(line), "")
    flat = re.sub(r"\d+/\d+", "", flat)
    for word in words:
        assert word in flat
    assert "endshere." in flat
    boxes = poppler("pdftotext", pdf, "-bbox")
    width = float(re.search(r'<page width="([\d.]+)"', boxes)[1])  # type: ignore[index]
    right_edge = width - 20 * 72 / 25.4  # the @page margin
    rights = [float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes)]
    assert len(rights) > 6 * 800 // 100  # each word on several lines
    assert max(rights) <= right_edge + 1

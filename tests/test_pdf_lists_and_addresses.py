"""Two PDF page rules, checked on the printed PDF as pdftotext reads it (its words' boxes)
over generated releases:

- a list's last item never stands alone at the top of a page: it is on the page of the
  item before it (pdf_style: break-before: avoid on a list's last item);
- an address (a link's text that is one, and the address printed after a link) does not
  break at its hyphens when it fits on a line, as the web page keeps it whole ("calloway-"
  then "harbour.example/ferries" was printed; a line may still end after its slashes);
  one longer than a line still breaks, and no word of it runs past the text's right edge
  (pdf_addresses).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from releasedesk.exporting import draft_bytes
from releasedesk.render.pdf_addresses import JOINER, joined, keep_addresses
from releasedesk.render.pdf_style import page_margins_pt
from releasedesk.render.typesetting import LATIN, MM_PER_PT

from conftest import need
from examples import examples
from helpers import make_release

X = "{http://www.w3.org/1999/xhtml}"
WORDS = ("ferry", "harbour", "the", "island", "passengers", "timetable", "berth", "quay",
         "of", "a", "community", "crossings", "departures", "Calloway", "tide")
FUNCTION_SCOPED = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


def _words(pdf: Path) -> list[tuple[int, float, float, float, str]]:
    """Each printed word: (its page, its top, left and right edges, its text)."""
    need("pdftotext", shutil.which("pdftotext") is not None, "Debian: poppler-utils")
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True,
                         timeout=120, check=True).stdout
    found = []
    for number, page in enumerate(etree.fromstring(out).iter(f"{X}page")):
        for word in page.iter(f"{X}word"):
            found.append((number, float(word.get("yMin", 0)), float(word.get("xMin", 0)),
                          float(word.get("xMax", 0)), word.text or ""))
    return found


def _text(draw: st.DrawFn, low: int, high: int) -> str:
    return " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=low, max_size=high)))


HOSTS = ["calloway-harbour", "north-quay-ferries", "isle-of-tern", "x-y", "harbour"]
PATHS = ["ferries", "winter-timetable", "fares/2026-27", "", "a-b-c-d"]
LONG = ("calloway-harbour-board-island-ferry-service-timetables-and-fares.example/"
        "winter-timetable-2026-27/night-crossings-to-the-outer-islands-and-back")


@st.composite
def addresses(draw: st.DrawFn) -> str:
    host, path = draw(st.sampled_from(HOSTS)), draw(st.sampled_from(PATHS))
    return f"{host}.example/{path}" if path else f"{host}.example"


@st.composite
def bodies(draw: st.DrawFn) -> tuple[str, int, list[str]]:
    """A body of paragraphs of any length, each with an address (as a link's text, or as
    a link's address printed after it) where a line may end, and followed by a list whose
    items are one short line each, "Prev<n>" the one before the last, "Last<n>" the last:
    many lists, so that some end near a page's foot wherever the paragraphs leave them.
    Then an address longer than any line. With the number of lists and the addresses as
    they must print."""
    parts, printed = [], []
    lists = draw(st.integers(8, 14))
    for number in range(lists):
        address = draw(addresses())
        if draw(st.booleans()):
            link = f"[{address}](https://{address})"
            printed.append(address)
        else:
            link = f"[the timetable](https://{address})"
            printed.append(f"(https://{address})")
        # (words after the link: a paragraph that ends in a link's printed address may
        # break it early at a slash, WeasyPrint's own matter, left alone here)
        parts.append(f"{_text(draw, 1, 60)} {link} {_text(draw, 1, 30)}")
        items = [f"- item {_text(draw, 1, 3)}" for _ in range(draw(st.integers(0, 3)))]
        items += [f"- Prev{number} {_text(draw, 1, 3)}", f"- Last{number} {_text(draw, 1, 3)}"]
        parts.append("\n".join(items))
    parts.append(f"Longer than a line: [{LONG}](https://{LONG}) end.")
    return "\n\n".join(parts), lists, printed


@settings(max_examples=examples(40, 40), deadline=None, suppress_health_check=FUNCTION_SCOPED)
@given(bodies())
def test_lists_end_together_and_addresses_stay_whole(
        tmp_path: Path, body: tuple[str, int, list[str]]) -> None:
    markdown, lists, printed = body
    pdf = tmp_path / "story.pdf"
    pdf.write_bytes(draft_bytes(make_release(body=markdown, language="en"), "pdf"))
    words = _words(pdf)
    texts = [word[4] for word in words]
    # A list's last item is on the page of the item before it.
    pages = {word[4]: word[0] for word in words}
    for number in range(lists):
        assert pages[f"Last{number}"] == pages[f"Prev{number}"], number
    # No line ends at an address's hyphen (a line may still end after its slashes, as in
    # a browser); every address prints, and copies, as it is.
    start = next(i for i, text in enumerate(texts) if text == "line:")
    assert not [text for text in texts[:start] if text.endswith("-")], texts
    for address in printed:
        assert address in "".join(texts[:start]), (address, texts)
    assert JOINER not in "".join(texts)  # (it has no glyph: copied text is the address)
    # The long one breaks, and keeps every character; nothing passes the right edge.
    assert "".join(texts[start + 1:]).startswith(LONG)
    _, right, _, _ = page_margins_pt(LATIN)
    edge = LATIN.paper_mm[0] / MM_PER_PT - right
    assert max(word[3] for word in words) <= edge + 0.75


@given(st.lists(st.sampled_from(["-", "a", ".", "/", "@", " ", "<b>", "</b>", "x-"]),
                max_size=20).map("".join))
def test_keep_addresses_only_adds_joiners_after_hyphens(text: str) -> None:
    """Whatever a link's text holds, the page WeasyPrint is given reads the same once the
    joiners are taken out, and a joiner only ever follows a hyphen."""
    page = f'<html><body><p><a href="https://a-b.example">{text}</a> {text}</p></body></html>'
    kept, css = keep_addresses(page, 'a::after { content: " (" attr(href) ")"; }')
    assert kept.replace(JOINER, "").replace(' data-print-address="https://a-b.example"',
                                            "") == page
    assert all(kept[i - 1] == "-" for i, char in enumerate(kept) if char == JOINER)
    assert "attr(data-print-address)" in css
    assert joined("a-b").replace(JOINER, "") == "a-b"

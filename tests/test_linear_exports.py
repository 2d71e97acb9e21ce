"""Hostile bodies cost time in proportion to their size (issue 22, point 11).

No timing asserts (the machine's speed drifts): each test counts the work that grew
quadratically before (text WeasyPrint lays out again, relationship scans in python-docx)
or checks the structure that keeps it linear, and that nothing is lost on the way.
benchmarks/bench_linear.py times the same bodies.
"""

from __future__ import annotations

import io
import random
import re
import string
import zipfile
from pathlib import Path

import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from lxml import etree

from releasedesk import document
from releasedesk.exporting import draft_bytes, stylesheets
from releasedesk.model import FooterLine, Release
from releasedesk.render import build_layout
from releasedesk.render.html_writer import render_page
from releasedesk.render.pdf_writer import _BOX, RUN_BREAK, RUN_CHUNK, break_long_runs
from test_pdf_email import compact, poppler
from test_photo_exports import quick_photo, release_with

from conftest import SAMPLES
from corpus import corpus, expected_texts
from export_helpers import docx_hyperlinks, open_docx, paragraph_text
from helpers import make_release


def long_words(count: int, length: int = 800) -> list[str]:
    """*count* words of *length* random lower-case letters, the same every run."""
    rng = random.Random(count * length)
    return ["".join(rng.choices(string.ascii_lowercase, k=length)) for _ in range(count)]


def printed_page(body: str, **fields: str) -> tuple[str, str]:
    """The HTML page of a release with *body*, and that page as the PDF writer prints it."""
    page = render_page(build_layout(make_release(body=body, **fields)), stylesheets())
    assert "<span>" not in page  # (the page's own spans have classes)
    return page, break_long_runs(page)


def unbroken(printed: str) -> str:
    """A printed page without its breaks and the spans that box broken text."""
    return re.sub(r"<span>([^<]*)</span>", r"\1", printed.replace(RUN_BREAK, ""))


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
        page = render_page(build_layout(release), stylesheets())
        assert break_long_runs(page) == page, name


def test_over_long_words_get_a_break_opportunity_every_few_letters() -> None:
    words = long_words(5)
    page, printed = printed_page("Before. " + " ".join(words) + " ends here.")
    assert unbroken(printed) == page  # nothing else changed
    for word in words:
        chunks = [word[i:i + RUN_CHUNK] for i in range(0, len(word), RUN_CHUNK)]
        assert RUN_BREAK.join(chunks) in printed.replace("<span>", "").replace("</span>", "")
    assert "Before. " in printed and " ends here." in printed


def test_a_paragraph_of_broken_words_comes_in_short_boxes() -> None:
    """WeasyPrint encodes and decodes all of an inline box's text again for each of its
    lines: broken text comes in spans of about _BOX characters, each ending at a break."""
    page, printed = printed_page(" ".join(long_words(20)))
    texts = re.split(r"<[^>]*>", printed.split("<body>")[1])
    assert max(len(text) for text in texts) <= _BOX + 2 * (RUN_CHUNK + len(RUN_BREAK))
    assert printed.count("<span>") >= 20 * 800 // (_BOX + RUN_CHUNK + len(RUN_BREAK))
    boxes = re.findall(r"<span>([^<]*)</span>", printed)
    assert all(box.endswith(RUN_BREAK) for box in boxes[:-1])
    assert unbroken(printed) == page


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
    assert unbroken(printed) == page
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
        draft_bytes(make_release(body=body), "pdf")
        ratios.append(laid_out[0] / len(body))
    assert max(ratios) < 10, ratios


def test_over_long_words_wrap_inside_the_page_with_every_letter(tmp_path: Path) -> None:
    words = long_words(6)
    release = make_release(body=" ".join(words) + " ends here.")
    pdf = tmp_path / "long-words.pdf"
    pdf.write_bytes(draft_bytes(release, "pdf"))
    flat = compact(poppler("pdftotext", pdf, "-enc", "UTF-8"))
    # Without the foot of each page (its lines and number), which comes between letters.
    for line in expected_texts(release)["footer"]:
        flat = flat.replace(compact(line), "")
    flat = re.sub(r"\d+/\d+", "", flat)
    for word in words:
        assert word in flat
    assert "endshere." in flat
    boxes = poppler("pdftotext", pdf, "-bbox")
    width = float(re.search(r'<page width="([\d.]+)"', boxes)[1])  # type: ignore[index]  # no match fails the test, as it should
    right_edge = width - 20 * 72 / 25.4  # the @page margin
    rights = [float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes)]
    assert len(rights) > 6 * 800 // 100  # each word on several lines
    assert max(rights) <= right_edge + 1


# -- DOCX: many links, many line breaks ----------------------------------------------------


def links_body(count: int, addresses: int) -> tuple[str, list[str]]:
    """A paragraph of *count* links to *addresses* different addresses, and their targets."""
    hrefs = [f"https://example.org/{number % addresses}" for number in range(count)]
    return " ".join(f"[word {n}]({href})" for n, href in enumerate(hrefs)), hrefs


def test_docx_links_keep_their_targets_and_share_one_relationship_per_address() -> None:
    body, hrefs = links_body(3000, 1000)
    link = "https://example.org/footer"
    document = open_docx(make_release(body=body, footer=[FooterLine("Footer", link),
                                                         FooterLine("Again", link)]))
    targets = docx_hyperlinks(document)  # each r:id resolves to an external hyperlink
    assert targets[:len(hrefs)] == hrefs  # the contacts' links come after the body's
    paragraph = next(p for p in document.paragraphs if "word 0" in p.text)
    texts = ["".join(t.text for t in anchor.iter(qn("w:t")))
             for anchor in paragraph._p.iter(qn("w:hyperlink"))]
    assert texts == [f"word {n}" for n in range(3000)]
    rels = [rel for rel in document.part.rels.values()
            if rel.reltype == RELATIONSHIP_TYPE.HYPERLINK]
    assert sorted(rel.target_ref for rel in rels) == sorted(set(targets))  # one each
    footer = document.sections[0].footer
    footer_rels = [rel.target_ref for rel in footer.part.rels.values()
                   if rel.reltype == RELATIONSHIP_TYPE.HYPERLINK]
    assert footer_rels == [link]


def test_docx_relationship_scans_do_not_grow_with_the_links(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """python-docx finds a relationship by going through all of a part's relationships,
    and numbers a new one by trying rId1, rId2, …: once per link, that was N² for N links
    (50,000 links: 66 s). The writer now scans as often for 2,000 links as for 2."""
    from docx.opc.rel import Relationships

    scans = [0]
    get_matching = Relationships._get_matching
    next_id = Relationships._next_rId

    def counting_match(self: Relationships, *args: object, **kwargs: object) -> object:
        scans[0] += 1
        return get_matching(self, *args, **kwargs)  # type: ignore[arg-type]  # python-docx internals, untyped

    def counting_next(self: Relationships) -> str:
        scans[0] += 1
        return next_id.fget(self)  # type: ignore[attr-defined, no-any-return]  # python-docx internals, untyped

    monkeypatch.setattr(Relationships, "_get_matching", counting_match)
    monkeypatch.setattr(Relationships, "_next_rId", property(counting_next))
    counts = []
    for links in (2, 2000):
        scans[0] = 0
        draft_bytes(make_release(body=links_body(links, links)[0]), "docx")
        counts.append(scans[0])
    assert counts[0] == counts[1], counts


def docx_body_xml(release: Release) -> bytes:
    with zipfile.ZipFile(io.BytesIO(draft_bytes(release, "docx"))) as archive:
        return archive.read("word/document.xml")


def test_docx_body_is_parsed_with_the_document_not_moved_into_it() -> None:
    """lxml moves an element into another document in time quadratic in the names in it
    whose namespace it does not declare (30,000 links: each space between them is a run
    with xml:space). The body's paragraphs are parsed once, with the document's root."""
    from releasedesk.render.docx_writer import _DocxWriter

    writer = _DocxWriter(build_layout(make_release()))
    writer.paragraph("Normal", text=" spaced ")
    writer.paragraph("Normal", runs=[writer._hyperlink("https://example.org", [], False,
                                                       False)])
    before = writer.document.part.element
    writer._place_body()
    root = writer.document.part.element
    assert root is not before and writer.document.element is root
    body = root.body
    assert [element.tag for element in body] == [qn("w:p"), qn("w:p"), qn("w:sectPr")]
    assert [p.text for p in writer.document.paragraphs] == [" spaced ", ""]
    assert writer.document.sections[0].page_width  # python-docx reads the new root


def test_docx_declares_each_namespace_once_with_links_and_pictures() -> None:
    release = release_with(quick_photo("ferry", lead=True),
                           body=links_body(50, 50)[0] + "\n\nline  \n" * 50)
    xml = docx_body_xml(release)
    for prefix in (b"w", b"r", b"wp"):  # the root's; the picture's own stay on it
        assert xml.count(b"xmlns:" + prefix + b"=") == 1, prefix
    assert xml.count(b"<a:blip r:embed=") == 1


def test_docx_footer_paragraphs_bring_their_own_namespaces() -> None:
    """Footers are parsed apart and moved in: each paragraph declares its namespaces
    itself, so lxml moves it in linear time (and drops them, the footer's root has them)."""
    from releasedesk.render.docx_writer import _DocxWriter

    writer = _DocxWriter(build_layout(make_release()))
    writer.paragraph("Normal", text="one")
    elements = writer._flush(writer.out)
    assert elements[0].getparent().nsmap == {}  # type: ignore[attr-defined]  # python-docx internals, untyped
    assert all("w" in element.nsmap and "r" in element.nsmap  # type: ignore[attr-defined]  # python-docx internals, untyped
               for element in elements)
    document_ = open_docx(make_release(footer=[FooterLine("Linked", "https://example.org")]))
    footer = document_.sections[0].footer._element
    assert b"<w:p xmlns" not in etree.tostring(footer)


@pytest.mark.parametrize("mark", ["  ", "\\"])
def test_docx_keeps_every_hard_line_break(mark: str) -> None:
    lines = [f"line {number}" for number in range(3000)]
    document = open_docx(make_release(body=f"{mark}\n".join(lines)))
    paragraph = next(p for p in document.paragraphs if "line 0" in p.text)
    assert paragraph_text(paragraph).endswith(" " + "\n".join(lines))  # after the dateline
    assert len(paragraph._p.findall(f".//{qn('w:br')}")) == 2999

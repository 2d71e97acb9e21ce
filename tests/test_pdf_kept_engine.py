"""The PDF writer keeps what WeasyPrint would make anew for each export, and not a byte of a
PDF changes for it: its two style sheets parsed once (pdf_writer._Faces.sheet: handed to
WeasyPrint parsed, not in the page).

The reference is WeasyPrint on its own: the page with its <style> elements, a new font
configuration of WeasyPrint's. Every sample, English, Chinese
and right-to-left text, photos, lists, quotations, code, over-long words, both papers, each
house style shipped, and generated releases give the reference's bytes, whatever was
exported before them in the process."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from release_strategies import releases
from releasedesk import document
from releasedesk.exporting import export_context
from releasedesk.model import Release
from releasedesk.profiles import apply_profile, load_profile
from releasedesk.records import replace
from releasedesk.render import build_layout, pdf_writer
from releasedesk.render.context import ExportContext
from releasedesk.render.html_writer import render_page
from releasedesk.render.layout import Layout
from releasedesk.render.pdf_addresses import keep_addresses
from releasedesk.render.pdf_spaces import spaces_apart
from releasedesk.render.pdf_streams import finish_streams
from releasedesk.render.pdf_writer import PHOTO_BASE, break_long_runs, pdf_css, write_pdf
from test_pdf_kept_fonts import in_new_thread

from examples import examples
from helpers import make_release
from photo_files import photo

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
PROFILES, SAMPLES = RESOURCES / "profiles", RESOURCES / "samples"
RICH = ("Opening *words*, **bold** and a [link](https://example.org/a) and `code`.\n\n"
        "- one item\n- two **items**\n  - nested\n\n1. first\n2. second\n\n> A quotation "
        "long enough to run over a line or two of the page, as quotations in releases do.\n\n"
        "```\ncode block\n  indented\n```\n\n## A heading\n\nThe last paragraph, with a "
        + "harbourmastersofficeannex" * 4 + " in it.\n\n---\n\nAfter the rule.")
ZH_BODY = ("市渡轮公司今天宣布，新航线将于下月开通。**每日八班**，*票价不变*。\n\n- 每日八班\n"
           "- 票价不变\n\n> 引文一段。\n\n详见[时刻表](https://example.org/zh)。"
           + "港口渡轮新航线下月开通。" * 20)


def reference_pdf(layout: Layout, context: ExportContext) -> bytes:
    """The PDF WeasyPrint makes on its own: the page with its <style> elements, a new font
    configuration of its own (its streams compressed as ReleaseDesk's are:
    test_pdf_streams.py compares those with pydyf's own; its text's spaces apart as the
    writer gives them, pdf_spaces.py, and its addresses' hyphens joined, pdf_addresses.py)."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    config = FontConfiguration()
    page = spaces_apart(break_long_runs(render_page(layout, context.stylesheets,
                                                    pdf_css(layout.paper, layout),
                                                    running_footer=True)))
    page, _ = keep_addresses(page, "")
    html = weasyprint.HTML(string=page, base_url=PHOTO_BASE,
                           url_fetcher=pdf_writer.photo_fetcher(layout))
    pdf: bytes = html.write_pdf(pdf_variant="pdf/ua-1", font_config=config,
                                finisher=finish_streams)
    return pdf


def corpus() -> dict[str, Release]:
    made = {path.stem: document.load(path) for path in sorted(SAMPLES.glob("*.release"))}
    made["english"] = make_release(body=RICH)
    made["chinese"] = make_release(language="zh-CN", headline="港口渡轮新航线下月开通",
                                   body=ZH_BODY)
    made["letter"] = make_release(language="en-US", body=RICH)
    made["letter"].conventions.paper = "letter"
    made["photo"] = make_release(body=RICH + "\n\n![The quay](photo:harbour)")
    made["photo"].photos = [photo("harbour", 640, 480)]
    made["right to left"] = make_release(language="ar",
                                         body="مرحبا بالعالم " * 30 + "\n\nEnglish too.")
    for path in sorted(PROFILES.glob("*.json")):
        for base in ("english", "chinese"):
            release = copy.deepcopy(made[base])
            apply_profile(release, load_profile(path))
            made[f"{path.stem} on {base}"] = release
    return made


@pytest.fixture(scope="module")
def exported() -> dict[str, tuple[Layout, bytes]]:
    """Each release of the corpus and its PDF, exported one after another in one thread."""
    context = export_context(moment=None)
    return {name: (layout, write_pdf(layout, context))
            for name, layout in ((name, build_layout(release))
                                 for name, release in corpus().items())}


def test_the_corpus_covers_what_it_says(exported: dict[str, tuple[Layout, bytes]]) -> None:
    names = set(exported)
    assert len(names) == 4 + 5 + 2 * 4
    assert {layout.language for layout, _ in exported.values()} >= {"en", "zh-CN", "ar"}
    assert len({layout.type for layout, _ in exported.values()}) >= 3  # house settings
    assert {layout.paper for layout, _ in exported.values()} == {"a4", "letter"}


def test_every_release_of_the_corpus_is_the_pdf_weasyprint_makes_on_its_own(
        exported: dict[str, tuple[Layout, bytes]]) -> None:
    context = export_context(moment=None)
    differ = [name for name, (layout, pdf) in exported.items()
              if pdf != reference_pdf(layout, context)]
    assert differ == []


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(releases())
def test_a_generated_release_is_the_pdf_weasyprint_makes_on_its_own(release: Release) -> None:
    layout = build_layout(release)
    context = export_context(moment=None)
    assert write_pdf(layout, context) == reference_pdf(layout, context)


# -- the kept style sheets ---------------------------------------------------------------


@pytest.mark.parametrize("rule", ["@font-face { font-family: X; src: url(x.woff); }",
                                  "@counter-style thumbs { system: cyclic; symbols: x; }",
                                  "@layer base { p { color: red; } }",
                                  "@import url(more.css);"])
def test_a_sheet_holding_the_documents_state_stays_in_the_page(rule: str) -> None:
    with pdf_writer.lent_faces() as faces:
        assert faces.sheet(rule + "\np { margin: 0; }") is None
    layout = build_layout(make_release(body=RICH))
    sheets = export_context(moment=None).stylesheets
    context = ExportContext(stylesheets=replace(sheets, page=sheets.page + "\n" + rule))
    assert in_new_thread(lambda: write_pdf(layout, context)) == reference_pdf(layout, context)
    # (the font a page asks for stays in the configuration it is laid out with: that one
    # is the page's own, and the kept one still gives the reference's bytes)
    plain = export_context(moment=None)
    assert write_pdf(layout, plain) == reference_pdf(layout, plain)


def test_sheets_are_parsed_once_and_few_are_kept() -> None:
    with pdf_writer.lent_faces() as faces:
        first = faces.sheet("p { margin: 1pt; }")
        assert faces.sheet("p { margin: 1pt; }") is first
        for size in range(2, 2 + 2 * pdf_writer._SHEETS_KEPT):
            faces.sheet(f"p {{ margin: {size}pt; }}")
        assert len(faces.sheets) == pdf_writer._SHEETS_KEPT
        assert faces.sheet("p { margin: 1pt; }") is not first


# -- over-long runs: text without a long stretch is not searched --------------------------


def every_run_searched(page: str) -> str:
    """break_long_runs as it was before its pre-check (_MAYBE_RUN): every text searched."""
    start = page.find("<body>")
    pieces = pdf_writer._TAG.split(page[start:])
    for index in range(0, len(pieces), 2):
        broken = pdf_writer._RUN.sub(pdf_writer._broken_run, pieces[index])
        if broken != pieces[index]:
            pieces[index] = pdf_writer._boxed(broken)
    return page[:start] + "".join(pieces)


# Characters and entities that runs are made of, and what comes between runs.
RUN_UNITS = st.sampled_from(
    ["a", "W", "m", "i", "\u00a0", "&amp;", "&#8212;", "&lt;", "&", ";", "ü", "e\u0301",
     "\u200d", "🇫🇷", "-", "/", ".", "x" * 12, "harbourmaster", "W" * 10, "&amp;" * 4])
GAPS = st.sampled_from([" ", "\u3000", "\u2009", "\t", "\n", "港", "口渡轮", "<b>", "</b>",
                        '<a href="https://example.org/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">'])


@settings(max_examples=examples(400, 200), deadline=None)
@given(st.lists(st.tuples(st.lists(RUN_UNITS, max_size=40), GAPS), max_size=10))
def test_the_pre_check_breaks_every_run_it_broke_before(
        words: list[tuple[list[str], str]]) -> None:
    text = "".join("".join(units) + gap for units, gap in words)
    page = "<html><head><title>t</title></head><body><p>" + text + "</p></body>"
    assert break_long_runs(page) == every_run_searched(page)

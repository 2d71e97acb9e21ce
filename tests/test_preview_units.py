"""The preview's blocks come from the HTML writer as it writes them (issue 26, point 3).

The preview replaces only the top-level blocks of its document that changed. Where each
block begins and ends used to be found again by reading the writer's HTML with regular
expressions (``html_units_oracle.py``, kept here as the reference); the writer now records
each wrapper and block while it writes. Over generated releases (English, Chinese and
right-to-left text, headings, lists nested four deep, quotations holding lists, code,
rules, line breaks, photos placed in the body, contacts, a kind's block, a portal's parts,
footers, long paragraphs cut into short runs) the recorded blocks are exactly the ones the
regular expressions found, for the Web page and the Word page, and a block the writer calls
one paragraph is one block in Qt's document.
"""

from __future__ import annotations

from datetime import UTC, datetime
from random import Random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from html_units_oracle import split_units
from release_strategies import releases
from releasedesk.gui.basics.short_runs import short_runs
from releasedesk.gui.preview.preview_pane import CutBlocks, render_preview
from releasedesk.model import FooterLine, Release
from releasedesk.render.html_units import SplitHtml, Unit, Wrapper
from releasedesk.render.html_writer import HtmlOptions, article
from releasedesk.render.layout import build_layout
from releasedesk.resources import resource_text

from body_trees import markdown_bodies, snippet_bodies
from corpus import corpus

# Blocks a generated body is made of, beyond what release_strategies writes.
EXTRA_BLOCKS = (
    "```\nfenced code\n  <kept> & indented\n```", "    indented code\n    second line",
    "- one\n  - two\n    - three\n      - four", "> quoted\n>\n> - a list\n> - in it",
    "1. first\n\n   > a quotation in an item\n\n2. second", "***", "Hard break  \nafter it",
    "| a | table |\n|---|---|\n| is | a paragraph here |",  # (no tables in our dialect)
    "مرحبا بالعالم في الميناء", "שלום לנמל החדש", "港口夜市开放。" * 30,
    "A long paragraph of harbour words that runs on " * 12, "#### A fourth-level heading",
    "<b>raw html</b> stays text", "Entities &copy; and &#169;",
)


@st.composite
def preview_releases(draw: st.DrawFn) -> Release:
    """A generated release, its body mixed from several kinds of Markdown."""
    release = draw(releases())
    parts = [release.body,
             *draw(st.lists(st.one_of(markdown_bodies, snippet_bodies), max_size=2)),
             *draw(st.lists(st.sampled_from(EXTRA_BLOCKS), max_size=3))]
    order = draw(st.permutations(range(len(parts))))
    release.body = "\n\n".join(parts[at] for at in order)
    if draw(st.booleans()):
        release.boilerplate = draw(st.one_of(markdown_bodies, st.just(release.boilerplate)))
    release.end_mark = draw(st.sampled_from(("", "###", "-30-")))
    release.footer = draw(st.sampled_from((
        [], [FooterLine("Northgate Library Trust, 4 Quay Street")],
        [FooterLine("Press line +1 555 0100 200  Out of hours +1 555 0100 299"),
         FooterLine("trust.example", "https://trust.example/")])))
    if draw(st.booleans()):  # a portal's parts
        release.conventions.portal_fields = True
        release.conventions.print_summary = draw(st.booleans())
        release.lead_in = "引题：新桥工程"
        release.source = "芬霍洛区行政公署"
        release.author = "林晓"
        release.summary = "摘要内容。"
    if draw(st.booleans()):  # a media advisory: its name and its block
        release.kind = "advisory"
        release.event_what = "Opening of the seed library"
        release.event_start = datetime(2027, 3, 5, 10, tzinfo=UTC)
        release.event_zone = "UTC"
    return release


def oracle_units(split: SplitHtml) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(wrapper.tag for wrapper in unit.context), unit.html) for unit in split.units]


def assert_same_as_oracle(split: SplitHtml | None, html: str) -> None:
    """*split* has the blocks the regular expressions find in *html*, in its flat form, and
    calls a block one paragraph exactly where they do (a photo's paragraph aside: the
    writer does not know what a caller's figure is, and its blocks are counted)."""
    assert split is not None
    found = split_units(html)
    assert found is not None
    assert oracle_units(split) == [(unit.context, unit.html) for unit in found.units]
    assert split.flat == found.flat
    for unit, old in zip(split.units, found.units, strict=True):
        photo = unit.html.startswith('<p class="release-photo">')
        assert unit.single == (old.is_single_block and not photo), unit.html


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(preview_releases())
def test_the_writers_blocks_are_the_blocks_the_html_shows(release: Release) -> None:
    result = render_preview(release)
    # The Web page: the writer's own HTML, and as Qt is given it (long texts cut).
    assert_same_as_oracle(result.web_units, short_runs(result.web))
    layout = build_layout(release)
    made = article(layout, HtmlOptions(justify=layout.type.justify, units=True))
    if not layout.photos:  # (a <figure> is lines the old reading split apart)
        assert made.units is not None
        assert_same_as_oracle(made.units, made.html)
    # The Word page: the article without its footer, then the page's own foot.
    assert_same_as_oracle(result.word_units, short_runs(result.word))


def test_the_corpus_blocks_are_the_blocks_the_html_shows() -> None:
    for release in corpus().values():
        result = render_preview(release)
        assert_same_as_oracle(result.web_units, short_runs(result.web))
        assert_same_as_oracle(result.word_units, short_runs(result.word))


def test_recorded_blocks_leave_out_only_the_newlines_between_them() -> None:
    for name, release in corpus().items():
        made = article(build_layout(release), HtmlOptions(units=True))
        assert made.units is not None, name
        assert len(made.units.units) >= 2, name
        split = made.units
        written = [split.units[piece].html if isinstance(piece, int) else
                   piece.tag if isinstance(piece, Wrapper) else piece for piece in split.pieces]
        assert "".join(f"{text}\n" for text in written) == made.html, name
        assert split.flat == "".join(written), name
        assert article(build_layout(release)).units is None  # only when asked


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(preview_releases())
def test_a_block_the_writer_calls_one_paragraph_is_one_block_in_qt(
        qapp: QApplication, release: Release) -> None:
    result = render_preview(release)
    css = resource_text("css", "preview-web.css")
    for split in (result.web_units, result.word_units):
        for unit in split.units:
            if unit.single:
                document = QTextDocument()
                document.setDefaultStyleSheet(css)
                document.setHtml(unit.wrapped())
                assert document.blockCount() == 1, unit.html


def test_a_unit_is_wrapped_in_its_wrappers() -> None:
    made = article(build_layout(corpus()["nested-lists"]), HtmlOptions(units=True))
    assert made.units is not None
    body = next(unit for unit in made.units.units
                if [wrapper.name for wrapper in unit.context] == ["article", "div"])
    assert body.wrapped().startswith('<article class="press-release"')
    assert body.wrapped().endswith(body.html + "</div></article>")
    assert body.wrapped("<p>x</p>") == body.wrapped().replace(body.html, "<p>x</p>")
    assert isinstance(body, Unit)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(preview_releases(), min_size=1, max_size=2), st.randoms())
def test_blocks_cut_once_and_kept_are_cut_as_anew(versions: list[Release], rng: Random
                                                  ) -> None:
    """The preview keeps each block's short runs from one render to the next: a release
    rendered after others (some of its blocks the same) gets the blocks of a fresh cut."""
    cut = CutBlocks()
    for release in versions:
        for _ in range(3):
            kept = render_preview(release, cut=cut)
            fresh = render_preview(release)
            assert kept.web_units == fresh.web_units
            assert kept.word_units == fresh.word_units
            # a keystroke-sized change somewhere in the body, or an edit of a paragraph
            at = rng.randrange(len(release.body) + 1)
            edit = rng.choice(("q", " ", "\n\n", "**", "- "))
            release.body = release.body[:at] + edit + release.body[at:]

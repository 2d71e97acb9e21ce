"""One order of sections (render/sections.py), printed by every writer (issue 26, point 3).

Generated releases (English and Chinese, immediate and embargoed with the notice above the
headline or under the release line, portal parts or none, a media advisory's block or
none) carry a marker in each section; every format prints the markers in the order of the
sequence: the page, the fragment, the text, the Word document's paragraphs (its footer in
the page footer), the e-mail's text and HTML parts, the PDF's text and the preview's tabs.
And a kind of section that a writer does not know stops it loudly: no writer can leave a
section out silently.
"""

from __future__ import annotations

import email
import email.policy
import io
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from release_strategies import releases
from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.exporting import export_context, stamped
from releasedesk.model import FooterLine, Release
from releasedesk.records import record, replace
from releasedesk.render import docx_writer, format_of, html_writer, sections, text_writer
from releasedesk.render.layout import Layout, build_layout
from releasedesk.render.sections import SECTION_TYPES, UnknownSection, flat_sections

from export_helpers import paragraph_text

MOMENT = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


@st.composite
def marked_releases(draw: st.DrawFn) -> Release:
    """A generated release with a marker in each section that can hold one."""
    release = draw(releases())
    conventions = release.conventions
    conventions.status_line = draw(st.booleans())
    conventions.words = {"immediate": "QQIMMEDIATE", "embargoed": "QQEMBARGO {when}"}
    conventions.release_line = "QQRELEASED {date}"
    release.release_date = release.release_date or date(2027, 1, 5)
    conventions.embargo_position = draw(st.sampled_from(("top", "after_release_line")))
    release.headline = f"QQHEADLINE {release.headline}"
    if release.subheadline:
        release.subheadline = f"QQSUB {release.subheadline}"
    release.body = f"QQBODY {release.body}"
    if release.contacts:
        release.contacts[0].name = "QQCONTACT"
    release.boilerplate = f"QQABOUT {release.boilerplate}"
    release.end_mark = draw(st.sampled_from(("", "QQEND")))
    release.footer = draw(st.sampled_from(([], [FooterLine("QQFOOTER")])))
    if draw(st.booleans()):  # a portal's parts (a Chinese release has them anyway)
        conventions.portal_fields = True
        conventions.print_summary = draw(st.booleans())
        release.lead_in = "QQLEADIN"
        release.source = "QQSOURCE"
        release.author = "QQAUTHOR"
        release.summary = "QQSUMMARY"
        conventions.sponsor = draw(st.sampled_from(("", "QQSPONSOR")))
    if draw(st.booleans()):  # a media advisory: its name above the headline, its block
        release.kind = "advisory"
        release.event_what = "QQEVENT"
        release.event_start = datetime(2027, 3, 5, 10, tzinfo=UTC)
        release.event_zone = "UTC"
    return release


def marker(section: sections.HeaderPart | sections.Section, layout: Layout) -> str | None:
    """The marker a section prints (None: one that holds none of its own)."""
    if isinstance(section, sections.Status):  # (the words "until further notice": its own)
        return next((m for m in ("QQEMBARGO", "QQIMMEDIATE") if m in section.line.text),
                    section.line.text)
    if isinstance(section, sections.Released):
        return "QQSOURCE" if "QQSOURCE" in section.line.text else "QQRELEASED"
    if isinstance(section, sections.Footer):
        return "QQFOOTER" if section.lines else "QQSPONSOR"
    if isinstance(section, sections.KindName):
        return section.text  # the kind's own name ("MEDIA ADVISORY")
    return {sections.Headline: "QQHEADLINE", sections.Subheadline: "QQSUB",
            sections.LeadIn: "QQLEADIN", sections.Summary: "QQSUMMARY",
            sections.KindBlock: "QQEVENT", sections.Body: "QQBODY",
            sections.Credits: "QQAUTHOR", sections.Contacts: "QQCONTACT",
            sections.About: "QQABOUT", sections.EndMark: "QQEND"}.get(type(section))


def expected_markers(layout: Layout) -> list[str]:
    found = [marker(section, layout) for section in flat_sections(layout)]
    return [text for text in found if text is not None]


def assert_in_order(text: str, markers: list[str], where: str) -> None:
    places = []
    for name in markers:
        assert name in text, f"{where}: {name} is missing"
        places.append(text.index(name))
    assert places == sorted(places), \
        f"{where}: {[m for _, m in sorted(zip(places, markers, strict=True))]} != {markers}"


def tag_free(html: str) -> str:
    """The text of *html* after its <body> (or all of it), tags dropped (their attributes
    name the title too)."""
    start = html.find("<body")
    return re.sub(r"<[^>]*>", "", html[start:] if start >= 0 else html)


def docx_texts(data: bytes) -> tuple[str, str]:
    """(the body's paragraphs, the page footer's), each joined by newlines."""
    document = docx.Document(io.BytesIO(data))
    body = "\n".join(paragraph_text(p) for p in document.paragraphs)
    footer = "\n".join(paragraph_text(p) for p in document.sections[0].footer.paragraphs)
    return body, footer


def eml_parts(data: bytes) -> tuple[str, str]:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None and html is not None
    return text.get_content(), html.get_content()


def written(layout: Layout, fmt: str) -> bytes:
    return format_of(fmt).write(replace(layout), export_context(MOMENT))


def assert_writers_keep_the_order(layout: Layout) -> None:
    markers = expected_markers(layout)
    assert "QQHEADLINE" in markers and "QQBODY" in markers
    assert_in_order(tag_free(written(layout, "html").decode("utf-8")), markers, "page")
    assert_in_order(tag_free(written(layout, "fragment").decode("utf-8")), markers, "fragment")
    assert_in_order(written(layout, "txt").decode("utf-8"), markers, "text")
    text_part, html_part = eml_parts(written(layout, "eml"))
    assert_in_order(text_part, markers, "e-mail text")
    assert_in_order(tag_free(html_part), markers, "e-mail HTML")
    # Word: the footer in the page footer, every other section in the body, in order.
    body, page_footer = docx_texts(written(layout, "docx"))
    footer = [m for m in markers if m in ("QQFOOTER", "QQSPONSOR")]
    assert_in_order(body, [m for m in markers if m not in footer], "Word body")
    assert_in_order(page_footer, footer, "Word page footer")


def assert_pdf_keeps_the_order(layout: Layout, folder: Path) -> None:
    markers = expected_markers(layout)
    pdf = folder / "release.pdf"
    pdf.write_bytes(written(layout, "pdf"))
    pages = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                           capture_output=True, text=True).stdout.split("\f")
    pages = [page for page in pages if page.strip()]
    # The footer runs in every page's foot, after the page's text.
    footer = [m for m in markers if m in ("QQFOOTER", "QQSPONSOR")]
    assert_in_order("".join(pages), [m for m in markers if m not in footer], "PDF")
    for page in pages:
        assert_in_order(page, footer, "PDF page foot")


def full_release(chinese: bool, late: bool) -> Release:
    """A release with every kind of section: a portal's parts, an advisory's block, the
    embargo notice above the headline or under the release line."""
    from helpers import make_release

    release = make_release(language="zh-CN" if chinese else "en")
    release.conventions.words = {"immediate": "QQIMMEDIATE", "embargoed": "QQEMBARGO {when}"}
    release.conventions.release_line = "QQRELEASED {date}"
    release.conventions.portal_fields = release.conventions.print_summary = True
    release.conventions.sponsor = "QQSPONSOR"
    release.headline, release.subheadline = "QQHEADLINE one", "QQSUB two"
    release.body, release.boilerplate = "QQBODY three", "QQABOUT four"
    release.contacts[0].name, release.end_mark = "QQCONTACT", "QQEND"
    release.footer = [FooterLine("QQFOOTER")]
    release.lead_in, release.source, release.author = "QQLEADIN", "QQSOURCE", "QQAUTHOR"
    release.summary = "QQSUMMARY"
    release.status, release.embargo_until = "embargoed", datetime(2027, 1, 2, 9, tzinfo=UTC)
    release.conventions.embargo_position = "after_release_line" if late else "top"
    release.kind, release.event_what = "advisory", "QQEVENT"
    release.event_start = datetime(2027, 3, 5, 10, tzinfo=UTC)
    return release


FULL = [(chinese, late) for chinese in (False, True) for late in (False, True)]


@pytest.mark.parametrize(("chinese", "late"), FULL)
def test_a_release_with_every_kind_of_section_prints_them_in_order(chinese: bool,
                                                                    late: bool) -> None:
    layout = stamped(full_release(chinese, late))
    kinds = {type(section) for section in flat_sections(layout)}
    assert kinds == set(SECTION_TYPES) - {sections.Header}
    assert_writers_keep_the_order(layout)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_the_pdf_of_a_release_with_every_kind_of_section_prints_them_in_order(
        tmp_path: Path) -> None:
    assert_pdf_keeps_the_order(stamped(full_release(False, True)), tmp_path)


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(marked_releases())
def test_every_writer_prints_the_sections_in_the_sequence_s_order(release: Release) -> None:
    assert_writers_keep_the_order(stamped(release))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(marked_releases())
def test_the_pdf_prints_the_sections_in_the_sequence_s_order(
        tmp_path_factory: pytest.TempPathFactory, release: Release) -> None:
    assert_pdf_keeps_the_order(stamped(release), tmp_path_factory.mktemp("pdf"))


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(marked_releases())
def test_the_preview_shows_the_sections_in_the_sequence_s_order(release: Release) -> None:
    from releasedesk.gui.preview.preview_pane import render_preview

    markers = expected_markers(build_layout(release))
    result = render_preview(release)
    assert_in_order(tag_free(result.web), markers, "preview, web")
    assert_in_order(result.text, markers, "preview, text")
    assert_in_order(tag_free(result.word), markers, "preview, Word page")  # (footer last)


# -- a kind of section no writer knows --------------------------------------------------

@record(frozen=True)
class Sidebar:
    """A kind of section added to the sequence, that no writer renders yet."""

    text: str


def _with_sidebar(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every module that walks the sequence gets it with a Sidebar before the body."""
    original = sections.sections

    def more(layout: Layout) -> Iterator[sections.Section | Sidebar]:
        for section in original(layout):
            if isinstance(section, sections.Body):
                yield Sidebar("QQSIDEBAR")
            yield section

    for module in (sections, html_writer, text_writer, docx_writer):
        monkeypatch.setattr(module, "sections", more)


def _writer(fmt: str) -> Callable[[Layout], object]:
    return lambda layout: written(layout, fmt)


# Every writer that walks the sections (the calendar file holds only an advisory's event).
WRITERS: dict[str, Callable[[Layout], object]] = {
    fmt: _writer(fmt) for fmt in ("html", "fragment", "txt", "docx", "eml", "pdf", "package")}
WRITERS["fingerprint"] = lambda layout: fingerprint(Release(), layout)


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_section_a_writer_does_not_know_stops_it_loudly(
        writer: str, monkeypatch: pytest.MonkeyPatch) -> None:
    layout = stamped(_plain())
    _with_sidebar(monkeypatch)
    with pytest.raises(UnknownSection, match="no rendering for Sidebar"):
        WRITERS[writer](layout)


def test_the_preview_stops_loudly_too(monkeypatch: pytest.MonkeyPatch) -> None:
    from releasedesk.gui.preview.preview_pane import render_preview

    _with_sidebar(monkeypatch)
    with pytest.raises(UnknownSection, match="no rendering for Sidebar"):
        render_preview(_plain())


def _plain() -> Release:
    from helpers import make_release

    return make_release()


def test_each_writer_s_renderers_cover_every_kind_of_section() -> None:
    layout = build_layout(_plain())
    tables = {
        "text": text_writer.text_renderers(text_writer._TextWriter(None, layout.words), layout),
        "HTML": html_writer._HtmlWriter(layout, html_writer.HtmlOptions()).renderers,
        "Word": docx_writer._DocxWriter(layout).renderers(),
    }
    for name, table in tables.items():
        assert table.missing() == [], name
    assert set(SECTION_TYPES) >= {type(s) for s in flat_sections(layout)}


def test_the_sequence_is_the_print_order_of_the_layout_s_parts() -> None:
    """The sequence itself, on a release with every part: the one statement of the order."""
    release = _plain()
    release.conventions.portal_fields = release.conventions.print_summary = True
    release.lead_in, release.source, release.author = "QQLEADIN", "QQSOURCE", "QQAUTHOR"
    release.summary = "QQSUMMARY"
    release.status, release.embargo_until = "embargoed", datetime(2027, 1, 2, 9, tzinfo=UTC)
    release.conventions.embargo_position = "after_release_line"
    release.kind, release.event_what = "advisory", "QQEVENT"
    release.event_start = datetime(2027, 3, 5, 10, tzinfo=UTC)
    names = [type(section).__name__ for section in flat_sections(build_layout(release))]
    assert names == ["KindName", "LeadIn", "Headline", "Subheadline", "Released", "Status",
                     "Summary", "KindBlock", "Body", "Credits", "Contacts", "About",
                     "EndMark", "Footer"]
    release.conventions.embargo_position = "top"
    names = [type(section).__name__ for section in flat_sections(build_layout(release))]
    assert names[:3] == ["Status", "KindName", "LeadIn"]


def test_the_order_check_can_fail() -> None:
    assert tag_free('<html><head><title>A</title></head><body><p title="B">C</p>') == "C"
    with pytest.raises(AssertionError):
        assert_in_order("b a", ["a", "b"], "x")

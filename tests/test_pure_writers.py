"""Writers are pure (issue 26, point 4): ``write_<format>(layout, context) -> bytes``.

The layout is the release as it prints; the context (render/context.py) is everything
else a writer needs: the style sheets' text, the moment of export, the text's width. It
is made once per export by exporting.export_context, where the clock is read and
SOURCE_DATE_EPOCH honoured; no writer reads the clock, a file, a setting or the
environment, so the same release and context give the same bytes in every format, over
generated releases, whatever the clock and SOURCE_DATE_EPOCH say when the writer runs.
(tests/test_writers_read_nothing.py reads render/'s source for such reads.)
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QPageSize, QPdfWriter
from PySide6.QtWidgets import QApplication

from release_strategies import releases
from releasedesk import export_time, exporting, resources
from releasedesk.errors import ReleaseDeskError
from releasedesk.exporting import export_context, stamped, stylesheets
from releasedesk.model import Release
from releasedesk.records import replace
from releasedesk.render import FORMATS, KIND_FORMATS, ExportContext, build_layout, format_of
from releasedesk.render.context import Stylesheets
from releasedesk.render.ics_writer import utc_stamp, write_ics

from examples import examples
from helpers import make_release
from photo_files import photo

MOMENT = datetime(2027, 1, 1, 9, 30, tzinfo=UTC)
# Every format a release of any kind has, and the formats of the determinism property
# (the PDF apart: WeasyPrint takes a second a release, so it draws few examples).
QUICK = ("html", "fragment", "txt", "eml", "docx", "package")


def advisory() -> Release:
    release = make_release(kind="advisory", event_what="Opening of the north quay",
                           event_start=datetime(2027, 3, 5, 10, tzinfo=UTC), event_zone="UTC",
                           id="5f0c7d7e-0b1c-4d7b-9a57-8d1d0f6f1a11")
    release.photos = [photo("harbour", 640, 480)]
    release.body += "\n\n![The quay](photo:harbour)"
    return release


def _no_clock() -> datetime:
    raise AssertionError("a writer asked the clock")


def _no_file(*parts: str) -> str:
    raise AssertionError(f"a writer read {'/'.join(parts)}")


@contextlib.contextmanager
def changed_world() -> Iterator[None]:
    """The clock, SOURCE_DATE_EPOCH and the shipped style sheets made to say something
    else (or to refuse) while a writer runs: one that read any of them would write other
    bytes or fail."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1900000000")
        patch.setattr(export_time, "export_moment", _no_clock)
        patch.setattr(exporting, "export_moment", _no_clock)
        patch.setattr(resources, "resource_text", _no_file)
        yield


@pytest.fixture(autouse=True)
def _epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1798761600")


def written(release: Release, fmt: str, context: ExportContext) -> bytes:
    """One export of *release* in *fmt*, laid out afresh (its own photo copies)."""
    return format_of(fmt).write(replace(stamped(release), export_stem="story"), context)


@pytest.mark.parametrize("fmt", sorted([*FORMATS, *KIND_FORMATS]))
def test_a_layout_and_its_context_give_the_same_bytes_whatever_the_clock_says(
        fmt: str) -> None:
    layout = stamped(advisory())
    context = export_context(MOMENT, wrap=60)
    first = format_of(fmt).write(replace(layout), context)
    with changed_world():
        assert format_of(fmt).write(replace(layout), context) == first


FUNCTION_SCOPED = [HealthCheck.too_slow]


@settings(max_examples=examples(20, 20), deadline=None, suppress_health_check=FUNCTION_SCOPED)
@given(releases(), st.sampled_from((None, 0, 40, 72)))
def test_a_generated_release_is_the_same_bytes_exported_twice_in_every_format(
        release: Release, wrap: int | None) -> None:
    context = export_context(wrap=wrap)  # now: SOURCE_DATE_EPOCH, from the fixture
    first = {fmt: written(release, fmt, context) for fmt in QUICK}
    with changed_world():
        second = {fmt: written(release, fmt, context) for fmt in QUICK}
    assert [fmt for fmt in QUICK if first[fmt] != second[fmt]] == []
    assert all(first[fmt] for fmt in QUICK)


@settings(max_examples=3, deadline=None, suppress_health_check=FUNCTION_SCOPED)
@given(releases())
def test_a_generated_release_is_the_same_pdf_exported_twice(release: Release) -> None:
    context = export_context()
    first = written(release, "pdf", context)
    with changed_world():
        assert written(release, "pdf", context) == first
    assert first.startswith(b"%PDF-")


@settings(max_examples=examples(40, 40), deadline=None)
@given(st.integers(315_532_800, 4_102_444_800), st.booleans())
def test_the_context_s_moment_is_made_where_the_context_is_from_source_date_epoch(
        seconds: int, padded: bool) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", f" {seconds} " if padded else str(seconds))
        context = export_context(wrap=72)
    assert context.moment == datetime.fromtimestamp(seconds, UTC)
    assert context.wrap == 72 and context.stylesheets == stylesheets()


@settings(max_examples=examples(60, 40), deadline=None)
@given(st.one_of(
    st.text(min_size=1, max_size=14).filter(lambda t: "\x00" not in t and t.strip() and not (
        t.strip().isascii() and t.strip().isdigit() and len(t.strip()) <= 11)),
    st.integers(253_402_300_800, 10**15).map(str)))
def test_a_source_date_epoch_that_is_no_moment_is_refused_in_one_sentence(value: str) -> None:
    """Reproducible-builds.org: a malformed SOURCE_DATE_EPOCH stops the build. It was read
    as "not set", so the exports silently took the clock and stopped being reproducible."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", value)
        with pytest.raises(ReleaseDeskError) as raised:
            export_context(wrap=72)
    sentence = str(raised.value)
    assert sentence.startswith("SOURCE_DATE_EPOCH is") and "\n" not in sentence


def test_without_source_date_epoch_the_moment_is_the_clock_s_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    asked: list[datetime] = []

    def clock() -> datetime:
        asked.append(datetime(2031, 5, 6, 7, 8, 9, tzinfo=UTC))
        return asked[-1]

    monkeypatch.setattr(exporting, "export_moment", clock)
    assert export_context().moment == asked[0] and len(asked) == 1
    assert export_context(None).moment is None and len(asked) == 1  # (the preview's)
    assert export_context(MOMENT).moment == MOMENT and len(asked) == 1


def test_the_page_s_style_comes_from_the_context_not_from_the_disk() -> None:
    """A context's style sheets are what the page inlines; the files are read only where
    the context is made."""
    release = advisory()
    planted = Stylesheets(page=".planted-page{}", photos=".planted-photos{}",
                          kinds=".planted-kinds{}")
    for fmt in ("html", "package"):
        with changed_world():
            data = written(release, fmt, ExportContext(stylesheets=planted, moment=MOMENT))
        if fmt == "package":
            data = zipfile.ZipFile(io.BytesIO(data)).read("story/story.html")
        page = data.decode("utf-8")
        for rule in (".planted-page{}", ".planted-photos{}", ".planted-kinds{}"):
            assert rule in page, (fmt, rule)


@settings(max_examples=40, deadline=None)
@given(st.datetimes(datetime(1990, 1, 1), datetime(2090, 1, 1)),
       st.integers(-12 * 60, 14 * 60))
def test_the_calendar_file_is_stamped_with_the_context_s_moment(moment: datetime,
                                                                offset: int) -> None:
    moment = moment.replace(microsecond=0, tzinfo=timezone(timedelta(minutes=offset)))
    data = write_ics(stamped(advisory()), ExportContext(moment=moment))
    assert f"DTSTAMP:{utc_stamp(moment)}\r\n".encode() in data


def test_a_context_without_a_moment_names_no_time_of_its_own() -> None:
    data = write_ics(build_layout(advisory()), ExportContext())
    assert b"DTSTAMP:19800101T000000Z\r\n" in data


def test_the_printout_s_page_footer_carries_a_portal_s_footer(qapp: QApplication,
                                                              tmp_path: Path) -> None:
    from releasedesk.gui.preview.printing import _documents

    release = make_release()
    release.conventions.portal_fields = True
    release.conventions.sponsor, release.conventions.icp = "Harbour Board", "ICP 12345"
    writer = QPdfWriter(str(tmp_path / "printout.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    article, footer = _documents(release, writer)
    text = footer.toPlainText()
    standard = [line.text for line in release.footer]
    assert all(line in text for line in standard)
    assert "Harbour Board" in text and "ICP 12345" in text
    # The standard lines first, then the portal's, as the Word document's page footer.
    assert text.index(standard[-1]) < text.index("Harbour Board")
    assert "Harbour Board" not in article.toPlainText()  # (in the page footer only)


def test_the_preview_asks_no_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    from releasedesk import exporting
    from releasedesk.gui.preview.preview_pane import render_preview

    monkeypatch.setattr(exporting, "export_moment", _no_clock)
    monkeypatch.setattr(export_time, "export_moment", _no_clock)
    result = render_preview(advisory())
    assert "Opening of the north quay" in result.text

"""Writers are pure (issue 26, point 4): a stamped layout is their only input. The moment
of export is taken once, by exporting.stamped; no writer reads the clock, so the same
layout gives the same bytes whatever the clock or SOURCE_DATE_EPOCH say when it is
written, the calendar file included."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QPageSize, QPdfWriter
from PySide6.QtWidgets import QApplication

from releasedesk import export_time
from releasedesk.exporting import stamped
from releasedesk.model import Release
from releasedesk.records import replace
from releasedesk.render import FORMATS, KIND_FORMATS, build_layout, format_of
from releasedesk.render.ics_writer import render_ics, utc_stamp

from helpers import make_release
from photo_files import photo

MOMENT = datetime(2027, 1, 1, 9, 30, tzinfo=UTC)


def advisory() -> Release:
    release = make_release(kind="advisory", event_what="Opening of the north quay",
                           event_start=datetime(2027, 3, 5, 10, tzinfo=UTC), event_zone="UTC",
                           id="5f0c7d7e-0b1c-4d7b-9a57-8d1d0f6f1a11")
    release.photos = [photo("harbour", 640, 480)]
    release.body += "\n\n![The quay](photo:harbour)"
    return release


def _no_clock() -> datetime:
    raise AssertionError("a writer asked the clock")


@pytest.mark.parametrize("fmt", sorted([*FORMATS, *KIND_FORMATS]))
def test_a_stamped_layout_gives_the_same_bytes_whatever_the_clock_says(
        fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    layout = stamped(advisory(), moment=MOMENT)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1798761600")
    first = format_of(fmt).write(replace(layout), None)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1900000000")
    monkeypatch.setattr(export_time, "export_moment", _no_clock)
    assert format_of(fmt).write(replace(layout), None) == first


@settings(max_examples=40, deadline=None)
@given(st.datetimes(datetime(1990, 1, 1), datetime(2090, 1, 1)),
       st.integers(-12 * 60, 14 * 60))
def test_the_calendar_file_is_stamped_with_the_moment_of_export(moment: datetime,
                                                                offset: int) -> None:
    moment = moment.replace(microsecond=0, tzinfo=timezone(timedelta(minutes=offset)))
    data = render_ics(stamped(advisory(), moment=moment))
    assert f"DTSTAMP:{utc_stamp(moment)}\r\n".encode() in data


def test_a_calendar_file_no_export_stamped_names_no_time_of_its_own() -> None:
    data = render_ics(build_layout(advisory()))
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

"""Issue 27: a media advisory exported and imported again is a media advisory with its
event: what, when (start, end and zone), where (place and address), the map link, the
speakers, how to attend and the live stream, through each export that prints the event
block as text (the web page, the Word document, the text file), in English and Chinese,
over generated advisories."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk import kinds
from releasedesk.exporting import export_context, stamped, stylesheets
from releasedesk.importing import import_draft
from releasedesk.importing.kind_block import read_rows, when_moments
from releasedesk.model import Release
from releasedesk.profiles import Profile
from releasedesk.render.docx_writer import write_docx
from releasedesk.render.html_writer import render_page
from releasedesk.render.layout import Layout
from releasedesk.render.text_writer import render_text

from helpers import make_release

WRITERS: dict[str, Callable[[Layout], str | bytes]] = {
    ".html": lambda layout: render_page(layout, stylesheets()),
    ".docx": lambda layout: write_docx(layout, export_context()), ".txt": render_text}
# Zones whose printed abbreviation names them and no other (EST is New York's here).
NAMED = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
         "Europe/London", "Europe/Berlin", "Asia/Tokyo")
OFFSET_ZONES = ("America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney",
                "UTC")

ENGLISH = ("harbour", "ferry", "quay", "north", "berth", "opening", "walk", "new",
           "crossing", "press", "terminal", "island", "crews", "Calloway", "Marrow",
           "Saltmere", "Reyes", "Okonkwo", "Director", "Engineer", "Berth", "2", "(side)")
CHINESE = ("港务局", "码头", "开放", "仪式", "新闻", "发布会", "渡轮", "北岸", "一号", "泊位",
           "局长", "工程师", "记者", "报名")
english_words = st.lists(st.sampled_from(ENGLISH), min_size=1, max_size=8).map(" ".join)
chinese_words = st.lists(st.sampled_from(CHINESE), min_size=1, max_size=6).map("".join)
moments = st.datetimes(min_value=datetime(2027, 1, 1), max_value=datetime(2030, 12, 31),
                       ).map(lambda m: m.replace(second=0, microsecond=0))


@st.composite
def advisories(draw: st.DrawFn) -> tuple[Release, Profile | None]:
    chinese = draw(st.booleans())
    words = chinese_words if chinese else english_words
    if chinese:
        zone, style, date_format = "Asia/Shanghai", "offset", "zh"
    else:
        named = draw(st.booleans())
        zone = draw(st.sampled_from(NAMED if named else OFFSET_ZONES))
        style = "abbreviation" if named else "offset"
        date_format = draw(st.sampled_from(["ap", "long", "iso", "dmy"]))
    local = draw(moments)
    start = local.replace(tzinfo=ZoneInfo(zone))
    start = start.astimezone(ZoneInfo(zone))  # (a moment that exists in the zone)
    length = draw(st.one_of(st.none(), st.integers(5, 60 * 30)))
    end = None if length is None else start + timedelta(minutes=length)
    place = draw(words)
    speakers = draw(st.lists(words, max_size=3))
    attend = draw(st.lists(words, max_size=3))
    release = make_release(
        kind=kinds.ADVISORY, language="zh-CN" if chinese else "en",
        headline="港务局北岸码头周五开放" if chinese else "Harbour Authority opens the north quay",
        subheadline="", release_date=date(2026, 12, 1), dateline="",
        body="码头将于周五开放。" if chinese else "The quay opens on Friday.",
        event_what=draw(words), event_start=start, event_end=end, event_zone=zone,
        event_place=place, event_address=draw(st.one_of(st.just(""), words)),
        event_map_url=draw(st.sampled_from(["", "https://maps.example/north-quay"])),
        event_speakers="\n".join(speakers), event_attend="\n".join(attend),
        event_stream_url=draw(st.sampled_from(["", "https://live.example/quay"])))
    release.conventions.zone = zone
    release.conventions.zone_style = style
    release.conventions.date_format = date_format
    house = None if style == "abbreviation" else Profile(
        name="harbour", organization="Harbour Authority", conventions=release.conventions)
    return release, house


def _round_trip(release: Release, suffix: str, folder: Path,
                house: Profile | None) -> Release:
    data = WRITERS[suffix](stamped(release))
    path = folder / f"advisory{suffix}"
    assert isinstance(data, bytes | str)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    back, _report = import_draft(path, profile=house)
    return back


@pytest.mark.parametrize("suffix", sorted(WRITERS))
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(made=advisories())
def test_an_exported_advisory_imports_as_the_same_advisory(
        tmp_path: Path, suffix: str, made: tuple[Release, Profile | None]) -> None:
    release, house = made
    back = _round_trip(release, suffix, tmp_path, house)
    assert back.kind == kinds.ADVISORY
    assert back.event_what == release.event_what
    assert back.event_start == release.event_start  # the same instant
    assert back.event_end == release.event_end
    assert back.event_zone == release.event_zone
    assert (back.event_place, back.event_address) == (release.event_place,
                                                      release.event_address)
    assert back.event_map_url == release.event_map_url
    assert back.event_stream_url == release.event_stream_url
    assert back.event_speakers == release.event_speakers
    assert back.event_attend == release.event_attend
    assert back.headline == release.headline  # (not the kind's name above it)
    assert "Event details" not in back.body and "活动信息" not in back.body


def test_a_news_release_stays_news_and_its_body_keeps_a_what_line(tmp_path: Path) -> None:
    release = make_release(body="What: a line of the body that looks like a label.\n\n"
                                "When the quay opens, the ferries move.")
    for suffix in WRITERS:
        back = _round_trip(release, suffix, tmp_path, None)
        assert back.kind == kinds.NEWS and "What: a line of the body" in back.body


@pytest.mark.parametrize(("written", "start", "end", "zone"), [
    ("Friday, Jan. 15, 2027, 6:30 p.m. – 8 p.m. EST",
     datetime(2027, 1, 15, 23, 30, tzinfo=UTC), datetime(2027, 1, 16, 1, 0, tzinfo=UTC),
     "America/New_York"),
    ("北京时间2027年1月16日 07:30至09:00（星期六）",
     datetime(2027, 1, 15, 23, 30, tzinfo=UTC), datetime(2027, 1, 16, 1, 0, tzinfo=UTC),
     "Asia/Shanghai"),
    ("Saturday, 2027-03-06, 10:00 UTC+01:00", datetime(2027, 3, 6, 9, 0, tzinfo=UTC), None,
     "Europe/Berlin"),
])
def test_the_when_row_reads_back(written: str, start: datetime, end: datetime | None,
                                 zone: str) -> None:
    read_start, read_end, read_zone = when_moments(written, UTC, "Europe/Berlin")
    assert read_start == start and read_end == end and read_zone == zone


def test_rows_stop_at_the_first_block_that_is_no_row() -> None:
    found, used = read_rows([["What: Opening", "When: Friday"], ["Where", ], ["North Quay"],
                             ["The quay opens on Friday."]])
    assert used == 3
    assert found.rows == {"what": ["Opening"], "when": ["Friday"], "where": ["North Quay"]}

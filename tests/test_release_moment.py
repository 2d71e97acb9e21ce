"""Every machine-readable time of a release says its own time of day in its own zone: the
page's article:published_time, datePublished and <time datetime>, the newsroom's Atom and
JSON feeds (RFC 3339 with the release's offset, never its date at midnight UTC). The zone:
the house style's, else Beijing time for a Chinese release, else UTC; a date without a
time of day is 00:00 in that zone."""

from __future__ import annotations

import json
import re
import shutil
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from releasedesk import document
from releasedesk.exporting import draft_bytes
from releasedesk.model import Release
from releasedesk.newsroom.build import build_newsroom
from releasedesk.newsroom.feeds import rfc3339
from releasedesk.newsroom.selection import moments
from releasedesk.newsroom.summary import summarise

from conftest import SAMPLES
from examples import examples
from helpers import make_release

ZH = SAMPLES / "fernhollow-night-market-zh.release"
ZONES = ["", "Asia/Shanghai", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe",
         "Asia/Kathmandu", "UTC", "Not/AZone"]
LANGUAGES = ["en", "en-GB", "zh-CN", "zh-TW", "zh_CN", "fr"]
# (as typed, the time of day it means; None: no time of day)
CLOCKS = [("", None), ("09:30", time(9, 30)), ("9:30", time(9, 30)), ("23:59", time(23, 59)),
          ("0:00", time(0, 0)), ("09：30", time(9, 30)), ("02:30", time(2, 30))]


def expected_zone(zone: str, language: str) -> tzinfo:
    if zone and zone != "Not/AZone":
        return ZoneInfo(zone)
    return timezone(timedelta(hours=8)) if language.startswith("zh") else UTC


def same_moment(text: str, expected: datetime) -> None:
    """*text* is RFC 3339 and says *expected*: its wall clock and its offset."""
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)", text), text
    read = datetime.fromisoformat(text)
    assert read == expected
    assert read.utcoffset() == expected.utcoffset()
    assert read.replace(tzinfo=None) == expected.replace(tzinfo=None)


@settings(max_examples=examples(200, 60), deadline=None)
@given(language=st.sampled_from(LANGUAGES), zone=st.sampled_from(ZONES),
       day=st.dates(date(2000, 1, 1), date(2040, 12, 31)), clock=st.sampled_from(CLOCKS))
def test_the_feeds_moment_is_the_release_time_in_its_zone(
        language: str, zone: str, day: date, clock: tuple[str, time | None]) -> None:
    release = make_release(language=language, release_date=day, release_time=clock[0])
    release.conventions.zone = zone
    summary = summarise(release, "r.release", 1, 1, {}, "")
    published, updated = moments(summary)
    expected = datetime.combine(day, clock[1] or time(0, 0), expected_zone(zone, language))
    same_moment(rfc3339(published), expected)
    assert updated == published


def page_times(page: bytes) -> list[str]:
    tree = etree.HTML(page)
    og = tree.xpath('//meta[@property="article:published_time"]/@content')
    ld = [json.loads(s)["datePublished"]
          for s in tree.xpath('//script[@type="application/ld+json"]/text()')]
    shown = tree.xpath('//p[@class="release-line"]/time/@datetime')
    return [str(x) for x in [*og, *ld, *shown]]


@settings(max_examples=examples(120, 40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(language=st.sampled_from(["zh-CN", "zh-TW", "en"]), zone=st.sampled_from(ZONES),
       day=st.dates(date(2000, 1, 1), date(2040, 12, 31)),
       clock=st.sampled_from([c for c in CLOCKS if c[1] is not None]))
def test_the_pages_published_time_carries_the_zone(
        language: str, zone: str, day: date, clock: tuple[str, time | None]) -> None:
    release: Release = document.load(ZH)
    release.language = language
    release.conventions.zone = zone
    release.conventions.portal_fields = True  # (the line with 发布时间 in any language)
    release.release_date, release.release_time = day, clock[0]
    times = page_times(draft_bytes(release, "html"))
    assert len(times) == 3, times
    expected = datetime.combine(day, clock[1] or time(0, 0), expected_zone(zone, language))
    for text in times:
        same_moment(text, expected)


def test_a_page_with_a_date_alone_says_the_date(tmp_path: Path) -> None:
    for language in LANGUAGES:
        release = make_release(language=language, release_date=date(2026, 11, 25))
        times = page_times(draft_bytes(release, "html"))
        assert times and set(times) == {"2026-11-25"}, (language, times)


def test_the_newsroom_of_the_chinese_sample(tmp_path: Path) -> None:
    source = tmp_path / "releases"
    source.mkdir()
    shutil.copy(ZH, source / ZH.name)
    build_newsroom(source, tmp_path / "site", as_of=datetime(2027, 1, 1, tzinfo=UTC),
                   include_drafts=True)
    beijing = datetime(2026, 11, 25, 9, 30, tzinfo=timezone(timedelta(hours=8)))
    atom = etree.fromstring((tmp_path / "site" / "feed.xml").read_bytes())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    for text in atom.xpath("//a:entry/a:published/text()", namespaces=ns):
        same_moment(str(text), beijing)
    items = json.loads((tmp_path / "site" / "feed.json").read_bytes())["items"]
    assert [item["date_published"] for item in items] == ["2026-11-25T09:30:00+08:00"]
    page = next((tmp_path / "site" / "releases").glob("*.html")).read_bytes()
    for text in page_times(page):
        same_moment(text, beijing)

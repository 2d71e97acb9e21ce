"""A release whose dates contradict each other is not ready (issue 10)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.checks import ERROR, check
from releasedesk.model import Release

from helpers import make_release

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def codes(release: Release) -> set[str]:
    return {f.code for f in check(release, now=NOW) if f.severity == ERROR}


def test_embargo_lifting_after_the_release_date_is_an_error() -> None:
    release = make_release(status="embargoed", release_date=date(2026, 11, 25),
                           embargo_until=datetime(2026, 12, 2, 9, 0, tzinfo=BERLIN))
    assert "embargo_after_release" in codes(release)
    release.embargo_until = datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN)
    assert "embargo_after_release" not in codes(release)


@given(days=st.integers(-30, 30), hour=st.integers(0, 23))
@settings(max_examples=80, deadline=None)
def test_embargo_and_release_date_agree_or_an_error_says_so(days: int, hour: int) -> None:
    released = date(2026, 11, 25)
    moment = datetime(2026, 11, 25, hour, 0, tzinfo=BERLIN) + timedelta(days=days)
    release = make_release(status="embargoed", release_date=released, embargo_until=moment)
    assert ("embargo_after_release" in codes(release)) == (moment.date() > released)


BEIJING = ZoneInfo("Asia/Shanghai")


@given(hours=st.integers(-60, 60), zone=st.sampled_from(["UTC", "Europe/Berlin",
                                                         "America/New_York", "Asia/Shanghai"]),
       language=st.sampled_from(["zh-CN", "zh-Hant", "en", "en-GB"]))
@settings(max_examples=120, deadline=None)
def test_an_embargo_is_after_the_release_date_as_its_notice_prints_it(
        hours: int, zone: str, language: str) -> None:
    """A Chinese release prints its embargo in Beijing time: an embargo given at 19:00 UTC on
    the release date lifts at 03:00 the next day there, after the release date."""
    released = date(2026, 12, 6)
    moment = datetime(2026, 12, 6, 12, 0, tzinfo=ZoneInfo(zone)) + timedelta(hours=hours)
    release = make_release(status="embargoed", release_date=released, embargo_until=moment,
                           language=language)
    printed = moment.astimezone(BEIJING) if language.startswith("zh") else moment
    assert ("embargo_after_release" in codes(release)) == (printed.date() > released)
    if printed.date() > released:
        finding = next(f for f in check(release, now=NOW) if f.code == "embargo_after_release")
        assert dict(finding.args)["embargo"] == printed.date().isoformat()


def test_the_chinese_default_embargo_the_tester_met_is_flagged() -> None:
    release = make_release(status="embargoed", release_date=date(2026, 12, 6), language="zh-CN",
                           embargo_until=datetime(2026, 12, 6, 19, 0, tzinfo=UTC))
    assert "embargo_after_release" in codes(release)  # (北京时间2026年12月7日 03:00)
    release.language = "en"
    assert "embargo_after_release" not in codes(release)  # (Dec. 6, 19:00 UTC+00:00)


@pytest.mark.parametrize("opening", [
    "PORT CALLOWAY, Nov. 24, 2026 — The authority opened the terminal.",
    "NORTHGATE (Nov. 24) – The trust announced new hours.",
    "November 24, 2026 -- The trust announced new hours.",
    "NORTHGATE, 24 November 2026 — The trust announced new hours.",
    "2026-11-24 — The trust announced new hours.",
    "芬霍洛2026年11月24日电——区政府宣布新的开放时间。",
])
def test_a_date_typed_at_the_start_of_the_body_must_be_the_release_date(opening: str) -> None:
    release = make_release(release_date=date(2026, 11, 25), body=opening + "\n\nMore text.")
    finding = next(f for f in check(release, now=NOW) if f.code == "date_contradiction")
    assert finding.severity == ERROR and finding.field == "release_date"
    assert "24" in dict(finding.args)["stated"]  # type: ignore[operator]  # the finding's argument is text
    release.release_date = date(2026, 11, 24)
    assert "date_contradiction" not in codes(release)


@pytest.mark.parametrize("opening", [
    "On Nov. 24, the council voted to extend the opening hours.",
    "The plan - agreed on Monday - takes effect in January.",
    "Visitors can read the report from 2026-11-30 on the trust's site.",
])
def test_dates_that_are_not_a_dateline_are_not_contradictions(opening: str) -> None:
    release = make_release(release_date=date(2026, 11, 25), body=opening)
    assert "date_contradiction" not in codes(release)

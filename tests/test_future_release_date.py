"""A release "for immediate release" dated after today would go out saying a date still to
come (found by the tester: a newsroom published one dated 2027-01-11 on 2026-12-06, and
the readiness checks said nothing). The checks warn, in any zone the office may be in; an
embargoed release has its own checks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.checks import check

from helpers import make_release


def _codes(release_date: date, now: datetime, status: str = "immediate") -> list[str]:
    release = make_release(release_date=release_date, status=status)
    if status == "embargoed":
        release.embargo_until = datetime.combine(release_date, datetime.min.time(), UTC)
    return [f.code for f in check(release, now=now)]


@settings(max_examples=200, deadline=None)
@given(now=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1),
                        timezones=st.just(UTC)),
       offset=st.integers(-3, 3))
def test_a_date_after_today_everywhere_is_warned_of_and_no_other(now: datetime,
                                                                 offset: int) -> None:
    latest_today = now.astimezone(timezone(timedelta(hours=14))).date()
    day = latest_today + timedelta(days=offset)
    assert ("release_date_future" in _codes(day, now)) == (day > latest_today)


@pytest.mark.parametrize("zone_hours", [-12, -5, 0, 8, 14])
def test_today_in_any_office_s_zone_is_no_future(zone_hours: int) -> None:
    now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    today_there = now.astimezone(timezone(timedelta(hours=zone_hours))).date()
    assert "release_date_future" not in _codes(today_there, now)


def test_an_embargoed_release_dated_ahead_is_not_this_finding() -> None:
    now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    assert "release_date_future" not in _codes(date(2027, 1, 11), now, "embargoed")
    assert "release_date_future" in _codes(date(2027, 1, 11), now)

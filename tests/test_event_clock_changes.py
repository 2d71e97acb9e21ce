"""An advisory's event at a time of day its zone skips (the clocks go forward) is an error
naming the gap; at a time that comes twice (they go back), a warning naming which one the
advisory means. Every transition of several zones over three years is tried, inside and
just outside, typed in the zone (as the editor keeps it) and as the file's offset."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from releasedesk import cli, document
from releasedesk.checks import check
from releasedesk.model import Release

from test_kinds import advisory

ZONES = ["America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "America/St_Johns",
         "Pacific/Chatham", "Europe/London", "Asia/Shanghai"]
NOW = datetime(2025, 1, 1, tzinfo=UTC)
CLOCK_CODES = {"event_time_gap", "event_time_twice"}


@cache
def transitions(zone_name: str) -> list[tuple[datetime, timedelta, timedelta]]:
    """(the instant, the offset before, after) of each change of *zone_name*, 2026-2028, on a
    grid of quarter hours (the first quarter hour in the new offset). A day whose offset at
    its end differs from its start is searched by halves for its quarter hour (no zone here
    changes its clocks twice in a day): some 7,000 offsets looked up instead of 210,000 for
    each zone, at every test process's collection."""
    zone = ZoneInfo(zone_name)

    def offset(at: datetime) -> timedelta:
        found = at.astimezone(zone).utcoffset()
        assert found is not None
        return found

    out = []
    day, quarter = timedelta(days=1), timedelta(minutes=15)
    at = datetime(2026, 1, 1, tzinfo=UTC)
    while at < datetime(2029, 1, 1, tzinfo=UTC):
        before, after = offset(at), offset(at + day)
        if before != after:
            low, high = 0, day // quarter  # offset(at + low quarters) is before's, high's after's
            while high - low > 1:
                middle = (low + high) // 2
                low, high = (middle, high) if offset(at + middle * quarter) == before \
                    else (low, middle)
            out.append((at + high * quarter, before, after))
        at += day
    return out


def walls(zone_name: str) -> list[tuple[datetime, str]]:
    """(wall clock, the clock code expected: gap, twice or "") at and around each change."""
    out: list[tuple[datetime, str]] = []
    for instant, before, after in transitions(zone_name):
        change = (instant + before).replace(tzinfo=None)  # the wall clock when it changes
        width = abs(after - before)
        code = "event_time_gap" if after > before else "event_time_twice"
        # the skipped span starts at the change; the repeated one, its width before it
        first = change if code == "event_time_gap" else change - width
        out += [(first, code), (first + width / 2, code)]
        out += [(change - width - timedelta(minutes=1), ""),
                (change + width + timedelta(minutes=1), "")]
    return out


CASES = [(zone, wall, code) for zone in ZONES for wall, code in walls(zone)]


def event_at(start: datetime, zone: str) -> Release:
    return advisory(event_start=start, event_end=start + timedelta(hours=5), event_zone=zone,
                    release_date=start.date() - timedelta(days=3), headline="Quay opens",
                    subheadline="", event_what="Opening")


def clock_codes(release: Release) -> list[tuple[str, str]]:
    return sorted((f.field, f.code) for f in check(release, NOW) if f.code in CLOCK_CODES)


def test_every_zone_has_changes_to_try() -> None:
    assert all(transitions(zone) for zone in ZONES if zone != "Asia/Shanghai")
    assert len(CASES) > 100


@pytest.mark.parametrize(("zone", "wall", "code"), CASES,
                         ids=[f"{z}-{w:%Y%m%dT%H%M}-{c or 'fine'}" for z, w, c in CASES])
def test_a_time_the_zone_skips_or_repeats_is_named(zone: str, wall: datetime,
                                                   code: str) -> None:
    tz = ZoneInfo(zone)
    for fold in (0, 1):
        typed = wall.replace(tzinfo=tz, fold=fold)  # as the editor keeps it
        offset = typed.utcoffset()
        assert offset is not None
        from_file = wall.replace(tzinfo=timezone(offset))  # as a file keeps it
        for start in (typed, from_file):
            found = clock_codes(event_at(start, zone))
            assert found == ([("event_start", code)] if code else []), (start, found)
            finding = next((f for f in check(event_at(start, zone), NOW)
                            if f.code in CLOCK_CODES), None)
            if finding is not None:
                text = finding.message
                assert wall.strftime("%H:%M") in text and zone in text
                assert wall.date().isoformat() in text
                if code == "event_time_twice":  # the one it means, by name
                    assert (typed.tzname() or "") in text or "UTC" in text


@pytest.mark.parametrize("zone", ZONES)
def test_a_moment_in_another_offset_is_the_zones_converted(zone: str) -> None:
    """A file may give the event in UTC: its clock is UTC's, never read as the zone's."""
    for instant, _, _ in transitions(zone):
        for start in (instant - timedelta(minutes=30), instant, instant + timedelta(hours=1)):
            utc = start.astimezone(UTC)
            wall = utc.replace(tzinfo=None)
            if timedelta(0) in {wall.replace(tzinfo=ZoneInfo(zone), fold=fold).utcoffset()
                                for fold in (0, 1)}:
                continue  # (London in winter is UTC+0: its own clock, checked above)
            assert clock_codes(event_at(utc, zone)) == []


def test_the_end_is_checked_too() -> None:
    tz = ZoneInfo("America/New_York")
    release = advisory(event_start=datetime(2027, 3, 13, 22, 0, tzinfo=tz),
                       event_end=datetime(2027, 3, 14, 2, 30, tzinfo=tz),
                       event_zone="America/New_York", release_date=datetime(2027, 3, 10).date(),
                       headline="Quay opens", subheadline="", event_what="Opening")
    assert clock_codes(release) == [("event_end", "event_time_gap")]


def test_the_testers_advisory_is_refused_by_strict_export(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    source = tmp_path / "adv.release"
    shutil.copy(Path(__file__).parents[1] / "resources" / "samples" /
                "tidewater-night-crossing-advisory.release", source)
    release = document.load(source)
    tz = ZoneInfo("America/New_York")
    release.event_start = datetime(2027, 3, 14, 2, 30, tzinfo=tz)
    release.event_end = datetime(2027, 3, 14, 3, 45, tzinfo=tz)
    release.event_zone = "America/New_York"
    document.save(release, source)
    assert cli.main(["export", str(source), "-f", "txt", "--strict",
                     "-o", str(tmp_path / "out.txt")]) != 0
    err = capsys.readouterr().err
    assert "02:30 on 2027-03-14 does not exist in America/New_York" in err
    assert "EST to EDT" in err
    assert not (tmp_path / "out.txt").exists()

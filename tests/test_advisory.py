"""A media advisory's calendar file and checks (issue 27, point 4): the .ics is RFC 5545
(CRLF, folded at 75 octets, text escaped), a calendar parser reads back exactly what the
advisory says whatever its text, the same release gives the same bytes, and the checks
catch an event in the past, an end before the start and a weekday that is not the
event's."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk import cli, document
from releasedesk.checks import check
from releasedesk.errors import ReleaseDeskError
from releasedesk.exporting import draft_bytes
from releasedesk.model import Release
from releasedesk.profiles import Profile
from releasedesk.register import Person, Register, Title
from releasedesk.render import build_layout
from releasedesk.render.event_block import event_of
from releasedesk.render.ics_writer import FOLD_OCTETS, description, fold

from helpers import make_release
from test_kinds import CET, advisory

# Hostile text: the characters iCalendar escapes, line breaks, CJK, emoji, long runs.
hostile = st.lists(
    st.characters(blacklist_categories=["Cs", "Cc"], blacklist_characters="\u2028\u2029"
                  "\u202a\u202b\u202c\u202d\u202e\ufffe\uffff")
    | st.sampled_from([",", ";", "\\", "\n", ":", "\"", "港口开放", "渡轮", "🚢", "é", "\\n",
                       "x" * 90]),
    min_size=1, max_size=60).map("".join).filter(lambda s: s.strip())
moments = st.datetimes(min_value=datetime(2027, 1, 1), max_value=datetime(2030, 12, 31),
                       timezones=st.sampled_from([UTC, CET, timezone(timedelta(hours=8)),
                                                  timezone(timedelta(hours=-5, minutes=-30))])
                       ).map(lambda moment: moment.replace(microsecond=0))  # (as the editor sets)


def _calendar_event(data: bytes) -> icalendar.cal.Component:
    calendar = icalendar.Calendar.from_ical(data)
    found = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert len(found) == 1
    return found[0]


def _when(event: icalendar.cal.Component, key: str) -> datetime:
    value = event[key]
    assert isinstance(value, icalendar.prop.vDDDTypes)
    moment = value.dt
    assert isinstance(moment, datetime)
    return moment


@settings(max_examples=80, deadline=None)
@given(what=hostile, place=hostile, address=hostile, speakers=hostile, attend=hostile,
       headline=hostile, start=moments, length=st.integers(1, 600))
def test_a_calendar_reads_back_exactly_what_the_advisory_says(
        what: str, place: str, address: str, speakers: str, attend: str, headline: str,
        start: datetime, length: int) -> None:
    os.environ["SOURCE_DATE_EPOCH"] = "1798761600"
    release = advisory(event_what=what, event_place=place, event_address=address,
                       event_speakers=speakers, event_attend=attend, headline=headline,
                       event_start=start, event_end=start + timedelta(minutes=length))
    data = draft_bytes(release, "ics")
    # RFC 5545: CRLF line ends only, no line over 75 octets, continuations open with a space.
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert all(len(line) <= FOLD_OCTETS for line in lines)
    assert all(line.decode("utf-8") for line in lines)  # (never cut inside a character)
    event = _calendar_event(data)
    layout = build_layout(release)
    expected = event_of(release)
    assert str(event["SUMMARY"]) == expected.what
    assert str(event["LOCATION"]) == f"{expected.place}, {expected.address}"
    assert str(event["DESCRIPTION"]) == description(layout, expected)
    assert _when(event, "DTSTART") == start
    assert _when(event, "DTEND") - _when(event, "DTSTART") == timedelta(minutes=length)
    assert str(event["UID"]) == "5f0c7d7e-0b1c-4d7b-9a57-8d1d0f6f1a11@releasedesk"
    assert _when(event, "DTSTAMP") == datetime(2027, 1, 1, tzinfo=UTC)


def test_the_same_advisory_gives_the_same_bytes() -> None:
    os.environ["SOURCE_DATE_EPOCH"] = "1798761600"
    assert draft_bytes(advisory(), "ics") == draft_bytes(advisory(), "ics")
    os.environ["SOURCE_DATE_EPOCH"] = "1798761601"
    assert b"DTSTAMP:20270101T000001Z\r\n" in draft_bytes(advisory(), "ics")


@pytest.mark.parametrize("line", [
    "A" * 200, "港" * 100, "é" * 90, "a" + "🚢" * 40, "x" * 74 + "港口", ""])
def test_folding_keeps_every_octet_and_cuts_no_character(line: str) -> None:
    folded = fold("DESCRIPTION:" + line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= FOLD_OCTETS for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join([parts[0], *(p[1:] for p in parts[1:])]) == "DESCRIPTION:" + line


def test_an_advisory_without_its_uid_takes_one_from_what_it_is() -> None:
    one = draft_bytes(advisory(id=""), "ics")
    assert one.count(b"UID:") == 1 and b"@releasedesk" in one


@pytest.mark.parametrize("release, words", [
    (make_release(), "Only a media advisory"),
    (advisory(event_start=None), "no start time yet"),
])
def test_no_calendar_file_without_an_event(release: Release, words: str) -> None:
    with pytest.raises(ReleaseDeskError, match=words):
        draft_bytes(release, "ics")


def test_export_f_ics_writes_the_calendar_file(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "quay.release"
    document.save(advisory(), source)
    assert cli.main(["export", "-f", "ics", str(source)]) == 0
    written = tmp_path / "quay.ics"
    assert written.exists()
    assert str(_calendar_event(written.read_bytes())["SUMMARY"]).startswith("Opening of")
    news = tmp_path / "news.release"
    document.save(make_release(), news)
    assert cli.main(["export", "-f", "ics", str(news)]) == 2
    assert "Only a media advisory" in capsys.readouterr().err
    assert not (tmp_path / "news.ics").exists()
    # "All formats" are every release's: no calendar file among them.
    assert cli.main(["export", str(source), "-o", str(tmp_path / "all")]) == 0
    assert not list((tmp_path / "all").glob("*.ics"))


# -- checks ----------------------------------------------------------------------------------

NOW = datetime(2027, 2, 1, tzinfo=UTC)


def codes(release: Release, now: datetime = NOW, profile: Profile | None = None) -> set[str]:
    return {f.code for f in check(release, now, profile=profile)}


KIND_CODES = {"event_start_missing", "event_before_release", "event_past",
              "event_end_before_start", "event_zone_unknown", "event_weekday",
              "statement_by_missing", "statement_title_other", "statement_title_offer",
              "correction_unlinked", "correction_undated", "correction_note_missing"}


@pytest.mark.parametrize("changes, expected", [
    ({}, set()),
    ({"event_start": None, "event_end": None}, {"event_start_missing"}),
    # Before the release date, in the event's own zone (11 p.m. UTC is the next day there).
    ({"event_start": datetime(2027, 2, 28, 9, tzinfo=CET), "headline": "Quay opens"},
     {"event_before_release"}),
    ({"event_start": datetime(2027, 2, 28, 23, 30, tzinfo=UTC),
      "event_end": None, "headline": "Quay opens on Monday"}, set()),
    ({"release_date": None, "event_start": datetime(2027, 1, 20, 9, tzinfo=CET),
      "event_end": None, "headline": "Quay opens"}, {"event_past"}),
    ({"event_end": datetime(2027, 3, 5, 10, tzinfo=CET)}, {"event_end_before_start"}),
    ({"event_end": datetime(2027, 3, 5, 9, tzinfo=CET)}, {"event_end_before_start"}),
    ({"event_zone": "Mars/Olympus"}, {"event_zone_unknown"}),
    ({"headline": "Quay opens on Thursday"}, {"event_weekday"}),
    ({"event_what": "Opening, 星期四"}, {"event_weekday"}),
    ({"event_what": "Opening, 星期五"}, set()),
    ({"subheadline": "See you Friday"}, set()),
])
def test_the_advisory_checks(changes: dict[str, object], expected: set[str]) -> None:
    assert codes(advisory(**changes)) & KIND_CODES == expected


@settings(max_examples=60, deadline=None)
@given(start=moments, named=st.integers(0, 6))
def test_a_weekday_in_the_headline_is_the_events(start: datetime, named: int) -> None:
    day_names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    release = advisory(event_start=start, event_end=None, event_zone="",
                       release_date=start.date() - timedelta(days=3),
                       headline=f"Harbour opening on {day_names[named]}")
    found = "event_weekday" in codes(release)
    assert found == (start.date().weekday() != named)


REGISTER = Register(people=[Person("Ana Reyes", "安娜", titles=[
    Title("Harbour Director", "港务局局长", start=date(2020, 1, 1))])])


@pytest.mark.parametrize("changes, expected", [
    ({"statement_by": ""}, {"statement_by_missing"}),
    ({"statement_by": "Ana Reyes", "statement_title": ""}, {"statement_title_offer"}),
    ({"statement_by": "Ana Reyes", "statement_title": "Mayor"}, {"statement_title_other"}),
    ({"statement_by": "ana  reyes", "statement_title": "harbour director"}, set()),
    ({"statement_by": "安娜", "statement_title": "港务局局长"}, set()),
    ({"statement_by": "Li Wen", "statement_title": "Anything"}, set()),
    # No dateline is asked of a statement.
    ({"statement_by": "Li Wen", "dateline": ""}, set()),
])
def test_the_statement_checks(changes: dict[str, object], expected: set[str]) -> None:
    release = make_release(kind="statement", **changes)
    profile = Profile(name="harbour", names=REGISTER)
    assert codes(release, profile=profile) & KIND_CODES == expected


@pytest.mark.parametrize("changes, expected", [
    ({}, {"correction_unlinked", "correction_undated", "correction_note_missing"}),
    ({"corrects_path": "old.release", "corrects_date": date(2026, 11, 1),
      "correction_note": "The time was wrong."}, set()),
])
def test_the_correction_checks(changes: dict[str, object], expected: set[str]) -> None:
    assert codes(make_release(kind="correction", **changes)) & KIND_CODES == expected


def test_a_news_release_has_no_kind_findings() -> None:
    release = make_release(event_start=datetime(2020, 1, 1, tzinfo=UTC), statement_by="")
    assert codes(release) & KIND_CODES == set()


def test_every_kind_finding_has_a_chinese_translation() -> None:
    from releasedesk.kind_checks import TEMPLATES
    from releasedesk.messages import catalogue

    chinese = catalogue("zh_CN", "Findings")
    for template in TEMPLATES.values():
        assert chinese.get(template), template


def test_an_end_before_the_start_reads_in_the_events_own_time() -> None:
    release = advisory(event_start=datetime(2027, 3, 5, 10, 30, tzinfo=CET),
                       event_end=datetime(2027, 3, 5, 9, tzinfo=CET), event_zone="Europe/Paris")
    [message] = [f.message for f in check(release, NOW) if f.code == "event_end_before_start"]
    assert "(2027-03-05 09:00)" in message and "(2027-03-05 10:30)" in message
    assert "T" not in message.split("ends", 1)[1] and "+0" not in message


@pytest.mark.parametrize(("zone", "local"), [
    ("Europe/London", "当地时间2026年12月16日 10:30至12:00（星期三）"),
    ("America/New_York", "当地时间2026年12月16日 05:30至07:00（星期三）"),
    ("Etc/UTC", "当地时间2026年12月16日 10:30至12:00（星期三）"),
    ("Asia/Shanghai", ""), ("Asia/Hong_Kong", ""), ("Asia/Singapore", ""), ("", "")])
def test_a_chinese_advisory_gives_an_event_abroad_its_own_clock_and_beijings(
        zone: str, local: str) -> None:
    from releasedesk.render.event_block import event_of, when_text
    from releasedesk.render.kind_words import kind_words

    release = Release(language="zh-CN", kind="advisory", event_zone=zone,
                      event_start=datetime(2026, 12, 16, 10, 30, tzinfo=UTC),
                      event_end=datetime(2026, 12, 16, 12, 0, tzinfo=UTC))
    text = when_text(event_of(release), kind_words("zh-CN"), "zh-CN", "zh", "offset")
    beijing = "北京时间2026年12月16日 18:30至20:00（星期三）"
    assert text == (f"{local}，即{beijing}" if local else beijing)

"""A dateline typed whole, date and all, prints once as written (tester11: "临江12月6日电"
in the dateline field printed "临江12月6日电12月6日电" in every export; the English
"PORT CALLOWAY, Nov. 25, 2026 —" printed its date twice too). Its date is the writer's:
one that is not the release date is an error on the dateline."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.checks import check
from releasedesk.exporting import draft_bytes
from releasedesk.model import Release

from helpers import make_release

PLACES_ZH = ["临江", "新华社临江", "本报北京", "芬霍洛", "电白"]
PLACES_EN = ["PORT CALLOWAY", "FERNHOLLOW, Ore.", "MARROW ISLAND"]


def _release(language: str, dateline: str, day: date) -> Release:
    chinese = language.startswith("zh")
    return make_release(language=language, dateline=dateline, release_date=day,
                        headline="临江夜市开张" if chinese else "Night market opens",
                        body="临江市今天举行活动。" if chinese else "The market opens today.",
                        organization="临江市人民政府" if chinese else "Calloway Harbour")


def _printed(release: Release) -> dict[str, str]:
    """The release's text as each writer prints it (the Word document's text joined)."""
    out = {kind: draft_bytes(release, kind).decode("utf-8") for kind in ("txt", "html")}
    with zipfile.ZipFile(io.BytesIO(draft_bytes(release, "docx"))) as package:
        out["docx"] = package.read("word/document.xml").decode("utf-8")
    return out


def _typed_and_expected(language: str, place: str, day: date, form: int) -> tuple[str, str]:
    """What the writer typed (in one of its forms) and the dateline every export prints."""
    if language == "zh-CN":
        written = f"{place}{day.month}月{day.day}日"
        return [(written + "电", written + "电"), (written, written + "电")][form % 2]
    month = day.strftime("%b")
    written = f"{place}, {month}. {day.day}"
    return [(written + " —", written + " —"), (written, written + " —"),
            (f"{written}, {day.year}", f"{written}, {day.year} —")][form % 3]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["zh-CN", "en"]), st.data(),
       st.dates(date(2020, 1, 1), date(2030, 12, 31)), st.integers(0, 5))
def test_a_dateline_typed_whole_prints_once_in_every_export(
        language: str, data: st.DataObject, day: date, form: int) -> None:
    place = data.draw(st.sampled_from(PLACES_ZH if language == "zh-CN" else PLACES_EN))
    typed, expected = _typed_and_expected(language, place, day, form)
    release = _release(language, typed, day)
    for kind, text in _printed(release).items():
        at = text.find(expected)
        assert at >= 0, (kind, typed, expected)
        after = re.sub(r"<[^>]*>|[\s\u3000,—]", "", text[at + len(expected):])[:6]
        assert not re.match(r"\d|[A-Z][a-z]{2}\.", after), (kind, typed, after)  # no 2nd date
    assert not [f for f in check(release) if f.field == "dateline"]


@pytest.mark.parametrize(("language", "typed"), [
    ("zh-CN", "临江12月6日电"), ("zh-CN", "新华社临江12月6日电"), ("zh-CN", "临江12月6日"),
    ("en", "PORT CALLOWAY, Dec. 6, 2026 —"), ("en", "PORT CALLOWAY, Dec. 6"),
    ("en", "PORT CALLOWAY, 6 December 2026 —"),
])
@pytest.mark.parametrize("days_later", [0, 1, -3])
def test_the_date_typed_in_a_dateline_must_be_the_release_date(
        language: str, typed: str, days_later: int) -> None:
    day = date(2026, 12, 6) + timedelta(days=days_later)
    findings = [f for f in check(_release(language, typed, day)) if f.field == "dateline"]
    if days_later == 0:
        assert findings == []
    else:
        assert [(f.severity, f.code) for f in findings] == [
            ("error", "dateline_date_contradiction")]


@pytest.mark.parametrize(("language", "place", "printed"), [
    ("zh-CN", "临江", "临江12月6日电"), ("zh-CN", "本报讯", "本报讯"),
    ("zh-CN", "电白", "电白12月6日电"),
    ("en", "PORT CALLOWAY", "PORT CALLOWAY, Dec. 6, 2026 —"),
])
def test_a_place_alone_still_gets_the_date(language: str, place: str, printed: str) -> None:
    release = _release(language, place, date(2026, 12, 6))
    assert printed in _printed(release)["txt"]

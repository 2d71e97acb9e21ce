"""An embargoed release carries its notice in every export, whatever its house style says."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.model import DATE_FORMATS, EMBARGO_POSITIONS, Conventions, Release
from releasedesk.profiles import Profile, ProfileStore, release_from_profile
from releasedesk.render import build_layout

from examples import examples
from export_helpers import docx_paragraphs, fragment, html_page, json_ld, open_docx, text
from helpers import make_release

MOMENT = datetime(2026, 11, 25, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))


def all_off() -> Profile:
    """A house style with every option off: no status line, release line, words or end mark."""
    return Profile(name="everything-off", end_mark="",
                   conventions=Conventions(status_line=False, release_line="",
                                           date_format="iso", words={}))


def profiles() -> list[Profile]:
    return [*ProfileStore().load_all(), all_off()]


def embargoed(profile: Profile) -> Release:
    release = release_from_profile(profile, MOMENT.date())
    release.headline = "Harbour walk reopens after repairs"
    release.body = "The harbour walk reopens on Wednesday with new railings."
    release.status = "embargoed"
    release.embargo_until = MOMENT
    release.embargo_zone = "Europe/Berlin"
    return release


def assert_notice_everywhere(release: Release) -> str:
    notice = build_layout(release).embargo_notice
    assert notice is not None
    words = notice.text
    # The moment is complete: date, time and zone (a Chinese release's in Beijing time).
    if release.language.startswith("zh"):
        assert "北京时间2026年11月25日 16:30" in words and "前禁止发布" in words
    else:
        assert "09:30" in words and "UTC+01:00" in words
    assert "2026" in words and ("25" in words)
    assert words in text(release)
    for tree in (html_page(release), fragment(release)):
        statuses = [p.text() for p in tree.iter("p")
                    if "release-embargo" in (p.attrs.get("class") or "")]
        assert statuses == [words]
    assert words in [paragraph for _, paragraph in docx_paragraphs(open_docx(release))]
    return words


@pytest.mark.parametrize("profile", profiles(), ids=lambda p: p.name)
def test_every_profile_prints_the_embargo_notice_in_every_format(profile: Profile) -> None:
    release = embargoed(profile)
    words = assert_notice_everywhere(release)
    page = html_page(release)
    metas = {m.attrs.get("name"): m.attrs.get("content") for m in page.iter("meta")}
    assert metas["embargoed-until"] == MOMENT.isoformat()
    data = json_ld(page)
    assert data["creativeWorkStatus"] == "Embargoed"
    assert data["datePublished"] == MOMENT.isoformat()
    if release.language.startswith("zh"):
        assert "禁止发布" in words and "EMBARGO" not in words


@given(status_line=st.booleans(), release_line=st.sampled_from(["", "{date}", "Out: {date}"]),
       date_format=st.sampled_from(DATE_FORMATS), position=st.sampled_from(EMBARGO_POSITIONS),
       language=st.sampled_from(["en", "en-GB", "zh-CN", "fr"]), dated=st.booleans())
@settings(max_examples=examples(60, 40), deadline=None)
def test_no_convention_hides_the_notice(status_line: bool, release_line: str, date_format: str,
                                        position: str, language: str, dated: bool) -> None:
    release = make_release(
        language=language, status="embargoed", embargo_until=MOMENT,
        release_date=MOMENT.date() if dated else None,
        conventions=Conventions(status_line=status_line, release_line=release_line,
                                date_format=date_format, embargo_position=position))
    assert_notice_everywhere(release)


def test_house_wording_fills_every_placeholder() -> None:
    release = make_release(status="embargoed", embargo_until=MOMENT, conventions=Conventions(
        words={"embargoed": "Hold until {when} (that is, {when})"}))
    words = assert_notice_everywhere(release)
    assert words.count("09:30") == 2
    status = next(p for p in html_page(release).iter("p")
                  if "release-embargo" in (p.attrs.get("class") or ""))
    assert [t.attrs["datetime"] for t in status.iter("time")] == [MOMENT.isoformat()] * 2


def test_embargo_without_a_moment_says_so_in_the_release_language() -> None:
    english = build_layout(make_release(status="embargoed", embargo_until=None))
    chinese = build_layout(make_release(language="zh-CN", status="embargoed", embargo_until=None))
    assert english.status_line == "EMBARGOED UNTIL FURTHER NOTICE"
    assert "另行通知" in chinese.status_line


def test_notice_under_the_release_line_where_the_house_puts_it() -> None:
    release = make_release(status="embargoed", embargo_until=MOMENT, conventions=Conventions(
        status_line=False, release_line="Release time: {date}", date_format="iso",
        embargo_position="after_release_line"))
    lines = text(release).split("\n\n")
    assert lines[2] == "Release time: 2026-11-25"
    assert lines[3].startswith("EMBARGOED UNTIL 2026-11-25, 09:30")


def test_an_immediate_release_prints_its_line_only_when_the_house_wants_it() -> None:
    assert build_layout(make_release()).status_line == "FOR IMMEDIATE RELEASE"
    quiet = make_release(conventions=Conventions(status_line=False))
    assert build_layout(quiet).status is None
    assert "FOR IMMEDIATE RELEASE" not in text(quiet)


def test_every_date_placeholder_of_the_release_line_is_filled() -> None:
    release = make_release(conventions=Conventions(
        release_line="Released {date} (updated {date})", date_format="iso"))
    line = "Released 2026-11-25 (updated 2026-11-25)"
    assert line in text(release)
    status = next(p for p in html_page(release).iter("p")
                  if p.attrs.get("class") == "release-line")
    assert status.text() == line
    assert [t.attrs["datetime"] for t in status.iter("time")] == ["2026-11-25"] * 2
    assert line in [paragraph for _, paragraph in docx_paragraphs(open_docx(release))]

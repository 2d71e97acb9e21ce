"""A release prints its dates in its own language's form, whatever date style its house
style names (tester13 M1: the English version of a Chinese release, made with the Chinese
house style's 年月日, printed "2026年12月8日" in its release line and dateline), and
readiness flags a date typed in another language's form."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.checks import check
from releasedesk.exporting import draft_bytes
from releasedesk.language_tag import date_style_of, is_chinese
from releasedesk.model import DATE_FORMATS, Conventions
from releasedesk.twins.making import make_twin

from examples import examples
from helpers import make_release

LANGUAGES = ("en", "en-GB", "en-US", "fr", "de", "zh-CN", "zh-TW", "zh")
CHINESE_FORM = re.compile(r"\d{1,4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LONG_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
ENGLISH_FORM = re.compile(r"(?<![A-Za-z])(?:" + "|".join(MONTHS) + r")[a-z]*\.?\s+\d")
DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


def _release(language: str, style: str, day: date, embargoed: bool) -> str:
    """The plain text of a release in *language* whose house names the date style *style*,
    its text holding no date of its own (the release line, dateline and embargo print
    the only ones)."""
    chinese = is_chinese(language)
    release = make_release(
        language=language, release_date=day,
        conventions=Conventions(date_format=style, status_line=not chinese),
        headline="芬霍洛区启用新水厂" if chinese else "Fernhollow opens a water works",
        subheadline="", dateline="芬霍洛" if chinese else "FERNHOLLOW",
        body="水务局今天宣布。" if chinese else "The water board said so.",
        boilerplate="", keywords=[])
    if embargoed:
        release.status = "embargoed"
        release.embargo_until = datetime.combine(day, time(9, 30), ZoneInfo("Asia/Shanghai"))
    return draft_bytes(release, "txt").decode()


@settings(max_examples=examples(200, 60), deadline=None)
@given(language=st.sampled_from(LANGUAGES), style=st.sampled_from(sorted(DATE_FORMATS)),
       day=DAYS, embargoed=st.booleans())
def test_a_release_prints_its_dates_in_its_own_languages_form(
        language: str, style: str, day: date, embargoed: bool) -> None:
    text = _release(language, style, day, embargoed)
    if is_chinese(language):
        assert f"{day.year}年{day.month}月{day.day}日" in text
        assert not ENGLISH_FORM.search(text), text
    else:
        assert not CHINESE_FORM.search(text), text
        month = (LONG_MONTHS if date_style_of(language) == "dmy" or style in ("long", "dmy")
                 else MONTHS)[day.month - 1]
        assert month in text or day.isoformat() in text, text


# (the source's language and date style, the version's language, the version's style)
TWINS = [
    ("zh-CN", "zh", "en", "ap"),
    ("zh-CN", "zh", "en-GB", "dmy"),
    ("zh-CN", "zh", "fr", "ap"),
    ("zh-TW", "zh", "en-US", "ap"),
    ("en", "ap", "zh-CN", "zh"),
    ("en-GB", "dmy", "zh-CN", "zh"),
    ("en", "long", "en-GB", "long"),  # (the house's own style, right in both)
    ("en", "iso", "fr", "iso"),
    ("zh-CN", "zh", "zh-TW", "zh"),
]


@pytest.mark.parametrize(("source_language", "source_style", "language", "style"), TWINS)
def test_a_language_version_takes_its_languages_date_style(
        source_language: str, source_style: str, language: str, style: str) -> None:
    source = make_release(language=source_language, release_date=date(2026, 12, 8),
                          conventions=Conventions(date_format=source_style))
    twin = make_twin(source, language, profiles=[])
    assert twin.conventions.date_format == style
    assert source.conventions.date_format == source_style  # (the source is left as it was)
    twin.headline, twin.body = "Headline", "Body."
    text = draft_bytes(twin, "txt").decode()
    assert bool(CHINESE_FORM.search(text)) == is_chinese(language), text


def _typed(day: date, chinese_form: bool, with_year: bool) -> str:
    if chinese_form:
        return (f"{day.year}年" if with_year else "") + f"{day.month}月{day.day}日"
    return f"{MONTHS[day.month - 1]}. {day.day}" + (f", {day.year}" if with_year else "")


FIELDS = ("headline", "subheadline", "body", "boilerplate")


@settings(max_examples=examples(200, 60), deadline=None)
@given(language=st.sampled_from(LANGUAGES), style=st.sampled_from(sorted(DATE_FORMATS)),
       day=DAYS, chinese_form=st.booleans(), with_year=st.booleans(),
       field=st.sampled_from(FIELDS))
def test_readiness_flags_a_date_in_another_languages_form(
        language: str, style: str, day: date, chinese_form: bool, with_year: bool,
        field: str) -> None:
    typed = _typed(day, chinese_form, with_year)
    release = make_release(language=language, conventions=Conventions(date_format=style),
                           release_date=date(2026, 12, 8))
    setattr(release, field, f"{getattr(release, field)} {typed}".strip())
    found = [f for f in check(release, now=datetime(2026, 12, 8, tzinfo=UTC), register=False)
             if f.code == "date_other_language"]
    other = chinese_form != is_chinese(language)
    assert [(f.field, f.about) for f in found] == ([(field, typed)] if other else [])
    if other:
        right = dict(found[0].args)["right"]
        assert isinstance(right, str)
        assert bool(CHINESE_FORM.search(right)) == is_chinese(language)

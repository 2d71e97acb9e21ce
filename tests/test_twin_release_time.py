"""A language version's time of release (发布时间) is the source's instant (smoke15: the
English version of a Chinese portal release wrote 09:30Z for 09:30 Beijing time), and the
portal line's items keep their gap on a web page (three ASCII spaces folded into one)."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from releasedesk.exporting import export_context
from releasedesk.model import Release
from releasedesk.release_moment import release_moment
from releasedesk.render import build_layout
from releasedesk.render.html_writer import write_html
from releasedesk.twins.making import make_twin

from helpers import make_release

LANGUAGES = ["zh-CN", "zh-TW", "en-US", "en-GB", "fr-FR", "de-DE"]
ZONES = ["", "UTC", "Asia/Shanghai", "Europe/London", "America/New_York", "Asia/Tokyo"]


def moment(release: Release) -> datetime:
    assert release.release_date is not None
    return release_moment(release.release_date, release.release_time,
                          release.conventions.zone, release.language)


@given(source_language=st.sampled_from(LANGUAGES), twin_language=st.sampled_from(LANGUAGES),
       zone=st.sampled_from(ZONES), hour=st.integers(0, 23), minute=st.integers(0, 59),
       day=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)))
def test_a_version_releases_at_the_same_instant(source_language: str, twin_language: str,
                                                zone: str, hour: int, minute: int,
                                                day: date) -> None:
    source = make_release()
    source.language = source_language
    source.conventions.zone = zone
    source.release_date = day
    source.release_time = f"{hour:02d}:{minute:02d}"
    twin = make_twin(source, twin_language, [])
    assert twin.release_date == day
    assert twin.release_time == source.release_time
    assert moment(twin) == moment(source)


def test_the_english_portal_line_keeps_its_gap_on_the_web_page() -> None:
    release = make_release()
    release.language = "en-US"
    release.conventions.portal_fields = True
    release.source = "Fernhollow District Administration"
    release.release_date = date(2026, 11, 25)
    release.release_time = "09:30"
    page = write_html(build_layout(release), export_context(None)).decode()
    line = next(part for part in page.split("\n") if 'class="release-line"' in part)
    assert "Administration\u00a0\u00a0 Release time" in line
    assert "   " not in line

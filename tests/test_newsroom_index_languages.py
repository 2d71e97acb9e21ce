"""The newsroom's index in every language it lists: its heading names each language's
organisation, not the most frequent one's alone, and each entry's date is written as its
language writes dates (tester13: "Fernhollow District Administration" headed the Chinese
section, which showed 2026-11-25)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from lxml import etree

from releasedesk.newsroom.build import build_newsroom

from newsroom_helpers import write

AS_OF = datetime(2026, 12, 31, 12, 0, tzinfo=UTC)
EN, ZH = "Fernhollow District Administration", "芬霍洛区行政公署"

# (each release: language, organisation), the heading
TABLE = [
    ([("en", EN)] * 3, EN),
    ([("en", EN)] * 3 + [("zh-CN", ZH)], f"{EN} / {ZH}"),
    ([("zh-CN", ZH)] * 2 + [("en", EN)], f"{ZH} / {EN}"),  # (the larger section first)
    ([("en", EN), ("en", EN), ("en", "Calloway Harbour Authority")], EN),
    ([("en", EN), ("zh-CN", EN)], EN),  # (one name, once)
    ([("en", EN), ("zh-CN", "")], EN),
    ([("en", ""), ("zh-CN", "")], "Newsroom"),
]


@pytest.mark.parametrize(("releases", "heading"), TABLE)
def test_the_heading_names_each_languages_organisation(
        tmp_path: Path, releases: list[tuple[str, str]], heading: str) -> None:
    source, out = tmp_path / "releases", tmp_path / "site"
    for number, (language, organization) in enumerate(releases):
        write(source, f"r{number}.release", headline=f"Release {number}", stage="published",
              language=language, organization=organization, day=date(2026, 11, 1 + number))
    build_newsroom(source, out, as_of=AS_OF)
    page = etree.HTML((out / "index.html").read_bytes())
    assert page.findtext(".//h1") == heading
    assert page.findtext(".//title") == heading


def test_each_entry_is_dated_as_its_language_writes_dates(tmp_path: Path) -> None:
    source, out = tmp_path / "releases", tmp_path / "site"
    days = {"en": date(2026, 11, 25), "zh-CN": date(2026, 12, 8), "zh-TW": date(2026, 1, 3),
            "fr": date(2026, 2, 14)}
    for language, day in days.items():
        write(source, f"{language}.release", headline=language, stage="published",
              language=language, day=day)
    build_newsroom(source, out, as_of=AS_OF)
    page = etree.HTML((out / "index.html").read_bytes())
    for section in page.iterfind(".//section"):
        language = section.get("lang")
        day = days[language]
        shown = [time.text for time in section.iterfind(".//time")]
        assert shown == ([f"{day.year}年{day.month}月{day.day}日"] if language.startswith("zh")
                         else [day.isoformat()])
        # (the machine-readable moment keeps its ISO form)
        assert [time.get("datetime")[:10] for time in section.iterfind(".//time")] == \
            [day.isoformat()]

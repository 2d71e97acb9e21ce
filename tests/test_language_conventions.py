"""A release of no house style prints as releases in its language do: a Chinese office that
skips the set-up gets the Chinese house styles' conventions (no 即时发布, no ###, Beijing
time), as the set-up would have given it."""

from __future__ import annotations

from datetime import date

import pytest

from releasedesk.exporting import draft_bytes
from releasedesk.house_setup import defaults_for, make_profile
from releasedesk.model import FooterLine, new_release

# (language, prints a status line and ###, its dates, its zone)
TABLE = [
    ("zh-CN", False, "zh", "Asia/Shanghai"),
    ("zh-TW", False, "zh", "Asia/Shanghai"),
    ("zh", False, "zh", "Asia/Shanghai"),
    ("en", True, "ap", ""),
    ("en-GB", True, "ap", ""),
    ("fr", True, "ap", ""),
]


@pytest.mark.parametrize(("language", "marks", "dates", "zone"), TABLE)
def test_a_new_release_prints_as_its_language_does(language: str, marks: bool, dates: str,
                                                    zone: str) -> None:
    release = new_release(date(2026, 12, 6), language=language)
    assert release.conventions.status_line is marks
    assert release.end_mark == ("###" if marks else "")
    assert release.conventions.date_format == dates
    assert release.conventions.zone == zone
    release.headline, release.body = "芬霍洛区启用新自来水厂", "芬霍洛区水务局今天宣布。"
    release.footer = [FooterLine("版权所有")]
    text = draft_bytes(release, "txt").decode()
    for mark in ("###", "即时发布", "FOR IMMEDIATE RELEASE"):
        assert (mark in text) == (marks and mark in ("###", "FOR IMMEDIATE RELEASE")), mark


@pytest.mark.parametrize("interface", ["zh_CN", "en"])
def test_skipping_the_set_up_prints_as_the_set_up_would_have(interface: str) -> None:
    answers = defaults_for(interface)
    answers.organization = "芬霍洛区水务局"
    made = make_profile(answers, "office", date(2026, 12, 6))
    blank = new_release(date(2026, 12, 6), language=answers.language)
    assert blank.end_mark == made.end_mark
    for setting in ("status_line", "embargo_position", "date_format", "zone"):
        if setting == "zone" and not made.conventions.zone:
            continue  # (an English desktop's set-up takes this computer's zone)
        assert getattr(blank.conventions, setting) == getattr(made.conventions, setting), \
            setting

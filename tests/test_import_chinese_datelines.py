"""A Chinese draft's first words are not taken for a dateline because they hold 电.

Found by the tester: "区供电局今天宣布…" came in with the dateline "区供" and the body
"局今天宣布…", which every export then printed as "区供电　局今天宣布…"; so did any lead
opening with 供电局, 电网, 电视台, 电信 or 电力. A dateline's 电 is followed by a dash, a colon,
a space or the reporter's bracket, or follows a date. "本报讯" and "温岭讯" are source lines
that now come in as written.
"""

from __future__ import annotations

from datetime import date

import pytest

from releasedesk.importing import READERS, import_bytes
from releasedesk.importing.dateline import find_dateline
from releasedesk.model import Release
from releasedesk.render.words import format_dateline, words_for

PLACES = ["区供", "国家", "南方", "市供", "芬霍洛", "温岭区"]
WORDS_WITH_DIAN = ["电局今天宣布", "电网公司表示", "电视台今天报道", "电信分公司称", "电力公司今天",
                   "电动车充电桩今天投用", "电子政务平台上线"]


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("rest", WORDS_WITH_DIAN)
def test_words_holding_dian_are_no_dateline(place: str, rest: str) -> None:
    assert find_dateline(place + rest + "，检修期间将提前通知。") is None


DATELINES = [
    ("芬霍洛11月25日电——", "芬霍洛", date(2026, 11, 25)),
    ("新华社北京12月1日电　", "新华社北京", date(2026, 12, 1)),
    ("中新网12月1日电", "中新网", date(2026, 12, 1)),
    ("电白11月25日电——", "电白", date(2026, 11, 25)),  # a dated place may hold 电
    ("本报北京电　", "本报北京", None),
    ("芬霍洛电：", "芬霍洛", None),
    ("芬霍洛电 ", "芬霍洛", None),
    ("本报讯　", "本报讯", None),
    ("温岭讯——", "温岭讯", None),
]
# A dateline without a gap after it stands before the reporter's bracket only (or a date).
BARE = [("本报讯", "本报讯", None), ("本报北京电", "本报北京", None)]


@pytest.mark.parametrize(("lead", "place", "day", "words"), [
    *((lead, place, day, words) for lead, place, day in DATELINES
      for words in ("（记者 王蕾）今天", "区供电局今天宣布检修计划。")),
    *((lead, place, day, "（记者 王蕾）今天") for lead, place, day in BARE),
])
def test_a_dateline_is_found_and_its_words_follow(lead: str, place: str, day: date | None,
                                                   words: str) -> None:
    found = find_dateline(lead + words, date(2026, 11, 1))
    assert found is not None
    assert found[0] == place and found[1] == day
    assert (lead + words)[found[3]:].lstrip("\u3000 ") == words


def imported(text: str) -> Release:
    raw = "区供电局发布冬季检修计划\n\n" + text + \
        "\n\n国家电网公司表示，检修期间将提前发布通知。\n"
    release, _ = import_bytes(raw.encode(), "draft.txt", READERS["txt"])
    return release


@pytest.mark.parametrize("rest", WORDS_WITH_DIAN)
def test_an_imported_lead_with_dian_keeps_every_character_in_the_body(rest: str) -> None:
    lead = "区供" + rest + "，十二月将对城区三条线路进行检修。"
    release = imported(lead)
    assert release.dateline == ""
    assert release.body.split("\n\n")[0] == lead


@pytest.mark.parametrize("source", ["本报讯", "温岭讯"])
def test_a_bare_source_line_comes_in_as_written_and_prints_so(source: str) -> None:
    release = imported(f"{source}\u3000区供电局今天宣布，十二月将对城区线路进行检修。")
    assert release.dateline == source
    assert release.body.startswith("区供电局今天宣布")
    words = words_for("zh-CN")
    assert format_dateline(words, release.dateline, None, "iso", "zh-CN") == source

"""A register name written with one character wrong in Chinese text, its surname kept, is
flagged wherever a name stands, with or without a title beside it (tester13 M2: 「局长周明化」
was flagged, 「。周明化还表示」 was not), and an ordinary word that starts with a surname's
character is not (每周明确, 扩张建设, 提高志愿)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.proofing.engine import Proofer
from releasedesk.register import Person, Register, Title

from examples import examples

DAY = date(2026, 12, 8)
REGISTER = Register(people=[
    Person("Zhou Minghua", "周明华", titles=[
        Title("Deputy Director", "副局长", end=date(2025, 12, 31)),
        Title("Director", "局长", start=date(2026, 1, 1))]),
    Person("Zhang Jianguo", "张建国", titles=[Title("Mayor", "市长")]),
    Person("Gao Zhiming", "高志明", titles=[Title("Chair", "主任")]),
    Person("Wang Guoqiang", "王国强", titles=[Title("Secretary", "秘书长")]),
    Person("Ouyang Minghua", "欧阳明华", titles=[Title("Director", "处长")]),
])
PROOFER = Proofer(REGISTER, variant=None, ap_numbers=False)


def _flagged(text: str) -> list[tuple[str, str]]:
    """(what was flagged, the name offered) for each register-name finding in *text*."""
    return [(text[f.start:f.end], f.suggestion) for f in PROOFER.proof_text("body", text, DAY)
            if f.code == "register_name"]


TABLE = [
    # the tester's sentence: after a full stop, no title
    ("副局长周明华指出，夜班公交将动态调整。周明化还表示，欢迎市民提出意见。",
     [("周明化", "周明华")]),
    ("局长周明化表示，此次行动每天可服务市民。", [("周明化", "周明华")]),  # (a title before)
    ("周明化局长表示。", [("周明化", "周明华")]),  # the text's start, a title after
    ("会议由周明化主持。", [("周明化", "周明华")]),  # after a word a name follows
    ("“周名华说得对。”", [("周名华", "周明华")]),  # after a quotation mark
    ("出席：张建国、张建果、高志明。", [("张建果", "张建国")]),  # in a list
    ("欧阳明化处长出席。", [("欧阳明化", "欧阳明华")]),  # four characters, compound surname
    ("局长周明华表示，感谢市民。", []),  # written right
    ("吴明华表示。", []),  # another surname: another person
    ("周明确表示。", [("周明确", "周明华")]),  # (where a name stands, 明确 reads as a name)
    # ordinary words that start with a surname's character, inside a sentence: no name
    ("本市每周明确一次线路安排。", []),
    ("港区扩张建设将持续三年。", []),
    ("活动旨在提高志愿者的服务水平。", []),
    ("这座王国的历史很长。", []),
    ("本周明天起试行。", []),
    ("周小华表示。", [("周小华", "周明华")]),
    # two characters wrong, or the surname wrong: not a near-miss
    ("周小花表示。", []),
    ("邹明华表示。", []),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_a_near_miss_of_a_chinese_register_name(text: str, expected: list[tuple[str, str]]
                                                 ) -> None:
    assert _flagged(text) == expected


# Characters of given names, and text around a name: a break, a title, a word a name
# follows, or nothing.
_GIVEN = "明华国强建志文海东伟平军新军涛庆刚晓"
_OTHER = "小大立红春秋德安宁光"
_BEFORE = ["", "。", "，", "、", "“", "\n", "局长", "市长", "主任", "记者", "由", "与", "据"]
_AFTER = ["表示。", "还表示，", "说。", "局长出席。", "主持会议。", "、"]


@settings(max_examples=examples(300, 80), deadline=None)
@given(surname=st.sampled_from("周张王李陈刘杨黄"), given=st.text(_GIVEN, min_size=2, max_size=2),
       position=st.integers(1, 2), wrong=st.sampled_from(_OTHER),
       before=st.sampled_from(_BEFORE), after=st.sampled_from(_AFTER),
       lead=st.sampled_from(["", "市交通运输局今天召开发布会。"]))
def test_one_wrong_character_after_the_surname_is_flagged_where_a_name_stands(
        surname: str, given: str, position: int, wrong: str, before: str, after: str,
        lead: str) -> None:
    name = surname + given
    written = name[:position] + wrong + name[position + 1:]
    proofer = Proofer(Register(people=[Person("X", name, titles=[Title("Director", "局长")])]),
                      variant=None, ap_numbers=False)

    def flagged(text: str) -> list[tuple[str, str]]:
        return [(text[f.start:f.end], f.suggestion)
                for f in proofer.proof_text("body", text, DAY) if f.code == "register_name"]

    assert flagged(lead + before + written + after) == [(written, name)]
    # the name written right, or with its surname or two characters changed, is not
    assert flagged(lead + before + name + after) == []
    assert flagged(lead + before + "邹" + name[1:] + after) == []
    assert flagged(lead + before + surname + wrong + wrong + after) == []

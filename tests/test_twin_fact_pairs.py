"""Facts compared across language versions: found by tester12 on a water bureau's pair.

- A dateline typed as a place alone prints the release date: its date is compared with a
  dateline typed whole ("芬霍洛12月6日电"), never left over to pair with another date.
- What is left over on both sides is paired like with like: a weekday with a weekday, a
  date with a date ("Wednesday" was paired with "12月8日" and "Dec. 9" with "星期二").
- 二次 before a noun ("二次供水": secondary supply) is no count of two; 两次 is.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from releasedesk.model import Release
from releasedesk.twins.facts import DATE, NUMBER, facts
from releasedesk.twins.match import compare, release_facts

from helpers import make_release

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ZH_WEEKDAYS = "一二三四五六日"
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec.")
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
places = st.sampled_from(["FERNHOLLOW", "PORT CALLOWAY", "Riverside", "LOWER VALE"])
zh_places = st.sampled_from(["芬霍洛", "临江", "河畔"])


def pair(day: date, place: str, zh_place: str, zh_day: date, body: str = "Opened.",
         zh_body: str = "开放。") -> tuple[Release, Release]:
    english = make_release(release_date=day, dateline=place, body=body)
    chinese = make_release(language="zh-CN", release_date=day, body=zh_body,
                           dateline=f"{zh_place}{zh_day.month}月{zh_day.day}日电")
    return english, chinese


@given(days, places, zh_places, st.integers(min_value=-40, max_value=40))
def test_a_place_alone_is_compared_with_the_release_date_it_prints(
        day: date, place: str, zh_place: str, shift: int) -> None:
    english, chinese = pair(day, place, zh_place, day + timedelta(days=shift))
    dated = [m for m in compare(release_facts(english), release_facts(chinese))
             if m.kind == DATE]
    if shift == 0:
        assert dated == []
    else:
        assert len(dated) == 1
        assert dated[0].here is not None and dated[0].there is not None
        assert dated[0].here.field == dated[0].there.field == "dateline"
        assert dated[0].here.value == day.isoformat()


@given(days, st.lists(st.tuples(st.booleans(), days, st.booleans()), min_size=1, max_size=4),
       st.lists(st.tuples(st.booleans(), days, st.booleans()), min_size=1, max_size=4))
def test_left_over_dates_pair_like_with_like(
        day: date, ours: list[tuple[bool, date, bool]],
        theirs: list[tuple[bool, date, bool]]) -> None:
    """Sentences stating a weekday, a date or both, on each side, in any mix."""
    def english(weekday: bool, when: date, dated: bool) -> str:
        parts = [WEEKDAYS[when.weekday()]] if weekday else []
        parts += [f"{MONTHS[when.month - 1]} {when.day}"] if dated or not weekday else []
        return "The office opens on " + ", ".join(parts) + "."

    def chinese(weekday: bool, when: date, dated: bool) -> str:
        text = f"{when.month}月{when.day}日" if dated or not weekday else ""
        text += f"（星期{ZH_WEEKDAYS[when.weekday()]}）" if weekday else ""
        return f"办公室于{text}开放。"

    en, zh = pair(day, "FERNHOLLOW", "芬霍洛", day,
                  "\n\n".join(english(*item) for item in ours),
                  "\n\n".join(chinese(*item) for item in theirs))
    for mismatch in compare(release_facts(en), release_facts(zh)):
        if mismatch.here is not None and mismatch.there is not None:
            assert mismatch.here.value.startswith("weekday ") == \
                mismatch.there.value.startswith("weekday "), mismatch


@given(st.sampled_from(["供水", "污染", "开发", "装修", "创业", "元"]),
       st.integers(min_value=2, max_value=99),
       st.sampled_from(["第二次", "第三次", "第十次", "第十二次", "第二十次"]))
def test_er_ci_before_a_noun_is_no_count_but_any_count_of_times_is(
        noun: str, count: int, ordinal: str) -> None:
    from releasedesk.twins.numerals import to_chinese

    assert [f for f in facts(f"高层住宅二次{noun}设施同步改造。", "body") if f.kind == NUMBER] \
        == []
    assert [f.value for f in facts(f"检修{to_chinese(count)}次。", "body")
            if f.kind == NUMBER] == ([] if count == 2 else [str(count)])
    assert [f.value for f in facts("每年检修两次。", "body")] == ["2"]
    assert [f for f in facts(f"{ordinal}会议", "body") if f.kind == NUMBER] == []

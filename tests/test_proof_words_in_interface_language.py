"""The words a finding's sentence names follow the interface's language, the words it
offers to put in the text follow the release's: a relative day's right weekday ("今天应为
星期日") in a Chinese interface, whatever the release's language, and the weekday offered
in the release's own words. `releasedesk diff` labels its changes in the interface's
language like the rest of the command line."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk import document
from releasedesk.messages import catalogue, proof_parts
from releasedesk.proofing.dates import WEEKDAYS, check_dates

from helpers import make_release
from test_cli import run

ZH_WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
EN_FORMS = ("today, {day}", "{day} (today)", "Yesterday, {day}", "tomorrow ({day})")
ZH_FORMS = ("今天（{day}）", "昨天（{day}）", "明天{day}", "今日（{day}）")
OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1, "今天": 0, "今日": 0, "昨天": -1,
           "明天": 1}


@settings(max_examples=200, deadline=None)
@given(st.dates(date(2020, 1, 1), date(2035, 12, 31)), st.integers(0, 6), st.booleans(),
       st.integers(0, 3))
def test_a_relative_day_s_weekday_is_named_in_the_interface_s_language(
        release_day: date, written: int, chinese_text: bool, form: int) -> None:
    template = (ZH_FORMS if chinese_text else EN_FORMS)[form]
    day_word = (ZH_WEEKDAYS if chinese_text else WEEKDAYS)[written]
    text = template.format(day=day_word)
    word = next(w for w in OFFSETS if w in text.lower())
    meant = release_day + timedelta(days=OFFSETS[word])
    found = check_dates("body", text, release_day)
    if meant.weekday() == written:
        assert found == []
        return
    (item,) = found
    # The correction offered follows the release's language (it goes into its text) …
    right_in_text = (ZH_WEEKDAYS if chinese_text else WEEKDAYS)[meant.weekday()]
    assert item.suggestion.endswith(right_in_text)
    # … the sentence, the interface's: no English weekday in Chinese, and back.
    _, _, zh_sentence = proof_parts(item, "zh_CN")
    assert ZH_WEEKDAYS[meant.weekday()] in zh_sentence
    said = zh_sentence.replace(f"“{text}”", "")  # (the text as written, quoted, aside)
    assert not any(name in said for name in WEEKDAYS)
    _, _, en_sentence = proof_parts(item, "en")
    assert WEEKDAYS[meant.weekday()] in en_sentence
    assert en_sentence == item.message


@pytest.mark.parametrize(("language", "body", "weekday"), [
    ("zh-CN", "今天（星期一）开馆。", "星期日"),
    ("en-US", "The library opens today, Monday.", "星期日"),
])
def test_check_proof_in_chinese_names_the_weekday_in_chinese(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, body: str,
        weekday: str) -> None:
    path = tmp_path / "day.release"
    document.save(make_release(language=language, body=body,
                               release_date=date(2026, 12, 6)), path)
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "zh_CN")
    result = run("check", "--proof", path)
    line = next(line for line in result.stdout.splitlines() if "不符" in line)
    assert f"应为{weekday}" in line
    said, offered = line.split("”", 1)[1].split(" → ")  # (the text as written aside)
    assert not any(name in said for name in WEEKDAYS)
    assert offered == ("星期日" if language == "zh-CN" else "Sunday")  # the text's words
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "en")
    english = run("check", "--proof", path).stdout
    assert "is Sunday" in english


# A change in each kind of field the diff labels, and the label's English template.
CHANGES = [
    ({"body": "First paragraph.\n\nSecond paragraph, now longer."},
     "Body, paragraph {number}", 2),
    ({"boilerplate": "Northgate Library Trust runs five branches and a mobile library."},
     "About, paragraph {number}", 1),
    ({"headline": "Northgate Library Opens on Sundays"}, "Headline", 0),
]


@pytest.mark.parametrize(("changes", "template", "number"), CHANGES)
@pytest.mark.parametrize("code", ["zh_CN", "en"])
def test_diff_labels_speak_the_interface_s_language(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, changes: dict[str, str],
        template: str, number: int, code: str) -> None:
    old = make_release(body="First paragraph.\n\nSecond paragraph.")
    new = make_release(body="First paragraph.\n\nSecond paragraph.")
    for name, value in changes.items():
        setattr(new, name, value)
    document.save(old, tmp_path / "old.release")
    document.save(new, tmp_path / "new.release")
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", code)
    result = run("diff", tmp_path / "old.release", tmp_path / "new.release")
    assert result.returncode == 1
    labels = [line for line in result.stdout.splitlines()
              if line and not line.startswith(("    ", "---", "+++"))]
    words = catalogue("zh_CN").get(template, "") if code == "zh_CN" else template
    assert words, template  # (the Chinese catalogue translates the label)
    assert labels == [words.format(number=number, setting="")]
    if code == "zh_CN":
        assert all(label.isascii() is False for label in labels)

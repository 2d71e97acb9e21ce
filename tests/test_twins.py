"""Language twins: normalisers over many inputs, the twin command's round trip, the link
surviving a move, sign-offs per version, and hostile links giving one sentence."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk import cli, document
from releasedesk.checks import check
from releasedesk.clearance.signoffs import report
from releasedesk.language_tag import names_a_language, primary
from releasedesk.model import Release, TwinLink
from releasedesk.twins.facts import facts
from releasedesk.twins.link import MISSING, OUTSIDE, SAME_ID, follow
from releasedesk.twins.numerals import chinese, to_chinese

from examples import examples
from helpers import make_release

DAY = date(2026, 11, 20)


@given(st.integers(min_value=0, max_value=10**12))
def test_any_integer_in_chinese_numerals_reads_back(number: int) -> None:
    assert chinese(to_chinese(number)) == number


@given(st.integers(min_value=2, max_value=99_999_999))
def test_a_number_in_arabic_or_chinese_numerals_is_the_same_fact(number: int) -> None:
    english = facts(f"We counted {number:,} seats.", "body", DAY)
    written = to_chinese(number).replace("二", "两", 1) if number % 7 == 0 else \
        to_chinese(number)
    chinese_facts = facts(f"共有{written}个座位。", "body", DAY)
    assert [f.value for f in english] == [f.value for f in chinese_facts] == [str(number)]


@given(st.integers(min_value=0, max_value=23), st.sampled_from([0, 15, 30, 45]))
def test_times_in_english_and_chinese_forms_are_equal(hour: int, minute: int) -> None:
    twelve = hour % 12 or 12
    meridiem = "a.m." if hour < 12 else "p.m."
    clock = f"{twelve}:{minute:02d} {meridiem}" if minute else f"{twelve} {meridiem}"
    period = "上午" if hour < 12 else "下午"
    minutes = {0: "", 15: "15分", 30: "半", 45: "45分"}[minute]
    forms = [f"It starts at {clock}.", f"It starts at {hour:02d}:{minute:02d}.",
             f"活动于{hour}时{minute}分开始。" if minute else f"活动于{hour}时开始。"]
    if 1 <= twelve <= 11 or hour == 12:
        forms.append(f"活动于{period if hour != 12 else '中午'}{to_chinese(twelve)}点"
                     f"{minutes}开始。")
    values = {tuple(f.value for f in facts(text, "body", DAY)) for text in forms}
    assert values == {(f"{hour:02d}:{minute:02d}",)}, forms


@pytest.mark.parametrize(("english", "chinese_text"), [
    ("2 p.m.", "下午2时"), ("2 p.m.", "14:00"), ("2 p.m.", "下午两点"),
    ("Nov. 25, 2026", "2026年11月25日"), ("Wednesday", "星期三"), ("200 seats", "两百个座位"),
    ("32,000 residents", "3.2万名居民"), ("5%", "百分之五"), ("3.2 million yuan", "320万元"),
    ("$50,000", "5万美元"), ("+86 510 8555 0118", "0510-8555 0118"),
    ("https://www.Fernhollow.example/ferry/", "www.fernhollow.example/ferry"),
    ("on Saturday at noon", "周六中午"), ("until midnight", "直到午夜"),
])
def test_each_class_reads_both_languages_alike(english: str, chinese_text: str) -> None:
    left = [f.value for f in facts(english, "body", DAY)]
    right = [f.value for f in facts(chinese_text, "body", DAY)]
    assert left and left == right


def _twin(tmp_path: Path, *extra: str) -> tuple[Path, Path]:
    source = tmp_path / "story.release"
    document.save(make_release(headline="Opening", subheadline="", boilerplate="",
                               body="Opens at 2 p.m. with 200 seats."), source)
    target = tmp_path / "story-zh.release"
    assert cli.main(["twin", str(source), "--language", "zh-CN", "-o", str(target),
                     *extra]) == 0
    return source, target


def test_the_twin_keeps_what_both_share_and_starts_its_text_empty(tmp_path: Path) -> None:
    source_path, twin_path = _twin(tmp_path)
    source, twin = document.load(source_path), document.load(twin_path)
    assert twin.language == "zh-CN" and twin.headline == "" and twin.body == ""
    assert twin.contacts == source.contacts and twin.release_date == source.release_date
    assert twin.embargo_until == source.embargo_until and twin.photos == source.photos
    assert source.id and twin.id and source.id != twin.id
    assert [(link.id, link.path) for link in source.twins] == [(twin.id, "story-zh.release")]
    assert [(link.id, link.path) for link in twin.twins] == [(source.id, "story.release")]


ZONES = [timezone(timedelta(minutes=m)) for m in (-600, -300, 0, 60, 330, 480, 600, 840)]


@settings(max_examples=examples(150, 60), deadline=None)
@given(st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31)),
       st.sampled_from(ZONES), st.integers(0, 2),
       st.sampled_from(["en-US", "en-GB", "zh-CN", "fr", "zh-TW"]),
       st.sampled_from(["zh-CN", "en-US", "zh-HK", "de"]))
def test_a_twin_of_a_clean_embargo_carries_no_embargo_or_date_error(
        moment: datetime, zone: timezone, days_after: int, language: str,
        twin_language: str) -> None:
    # The twin prints the same instant (in 北京时间 when Chinese): dated the day it prints
    # it on where that is later, as the tester's ferry (23:00 UTC, Dec 6) was not.
    from releasedesk.render.words import printed_moment
    from releasedesk.twins.making import make_twin

    until = moment.replace(tzinfo=zone)
    source = make_release(language=language, status="embargoed", embargo_until=until,
                          embargo_zone="")
    lifts = printed_moment(until, language).date()
    source.release_date = lifts + timedelta(days=days_after)
    assert "embargo_after_release" not in _codes(source, until)
    if primary(twin_language) == primary(language):
        return
    twin = make_twin(source, twin_language, [])
    assert twin.embargo_until == until and twin.is_embargoed
    assert twin.release_date is not None and twin.release_date >= source.release_date
    assert twin.release_date <= max(source.release_date, printed_moment(until,
                                                                        twin_language).date())
    assert "embargo_after_release" not in _codes(twin, until)
    # An original that contradicts itself keeps its date: the error is the source's to fix.
    source.release_date = lifts - timedelta(days=1)
    assert make_twin(source, twin_language, []).release_date == source.release_date


def _codes(release: Release, until: datetime) -> set[str]:
    """The readiness findings' codes two days before the embargo lifts."""
    return {finding.code for finding in check(release, now=until - timedelta(days=2),
                                              register=False)}


def test_copy_text_marks_the_text_and_readiness_says_so(tmp_path: Path) -> None:
    _source, twin_path = _twin(tmp_path, "--copy-text")
    twin = document.load(twin_path)
    assert twin.body.startswith("[TO TRANSLATE]")
    assert any(f.code == "to_translate" for f in check(twin, path=twin_path))


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["a", "press/2026", "x y", "深圳"]), st.booleans())
def test_the_link_survives_saving_loading_and_moving_both(tmp_path: Path, folder: str,
                                                          zh_apart: bool) -> None:
    base = tmp_path / folder
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    source_path, twin_path = _twin(base)
    moved = tmp_path / "moved" / folder
    shutil.rmtree(tmp_path / "moved", ignore_errors=True)
    moved.mkdir(parents=True)
    new_source = moved / source_path.name
    shutil.move(source_path, new_source)
    shutil.move(twin_path, moved / twin_path.name)
    release = document.load(new_source)
    document.save(release, new_source, in_place=True)
    findings = check(document.load(new_source), path=new_source)
    # (the version is found where it went; it is still unwritten, so held out of the package)
    assert [f.code for f in findings if f.field == "twins"] == ["twin_held_not_written"]


def test_a_missing_partner_is_one_finding_and_the_link_stays(tmp_path: Path) -> None:
    source_path, twin_path = _twin(tmp_path)
    twin_path.unlink()
    release = document.load(source_path)
    found = [f for f in check(release, path=source_path) if f.field == "twins"]
    assert [f.code for f in found] == ["twin_missing"]
    assert found[0].message.count(".") >= 1 and "\n" not in found[0].message
    assert release.twins and follow(release, source_path, release.twins[0]).state == MISSING


def test_a_changed_fact_in_the_twin_names_both_places(tmp_path: Path) -> None:
    source_path, twin_path = _twin(tmp_path)
    twin = document.load(twin_path)
    twin.headline, twin.body = "开放", "下午3时开放，共有两百个座位。"
    document.save(twin, twin_path, in_place=True)
    found = check(document.load(source_path), path=source_path)
    facts_found = [f for f in found if f.code == "twin_fact_differs"]
    assert len(facts_found) == 1
    assert "2 p.m." in facts_found[0].message and "下午3时" in facts_found[0].message
    assert any(f.code == "twin_changed" for f in found)


@pytest.mark.parametrize("path", ["/etc/passwd", "../../../../dev/zero", "C:/x.release",
                                  "a\\b.release", "x\x00.release", "", "story.txt"])
def test_hostile_partner_paths_are_not_followed(tmp_path: Path, path: str) -> None:
    source = tmp_path / "story.release"
    release = make_release(id="abc", twins=[TwinLink("def", path, "zh-CN")])
    document.save(release, source)
    found = [f for f in check(document.load(source), path=source) if f.field == "twins"]
    assert len(found) == 1 and found[0].code == "twin_outside"
    assert follow(release, source, release.twins[0]).state == OUTSIDE


def test_two_files_claiming_the_same_id_is_one_sentence(tmp_path: Path) -> None:
    source_path, twin_path = _twin(tmp_path)
    twin = document.load(twin_path)
    twin.id = document.load(source_path).id
    document.save(twin, twin_path, in_place=True)
    release = document.load(source_path)
    found = [f for f in check(release, path=source_path) if f.field == "twins"]
    assert [f.code for f in found] == ["twin_same_id"]
    assert follow(release, source_path, release.twins[0]).state == SAME_ID


@pytest.mark.parametrize("value", [[1], ["x"], [{"id": 3, "path": "a.release"}], "x", 5])
def test_a_damaged_twins_key_refuses_the_file_with_one_sentence(tmp_path: Path,
                                                                value: object) -> None:
    path = tmp_path / "story.release"
    document.save(make_release(), path)
    data = json.loads(path.read_text("utf-8"))
    data["twins"] = value
    path.write_text(json.dumps(data), "utf-8")
    assert cli.main(["check", str(path)]) == 2


def test_each_twin_keeps_its_own_signoffs(tmp_path: Path) -> None:
    source_path, twin_path = _twin(tmp_path)
    assert cli.main(["approve", str(source_path), "--by", "Li Wei", "--role",
                     "Director"]) == 0
    assert report(document.load(source_path), None).status == "approved"
    twin = document.load(twin_path)
    assert not twin.clearance.signoffs and report(twin, None).status != "approved"


@pytest.mark.parametrize(("english", "chinese_text", "kind", "word"), [
    ("Opens at 2 p.m.", "下午3时开放。", "time", "时间"),
    ("Call 0510-8555 0118.", "请致电0510-8555 0181。", "phone", "电话号码"),
    ("With 200 seats.", "共有三百个座位。", "number", "数字"),
    ("It costs 5 million yuan.", "耗资600万元。", "money", "金额"),
    ("Up 5%.", "增长百分之六。", "percent", "百分比"),
    ("See https://a.example/x.", "见 https://a.example/y。", "url", "网址"),
    ("Write to press@a.example.", "请写信至 media@a.example。", "email", "电子邮件地址"),
])
def test_a_difference_across_versions_reads_as_chinese_in_chinese(
        tmp_path: Path, english: str, chinese_text: str, kind: str, word: str) -> None:
    """The kind of fact, the other version's language and the paragraph are words of the
    reader's language, not "与 en 版本的phone不一致（body）"."""
    from releasedesk.messages import finding_parts

    source_path, twin_path = _twin(tmp_path)
    source = document.load(source_path)
    source.body = f"First paragraph.\n\n{english}"
    document.save(source, source_path, in_place=True)
    twin = document.load(twin_path)
    twin.headline, twin.body = "开放", f"第一段。\n\n{chinese_text}"
    document.save(twin, twin_path, in_place=True)
    across = [f for f in check(document.load(twin_path), path=twin_path)
              if f.code.startswith("twin_fact")]
    assert across, kind
    messages = [finding_parts(f, "zh_CN")[2] for f in across]
    assert any(word in m and "英文版本" in m and "正文第 2 段" in m for m in messages), messages
    for message in messages:
        assert f"的{kind}" not in message and f"{kind}“" not in message, message
        assert "（body）" not in message and " en " not in message


_FORGING = ("\n", "\r", "\t", "\x00", "\x1b", "\u202e", "\u202a", "\u2066")


@pytest.mark.parametrize(("language", "path"), [
    ("zz\u202e", "../../etc/passwd"),
    ("", "/etc/passwd"),
    ('"><script>alert(1)</script>', "tw\u202egnp.release"),
    ("en\nzh", "missing\u2066.release"),
    ("\x1b[31mred", "C:\\Windows\\x.release"),
    ("x" * 500, "y" * 900 + ".release"),
])
def test_a_hostile_link_is_named_in_one_printable_line(
        tmp_path: Path, language: str, path: str) -> None:
    """A link's language and path are read from the file as they are: its finding says
    them on one line, with no bidi override turning the sentence round, and a link that
    names no language still reads as a sentence."""
    from releasedesk.messages import finding_parts

    release = make_release()
    release.id = "calloway-1"
    release.twins = [TwinLink("other-1", path, language, "")]
    where = tmp_path / "release.release"
    document.save(release, where)
    found = [f for f in check(document.load(where), path=where) if f.field == "twins"]
    assert len(found) == 1
    for code in ("en", "zh_CN"):
        message = finding_parts(found[0], code)[2]
        assert not any(ch in message for ch in _FORGING), message
        assert "  " not in message and len(message) < 400
        if not language:
            assert "unnamed language" in message or "未注明语言" in message


def test_a_library_shows_no_language_a_link_cannot_name(tmp_path: Path) -> None:
    from releasedesk.newsroom.library import list_library

    _source, twin_path = _twin(tmp_path)
    twin = document.load(twin_path)
    twin.twins = [TwinLink(link.id, link.path, '"><b>x</b>\u202e', link.fingerprint)
                  for link in twin.twins]
    document.save(twin, twin_path, in_place=True)
    library = list_library(tmp_path)
    at = next(k for k, entry in enumerate(library.entries) if entry.relative == twin_path.name)
    [version] = library.versions_at(at)
    assert version.language == "en"  # (the partner's own, as its file says)


@pytest.mark.parametrize("tag", ["<script>", "zh-CN\n", "zh\u202eCN", "x-", "a" * 40,
                                 "zh\x1b[2J", "", "French", "english", "f", "None",
                                 "chinese-CN"])
def test_a_language_tag_that_is_none_is_refused_in_one_printable_line(
        tmp_path: Path, tag: str, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "story.release"
    document.save(make_release(headline="Opening"), source)
    before = source.read_bytes()
    assert cli.main(["twin", str(source), "--language", tag]) != 0
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and said.startswith("releasedesk: ")
    assert not any(ch in said for ch in ("\u202e", "\x1b", "\r")), said
    assert source.read_bytes() == before and sorted(tmp_path.iterdir()) == [source]


@pytest.mark.parametrize(("start", "again", "refused"), [
    ("source", "zh-CN", True),  # the release again, in the language it has a version in
    ("source", "zh_CN", True),
    ("twin", "en", True),  # the version, in the release's own language
    ("twin", "en-US", False),  # another variant: a version of its own (hreflang en-US)
    ("source", "zh-HK", False),
    ("source", "fr", False),
])
def test_a_second_version_in_one_language_is_refused_not_relinked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], start: str, again: str,
        refused: bool) -> None:
    """Found by the tester: `twin story-zh.release --language en`, where story.release was
    already its English version, linked the Chinese file to a new empty one while
    story.release still claimed it."""
    source_path, twin_path = _twin(tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    path = source_path if start == "source" else twin_path
    target = tmp_path / "another.release"
    code = cli.main(["twin", str(path), "--language", again, "-o", str(target)])
    err = capsys.readouterr().err
    if refused:
        assert code == 2 and "already has its" in err and "open that one instead" in err
        assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    else:
        assert code == 0 and target.exists()
        ids = {link.id for link in document.load(path).twins}
        assert document.load(target).id in ids and len(ids) == 2
    # each side still names the other
    source, twin = document.load(source_path), document.load(twin_path)
    assert twin.id in {link.id for link in source.twins}
    assert source.id in {link.id for link in twin.twins}


def test_a_version_whose_file_is_gone_may_be_made_again(tmp_path: Path) -> None:
    source_path, twin_path = _twin(tmp_path)
    twin_path.unlink()
    target = tmp_path / "again.release"
    assert cli.main(["twin", str(source_path), "--language", "zh-CN", "-o", str(target)]) == 0
    links = document.load(source_path).twins
    assert [link.path for link in links] == ["again.release"]


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8}){0,2}", fullmatch=True))
def test_a_version_s_language_starts_with_a_two_or_three_letter_code(tag: str) -> None:
    """"fr", "zh-CN", "yue-HK" name a language; "French", "f", "english-GB" do not (a page's
    lang and hreflang say a language by its ISO 639 code)."""
    assert names_a_language(tag) == (2 <= len(tag.split("-")[0]) <= 3)
    assert names_a_language(tag.replace("-", "_")) == names_a_language(tag)


NAMED_ZONES = ["Europe/London", "America/New_York", "Asia/Shanghai", "Australia/Sydney",
               "Asia/Kolkata", "Pacific/Auckland", "UTC", ""]


@settings(max_examples=examples(200, 80), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31)),
       st.sampled_from(NAMED_ZONES[:-1]),
       st.sampled_from(["en", "en-GB", "zh-CN", "fr", "zh-TW"]),
       st.sampled_from(["zh-CN", "en-US", "zh-HK", "de", "en-GB"]),
       st.sampled_from(NAMED_ZONES))
def test_a_twin_s_embargo_is_the_same_instant_told_in_its_own_zone(
        moment: datetime, zone_name: str, language: str, twin_language: str,
        house_zone: str) -> None:
    """New Language Version: the twin's embargo is the source's instant, its date and its
    time of day both in the twin's zone (its house style's in that language when it has
    one; Beijing time for a Chinese version of another language's release; else the
    source's): 23:30 in London is 07:30 the next day in Shanghai, not 23:30 of it."""
    from zoneinfo import ZoneInfo

    from releasedesk.profiles import Profile
    from releasedesk.twins.making import make_twin

    if primary(twin_language) == primary(language):
        return
    until = moment.replace(tzinfo=ZoneInfo(zone_name))
    source = make_release(language=language, status="embargoed", embargo_until=until,
                          embargo_zone=zone_name, profile="harbour")
    profiles = []
    if house_zone:
        profile = Profile(name=f"harbour-{primary(twin_language)}", language=twin_language)
        profile.conventions.zone = house_zone
        profiles.append(profile)
    twin = make_twin(source, twin_language, profiles)
    expected = house_zone or ("Asia/Shanghai" if primary(twin_language) == "zh" and
                              primary(language) != "zh" else zone_name)
    assert twin.embargo_zone == expected
    assert twin.embargo_until is not None
    assert twin.embargo_until == until  # the same instant
    local = until.astimezone(ZoneInfo(expected))
    assert twin.embargo_until.replace(tzinfo=None) == local.replace(tzinfo=None)
    assert twin.embargo_until.utcoffset() == local.utcoffset()


def test_a_chinese_twin_of_a_london_embargo_says_the_next_day_at_half_past_seven() -> None:
    from zoneinfo import ZoneInfo

    from releasedesk.exporting import draft_bytes
    from releasedesk.twins.making import make_twin

    source = make_release(language="en", status="embargoed", release_date=date(2026, 11, 25),
                          embargo_until=datetime(2026, 11, 25, 23, 30,
                                                 tzinfo=ZoneInfo("Europe/London")),
                          embargo_zone="Europe/London")
    twin = make_twin(source, "zh-CN", [], copy_text=True)
    assert twin.embargo_until is not None and twin.embargo_zone == "Asia/Shanghai"
    assert (twin.embargo_until.date(), twin.embargo_until.strftime("%H:%M")) == \
        (date(2026, 11, 26), "07:30")
    assert twin.release_date == date(2026, 11, 26)
    assert "北京时间2026年11月26日 07:30" in draft_bytes(twin, "txt").decode()

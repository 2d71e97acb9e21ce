"""The small rules' homes behave as each of their former copies did, over many inputs.

field_rules.EMAIL_IN_TEXT (import, proofing and the language versions' facts find
addresses with it), body.inline.is_mail_autolink (the Markdown writer's <address> form),
field_rules.split_list with SEMICOLONS (the office register), language_tag (every "is
this Chinese?" and "the same language?") and shown_time (a moment in the interface).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from releasedesk.body import tree as t
from releasedesk.body.inline import is_mail_autolink
from releasedesk.body.parse import parse_markdown
from releasedesk.field_rules import EMAIL_IN_TEXT, SEMICOLONS, split_list
from releasedesk.language_tag import is_chinese, primary
from releasedesk.render.markdown_writer import write_markdown
from releasedesk.render.words import words_for
from releasedesk.shown_time import local_minute, minute, minute_and_zone

_LOCAL = st.text("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789._%+-", min_size=1, max_size=12)
_LABEL = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=10)
_ADDRESS = st.builds(lambda local, labels: f"{local}@{'.'.join(labels)}",
                     _LOCAL, st.lists(_LABEL, min_size=2, max_size=4))
# Text that holds no address character, beside an address: CJK, punctuation, spaces.
_AROUND = st.text("邮箱联系电话：，。 ()<>\"'", max_size=6)


@given(_ADDRESS, _AROUND, _AROUND)
def test_an_address_is_found_whole_in_running_text(address: str, before: str,
                                                   after: str) -> None:
    found = EMAIL_IN_TEXT.search(before + address + after)
    assert found is not None and found.group(0) == address


@pytest.mark.parametrize(("text", "address"), [
    ("邮箱ada@calloway.example。", "ada@calloway.example"),
    ("Email: press.office+news@port-calloway.example, or call",
     "press.office+news@port-calloway.example"),
    ("<dana_w@harbour.example>", "dana_w@harbour.example"),
    ("no address @ here", None), ("name@localhost", None), ("@calloway.example", None)])
def test_addresses_in_text_as_the_importer_found_them(text: str, address: str | None) -> None:
    found = EMAIL_IN_TEXT.search(text)
    assert (found.group(0) if found else None) == address


@given(st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]),
               min_size=1, max_size=20).filter(lambda s: "@" in s) | _ADDRESS)
def test_an_address_written_as_an_autolink_reads_back_as_the_same_link(text: str) -> None:
    """The writer writes <text> only where the parser reads it back as this very link."""
    link = t.Link(f"mailto:{text}", [t.Text(text)])
    written = write_markdown([t.Paragraph([link])])
    if written.startswith("<"):
        assert is_mail_autolink(text)
        [paragraph] = parse_markdown(written)
        assert isinstance(paragraph, t.Paragraph)
        [read] = paragraph.children
        assert isinstance(read, t.Link) and t.plain_text(read.children) == text


@pytest.mark.parametrize(("address", "autolink"), [
    ("ada@calloway.example", True), ("a.b-c+d@x.example", True), ("ü@x.example", False),
    ("a b@x.example", False), ("a@b", True), ("a@-b.example", False), ("a\\b@x.example", False)])
def test_the_autolink_rule_is_commonmarks(address: str, autolink: bool) -> None:
    assert is_mail_autolink(address) is autolink


_ITEM = st.text(st.characters(exclude_characters=SEMICOLONS, exclude_categories=["Cs"]),
                max_size=12).map(str.strip).filter(bool)


@given(st.lists(_ITEM, max_size=6), st.lists(st.sampled_from(["; ", ";", "；", " ； "]),
                                            min_size=6, max_size=6))
def test_a_register_cell_splits_on_semicolons_only(items: list[str], seps: list[str]) -> None:
    text = "".join(item + sep for item, sep in zip(items, seps, strict=False))
    assert split_list(text, SEMICOLONS) == items


@pytest.mark.parametrize(("tag", "language"), [
    ("", "en"), ("en", "en"), ("en-GB", "en"), ("EN_gb", "en"), ("zh", "zh"), ("zh-CN", "zh"),
    ("zh_CN", "zh"), ("zh-Hant-TW", "zh"), ("ZH", "zh"), (" zh-CN ", "zh"), ("zha", "zha"),
    ("fr-CA", "fr"), ("yue-HK", "yue")])
def test_a_tags_language(tag: str, language: str) -> None:
    assert primary(tag) == language
    assert is_chinese(tag) is (language == "zh")


@given(st.from_regex(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}", fullmatch=True))
def test_any_tag_reads_one_way_everywhere(tag: str) -> None:
    assert primary(tag) == primary(tag.upper()) == primary(tag.replace("_", "-"))
    assert primary(tag) == tag.replace("_", "-").split("-")[0].lower()
    assert (words_for(tag) is words_for("zh")) is is_chinese(tag)


@pytest.mark.parametrize(("moment", "shown", "zoned"), [
    (datetime(2026, 3, 4, 9, 30, tzinfo=UTC), "2026-03-04 09:30", "2026-03-04 09:30 UTC"),
    (datetime(2026, 3, 4, 9, 30, 59, tzinfo=timezone(timedelta(hours=1))),
     "2026-03-04 09:30", "2026-03-04 09:30 +0100"),
    (datetime(2026, 12, 31, 23, 5), "2026-12-31 23:05", "2026-12-31 23:05")])
def test_a_moment_shown_to_the_minute(moment: datetime, shown: str, zoned: str) -> None:
    assert minute(moment) == shown
    assert minute_and_zone(moment) == zoned


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 1, 1),
                    timezones=st.just(UTC)))
def test_a_local_minute_is_the_moment_in_this_computers_time(moment: datetime) -> None:
    assert local_minute(moment) == moment.astimezone().strftime("%Y-%m-%d %H:%M")

"""A language version's text still in the other language is found, paragraph by
paragraph, without flagging translated text; a translated organisation is no longer held
against the house style's (which speaks the other language)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.checks import check
from releasedesk.model import FooterLine, Release, TwinLink
from releasedesk.profiles import Profile
from releasedesk.twins.untranslated import untranslated

from helpers import make_release

CORPUS = sorted((Path(__file__).parent / "twin_corpus").glob("*.json"))
PAIRS = [json.loads(p.read_text(encoding="utf-8")) for p in CORPUS]
PAIRS = [pair for pair in PAIRS if "zh" in pair and "en" in pair]
ZH = [par for pair in PAIRS for par in pair["zh"]["body"].split("\n\n") if par.strip()]
EN = [par for pair in PAIRS for par in pair["en"]["body"].split("\n\n")
      if len(par.split()) >= 6]
LINK = TwinLink("00000000-0000-4000-8000-000000000001", "story.release", "en", "")


def _version(language: str, body: str, **fields: object) -> Release:
    return make_release(language=language, body=body, twins=[LINK], headline="标题",
                        subheadline="", dateline="", boilerplate="", **fields)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(ZH), st.sampled_from(EN), st.booleans()),
                min_size=1, max_size=8))
def test_exactly_the_paragraphs_left_in_english_are_found(
        paragraphs: list[tuple[str, str, bool]]) -> None:
    body = "\n\n".join(english if left else chinese for chinese, english, left in paragraphs)
    release = _version("zh-CN", body, organization="卡洛韦港务局",
                       footer=[FooterLine("卡洛韦港务局新闻办公室")])
    found = [item for item in untranslated(release) if item.field == "body"]
    expected = [k for k, (_zh, _en, left) in enumerate(paragraphs) if left]
    starts, at = [], 0
    for chinese, english, left in paragraphs:
        starts.append(at)
        at += len(english if left else chinese) + 2
    assert [starts.index(item.start) for item in found] == expected
    findings = [f for f in check(release) if f.code == "untranslated"]
    assert len(findings) == len(expected)
    assert all(f.about and f.where >= 0 for f in findings)


@pytest.mark.parametrize("pair", PAIRS, ids=[p.stem for p in CORPUS if "zh" in
                                             json.loads(p.read_text(encoding="utf-8"))])
def test_translated_text_is_never_found(pair: dict[str, dict[str, str]]) -> None:
    for language, other in (("zh-CN", "zh"), ("en", "en")):
        release = _version(language, pair[other]["body"],
                           organization="卡洛韦港务局" if other == "zh" else "Calloway Port",
                           footer=[FooterLine("新闻办公室" if other == "zh" else "Press office")])
        assert list(untranslated(release)) == [], (language, pair[other]["body"][:80])


def test_chinese_left_in_an_english_version_is_found() -> None:
    body = "The terminal opens on Monday.\n\n" + ZH[0]
    found = list(untranslated(_version("en", body)))
    assert [(item.field, item.start) for item in found] == [("body", body.index(ZH[0]))]


def test_the_organisation_and_footer_copied_untranslated_are_found_once_each() -> None:
    release = _version("zh-CN", ZH[0], organization="Calloway Harbour Authority",
                       footer=[FooterLine("Calloway Harbour Authority Press Office"),
                               FooterLine("Media line open every day of the week")])
    assert [item.field for item in untranslated(release)] == ["organization", "footer"]


def test_a_release_that_is_no_language_version_is_not_judged() -> None:
    release = make_release(language="zh-CN", body=EN[0])
    assert "untranslated" not in {f.code for f in check(release)}


@pytest.mark.parametrize(("language", "organization", "held"), [
    ("zh-CN", "卡洛韦港务局", False),  # translated: the English house style says nothing
    ("en", "Calloway Harbour Authority", False),
    ("en-GB", "Fernhollow Parks Trust", True),  # same language, another organisation
])
def test_the_house_organisation_is_held_only_against_its_own_language(
        language: str, organization: str, held: bool) -> None:
    profile = Profile(name="harbour", organization="Calloway Harbour Authority",
                      language="en", footer=[FooterLine("Calloway Harbour Authority")])
    release = _version(language, ZH[0] if language.startswith("zh") else EN[0],
                       organization=organization, footer=[FooterLine("卡洛韦港务局")])
    codes = {f.code for f in check(release, profile=profile)}
    assert ("organization_other" in codes) is held
    assert ("footer_stale" in codes) is language.startswith("en")

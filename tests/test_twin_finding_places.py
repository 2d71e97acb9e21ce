"""What the language-version checks say, found by the tester: a fact the other version
lacks is named in the field that lacks it (the untranslated subheadline, not the body that
states it too); a quoted excerpt is one line, never a list's Markdown; a list's bullet is no
hyphen between number words; and text marked to translate is not also "not yet in Chinese"."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.checks import check
from releasedesk.twins.facts import facts
from releasedesk.twins.marks import TO_TRANSLATE
from releasedesk.twins.match import compare, release_facts
from releasedesk.twins.untranslated import untranslated

from helpers import make_release

DATE_EN, DATE_ZH = "Monday, Dec. 7, 2026", "2026年12月7日（星期一）"


@pytest.mark.parametrize(("en_fields", "zh_fields", "lacking"), [
    (("subheadline", "body"), ("body",), "subheadline"),
    (("subheadline", "body"), ("subheadline",), "body"),
    (("headline", "subheadline", "body"), ("body",), "headline,subheadline"),
    (("body",), ("body",), ""),
    (("boilerplate", "body"), ("boilerplate",), "body"),
])
def test_the_field_that_lacks_a_fact_is_named(en_fields: tuple[str, ...],
                                              zh_fields: tuple[str, ...],
                                              lacking: str) -> None:
    english = make_release(language="en", headline="Night ferry", subheadline="",
                           body="Extra crossings.", boilerplate="")
    chinese = make_release(language="zh-CN", headline="夜间渡轮", subheadline="",
                           body="加开班次。", boilerplate="")
    for name in en_fields:
        setattr(english, name, f"{getattr(english, name)} From {DATE_EN}.".strip())
    for name in zh_fields:
        setattr(chinese, name, f"{getattr(chinese, name)}{DATE_ZH}起。")
    missing = {m.here.field for m in compare(release_facts(english), release_facts(chinese))
               if m.here is not None and m.there is None}
    assert missing == (set(lacking.split(",")) if lacking else set())


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["one", "two", "three", "two-a", "twenty-two", "5 km",
                                 "seven hours", "plain words"]), min_size=1, max_size=6),
       st.sampled_from(["- ", "* ", "+ "]), st.sampled_from(["", "    "]))
def test_a_list_of_number_words_is_one_fact_per_item(items: list[str], bullet: str,
                                                     indent: str) -> None:
    body = "\n".join(f"{indent if i % 2 else ''}{bullet}{item}" for i, item in
                     enumerate(items))
    for fact in facts(body, "body"):
        assert "\n" not in fact.excerpt, fact
        assert fact.excerpt.strip() in items or fact.excerpt in " ".join(items), fact


def test_twin_findings_quote_one_line(tmp_path_factory: pytest.TempPathFactory) -> None:
    from releasedesk import cli, document

    folder = tmp_path_factory.mktemp("twins")
    source = folder / "story.release"
    document.save(make_release(headline="Ferries", subheadline="", boilerplate="",
                               body="Crossings:\n\n- one\n- two\n    - two-a\n\nFares at 85 "
                                    "percent\nof the old ones."), source)
    target = folder / "story-zh.release"
    assert cli.main(["twin", str(source), "--language", "zh-CN", "-o", str(target)]) == 0
    twin = document.load(target)
    twin.headline, twin.body = "渡轮", "加开班次：\n\n- 一班\n\nThe fares were kept for most " \
        "riders and all of the old passes stay valid."
    document.save(twin, target)
    found = check(document.load(source), path=source) + check(document.load(target),
                                                               path=target)
    twins = [f for f in found if f.code.startswith(("twin_fact", "untranslated"))]
    assert twins
    for finding in twins:
        assert "\n" not in finding.message, finding.message


@pytest.mark.parametrize("marked", [True, False])
def test_a_paragraph_marked_to_translate_is_not_also_untranslated(marked: bool) -> None:
    english = ("The Harbour Authority will run three extra crossings each night from "
               "Monday onwards.")
    body = f"{TO_TRANSLATE} {english}" if marked else english
    release = make_release(language="zh-CN", headline="夜间渡轮", body=body, subheadline="",
                           boilerplate="")
    assert bool([u for u in untranslated(release) if u.field == "body"]) == (not marked)

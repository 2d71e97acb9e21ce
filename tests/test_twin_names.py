"""People's names across language versions (twins/names.py): the register's two forms of
a name are one fact; a person named in one version and not the other is one mismatch,
found by `releasedesk check` with the house style's register."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk import document
from releasedesk.checks import Finding, check
from releasedesk.profiles import Profile
from releasedesk.register import Person, Register
from releasedesk.twins.facts import NAME
from releasedesk.twins.match import compare
from releasedesk.twins.names import NameReader, across
from twin_samples import pair

PEOPLE = [Person("Lin Wei", "林伟"), Person("Lin Weiming", "林伟明"),
          Person("Chen Xiaoyu", "陈晓雨"), Person("Hannah Lowe", "汉娜·洛"),
          Person("Mira Okafor", "米拉·奥卡福")]
READER = NameReader(Register(people=PEOPLE))


@pytest.mark.parametrize(("text", "named"), [
    ("Director Lin Wei spoke.", ["Lin Wei"]),
    ("Deputy Director Lin Weiming spoke.", ["Lin Weiming"]),  # not Lin Wei inside it
    ("副区长林伟明讲话。", ["Lin Weiming"]),
    ("区长林伟和副区长林伟明出席。", ["Lin Wei", "Lin Weiming"]),
    ("Lin Wei said so; later Lin Wei said it again.", ["Lin Wei"]),  # one person, one fact
    ("Lin Weixin and lin wei are nobody we know.", []),
    ("Hannah Lowe and 汉娜·洛 are one person.", ["Hannah Lowe"]),
    ("米拉·奥卡福介绍了补贴。", ["Mira Okafor"]),
    ("No names here: 2 p.m., 林 and 伟.", []),
])
def test_the_register_forms_are_read_as_people(text: str, named: list[str]) -> None:
    assert [fact.value for fact in READER.facts(text, "body")] == named
    assert all(fact.kind == NAME for fact in READER.facts(text, "body"))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(range(len(PEOPLE))), max_size=6),
       st.lists(st.sampled_from(range(len(PEOPLE))), max_size=6))
def test_the_people_named_in_one_version_only_are_the_mismatches(here: list[int],
                                                                 there: list[int]) -> None:
    english = " ".join(f"{PEOPLE[i].name} spoke." for i in here)
    chinese = "".join(f"{PEOPLE[i].name_zh}发言。" for i in there)
    found = compare(READER.facts(english, "body"), READER.facts(chinese, "body"))
    only_here = {PEOPLE[i].name for i in here} - {PEOPLE[i].name for i in there}
    only_there = {PEOPLE[i].name for i in there} - {PEOPLE[i].name for i in here}
    assert all(m.kind == NAME for m in found)
    assert len(found) == max(len(only_here), len(only_there))
    assert {m.here.value for m in found if m.here is not None} == only_here
    assert {m.there.value for m in found if m.there is not None} == only_there


def test_the_counterpart_is_the_form_of_the_other_language() -> None:
    assert READER.counterpart("Lin Wei", chinese=True) == "林伟"
    assert READER.counterpart("Lin Wei", chinese=False) == "Lin Wei"
    assert READER.counterpart("Nobody", chinese=True) == "Nobody"


def test_check_on_a_twin_names_the_person_missing_and_the_registers_form(
        tmp_path: Path) -> None:
    en_path, zh_path = pair(tmp_path)
    english, chinese = document.load(en_path), document.load(zh_path)
    english.body += "\n\n“We are ready,” said District Director Lin Wei."
    chinese.body += "\n\n区长林伟明表示：“我们已准备就绪。”"
    document.save(english, en_path)
    document.save(chinese, zh_path)
    profile = Profile(name="fernhollow", names=Register(people=PEOPLE))
    findings = [f for f in check(english, profile=profile, path=en_path)
                if f.code.startswith("twin_name")]
    assert [(f.code, dict(f.args)["here"], dict(f.args)["there"],
             dict(f.args)["counterpart"]) for f in findings] == [
        ("twin_name_differs", "Lin Wei", "林伟明", "林伟")]
    assert "the register writes this person 林伟 there" in findings[0].message
    # without a register, names are not read: nothing to say about them
    assert not [f for f in check(english, path=en_path) if f.code.startswith("twin_name")]
    chinese.body = chinese.body.replace("林伟明", "林伟")
    document.save(chinese, zh_path)
    assert not [f for f in check(english, profile=profile, path=en_path)
                if f.code.startswith("twin_name")]


# Where each person is listed: the release's own office register, the partner's, or both.
@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["own", "partner", "both"]), min_size=len(PEOPLE),
                max_size=len(PEOPLE)),
       st.lists(st.sampled_from(range(len(PEOPLE))), max_size=6),
       st.lists(st.sampled_from(range(len(PEOPLE))), max_size=6))
def test_two_offices_registers_read_together_find_what_one_register_of_all_finds(
        listed: list[str], here: list[int], there: list[int]) -> None:
    own = Register(people=[p for p, where in zip(PEOPLE, listed, strict=True)
                           if where in ("own", "both")])
    partner = Register(people=[p for p, where in zip(PEOPLE, listed, strict=True)
                               if where in ("partner", "both")])
    english = " ".join(f"{PEOPLE[i].name} spoke." for i in here)
    chinese = "".join(f"{PEOPLE[i].name_zh}发言。" for i in there)
    reader = across(own, partner)
    assert reader is not None

    def found(names: NameReader) -> list[tuple[str, str]]:
        return sorted((m.here.value if m.here else "", m.there.value if m.there else "")
                      for m in compare(names.facts(english, "body"),
                                       names.facts(chinese, "body")))

    assert found(reader) == found(READER)


def test_the_registers_agree_on_a_person_once_and_the_own_form_comes_first() -> None:
    own = Register(people=[Person("Lin Wei", "林伟")])
    partner = Register(people=[Person("Lin Wei", "林蔚"), Person("", "周晓")])
    reader = across(own, partner)
    assert reader is not None
    assert [(p.name, p.name_zh) for p in reader.people] == [("Lin Wei", "林伟"), ("", "周晓")]
    assert reader.counterpart("Lin Wei", chinese=True) == "林伟"
    assert across(None, Register()) is None


def test_check_reads_the_partners_own_register_too(tmp_path: Path) -> None:
    """The English desk's register lists Lin Wei, the Chinese desk's Hannah Lowe: the
    English version naming Hannah Lowe where the Chinese names 林伟 is one mismatch naming
    both, which the English register alone would see only as 林伟 missing."""
    from releasedesk.checks import twin_findings
    from releasedesk.profiles import ProfileStore

    store = ProfileStore()
    store.save(Profile(name="desk-en", names=Register(people=[PEOPLE[0]])))
    store.save(Profile(name="desk-zh", names=Register(people=[PEOPLE[3]])))
    en_path, zh_path = pair(tmp_path)
    english, chinese = document.load(en_path), document.load(zh_path)
    english.profile, chinese.profile = "desk-en", "desk-zh"
    english.body += "\n\n“We are ready,” said Hannah Lowe."
    chinese.body += "\n\n林伟表示：“我们已准备就绪。”"
    document.save(english, en_path)
    document.save(chinese, zh_path)
    english = document.load(en_path)

    def names(found: list[Finding]) -> list[tuple[str, str, str]]:
        return [(f.code, str(dict(f.args).get("here", "")), str(dict(f.args).get("there", "")))
                for f in found if f.code.startswith("twin_name")]

    findings = check(english, profile=store.get("desk-en"), path=en_path)
    assert names(findings) == [("twin_name_differs", "Hannah Lowe", "林伟")]
    # Without the partner's register, Hannah Lowe is nobody the check knows.
    alone = twin_findings(english, en_path, store.get("desk-en").names,
                          registers=lambda name: None)
    assert names(alone) == [("twin_name_only_there", "", "林伟")]
    # And from the Chinese side, with its own register and the English desk's.
    both = check(document.load(zh_path), profile=store.get("desk-zh"), path=zh_path)
    assert names(both) == [("twin_name_differs", "林伟", "Hannah Lowe")]

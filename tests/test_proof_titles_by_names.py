"""A title written next to a register person's name, before it or after it, in English and
in Chinese, is a finding when the register does not give them that title on the release
date, even a title the register never names ("Mayor Ada Penrose", "Chief Librarian Owen
Brask"): it names the title held then and offers the text with it ("Change to …"). Titles
held, past titles ("former", then-, 前), ordinary words before a name and a title inside a
longer one ("Mayor" in "Deputy Mayor") are left alone."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.proofing.engine import Proofer
from releasedesk.proofing.findings import REGISTER_KINDS, ProofFinding
from releasedesk.proofing.titles import same_title
from releasedesk.register import Person, Register, Title

DAY = date(2026, 12, 6)
ADA = Person("Ada Penrose", name_zh="张伟", titles=[
    Title("Deputy Mayor", "副市长", date(2020, 1, 1), date(2024, 12, 31)),
    Title("County Executive", "县长", date(2025, 1, 1))])
OWEN = Person("Owen Brask", name_zh="林海",
              titles=[Title("Library Services Manager", "图书馆主任")])
REGISTER = Register(people=[ADA, OWEN])
EN = Proofer(REGISTER, "en_US")
ZH = Proofer(REGISTER, None)


def _titles(proofer: Proofer, text: str, day: date = DAY) -> list[ProofFinding]:
    return [f for f in proofer.proof_text("body", text, day) if f.kind == "register-title"]


def _changed(text: str, item: ProofFinding) -> str:
    """*text* with the editor's "Change to …" applied (what proof_marks does)."""
    use = str(dict(item.args)["use"])
    return text[:item.start] + use + text[item.end:]


@pytest.mark.parametrize(("text", "flagged", "held", "use"), [
    ("Mayor Ada Penrose spoke.", "Mayor Ada Penrose", "County Executive",
     "County Executive Ada Penrose"),
    ("Deputy Mayor Ada Penrose spoke.", "Deputy Mayor Ada Penrose", "County Executive",
     "County Executive Ada Penrose"),
    ("Later Mayor Penrose spoke.", "Mayor Penrose", "County Executive",
     "County Executive Penrose"),
    ("Mayor Ada Penrose’s office called.", "Mayor Ada Penrose", "County Executive",
     "County Executive Ada Penrose"),
    ("Ada Penrose, Mayor of Marrow, spoke.", "Ada Penrose, Mayor", "County Executive",
     "Ada Penrose, County Executive"),
    ("Ada Penrose, the county's Deputy Mayor, spoke.",
     "Ada Penrose, the county's Deputy Mayor", "County Executive",
     "Ada Penrose, the county's County Executive"),
    ("We thank Ada Penrose, deputy mayor.", "Ada Penrose, deputy mayor", "County Executive",
     "Ada Penrose, county executive"),
    ("Chief Librarian Owen Brask welcomed guests.", "Chief Librarian Owen Brask",
     "Library Services Manager", "Library Services Manager Owen Brask"),
    ("Guests met Judge Owen Brask.", "Judge Owen Brask", "Library Services Manager",
     "Library Services Manager Owen Brask"),
    ("Vice-President Ada Penrose spoke.", "Vice-President Ada Penrose", "County Executive",
     "County Executive Ada Penrose"),
    ("市长张伟讲话。", "市长张伟", "县长", "县长张伟"),
    ("张伟市长讲话。", "张伟市长", "县长", "张伟县长"),
    ("副市长张伟讲话。", "副市长张伟", "县长", "县长张伟"),
    ("馆长林海致辞。", "馆长林海", "图书馆主任", "图书馆主任林海"),
    ("林海局长致辞。", "林海局长", "图书馆主任", "林海图书馆主任"),
])
def test_a_title_not_held_is_found_with_the_one_held_offered(
        text: str, flagged: str, held: str, use: str) -> None:
    proofer = ZH if not text.isascii() else EN
    (item,) = _titles(proofer, text)
    assert text[item.start:item.end] == flagged
    assert item.suggestion == held and item.severity == "error"
    assert held in item.message
    assert dict(item.args)["use"] == use
    assert _titles(proofer, _changed(text, item)) == []  # the offered change is right


@pytest.mark.parametrize("text", [
    "County Executive Ada Penrose spoke.",
    "Ada Penrose, County Executive, spoke.",
    "Ada Penrose, the county executive, spoke.",
    "Ada Penrose, County Executive of Marrow, spoke.",
    "Library Services Manager Owen Brask welcomed guests.",
    "Manager Owen Brask welcomed guests.",  # the held title shortened from the front
    "“We are ready,” said Ada Penrose.",
    "Thanks to Ada Penrose and Owen Brask.",
    "On Monday Ada Penrose spoke.",
    "Keynote Speaker Ada Penrose spoke.",
    "Questions go to Ada Penrose, who leads the council.",
    "Ada Penrose, chief among the speakers, spoke.",
    "Ada Penrose, Mayor Li's guest, spoke.",
    "Former Mayor Ada Penrose spoke.",
    "Former Deputy Mayor Ada Penrose spoke.",
    "Then-Mayor Ada Penrose spoke.",
    "Acting Mayor Ada Penrose spoke.",
    "Ada Penrose, the former Deputy Mayor, spoke.",
    "the mayor Ada Penrose met",  # a common title before a name counts capitalised only
    "县长张伟讲话。",
    "张伟县长讲话。",
    "前副市长张伟讲话。",
    "原市长张伟讲话。",
    "时任副市长张伟讲话。",
    "图书馆主任林海致辞。",
    "林海图书馆主任致辞。",
    "主张伟大复兴。",
])
def test_titles_held_past_titles_and_ordinary_words_are_left_alone(text: str) -> None:
    proofer = ZH if not text.isascii() else EN
    assert _titles(proofer, text) == []


def test_a_title_inside_a_longer_one_is_the_longer_one() -> None:
    deputy = Person("Mia Holt", name_zh="王芳", titles=[Title("Deputy Mayor", "副市长")])
    mayor = Person("Tom Reyes", name_zh="赵强", titles=[Title("Mayor", "市长")])
    proofer = Proofer(Register(people=[deputy, mayor]), "en_US")
    zh = Proofer(Register(people=[deputy, mayor]), None)
    assert _titles(proofer, "Deputy Mayor Mia Holt and Mayor Tom Reyes spoke.") == []
    assert _titles(zh, "副市长王芳和市长赵强讲话。") == []
    wrong = "Mayor Mia Holt and Deputy Mayor Tom Reyes spoke."
    assert [wrong[f.start:f.end] for f in _titles(proofer, wrong)] == [
        "Mayor Mia Holt", "Deputy Mayor Tom Reyes"]
    wrong_zh = "市长王芳和副市长赵强讲话。"
    assert [wrong_zh[f.start:f.end] for f in _titles(zh, wrong_zh)] == ["市长王芳", "副市长赵强"]


def test_a_register_without_titles_in_a_language_does_not_judge_it() -> None:
    # No Chinese titles (or none at all): the register cannot say, so nothing is found.
    bare = Person("Lena Ward", name_zh="陈静", titles=[Title("Director")])
    nameless = Person("Sam Oduya")
    proofer = Proofer(Register(people=[bare, nameless]), "en_US")
    assert _titles(proofer, "市长陈静讲话。") == []
    assert _titles(proofer, "Mayor Sam Oduya spoke.") == []
    assert [f.suggestion for f in _titles(proofer, "Mayor Lena Ward spoke.")] == ["Director"]


@pytest.mark.parametrize(("found", "held", "chinese", "same"), [
    ("Mayor", "Mayor", False, True),
    ("mayor", "Mayor", False, True),
    ("Vice-President", "Vice President", False, True),
    ("Mayor", "Mayor of Calloway", False, True),
    ("Librarian", "Chief Librarian", False, True),
    ("Executive", "County Executive", False, True),
    ("Mayor", "Deputy Mayor", False, False),
    ("President", "Vice President", False, False),
    ("Director", "Assistant Director", False, False),
    ("Deputy Mayor", "Mayor", False, False),
    ("Director", "Directorate Officer", False, False),
    ("市长", "市长", True, True),
    ("书记", "市委书记", True, True),
    ("副市长", "常务副市长", True, True),
    ("市长", "副市长", True, False),
    ("市长", "代市长", True, False),
    ("副市长", "市长", True, False),
])
def test_same_title(found: str, held: str, chinese: bool, same: bool) -> None:
    assert same_title(found, held, chinese) is same


# -- over many names, titles and positions ---------------------------------------------

_TITLES = [("Mayor", "市长"), ("Deputy Mayor", "副市长"), ("Director", "主任"),
           ("Chief Executive", "总经理"), ("Press Officer", "新闻发言人"),
           ("Chief Librarian", "馆长"), ("Police Chief", "局长"), ("Governor", "省长"),
           ("Vice President", "副主席"), ("Treasurer", "秘书长")]
_name_part = st.sampled_from(["Ada", "Owen", "Ines", "Rafael", "Mira", "Penrose", "Brask",
                              "Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka"])
_zh_name = st.sampled_from(["张伟", "李明远", "王芳", "陈静", "刘洋", "赵强"])
_EN_FORMS = ["{title} {name} opened the hall.", "The hall opened, and {title} {name} spoke.",
             "{name}, {title}, opened the hall.", "{name}, the county's {title}, spoke.",
             "{name}, {lower} of Marrow, spoke."]
_ZH_FORMS = ["{title}{name}讲话。", "{name}{title}讲话。", "昨天，{title}{name}出席。"]


@st.composite
def cases(draw: st.DrawFn) -> tuple[Register, Person, tuple[str, str], tuple[str, str]]:
    first, last = draw(_name_part), draw(_name_part)
    held, written = draw(st.sampled_from(_TITLES)), draw(st.sampled_from(_TITLES))
    person = Person(f"{first} {last}", name_zh=draw(_zh_name),
                    titles=[Title(held[0], held[1], date(2025, 1, 1))])
    return Register(people=[person]), person, held, written


@settings(max_examples=300, deadline=None)
@given(cases(), st.sampled_from(_EN_FORMS + _ZH_FORMS))
def test_every_position_and_language(
        case: tuple[Register, Person, tuple[str, str], tuple[str, str]], form: str) -> None:
    register, person, held, written = case
    chinese = form in _ZH_FORMS
    title = written[1] if chinese else written[0]
    text = form.format(title=title, lower=title.lower(),
                       name=person.name_zh if chinese else person.name)
    proofer = Proofer(register, None if chinese else "en_US")
    found = _titles(proofer, text)
    right = held[1] if chinese else held[0]
    if same_title(title, right, chinese):
        assert found == [], (text, found)
        return
    (item,) = found
    assert item.suggestion == right
    assert title.casefold() in text[item.start:item.end].casefold()
    assert (person.name_zh if chinese else person.name) in text[item.start:item.end]
    assert _titles(proofer, _changed(text, item)) == []
    assert all(f.kind != "register-title" or f is item for f in proofer.proof_text(
        "body", text, DAY) if f.kind in REGISTER_KINDS)


_ORDINARY = ["said", "Thanks to", "with", "and", "by", "met", "On Monday", "Dear", "Ms.",
             "Dr.", "the", "Keynote Speaker", "according to", "The Mayor thanked",
             "Councillors praised", "Former Mayor", "Acting Governor", "then-Director",
             "ex-Treasurer"]


@settings(max_examples=200, deadline=None)
@given(cases(), st.sampled_from(_ORDINARY), st.booleans())
def test_ordinary_words_and_past_titles_before_a_name_are_never_findings(
        case: tuple[Register, Person, tuple[str, str], tuple[str, str]], words: str,
        surname: bool) -> None:
    register, person, _held, _written = case
    name = person.name.split()[-1] if surname else person.name
    text = f"Later {words} {name} spoke about the plan."
    assert _titles(Proofer(register, "en_US"), text) == []

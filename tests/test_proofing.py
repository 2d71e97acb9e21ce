"""Proofing's rules and invariants: offsets always inside the text with the flagged slice
the word named; register names written right never flagged; no crash on any text; spelling
that says when it is off; the dictionary variant from the release and the house style."""

from __future__ import annotations

import string
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk.checks import check
from releasedesk.model import Release
from releasedesk.profiles import Profile
from releasedesk.proofing.engine import Proofer, proof, release_texts
from releasedesk.proofing.findings import KINDS, REGISTER_KINDS, ProofFinding
from releasedesk.proofing.names import distance
from releasedesk.proofing.spelling import Speller, SpellingOff, variant_for
from releasedesk.proofing.text import visible
from releasedesk.register import Person, Register, Title

from helpers import make_release
from proof_score import corpus_register, proofer_for_language

DAY = date(2026, 11, 25)
EN = proofer_for_language("en-US")
ZH = proofer_for_language("zh-CN")

# Text made of the things proofing reads: words (right and wrong), names, titles, dates,
# numbers, Chinese, punctuation of both widths, links, addresses.
_PIECES = [
    "the", "ferry", "recieve", "Mayor", "Deputy Mayor", "Li Mingyuan", "Li Mingyaun",
    "Tuesday", "Nov. 25", "25 November", "today", "yesterday", "(", ")", ",", ".", " ",
    "\n", "\n\n", "twelve", "4 buses", "per cent", "Port of Calloway", "world-class",
    "副市长", "李明远", "李明元", "截止目前", "二〇二六年", "2026年", "11月25日", "（星期二）",
    "，", "，，", "。", "“", "”", "《", "》", ":", '"', "https://x.example/recieve",
    "a@b.example", "`code recieve`", "[link](https://x.example)", "re-elected", "café",
    "O'Neill", "don’t", "COVID", "3.5", "Okonjo-Barrett", "e-mail", "本周二", "周二",
]
texts = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join),
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    st.text(max_size=300),
)


def _assert_well_placed(findings: list[ProofFinding], text: str) -> None:
    for item in findings:
        assert 0 <= item.start <= item.end <= len(text), item
        assert item.kind in KINDS and item.severity in ("error", "warning")
        assert item.message  # the template's placeholders are all filled
        found = dict(item.args).get("found")
        if found is not None and item.code != "spelling_off":
            assert text[item.start:item.end] == found, (item, text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.booleans(), st.dates(date(2000, 1, 1), date(2040, 12, 31)))
def test_offsets_stay_inside_the_text_and_name_what_they_flag(
        text: str, markdown: bool, day: date) -> None:
    for proofer in (EN, ZH):
        found = proofer.proof_text("body", text, day, markdown)
        _assert_well_placed(found, text)
        if found and not markdown:
            spelling = [f for f in found if f.kind == "spelling"]
            for item in spelling:
                assert text[item.start:item.end].strip() == text[item.start:item.end]


@settings(max_examples=100, deadline=None)
@given(texts, texts, texts)
def test_a_whole_release_never_crashes_and_parts_point_into_their_own_text(
        headline: str, body: str, caption: str) -> None:
    release = make_release(headline=headline.replace("\n", " "), body=body)
    release.contacts[0].role = caption.replace("\n", " ")
    found = EN.proof(release)
    for item in found:
        if item.code == "spelling_off":
            continue
        text = (release.contacts[0].role if item.part == "contacts.0.role"
                else getattr(release, item.field) if not item.part else None)
        if text is not None:
            assert 0 <= item.start <= item.end <= len(text)


_name_part = st.text(string.ascii_lowercase, min_size=2, max_size=9).map(str.capitalize)


@st.composite
def registers(draw: st.DrawFn) -> tuple[Register, date]:
    day = draw(st.dates(date(2020, 1, 1), date(2030, 12, 31)))
    people = []
    titles = ["Mayor", "Deputy Mayor", "Director", "Chief Executive", "Press Officer"]
    for _ in range(draw(st.integers(1, 5))):
        name = f"{draw(_name_part)} {draw(_name_part)}"
        held = draw(st.sampled_from(titles))
        past = draw(st.sampled_from([t for t in titles if t != held]))
        people.append(Person(name, titles=[
            Title(past, start=day - timedelta(days=900), end=day - timedelta(days=400)),
            Title(held, start=day - timedelta(days=399))]))
    return Register(people=people), day


@settings(max_examples=150, deadline=None)
@given(registers(), st.integers(0, 4))
def test_register_names_written_right_with_the_title_they_hold_are_never_flagged(
        drawn: tuple[Register, date], form: int) -> None:
    register, day = drawn
    proofer = Proofer(register, "en_US")
    sentences = []
    for person in register.people:
        title = person.titles_on(day)[0].title
        surname = person.name.split()[-1]
        sentences.append([f"{title} {person.name} opened the hall.",
                          f"{person.name}, {title}, opened the hall.",
                          f"{title} {surname} opened the hall.",
                          f"Questions went to {person.name} on the day.",
                          f"“We are ready,” said {person.name}."][form])
    text = " ".join(sentences)
    found = [f for f in proofer.proof_text("body", text, day) if f.kind in REGISTER_KINDS]
    assert found == [], (text, found)


def test_the_corpus_register_names_are_never_flagged_alone() -> None:
    for person in corpus_register().people:
        for held in person.titles_on(DAY):
            for proofer, text in ((EN, f"{held.title} {person.name} spoke."),
                                  (EN, f"{person.name}, {held.title.lower()}, spoke."),
                                  (ZH, f"{held.title_zh}{person.name_zh}讲话。")):
                if "讲话" in text and not (held.title_zh and person.name_zh):
                    continue
                found = [f for f in proofer.proof_text("body", text, DAY)
                         if f.kind in REGISTER_KINDS or f.kind == "spelling"]
                assert found == [], (text, found)


@pytest.mark.parametrize(("text", "kind", "flagged", "suggestion"), [
    ("Deputy Mayor Li Mingyuan said.", "register-title", "Deputy Mayor Li Mingyuan", "Mayor"),
    ("Mayor Li Mingyaun said.", "register-name", "Mingyaun", "Mingyuan"),
    ("Boats to Marrow Isle run hourly.", "term", "Marrow Isle", "Marrow Island"),
    ("A world-class quay.", "banned-phrase", "world-class", "leading"),
    ("It opens Tuesday, Nov. 25.", "weekday", "Tuesday, Nov. 25", "Wednesday"),
    ("It opened today (Nov. 24).", "relative-day", "today (Nov. 24)", "2026-11-25"),
    ("It has twelve gates.", "number-style", "twelve", "12"),
    ("Passengers recieve a text.", "spelling", "recieve", ""),
])
def test_english_findings(text: str, kind: str, flagged: str, suggestion: str) -> None:
    found = [f for f in EN.proof_text("body", text, DAY) if f.kind == kind]
    assert [(text[f.start:f.end], f.suggestion) for f in found] == [(flagged, suggestion)]


@pytest.mark.parametrize(("text", "kind", "flagged", "suggestion"), [
    ("副市长李明远讲话。", "register-title", "副市长李明远", "市长"),
    ("截止目前，报名已满。", "zh-typo", "截止", "截至"),
    ("夜市开放,欢迎光临。", "zh-punctuation", ",", "，"),
    ("11月25日（星期二）开市。", "weekday", "11月25日（星期二）", "星期三"),
    ("范霍洛夜集开市。", "term", "范霍洛夜集", "范霍洛夜市"),
])
def test_chinese_findings(text: str, kind: str, flagged: str, suggestion: str) -> None:
    found = [f for f in ZH.proof_text("body", text, DAY) if f.kind == kind]
    assert [(text[f.start:f.end], f.suggestion) for f in found] == [(flagged, suggestion)]


@pytest.mark.parametrize("text", [
    "See https://calloway.example/recieve-form for details.",
    "Write to recieve@calloway.example today.",
    "Run `recieve --now` in a terminal.",
    "Read [the plan](https://x.example/recieve).",
    "The NASA and UNESCO teams met on Route 9.",
    "```\nrecieve\n```\n",
    "<span class=\"recieve\">fine</span>",
])
def test_links_addresses_code_and_acronyms_are_never_spell_checked(text: str) -> None:
    assert [f for f in EN.proof_text("body", text, DAY, markdown=True)
            if f.kind == "spelling"] == []


def test_blanking_keeps_every_offset() -> None:
    text = "A [link](https://x.example) and `code` and a@b.example, ok."
    seen = visible(text, markdown=True)
    assert len(seen) == len(text)
    assert "x.example" not in seen and "code" not in seen and "a@b" not in seen
    assert seen.index("ok") == text.index("ok")


@pytest.mark.parametrize(("language", "house", "variant"), [
    ("en", "", "en_US"), ("en-US", "en-GB", "en_US"), ("en", "en-GB", "en_GB"),
    ("en-GB", "", "en_GB"), ("en-AU", "", "en_GB"), ("zh-CN", "en", None), ("", "", "en_US"),
    ("fr", "", None),
])
def test_the_dictionary_follows_the_release_and_the_house(language: str, house: str,
                                                          variant: str | None) -> None:
    assert variant_for(language, house) == variant


def test_british_and_american_dictionaries_differ() -> None:
    us, gb = Speller("en_US"), Speller("en_GB")
    assert us.known("color") and not gb.known("color")
    assert gb.known("colour") and not us.known("colour")


@pytest.mark.parametrize("engine", ["chunspell", "spylls"])
def test_both_readers_agree_on_the_corpus_words(engine: str) -> None:
    pytest.importorskip("hunspell" if engine == "chunspell" else "spylls")
    speller = Speller("en_US", engines=(engine,))
    words = ["receive", "recieve", "accommodate", "accomodate", "harbor", "harbour", "don’t",
             "council's", "café", "Wednesday", "goverment", "neighborhood"]
    assert [speller.known(w) for w in words] == [
        True, False, True, False, True, False, True, True, True, True, False, True]
    assert speller.engine == engine
    assert speller.suggest("recieve")[0] == "receive"


def test_spelling_off_says_why_and_accepts_nothing_silently(tmp_path: Path) -> None:
    speller = Speller("en_US", engines=())
    with pytest.raises(SpellingOff, match="no spelling library could load"):
        speller.load()
    missing = Speller("en_GB", folder=tmp_path)
    with pytest.raises(SpellingOff, match="dictionary is missing"):
        missing.known("colour")
    proofer = Proofer(corpus_register(), "en_US", speller=Speller("en_US", engines=()))
    release = make_release(body="Passengers recieve a text.")
    found = proofer.proof(release)
    off = [f for f in found if f.code == "spelling_off"]
    assert len(off) == 1 and off[0].message.startswith("Spelling is off: ")
    assert not [f for f in found if f.code == "spelling"]


def test_the_dictionary_loads_only_when_first_needed() -> None:
    speller = Speller("en_US")
    proofer = Proofer(corpus_register(), "en_US", speller=speller)
    assert speller.engine == ""
    proofer.proof_text("body", "副市长李明远讲话。", DAY)  # no Latin word: nothing to look up
    assert speller.engine == ""
    proofer.proof_text("body", "A ferry.", DAY)
    assert speller.engine in ("words", "chunspell", "spylls")


@pytest.mark.parametrize(("a", "b", "edits"), [
    ("Whitlock", "Whitlock", 0), ("Whitlok", "Whitlock", 1), ("Wiezcorek", "Wieczorek", 1),
    ("abc", "xyz", 3), ("Li", "Lu", 1), ("", "ab", 2),
])
def test_edit_distance(a: str, b: str, edits: int) -> None:
    assert distance(a, b, 2) == min(edits, 3)


def test_readiness_counts_register_errors_only() -> None:
    profile = Profile(name="corpus", names=corpus_register())
    release = make_release(body="Deputy Mayor Li Mingyuan opened the Port of Calloway "
                                "terminal. Passengers recieve a text.")
    findings = check(release, profile=profile)
    codes = {f.code for f in findings}
    assert {"register_title", "term"} <= codes
    assert "spelling" not in codes
    register = [f for f in findings if f.code in ("register_title", "term")]
    assert all(f.severity == "error" for f in register)
    assert any(f.about == "Port of Calloway" for f in register)
    assert "Mayor" in next(f.message for f in register if f.code == "register_title")
    # Without a register, none.
    assert not {"register_title", "term"} & {f.code for f in check(release)}


def test_proof_orders_errors_first_and_names_contact_parts() -> None:
    release = make_release(body="Passengers recieve a text. Deputy Mayor Li Mingyuan spoke.")
    release.contacts[0].role = "Press Oficer"
    found = proof(release, Profile(name="corpus", names=corpus_register()))
    severities = [f.severity for f in found]
    assert severities == sorted(severities, key=lambda s: s != "error")
    assert any(f.part == "contacts.0.role" and f.where == "contacts.0.role" for f in found)


# (the text, what is flagged there as opened and never closed or closing nothing)
PARENTHESES = [
    ("It cost $12 million (about 8 percent of the budget.", ["("], []),
    ("The terminal (built in two years opened on Monday.", ["("], []),
    ("The quay (and its cafe) opens (at last).", [], []),
    ("Nested (as (here)) stays quiet.", [], []),
    ("A stray one) closes nothing.", [], [")"]),
    ("Two ((opened) once.", ["("], []),
    ("Choose a) the ferry or b) the bus.", [], []),
    ("Steps: 1) book, 2) board, iv) sail.", [], []),
    ("We are glad :) and sorry :( and sure ;-)", [], []),
    ("First line (opened\nsecond line closed)", ["("], [")"]),
    ("See https://x.example/wiki/Quay_(ferry) and [the page](https://x.example/a).", [], []),
    ("The ferry (one way) and one) more.", [], [")"]),
    ("In code `f(x` there is none.", [], []),
    ("港口（新码头于今日开放 (about 8 percent.", ["（", "("], []),
    ("港口(新码头)于今日开放。", [], []),
]


@pytest.mark.parametrize(("text", "unclosed", "unopened"), PARENTHESES)
def test_a_parenthesis_left_open_is_found_in_any_language(text: str, unclosed: list[str],
                                                           unopened: list[str]) -> None:
    for proofer in (EN, ZH):
        found = sorted(proofer.proof_text("body", text, DAY, markdown=True),
                       key=lambda f: f.start)
        _assert_well_placed(found, text)
        assert [text[f.start] for f in found if f.code in ("unclosed", "zh_unclosed")] == \
            unclosed, proofer.variant
        assert [text[f.start] for f in found if f.code in ("unopened", "zh_unopened")] == \
            unopened


@settings(max_examples=100, deadline=None)
@given(texts, texts, texts)
def test_findings_are_listed_as_the_text_reads(headline: str, body: str, role: str) -> None:
    # Errors first; then field by field in the release's order, each as its text reads.
    release = make_release(headline=headline.replace("\n", " "), body=body)
    release.contacts[0].role = role.replace("\n", " ")
    found = proof(release, Profile(name="corpus", names=corpus_register()))
    order = [part or field for field, part, _, _ in release_texts(release)]
    keys = [(f.severity != "error", order.index(f.where) if f.where in order else len(order),
             f.start) for f in found]
    assert keys == sorted(keys)


def test_a_chinese_release_is_not_spell_checked_in_english() -> None:
    release = Release(language="zh-CN", body="夜市开放。Recieve 这个词不查。",
                      release_date=DAY)
    assert not [f for f in proof(release) if f.kind == "spelling"]


def test_a_register_error_in_a_contact_points_at_its_row() -> None:
    profile = Profile(name="corpus", names=corpus_register())
    release = make_release()
    release.contacts.append(release.contacts[0].__class__("Dana Whitlok", "Press Officer"))
    found = [f for f in check(release, profile=profile) if f.code == "register_name"]
    assert [(f.field, f.where, f.about) for f in found] == [("contacts", 1, "Whitlok")]


def test_proofers_are_kept_per_house_style_and_share_one_dictionary() -> None:
    from releasedesk.proofing.engine import ProoferCache

    cache = ProoferCache()
    office = Profile(name="corpus", names=corpus_register())
    release = make_release()
    first = cache.proofer(release, office)
    assert cache.proofer(release, office) is first
    from releasedesk.register import register_from_json, register_to_json

    reread = register_from_json(register_to_json(corpus_register()))
    other = Profile(name="corpus", names=reread)  # the profile read again
    again = cache.proofer(release, other)
    assert again is not first
    assert again.speller is first.speller  # one dictionary for the process
    chinese = cache.proofer(Release(language="zh-CN"), office)
    assert chinese.speller is None


def test_a_fenced_block_stays_whole_and_edits_reproof_only_their_block() -> None:
    from releasedesk.proofing.engine import _blocks

    text = "First recieve.\n\n```\nrecieve\n\nrecieve\n```\n\nLast recieve.\n"
    blocks = _blocks(text)
    assert [b for _, b in blocks] == ["First recieve.\n", "```\nrecieve\n\nrecieve\n```\n",
                                      "Last recieve.\n"]
    assert all(text[o:o + len(b)] == b for o, b in blocks)
    proofer = Proofer(corpus_register(), "en_US")
    found = proofer.proof_text("body", text, DAY, markdown=True)
    assert [text[f.start:f.end] for f in found] == ["recieve", "recieve"]
    assert [f.start for f in found] == [text.index("recieve"), text.rindex("recieve")]
    kept = len(proofer._kept)
    edited = text.replace("Last", "Final")
    again = proofer.proof_text("body", edited, DAY, markdown=True)
    assert len(proofer._kept) == kept + 1  # only the edited block was proofed anew
    assert [edited[f.start:f.end] for f in again] == ["recieve", "recieve"]


NAMED = [("Priya Raman", "Priya"), ("Oluwaseun Adeyemi-Hart", "Oluwaseun"),
         ("Siobhán Ní Bhraonáin", "Siobhán"), ("Tomasz Wrzesniewski", "Wrzesniewski")]


@pytest.mark.parametrize(("name", "word"), NAMED)
@pytest.mark.parametrize("where", ["contact", "statement", "speaker"])
def test_a_name_the_release_gives_a_person_is_no_misspelling(name: str, word: str,
                                                              where: str) -> None:
    body = f"{name} will speak at the opening. The ferrry leaves at noon."
    release = make_release(body=body, language="en-US")
    unnamed = {str(dict(f.args)["found"]) for f in proof(release) if f.code == "spelling"}
    assert word in unnamed and "ferrry" in unnamed  # (the dictionary does not know them)
    if where == "contact":
        release.contacts[0].name = name
    elif where == "statement":
        release.kind, release.statement_by = "statement", name
    else:
        release.kind, release.event_speakers = "advisory", f"Ana Ortiz, Mayor\n{name}, Chair"
    named = {str(dict(f.args)["found"]) for f in proof(release) if f.code == "spelling"}
    assert word not in named and "ferrry" in named


CREDITS = [("Photo: Ada Fenn", "Fenn"), ("Ada Fenn / Fernhollow Presswerk", "Presswerk"),
           ("Foto: Tomasz Wrzesniewski", "Wrzesniewski"), ("© Oluwaseun Adeyemi-Hart", "Oluwaseun"),
           ("Siobhán Ní Bhraonáin for Wendmouth Daily", "Bhraonáin")]


@pytest.mark.parametrize(("credit", "word"), CREDITS)
@pytest.mark.parametrize("also_in", ["credit", "caption", "body"])
def test_a_photo_credit_names_people_as_a_contact_does(credit: str, word: str,
                                                       also_in: str) -> None:
    # (tester15: "Fenn" in a photographer's credit was flagged as misspelt)
    from releasedesk.model import Photo

    photo = Photo(id="p1", data=b"", media_type="image/jpeg", width=4, height=3, sha256="",
                  caption="Stalls at the market.", credit="Staff", alt="Stalls")
    release = make_release(body="The ferrry leaves at noon.", language="en-US", photos=[photo])
    if also_in == "caption":
        photo.caption = f"{word} at the market."
    elif also_in == "body":
        release.body += f" Pictures by {word}."
    else:
        photo.credit = credit
    unnamed = {str(dict(f.args)["found"]) for f in proof(release) if f.code == "spelling"}
    assert also_in == "credit" or word in unnamed  # (the dictionary does not know them)
    photo.credit = credit
    named = {str(dict(f.args)["found"]) for f in proof(release) if f.code == "spelling"}
    assert word not in named and "ferrry" in named


def test_a_credit_s_lowercase_words_are_still_spell_checked() -> None:
    from releasedesk.model import Photo

    photo = Photo(id="p1", data=b"", media_type="image/jpeg", width=4, height=3, sha256="",
                  credit="Ada Fenn, curtesy of Wendmouth Daily")
    release = make_release(language="en-US", photos=[photo])
    found = {str(dict(f.args)["found"]) for f in proof(release) if f.code == "spelling"}
    assert "curtesy" in found and "Fenn" not in found

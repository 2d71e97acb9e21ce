"""A paragraph a reviewer adds after a one-line field (the headline, a contact's phone, the
keywords, a photo's credit …) is never joined to that field: it is listed as text outside
the fields, and accepting every suggestion changes no field with it.

Found by tester15: a note typed after the keywords with Track Changes off became keywords
(the page's <meta keywords>, its JSON-LD); a note typed after the headline went into the
headline, tracked in Word's form too ("…to Passengers Reviewer note: …"); and in the other
form a tracked new paragraph is written in, it was "cannot be placed" (false) beside a
phantom edit "" → " " that --accept-all applied. Each form a word processor writes is
built here from our for-review export as Word and LibreOffice write it, for every
one-line field a release can send, and the same documents are saved again by LibreOffice,
and typed in LibreOffice itself. A tab in a line field's new text (Word's w:tab in a phone
number) comes in as a space, as a paste of it would."""

from __future__ import annotations

import copy
import io
import subprocess
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from PIL import Image

from releasedesk import document
from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.media.intake import photo_from_bytes
from releasedesk.model import Contact, Photo, Release
from releasedesk.records import replace
from releasedesk.review import items as k
from releasedesk.review import slots as s
from releasedesk.review.field_map import OUTSIDE
from releasedesk.review.sending import review_docx
from releasedesk.review.shown import shown
from releasedesk.review.suggestions import UNTRACKED, Reading, accept_all
from review_markup import DANA, Markup, w
from test_review_trip import read

from examples import examples

NOTE = "Reviewer note: is this too long?"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _photo() -> Photo:
    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), (150, 90, 40)).save(buffer, "JPEG")
    photo = photo_from_bytes(buffer.getvalue(), "lanterns.jpg").photo
    photo.caption = "Lanterns over the Brackenridge quay at dusk."
    photo.credit = "Photo: Ilse Marten"
    photo.alt = "Paper lanterns hung over a stone quay"
    return photo


def news() -> Release:
    """A release that sends every one-line field a news release can (the portal's lines,
    a contact, the keywords, a photo's words), each with words of its own."""
    release = Release(
        headline="Brackenridge Lantern Festival returns to the quay",
        subheadline="Three nights of paper lanterns and music", dateline="BRACKENRIDGE",
        organization="Brackenridge Arts Trust", lead_in="After a two-year pause",
        source="Brackenridge Arts Trust newsroom", author="Odile Varga",
        responsible_editor="Pim Larsen", summary="The lantern festival is back in June.",
        body="The festival opens on Friday.\n\nEntry is free.",
        contacts=[Contact("Rosa Felder", "Festival press officer", "Brackenridge Arts",
                          "+44 20 7946 0312", "press@brackenridge.example")],
        boilerplate="The Brackenridge Arts Trust runs the town's festivals.",
        keywords=["lanterns", "festival", "quay"])
    release.photos = [_photo()]
    return release


def advisory() -> Release:
    release = replace(news(), kind="advisory", event_what="Lantern lighting on the quay",
                      event_place="Brackenridge harbour steps",
                      event_address="Harbour Row, Brackenridge")
    release.event_start = datetime(2026, 6, 12, 20, 0, tzinfo=UTC)
    return release


def statement() -> Release:
    return replace(news(), kind="statement", statement_by="Hanne Quist",
                   statement_title="Chair of the Arts Trust")


RELEASES: dict[str, Callable[[], Release]] = {"news": news, "advisory": advisory,
                                              "statement": statement}


def line_keys(release: Release) -> list[str]:
    return [slot.key for slot in s.slots(release) if slot.kind != s.BLOCK]


# Every one-line field, once, with the release that sends it.
FIELDS = [(name, key) for name, make in RELEASES.items() for key in line_keys(make())
          if name == "news" or key not in line_keys(news())]


# -- the forms a new paragraph is written in ---------------------------------------------------


def _last(m: Markup, key: str) -> etree._Element:
    return m.paragraphs(key)[-1]


def _new_paragraph_after(p: etree._Element, style: str | None = None) -> etree._Element:
    """An empty paragraph after *p*, with *p*'s properties but its mark's (and the style
    *style* instead of *p*'s, where given)."""
    new = etree.Element(w("p"))
    properties = p.find(w("pPr"))
    if properties is not None:
        kept = copy.deepcopy(properties)
        for marks in kept.findall(w("rPr")):
            kept.remove(marks)
        named = kept.find(w("pStyle"))
        if named is not None and style is not None:
            named.set(w("val"), style)
        new.append(kept)
    p.addnext(new)
    return new


def _run(text: str) -> etree._Element:
    run = etree.Element(w("r"))
    t = etree.SubElement(run, w("t"))
    t.text = text
    t.set(_SPACE, "preserve")
    return run


def _move_end(p: etree._Element, new: etree._Element) -> None:
    """The bookmark's end, if in *p*, moved along with its end into *new*."""
    for end in p.findall(w("bookmarkEnd")):
        new.append(end)


def untracked(m: Markup, key: str, note: str = NOTE, end_moves: bool = False) -> None:
    """Enter at the end of the field and *note* typed, Track Changes off."""
    p = _last(m, key)
    new = _new_paragraph_after(p)
    new.append(_run(note))
    if end_moves:
        _move_end(p, new)


def word_form(m: Markup, key: str, note: str = NOTE, end_moves: bool = False) -> None:
    """Enter at the end of the field and *note* typed, Track Changes on, as Word and
    LibreOffice write it: the break marked inserted is the field's paragraph's, the new
    paragraph holds the break sent and the words, in an insertion."""
    p = _last(m, key)
    new = _new_paragraph_after(p, style="Normal")
    inserted = m._change("ins", DANA)
    inserted.append(_run(note))
    new.append(inserted)
    if end_moves:
        _move_end(p, new)
    m._mark(p, "ins", DANA)


def whole_form(m: Markup, key: str, note: str = NOTE, end_moves: bool = False) -> None:
    """A whole paragraph inserted after the field: its own break marked inserted, its
    words in an insertion (a hand-made file, and LibreOffice's at the document's end)."""
    p = _last(m, key)
    new = _new_paragraph_after(p)
    inserted = m._change("ins", DANA)
    inserted.append(_run(note))
    new.append(inserted)
    if end_moves:
        _move_end(p, new)
    m._mark(new, "ins", DANA)


FORMS: dict[str, Callable[[Markup, str, str, bool], None]] = {
    "untracked": untracked, "word": word_form, "whole": whole_form}


_SENT: dict[str, bytes] = {}


def sent_bytes(release: Release) -> bytes:
    """*release*'s document sent for review, made once per content (sending reads nothing
    else but the moment, which no reading looks at)."""
    made = fingerprint(release)
    if made not in _SENT:
        _SENT[made] = review_docx(release, made)
    return _SENT[made]


def reviewed(release: Release, marks: dict[str, tuple[str, bool, str]]) -> bytes:
    """*release* sent, then a paragraph typed after each field of *marks*: {key: (form,
    whether the bookmark's end moves along, the words)}."""
    m = Markup(sent_bytes(release))
    for key, (form, end_moves, note) in marks.items():
        FORMS[form](m, key, note, end_moves)
    return m.bytes()


# -- what must hold ------------------------------------------------------------------------


def assert_listed_outside_and_nothing_changes(release: Release, data: bytes,
                                              notes: dict[str, str]) -> Reading:
    """Each of *notes* (the words typed after field *key*) is one suggestion listed as text
    outside the fields; every field reads as sent with every change rejected and with every
    change accepted; accepting all changes nothing and places everything."""
    reading = read(release, data)
    assert reading.mapped and reading.same_release
    listed = sorted(shown(reading, n)[1] for n in range(len(reading.suggestions)))
    assert listed == sorted(notes.values()), [x for x in reading.suggestions]
    for suggestion in reading.suggestions:
        assert (suggestion.field, suggestion.applies, suggestion.detail) == \
            ("", False, OUTSIDE), suggestion
        assert suggestion.kind in (UNTRACKED, k.INSERTION), suggestion
    everything = set(range(len(reading.review.revisions)))
    for slot in s.slots(release):
        sent_text = s.get(release, slot.key)
        assert reading.value(slot.key, set()) == sent_text, slot.key
        assert reading.value(slot.key, everything) == sent_text, slot.key
    after = replace(release)
    after.contacts = [replace(c) for c in release.contacts]
    after.photos = [replace(p) for p in release.photos]
    after.keywords = list(release.keywords)
    assert accept_all(after, reading) == ([], [])
    assert document.dumps(after) == document.dumps(release)
    return reading


@pytest.mark.parametrize("end_moves", [False, True], ids=["end-stays", "end-moves"])
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("release_name", "key"), FIELDS)
def test_a_paragraph_typed_after_a_one_line_field_is_outside_it(
        release_name: str, key: str, form: str, end_moves: bool) -> None:
    release = RELEASES[release_name]()
    data = reviewed(release, {key: (form, end_moves, NOTE)})
    assert_listed_outside_and_nothing_changes(release, data, {key: NOTE})


def test_a_paragraph_typed_after_a_field_sent_empty_is_outside_it() -> None:
    """A field sent empty (its paragraph holds no word) keeps its paragraph: a note typed
    after it, in any form, the bookmark's end kept or moved along, is outside it."""
    release = news()
    release.subheadline, release.keywords = "", []
    release.contacts[0].role = ""
    for key in ("subheadline", "keywords", "contact_0_role"):
        for form in FORMS:
            for end_moves in (False, True):
                data = reviewed(release, {key: (form, end_moves, NOTE)})
                assert_listed_outside_and_nothing_changes(release, data, {key: NOTE})


_WORDS = st.text(st.sampled_from("abcdefghij ,.;:闻报"), min_size=1, max_size=24) \
    .filter(lambda x: x.strip() and x.strip(" ,.;:"))


@settings(max_examples=examples(80, 40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(line_keys(news())),
                       st.tuples(st.sampled_from(list(FORMS)), st.booleans(), _WORDS),
                       min_size=1, max_size=6))
def test_paragraphs_typed_after_many_one_line_fields_are_each_listed_and_change_nothing(
        marks: dict[str, tuple[str, bool, str]]) -> None:
    """Notes after several fields at once, each in any form, its words any: each is one
    suggestion outside the fields, and no field changes."""
    release = news()
    assert_listed_outside_and_nothing_changes(
        release, reviewed(release, marks), {key: note for key, (_, _, note) in marks.items()})


def test_a_line_split_by_the_reviewer_is_still_the_field() -> None:
    """Enter inside the headline (Track Changes on or off) keeps both halves in it: they
    hold words sent, so the line stays one, a space where the break was, no phantom edit."""
    release = news()
    for tracked in (True, False):
        m = Markup(sent_bytes(release))
        p = _last(m, "headline")
        runs = m.runs(p)
        cut = release.headline.index(" festival".title()) + 1  # after "Lantern "
        new = _new_paragraph_after(p)
        for run in runs[cut:]:
            new.append(run)
        _move_end(p, new)
        if tracked:
            m._mark(p, "ins", DANA)
        reading = read(release, m.bytes())
        assert all(x.field == "headline" for x in reading.suggestions)
        assert [x.kind for x in reading.suggestions] == \
            ([k.MARK_INSERTED] if tracked else [])
        after = replace(release)
        accept_all(after, reading)
        assert after.headline == release.headline


# -- LibreOffice ---------------------------------------------------------------------------


def test_libreoffice_re_saves_and_its_own_typing_keep_every_note_outside(
        tmp_path: Path) -> None:
    """The documents above, one per form and release with a note after every one-line
    field, saved again by LibreOffice; and LibreOffice itself typing a note after each
    field (Enter at the field's end, Track Changes on): each note is listed outside."""
    from test_review_new_paragraphs import _MACRO, _convert, _module, _soffice

    profile = tmp_path / "profile"
    documents: list[tuple[Release, Path, dict[str, str]]] = []
    for name, make in RELEASES.items():
        release = make()
        keys = line_keys(release)
        for form in FORMS:
            notes = {key: f"{form} note after {key}" for key in keys}
            path = tmp_path / f"{name}-{form}.docx"
            path.write_bytes(reviewed(release, {key: (form, False, note)
                                                for key, note in notes.items()}))
            documents.append((release, path, notes))
    resaved = _convert([path for _, path, _ in documents], "docx", tmp_path / "resaved",
                       profile)
    for (release, _, notes), theirs in zip(documents, resaved, strict=True):
        assert_listed_outside_and_nothing_changes(release, theirs.read_bytes(), notes)
    # typed in LibreOffice: Enter at the end of each field's line, the words typed
    module = profile / "user" / "basic" / "Standard" / "Module1.xba"
    assert module.exists()
    module.write_text(_module(_MACRO.replace("WORDS", NOTE)), encoding="utf-8")
    jobs: list[tuple[Release, str, Path]] = []
    for name, key in FIELDS:
        release = RELEASES[name]()
        sent = tmp_path / f"sent-{name}.docx"
        if not sent.exists():
            sent.write_bytes(sent_bytes(release))
        jobs.append((release, key, sent))
    targets = [tmp_path / f"typed-{number}.docx" for number in range(len(jobs))]
    line = ";".join(f"{sent}|{target}|{s.get(release, key)}|"
                    for (release, key, sent), target in zip(jobs, targets, strict=True))
    subprocess.run([_soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
                    f'macro:///Standard.Module1.EditAll("{line}")'],
                   capture_output=True, timeout=300)
    for (release, key, _), target in zip(jobs, targets, strict=True):
        assert target.exists(), key
        assert_listed_outside_and_nothing_changes(release, target.read_bytes(), {key: NOTE})


# -- a tab or a control character in a line field's new text ---------------------------------


def _with_tab(m: Markup, key: str, tracked: bool) -> None:
    """A tab and words typed at the end of the field's line (tracked or not), as Word
    writes a tab: w:tab in a run."""
    p = _last(m, key)
    run = etree.Element(w("r"))
    etree.SubElement(run, w("tab"))
    run.append(_run("ext 12")[0])
    if tracked:
        inserted = m._change("ins", DANA)
        inserted.append(run)
        run = inserted
    ends = p.findall(w("bookmarkEnd"))
    (ends[0].addprevious if ends else p.append)(run)


@pytest.mark.parametrize("tracked", [True, False], ids=["tracked", "untracked"])
@pytest.mark.parametrize(("release_name", "key"), FIELDS)
def test_a_tab_typed_in_a_line_field_comes_in_as_a_space(release_name: str, key: str,
                                                          tracked: bool) -> None:
    release = RELEASES[release_name]()
    m = Markup(sent_bytes(release))
    _with_tab(m, key, tracked)
    reading = read(release, m.bytes())
    assert [x.field for x in reading.suggestions] == [key]
    after = replace(release)
    after.contacts = [replace(c) for c in release.contacts]
    after.photos = [replace(p) for p in release.photos]
    after.keywords = list(release.keywords)
    assert accept_all(after, reading) == ([key], [])
    assert s.get(after, key) == s.get(release, key) + " ext 12"


_NOT_IN_A_LINE = frozenset({"Cc", "Zl", "Zp"})
_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e")


@settings(max_examples=examples(300, 60), deadline=None)
@given(st.sampled_from(["headline", "dateline", "contact_0_phone", "contact_0_name",
                        "photo_0_credit", "keywords", "lead_in", "summary"]),
       st.text(st.characters(blacklist_categories=["Cs"]), max_size=30))
def test_a_line_field_put_back_holds_no_control_character_and_loses_no_word(
        key: str, text: str) -> None:
    """Whatever text comes back for a one-line field, the field holds no control
    character (tab, line break, escape …), no line or paragraph separator and no bidi
    override; every other character stays, in order (a break or a tab as a space)."""
    release = news()
    s.put(release, key, text)
    value = s.get(release, key)
    assert not any(unicodedata.category(c) in _NOT_IN_A_LINE or c in _OVERRIDES
                   for c in value), repr(value)
    kept = "".join(c for c in text if c not in _OVERRIDES and c not in "\ufeff\ufffe\uffff"
                   and unicodedata.category(c) not in _NOT_IN_A_LINE and c != "\u00ad"
                   and not ("\u206a" <= c <= "\u206f" or "\ufff9" <= c <= "\ufffb"))
    if key != "keywords":  # (keywords are split at commas and trimmed)
        assert "".join(value.split()) == "".join(kept.split())

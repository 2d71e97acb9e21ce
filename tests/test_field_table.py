"""The field table (fields.py): each field of a release declared once, and everything the
table drives — the release file, the history (save and restore), the fingerprint's
content, the diff, `releasedesk show` and the import report — following it.

A field added to the table in a fixture travels everywhere without any other change;
every field of the table, set to a value of its own, is saved, loaded, diffed under its
label, restored as the table says, and shown.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk import cli, document, fields, kinds, messages
from releasedesk.clearance import history, wordiff
from releasedesk.clearance.fingerprint import (
    PRINTED,
    canonical_content,
    fingerprint,
    fingerprint_of,
)
from releasedesk.cli_show import NOT_SHOWN, show_text
from releasedesk.errors import N_, ReleaseDeskError
from releasedesk.field_rules import LIST_SEPARATORS, MAX_LINE_FIELD
from releasedesk.fields import keep_one_line_fields
from releasedesk.importing.report import FIELD_LABELS, GUESSED, ImportReport
from releasedesk.model import (
    DATE_FORMATS,
    EMBARGO_POSITIONS,
    PAPER_SIZES,
    ZONE_STYLES,
    Contact,
    Conventions,
    FooterLine,
    Photo,
    Release,
    TwinLink,
)
from releasedesk.records import fields_of

from examples import examples
from helpers import footer, make_release
from photo_files import photo
from test_properties import releases

CET = timezone(timedelta(hours=1))
KINDS = {fields.LINE, fields.CODE, fields.BLOCK, fields.CHOICE, fields.MOMENT, fields.DATE,
         fields.LIST, fields.CONTACTS, fields.FOOTER, fields.CONVENTIONS, fields.CLEARANCE,
         fields.PHOTOS, fields.TWINS, fields.MARKS}


# -- the table itself ------------------------------------------------------------------------

def test_the_table_declares_every_field_of_a_release_once() -> None:
    names = [spec.name for spec in fields.FIELDS]
    assert len(names) == len(set(names))
    # Every attribute of model.Release is a field of the table, and no more ("extra" is
    # what a file held that this version does not read).
    assert set(names) == set(fields_of(Release)) - {"extra"}


@pytest.mark.parametrize("spec", fields.FIELDS, ids=lambda spec: spec.name)
def test_each_declaration_is_consistent(spec: fields.Field) -> None:
    assert spec.kind in KINDS
    assert spec.label and spec.label == N_(spec.label)
    assert spec.kind != fields.LINE or spec.one_line  # a line is one line
    assert spec.kind in (fields.CHOICE, fields.MARKS) or not spec.choices
    if spec.kind == fields.CHOICE:
        assert fields.default(spec) in spec.choices
    assert spec.kind == fields.LIST or not spec.separators
    assert spec.kept or not spec.restored  # only what the history keeps comes back
    assert spec.kept or not spec.prints  # what prints is in every version
    # A field whose change is numbered (paragraph, contact …) says which one.
    assert (spec.kind in fields.NUMBERED_KINDS) == ("{number}" in spec.change_label)


def test_every_label_has_a_chinese_translation() -> None:
    chinese = messages.catalogue("zh_CN")
    for spec in fields.FIELDS:
        for text in (spec.label, spec.change_label):
            assert chinese.get(text), text
            if "{" in text:
                assert chinese[text].count("{") == text.count("{"), text


def test_keywords_split_at_every_separator_offices_write() -> None:
    keywords = fields.field("keywords")
    assert keywords is not None
    assert fields.split(keywords, "ferry, quay；港口、渡轮;night，crossing") == \
        ["ferry", "quay", "港口", "渡轮", "night", "crossing"]


# -- every field, with a value of its own ----------------------------------------------------

def _photo(caption: str) -> Photo:
    return photo("ferry-at-dawn.jpg", 320, 200, caption=caption)


# A value for every field the user sets, and another that prints differently, starting
# from BASE (embargoed, with a moment and a zone, so the embargo's fields print).
VALUES: dict[str, tuple[object, object]] = {
    "language": ("en-GB", "zh-CN"),
    "headline": ("Quay opens", "Quay opens early"),
    "subheadline": ("For ferries", "For ferries and buses"),
    "status": ("embargoed", "immediate"),
    # (a version without a moment comes back without one, over a release with one)
    "embargo_until": (None, datetime(2027, 1, 2, 9, 0, tzinfo=CET)),
    "embargo_zone": ("Europe/Berlin", "America/New_York"),
    "release_date": (date(2027, 1, 1), date(2027, 1, 5)),
    "dateline": ("PORT CALLOWAY", "SALTMERE"),
    "organization": ("Harbour Authority", "Harbour Board"),
    "body": ("One.\n\nTwo.", "One.\n\nThree."),
    "contacts": ([Contact("Ana Reyes", phone="+1 555 0100 200")],
                 [Contact("Ana Reyes", phone="+1 555 0199 200"), Contact("Li Wen")]),
    "boilerplate": ("About us.", "About the board."),
    "footer": ([FooterLine("© 2027 Authority")], footer("© 2027 Board", "Quay Street 1")),
    "keywords": (["ferry"], ["ferry", "quay"]),
    "end_mark": ("###", "-30-"),
    "profile": ("calloway-wire", "fernhollow-portal"),
    "id": ("0b7e2a4c-5d1f-4e2a-9c3b-1a2b3c4d5e6f", "9f8e7d6c-5b4a-4321-8fed-cba987654321"),
    "twins": ([TwinLink("9f8e7d6c", "quay-zh.release", "zh-CN", "sha256:" + "1" * 64)],
              [TwinLink("9f8e7d6c", "zh/quay.release", "zh-CN", "sha256:" + "2" * 64),
               TwinLink("0c1d", "fr/quay.release", "fr")]),
    # The paper, the zone and the e-mail addresses too: a restore brings them back.
    "conventions": (Conventions(paper="letter", zone="Europe/Berlin", zone_style="abbreviation",
                                mail_from="press@harbour.example",
                                mail_to=["desk@paper.example"], accent="#224466",
                                words={"contact": "Press contact"}),
                    Conventions()),
    "photos": ("first photo", "second photo"),  # (made in the test: images are slow)
    # A portal's fields (they print in a portal's release: _base makes one for them).
    "lead_in": ("Harbour news", "Harbour and ferry news"),
    "short_title": ("Quay opens", "New quay"),
    "release_time": ("09:30", "14:05"),
    "source": ("Harbour Authority press office", "Harbour Board"),
    "column": ("News", "Notices"),
    "author": ("Li Wen", "Ana Reyes"),
    "responsible_editor": ("Zhou Qi", "Tang Yu"),
    "summary": ("The quay opens.", "The quay opens in May."),
    "page_url": ("https://harbour.example/news/1.html", "https://harbour.example/news/2.html"),
    # The kinds of release and their own fields (kinds.py: each printed in its own kind).
    "kind": ("advisory", "statement"),
    "event_what": ("Quay opening", "Quay opening and tours"),
    "event_start": (datetime(2027, 1, 6, 10, tzinfo=CET), datetime(2027, 1, 6, 11, tzinfo=CET)),
    "event_end": (datetime(2027, 1, 6, 12, tzinfo=CET), datetime(2027, 1, 6, 13, tzinfo=CET)),
    "event_zone": ("Europe/Berlin", "America/New_York"),
    "event_place": ("Pier 4", "Pier 5"),
    "event_address": ("1 Quay Street", "2 Quay Street"),
    "event_map_url": ("https://maps.example/1", "https://maps.example/2"),
    "event_speakers": ("Ana Reyes", "Ana Reyes\nLi Wen"),
    "event_attend": ("Register by e-mail.", "Register by phone."),
    "event_stream_url": ("https://live.example/1", "https://live.example/2"),
    "statement_by": ("Ana Reyes", "Li Wen"),
    "statement_title": ("Director", "Chair"),
    "corrects_path": ("quay.release", "old/quay.release"),
    "corrects_fingerprint": ("sha256:" + "1" * 64, "sha256:" + "2" * 64),
    "corrects_date": (date(2026, 12, 1), date(2026, 12, 2)),
    "correction_note": ("The date was wrong.", "The place was wrong."),
    # The review comments marked (review/resolved.py): kept in the file, not content.
    "review_comments": ({"a" * 32: "resolved"}, {"a" * 32: "open", "b" * 32: "resolved"}),
}
# The clearance is kept by tests/test_clearance_workflow.py: sign-offs are no value to set.
NOT_SET_HERE = {"clearance"}


def _value(name: str, which: int) -> object:
    value = VALUES[name][which]
    if name == "photos":
        assert isinstance(value, str)  # (a caption: the photo is made here)
        return [_photo(value)]
    return copy.deepcopy(value)


def _base() -> Release:
    # (the zone prints where the house names zones by abbreviation: "9:00 a.m. CET")
    return make_release(status="embargoed", embargo_until=datetime(2027, 1, 2, 9, tzinfo=CET),
                        embargo_zone="Europe/Berlin",
                        conventions=Conventions(zone_style="abbreviation"))


def test_every_field_has_a_case() -> None:
    assert set(VALUES) == {spec.name for spec in fields.FIELDS} - NOT_SET_HERE


@pytest.mark.parametrize("name", sorted(VALUES))
def test_every_field_is_saved_loaded_diffed_restored_and_shown(name: str,
                                                               tmp_path: Path) -> None:
    spec = fields.field(name)
    assert spec is not None
    first, second = _value(name, 0), _value(name, 1)
    path = tmp_path / "story.release"
    release = _base()
    if name in fields.PORTAL_FIELDS:  # (printed as a portal prints them)
        release.conventions.portal_fields = True
    release.kind = kinds.owner(name) or release.kind  # (a kind's field, in that kind)
    if name == "event_zone":  # (the zone prints where the house names zones: "CET")
        release.event_start = datetime(2027, 1, 6, 10, tzinfo=CET)
    if name == "statement_title":  # (a title prints beside a name)
        release.statement_by = "Ana Reyes"
    setattr(release, name, first)
    document.save(release, path)
    loaded = document.load(path)
    assert getattr(loaded, name) == first
    old = canonical_content(loaded)
    assert (name in old) == spec.kept

    setattr(loaded, name, copy.deepcopy(second))
    document.save(loaded, path)
    again = document.load(path)
    assert getattr(again, name) == second
    new = canonical_content(again)
    # It prints (the fingerprint, taken from the layout, changes) exactly when it says so.
    assert (fingerprint_of(new) != fingerprint_of(old)) == spec.prints

    changes = wordiff.compare(old, new)
    if spec.kept:
        assert changes and {change.key for change in changes} == {name}
        stem = spec.change_label.split("{")[0]
        assert all(change.label().startswith(stem) for change in changes)
        # The history holds the earlier version, as saved.
        assert history.versions(again.clearance.history)[1][1] == old
    else:
        assert changes == []

    history.restore(again, old)
    assert getattr(again, name) == (first if spec.restored else second)

    shown = show_text(again)
    assert (f"\n{spec.label}:" in f"\n{shown}") == (spec.kind not in NOT_SHOWN)


def test_restoring_puts_back_every_field_at_once() -> None:
    """All fields changed together come back together (photos aside: the history keeps
    their fingerprints, not their images)."""
    release = _base()
    for name in VALUES:
        if name != "photos":
            setattr(release, name, _value(name, 0))
    before = copy.deepcopy(release)
    old = canonical_content(release)
    for name in VALUES:
        if name != "photos":
            setattr(release, name, _value(name, 1))
    history.restore(release, old)
    for spec in fields.FIELDS:
        if spec.restored:
            assert getattr(release, spec.name) == getattr(before, spec.name), spec.name
    assert release.profile == VALUES["profile"][1]  # (a name, not content: stays)


# A value of the wrong shape for each field a restore brings back: a version holding one is
# damaged (set aside when the file is opened), never restored into the release.
WRONG_SHAPE: dict[str, object] = {
    "language": 3, "headline": None, "subheadline": ["x"], "status": "later",
    "embargo_until": "soon", "embargo_zone": 5, "release_date": "2027-13-01",
    "dateline": {}, "organization": 1.5, "body": ["One."], "contacts": {"name": "Ana"},
    "boilerplate": False, "footer": [{"text": "x"}], "keywords": ["ferry", 2],
    "end_mark": "***", "conventions": ["a4"], "lead_in": 3, "short_title": [],
    "release_time": None, "source": {}, "column": 2, "author": False,
    "responsible_editor": ["x"], "summary": 0.5, "page_url": {"url": "x"},
    "kind": "leaflet", "event_what": 3, "event_start": "soon", "event_end": 5,
    "event_zone": [], "event_place": {}, "event_address": 1, "event_map_url": None,
    "event_speakers": ["Ana"], "event_attend": False, "event_stream_url": 2.5,
    "statement_by": [], "statement_title": 0, "corrects_date": "yesterday",
    "correction_note": ["x"],
}


def test_every_restored_field_has_a_wrong_shape_case() -> None:
    assert set(WRONG_SHAPE) == {spec.name for spec in fields.FIELDS if spec.restored}


@pytest.mark.parametrize("name", sorted(WRONG_SHAPE))
def test_a_version_holding_a_field_of_the_wrong_shape_is_unreadable(name: str) -> None:
    content = canonical_content(_base())
    assert history.readable(content)
    assert not history.readable({**content, name: WRONG_SHAPE[name]})
    spec = fields.field(name)
    assert spec is not None
    missing = {key: value for key, value in content.items() if key != name}
    # (a field the version does not hold stays as it is on restore, unless it is required)
    assert history.readable(missing) == (not spec.required)


# -- restore, over many releases -------------------------------------------------------------

settings_ = st.builds(
    Conventions, st.booleans(), st.sampled_from(["{date}", "", "Release time: {date}"]),
    st.sampled_from(DATE_FORMATS), st.sampled_from(EMBARGO_POSITIONS),
    st.sampled_from(["", "#224466"]), st.sampled_from(["", "Europe/Berlin", "Asia/Shanghai"]),
    st.sampled_from(ZONE_STYLES), st.sampled_from(PAPER_SIZES),
    st.sampled_from(["", "press@harbour.example"]),
    st.lists(st.sampled_from(["desk@paper.example", "news@wire.example"]), max_size=2),
    st.dictionaries(st.sampled_from(["contact", "contacts", "about"]), st.text(max_size=8),
                    max_size=2),
    st.dictionaries(st.sampled_from(["house_note"]), st.integers(), max_size=1))


def _with_settings(release: Release, conventions: Conventions) -> Release:
    release.conventions = conventions
    return release


# (tests/test_properties.py's releases, with every house-style setting drawn too)
restorable_releases = st.builds(_with_settings, releases, settings_)


@settings(max_examples=examples(120, 50), deadline=None)
@given(restorable_releases, restorable_releases)
def test_restoring_any_version_brings_back_every_field_the_table_says(
        earlier: Release, current: Release) -> None:
    """Whatever the two releases, restoring the earlier one's content onto the current one
    gives back each field the table restores, prints what the earlier one printed, and
    leaves the rest (the house style's name, unknown keys, the clearance) as it was."""
    keep_one_line_fields(earlier)
    keep_one_line_fields(current)
    old = canonical_content(earlier)
    kept_aside = (current.profile, copy.deepcopy(current.extra),
                  copy.deepcopy(current.conventions.extra), current.clearance)
    history.restore(current, old)
    new = canonical_content(current)
    for spec in fields.kept():
        if spec.restored:  # (a field kept only when set is absent from both when unset)
            assert new.get(spec.name) == old.get(spec.name), spec.name
    assert new[PRINTED] == old[PRINTED]
    assert (current.profile, current.extra, current.conventions.extra,
            current.clearance) == kept_aside


# -- a field added to the table --------------------------------------------------------------

LEDE = fields.Field("lede", fields.LINE, N_("Lede"), one_line=True, prints=False)


@pytest.fixture
def with_lede(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The table with one more field after the subheadline, as a newcomer adds it: its
    entry in the table and its attribute on model.Release (here its class default)."""
    table = list(fields.FIELDS)
    table.insert([spec.name for spec in table].index("subheadline") + 1, LEDE)
    monkeypatch.setattr(fields, "FIELDS", tuple(table))
    monkeypatch.setattr(Release, "lede", "", raising=False)
    yield


def test_a_field_added_to_the_table_travels_everywhere(with_lede: None,
                                                      tmp_path: Path) -> None:
    path = tmp_path / "story.release"
    release = make_release()
    release.lede = "First crossing at dawn\nfor everyone"  # type: ignore[attr-defined]  # the field the test adds to the table
    document.save(release, path)

    # Saved under its name, where the table puts it.
    data = json.loads(path.read_text("utf-8"))
    keys = list(data)
    assert keys.index("lede") == keys.index("subheadline") + 1
    assert data["lede"] == "First crossing at dawn\nfor everyone"

    # Loaded as a field (a one-line one), not kept among the unknown keys.
    loaded = document.load(path)
    assert "lede" not in loaded.extra
    assert loaded.lede == "First crossing at dawn for everyone"  # type: ignore[attr-defined]  # the field the test adds to the table

    # In the content the history keeps and the digest that checks it; not in the printed
    # (hashed) part, since no layout prints it yet.
    old = canonical_content(loaded)
    assert old["lede"] == "First crossing at dawn for everyone"
    loaded.lede = "First crossing at noon"  # type: ignore[attr-defined]  # the field the test adds to the table
    assert history.content_digest(canonical_content(loaded)) != history.content_digest(old)
    assert fingerprint(loaded) == fingerprint_of(old)

    # Diffed under its label.
    loaded.headline = "Northgate Library Opens on Sundays"
    changes = wordiff.compare(old, canonical_content(loaded))
    assert [change.label() for change in changes] == ["Headline", "Lede"]
    assert "Lede\n    First crossing at [-dawn for everyone-]{+noon+}" in \
        wordiff.format_text(changes)

    # Saved as a new version, and restored from the history.
    document.save(loaded, path)
    reread = document.load(path)
    (_, newest), (_, older) = history.versions(reread.clearance.history)[:2]
    assert newest["lede"] == "First crossing at noon" and older == old
    history.restore(reread, older)
    assert reread.lede == "First crossing at dawn for everyone"  # type: ignore[attr-defined]  # the field the test adds to the table
    assert reread.headline == release.headline

    # Shown by `releasedesk show`, after the subheadline; named in the import report.
    lines = show_text(reread).splitlines()
    assert lines[lines.index("Lede: First crossing at dawn for everyone") - 1].startswith(
        "Subheadline: ")
    report = ImportReport()
    report.add(GUESSED, "lede", "First crossing at dawn", "")
    report.add(GUESSED, "headline", "Northgate", "")
    assert FIELD_LABELS["lede"] == "Lede"
    assert report.guessed_fields() == ["headline", "lede"]
    assert f"  {'Lede':<8}  “First crossing at dawn”" in report.text_lines()

    # Held to a line's size, as every line of a release is.
    reread.lede = "x" * (MAX_LINE_FIELD + 1)  # type: ignore[attr-defined]  # the field the test adds to the table
    with pytest.raises(ReleaseDeskError, match="the lede holds 2,001 characters"):
        document.save(reread, path)


# A field of every simple kind, added to the table: its class default, two values, and a
# value the file may not hold (refused with one sentence naming the field).
# (a field's value is an object its kind takes apart: fields.value_of)
Added = tuple[fields.Field, object, object, object, object]
ADDED: list[Added] = [
    (fields.Field("lede", fields.LINE, N_("Lede"), one_line=True, prints=False),
     "", "Dawn crossing", "Noon crossing", 3),
    (fields.Field("region", fields.CODE, N_("Region"), prints=False), "", "EU", "US", ["EU"]),
    (fields.Field("notes", fields.BLOCK, N_("Notes"), N_("Notes, paragraph {number}"),
                  prints=False), "", "One.\n\nTwo.", "One.\n\nThree.", {"text": "x"}),
    (fields.Field("tone", fields.CHOICE, N_("Tone"), choices=("plain", "warm"), prints=False),
     "plain", "warm", "plain", "cold"),
    (fields.Field("review_by", fields.DATE, N_("Review by"), prints=False),
     None, date(2027, 1, 3), date(2027, 1, 9), "soon"),
    (fields.Field("expires", fields.MOMENT, N_("Expires"), prints=False),
     None, datetime(2027, 2, 1, 9, tzinfo=CET), None, "2027-02-01T09:00:00"),
    (fields.Field("regions", fields.LIST, N_("Regions"), one_line=True,
                  separators=LIST_SEPARATORS, prints=False),
     (), ["north"], ["north", "south"], ["north", 2]),
]


@pytest.mark.parametrize("case", ADDED, ids=lambda case: case[0].kind)
def test_a_field_of_each_simple_kind_added_to_the_table_travels_everywhere(
        case: Added, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    spec, default, first, second, refused = case
    table = list(fields.FIELDS)
    table.insert(table.index(fields.field("end_mark")) + 1, spec)  # type: ignore[arg-type]  # a test field added to a copy of the table
    monkeypatch.setattr(fields, "FIELDS", tuple(table))
    monkeypatch.setattr(Release, spec.name, default, raising=False)
    path = tmp_path / "story.release"

    # Saved and loaded as its kind says; a release without it reads its default.
    release = make_release()
    expected = default
    if spec.kind == fields.LIST:
        assert isinstance(default, tuple)
        expected = list(default)
    assert getattr(document.loads(document.dumps(release)), spec.name) == expected
    setattr(release, spec.name, first)
    document.save(release, path)
    loaded = document.load(path)
    assert getattr(loaded, spec.name) == first and spec.name not in loaded.extra

    # Kept, diffed under its label, restored from the history, shown.
    old = canonical_content(loaded)
    setattr(loaded, spec.name, copy.deepcopy(second))
    loaded.headline = "Northgate Library Opens on Sundays"  # (a change that prints)
    document.save(loaded, path)
    again = document.load(path)
    assert getattr(again, spec.name) == second
    changes = wordiff.compare(old, canonical_content(again))
    labels = {change.key: change.label() for change in changes}
    assert set(labels) == {"headline", spec.name}
    assert labels[spec.name].startswith(spec.change_label.split("{")[0])
    (_, _), (_, older) = history.versions(again.clearance.history)[:2]
    assert older == old
    history.restore(again, older)
    assert getattr(again, spec.name) == first
    assert f"\n{spec.label}:" in show_text(again)

    # A value its kind does not allow is refused, in one sentence that names it.
    data = json.loads(path.read_text("utf-8"))
    data[spec.name] = refused
    with pytest.raises(ReleaseDeskError) as caught:
        document.from_dict(data, "story.release")
    assert f'"{spec.name}"' in caught.value.message and "\n" not in caught.value.message


def test_a_version_saved_before_the_field_was_added_leaves_it_as_it_is(
        with_lede: None) -> None:
    release = make_release()
    old = canonical_content(release)
    del old["lede"]  # (saved by the version before the field)
    assert history.readable(old)
    release.lede = "Kept"  # type: ignore[attr-defined]  # the field the test adds to the table
    release.headline = "Changed"
    history.restore(release, old)
    assert release.lede == "Kept"  # type: ignore[attr-defined]  # the field the test adds to the table
    assert release.headline == make_release().headline


def test_without_the_field_its_key_is_an_unknown_one_kept_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "story.release"
    document.save(make_release(), path)
    data = json.loads(path.read_text("utf-8"))
    path.write_text(json.dumps({**data, "lede": "kept"}), "utf-8")
    loaded = document.load(path)
    assert loaded.extra == {"lede": "kept"}
    assert "lede" not in canonical_content(loaded)


# -- the command line ------------------------------------------------------------------------

def test_show_prints_every_field_under_its_label(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.release"
    release = _base()
    release.headline = "Quay opens\u202e at dawn"  # (a bidi override prints escaped)
    document.save(release, path)
    assert cli.main(["show", str(path)]) == 0
    out = capsys.readouterr().out
    labels = [line.split(":")[0] for line in out.splitlines()
              if line and not line.startswith(" ")]
    assert labels == [spec.label for spec in fields.FIELDS if spec.kind not in NOT_SHOWN]
    assert set(NOT_SHOWN) == {fields.CLEARANCE, fields.MARKS}
    assert "Headline: Quay opens\\u202e at dawn" in out
    assert "Embargo: 2027-01-02T09:00:00+01:00" in out
    assert "Keywords: libraries, opening hours" in out
    assert "Media contacts:\n    Ada Brill · Press Officer" in out
    assert "Body:\n    The Northgate Library Trust" in out


def test_show_speaks_the_users_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.release"
    document.save(make_release(), path)
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "zh_CN")
    assert cli.main(["show", str(path)]) == 0
    out = capsys.readouterr().out
    chinese = messages.catalogue("zh_CN")
    assert f"{chinese['Headline']}: Northgate Library" in out
    assert f"{chinese['Embargo time zone']}:" in out


def test_show_of_a_damaged_file_is_one_sentence(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.release"
    path.write_text('{"format": "releasedesk", "version": 1, "headline": 3, "body": ""}',
                    "utf-8")
    assert cli.main(["show", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and '"headline"' in captured.err

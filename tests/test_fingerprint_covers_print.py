"""Approval covers all that prints (issue 22, point 7).

For every field and convention a release file holds, one change at a time: the exports
change exactly when the fingerprint changes. The exports are rendered with the
fingerprint and status they carry as metadata held fixed (otherwise any fingerprint
change would show in them trivially), and with SOURCE_DATE_EPOCH set (the same release
gives the same bytes). A field added to the file format without a case here fails
test_every_field_has_a_case.
"""

from __future__ import annotations

import copy
import hashlib
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk import document
from releasedesk.clearance import history
from releasedesk.clearance.fingerprint import canonical_content, fingerprint
from releasedesk.errors import ReleaseDeskError
from releasedesk.exporting import export_context
from releasedesk.json_values import Json, JsonObject
from releasedesk.media.copies import PhotoCopies
from releasedesk.model import Release
from releasedesk.records import replace
from releasedesk.render import FORMATS, build_layout

import photo_files as pf
from examples import examples
from helpers import make_release

# The same base release is exported for every case: each writer runs once per complete
# input (tests/writer_memo.py); a changed release is written anew.
pytestmark = pytest.mark.usefixtures("shared_writer_output")

Data = JsonObject  # (a release file's JSON)


def _base() -> Data:
    release = make_release()
    release.status = "embargoed"
    release.embargo_until = datetime(2026, 12, 1, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
    release.embargo_zone = "America/New_York"
    release.conventions.zone = "America/New_York"
    release.conventions.zone_style = "abbreviation"
    release.conventions.mail_from = "press@library.example"
    release.conventions.mail_to = ["desk@news.example"]
    release.conventions.paper = "a4"
    release.conventions.words = {"contact": "Press contact"}
    photo = pf.photo(width=900, height=600)
    photo.id, photo.caption, photo.credit, photo.alt = "reading-room", "The room", "Ana", "A room"
    photo.source_name = "IMG_0042.jpg"
    release.photos = [photo]
    release.body += "\n\n![A room](photo:reading-room)"
    return document.to_dict(release)


def _photo_data(data: Data) -> dict[str, bytes]:
    return {"media/" + p["id"] + ".jpg": BASE_IMAGE for p in data.get("photos", [])}


BASE_IMAGE = pf.photo(width=900, height=600).data
OTHER_IMAGE = pf.photo(width=900, height=601).data


def _release(data: Data) -> Release:
    media = {}
    for photo in data.get("photos", []):
        image = OTHER_IMAGE if photo.get("_other") else BASE_IMAGE
        photo.pop("_other", None)
        photo["sha256"] = hashlib.sha256(image).hexdigest()
        media["media/" + photo["id"] + ".jpg"] = image
    return document.from_dict(data, media=media)


# The formats, cheapest to write first. Where a change prints, the first export it shows
# in settles the question the tests ask (whether any export changed): the dearer ones are
# not written for it. Where it must not print, every format is written and compared.
CHEAPEST_FIRST = ("txt", "fragment", "html", "eml", "docx", "package", "pdf")


def _each_export(release: Release, formats: tuple[str, ...] = tuple(FORMATS),
                 copies: PhotoCopies | None = None) -> Iterator[tuple[str, bytes]]:
    """Each format's bytes, written when asked for; *copies*, if given, are web copies kept
    from an earlier export of the same photo (what an export makes of the image alone)."""
    layout = replace(build_layout(release), fingerprint="", workflow_status="draft")
    if copies is not None and layout.copies is not None:
        layout = replace(layout, copies=copies)
    context = export_context(None)
    for name in formats:
        yield name, FORMATS[name].write(replace(layout, export_stem="story"), context)


def _exports(release: Release, formats: tuple[str, ...] = tuple(FORMATS),
             copies: PhotoCopies | None = None) -> dict[str, bytes]:
    """Every format's bytes (see _each_export)."""
    return dict(_each_export(release, formats, copies))


def _changed(release: Release, before: dict[str, bytes], first_only: bool,
             copies: PhotoCopies | None = None) -> list[str]:
    """The formats of *before* whose export of *release* differs, written cheapest first;
    with *first_only*, up to the first that differs."""
    changed = []
    formats = tuple(name for name in CHEAPEST_FIRST if name in before)
    for name, data in _each_export(release, formats, copies):
        if data != before[name]:
            changed.append(name)
            if first_only:
                break
    return changed


def _set(*path: str | int, value: Json) -> Callable[[Data], None]:
    def change(data: Data) -> None:
        target: Json = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


def _photo(key: str, value: Json) -> Callable[[Data], None]:
    return _set("photos", 0, key, value=value)


def _renamed_photo(data: Data) -> None:
    """The photo's id changed, and the body's place for it with it."""
    data["photos"][0].update(id="quiet-room")
    data.update(body=data["body"].replace("reading-room", "quiet-room"))


# (what changes, how, whether it prints). "prints" False: neither may change.
CASES: list[tuple[str, Callable[[Data], None], bool]] = [
    ("language", _set("language", value="en-GB"), True),
    ("headline", _set("headline", value="Northgate Library Extends Sunday Hours"), True),
    ("subheadline", _set("subheadline", value="Branches stay open later"), True),
    ("status", _set("status", value="immediate"), True),
    ("embargo_until", _set("embargo_until", value="2026-12-01T10:00:00-05:00"), True),
    # (the page's machine-readable <time> keeps the offset it was given)
    ("embargo_until (another offset, same instant)",
     _set("embargo_until", value="2026-12-01T14:00:00+00:00"), True),
    ("embargo_zone (another abbreviation)", _set("embargo_zone", value="America/Chicago"), True),
    ("embargo_zone (the same abbreviation)", _set("embargo_zone", value="America/Detroit"),
     False),
    ("release_date", _set("release_date", value="2026-11-26"), True),
    ("dateline", _set("dateline", value="SOUTHGATE"), True),
    ("organization", _set("organization", value="Northgate Libraries"), True),
    ("body", _set("body", value="Another body."), True),
    ("body (spaces at a line's end)", lambda d: d.update(body=d["body"] + "   "), False),
    *[(f"contacts.{key}", _set("contacts", 0, key, value=value), True)
      for key, value in (("name", "Ada Brill-Moss"), ("role", "Head of Press"),
                         ("organization", "Northgate Trust"), ("phone", "+1 555 0100 201"),
                         ("email", "media@library.example"))],
    ("boilerplate", _set("boilerplate", value="Another About."), True),
    ("footer (text)", _set("footer", 0, value="© 2027 Northgate Library Trust"), True),
    ("footer (link)", _set("footer", 0, value={"text": "© 2026 Northgate Library Trust",
                                                "url": "https://library.example/"}), True),
    ("footer (a link that never prints)",
     _set("footer", 0, value={"text": "© 2026 Northgate Library Trust",
                              "url": "javascript:alert(1)"}), False),
    ("keywords", _set("keywords", value=["libraries"]), True),
    ("end_mark", _set("end_mark", value="-30-"), True),
    ("profile", _set("profile", value="another-house"), False),
    # (an embargoed release prints its notice whatever the status line says)
    ("conventions.status_line", _set("conventions", "status_line", value=False), False),
    ("conventions.release_line", _set("conventions", "release_line", value="Issued {date}"),
     True),
    ("conventions.date_format", _set("conventions", "date_format", value="iso"), True),
    ("conventions.embargo_position",
     _set("conventions", "embargo_position", value="after_release_line"), True),
    ("conventions.accent", _set("conventions", "accent", value="#123456"), True),
    ("conventions.zone", _set("conventions", "zone", value="Europe/Berlin"), False),
    ("conventions.zone_style", _set("conventions", "zone_style", value="offset"), True),
    ("conventions.paper", _set("conventions", "paper", value="letter"), True),
    # (by the language: A4 for an English release without a region, as set)
    ("conventions.paper (by the language)", _set("conventions", "paper", value=""), False),
    ("conventions.typesetting", _set("conventions", "typesetting",
                                     value={"body_pt": 16, "margins_mm": [37, 26, 35, 28]}),
     True),
    ("conventions.mail_from", _set("conventions", "mail_from", value="news@library.example"),
     True),
    ("conventions.mail_to", _set("conventions", "mail_to", value=["wire@news.example"]), True),
    ("conventions.words", _set("conventions", "words", value={"contact": "Media"}), True),
    ("photos.caption", _photo("caption", "The reading room"), True),
    ("photos.credit", _photo("credit", "Ana Reyes"), True),
    ("photos.alt", _photo("alt", "A quiet room"), True),
    # (one photo leads whether marked or not; a second photo marked lead takes its place)
    ("photos.lead (the only photo)", _photo("lead", True), False),
    ("photos.lead (another photo)", lambda d: d["photos"].append(
        {**d["photos"][0], "id": "stacks", "lead": True}), True),
    ("photos.width", _photo("width", 800), True),
    ("photos.height", _photo("height", 500), True),
    ("photos.id", _renamed_photo, True),
    ("photos.image", _photo("_other", True), True),
    ("photos.source_name", _photo("source_name", "DSC_1.jpg"), False),
    ("unknown keys", lambda d: d.update({"x-tool": {"a": 1}}), False),
]

# Keys of the file that are not content: the format itself and the clearance records.
NOT_CONTENT = {"format", "version", "workflow", "history", "history_set_aside"}


def _paths(value: Json, prefix: str = "") -> set[str]:
    if isinstance(value, dict):
        found = set()
        for key, item in value.items():
            found |= {f"{prefix}{key}"} | (
                _paths(item, f"{prefix}{key}.") if key not in ("words",) else set())
        return found
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return set().union(*(_paths(item, prefix) for item in value))
    return set()


def test_every_field_has_a_case() -> None:
    covered = {name.split(" ")[0] for name, _, _ in CASES}
    fields = {p for p in _paths(_base()) if p.split(".")[0] not in NOT_CONTENT}
    fields -= {"contacts", "footer", "conventions", "photos", "photos.file",
               "photos.media_type", "photos.sha256", "footer.text", "footer.url"}
    assert fields <= covered, sorted(fields - covered)


@pytest.fixture(scope="module")
def before() -> tuple[str, dict[str, bytes]]:
    import os

    os.environ["SOURCE_DATE_EPOCH"] = "1798761600"
    release = _release(_base())
    assert sorted(CHEAPEST_FIRST) == sorted(FORMATS)
    return fingerprint(release), _exports(release)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_the_exports_change_exactly_when_the_fingerprint_does(
        before: tuple[str, dict[str, bytes]],
        case: tuple[str, Callable[[Data], None], bool]) -> None:
    name, change, prints = case
    data = _base()
    change(data)
    release = _release(data)
    changed = _changed(release, before[1], first_only=prints)  # (one settles "changed")
    assert bool(changed) == prints, (name, changed)
    assert (fingerprint(release) != before[0]) == prints, name


# (photos are not restored: the history keeps their fingerprints, not their images)
RESTORED = [c for c in CASES if c[2] and not c[0].startswith("photos")]


@pytest.mark.parametrize("case", RESTORED, ids=[c[0] for c in RESTORED])
def test_restoring_a_version_brings_back_every_field(
        case: tuple[str, Callable[[Data], None], bool]) -> None:
    """History keeps what prints and the settings beside it: restoring the version saved
    before a change gives back exactly the release as it was (photos aside: the history
    keeps their fingerprints, not their images)."""
    name, change, _ = case
    original = _release(_base())
    saved = copy.deepcopy(original)
    history.record_version(original)
    data = document.to_dict(original)
    change(data)
    edited = _release({**data, "photos": _base()["photos"]})
    edited.clearance = original.clearance
    history.record_version(edited)
    (_, newest), (_, older) = history.versions(edited.clearance.history)[:2]
    assert newest == canonical_content(edited)
    history.restore(edited, older)
    restored = document.to_dict(edited)
    expected = document.to_dict(saved)
    for key in NOT_CONTENT:
        restored.pop(key, None)
        expected.pop(key, None)
    assert restored == expected, name


def test_a_version_1_approval_approves_nothing_and_says_why() -> None:
    """A sign-off made before canonical version 2 names a version-1 fingerprint, which did
    not cover everything that prints: it approves nothing now, and the status says that
    it was made under the earlier rules (not that the text changed)."""
    from releasedesk.clearance import signoffs, wordiff
    from releasedesk.clearance.fingerprint import canonical_content_v1, fingerprint_of
    from releasedesk.workflow import SignOff, Version

    release = make_release()
    old_content = canonical_content_v1(release)
    old = fingerprint_of(old_content)
    moment = datetime(2026, 11, 20, 9, tzinfo=UTC)
    release.clearance.signoffs = [SignOff("Ada Brill", "Director", moment, old)]
    release.clearance.history = [Version(moment, old, content=old_content)]
    release.clearance.policy.signoffs = ["Director"]
    loaded = document.loads(document.dumps(release))
    state = signoffs.report(loaded)
    assert not state.approved
    assert state.earlier_rules == state.stale == tuple(loaded.clearance.signoffs)
    assert history.versions(loaded.clearance.history)[-1][0].fingerprint == old
    # Nothing that version 1 kept changed: "Changes since approval" lists nothing.
    assert wordiff.compare(old_content, canonical_content(loaded)) == []
    signoffs.sign_off(loaded, "Ada Brill", "Director")
    assert signoffs.report(loaded).approved
    loaded.conventions.mail_to = ["attacker@example.org"]
    assert not signoffs.report(loaded).approved


odd_text = st.text(st.characters(codec=None, categories=("Ll", "Zs", "Cc", "Cf", "Po", "Sm",
                                                          "Lo", "Zl", "Zp", "Cs")), max_size=12)
TEXT_PATHS = [("headline",), ("subheadline",), ("dateline",), ("organization",), ("body",),
              ("boilerplate",), ("contacts", 0, "name"), ("contacts", 0, "email"),
              ("footer", 0), ("keywords", 0), ("photos", 0, "caption"), ("photos", 0, "alt"),
              ("conventions", "words", "contact"), ("conventions", "accent"),
              ("conventions", "mail_from")]


HUNT_FORMATS = ("html", "txt", "docx", "eml", "fragment")  # (the PDF prints the page's HTML)
_HUNT_BASES: dict[str, tuple[Release, dict[str, bytes]]] = {}
# The hunt changes text only, never the photo: its web copies are made once for the hunt.
_HUNT_COPIES = PhotoCopies()


def _hunt_base(body: str) -> tuple[Release, dict[str, bytes]]:
    """The unchanged release and its exports, rendered once for the whole hunt."""
    if body not in _HUNT_BASES:
        data = _base()
        data["body"] = body
        release = _release(data)
        _HUNT_BASES[body] = (release, _exports(release, HUNT_FORMATS, _HUNT_COPIES))
    return _HUNT_BASES[body]


@settings(max_examples=examples(120, 50), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(TEXT_PATHS), odd_text, st.sampled_from(["append", "replace", "insert"]))
def test_any_text_change_changes_the_exports_exactly_when_the_fingerprint(
        path: tuple[str | int, ...], text: str, how: str) -> None:
    """A hunt over odd text (controls, format characters, separators, code-block
    whitespace, case) in every text field: what a reader can see moves the fingerprint,
    what they cannot does not."""
    os.environ["SOURCE_DATE_EPOCH"] = "1798761600"
    base = _base()
    base["body"] += "\n\n```\ncode  \n\n```\n\n    indented \t"
    data = copy.deepcopy(base)
    target: Json = data
    for key in path[:-1]:
        target = target[key]
    old = target[path[-1]]
    new = {"append": old + text, "replace": text, "insert": text + old}[how]
    target[path[-1]] = new
    before, printed_before = _hunt_base(base["body"])
    try:
        after = _release(data)
    except ReleaseDeskError:
        return  # (a value the file format refuses)
    moved = fingerprint(after) != fingerprint(before)
    try:  # (where the fingerprint moved, the first export that changed settles it)
        changed = _changed(after, printed_before, moved, _HUNT_COPIES)
    except ReleaseDeskError:
        return  # (a value the e-mail refuses: nothing is printed)
    assert moved == bool(changed), (path, new, changed)

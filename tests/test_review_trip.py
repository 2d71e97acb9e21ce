"""The review trip (issue 23, points 4 and 5): a release sent for review as a .docx, marked
up by reviewers (our XML edits as Word writes them, and LibreOffice's re-save), read back as
suggestions on the fields they touch, accepted or rejected one by one or all at once."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk import document
from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.model import Contact, Release
from releasedesk.records import replace
from releasedesk.review import read_review
from releasedesk.review import slots as s
from releasedesk.review.sending import FINGERPRINT_PROPERTY, review_docx
from releasedesk.review.suggestions import (
    UNTRACKED,
    Reading,
    accept,
    accept_all,
    read_against,
)
from review_markup import DANA, LEE, Markup, W

from conftest import need
from pandoc_pipe import Pandoc
from test_cli import WIRE, assert_one_line_error, run


def sample() -> Release:
    return Release(
        headline="Glenmoor Water Board opens the Ashby reservoir path",
        subheadline="A new lakeside path for walkers",
        dateline="ASHBY", organization="Glenmoor Water Board",
        body="The path opens on Monday.\n\nIt runs for six miles.\nDogs are welcome.\n\n"
             "- benches\n- a cafe",
        contacts=[Contact("Mara Quill", "Press officer", "Glenmoor Water Board",
                          "+44 20 7946 0000", "press@glenmoor.example")],
        boilerplate="Glenmoor Water Board looks after four reservoirs.",
        keywords=["water", "paths"], release_date=date(2026, 3, 4))


def read(release: Release, data: bytes) -> Reading:
    return read_against(read_review(data, "reviewed.docx"), release, fingerprint(release),
                        data, "reviewed.docx")


def sent(release: Release) -> Markup:
    return Markup(review_docx(release, fingerprint(release)))


_SENT_SAMPLE: list[bytes] = []


def sent_sample() -> tuple[Release, Markup]:
    """The sample and its review as sent, made once (a property test marks up a fresh copy
    of the same document for each example; sending depends on nothing but the release and
    the moment, which no reading looks at)."""
    release = sample()
    if not _SENT_SAMPLE:
        _SENT_SAMPLE.append(review_docx(release, fingerprint(release)))
    return release, Markup(_SENT_SAMPLE[0])


def accepted_release(release: Release, reading: Reading) -> Release:
    copy = replace(release)
    copy.contacts = [replace(c) for c in release.contacts]
    copy.keywords = list(release.keywords)
    accept_all(copy, reading)
    return copy


# -- the document sent ------------------------------------------------------------------------


def test_the_document_sent_turns_track_changes_on_and_names_the_release(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1772616600")  # one moment for both exports
    release = sample()
    data = review_docx(release, fingerprint(release))
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        settings_xml = archive.read("word/settings.xml").decode()
        document_xml = archive.read("word/document.xml").decode()
    assert "<w:trackRevisions/>" in settings_xml
    for slot in s.slots(release):
        assert f'w:name="{slot.bookmark}"' in document_xml
    review = read_review(data, "sent.docx")
    assert review.properties[FINGERPRINT_PROPERTY] == fingerprint(release)
    # the same release at the same moment gives the same bytes
    assert data == review_docx(release, fingerprint(release))


_TEXT = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\r"),
                max_size=40)
_LINE = _TEXT.map(lambda t: " ".join(t.split()))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(headline=_LINE, subheadline=_LINE, body=_TEXT, boilerplate=_TEXT,
       names=st.lists(_LINE, max_size=3),
       keywords=st.lists(_LINE.filter(lambda x: x and "," not in x and ";" not in x),
                         max_size=3))
def test_an_unmarked_round_trip_suggests_nothing_and_gives_back_each_field(
        headline: str, subheadline: str, body: str, boilerplate: str, names: list[str],
        keywords: list[str]) -> None:
    release = Release(headline=headline, subheadline=subheadline, body=body,
                      boilerplate=boilerplate, contacts=[Contact(n, "Press") for n in names],
                      keywords=keywords)
    reading = read(release, review_docx(release, fingerprint(release)))
    assert reading.mapped and reading.same_release
    assert reading.suggestions == []
    for slot in s.slots(release):
        assert reading.value(slot.key, set()) == s.get(release, slot.key)


# -- each kind of change ----------------------------------------------------------------------


def _insert(m: Markup) -> None:
    m.insert("headline", 0, "New: ")


def _delete(m: Markup) -> None:
    m.delete("subheadline", 2, 6)  # "new "


def _join(m: Markup) -> None:
    m.delete_mark("body", 0)  # "The path opens on Monday." runs into "It runs …"


def _new_paragraph(m: Markup) -> None:
    m.new_paragraph("boilerplate", "It was founded in 1911.")


def _move(m: Markup) -> None:
    m.move("dateline", 0, 5, "organization", 0)


def _bold(m: Markup) -> None:
    m.bold("headline", 0, 8)


def _stacked(m: Markup) -> None:
    m.delete_inserted(m.insert("body", 0, "Today: "))


def _contact(m: Markup) -> None:
    m.delete("contact_0_phone", 0, 4)
    m.insert("contact_0_phone", 0, "0")


def _keywords(m: Markup) -> None:
    m.insert("keywords", 13, ", lakes")


CASES = {
    # markup: (field, kind) of each suggestion, and the fields it changes when accepted
    "insertion": (_insert, [("headline", "insertion")],
                  {"headline": "New: Glenmoor Water Board opens the Ashby reservoir path"}),
    "deletion": (_delete, [("subheadline", "deletion")],
                 {"subheadline": "A lakeside path for walkers"}),
    "deleted break": (_join, [("body", "paragraph break deleted")],
                      {"body": "The path opens on Monday.It runs for six miles.\nDogs are "
                               "welcome.\n\n- benches\n- a cafe"}),
    # (a new paragraph's words and the break before them: one suggestion, decided whole)
    "new paragraph": (_new_paragraph, [("boilerplate", "insertion")],
                      {"boilerplate": "Glenmoor Water Board looks after four reservoirs.\n\n"
                                      "It was founded in 1911."}),
    "move": (_move, [("dateline,organization", "move")],
             {"dateline": "", "organization": "ASHBYGlenmoor Water Board"}),
    "formatting": (_bold, [("headline", "formatting")], {}),
    "stacked": (_stacked, [("body", "insertion"), ("body", "deletion")], {}),
    "contact": (_contact, [("contact_0_phone", "insertion"), ("contact_0_phone", "deletion")],
                {"contact_0_phone": "020 7946 0000"}),
    "keywords": (_keywords, [("keywords", "insertion")], {"keywords": "water, paths, lakes"}),
}


@pytest.mark.parametrize("case", CASES)
def test_each_change_is_a_suggestion_on_its_field(case: str) -> None:
    markup, expected, changed = CASES[case]
    release = sample()
    m = sent(release)
    markup(m)
    reading = read(release, m.bytes())
    assert [(x.field, x.kind) for x in reading.suggestions] == expected
    assert all(x.author in (DANA[0], LEE[0]) and x.when is not None
               for x in reading.suggestions)
    after = accepted_release(release, reading)
    for slot in s.slots(release):
        assert s.get(after, slot.key) == changed.get(slot.key, s.get(release, slot.key)), \
            slot.key
    # rejecting every change gives back exactly the release that was sent
    for key in reading.fields:
        assert reading.value(key, set()) == s.get(release, key)


def test_formatting_is_listed_with_what_changed_and_changes_no_text() -> None:
    release = sample()
    m = sent(release)
    m.bold("headline", 0, 8)
    suggestion = read(release, m.bytes()).suggestions[0]
    assert (suggestion.before, suggestion.applies, suggestion.detail) == \
        ("Glenmoor", False, "none → b")


def test_the_stacked_change_is_two_suggestions_and_accepting_both_leaves_nothing() -> None:
    release = sample()
    m = sent(release)
    m.delete_inserted(m.insert("body", 0, "Today: "))
    reading = read(release, m.bytes())
    first, second = reading.suggestions
    assert (first.author, first.after, second.author, second.before) == \
        (DANA[0], "Today: ", LEE[0], "Today: ")
    copy = replace(release)
    accepted: set[int] = set()
    accept(copy, reading, accepted, [0])  # only the first reviewer's insertion
    assert copy.body == "Today: " + release.body
    accept(copy, reading, accepted, [1])  # then the second reviewer's deletion of it
    assert copy.body == release.body


_MARKUPS = st.lists(st.sampled_from(sorted(set(CASES) - {"move", "stacked"})), min_size=1,
                    max_size=5, unique=True)


@settings(max_examples=40, deadline=None)
@given(_MARKUPS, st.randoms(use_true_random=False))
def test_accepting_one_by_one_in_any_order_is_accepting_all(cases: list[str],
                                                            rng: object) -> None:
    release, m = sent_sample()
    for case in cases:
        CASES[case][0](m)
    reading = read(release, m.bytes())
    all_at_once = accepted_release(release, reading)
    order = list(range(len(reading.suggestions)))
    rng.shuffle(order)  # type: ignore[attr-defined]  # random.Random has shuffle; the stub's list type
    one_by_one = replace(release)
    one_by_one.contacts = [replace(c) for c in release.contacts]
    accepted: set[int] = set()
    for index in order:
        accept(one_by_one, reading, accepted, [index])
    for slot in s.slots(release):
        assert s.get(one_by_one, slot.key) == s.get(all_at_once, slot.key)
    # accept all, then reject all (nothing left pending): nothing changes
    again = accepted_release(all_at_once, read(all_at_once, review_docx(
        all_at_once, fingerprint(all_at_once))))
    assert document.dumps(again) == document.dumps(all_at_once)


def test_a_change_outside_every_field_is_listed_and_applies_to_nothing() -> None:
    release = sample()
    m = sent(release)
    intro = m.root.find(f"{{{W}}}body")[0]
    assert intro.find(f"{{{W}}}bookmarkStart").get(f"{{{W}}}name") == "_rdl_intro"
    runs = m.runs(intro)
    runs[0].addprevious(m._change("del", DANA))
    change = runs[0].getprevious()
    for piece in runs[:3]:
        for t in piece.findall(f"{{{W}}}t"):
            t.tag = f"{{{W}}}delText"
        change.append(piece)
    reading = read(release, m.bytes())
    assert [(x.field, x.kind, x.applies) for x in reading.suggestions] == \
        [("", "deletion", False)]
    assert accept_all(replace(release), reading) == ([], [])


def test_comments_come_with_their_field_anchor_replies_and_done_state() -> None:
    release = sample()
    m = sent(release)
    first = m.comment("headline", 0, 8, "Is the name right?")
    m.comment("headline", 0, 8, "Yes, checked.", who=DANA, reply_to=first, done=True)
    m.comment("contact_0_email", 0, 5, "Use the desk address")
    reading = read(release, m.bytes())
    assert [(c.field, c.anchored, c.author, c.text, c.resolved, c.reply_to)
            for c in reading.comments] == [
        ("headline", "Glenmoor", "Lee Park", "Is the name right?", False, -1),
        ("headline", "Glenmoor", "Dana Reyes", "Yes, checked.", True, 0),
        ("contact_0_email", "press", "Lee Park", "Use the desk address", False, -1)]
    assert reading.suggestions == []


# -- edits without track changes, and another version -----------------------------------------


def test_an_edit_without_track_changes_is_a_suggestion_too() -> None:
    release = sample()
    m = sent(release)
    for t in m.paragraphs("subheadline")[0].iter(f"{{{W}}}t"):
        t.text = t.text.replace("walkers", "walkers and riders")
    reading = read(release, m.bytes())
    [suggestion] = reading.suggestions
    assert (suggestion.field, suggestion.kind, suggestion.before, suggestion.after) == \
        ("subheadline", UNTRACKED, "", " and riders")
    assert accepted_release(release, reading).subheadline == \
        "A new lakeside path for walkers and riders"


def test_a_review_of_another_version_says_so_and_places_changes_by_context() -> None:
    release = sample()
    m = sent(release)
    m.insert("body", 9, "finally ")  # "The path finally opens on Monday."
    changed = replace(release, body=release.body + "\n\nParking is free.")
    reading = read(changed, m.bytes())
    assert not reading.same_release
    assert [(x.field, x.kind) for x in reading.suggestions] == [("body", "insertion")]
    after = accepted_release(changed, reading)
    assert after.body == "The path finally opens on Monday." + changed.body[25:]
    assert after.body.endswith("Parking is free.")


def test_a_docx_without_our_field_map_is_compared_field_by_field(tmp_path: Path) -> None:
    release = document.load(WIRE)
    exported = tmp_path / "story.docx"
    assert run("export", WIRE, "-f", "docx", "-o", exported).returncode == 0
    data = exported.read_bytes()
    with zipfile.ZipFile(exported) as archive:
        parts = {i.filename: archive.read(i) for i in archive.infolist()}
    xml = parts["word/document.xml"].decode()
    headline = release.headline
    assert headline in xml
    parts["word/document.xml"] = xml.replace(
        f"<w:t>{headline}</w:t>",
        f'<w:t>{headline}</w:t></w:r><w:ins w:id="1" w:author="Lee Park" '
        f'w:date="2026-03-05T14:05:00Z"><w:r><w:t xml:space="preserve"> at Last</w:t>'
        "</w:r></w:ins><w:r>", 1).encode()
    out = tmp_path / "reviewed.docx"
    with zipfile.ZipFile(out, "w") as archive:
        for name, part in parts.items():
            archive.writestr(name, part)
    data = out.read_bytes()
    reading = read(release, data)
    assert not reading.mapped
    headline_suggestions = [x for x in reading.suggestions if x.field == "headline"]
    assert [(x.kind, x.after, x.author) for x in headline_suggestions] == \
        [("difference", " at Last", "Lee Park")]
    assert [(x.field, x.kind, x.applies) for x in reading.suggestions if x.changes] == \
        [("", "insertion", False)]
    assert accepted_release(release, reading).headline == headline + " at Last"


# -- the command line -------------------------------------------------------------------------


def _story(tmp_path: Path) -> Path:
    story = tmp_path / "story.release"
    document.save(sample(), story)
    return story


def test_send_for_review_then_list_and_accept_all_on_the_command_line(tmp_path: Path) -> None:
    story = _story(tmp_path)
    result = run("export", story, "--for-review", "-o", tmp_path / "review.docx")
    assert result.returncode == 0, result.stderr
    m = Markup((tmp_path / "review.docx").read_bytes())
    m.insert("headline", 0, "New: ")
    m.delete("subheadline", 2, 6, who=LEE)
    m.comment("body", 0, 8, "Which Monday?\nSay the date.")
    (tmp_path / "reviewed.docx").write_bytes(m.bytes())
    listed = run("import", tmp_path / "reviewed.docx", "--onto", story, "--list")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].startswith("#1  Headline  Dana Reyes  2026-03-04 09:30 UTC  insertion  "
                               '"" → "New: "')
    assert lines[1].startswith("#2  Subheadline  Lee Park")
    assert lines[2] == ('comment 1  Body  Lee Park  2026-03-05 14:05 UTC  on "The path": '
                        '"Which Monday?\\nSay the date."')
    assert lines[-1] == "2 suggestions (2 to accept or reject), 1 comment."
    before = story.read_bytes()
    assert before == story.read_bytes()  # listing changes nothing
    done = run("import", tmp_path / "reviewed.docx", "--onto", story, "--accept-all",
               "--by", "Ines Ward")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Accepted 2 suggestions; saved {story}."
    after = document.load(story)
    assert after.headline.startswith("New: ")
    assert after.subheadline == "A lakeside path for walkers"
    note = after.clearance.history[0].note
    assert note == ("review reviewed.docx: 2 suggestions by Dana Reyes, Lee Park, accepted "
                    "by Ines Ward")
    assert "accepted by Ines Ward" in run("history", story).stdout
    # the same review again, now onto the changed release: it says so first
    again = run("import", tmp_path / "reviewed.docx", "--onto", story, "--list")
    assert again.stdout.startswith("Note: reviewed.docx was sent for review from another "
                                   "version of story.release")


def test_names_in_a_review_are_printed_escaped(tmp_path: Path) -> None:
    story = _story(tmp_path)
    m = sent(sample())
    m.insert("headline", 0, "x\u2028#9  Body  Forged",
             who=("Eve\u202e\u2028Forged", "2026-03-04T09:30:00Z"))
    (tmp_path / "reviewed.docx").write_bytes(m.bytes())
    listed = run("import", tmp_path / "reviewed.docx", "--onto", story)
    assert "\u2028" not in listed.stdout and "\u202e" not in listed.stdout
    assert "Eve\\u202e Forged" in listed.stdout
    assert len(listed.stdout.splitlines()) == 2


def test_hostile_reviews_end_in_one_sentence(tmp_path: Path) -> None:
    story = _story(tmp_path)
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<a>" + b" " * (80 * 1024 * 1024) + b"</a>")
    entities = tmp_path / "entities.docx"
    m = sent(sample())
    raw = m.bytes()
    with zipfile.ZipFile(__import__("io").BytesIO(raw)) as source, \
            zipfile.ZipFile(entities, "w") as archive:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE d [<!ENTITY e "x">]>', 1)
            archive.writestr(info, data)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(raw[: len(raw) // 2])
    for case in (bomb, entities, broken):
        result = run("import", case, "--onto", story, "--accept-all")
        assert_one_line_error(result)
    assert document.load(story).headline == sample().headline


# -- LibreOffice --------------------------------------------------------------------------------


def _soffice() -> str:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    need("LibreOffice", soffice is not None, "Debian: libreoffice-writer-nogui")
    return str(soffice)


def _resave(soffice: str, data: bytes, tmp_path: Path) -> bytes:
    return _resave_all(soffice, [data], tmp_path)[0]


def _resave_all(soffice: str, documents: list[bytes], tmp_path: Path) -> list[bytes]:
    """*documents* opened and saved again by LibreOffice, all in one run of it."""
    sources = [tmp_path / f"marked{number or ''}.docx" for number in range(len(documents))]
    for source, data in zip(sources, documents, strict=True):
        source.write_bytes(data)
    folder = tmp_path / "resaved"
    folder.mkdir()
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "docx", "--outdir", str(folder), *map(str, sources)],
        capture_output=True, text=True, timeout=300)
    saved = [folder / source.name for source in sources]
    assert result.returncode == 0 and all(path.exists() for path in saved), result.stderr
    return [path.read_bytes() for path in saved]


def test_a_review_resaved_by_libreoffice_reads_the_same(tmp_path: Path) -> None:
    soffice = _soffice()
    release = sample()
    m = sent(release)
    for case in ("insertion", "deletion", "deleted break", "new paragraph", "contact",
                 "keywords", "stacked"):
        CASES[case][0](m)
    m.comment("headline", 0, 8, "Is the name right?")
    ours = m.bytes()
    theirs = _resave(soffice, ours, tmp_path)
    mine, libre = read(release, ours), read(release, theirs)
    assert libre.mapped and libre.same_release
    assert s.slots(release) and set(libre.fields) == set(mine.fields)
    for slot in s.slots(release):
        assert libre.value(slot.key, set()) == s.get(release, slot.key), slot.key
    a, b = accepted_release(release, mine), accepted_release(release, libre)
    for slot in s.slots(release):
        assert s.get(b, slot.key) == s.get(a, slot.key), slot.key
    assert [(c.field, c.anchored, c.text) for c in libre.comments] == \
        [("headline", "Glenmoor", "Is the name right?")]
    assert {x.author for x in libre.suggestions} == {DANA[0], LEE[0]}


def test_an_unmarked_review_resaved_by_libreoffice_suggests_nothing(tmp_path: Path) -> None:
    soffice = _soffice()
    releases = [document.load(WIRE), sample()]
    resaved = _resave_all(soffice, [review_docx(r, fingerprint(r)) for r in releases], tmp_path)
    for release, theirs in zip(releases, resaved, strict=True):
        assert read(release, theirs).suggestions == []


# -- the oracle: pandoc's accept and reject -----------------------------------------------------


def _pandoc_command_line(data: bytes, mode: str, tmp_path: Path) -> str:
    pandoc = shutil.which("pandoc")
    need("pandoc", pandoc is not None, "Debian: pandoc")
    source = tmp_path / "oracle.docx"
    source.write_bytes(data)
    return subprocess.run([str(pandoc), f"--track-changes={mode}", "-t", "plain",
                           "--wrap=none", str(source)], capture_output=True, text=True,
                          timeout=60, check=True).stdout


def _pandoc(pandoc: Pandoc, data: bytes, mode: str, tmp_path: Path) -> list[str]:
    source = tmp_path / "oracle.docx"
    source.write_bytes(data)
    # Pandoc joins paragraphs whose break is deleted with a space, Word with none: the
    # text is compared without its spaces.
    return pandoc.plain(source, mode).split()


_WORDS = st.text(st.sampled_from("abcdefghij "), min_size=1, max_size=12).filter(str.strip)
_EDIT = st.tuples(st.sampled_from(["insert", "delete", "join", "paragraph", "stacked"]),
                  st.integers(0, 3), _WORDS)


def _marked(release: Release, edits: list[tuple[str, int, str]]) -> Markup:
    """*release* sent for review, its body marked up by *edits* as a reviewer would."""
    m = sent(release)
    body = m.paragraphs("body")
    touched: set[int] = set()
    for kind, where, words in edits:
        number = where % len(body)
        length = len(m.runs(body[number]))
        if kind == "insert":
            m.insert("body", where % (length + 1), words, paragraph=number)
        elif kind == "delete" and number not in touched and length:
            m.delete("body", 0, min(length, len(words)), who=LEE, paragraph=number)
            touched.add(number)
        elif kind == "join" and number < len(body) - 1:
            m.delete_mark("body", number)
        elif kind == "paragraph" and number == len(body) - 1:
            m.new_paragraph("body", words, after=number)
            body = m.paragraphs("body")
        elif kind == "stacked":
            m.delete_inserted(m.insert("body", 0, words, paragraph=number))
    return m


@settings(max_examples=25, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(_WORDS, min_size=1, max_size=4), st.lists(_EDIT, max_size=6))
def test_accept_all_and_reject_all_agree_with_pandoc(pandoc: Pandoc, tmp_path: Path,
                                                     paragraphs: list[str],
                                                     edits: list[tuple[str, int, str]]) -> None:
    release = Release(headline="Oracle", body="\n\n".join(" ".join(p.split())
                                                          for p in paragraphs))
    data = _marked(release, edits).bytes()
    review = read_review(data, "oracle.docx")
    # (in pandoc's text the labels "Body" and "About" frame the body)
    accepted_words = _pandoc(pandoc, data, "accept", tmp_path)
    assert _solid(review.accepted()) == "".join(accepted_words)
    assert _solid(review.rejected()) == "".join(_pandoc(pandoc, data, "reject", tmp_path))
    reading = read(release, data)
    assert reading.value("body", set()) == release.body
    everything = set(range(len(review.revisions)))
    assert "".join(reading.value("body", everything).split()) == \
        "".join(accepted_words[accepted_words.index("Body") + 1:
                               accepted_words.index("About")])


# Every kind of edit the property draws, stacked in one body; and a join alone.
_ORACLE_EDITS = (
    [("insert", 0, "first"), ("delete", 1, "abcdefg"), ("join", 0, "x"),
     ("paragraph", 2, "last one"), ("stacked", 1, "in and out"), ("insert", 3, "tail")],
    [("join", 1, "x")],
)


def test_the_kept_pandoc_reads_as_its_command_line_does(pandoc: Pandoc, tmp_path: Path) -> None:
    """The oracle's kept pandoc (tests/pandoc_pipe.py) prints, byte for byte, what
    ``pandoc --track-changes=MODE -t plain --wrap=none`` prints, accepting and rejecting,
    for every kind of edit the property draws and the sample with its contacts."""
    documents = [review_docx(sample(), fingerprint(sample()))]
    for edits in _ORACLE_EDITS:
        release = Release(headline="Oracle", body="one two three\n\nfour five\n\nsix")
        documents.append(_marked(release, edits).bytes())
    starts = pandoc.starts
    for number, data in enumerate(documents):
        for mode in ("accept", "reject"):
            source = tmp_path / f"kept-{number}.docx"
            source.write_bytes(data)
            kept = pandoc.plain(source, mode)
            assert kept == _pandoc_command_line(data, mode, tmp_path), (number, mode)
            assert kept.split(), (number, mode)
    # (the accepted and rejected texts differ: the changes are read as tracked changes)
    assert pandoc.plain(source, "accept") != pandoc.plain(source, "reject")
    assert pandoc.starts <= max(starts, 1)  # one pandoc served them all


def _solid(paragraphs: list[str]) -> str:
    return "".join("".join(paragraphs).split())


def test_a_change_whose_text_is_gone_from_the_release_is_reported_not_guessed(
        tmp_path: Path) -> None:
    story = _story(tmp_path)
    m = sent(sample())
    m.delete("subheadline", 2, 6)  # "new " of "A new lakeside path for walkers"
    m.insert("headline", 0, "New: ")
    (tmp_path / "reviewed.docx").write_bytes(m.bytes())
    release = document.load(story)
    release.subheadline = "A shorter path"  # changed since it was sent
    document.save(release, story)
    listed = run("import", tmp_path / "reviewed.docx", "--onto", story, "--list")
    assert listed.returncode == 0, listed.stderr
    marked = [line for line in listed.stdout.splitlines() if "[cannot be placed" in line]
    assert len(marked) == 1 and marked[0].startswith("#2  Subheadline"), listed.stdout
    assert "1 cannot be placed" in listed.stdout.splitlines()[-1]
    done = run("import", tmp_path / "reviewed.docx", "--onto", story, "--accept-all")
    assert done.returncode == 1, done.stderr  # something needs a person's eye, as check
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Note: reviewed.docx was sent for review from another version")
    assert lines[1].startswith("not applied: #2  Subheadline  Dana Reyes")
    assert lines[2] == f"Accepted 1 suggestion (1 could not be placed); saved {story}."
    after = document.load(story)
    assert (after.subheadline, after.headline) == ("A shorter path", "New: " + release.headline)


# -- edits without track changes on a release that changed since it was sent ---------------


def _untracked_edit(m: Markup, key: str, old: str, new: str) -> None:
    for paragraph in m.paragraphs(key):
        for t in paragraph.iter(f"{{{W}}}t"):
            if t.text and old in t.text:
                t.text = t.text.replace(old, new)
                return
    raise AssertionError(f"{old!r} not in {key}")


def _saved_then_changed(release: Release, **changes: object) -> Release:
    """*release* with a version in its history (as a save before sending makes), then
    changed by the office after it was sent."""
    from releasedesk.clearance.history import record_version

    record_version(release)
    return replace(release, **changes)


@pytest.mark.parametrize("later", [
    {"subheadline": "A new lakeside path for walkers, open all year"},
    {"body": "The path opens on Tuesday.\n\nIt runs for six miles.\nDogs are welcome.\n\n"
             "- benches\n- a cafe"},
    {"headline": "Glenmoor Water Board opens the new Ashby reservoir path"},
])
def test_an_untracked_edit_never_undoes_what_changed_in_the_release_since(
        later: dict[str, object]) -> None:
    release = sample()
    m = sent(release)
    _untracked_edit(m, "body", "six miles", "seven miles")
    changed = _saved_then_changed(release, **later)
    reading = read(changed, m.bytes())
    assert not reading.same_release and reading.known_version
    [suggestion] = reading.suggestions
    assert (suggestion.field, suggestion.before, suggestion.after) == ("body", "six", "seven")
    after = accepted_release(changed, reading)
    assert "seven miles" in after.body
    for key, value in later.items():  # the office's own later change stays
        if key != "body":
            assert getattr(after, key) == value
    if "body" in later:
        assert "Tuesday" in after.body


def test_an_untracked_edit_whose_text_changed_since_is_not_placed() -> None:
    release = sample()
    m = sent(release)
    _untracked_edit(m, "body", "six miles", "seven miles")
    changed = _saved_then_changed(release, body="The path opens on Monday.\n\nDogs are welcome.")
    reading = read(changed, m.bytes())
    _fields, failed = accept_all(changed, reading)
    assert failed and changed.body == "The path opens on Monday.\n\nDogs are welcome."


def test_a_review_of_another_release_applies_no_untracked_edit() -> None:
    other = replace(sample(), headline="Fernhollow seed bank opens to the public",
                    body="The seed bank opens on Friday.")
    m = sent(other)
    _untracked_edit(m, "headline", "public", "public today")
    release = sample()
    before = replace(release)
    reading = read(release, m.bytes())
    assert not reading.same_release and not reading.known_version
    assert reading.suggestions and not any(x.applies for x in reading.suggestions
                                           if x.kind == UNTRACKED)
    changed, _ = accept_all(release, reading)
    assert changed == [] and release.headline == before.headline
    assert release.body == before.body

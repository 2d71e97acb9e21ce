"""The kinds of release (issue 27, points 3-5): a release has a kind, stored through the
field table; older files read as news releases; a kind never changes a news release's
output or fingerprint; each kind prints its own parts in every format."""

from __future__ import annotations

import copy
import io
import json
import os
import zipfile
from datetime import date, datetime, timedelta, timezone
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk import document, fields, kinds
from releasedesk.clearance.fingerprint import canonical_content, fingerprint
from releasedesk.exporting import draft_bytes
from releasedesk.model import KINDS, Release
from releasedesk.render import FORMATS, build_layout

from examples import examples
from helpers import make_release
from test_properties import releases

CET = timezone(timedelta(hours=1))
SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def advisory(**changes: object) -> Release:
    release = make_release(
        kind="advisory", headline="Harbour Authority opens the north quay on Friday",
        release_date=date(2027, 3, 1), id="5f0c7d7e-0b1c-4d7b-9a57-8d1d0f6f1a11",
        event_what="Opening of the north quay, with a walk along the new berths",
        event_start=datetime(2027, 3, 5, 10, tzinfo=CET),
        event_end=datetime(2027, 3, 5, 12, tzinfo=CET), event_zone="Europe/Berlin",
        event_place="North Quay, Berth 3", event_address="1 Quay Road, Saltmere",
        event_map_url="https://maps.example/north-quay",
        event_speakers="Ana Reyes, Harbour Director\nLi Wen, Chief Engineer",
        event_attend="Accreditation by e-mail to press@harbour.example by March 3.",
        event_stream_url="https://live.harbour.example/quay")
    for key, value in changes.items():
        setattr(release, key, value)
    return release


# -- stored through the field table ----------------------------------------------------------

def test_a_file_without_a_kind_reads_as_a_news_release(tmp_path: Path) -> None:
    path = tmp_path / "old.release"
    document.save(make_release(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert not any(key == "kind" or key.startswith(("event_", "statement_", "correct"))
                   for key in data)  # (a news release's file is as before kinds)
    loaded = document.load(path)
    assert loaded.kind == "news" and kinds.kind_of(loaded) == kinds.NEWS


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_survives_a_save(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "k.release"
    release = advisory(kind=kind, statement_by="Ana Reyes", corrects_path="old.release",
                       corrects_date=date(2027, 2, 1), correction_note="The date was wrong.")
    document.save(release, path)
    loaded = document.load(path)
    assert loaded.kind == kind
    for spec in fields.FIELDS:
        if kinds.owner(spec.name) is not None:
            assert getattr(loaded, spec.name) == getattr(release, spec.name), spec.name


def test_a_kind_no_releasedesk_knows_is_refused_in_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "k.release"
    document.save(advisory(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["kind"] = "leaflet"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(Exception) as caught:
        document.load(path)
    assert "kind" in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize("text, kind", [
    ("advisory", "advisory"), ("Media advisory", "advisory"), ("media-advisory", "advisory"),
    ("news", "news"), ("press release", "news"), ("statement", "statement"),
    ("update", "correction"), ("Correction or update", "correction"), ("leaflet", None)])
def test_kinds_are_named_as_offices_name_them(text: str, kind: str | None) -> None:
    assert kinds.parse_kind(text) == kind


# -- a kind never changes a news release -----------------------------------------------------

kind_values = st.fixed_dictionaries({
    "event_what": st.text(max_size=20), "event_place": st.text(max_size=20),
    "event_speakers": st.text(max_size=30), "statement_by": st.text(max_size=20),
    "correction_note": st.text(max_size=30),
    "corrects_date": st.none() | st.dates(),
    "event_start": st.none() | st.just(datetime(2027, 3, 5, 10, tzinfo=CET)),
})
NEWS_FORMATS = ("html", "fragment", "txt", "eml", "docx")


@settings(max_examples=examples(60, 40), deadline=None)
@given(releases, kind_values)
def test_the_fields_of_other_kinds_never_touch_a_news_release(
        release: Release, values: dict[str, object]) -> None:
    """Whatever a news release holds, the fields of the other kinds (left over, say, from
    a release whose kind was changed back) change neither its exports nor its
    fingerprint: a news release prints and hashes as before kinds existed."""
    os.environ["SOURCE_DATE_EPOCH"] = "1798761600"
    with_values = copy.deepcopy(release)
    for key, value in values.items():
        setattr(with_values, key, value)
    assert fingerprint(with_values) == fingerprint(release)
    assert canonical_content(with_values)["printed"] == canonical_content(release)["printed"]
    assert "kind" not in canonical_content(release)
    for name in NEWS_FORMATS:
        assert draft_bytes(with_values, name) == draft_bytes(release, name), name


# The samples' fingerprints as ReleaseDesk computed them before kinds existed: an approval
# given then is still valid now.
FINGERPRINTS_BEFORE_KINDS = {
    "fernhollow-night-market-zh.release":
        "sha256:9a1fa92624141add32e93380cf78e34f38b3e61c586e67412830612155951443",
    "fernhollow-seed-bank.release":
        "sha256:f61b8edc72a3c6110d52f964aa097602184d1b8f5a6be465396c09dcd1a539ea",
    "tidewater-ferry-terminal.release":
        "sha256:b2cb238e25db59d62f28d8e04608bb1f213245c719445cfc337f851fecf0e3e0",
}


@pytest.mark.parametrize("name", sorted(FINGERPRINTS_BEFORE_KINDS))
def test_the_samples_keep_their_fingerprints(name: str) -> None:
    assert fingerprint(document.load(SAMPLES / name)) == FINGERPRINTS_BEFORE_KINDS[name]


def test_the_samples_are_news_releases_with_no_kind_parts() -> None:
    for path in sorted(SAMPLES.glob("*.release")):
        release = document.load(path)
        if release.kind == "news":
            layout = build_layout(release)
            assert layout.kind.label == "" and layout.kind.panels == ()


# -- each kind prints its parts in every format ----------------------------------------------

def _docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    import re

    return re.sub(r"<w:br/>", "\n", re.sub(r"</w:p>", "\n", xml)).replace("&amp;", "&")


def _plain(data: bytes, name: str) -> str:
    """An export's text, as a reader finds it."""
    if name == "docx":
        import re

        return re.sub(r"<[^>]+>", "", _docx_text(data))
    if name == "eml":
        message = message_from_bytes(data, policy=policy.default)
        parts = [part.get_content() for part in message.walk()
                 if part.get_content_type() in ("text/plain", "text/html")]
        return "\n".join(parts)
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", data.decode("utf-8")))


EVENT_TEXTS = ("MEDIA ADVISORY", "Event details", "Opening of the north quay",
               "Friday, March 5, 2027", "North Quay, Berth 3", "1 Quay Road, Saltmere",
               "https://maps.example/north-quay", "Li Wen, Chief Engineer",
               "Accreditation by e-mail", "https://live.harbour.example/quay")


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_the_event_block_prints_in_every_format(name: str) -> None:
    if name == "pdf":
        pytest.importorskip("weasyprint")
    if name in ("package", "pdf"):  # (a ZIP of the others; a PDF's text is checked below)
        data = draft_bytes(advisory(), "html")
        name = "html"
    else:
        data = draft_bytes(advisory(), name)
    text = " ".join(_plain(data, name).split())
    for part in EVENT_TEXTS:
        assert " ".join(part.split()) in text, (name, part)


def test_the_pdf_prints_the_event_block() -> None:
    pytest.importorskip("weasyprint")
    from shutil import which

    if which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    import subprocess

    data = draft_bytes(advisory(), "pdf")
    text = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True,
                          check=True).stdout.decode("utf-8")
    flat = " ".join(text.split())
    # The block's heading prints in capitals, as the Word document's section headings.
    for part in ("MEDIA ADVISORY", "EVENT DETAILS", "North Quay, Berth 3", "Li Wen"):
        assert part in flat, part


@pytest.mark.parametrize("start, end, zone, style, expected", [
    # One day: the end's date is left out, the zone said once.
    (datetime(2027, 3, 5, 10, tzinfo=CET), datetime(2027, 3, 5, 12, tzinfo=CET),
     "Europe/Berlin", "abbreviation", "Friday, March 5, 2027, 10:00 – 12:00 CET"),
    (datetime(2027, 3, 5, 10, tzinfo=CET), datetime(2027, 3, 5, 12, tzinfo=CET),
     "", "offset", "Friday, March 5, 2027, 10:00 – 12:00 UTC+01:00"),
    # Over midnight: both dates.
    (datetime(2027, 3, 5, 22, tzinfo=CET), datetime(2027, 3, 6, 1, tzinfo=CET),
     "", "offset", "Friday, March 5, 2027, 22:00 UTC+01:00 – March 6, 2027, 01:00 UTC+01:00"),
    # No end.
    (datetime(2027, 3, 5, 10, tzinfo=CET), None, "", "offset",
     "Friday, March 5, 2027, 10:00 UTC+01:00"),
])
def test_when_reads_as_one_line(start: datetime, end: datetime | None, zone: str,
                                style: str, expected: str) -> None:
    release = advisory(event_start=start, event_end=end, event_zone=zone)
    release.conventions.zone_style = style
    release.conventions.date_format = "long"
    rows = {row.label: row.text for row in build_layout(release).kind.panels[0].rows}
    assert rows["When"] == expected


def test_a_chinese_advisory_prints_in_chinese_and_in_beijing_time() -> None:
    release = advisory(language="zh-CN")
    layout = build_layout(release)
    assert layout.kind.label == "采访通知"
    rows = {row.label: row.text for row in layout.kind.panels[0].rows}
    # An event abroad: the clock the reporter will find there, then Beijing's.
    assert rows["时间"] == ("当地时间2027年3月5日 10:00至12:00（星期五），"
                          "即北京时间2027年3月5日 17:00至19:00（星期五）")
    at_home = build_layout(advisory(language="zh-CN", event_zone="Asia/Shanghai"))
    rows = {row.label: row.text for row in at_home.kind.panels[0].rows}
    assert rows["时间"] == "北京时间2027年3月5日 17:00至19:00（星期五）"


def test_a_statement_prints_its_person_and_a_correction_its_note() -> None:
    statement = make_release(kind="statement", statement_by="Ana Reyes",
                             statement_title="Harbour Director")
    text = draft_bytes(statement, "txt").decode("utf-8")
    assert "STATEMENT\n\n" in text and "Statement by Ana Reyes, Harbour Director" in text
    correction = make_release(kind="correction", corrects_date=date(2026, 11, 20),
                              correction_note="The opening hours were wrong.")
    for name in ("txt", "html", "docx", "eml"):
        plain = " ".join(_plain(draft_bytes(correction, name), name).split())
        assert "This release corrects the release of Nov. 20, 2026." in plain, name
        assert "The opening hours were wrong." in plain, name


# -- the command line: new --type, --template, --corrects; the correction's link -------------

def test_new_type_and_template_start_a_release_of_a_kind(tmp_path: Path) -> None:
    from releasedesk import cli

    for kind in KINDS:
        target = tmp_path / f"{kind}.release"
        assert cli.main(["new", "--type", kind, "-o", str(target)]) == 0
        assert document.load(target).kind == kind
    pattern = tmp_path / "pattern.release"
    document.save(make_release(kind="statement", statement_by="Ana Reyes",
                               headline="Statement on the quay",
                               release_date=date(2026, 1, 2)), pattern)
    started = tmp_path / "from-pattern.release"
    assert cli.main(["new", "--template", str(pattern), "-o", str(started)]) == 0
    release = document.load(started)
    assert (release.kind, release.statement_by, release.headline) == \
        ("statement", "Ana Reyes", "Statement on the quay")
    assert release.release_date == date.today()  # (a new release: dated today)
    assert cli.main(["new", "--type", "news", "--template", str(pattern), "-o",
                     str(tmp_path / "both.release")]) == 2
    assert not (tmp_path / "both.release").exists()


def test_a_correction_links_its_original_by_file_fingerprint_and_date(tmp_path: Path) -> None:
    from releasedesk import cli
    from releasedesk.corrections import CHANGED, FOUND, MISSING, correction_link, original_state

    original = tmp_path / "2026" / "quay.release"
    original.parent.mkdir()
    document.save(make_release(release_date=date(2026, 11, 20)), original)
    correction = tmp_path / "quay-correction.release"
    assert cli.main(["new", "--corrects", str(original), "-o", str(correction)]) == 0
    release = document.load(correction)
    link = correction_link(release)
    assert link is not None and release.kind == "correction"
    assert (link.path, link.date) == ("2026/quay.release", date(2026, 11, 20))
    assert link.fingerprint == fingerprint(document.load(original))
    assert original_state(release, correction) == FOUND
    text = draft_bytes(release, "txt").decode("utf-8")
    assert "This release corrects the release of Nov. 20, 2026." in text
    changed = document.load(original)
    changed.headline += " (revised)"
    document.save(changed, original)
    assert original_state(release, correction) == CHANGED
    original.unlink()
    assert original_state(release, correction) == MISSING
    assert correction_link(make_release()) is None  # (a news release links nothing)


@pytest.mark.parametrize("copy_text", [False, True])
def test_a_language_version_of_an_advisory_translates_its_event_text(copy_text: bool) -> None:
    """The event's words are the twin's to translate: emptied, or marked like the body,
    and the mark holds sign-off back until it is gone."""
    from releasedesk.checks import check
    from releasedesk.twins.making import make_twin
    from releasedesk.twins.marks import TO_TRANSLATE

    source = advisory()
    twin = make_twin(source, "zh-CN", [], copy_text=copy_text)
    assert twin.kind == "advisory" and twin.event_start == source.event_start
    for name in ("event_what", "event_place", "event_address", "event_speakers",
                 "event_attend"):
        text = getattr(twin, name)
        if copy_text:
            assert text.startswith(TO_TRANSLATE) and getattr(source, name) in text, name
        else:
            assert text == "", name
    to_translate = [f for f in check(twin) if f.code == "to_translate"]
    assert bool(to_translate) == copy_text

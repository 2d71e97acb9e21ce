"""The fingerprint: stable under everything that does not reach an export, sensitive to
everything that does (properties), and the same in every later ReleaseDesk (pinned)."""

from __future__ import annotations

import json
import os
import random
import re
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from releasedesk import document
from releasedesk.clearance.fingerprint import (
    block,
    canonical_content,
    canonical_content_v1,
    fingerprint,
    fingerprint_of,
)
from releasedesk.exporting import export_context
from releasedesk.fields import keep_one_line_fields
from releasedesk.model import Contact, FooterLine, Release
from releasedesk.records import replace
from releasedesk.render import FORMATS, build_layout

from conftest import SAMPLES
from examples import examples
from test_properties import releases

# The same releases are exported for every example: each writer runs once per complete
# input (tests/writer_memo.py); a changed release is written anew.
pytestmark = pytest.mark.usefixtures("shared_writer_output")

SETTINGS = settings(max_examples=examples(120, 50), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def test_fingerprint_of_a_sample_is_pinned() -> None:
    """A fingerprint made today must match the same content in any later version: change
    the canonical rules only with a new CANONICAL_VERSION."""
    release = document.load(SAMPLES / "tidewater-ferry-terminal.release")
    assert fingerprint(release) == \
        "sha256:b2cb238e25db59d62f28d8e04608bb1f213245c719445cfc337f851fecf0e3e0"
    # Version 1 (sign-offs made before December 2026 name it) stays as it was.
    assert fingerprint_of(canonical_content_v1(release)) == \
        "sha256:a32364b803c798815846607c83da59e8f55e7904a8da523c329945abc0d28264"


@SETTINGS
@given(releases)
def test_resaving_changes_nothing(release: Release) -> None:
    keep_one_line_fields(release)  # (what a file can hold: one-line fields one line)
    again = document.loads(document.dumps(release))
    assert fingerprint(again) == fingerprint(release)
    assert fingerprint(document.loads(document.dumps(again))) == fingerprint(release)


def _shuffled(value: object, rng: random.Random) -> object:
    if isinstance(value, dict):
        items = list(value.items())
        rng.shuffle(items)
        return {k: _shuffled(v, rng) for k, v in items}
    if isinstance(value, list):
        return [_shuffled(v, rng) for v in value]
    return value


@SETTINGS
@given(releases, st.randoms(use_true_random=False),
       st.dictionaries(st.text(min_size=1, max_size=8).map(lambda k: f"x-{k}"),
                       st.integers() | st.text(max_size=10), max_size=3))
def test_key_order_unknown_keys_and_editor_fields_change_nothing(
        release: Release, rng: random.Random, unknown: dict[str, object]) -> None:
    keep_one_line_fields(release)
    data = json.loads(document.dumps(release))
    data.update(unknown)
    data["conventions"].update(unknown)
    for contact in data["contacts"]:
        contact.update(unknown)
    if release.status != "embargoed":
        data["embargo_zone"] = "Pacific/Chatham"  # only an embargo prints it
    data["profile"] = "another-house"  # names the house style; never printed
    text = json.dumps(_shuffled(data, rng), ensure_ascii=False, indent=rng.choice([None, 1, 4]))
    assert fingerprint(document.loads(text.encode("utf-8"))) == fingerprint(release)


_TRAILING = re.compile(r"[ \t]+$")


def _rewhite(text: str, rng: random.Random) -> str:
    """Other whitespace at each line's end that Markdown reads the same way: a line that
    breaks before the next one keeps its two spaces, others get spaces or tabs that do not
    make a line break; then Windows or old-Mac line ends."""
    lines = text.split("\n")
    out = []
    for index, line in enumerate(lines):
        bare = _TRAILING.sub("", line)
        breaks = (line.endswith("  ") and bare and index + 1 < len(lines)
                  and lines[index + 1].strip(" \t"))
        if breaks:
            tail = rng.choice(["", " ", "\t", "   "]) + "  "
        else:
            tail = rng.choice(["", " ", "\t", " \t", "\t "]) if bare else \
                rng.choice(["", " ", "\t", "     "])
        out.append(bare + tail)
    return rng.choice(["\n", "\r\n", "\r"]).join(out)


markdownish = st.lists(st.sampled_from(["Quay opens.", "", "  ", "- item", "a  ", "b \t",
                                        "    code", "## Head", "雨季 ", "x\t"]),
                       max_size=8).map("\n".join)


def _printed(release: Release) -> dict[str, bytes]:
    """What a reader of the exports sees (their metadata's fingerprint and the time of
    export held fixed)."""
    os.environ["SOURCE_DATE_EPOCH"] = "1798761600"
    layout = replace(build_layout(release), fingerprint="")
    context = export_context()
    return {name: FORMATS[name].write(layout, context) for name in ("html", "txt", "docx", "eml")}


@SETTINGS
@given(releases, markdownish, markdownish, st.randoms(use_true_random=False))
def test_whitespace_at_line_ends_changes_it_exactly_when_it_prints(
        release: Release, body: str, about: str, rng: random.Random) -> None:
    keep_one_line_fields(release)
    release.body, release.boilerplate = body, about
    before, printed_before = fingerprint(release), _printed(release)
    release.body = _rewhite(release.body, rng)
    release.boilerplate = _rewhite("\n" + release.boilerplate + "\n \n", rng)
    release.headline = release.headline + rng.choice(["", " ", "\t", "\n"])
    release.footer = [FooterLine(f.text + " ", f.url) for f in release.footer]
    keep_one_line_fields(release)
    assert (fingerprint(release) == before) == (_printed(release) == printed_before)


def test_whitespace_that_never_prints_changes_nothing() -> None:
    release = Release(headline="Quay", body="First line.\nSecond line.\n\nNext.",
                      boilerplate="About us.")
    before = fingerprint(release)
    release.body = "\n\nFirst line. \r\nSecond line. \n \n\nNext.\n\n"
    release.boilerplate = "\nAbout us.  \n"
    release.headline = "  Quay "
    assert fingerprint(release) == before


def test_a_markdown_line_break_is_content() -> None:
    assert block("first  \nsecond") != block("first\nsecond")
    assert block("first \t\nsecond") == block("first\nsecond")
    assert block("last line  ") == block("last line")
    assert block("first  \n\nsecond") == block("first\n\nsecond")


# Visible changes: each edits one field that reaches every export in a way a reader sees.
def _edits(release: Release, rng: random.Random) -> list[tuple[str, object]]:
    def insert(text: str) -> str:
        at = rng.randrange(len(text) + 1)
        return text[:at] + rng.choice("XQ7é中") + text[at:]

    contact = release.contacts[0] if release.contacts else Contact()
    return [
        ("headline", insert(release.headline)),
        ("subheadline", insert(release.subheadline)),
        ("dateline", insert(release.dateline)),
        ("organization", insert(release.organization)),
        ("body", insert(release.body)),
        ("boilerplate", insert(release.boilerplate)),
        ("contacts", [Contact(insert(contact.name), contact.role, contact.organization,
                              contact.phone, contact.email), *release.contacts[1:]]),
        ("footer", [*release.footer, FooterLine(insert(""))]),
        ("keywords", [*release.keywords, insert("")]),
        ("language", insert(release.language.strip() or "en")),
        ("release_date", (release.release_date or date(2026, 1, 1)) + timedelta(days=1)),
        ("end_mark", "-30-" if release.end_mark != "-30-" else "###"),
        ("status", "immediate" if release.status == "embargoed" else "embargoed"),
    ]


@SETTINGS
@given(releases, st.randoms(use_true_random=False), st.data())
def test_every_visible_change_changes_the_fingerprint(release: Release, rng: random.Random,
                                                      data: st.DataObject) -> None:
    before = fingerprint(release)
    edits = _edits(release, rng)
    name, value = edits[data.draw(st.integers(0, len(edits) - 1))]
    # With no release line (an empty one) the date prints nowhere: not a visible change.
    assume(name != "release_date" or bool(release.conventions.release_line))
    changed = document.loads(document.dumps(release))
    setattr(changed, name, value)
    assert fingerprint(changed) != before, name


@SETTINGS
@given(releases, st.sampled_from(["status_line", "release_line", "date_format",
                                  "embargo_position", "accent", "words"]))
def test_house_conventions_are_content_exactly_where_they_print(release: Release,
                                                               key: str) -> None:
    keep_one_line_fields(release)
    before, printed_before = fingerprint(release), _printed(release)
    conventions = release.conventions
    if key == "status_line":
        conventions.status_line = not conventions.status_line
    elif key == "release_line":
        conventions.release_line += "Release time: {date}"
    elif key == "date_format":
        conventions.date_format = "iso" if conventions.date_format != "iso" else "long"
    elif key == "embargo_position":
        conventions.embargo_position = "top" if conventions.embargo_position != "top" \
            else "after_release_line"
    elif key == "accent":
        conventions.accent = "#123456" if conventions.accent != "#123456" else "#654321"
    else:
        conventions.words = {**conventions.words, "contact": "Press desk" +
                             conventions.words.get("contact", "")}
    assert (fingerprint(release) != before) == (_printed(release) != printed_before), key


def test_a_status_line_and_an_accent_always_print() -> None:
    release = Release(headline="Quay", body="Text.", status="immediate")
    before = fingerprint(release)
    release.conventions.status_line = False
    assert fingerprint(release) != before
    before = fingerprint(release)
    release.conventions.accent = "#123456"
    assert fingerprint(release) != before


def test_an_embargo_moment_counts_only_under_an_embargo() -> None:
    release = Release(headline="Quay", body="Text", status="immediate")
    before = fingerprint(release)
    release.embargo_until = datetime(2026, 11, 26, 9, tzinfo=timezone(timedelta(hours=1)))
    assert fingerprint(release) == before  # not printed while the release is immediate
    release.status = "embargoed"
    embargoed = fingerprint(release)
    # The same instant in another offset prints another time: a visible change.
    release.embargo_until = release.embargo_until.astimezone(UTC)
    assert fingerprint(release) not in (before, embargoed)


def test_canonical_content_is_plain_json() -> None:
    release = document.load(SAMPLES / "fernhollow-night-market-zh.release")
    content = canonical_content(release)
    assert json.loads(json.dumps(content)) == content


paragraph = st.text(st.characters(blacklist_categories=["Cs"]), max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.lists(paragraph, max_size=5), paragraph, st.booleans()),
                min_size=1, max_size=12),
       st.integers(1, 6), st.integers(200, 5000))
def test_history_rebuilds_every_version_it_keeps(edits: list[tuple[list[str], str, bool]],
                                                 max_versions: int, max_bytes: int) -> None:
    """Whatever was saved and however it was pruned, every kept version rebuilds to its own
    fingerprint, signed versions outlive unsigned ones, and the newest is the last saved."""
    from releasedesk.clearance import history

    release = Release(headline="Start", body="")
    start = datetime(2026, 11, 1, tzinfo=UTC)
    signed: list[str] = []
    for number, (paragraphs, headline, sign) in enumerate(edits):
        release.body, release.headline = "\n\n".join(paragraphs), headline
        version = history.record_version(release, start + timedelta(minutes=number))
        if sign:
            signed.append(version.fingerprint)
        before = release.clearance.history
        after = history.prune(before, set(signed), max_versions, max_bytes)
        dropped = {v.saved for v in before} - {v.saved for v in after}
        if any(v.saved in dropped and v.fingerprint in signed for v in before):
            # A signed version goes only when every older one left is signed too.
            assert all(v.fingerprint in signed for v in after[1:])
        release.clearance.history = after
    kept = history.versions(release.clearance.history)
    assert kept[0][0].fingerprint == fingerprint(release)
    assert len(kept) <= max_versions
    assert [version.saved for version, _ in kept] == sorted(
        (version.saved for version, _ in kept), reverse=True)

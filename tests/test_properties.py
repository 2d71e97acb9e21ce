"""Property tests: arbitrary Unicode survives the file, and every export keeps the footer."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta, timezone

import docx
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from releasedesk import document, fields
from releasedesk.body.safety import clean_text
from releasedesk.exporting import draft_bytes
from releasedesk.fields import keep_one_line_fields
from releasedesk.model import END_MARKS, STATUSES, Contact, Conventions, FooterLine, Release
from releasedesk.render.layout import footer_items

from export_helpers import docx_footer_once, footer_as_written
from helpers import in_order

text = st.text(max_size=40)
zones = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda m: timezone(timedelta(minutes=m)))
stamps = st.builds(
    lambda d, h, mi, z: datetime(d.year, d.month, d.day, h, mi, tzinfo=z),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)),
    st.integers(0, 23), st.integers(0, 59), zones)
contacts = st.builds(Contact, text, text, text, text, text,
                     st.dictionaries(st.text(min_size=1, max_size=8).filter(
                         lambda k: k not in ("name", "role", "organization", "phone",
                                             "email")),
                         st.integers() | text, max_size=2))
json_values = st.recursive(st.none() | st.booleans() | st.integers() | text,
                           lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(text, inner, max_size=3), max_leaves=6)
# A release line is validated at load (field_rules): empty, or {date} in printable text.
line_text = st.text(st.characters(blacklist_categories=["Cs", "Cc"],
                                  blacklist_characters="{}\u2028\u2029\u202a\u202b\u202c"
                                                       "\u202d\u202e\ufffe\uffff"),
                    max_size=15)
# A language is a plausible BCP 47 tag (checked at load): letters, then hyphenated groups.
languages = st.just("") | st.from_regex(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8}){0,3}", fullmatch=True)
release_lines = st.just("") | st.builds(lambda a, b: f"{a}{{date}}{b}", line_text, line_text)
releases = st.builds(
    Release,
    language=languages, headline=text, subheadline=text,
    status=st.sampled_from(STATUSES), embargo_until=st.none() | stamps, embargo_zone=text,
    release_date=st.none() | st.dates(), dateline=text, organization=text,
    body=st.text(max_size=300), contacts=st.lists(contacts, max_size=3),
    boilerplate=text, footer=st.lists(st.builds(FooterLine, text, st.just("") | text),
                                      max_size=4),
    keywords=st.lists(text, max_size=3), profile=text,
    end_mark=st.sampled_from(END_MARKS),
    conventions=st.builds(Conventions, st.booleans(), release_lines,
                          st.sampled_from(("ap", "iso", "long", "zh"))),
    # (not a key of the file: a field's, even one a default release leaves out, "clearance")
    extra=st.dictionaries(st.text(min_size=1, max_size=10).filter(
        lambda k: k not in document.to_dict(Release()) and fields.field(k) is None),
        json_values, max_size=3),
)


@settings(max_examples=150, deadline=None)
@given(releases)
# Hypothesis draws text from the constants of our own code too ("workflow", "photos"): an
# extra entry named like a field was written in its place and read back as damaged.
@example(Release(extra={"workflow": 0, "photos": "x", "history": {}}))
def test_file_round_trip_keeps_every_field(release: Release) -> None:
    # A one-line field holds no line break: one read from a file is a space (issue 22).
    keep_one_line_fields(release)
    loaded = document.loads(document.dumps(release))
    assert document.to_dict(loaded) == document.to_dict(release)
    assert document.dumps(loaded) == document.dumps(release)


footer_lines = st.lists(
    st.text(st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1, max_size=30).filter(
        lambda s: s.strip()), min_size=1, max_size=4)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(releases, footer_lines)
def test_every_export_keeps_every_footer_line_in_order(release: Release,
                                                       footer: list[str]) -> None:
    release.footer = [FooterLine(line) for line in footer]
    txt = draft_bytes(release, "txt").decode()
    assert in_order(txt.split("\n\n")[-1], [footer_as_written(line, "txt") for line in footer])
    docx_footer_once(docx.Document(io.BytesIO(draft_bytes(release, "docx"))), footer)
    import html

    items = [item for line in footer for item in footer_items(clean_text(line).strip())]
    for fmt in ("html", "fragment"):
        page = draft_bytes(release, fmt).decode()
        footer_html = page[page.rindex('<footer class="release-footer">'):]
        assert in_order(html.unescape(footer_html), items)

"""Web and e-mail addresses typed out in a Word draft come in as links (the tester found
"https://harbour.example.org/water." left as words), as they do from text and e-mail
drafts; our own Word exports, laid out in our styles, come back exactly as written.
"""

from __future__ import annotations

from datetime import UTC

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.body import tree as t
from releasedesk.body.parse import parse_markdown
from releasedesk.exporting import draft_bytes
from releasedesk.importing import READERS, import_bytes
from releasedesk.model import Release
from test_import_word_extras import HEAD, TAIL, imported, paragraph, word_draft

from examples import examples


def body_links(release: Release) -> list[tuple[str | None, str]]:
    return [(link.href, t.plain_text(link.children))
            for link in t.iter_links(parse_markdown(release.body))]


def body_text(release: Release) -> str:
    return "\n".join(t.block_texts(parse_markdown(release.body)))


@pytest.mark.parametrize(("typed", "href", "shown"), [
    ("The full report is at https://harbour.example.org/water.",
     "https://harbour.example.org/water", "https://harbour.example.org/water"),
    ("Tickets (see www.laxeyferry.example/tickets) go on sale Monday.",
     "https://www.laxeyferry.example/tickets", "www.laxeyferry.example/tickets"),
    ("Questions to press@laxeyharbour.example, please.",
     "mailto:press@laxeyharbour.example", "press@laxeyharbour.example"),
    ("详情见https://www.fernhollow.gov.example/heating。",
     "https://www.fernhollow.gov.example/heating", "https://www.fernhollow.gov.example/heating"),
    ("The map: https://maps.example/Laxey_(harbour), updated.",
     "https://maps.example/Laxey_(harbour)", "https://maps.example/Laxey_(harbour)"),
])
def test_an_address_typed_in_a_draft_comes_in_as_a_link(typed: str, href: str,
                                                        shown: str) -> None:
    release, _ = imported(word_draft(HEAD + paragraph(typed) + TAIL))
    assert (href, shown) in body_links(release)
    assert typed in body_text(release)


def test_an_address_in_bold_split_over_runs_or_in_a_heading_is_a_link() -> None:
    runs = ('<w:p><w:r><w:t xml:space="preserve">Read it at </w:t></w:r>'
            '<w:r><w:rPr><w:b/></w:rPr><w:t>https://harbour.example.org/</w:t></w:r>'
            '<w:r><w:rPr><w:b/></w:rPr><w:t>report</w:t></w:r>'
            '<w:r><w:t xml:space="preserve"> today.</w:t></w:r></w:p>')
    release, _ = imported(word_draft(HEAD + runs + paragraph("Online: www.laxey.example",
                                                              "Heading2") + TAIL))
    links = body_links(release)
    assert ("https://harbour.example.org/report", "https://harbour.example.org/report") in links
    assert ("https://www.laxey.example", "www.laxey.example") in links
    assert "Read it at https://harbour.example.org/report today." in body_text(release)


def test_a_word_hyperlink_keeps_its_own_target() -> None:
    linked = ('<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r>'
              '<w:hyperlink r:id="rIdLink"><w:r><w:t>www.laxey.example</w:t></w:r>'
              '</w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>')
    relation = ('<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/'
                'officeDocument/2006/relationships/hyperlink" '
                'Target="https://laxey.example/other" TargetMode="External"/>')
    release, _ = imported(word_draft(HEAD + linked + TAIL, relationships=relation))
    assert body_links(release) == [("https://laxey.example/other", "www.laxey.example")]


HOSTS = st.sampled_from(["laxey.example", "www.fernhollow.gov.example", "harbour.example.org"])
PATHS = st.lists(st.text("abcxyz019-_", min_size=1, max_size=6), max_size=3).map(
    lambda parts: "".join("/" + part for part in parts))
WORDS = st.lists(st.sampled_from(["The", "quay", "opens", "on", "Monday", "渡口", "开放"]),
                 min_size=1, max_size=5).map(" ".join)


@settings(max_examples=examples(80, 40), deadline=None)
@given(WORDS, HOSTS, PATHS, st.sampled_from(["", ".", ",", "。", ")"]), WORDS)
def test_every_typed_address_is_one_link_and_no_word_changes(
        before: str, host: str, path: str, after_mark: str, after: str) -> None:
    address = f"https://{host}{path}"
    opened = "(" if after_mark == ")" else ""
    typed = f"{before} {opened}{address}{after_mark} {after}"
    release, _ = imported(word_draft(HEAD + paragraph(typed) + TAIL))
    assert body_links(release).count((address, address)) == 1
    assert typed in body_text(release)


def test_our_own_word_export_keeps_an_address_written_as_words() -> None:
    release = Release(headline="Laxey Ferry Adds a Winter Timetable",
                      body="Timetables are at https://laxey.example/ferry, and by post.\n\n"
                           "Write to press@laxey.example.")
    back, _ = import_bytes(draft_bytes(release, "docx"), "story.docx", READERS["docx"],
                           zone=UTC)
    assert back.body == release.body
    assert body_links(back) == []

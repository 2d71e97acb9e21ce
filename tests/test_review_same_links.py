"""A link LibreOffice respells when it saves a .docx again is no reviewer's change.

Found by the tester: a Word export opened and saved in LibreOffice, then taken in with
``import … --onto``, suggested ``"" → "/"`` in the body and the About text: LibreOffice
writes ``https://example.org`` as ``https://example.org/``, and ``<https://example.org>``
as a link whose text is the address. The way back now spells such links as the release
does; a link that goes somewhere else is still a difference.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.exporting import export_bytes
from releasedesk.review import read_review
from releasedesk.review.same_links import as_ours, same_place
from releasedesk.review.suggestions import DIFFERENCE, read_against
from test_review_trip import _resave_all, _soffice, sample

# (the release's Markdown, as read back, as it should compare)
CASES = [
    ("See [the map](https://example.org).", "See [the map](https://example.org/).",
     "See [the map](https://example.org)."),
    ("See <https://example.org>.", "See [https://example.org](https://example.org/).",
     "See <https://example.org>."),
    ("See <https://example.org>.", "See <https://example.org/>.", "See <https://example.org>."),
    ("[a](https://Example.ORG?q=1) [b](http://x.example#top)",
     "[a](https://example.org/?q=1) [b](http://x.example/#top)",
     "[a](https://Example.ORG?q=1) [b](http://x.example#top)"),
    ("[a](https://example.org/paths/)", "[a](https://example.org/paths/)",
     "[a](https://example.org/paths/)"),
    # a link that goes elsewhere stays what the reviewer made it
    ("[a](https://example.org)", "[a](https://example.org/other)",
     "[a](https://example.org/other)"),
    ("[a](https://example.org)", "[a](https://example.net/)", "[a](https://example.net/)"),
    ("[a](https://example.org)", "[another text](https://example.org/)",
     "[another text](https://example.org)"),
    ("[a](mailto:press@example.org)", "[a](mailto:press@example.org)",
     "[a](mailto:press@example.org)"),
    ("No links at all.", "No links [here](https://example.org/).",
     "No links [here](https://example.org/)."),
    ("如需了解详情，请访问[网站](https://fenhollow.example)。",
     "如需了解详情，请访问[网站](https://fenhollow.example/)。",
     "如需了解详情，请访问[网站](https://fenhollow.example)。"),
]


@pytest.mark.parametrize(("ours", "theirs", "expected"), CASES)
def test_a_respelled_link_compares_as_the_release_spells_it(ours: str, theirs: str,
                                                            expected: str) -> None:
    assert as_ours(ours, theirs) == expected
    assert as_ours(ours, ours) == ours


@pytest.mark.parametrize(("one", "other", "same"), [
    ("https://example.org", "https://example.org/", True),
    ("HTTPS://EXAMPLE.org", "https://example.org/", True),
    ("https://example.org/a", "https://example.org/a/", False),
    ("https://example.org?x=1", "https://example.org/?x=1", True),
    ("mailto:a@example.org", "mailto:a@example.org/", False),
])
def test_same_place(one: str, other: str, same: bool) -> None:
    assert (same_place(one) == same_place(other)) is same


def test_a_word_export_resaved_by_libreoffice_suggests_nothing(tmp_path: Path) -> None:
    soffice = _soffice()
    release = sample()
    release.body = ("The path opens on Monday. See [the map](https://example.org) and "
                    "<https://example.org/paths?x=1>.\n\nIt runs for six miles.")
    release.boilerplate = ("More at [our site](https://glenmoor.example) or "
                           "<https://glenmoor.example>.")
    changed = sample()
    changed.body = release.body.replace("(https://example.org)", "(https://example.net)")
    changed.boilerplate = release.boilerplate
    [same, other] = _resave_all(soffice, [export_bytes(release, "docx"),
                                          export_bytes(changed, "docx")], tmp_path)
    reading = read_against(read_review(same, "x.docx"), release, fingerprint(release), same,
                           "x.docx")
    assert reading.suggestions == []
    reading = read_against(read_review(other, "x.docx"), release, fingerprint(release), other,
                           "x.docx")
    assert [(x.field, x.kind) for x in reading.suggestions] == [("body", DIFFERENCE)]

"""Round trip: every sample and corpus release, exported and imported back, has the same fields.

"Same" for the body: from Word, the same parsed tree (so every export renders it the
same); from plain text, which carries no emphasis and shows links as "label (address)",
the same text export. Fields the export does not print are left out: from text the
keywords, and the embargo's zone name (exports print its UTC offset; the moment is compared).
"""

from __future__ import annotations

from datetime import UTC

import pytest

from releasedesk.body.parse import parse_markdown
from releasedesk.exporting import draft_bytes
from releasedesk.importing import READERS, import_bytes
from releasedesk.model import Release
from releasedesk.profiles import ProfileStore

from corpus import corpus

# (news releases: the readers read a news release's parts; a media advisory's event block
# comes back as text of the body, not as its fields)
CORPUS = {name: release for name, release in corpus().items() if release.kind == "news"}
FIELDS = ("language", "headline", "subheadline", "status", "embargo_until", "release_date",
          "dateline", "organization", "contacts", "footer", "end_mark", "profile")


def _imported(release: Release, fmt: str) -> Release:
    data = draft_bytes(release, fmt)
    result, _ = import_bytes(data, f"draft.{fmt}", READERS[fmt],
                             profiles=ProfileStore().load_all(), zone=UTC)
    return result


def _fields(release: Release) -> dict[str, object]:
    values = {name: getattr(release, name) for name in FIELDS}
    values["contacts"] = [c for c in release.contacts if not c.is_empty()]
    return values


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_word_export_imports_back_to_the_same_release(name: str) -> None:
    original = CORPUS[name]
    back = _imported(original, "docx")
    assert _fields(back) == _fields(original)
    assert back.keywords == original.keywords
    assert parse_markdown(back.body) == parse_markdown(original.body)
    assert parse_markdown(back.boilerplate) == parse_markdown(original.boilerplate)
    assert back.conventions == original.conventions


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_text_export_imports_back_to_the_same_release(name: str) -> None:
    original = CORPUS[name]
    back = _imported(original, "txt")
    assert _fields(back) == _fields(original)
    assert draft_bytes(back, "txt") == draft_bytes(original, "txt")
    assert back.conventions == original.conventions

"""The round trip through plain text, over generated releases (issue 23, point 3).

Plain text carries fewer things than a release holds; what it keeps comes back exactly:

- every field it prints: language, headline, subheadline, status, embargo moment,
  release date, dateline, organisation, contacts, footer, end mark;
- the body and About as text: the same blocks (paragraphs, lists) with the same words
  once emphasis is dropped and each link is written "label (address)", as the text
  export writes it; so the text export of what comes back is the same bytes;
- each photo's caption, credit, file name and place: a photo line ("[Photo: … — Credit:
  … — file: ID.jpg]") never becomes the headline, subheadline or body. With the
  picture's file beside the text, the photo comes back with its pixels, id, caption and
  credit, in the same place; without it, the report says so once per photo and keeps
  the line word for word.

What text cannot carry: emphasis (bold, italic), a link as a link, a subheading as a
heading (it is a line of its own and comes back a paragraph), keywords, the embargo's
zone name (the offset prints), a photo's alt text and, without its file, its picture.
"""

from __future__ import annotations

from datetime import UTC

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from release_strategies import releases
from releasedesk.body.parse import parse_markdown
from releasedesk.exporting import draft_bytes
from releasedesk.importing import import_draft
from releasedesk.importing.text_photos import photo_line
from releasedesk.model import Release
from releasedesk.profiles import ProfileStore
from test_docx_round_trip_property import assert_photos_come_back

from examples import examples

FIELDS = ("language", "headline", "subheadline", "status", "embargo_until", "release_date",
          "dateline", "organization", "footer", "end_mark", "profile")


def kinds(markdown: str) -> list[str]:
    """The kinds of the blocks, in order; a subheading is a line of its own in text, and
    comes back a paragraph (plain text has no mark for a heading)."""
    return [type(block).__name__.replace("Heading", "Paragraph")
            for block in parse_markdown(markdown)]


def without_photos(release: Release) -> str:
    """The body without the paragraphs that are a photo's place."""
    return "\n\n".join(block for block in release.body.split("\n\n")
                       if not block.startswith("!["))


def fields(release: Release) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(release, name) for name in FIELDS}
    values["contacts"] = [c for c in release.contacts if not c.is_empty()]
    return values


def photo_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if photo_line(line)]


@settings(max_examples=examples(60, 40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(releases(), st.booleans())
def test_a_generated_release_comes_back_from_its_text_export(
        tmp_path_factory: pytest.TempPathFactory, release: Release, beside: bool) -> None:
    folder = tmp_path_factory.mktemp("text")
    text = draft_bytes(release, "txt")
    (folder / "story.txt").write_bytes(text)
    if beside:  # the photos' files beside the text, as the release holds them
        for photo in release.photos:
            (folder / photo.file_name).write_bytes(photo.data)
    back, report = import_draft(folder / "story.txt", profiles=ProfileStore().load_all(),
                                zone=UTC)
    assert fields(back) == fields(release)
    if beside or not release.photos:
        assert draft_bytes(back, "txt").decode() == text.decode()
    else:  # the same text without the photo lines
        assert draft_bytes(back, "txt").decode() == "\n\n".join(
            chunk for chunk in text.decode().split("\n\n") if not photo_line(chunk))
    assert kinds(without_photos(back)) == kinds(without_photos(release))
    assert kinds(back.boilerplate) == kinds(release.boilerplate)
    assert len(photo_lines(text.decode())) == len(release.photos)
    if beside:  # the photos come back: id, caption, credit, the same pixels, in print order
        assert_photos_come_back(release, back, report.text_lines(), alt=False)
    else:  # the report says why, once per photo, and keeps the line word for word
        assert back.photos == []
        notes = [note for note in report.notes if "not beside the draft" in note]
        assert len(notes) == len(release.photos)
        for line, note in zip(photo_lines(text.decode()), notes, strict=True):
            assert note.endswith(line)

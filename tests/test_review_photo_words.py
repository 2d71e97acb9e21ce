"""A photo's caption, credit or alt text edited without Track Changes comes back even when
the release changed since it was sent.

Found by the tester: the office changed a caption after sending the release for review;
the reviewer had meanwhile retyped a word of it (or of the credit, or the alt text) with
Track Changes off. The edit came back "listed only: the release's history does not hold
the text sent", though the history does: rebuilding the version sent restored every field
but the photos' words. They are now taken from the version for a photo whose image is the
same, so the reviewer's edit is placed on today's text, keeping the office's change.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from releasedesk import document
from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.media.intake import photo_from_bytes
from releasedesk.model import Release
from releasedesk.review import read_review
from releasedesk.review.sending import review_docx
from releasedesk.review.suggestions import UNTRACKED, read_against
from review_markup import Markup, w
from test_review_trip import accepted_release, sample

WORDS = {"caption": "Walkers on the new path at Ashby on Monday.",
         "credit": "Glenmoor Water Board", "alt": "Two walkers and a dog on a gravel path"}


def with_photo() -> Release:
    buffer = io.BytesIO()
    Image.new("RGB", (320, 200), (40, 90, 140)).save(buffer, "JPEG")
    photo = photo_from_bytes(buffer.getvalue(), "path.jpg").photo
    for name, value in WORDS.items():
        setattr(photo, name, value)
    release = sample()
    release.photos = [photo]
    return release


def retyped(data: bytes, key: str, old: str, new: str) -> bytes:
    """The document with *old* retyped as *new* in field *key* (Track Changes off)."""
    markup = Markup(data)
    for text in markup.paragraphs(key)[0].iter(w("t")):
        if text.text and old in text.text:
            text.text = text.text.replace(old, new, 1)
            return markup.bytes()
    raise AssertionError(old)


@pytest.mark.parametrize(("field", "old", "new", "office"), [
    ("caption", "Walkers", "Hikers", ("on Monday", "on Monday morning")),
    ("caption", "Ashby", "Ashby reservoir", ("Walkers", "Two walkers")),
    ("credit", "Water Board", "Water Authority", ("Glenmoor", "The Glenmoor")),
    ("alt", "a dog", "their dog", ("gravel path", "gravel path by the water")),
])
def test_an_untracked_edit_to_a_photo_s_words_is_placed_after_the_office_s_change(
        tmp_path: Path, field: str, old: str, new: str, office: tuple[str, str]) -> None:
    path = tmp_path / "story.release"
    release = with_photo()
    document.save(release, path)
    release = document.load(path)
    sent = review_docx(release, fingerprint(release))
    photo = release.photos[0]
    setattr(photo, field, getattr(photo, field).replace(*office))  # the office, since
    document.save(release, path, in_place=True)
    release = document.load(path)
    data = retyped(sent, f"photo_0_{field}", old, new)
    reading = read_against(read_review(data, "reviewed.docx"), release, fingerprint(release),
                           data, "reviewed.docx")
    assert reading.known_version
    edits = [x for x in reading.suggestions if x.kind == UNTRACKED]
    assert len(edits) == 1 and edits[0].applies, edits
    after = accepted_release(release, reading)
    expected = WORDS[field].replace(*office).replace(old, new, 1)
    assert getattr(after.photos[0], field) == expected


def test_a_photo_replaced_since_keeps_today_s_words(tmp_path: Path) -> None:
    path = tmp_path / "story.release"
    release = with_photo()
    document.save(release, path)
    release = document.load(path)
    sent = review_docx(release, fingerprint(release))
    buffer = io.BytesIO()
    Image.new("RGB", (320, 200), (200, 40, 40)).save(buffer, "JPEG")
    other = photo_from_bytes(buffer.getvalue(), "path.jpg").photo
    other.caption = "Another picture altogether."
    release.photos = [other]
    document.save(release, path, in_place=True)
    release = document.load(path)
    data = retyped(sent, "photo_0_caption", "Walkers", "Hikers")
    reading = read_against(read_review(data, "reviewed.docx"), release, fingerprint(release),
                           data, "reviewed.docx")
    assert accepted_release(release, reading).photos[0].caption == "Another picture altogether."

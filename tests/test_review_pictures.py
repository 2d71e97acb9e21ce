"""A picture a reviewer puts in or takes out with Track Changes on is listed as such.

Found by the tester: a photo pasted into the body of a document sent for review came back
as the suggestion 'insertion "" → ""', which could be accepted and did nothing; the picture
was gone without a word. It is now listed as "picture inserted" (or "picture deleted"),
with what the picture says it shows, by its reviewer, and never applied: a release's
photos are added and replaced in its Photos section. Text typed in the same change is
still a suggestion of its own kind.
"""

from __future__ import annotations

import pytest
from lxml import etree

from releasedesk.cli_review import KIND_WORDS
from releasedesk.review import items as k
from review_markup import DANA, LEE, Markup, w
from test_review_trip import accepted_release, read, sample, sent

WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def picture_run(description: str, shape: str) -> etree._Element:
    run = etree.Element(w("r"))
    if shape == "drawing":
        drawing = etree.SubElement(run, w("drawing"))
        inline = etree.SubElement(drawing, f"{{{WP}}}inline")
        props = etree.SubElement(inline, f"{{{WP}}}docPr")
        props.set("id", "7")
        props.set("name", "Picture 7")
        props.set("descr", description)
    else:
        etree.SubElement(run, w("pict"))
    return run


def with_picture(markup: Markup, key: str, description: str, shape: str, text: str,
                 who: tuple[str, str]) -> None:
    change = markup.insert(key, 0, text, who)
    if not text:
        change.remove(change[0])
    change.append(picture_run(description, shape))


@pytest.mark.parametrize("key", ["body", "boilerplate", "headline"])
@pytest.mark.parametrize("shape", ["drawing", "pict"])
@pytest.mark.parametrize(("text", "who"), [("", DANA), ("Photo: the new path. ", LEE)])
def test_a_picture_inserted_is_listed_not_applied(key: str, shape: str, text: str,
                                                  who: tuple[str, str]) -> None:
    release = sample()
    release.boilerplate = "The Glenmoor Water Board looks after four reservoirs."
    markup = sent(release)
    with_picture(markup, key, "Walkers on the new path", shape, text, who)
    reading = read(release, markup.bytes())
    pictures = [x for x in reading.suggestions if x.kind == k.PICTURE_INSERTED]
    assert len(pictures) == 1
    assert (pictures[0].field, pictures[0].author, pictures[0].applies) == (key, who[0], False)
    if shape == "drawing":
        assert pictures[0].detail == "Walkers on the new path"
    texts = [x for x in reading.suggestions if x.kind == k.INSERTION]
    assert [x.after for x in texts] == ([text] if text else [])
    assert not any(x.kind == k.INSERTION and not x.after for x in reading.suggestions)
    after = accepted_release(release, reading)
    assert getattr(after, key).startswith(text)
    assert after.photos == release.photos


def test_a_picture_deleted_is_listed_not_applied() -> None:
    release = sample()
    markup = sent(release)
    inserted = markup.insert("body", 0, "", DANA)
    inserted.remove(inserted[0])
    inserted.append(picture_run("Old view", "drawing"))
    markup.delete_inserted(inserted, LEE)
    reading = read(release, markup.bytes())
    kinds = [(x.kind, x.author, x.applies) for x in reading.suggestions]
    assert (k.PICTURE_DELETED, LEE[0], False) in kinds
    assert accepted_release(release, reading).body == release.body


def test_the_picture_kinds_have_words_for_the_chinese_interface() -> None:
    assert {k.PICTURE_INSERTED, k.PICTURE_DELETED} <= set(KIND_WORDS)

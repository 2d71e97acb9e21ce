"""A photo placed in the body holds a visible, marked place in the document sent for review,
and no edit a reviewer makes there joins the photo to a paragraph.

Found by the tester: the body's ``![…](photo:ID)`` line was written as a paragraph of its
alt text (or, without one, an empty paragraph). A reviewer who deleted that "empty" line with
Track Changes deleted a paragraph break, and accepting it joined the photo reference to the
next paragraph, where no photo can stand. The line now names the photo and says what it is
for. Decision: deleting it does not take the photo out; the way back lists "photo removal
suggested" (never applied) and keeps the photo a paragraph of its own, whatever break beside
it was deleted. Text typed on its line becomes a paragraph next to it.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from releasedesk.body import tree as t
from releasedesk.body.parse import parse_markdown
from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.media.intake import photo_from_bytes
from releasedesk.model import Photo, Release
from releasedesk.records import replace
from releasedesk.review import items as k
from releasedesk.review.formatted import PHOTO_STYLE, layout, photo_words
from releasedesk.review.sending import review_docx
from releasedesk.review.suggestions import Reading
from review_markup import LEE, Markup, w
from test_review_trip import _resave_all, _soffice, accepted_release, read, sample

_PHOTO: dict[tuple[int, int, int], Photo] = {}


def _photo(colour: tuple[int, int, int]) -> Photo:
    if colour not in _PHOTO:
        buffer = io.BytesIO()
        Image.new("RGB", (64, 40), colour).save(buffer, "JPEG")
        _PHOTO[colour] = photo_from_bytes(buffer.getvalue(), "path.jpg").photo
    return _PHOTO[colour]


def with_body(body: str, language: str = "en") -> tuple[Release, str]:
    """The sample release with *body* ("{photo}" standing for the photo's reference)."""
    release = sample()
    release.language = language
    photo = _photo((40, 90, 140))
    release.photos = [photo]
    reference = f"![Walkers on the path](photo:{photo.id})"
    release.body = body.format(photo=reference)
    return release, reference


BODIES = {
    "middle": "The path opens on Monday.\n\n{photo}\n\nIt runs for six miles.",
    "first": "{photo}\n\nThe path opens on Monday.\n\nIt runs for six miles.",
    "last": "The path opens on Monday.\n\nIt runs for six miles.\n\n{photo}",
    "list after": "The path opens on Monday.\n\n{photo}\n\n- benches\n- a cafe",
    "heading after": "路线周一开放。\n\n{photo}\n\n## 二、配套设施\n\n全长六英里。",
}
LANGUAGE = {"heading after": "zh-CN"}


def _line(markup: Markup, body: str) -> int:
    """The number of the photo's paragraph among the body's paragraphs in the document."""
    number = next(n for n, p in enumerate(layout(body).paragraphs) if p.style == PHOTO_STYLE)
    assert markup.paragraphs("body")[number] is not None
    return number


def _length(markup: Markup, number: int) -> int:
    return len(markup.runs(markup.paragraphs("body")[number]))


def _whole_line(m: Markup, n: int) -> None:  # select the line with its mark, Delete
    m.delete("body", 0, _length(m, n), paragraph=n)
    if n < len(m.paragraphs("body")) - 1:  # (the field's last break ends it: not the line's)
        m.delete_mark("body", n)


def _text_only(m: Markup, n: int) -> None:
    m.delete("body", 0, _length(m, n), paragraph=n)


def _part(m: Markup, n: int) -> None:
    m.delete("body", 3, 12, paragraph=n)


def _break_before(m: Markup, n: int) -> None:  # Backspace at the start of the line
    m.delete_mark("body", n - 1)


def _break_after(m: Markup, n: int) -> None:  # Delete at the end of the line
    m.delete_mark("body", n)


EDITS: dict[str, Callable[[Markup, int], None]] = {
    "whole line": _whole_line, "its words": _text_only, "part of it": _part,
    "break before": _break_before, "break after": _break_after}
PHOTO_LISTED = {"whole line", "its words", "part of it"}


def _reading(name: str, edit: str) -> tuple[Release, str, Reading]:
    release, reference = with_body(BODIES[name], LANGUAGE.get(name, "en"))
    markup = Markup(review_docx(release, fingerprint(release)))
    number = _line(markup, release.body)
    if (edit == "break before" and number == 0) or \
            (edit == "break after" and number == len(markup.paragraphs("body")) - 1):
        pytest.skip("no break there")
    EDITS[edit](markup, number)
    return release, reference, read(release, markup.bytes())


def _photo_alone(body: str, reference: str) -> bool:
    """The photo's reference is a paragraph of the body on its own, read as a photo."""
    photo_id = reference.split("photo:")[1].rstrip(")")
    blocks = parse_markdown(body, frozenset({photo_id}))
    return any(isinstance(b, t.Paragraph) and len(b.children) == 1 and
               isinstance(b.children[0], t.Image) for b in blocks) and \
        reference in body.split("\n\n")


def test_the_photo_s_line_names_it_in_its_own_style() -> None:
    for language, word in (("en", "[Photo: Walkers on the path"), ("zh-CN", "［图片：Walkers")):
        release, _ = with_body(BODIES["middle"], language)
        markup = Markup(review_docx(release, fingerprint(release)))
        paragraph = markup.paragraphs("body")[1]
        text = "".join(x.text or "" for x in paragraph.iter(w("t")))
        assert text.startswith(word) and release.photos[0].id in text
        style = paragraph.find(f"{w('pPr')}/{w('pStyle')}").get(w("val"))
        assert style == PHOTO_STYLE.replace(" ", "")
        styles = markup.parts["word/styles.xml"].decode()
        assert f'w:styleId="{style}"' in styles


@pytest.mark.parametrize("name", sorted(BODIES))
def test_an_unmarked_round_trip_keeps_the_photo_and_suggests_nothing(name: str) -> None:
    release, _ = with_body(BODIES[name], LANGUAGE.get(name, "en"))
    data = review_docx(release, fingerprint(release))
    reading = read(release, data)
    assert reading.suggestions == []
    assert accepted_release(release, reading).body == release.body


@pytest.mark.parametrize("edit", sorted(EDITS))
@pytest.mark.parametrize("name", sorted(BODIES))
def test_no_edit_of_a_photo_s_line_joins_it_or_takes_it_out(name: str, edit: str) -> None:
    release, reference, reading = _reading(name, edit)
    after = accepted_release(release, reading).body
    assert after == release.body  # nothing joined, nothing lost
    assert _photo_alone(after, reference)
    listed = [x for x in reading.suggestions if x.kind == k.PHOTO_OUT]
    if edit in PHOTO_LISTED:
        assert len(listed) == 1 and listed[0].before == reference
        assert (listed[0].field, listed[0].author, listed[0].applies) == ("body", "Dana Reyes",
                                                                          False)
    assert all(not x.applies for x in reading.suggestions), reading.suggestions
    if edit in PHOTO_LISTED:  # one act, one listing (not its break as well)
        assert len(reading.suggestions) == 1, reading.suggestions


@pytest.mark.parametrize("name", sorted(BODIES))
@pytest.mark.parametrize("where", ["end", "start", "inside"])
def test_text_typed_on_a_photo_s_line_becomes_a_paragraph_beside_it(name: str,
                                                                    where: str) -> None:
    release, reference = with_body(BODIES[name], LANGUAGE.get(name, "en"))
    markup = Markup(review_docx(release, fingerprint(release)))
    number = _line(markup, release.body)
    at = {"start": 0, "end": _length(markup, number), "inside": 5}[where]
    markup.insert("body", at, "Benches line the path.", LEE, paragraph=number)
    reading = read(release, markup.bytes())
    after = accepted_release(release, reading).body
    assert _photo_alone(after, reference)
    expected = release.body.replace(
        reference, f"Benches line the path.\n\n{reference}" if where == "start"
        else f"{reference}\n\nBenches line the path.")
    assert after == expected
    typed = [x for x in reading.suggestions if x.applies]
    assert len(typed) == 1 and "Benches line the path." in typed[0].after


@pytest.mark.parametrize("name", sorted(BODIES))
def test_a_paragraph_added_after_a_photo_comes_back_after_it(name: str) -> None:
    release, reference = with_body(BODIES[name], LANGUAGE.get(name, "en"))
    markup = Markup(review_docx(release, fingerprint(release)))
    number = _line(markup, release.body)
    markup.new_paragraph("body", "Benches line the path.", after=number)
    reading = read(release, markup.bytes())
    after = accepted_release(release, reading).body
    assert after == release.body.replace(reference, f"{reference}\n\nBenches line the path.")


@pytest.mark.parametrize("name", sorted(BODIES))
def test_a_photo_s_line_deleted_without_track_changes_is_listed_not_applied(name: str) -> None:
    release, reference = with_body(BODIES[name], LANGUAGE.get(name, "en"))
    markup = Markup(review_docx(release, fingerprint(release)))
    number = _line(markup, release.body)
    for text in markup.paragraphs("body")[number].iter(w("t")):
        text.text = ""
    reading = read(release, markup.bytes())
    listed = [x for x in reading.suggestions if x.kind == k.PHOTO_OUT]
    assert len(listed) == 1 and not listed[0].applies and listed[0].before == reference
    assert accepted_release(release, reading).body == release.body


@pytest.mark.parametrize("description", ["", "A path", "Walkers \\[two\\] & a dog",
                                         "路上的行人"])
@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_a_photo_s_line_gives_its_reference_back_exactly(description: str,
                                                         language: str) -> None:
    for text in (f"![{description}](photo:ferry-at-dawn)",
                 f"Before.\n\n![{description}](photo:ferry-at-dawn)  \n\nAfter."):
        laid = layout(text, language=language)
        assert laid.source == text
        shown = "".join(a.char for a in laid.atoms if a.kind == "visible")
        assert photo_words("ferry-at-dawn", description, language) in shown


WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def test_the_photo_s_line_shows_the_picture_above_it_locked_in_place() -> None:
    release, _ = with_body(BODIES["middle"])
    release.photos[0].alt = "Two walkers on a gravel path"
    markup = Markup(review_docx(release, fingerprint(release)))
    paragraph = markup.paragraphs("body")[1]
    [anchor] = paragraph.iter(f"{WP}anchor")
    assert anchor.get("locked") == "1" and anchor.find(f"{WP}wrapTopAndBottom") is not None
    assert anchor.find(f"{WP}docPr").get("descr") == "Two walkers on a gravel path"
    media = [name for name in markup.parts if name.startswith("word/media/")]
    assert len(media) == 1 and len(markup.parts[media[0]]) < 200_000
    # a photo the release does not hold: its line alone
    release.photos = []
    markup = Markup(review_docx(release, fingerprint(release)))
    assert not list(markup.paragraphs("body")[1].iter(f"{WP}anchor"))


def test_libreoffice_keeps_the_picture_and_the_line_and_the_trip_suggests_nothing(
        tmp_path: Path) -> None:
    soffice = _soffice()
    release, _ = with_body(BODIES["middle"])
    sent = review_docx(release, fingerprint(release))
    marked = Markup(sent)
    _whole_line(marked, 1)
    [same, deleted] = _resave_all(soffice, [sent, marked.bytes()], tmp_path)
    assert list(Markup(same).paragraphs("body")[1].iter(f"{WP}anchor"))
    reading = read(release, same)
    assert reading.suggestions == []
    reading = read(release, deleted)
    assert [x.kind for x in reading.suggestions] == [k.PHOTO_OUT]
    assert accepted_release(release, reading).body == release.body


# -- the picture deleted alone (its line kept) ---------------------------------------------


def _picture_only(m: Markup, n: int) -> None:  # the picture selected, Delete
    [picture] = [r for r in m.runs(m.paragraphs("body")[n]) if r.find(w("drawing")) is not None]
    assert m.runs(m.paragraphs("body")[n]).index(picture) == 0
    m.delete("body", 0, 1, paragraph=n)


@pytest.mark.parametrize("name", sorted(BODIES))
def test_deleting_only_the_picture_suggests_taking_the_photo_out(name: str) -> None:
    """Found last stop: it was listed as "picture deleted" by its file name."""
    release, reference = with_body(BODIES[name], LANGUAGE.get(name, "en"))
    markup = Markup(review_docx(release, fingerprint(release)))
    _picture_only(markup, _line(markup, release.body))
    reading = read(release, markup.bytes())
    assert [(x.kind, x.field, x.before, x.author, x.applies) for x in reading.suggestions] == \
        [(k.PHOTO_OUT, "body", reference, "Dana Reyes", False)]
    assert accepted_release(release, reading).body == release.body


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_the_picture_and_its_line_deleted_by_two_reviewers_are_listed_once(edit: str) -> None:
    release, reference = with_body(BODIES["middle"])
    markup = Markup(review_docx(release, fingerprint(release)))
    number = _line(markup, release.body)
    _picture_only(markup, number)  # Dana takes the picture
    if edit in PHOTO_LISTED:  # and Lee the line's words (or part of them) too
        paragraph = markup.paragraphs("body")[number]
        runs = markup.runs(paragraph)
        change = markup._change("del", LEE)
        runs[3].addprevious(change)
        for run in runs[3:12]:
            for text in run.findall(w("t")):
                text.tag = w("delText")
            change.append(run)
    else:
        EDITS[edit](markup, number)
    reading = read(release, markup.bytes())
    listed = [x for x in reading.suggestions if x.kind == k.PHOTO_OUT]
    assert [x.before for x in listed] == [reference]
    assert not any(x.kind == k.PICTURE_DELETED for x in reading.suggestions)
    assert all(not x.applies for x in reading.suggestions)
    assert accepted_release(release, reading).body == release.body


def test_the_picture_deleted_names_its_own_photo_among_several() -> None:
    release, _ = with_body("First.\n\n{photo}\n\nMiddle.\n\n{{photo2}}\n\nLast.")
    second = replace(_photo((200, 60, 30)), id="bridge")
    release.photos.append(second)
    other = f"![Cyclists at the bridge](photo:{second.id})"
    release.body = release.body.replace("{photo2}", other)
    assert release.photos[0].id != second.id
    markup = Markup(review_docx(release, fingerprint(release)))
    lines = [n for n, p in enumerate(layout(release.body).paragraphs) if p.style == PHOTO_STYLE]
    _picture_only(markup, lines[1])
    reading = read(release, markup.bytes())
    assert [(x.kind, x.before) for x in reading.suggestions] == [(k.PHOTO_OUT, other)]


def test_libreoffice_keeps_a_deleted_picture_a_photo_removal(tmp_path: Path) -> None:
    soffice = _soffice()
    release, reference = with_body(BODIES["middle"])
    markup = Markup(review_docx(release, fingerprint(release)))
    _picture_only(markup, 1)
    [resaved] = _resave_all(soffice, [markup.bytes()], tmp_path)
    reading = read(release, resaved)
    assert [(x.kind, x.before) for x in reading.suggestions] == [(k.PHOTO_OUT, reference)]
    assert accepted_release(release, reading).body == release.body

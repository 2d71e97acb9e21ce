"""A parse handed on (body/parse.hand_on): the formatted body's tree of a release it opens
goes to the next parse of the same text (the preview's layout), once, and is what a parse
of its own would have made; a text with an image, or another text, is parsed anew."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.body import tree as t
from releasedesk.body.inline import AnyPhotoId
from releasedesk.body.parse import hand_on, parse_markdown
from releasedesk.render.markdown_writer import write_markdown

from body_trees import bodies
from examples import examples


def _texts() -> st.SearchStrategy[str]:
    return bodies().map(write_markdown)


@settings(max_examples=examples(60, 20))
@given(_texts(), st.frozensets(st.sampled_from(["p1", "harbour", "x"])))
def test_a_tree_handed_on_is_the_parse_of_its_text_and_goes_to_one_parse(
        text: str, photos: frozenset[str]) -> None:
    own = parse_markdown(text, AnyPhotoId())
    hand_on(text, own)
    taken = parse_markdown(text, photos)
    fresh = parse_markdown(text, photos)
    assert taken == fresh  # (the photo ids matter only to images: none is handed on)
    if "![" in text:
        assert taken is not own
    else:
        assert taken is own
    assert fresh is not own  # given once only


@settings(max_examples=examples(40, 15))
@given(_texts(), _texts())
def test_another_texts_parse_lets_the_tree_go(text: str, other: str) -> None:
    own = parse_markdown(text)
    hand_on(text, own)
    if other != text:
        parse_markdown(other)
    again = parse_markdown(text)
    assert again == own
    assert (again is own) == (other == text and "![" not in text)


def test_a_body_with_a_photo_is_parsed_anew_for_each_set_of_photos() -> None:
    text = "Before ![The quay](photo:harbour) after."
    own = parse_markdown(text, AnyPhotoId())
    hand_on(text, own)
    laid = parse_markdown(text, frozenset())  # (the release holds no such photo)
    assert isinstance(own[0], t.Paragraph) and isinstance(laid[0], t.Paragraph)
    assert [type(n) for n in own[0].children] == [t.Text, t.Image, t.Text]
    assert t.Image not in [type(n) for n in laid[0].children]

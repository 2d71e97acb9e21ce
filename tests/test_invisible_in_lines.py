"""The invisible characters that mean nothing in a headline never reach an export: a byte
order mark (U+FEFF), the deprecated format controls (U+206A-U+206F), interlinear
annotation marks (U+FFF9-U+FFFB) anywhere, and the soft hyphen (U+00AD) in a line. The
invisible characters real text needs (zero width space, joiner, non-joiner, word joiner,
LRM/RLM, isolates, variation selectors) stay, as the bidi overrides were already dropped."""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from releasedesk.body.safety import clean_line, clean_text
from releasedesk.exporting import draft_bytes

from examples import examples
from helpers import make_release

DROPPED_EVERYWHERE = "\ufeff\u206a\u206b\u206c\u206d\u206e\u206f\ufff9\ufffa\ufffb\u202e"
DROPPED_IN_A_LINE = DROPPED_EVERYWHERE + "\u00ad"
KEPT = "\u200b\u200c\u200d\u2060\u200e\u200f\u2066\u2067\u2068\u2069\ufe0f"
_WORD = st.text(alphabet="abcXYZé夜市مرحبا", min_size=1, max_size=6)
_LINE = st.lists(st.one_of(_WORD, st.sampled_from(DROPPED_IN_A_LINE), st.sampled_from(KEPT)),
                 min_size=1, max_size=12).map("".join).filter(
    lambda text: bool(re.search(r"[^\s" + DROPPED_IN_A_LINE + KEPT + "]", text)))


def seen(text: str) -> str:
    """*text* with what the checks read past: the kept invisible characters."""
    return "".join(ch for ch in text if ch not in KEPT)


@settings(max_examples=examples(200, 60), deadline=None)
@given(headline=_LINE, subheadline=_LINE)
def test_no_export_of_the_headline_carries_them(headline: str, subheadline: str) -> None:
    release = make_release(headline=headline, subheadline=subheadline,
                           body="Word\u00adbreak in the body, and a mark\ufeff here.")
    page = draft_bytes(release, "html").decode("utf-8")
    tree = etree.HTML(page.encode("utf-8"))
    title = "".join(tree.xpath("//title//text()"))
    h1 = "".join(tree.xpath("//h1//text()"))
    text = draft_bytes(release, "txt").decode("utf-8")
    mail = email.message_from_bytes(draft_bytes(release, "eml"), policy=email.policy.default)
    assert isinstance(mail, EmailMessage)
    subject = str(mail["Subject"])
    for where in (title, h1, subject, text.split("\n\n", 1)[0]):
        assert not set(where) & set(DROPPED_IN_A_LINE), (where, headline)
    expected = " ".join(clean_line(headline).split())
    assert expected.strip() and "".join(h1.split()) == "".join(expected.split())
    # the kept ones are kept, in order
    assert [ch for ch in h1 if ch in KEPT] == [ch for ch in headline if ch in KEPT]
    # and what is seen of the headline is the same, dropped characters aside
    assert seen("".join(h1.split())) == seen("".join(
        ch for ch in headline if ch not in DROPPED_IN_A_LINE and not ch.isspace()))
    # the body keeps its soft hyphen (a hint where a word may break), not a BOM
    body = "".join(tree.xpath('//div[@class="release-body"]//text()'))
    assert "Word\u00adbreak" in body and "\ufeff" not in body


@settings(max_examples=examples(300, 100), deadline=None)
@given(text=st.lists(st.one_of(st.text(max_size=3), st.sampled_from(DROPPED_IN_A_LINE + KEPT)),
                     max_size=10).map("".join))
def test_the_rule_has_one_home(text: str) -> None:
    cleaned = clean_text(text)
    assert not set(cleaned) & set(DROPPED_EVERYWHERE)
    assert set(text) & set(KEPT + "\u00ad") <= set(cleaned)
    assert clean_line(text) == cleaned.replace("\u00ad", "")


@pytest.mark.parametrize("char", list(DROPPED_IN_A_LINE + KEPT))
@pytest.mark.parametrize("around", [("", ""), ("a", "b"), ("夜", "市"), ("مر", "حبا"), (" ", "\n")])
def test_each_character_by_name(char: str, around: tuple[str, str]) -> None:
    text = around[0] + char + around[1]
    expected_text = text if char not in DROPPED_EVERYWHERE else text.replace(char, "")
    assert clean_text(text) == expected_text
    assert clean_line(text) == (text if char in KEPT else text.replace(char, ""))

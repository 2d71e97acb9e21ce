"""Full-text search over the library: table of queries and the index's properties."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.newsroom.library import list_library
from releasedesk.newsroom.search import SearchIndex, terms

from newsroom_helpers import write

TEXTS = [
    "Calloway Harbour Authority opens the Tidewater ferry terminal",
    "Fernhollow breaks ground on a riverside seed bank",
    "芬霍洛区磨坊广场夜市下月开张",
    "Ｆｕｌｌ-width ＦＥＲＲＹ notice and café hours",
    "Le traversier de l'île reprend ses horaires d'été",
]


@pytest.mark.parametrize(("query", "expected"), [
    ("ferry", [0, 3]),
    ("FERRY", [0, 3]),
    ("fer", [0, 1, 3]),  # a word typed so far starts a word: ferry, Fernhollow
    ("ferry terminal", [0]),
    ("terminal ferry", [0]),
    ("harbour seed", []),
    ("夜市", [2]),
    ("夜", [2]),
    ("广场夜市", [2]),
    ("夜广", []),  # both characters are there, never side by side
    ("café", [3]),
    ("ＦＥＲＲ", [0, 3]),  # a full-width query finds ASCII words
    ("île", [4]),
    ("", [0, 1, 2, 3, 4]),
    ("   ", [0, 1, 2, 3, 4]),
    ("<script>", []),
    ("zzz", []),
])
def test_queries(query: str, expected: list[int]) -> None:
    index = SearchIndex(terms(text) for text in TEXTS)
    assert index.search(query) == expected


def test_the_library_searches_headlines_bodies_and_contacts(tmp_path: Path) -> None:
    write(tmp_path, "a.release", headline="Ferry terminal opens", body="Quay works end.")
    write(tmp_path, "b.release", headline="Seed bank", body="The ferry brings visitors.")
    write(tmp_path, "c.release", headline="夜市开张", language="zh-CN", body="磨坊广场。")
    library = list_library(tmp_path)
    assert [e.relative for e in library.search("ferry")] == ["a.release", "b.release"]
    assert [e.relative for e in library.search("quay")] == ["a.release"]
    assert [e.relative for e in library.search("广场")] == ["c.release"]
    assert [e.relative for e in library.search("calloway")] == [  # the organisation
        "a.release", "b.release", "c.release"]
    cached = list_library(tmp_path)
    assert cached.from_cache == 3
    assert [e.relative for e in cached.search("广场")] == ["c.release"]


_WORDS = st.text(alphabet=st.sampled_from("abcdefghij港口渡轮码头夜市 -"), min_size=0,
                 max_size=30)


def _brute(texts: list[str], query: str) -> list[int]:
    """What the index promises, by scanning every text: each word of the query starts a
    word of the text; each CJK pair of the query stands in it."""
    def fold(text: str) -> str:
        return unicodedata.normalize("NFKC", text).casefold()

    cjk = "港口渡轮码头夜市"
    found = []
    for position, text in enumerate(texts):
        words = re.findall(rf"[{cjk}]+|[^\W{cjk}]+", fold(text))
        ok = True
        for piece in re.findall(rf"[{cjk}]+|[^\W{cjk}]+", fold(query)):
            if piece[0] in cjk:
                pairs = [piece] if len(piece) == 1 else [piece[i:i + 2]
                                                           for i in range(len(piece) - 1)]
                ok &= all(any(pair in w for w in words) for pair in pairs)
            else:
                ok &= any(w.startswith(piece) for w in words if w[0] not in cjk)
        if ok:
            found.append(position)
    return found


@settings(max_examples=150, deadline=None)
@given(texts=st.lists(_WORDS, min_size=0, max_size=8), query=_WORDS)
def test_the_index_finds_exactly_what_a_scan_of_every_text_finds(
        texts: list[str], query: str) -> None:
    index = SearchIndex(terms(text) for text in texts)
    assert index.search(query) == _brute(texts, query)


@settings(max_examples=100, deadline=None)
@given(texts=st.lists(_WORDS, min_size=1, max_size=8), data=st.data())
def test_every_release_is_found_by_any_of_its_own_words(texts: list[str],
                                                        data: st.DataObject) -> None:
    index = SearchIndex(terms(text) for text in texts)
    position = data.draw(st.integers(0, len(texts) - 1))
    own = terms(texts[position]).split()
    if own:
        word = data.draw(st.sampled_from(own))
        assert position in index.search(word)

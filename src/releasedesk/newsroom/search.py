"""Full-text search over a library: an inverted index built with the listing.

A release's terms are its words folded to lower case (NFKC, so full-width letters and
digits match their ASCII forms) and, in Chinese, Japanese or Korean text, which has no
spaces, every character and every pair of neighbouring characters. A query matches a
release that has every one of the query's terms: a word as the start of one of the
release's words ("ferr" finds "ferry", as results show while typing), a run of CJK
characters as all of its pairs (so "夜市" finds "夜市" and not "夜" and "市" far apart
unless they also stand together somewhere).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable

from ..model import Release

# Han, kana, Hangul: one term per character and per neighbouring pair.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]+|[^\W{_CJK}]+")
_CJK_RUN = re.compile(rf"[{_CJK}]+")
_CJK_FIRST = "\u3040"
_MAX_TERM = 40  # longer "words" (a URL, a hash) are cut: nobody types past that


def release_text(release: Release) -> str:
    """The words of a release that a search looks through."""
    parts = [release.headline, release.subheadline, release.dateline, release.organization,
             " ".join(release.keywords), release.body]
    parts += [f"{c.name} {c.organization}" for c in release.contacts]
    return "\n".join(parts)


def _pieces(text: str) -> list[str]:
    """The words and CJK runs of *text*, folded (NFKC, lower case)."""
    if not text.isascii():  # (ASCII is its own NFKC form)
        text = unicodedata.normalize("NFKC", text)
    return _TOKEN.findall(text.casefold())


def _is_cjk(piece: str) -> bool:
    return piece[0] >= _CJK_FIRST and _CJK_RUN.match(piece) is not None


def terms(text: str) -> str:
    """The index terms of *text*, each once, sorted, separated by spaces (a term never
    holds a space)."""
    found: set[str] = set()
    for piece in set(_pieces(text)):
        if piece[0] < _CJK_FIRST or _CJK_RUN.match(piece) is None:
            found.add(piece[:_MAX_TERM])
        else:
            found.update(piece)
            found.update(map(str.__add__, piece, piece[1:]))
    return " ".join(sorted(found))


def query_terms(query: str) -> list[tuple[bool, str]]:
    """(exact, term) for each term a release must have to match *query*: CJK pairs (or a
    lone character) exactly, words as prefixes."""
    wanted: list[tuple[bool, str]] = []
    for piece in _pieces(query):
        if not _is_cjk(piece):
            wanted.append((False, piece[:_MAX_TERM]))
        elif len(piece) == 1:
            wanted.append((True, piece))
        else:
            wanted.extend((True, piece[i:i + 2]) for i in range(len(piece) - 1))
    return wanted


class SearchIndex:
    """Terms → the positions (in the listing) of the releases that hold them."""

    def __init__(self, documents: Iterable[str]) -> None:
        """*documents*: each release's terms, as terms() gives them."""
        postings: dict[str, list[int]] = {}
        count = 0
        for position, words in enumerate(documents):
            count = position + 1
            for word in words.split():
                found = postings.get(word)
                if found is None:
                    postings[word] = [position]
                else:
                    found.append(position)
        self._postings = postings
        self._vocabulary = sorted(postings)
        self._count = count

    def search(self, query: str) -> list[int]:
        """The positions of the releases matching every term of *query*, in listing order;
        every position for a query without terms."""
        wanted = query_terms(query)
        if not wanted:
            return list(range(self._count))
        result: set[int] | None = None
        # The rarest terms first: the intersection shrinks fastest.
        for exact, term in sorted(wanted, key=lambda item: (not item[0], -len(item[1]))):
            matched = set(self._postings.get(term, ())) if exact else self._prefixed(term)
            result = matched if result is None else result & matched
            if not result:
                return []
        return sorted(result or ())

    def _prefixed(self, prefix: str) -> set[int]:
        start = bisect.bisect_left(self._vocabulary, prefix)
        matched: set[int] = set()
        vocabulary = self._vocabulary
        for index in range(start, len(vocabulary)):
            word = vocabulary[index]
            if not word.startswith(prefix):
                break
            matched.update(self._postings[word])
        return matched

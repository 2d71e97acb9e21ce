"""Side by side: a release and its language version, field by field and paragraph by
paragraph, with the partner's paragraphs that changed since the two were last aligned.

A field's paragraphs are its blocks between blank lines. The one-line fields (headline,
subheadline, dateline) pair as they are; the body and the About text pair their
paragraphs in order, a paragraph matched to the one on the other side that states the
same facts (numbers, dates, times, amounts … read by facts.py, so "2 p.m." anchors
"下午2时") at about the same place; a paragraph with no counterpart stands alone. Every
paragraph of either side is in exactly one row, in its own order.

"Aligned" is recorded in the link to the partner (model.TwinLink.extra["aligned"]): the
digest of each of the partner's paragraphs, field by field, as they were when this
version was last brought in line with it. A paragraph of the partner whose digest is not
where it was is marked changed. Qt-free and without I/O.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..model import Release, TwinLink
from ..records import replace
from .facts import Fact, facts

ALIGNED_KEY = "aligned"
LINE_FIELDS = ("headline", "subheadline", "dateline")
BLOCK_FIELDS = ("body", "boilerplate")
FIELDS = ("headline", "subheadline", "dateline", "body", "boilerplate")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class Row:
    """One line of the side-by-side view: a paragraph here, its counterpart there (either
    may be None), whether the partner's paragraph changed since the last alignment and
    whether the two state different facts."""

    field: str
    here: int | None  # the paragraph's index in this release's field
    there: int | None  # … in the partner's
    here_text: str
    there_text: str
    changed: bool = False
    facts_differ: bool = False


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a field: its blocks between blank lines, each without the spaces
    around it (empty blocks left out)."""
    return [part.strip() for part in _BLANK_LINE.split(text.replace("\r\n", "\n"))
            if part.strip()]


def field_paragraphs(release: Release, field: str) -> list[str]:
    text = getattr(release, field) or ""
    if field in LINE_FIELDS:
        return [text.strip()] if text.strip() else []
    return paragraphs(text)


def digest(text: str) -> str:
    """A paragraph's digest: its words with spaces collapsed, SHA-256, 16 hex digits."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def digests(release: Release) -> dict[str, list[str]]:
    """The digest of every paragraph of *release*, field by field."""
    return {field: [digest(p) for p in field_paragraphs(release, field)] for field in FIELDS}


def recorded(link: TwinLink) -> dict[str, list[str]] | None:
    """The partner's digests the link recorded when last aligned; None when it never was
    (or what is recorded is not digests: a hand-edited file)."""
    value = link.extra.get(ALIGNED_KEY)
    if not isinstance(value, dict):
        return None
    out: dict[str, list[str]] = {}
    for field in FIELDS:
        items = value.get(field, [])
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            return None
        out[field] = list(items)
    return out


def aligned_link(link: TwinLink, partner: Release, fingerprint: str) -> TwinLink:
    """*link* recording *partner* as it is now: its paragraphs' digests and fingerprint."""
    extra: dict[str, Any] = {**link.extra, ALIGNED_KEY: digests(partner)}
    return replace(link, fingerprint=fingerprint, extra=extra)


def mark_aligned(release: Release, partner: Release, fingerprint: str) -> bool:
    """Record in *release*'s link to *partner* that the two are aligned now; False when
    *release* has no link to it."""
    for index, link in enumerate(release.twins):
        if link.id and link.id == partner.id:
            release.twins[index] = aligned_link(link, partner, fingerprint)
            return True
    return False


def changed_since(before: Sequence[str] | None, now: Sequence[str]) -> list[bool]:
    """For each paragraph digest of *now*, whether it changed since *before* (the digests
    recorded at the last alignment; None: never aligned, nothing marked). The same number
    of paragraphs compares place by place (an edit marks that paragraph); otherwise the
    longest common sequence is kept and the rest marked (paragraphs added or rewritten)."""
    if before is None:
        return [False] * len(now)
    if len(before) == len(now):
        return [old != new for old, new in zip(before, now, strict=True)]
    kept = [True] * len(now)
    matcher = difflib.SequenceMatcher(None, list(before), list(now), autojunk=False)
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            kept[block.b + offset] = False
    return kept


def _anchors(found: list[Fact]) -> frozenset[str]:
    return frozenset(f"{fact.kind}:{fact.value}" for fact in found)


def _similarity(left: frozenset[str], right: frozenset[str]) -> float:
    if not left and not right:
        return 0.3  # neither states a fact: a pair as good as its place
    union = len(left | right)
    return len(left & right) / union if union else 0.0


def align(here: Sequence[str], there: Sequence[str],
          today: date | None = None) -> list[tuple[int | None, int | None]]:
    """Pair the paragraphs of two versions of one field, in order: a list of (index here,
    index there), None where a paragraph has no counterpart. Each index of either side
    stands in exactly one pair, increasing. A pair scores by the facts both paragraphs
    state and how near their places are; the pairing of the highest total wins."""
    return _pair([facts(text, "body", today) for text in here],
                 [facts(text, "body", today) for text in there])


def _pair(here: list[list[Fact]], there: list[list[Fact]]) -> list[tuple[int | None,
                                                                         int | None]]:
    """align() on the paragraphs' facts, read once by the caller."""
    m, n = len(here), len(there)
    if m == n and m <= 1:
        return [(0, 0)] if m else []
    left = [_anchors(found) for found in here]
    right = [_anchors(found) for found in there]
    # Each pair's score, once: 1 + 3 × the share of facts both state − 1.5 × how far
    # apart their places are (0 … 1); a pair scoring no more than 0.05 is never made.
    score = [[1.0 + 3.0 * _similarity(left[i], right[j])
              - 1.5 * abs((i / (m - 1) if m > 1 else 0.0) - (j / (n - 1) if n > 1 else 0.0))
              for j in range(n)] for i in range(m)]
    # best[i][j]: the best total for here[i:] and there[j:]
    best = [[0.0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        row, below = best[i], best[i + 1]
        for j in range(n - 1, -1, -1):
            value = below[j] if below[j] > row[j + 1] else row[j + 1]
            pair = score[i][j]
            if pair > 0.05 and pair + below[j + 1] > value:
                value = pair + below[j + 1]
            row[j] = value
    out: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < m and j < n:
        pair = score[i][j]
        if pair > 0.05 and abs(best[i][j] - (pair + best[i + 1][j + 1])) < 1e-9:
            out.append((i, j))
            i, j = i + 1, j + 1
        elif abs(best[i][j] - best[i + 1][j]) < 1e-9:
            out.append((i, None))
            i += 1
        else:
            out.append((None, j))
            j += 1
    out += [(k, None) for k in range(i, m)]
    out += [(None, k) for k in range(j, n)]
    return out


def side_by_side(release: Release, partner: Release,
                 link: TwinLink | None = None) -> list[Row]:
    """The rows of the view of *release* beside *partner*, field by field; *link* (the
    release's link to the partner) says which of the partner's paragraphs changed since
    the two were last aligned."""
    from .match import compare

    before = recorded(link) if link is not None else None
    today = release.release_date or partner.release_date
    rows: list[Row] = []
    for field in FIELDS:
        mine = field_paragraphs(release, field)
        theirs = field_paragraphs(partner, field)
        marks = changed_since(before.get(field, []) if before is not None else None,
                              [digest(p) for p in theirs])
        my_facts = [facts(text, field, today) for text in mine]
        their_facts = [facts(text, field, today) for text in theirs]
        pairs = _pair(my_facts, their_facts) if field in BLOCK_FIELDS else \
            ([(0 if mine else None, 0 if theirs else None)] if mine or theirs else [])
        for i, j in pairs:
            here_text = mine[i] if i is not None else ""
            there_text = theirs[j] if j is not None else ""
            differ = i is not None and j is not None and bool(
                compare(my_facts[i], their_facts[j]))
            rows.append(Row(field, i, j, here_text, there_text,
                            changed=j is not None and marks[j], facts_differ=differ))
    return rows

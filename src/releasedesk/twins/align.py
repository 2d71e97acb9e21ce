"""Side by side: a release and its language version, field by field and paragraph by
paragraph, with the partner's paragraphs that changed since the two were last aligned.

A field's paragraphs are its blocks between blank lines. The one-line fields (headline,
subheadline, dateline, and a kind's: the advisory's event, venue and address, the
statement's title) pair as they are; the body, the About text and a kind's Markdown fields
(speakers, how to attend, the correction's note) pair their paragraphs in order, a
paragraph matched to the one on the other side that states the same facts (numbers,
dates, times, amounts … read by facts.py, so "2 p.m." anchors "下午2时") at about the
same place; a paragraph with no counterpart stands alone. Every
paragraph of either side is in exactly one row, in its own order.

The media contacts pair contact by contact (name, role, organisation, phone, e-mail, each
on a row of its own, a phone or e-mail checked as a fact), the footer line by line.

"Aligned" is recorded for the pair, in the link of the version it was marked from
(model.TwinLink.extra["aligned"]): the digest of each of the partner's paragraphs, field
by field, as they were when the two were last brought in line, its own paragraphs'
digests ("aligned_own") and the moment ("aligned_at"). Either version's view reads the
newer of the two links' records, so aligning from one side shows on both. A paragraph of
either version whose digest is not where it was is marked changed (the partner's, and
this version's own: both may need the other brought in line). Qt-free and without I/O.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..json_values import JsonObject
from ..model import Release, TwinLink
from ..records import replace
from .facts import Fact, facts
from .marks import TO_TRANSLATE
from .match import Mismatch, version_mismatches

if TYPE_CHECKING:
    from .names import NameReader

ALIGNED_KEY = "aligned"
OWN_KEY = "aligned_own"  # the marking version's own digests then
AT_KEY = "aligned_at"  # when (ISO 8601, UTC; "" when not known)
# The one-line fields and the Markdown blocks, a kind's own (kinds.py: an advisory's event,
# a statement's title, a correction's note) among the news release's, as the release reads.
LINE_FIELDS = ("headline", "subheadline", "dateline", "statement_title", "event_what",
               "event_place", "event_address")
BLOCK_FIELDS = ("body", "event_speakers", "event_attend", "correction_note", "boilerplate")
CONTACTS, FOOTER = "contacts", "footer"
FIELDS = (*LINE_FIELDS, *BLOCK_FIELDS, CONTACTS, FOOTER)
# What the first records held: a field recorded since is left out of an older record.
_FIRST_RECORDED = ("headline", "subheadline", "dateline", "body", "boilerplate")
# A contact's parts, each on a row of its own; the phone and e-mail are facts.
CONTACT_PARTS = ("name", "role", "organization", "phone", "email")
FACT_PARTS = ("phone", "email")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_BLANK_LINE_RAW = re.compile(r"\r?\n[ \t]*\r?\n")  # (the same, in a text as typed)


@dataclass(frozen=True)
class Row:
    """One line of the side-by-side view: a paragraph here, its counterpart there (either
    may be None), whether the partner's paragraph (*changed*) or this release's
    (*here_changed*) changed since the last alignment and whether the two state different
    facts."""

    field: str
    here: int | None  # the paragraph's index in this release's field
    there: int | None  # … in the partner's
    here_text: str
    there_text: str
    changed: bool = False
    facts_differ: bool = False
    here_changed: bool = False
    part: str = ""  # a contact's part ("phone" …); "" for a paragraph or line
    mismatches: tuple[Mismatch, ...] = ()  # the facts that differ, in reading order


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a field: its blocks between blank lines, each without the spaces
    around it (empty blocks left out). The mark a copied text starts with on a line of its
    own (making.py: "[TO TRANSLATE]", a blank line, the text) is joined to the paragraph
    after it, so a version's paragraphs are counted as its source's are."""
    found: list[str] = []
    mark = ""
    for part in _BLANK_LINE.split(text.replace("\r\n", "\n")):
        part = part.strip()
        if part == TO_TRANSLATE:
            mark = f"{part} "
        elif part:
            found.append(mark + part)
            mark = ""
    return found + ([mark.strip()] if mark else [])


def field_paragraphs(release: Release, field: str) -> list[str]:
    """A field's units as text: its paragraphs; a contact's parts ("phone: …"); the
    footer's lines."""
    if field == CONTACTS:
        return [f"{part}: {text}" for _k, part, text in contact_units(release)]
    if field == FOOTER:
        return footer_lines(release)
    text = getattr(release, field) or ""
    if field in LINE_FIELDS:
        return [text.strip()] if text.strip() else []
    return paragraphs(text)


def contact_units(release: Release) -> list[tuple[int, str, str]]:
    """(contact's index, part, text) of every part a contact gives, in order."""
    return [(k, part, " ".join(getattr(contact, part).split()))
            for k, contact in enumerate(release.contacts)
            for part in CONTACT_PARTS if getattr(contact, part).strip()]


def footer_lines(release: Release) -> list[str]:
    """The footer's lines as they read: the text, and the address of a line that links."""
    return [f"{line.text} <{line.url}>" if line.url else line.text
            for line in release.footer if line.text.strip() or line.url.strip()]


def digest(text: str) -> str:
    """A paragraph's digest: its words with spaces collapsed, SHA-256, 16 hex digits."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def digests(release: Release) -> dict[str, list[str]]:
    """The digest of every paragraph of *release*, field by field."""
    return {field: [digest(p) for p in field_paragraphs(release, field)] for field in FIELDS}


def recorded(link: TwinLink, key: str = ALIGNED_KEY) -> dict[str, list[str]] | None:
    """The partner's digests the link recorded when last aligned (*key* OWN_KEY: the
    linking version's own); None when it never was (or what is recorded is not digests: a
    hand-edited file). A field an earlier record did not hold (the contacts, the footer,
    a kind's fields, compared since) is left out: nothing of it is marked."""
    value = link.extra.get(key)
    if not isinstance(value, dict):
        return None
    out: dict[str, list[str]] = {}
    for field in FIELDS:
        if field not in value and field not in _FIRST_RECORDED:
            continue
        items = value.get(field, [])
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            return None
        out[field] = list(items)
    return out


@dataclass(frozen=True)
class Alignment:
    """The pair's last alignment: marked from this version (*here*) or from the partner;
    *theirs*: the partner's digests then, *ours*: this version's (None when the record
    does not hold them)."""

    here: bool
    theirs: dict[str, list[str]] | None
    at: str
    ours: dict[str, list[str]] | None = None


def pair_alignment(release: Release, partner: Release,
                   link: TwinLink | None = None) -> Alignment | None:
    """The newer of the two records of the pair's alignment: in *release*'s *link* to the
    partner, or in the partner's link back to *release*; None when neither was aligned."""
    found: list[Alignment] = []
    if link is not None and recorded(link) is not None:
        found.append(Alignment(True, recorded(link), str(link.extra.get(AT_KEY, "")),
                               recorded(link, OWN_KEY)))
    for back in partner.twins:
        if release.id and back.id == release.id and recorded(back) is not None:
            found.append(Alignment(False, recorded(back, OWN_KEY),
                                   str(back.extra.get(AT_KEY, "")), recorded(back)))
            break
    if not found:
        return None
    return max(found, key=lambda a: (a.at, a.here))  # (a tie: this version's own record)


def aligned_link(link: TwinLink, partner: Release, fingerprint: str,
                 own: Release | None = None, at: str = "") -> TwinLink:
    """*link* recording *partner* as it is now: its paragraphs' digests and fingerprint
    (and *own*'s digests, the linking version's, and the moment *at*, when given)."""
    extra: JsonObject = {**link.extra, ALIGNED_KEY: digests(partner)}
    if own is not None:
        extra[OWN_KEY] = digests(own)
    if at:
        extra[AT_KEY] = at
    return replace(link, fingerprint=fingerprint, extra=extra)


def mark_aligned(release: Release, partner: Release, fingerprint: str, at: str = "") -> bool:
    """Record in *release*'s link to *partner* that the two are aligned now (both sides'
    digests, and the moment *at*); False when *release* has no link to it."""
    for index, link in enumerate(release.twins):
        if link.id and link.id == partner.id:
            release.twins[index] = aligned_link(link, partner, fingerprint, release, at)
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
                 link: TwinLink | None = None, names: NameReader | None = None) -> list[Row]:
    """The rows of the view of *release* beside *partner*, field by field; *link* (the
    release's link to the partner) and the partner's link back say which paragraphs of
    either changed since the two were last aligned. The facts that differ are readiness's
    (match.version_mismatches, *names* the people read as facts: checks.partner_names),
    each on the row of the paragraph that states it here, else there: a paragraph that
    merges two of the other side's is not said to lack what the other one states."""
    rows = _rows(release, partner, link)
    return _with_mismatches(rows, version_mismatches(release, partner, names),
                            release, partner)


def _rows(release: Release, partner: Release, link: TwinLink | None) -> list[Row]:
    alignment = pair_alignment(release, partner, link)
    before = alignment.theirs if alignment is not None else None
    before_here = alignment.ours if alignment is not None else None
    today = release.release_date or partner.release_date
    rows: list[Row] = []
    for field in FIELDS:
        theirs = field_paragraphs(partner, field)
        mine = field_paragraphs(release, field)
        marks = changed_since(before.get(field) if before is not None else None,
                              [digest(p) for p in theirs])
        my_marks = changed_since(before_here.get(field) if before_here is not None else None,
                                 [digest(p) for p in mine])
        if field == CONTACTS:
            rows += _contact_rows(release, partner, marks, my_marks)
            continue
        if field == FOOTER:
            rows += [Row(field, k if k < len(mine) else None, k if k < len(theirs) else None,
                         mine[k] if k < len(mine) else "",
                         theirs[k] if k < len(theirs) else "",
                         changed=k < len(theirs) and marks[k],
                         here_changed=k < len(mine) and my_marks[k])
                     for k in range(max(len(mine), len(theirs)))]
            continue
        my_facts = [facts(text, field, today) for text in mine]
        their_facts = [facts(text, field, today) for text in theirs]
        pairs = _pair(my_facts, their_facts) if field in BLOCK_FIELDS else \
            ([(0 if mine else None, 0 if theirs else None)] if mine or theirs else [])
        for i, j in pairs:
            here_text = mine[i] if i is not None else ""
            there_text = theirs[j] if j is not None else ""
            rows.append(Row(field, i, j, here_text, there_text,
                            changed=j is not None and marks[j],
                            here_changed=i is not None and my_marks[i]))
    return rows


def _with_mismatches(rows: list[Row], mismatches: list[Mismatch], release: Release,
                     partner: Release) -> list[Row]:
    """*rows* with each mismatch on the row of its fact here (else there)."""
    placed: dict[int, list[Mismatch]] = {}
    for mismatch in mismatches:
        number = _row_of(rows, mismatch.here, release, here=True) \
            if mismatch.here is not None else None
        if number is None and mismatch.there is not None:
            number = _row_of(rows, mismatch.there, partner, here=False)
        placed.setdefault(number if number is not None else 0, []).append(mismatch)
    return [dataclasses.replace(row, mismatches=tuple(placed[k]), facts_differ=True)
            if k in placed
            else row for k, row in enumerate(rows)]


def _row_of(rows: list[Row], fact: Fact, release: Release, here: bool) -> int | None:
    """The row of the paragraph, line or contact's part where *fact* stands in *release*
    (this version's when *here*, else the partner's)."""
    if fact.field == CONTACTS:
        for k, contact in enumerate(release.contacts):
            for part in FACT_PARTS:
                text = getattr(contact, part)
                if text[fact.start:fact.start + len(fact.excerpt)] == fact.excerpt:
                    return _find(rows, CONTACTS, k, here, part)
        return None
    if fact.field in LINE_FIELDS:
        return _find(rows, fact.field, 0, here)
    text = getattr(release, fact.field, "")
    return _find(rows, fact.field,
                 paragraph_index(text if isinstance(text, str) else "", fact.start), here)


def _find(rows: list[Row], field: str, index: int, here: bool, part: str = "") -> int | None:
    for number, row in enumerate(rows):
        if row.field == field and row.part == part and \
                (row.here if here else row.there) == index:
            return number
    return None


def paragraph_index(text: str, start: int) -> int:
    """The paragraph (0, 1 …, as paragraphs() counts them) that offset *start* of *text*
    stands in."""
    number = 0
    last = 0
    for gap in _BLANK_LINE_RAW.finditer(text):
        if gap.start() >= start:
            break
        part = text[last:gap.start()].strip()
        if part and part != TO_TRANSLATE:
            number += 1
        last = gap.end()
    return number


def _contact_rows(release: Release, partner: Release, marks: list[bool],
                  my_marks: list[bool]) -> list[Row]:
    """Contact by contact (the first beside the first …), a row for each part either
    gives; a phone or e-mail that differs is a fact that differs."""
    theirs = {(k, part): place for place, (k, part, _t) in enumerate(contact_units(partner))}
    ours = {(k, part): place for place, (k, part, _t) in enumerate(contact_units(release))}
    rows: list[Row] = []
    for k in range(max(len(release.contacts), len(partner.contacts))):
        mine = release.contacts[k] if k < len(release.contacts) else None
        other = partner.contacts[k] if k < len(partner.contacts) else None
        for part in CONTACT_PARTS:
            here_text = " ".join(getattr(mine, part).split()) if mine is not None else ""
            there_text = " ".join(getattr(other, part).split()) if other is not None else ""
            if not here_text and not there_text:
                continue
            place, own_place = theirs.get((k, part)), ours.get((k, part))
            rows.append(Row(CONTACTS, k if mine is not None else None,
                            k if other is not None else None, here_text, there_text,
                            changed=place is not None and marks[place], part=part,
                            here_changed=own_place is not None and my_marks[own_place]))
    return rows

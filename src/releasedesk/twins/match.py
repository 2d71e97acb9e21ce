"""The facts of two language versions, matched class by class.

Each side's facts of one class are a multiset of canonical values: a fact both sides
state as often is matched wherever it stands (translations reorder sentences). What is
left unmatched on both sides is paired in reading order, each pair one mismatch ("2 p.m."
here, "下午3时" there); a fact left over on one side only is a mismatch of its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from ..model import Release
from .facts import CLASSES, NAME, TIME, Fact, facts
from .marks import TEXT_FIELDS

K = TypeVar("K")  # what facts are paired by

if TYPE_CHECKING:
    from .names import NameReader


@dataclass(frozen=True)
class Mismatch:
    kind: str  # the fact class
    here: Fact | None  # in this release (None: stated only in the partner)
    there: Fact | None  # in the partner (None: stated only here)


# The fields whose facts must agree are marks.TEXT_FIELDS: what a reader of either version
# reads as content (the footer and house words belong to each language's house style).


def version_mismatches(release: Release, partner: Release,
                       names: NameReader | None = None) -> list[Mismatch]:
    """The facts *release* and its language version *partner* state differently, each
    side's facts matched across the whole of it (a translation may merge or split
    paragraphs): readiness (checks.py) and the Compare view (align.side_by_side) both ask
    here, so they always agree. None while either has no body yet: nothing to compare."""
    if not release.body.strip() or not partner.body.strip():
        return []
    return compare(release_facts(release, names=names), release_facts(partner, names=names))


def release_facts(release: Release, today: date | None = None,
                  names: NameReader | None = None) -> list[Fact]:
    """Every fact *release* states, field by field (contacts' phones and e-mails too);
    with *names*, the office register's people it names too."""
    today = today or release.release_date
    found: list[Fact] = []
    for name in TEXT_FIELDS:
        text = printed_dateline(release) if name == "dateline" else getattr(release, name)
        found += facts(text, name, today)
        if names is not None:
            found += names.facts(getattr(release, name), name)
    for contact in release.contacts:
        for text in (contact.phone, contact.email):
            if text:
                found += facts(text, "contacts", today)
    return found


def printed_dateline(release: Release) -> str:
    """The dateline as the exports print it: with the release date where the place was
    typed without one ("FERNHOLLOW" prints "FERNHOLLOW, Dec. 6, 2026 —"), so its date is
    compared with a dateline typed whole ("芬霍洛12月6日电")."""
    from ..render.words import format_dateline, words_for

    place = release.dateline.strip()
    if not place:
        return release.dateline
    return format_dateline(words_for(release.language), place, release.release_date, "",
                           release.language)


def compare(here: Iterable[Fact], there: Iterable[Fact]) -> list[Mismatch]:
    """The mismatches between two versions' facts, class by class, in reading order."""
    mismatches: list[Mismatch] = []
    mine, theirs = list(here), list(there)
    for kind in CLASSES:
        left = [f for f in mine if f.kind == kind]
        right = [f for f in theirs if f.kind == kind]
        if kind == TIME:
            left, right = _zones_both_or_neither(left, right)
        if kind == NAME:  # a person is one fact, however often named
            from .names import once_each

            left, right = once_each(left), once_each(right)
        only_left, only_right = _unpaired(left, right)
        # Left over on both sides, like is paired with like: a weekday with a weekday, a
        # zone with a zone, a date with a date (never "Wednesday" with "12月8日").
        for family in _FAMILIES:
            ours = [f for f in only_left if _family(f) == family]
            other = [f for f in only_right if _family(f) == family]
            for index in range(max(len(ours), len(other))):
                mismatches.append(Mismatch(kind, ours[index] if index < len(ours) else None,
                                           other[index] if index < len(other) else None))
    return mismatches


# The kinds of value a class of facts holds that are never paired with one another.
_FAMILIES = ("", "weekday", "zone")


def _family(fact: Fact) -> str:
    head = fact.value.split(" ", 1)[0]
    return head if head in _FAMILIES else ""


def _unpaired(left: list[Fact], right: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """The facts of each side that the other does not state, in reading order. A fact is
    paired in its own field first (the body's date with the body's date), then anywhere:
    so what is left names the field that lacks it (the subheadline's date, when only the
    subheadline was not translated), not the first field that happens to state it."""
    def placed(fact: Fact) -> tuple[str, str]:
        return fact.value, fact.field

    def valued(fact: Fact) -> str:
        return fact.value

    in_place = Counter(map(placed, left)) & Counter(map(placed, right))
    left, right = _unmatched(left, in_place, placed), _unmatched(right, in_place, placed)
    common = Counter(map(valued, left)) & Counter(map(valued, right))
    return _unmatched(left, common, valued), _unmatched(right, common, valued)


def _unmatched(side: list[Fact], common: Counter[K], key: Callable[[Fact], K]) -> list[Fact]:
    left = Counter(common)
    out: list[Fact] = []
    for fact in side:
        if left[key(fact)] > 0:
            left[key(fact)] -= 1
        else:
            out.append(fact)
    return out


def _zones_both_or_neither(left: list[Fact], right: list[Fact]) -> tuple[list[Fact],
                                                                          list[Fact]]:
    """A time zone named on one side only is no mismatch: Chinese releases of a city seldom
    name theirs ("北京时间" goes without saying); two zones that differ are."""
    def zones(side: list[Fact]) -> bool:
        return any(f.value.startswith("zone ") for f in side)

    if zones(left) and zones(right):
        return left, right
    return ([f for f in left if not f.value.startswith("zone ")],
            [f for f in right if not f.value.startswith("zone ")])

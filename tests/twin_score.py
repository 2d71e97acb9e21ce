"""Scoring the facts check on tests/twin_corpus/ (shared by the test and the benchmark)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal, TypedDict

from releasedesk.register import register_from_json
from releasedesk.twins.facts import CLASSES, facts
from releasedesk.twins.match import Mismatch, compare
from releasedesk.twins.names import NameReader

CORPUS = Path(__file__).parent / "twin_corpus"
# The fictional office's register: its people's names in both languages.
NAMES = NameReader(register_from_json(json.loads((CORPUS / "register.json").read_text("utf-8"))))


@dataclass
class Score:
    planted: Counter[str] = field(default_factory=Counter)
    caught: Counter[str] = field(default_factory=Counter)
    false_alarms: Counter[str] = field(default_factory=Counter)  # on the clean pairs
    pairs: int = 0
    missed: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)


# A change planted in one side of a pair, which the check should catch as its class.
Plant = TypedDict("Plant", {"class": str, "side": Literal["en", "zh"], "find": str,
                            "replace": str})


class Pair(TypedDict):
    """One file of the corpus: a release's English and Chinese texts by field."""

    release_date: str  # ISO date
    en: dict[str, str]
    zh: dict[str, str]
    planted: list[Plant]


def pairs() -> list[tuple[str, Pair]]:
    return [(path.stem, json.loads(path.read_text("utf-8")))
            for path in sorted(CORPUS.glob("[0-9]*.json"))]


def mismatches(pair: Pair, en: dict[str, str] | None = None,
               zh: dict[str, str] | None = None) -> list[Mismatch]:
    today = date.fromisoformat(pair["release_date"])
    sides = []
    for texts in (en or pair["en"], zh or pair["zh"]):
        sides.append([fact for name, text in texts.items()
                      for fact in [*facts(text, name, today), *NAMES.facts(text, name)]])
    return compare(sides[0], sides[1])


def score() -> Score:
    result = Score()
    for name, pair in pairs():
        result.pairs += 1
        for mismatch in mismatches(pair):
            result.false_alarms[mismatch.kind] += 1
            result.alarms.append(f"{name}: {mismatch}")
        for plant in pair["planted"]:
            side = dict(pair[plant["side"]])
            side["body"] = side["body"].replace(plant["find"], plant["replace"])
            found = (mismatches(pair, en=side) if plant["side"] == "en"
                     else mismatches(pair, zh=side))
            result.planted[plant["class"]] += 1
            if any(m.kind == plant["class"] for m in found):
                result.caught[plant["class"]] += 1
            else:
                result.missed.append(f"{name}: {plant}")
    return result


def per_class(result: Score) -> list[tuple[str, int, int, int]]:
    """(class, planted, caught, false alarms on clean pairs) for each class."""
    return [(kind, result.planted[kind], result.caught[kind], result.false_alarms[kind])
            for kind in CLASSES]

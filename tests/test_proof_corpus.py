"""The proofing corpus scored: every class catches at least 90 % of its planted mistakes,
and the clean texts raise at most one alarm per 1,000 words, in every class and overall."""

from __future__ import annotations

import pytest

from releasedesk.proofing.findings import KINDS

from proof_score import Score, clean_texts, parse_case, planted_cases, score

RECALL_GOAL = 0.9
ALARMS_GOAL = 1.0  # per 1,000 words of clean text


@pytest.fixture(scope="module")
def result() -> Score:
    return score()


def test_the_corpus_plants_every_class_at_least_ten_times(result: Score) -> None:
    for kind in KINDS:
        assert result.planted[kind] >= 10, kind
    languages = {case.language for case in clean_texts()}
    assert {"en-US", "en-GB", "zh-CN"} <= languages
    assert result.clean_words >= 3000


@pytest.mark.parametrize("kind", KINDS)
def test_recall_per_class(result: Score, kind: str) -> None:
    assert result.recall(kind) >= RECALL_GOAL, "\n".join(
        m for m in result.missed if f": {kind}: " in m)


@pytest.mark.parametrize("kind", KINDS)
def test_false_alarms_per_class(result: Score, kind: str) -> None:
    assert result.per_thousand(kind) <= ALARMS_GOAL, "\n".join(result.alarms)


def test_false_alarms_overall(result: Score) -> None:
    assert result.per_thousand() <= ALARMS_GOAL, "\n".join(result.alarms)


def test_planted_lines_raise_nothing_beside_their_marks(result: Score) -> None:
    # A stray finding in a planted line is a false alarm too (the line is clean but for
    # its marks): a handful at most over the whole corpus.
    assert sum(result.stray.values()) <= 2, "\n".join(result.alarms)


@pytest.mark.parametrize(("line", "text", "expected"), [
    ("a [[b]] c", "a b c", [(2, 3, "x")]),
    ("[[ab|term]] and [[c]]", "ab and c", [(0, 2, "term"), (7, 8, "x")]),
    ("none", "none", []),
])
def test_marks_are_read_at_their_offsets(line: str, text: str,
                                         expected: list[tuple[int, int, str]]) -> None:
    assert parse_case(line, "x") == (text, expected)


def test_every_planted_case_has_a_mark() -> None:
    for case in planted_cases():
        assert case.expected, case.text
        for start, end, _ in case.expected:
            assert 0 <= start < end <= len(case.text)

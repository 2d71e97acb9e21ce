"""The facts check across language versions, scored on tests/twin_corpus/: at least 90 %
of the planted mismatches caught in every class, at most one false alarm per clean pair."""

from __future__ import annotations

from twin_score import pairs, per_class, score


def test_the_corpus_has_twelve_pairs_and_every_class_planted() -> None:
    assert len(pairs()) >= 12
    assert all(planted >= 5 for _kind, planted, _caught, _alarms in per_class(score()))


def test_planted_mismatches_are_caught_and_clean_pairs_stay_quiet() -> None:
    result = score()
    for kind, planted, caught, _alarms in per_class(result):
        assert caught >= 0.9 * planted, (kind, result.missed)
    assert sum(result.planted.values()) >= 80
    assert sum(result.caught.values()) >= 0.9 * sum(result.planted.values())
    for name, pair in pairs():
        from twin_score import mismatches

        assert len(mismatches(pair)) <= 1, (name, mismatches(pair))

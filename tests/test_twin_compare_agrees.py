"""View ▸ Compare with Language Version and readiness find the same differing facts: both
match each version's facts across the whole of it (twins/match.version_mismatches), so a
paragraph that merges two of the other side's is not said to lack what the other one
states (tester13 M5: the view said 5 facts differed, "not stated ↔ 65" among them, where
readiness rightly said 3)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk import document
from releasedesk.checks import twin_findings
from releasedesk.model import Release
from releasedesk.twins.align import paragraphs, side_by_side
from releasedesk.twins.making import link_twins
from releasedesk.twins.match import Mismatch

from examples import examples

DAY = date(2026, 12, 8)


def _english(kind: int, n: int) -> str:
    return (f"Buses run every {n} minutes.", f"Fares fall by {n}%.",
            f"The line has {n} stops.")[kind]


def _chinese(kind: int, n: int) -> str:
    return (f"公交每{n}分钟一班。", f"票价下降{n}%。", f"线路设{n}个站点。")[kind]


def _grouped(sentences: list[str], cuts: list[bool], joiner: str) -> str:
    """The sentences as paragraphs: a new one after each sentence whose cut is True."""
    out: list[str] = []
    current: list[str] = []
    for sentence, cut in zip(sentences, cuts, strict=False):
        current.append(sentence)
        if cut:
            out.append(joiner.join(current))
            current = []
    if current:
        out.append(joiner.join(current))
    return "\n\n".join(out)


facts_drawn = st.lists(st.tuples(st.integers(0, 2), st.integers(2, 99)), min_size=1,
                       max_size=6, unique=True)


@settings(max_examples=examples(150, 50), deadline=None)
@given(facts=facts_drawn, changes=st.lists(st.sampled_from(["same", "other", "drop"]),
                                           min_size=6, max_size=6),
       extra=st.lists(st.tuples(st.integers(0, 2), st.integers(100, 120)), max_size=2),
       en_cuts=st.lists(st.booleans(), min_size=8, max_size=8),
       zh_cuts=st.lists(st.booleans(), min_size=8, max_size=8))
def test_the_views_differing_facts_are_readiness(
        facts: list[tuple[int, int]], changes: list[str], extra: list[tuple[int, int]],
        en_cuts: list[bool], zh_cuts: list[bool]) -> None:
    english = [_english(kind, n) for kind, n in facts]
    chinese = [_chinese(kind, n if change == "same" else n + 200)
               for (kind, n), change in zip(facts, changes, strict=False) if change != "drop"]
    chinese += [_chinese(kind, n) for kind, n in extra]  # (stated there only)
    en = Release(language="en", headline="Night buses", release_date=DAY,
                 body=_grouped(english, en_cuts, " "))
    zh = Release(language="zh-CN", headline="夜班公交", release_date=DAY,
                 body=_grouped(chinese, zh_cuts, "") or "开放。")
    with tempfile.TemporaryDirectory() as folder:
        en_path, zh_path = Path(folder) / "bus.release", Path(folder) / "bus.zh-CN.release"
        link_twins(en, en_path, zh, zh_path)
        document.save(en, en_path)
        document.save(zh, zh_path)
        for release, path, partner in ((en, en_path, zh), (zh, zh_path, en)):
            rows = side_by_side(release, partner, release.twins[0])
            shown = sorted(_said(m) for row in rows for m in row.mismatches)
            found = sorted(_reported(dict(f.args)) for f in twin_findings(release, path)
                           if f.code.startswith("twin_fact"))
            assert shown == found
            for row in rows:  # each on the row of a paragraph that states it
                assert row.facts_differ == bool(row.mismatches)
                for mismatch in row.mismatches:
                    here, there = mismatch.here, mismatch.there
                    assert (here is not None and here.excerpt in row.here_text) or \
                        (here is None and there is not None and there.excerpt in row.there_text)
            # every paragraph of either side is on one row
            mine = [row.here for row in rows if row.field == "body" and row.here is not None]
            theirs = [row.there for row in rows if row.field == "body" and row.there is not None]
            assert mine == list(range(len(paragraphs(release.body))))
            assert theirs == list(range(len(paragraphs(partner.body))))


def _said(mismatch: Mismatch) -> tuple[str, str]:
    return (" ".join(mismatch.here.excerpt.split()) if mismatch.here is not None else "",
            " ".join(mismatch.there.excerpt.split()) if mismatch.there is not None else "")


def _reported(args: dict[str, object]) -> tuple[str, str]:
    return str(args.get("here", "")), str(args.get("there", ""))

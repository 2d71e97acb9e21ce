"""The benchmarks' fixed inputs still build and render (the benchmarks themselves run by hand)."""

from __future__ import annotations

import sys
from pathlib import Path

from releasedesk import document
from releasedesk.exporting import draft_bytes
from releasedesk.model import count_words

from conftest import ROOT


def test_benchmark_releases_round_trip_and_render(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_render import make_body, make_release

    assert make_body(1000) == make_body(1000)  # fixed input, same every run
    release = make_release(1000)
    assert 1000 <= count_words(release.body) <= 1200
    path = tmp_path / "bench.release"
    document.save(release, path)
    assert document.to_dict(document.load(path)) == document.to_dict(release)
    assert draft_bytes(release, "txt").decode().endswith("Technical Support: Example\n")


def test_the_editor_benchmarks_floor_window_is_the_size_of_ours() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_editor import FLOOR_CHILD
    from releasedesk.gui.app.window_settings import DEFAULT_SIZE, FRAME_ALLOWANCE

    assert f"max({DEFAULT_SIZE[0]}, screen.width() * 9 // 10), screen.width() - " \
           f"{FRAME_ALLOWANCE[0]}" in FLOOR_CHILD
    assert f"max({DEFAULT_SIZE[1]}, screen.height() * 9 // 10), screen.height() - " \
           f"{FRAME_ALLOWANCE[1]}" in FLOOR_CHILD


def test_the_hostile_benchmark_bodies_are_fixed_and_of_their_size() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_linear import CASES, hard_breaks, links, long_words

    assert long_words(3) == long_words(3)
    assert [len(word) for word in long_words(40).split()] == [800] * 40
    assert long_words(40, per_paragraph=10).count("\n\n") == 3
    assert links(1000).count("](https://example.org/") == 1000
    assert hard_breaks(1000).count("  \n") == hard_breaks(1000, "\\").count("\\\n") == 1000
    assert {case.budget_size for case in CASES} == {80, 30_000}
    assert all(case.budget_size in case.sizes for case in CASES)


def test_the_spelling_memory_benchmarks_modes_differ_in_spelling_only(tmp_path: Path) -> None:
    """bench_spell_memory.py's child hooks still reach the editor: with spelling off the
    first proofing pass arrives with no spelling finding; on, with them and the menu's
    suggestions from the same dictionary; with no proofing, no pass arrives."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_render import make_release
    from bench_spell_memory import run_child

    release = make_release(1000)
    release.language = "en-US"
    path = tmp_path / "bench.release"
    document.save(release, path)
    home = tmp_path / "home"
    home.mkdir()
    # (no settling after the first result: the test reads no memory but the peak so far)
    off, menu, none = (run_child(path, mode, home, settle=0.0)
                       for mode in ("off", "menu", "none"))
    assert off["proofed"] > 0 and off["spelt"] == 0
    assert menu["proofed"] > 0 and menu["spelt"] > 0  # (the body's British "programme")
    assert menu["suggested"] and all(isinstance(s, str) for s in menu["suggested"])
    assert none["proofed"] == 0
    assert all(r["peak"] > 0 for r in (off, menu, none))

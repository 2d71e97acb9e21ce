"""patterns.compiled makes the pattern re.compile makes, from the program kept for this
Python (src/releasedesk/pattern_programs.py, written by tools/pattern_programs.py), and the
table is current: it holds a program for every pattern the code asks for, and no other."""

from __future__ import annotations

import importlib
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from releasedesk import pattern_programs, patterns

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import pattern_programs as tool

KEPT = sorted(pattern_programs.PROGRAMS)
THIS_PYTHON = patterns.python_key() == pattern_programs.PYTHON


def same(made: re.Pattern[str], expected: re.Pattern[str]) -> bool:
    """The same pattern: source, flags and program (what == compares), and its groups."""
    return (made == expected and made.groups == expected.groups
            and dict(made.groupindex) == dict(expected.groupindex))


@pytest.mark.parametrize(("source", "flags"), KEPT)
def test_each_kept_program_is_the_one_re_makes(source: str, flags: int) -> None:
    made = patterns.compiled(source, flags)
    assert same(made, re.compile(source, flags))
    assert made is not re.compile(source, flags)  # (built from the table, not re's cache)


def test_the_table_is_current() -> None:
    """Every pattern asked for is kept and every kept one is asked for (else run
    tools/pattern_programs.py), under the Python the table was written with."""
    if not THIS_PYTHON:
        pytest.skip(f"the table is for {pattern_programs.PYTHON}, not {patterns.python_key()}")
    for name in tool.modules_asking():
        importlib.import_module(name)
    assert patterns.asked >= set(KEPT), "kept programs no pattern asks for"
    assert set(KEPT) >= {asked for asked in patterns.asked
                         if not asked[0].startswith("(?#test)")}, "patterns without a program"
    assert tool.table() == (ROOT / "src" / "releasedesk" / "pattern_programs.py").read_text(
        encoding="utf-8")


def test_the_modules_asking_are_found() -> None:
    """The tool finds the modules that ask (a planted one among them would be found too)."""
    names = tool.modules_asking()
    assert {"releasedesk.field_rules", "releasedesk.body.blocks",
            "releasedesk.body.tree"} <= set(names)
    assert "releasedesk.patterns" not in names


# Patterns no table holds: compiled is re.compile, whatever the source and flags.
@given(source=st.sampled_from([r"(?#test)x(?P<n>\d+)|(y)", r"(?#test)[\u3000-\u303f]+",
                               r"(?#test)^\s*(?:星期|周)([一二三四五六日天])"]),
       flags=st.sampled_from([0, re.IGNORECASE, re.MULTILINE | re.DOTALL]),
       text=st.text(alphabet=st.sampled_from(list("xy12 \u3000、周星期五\n")), max_size=30))
def test_a_pattern_not_kept_is_compiled_by_re(source: str, flags: int, text: str) -> None:
    made = patterns.compiled(source, flags)
    assert same(made, re.compile(source, flags))
    assert [m.span() for m in made.finditer(text)] == \
        [m.span() for m in re.compile(source, flags).finditer(text)]


def test_another_pythons_table_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under another Python (or another engine) a kept program is not used: re compiles."""
    source, flags = KEPT[0]
    monkeypatch.setattr(pattern_programs, "PYTHON", "2.7.18 cpython sre 20031017 4 little")
    made = patterns.compiled(source, flags)
    assert same(made, re.compile(source, flags))
    # (a program of another engine, were it used, would not be the one re makes)
    monkeypatch.setitem(pattern_programs.PROGRAMS, (source, flags), (32, "00000000", 0, (None,)))
    assert same(patterns.compiled(source, flags), re.compile(source, flags))

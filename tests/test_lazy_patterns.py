"""A LazyPattern answers every call as the pattern re.compile makes (patterns.py), and is
compiled at its first use, not when its module is imported (issue 26: the editor's start)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from releasedesk import (
    checks,
    container,
    field_rules,
    fields,
    kind_checks,
    model,
    profiles,
    templates,
)
from releasedesk.body import blocks, inline
from releasedesk.clearance import fingerprint
from releasedesk.gui.basics import short_runs
from releasedesk.patterns import LazyPattern
from releasedesk.render import note_marks, typesetting

# Patterns of the kinds ReleaseDesk writes: classes, alternations, groups (named too),
# anchors, look-arounds, flags, full-width and CJK characters.
SOURCES = [
    (r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)", 0),
    (r"^\s*([01]?\d|2[0-3])\s*[:：]\s*([0-5]\d)\s*$", 0),
    (r"(?:星期|周|礼拜)([一二三四五六日天])", 0),
    (r"\b(Monday|Friday|Sunday)\b", re.IGNORECASE),
    (r"(?P<word>[A-Za-z]+)(?P<gap>\s*)", 0),
    (r"[,;\uff0c\uff1b\u3001]", 0),
    (r"a|(b)|", 0),
]
texts = st.text(alphabet=st.sampled_from(list("ab 12-/.:：周五星期Monday friday,;，、\n")),
                max_size=40)


@pytest.mark.parametrize(("source", "flags"), SOURCES)
@given(text=texts, pos=st.integers(0, 45), endpos=st.integers(0, 45))
def test_a_lazy_pattern_answers_as_the_compiled_one(source: str, flags: int, text: str,
                                                    pos: int, endpos: int) -> None:
    lazy, eager = LazyPattern(source, flags), re.compile(source, flags)

    def same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
        return (a is None and b is None) or (
            a is not None and b is not None and a.span() == b.span()
            and a.groups() == b.groups())

    assert same(lazy.match(text), eager.match(text))
    assert same(lazy.match(text, pos, endpos), eager.match(text, pos, endpos))
    assert same(lazy.fullmatch(text, pos), eager.fullmatch(text, pos))
    assert same(lazy.search(text, pos, endpos), eager.search(text, pos, endpos))
    assert [m.span() for m in lazy.finditer(text, pos)] == \
        [m.span() for m in eager.finditer(text, pos)]
    if eager.groups <= 1:
        assert lazy.findall(text, 0, endpos) == eager.findall(text, 0, endpos)
    else:  # (re would give tuples, not the strings findall promises)
        with pytest.raises(ValueError, match="finditer"):
            lazy.findall(text, 0, endpos)
    assert lazy.sub("<>", text) == eager.sub("<>", text)
    assert lazy.sub(lambda m: m.group(0).upper(), text, 2) == \
        eager.sub(lambda m: m.group(0).upper(), text, 2)
    assert lazy.subn("-", text) == eager.subn("-", text)
    assert lazy.split(text, 3) == eager.split(text, 3)
    assert lazy.pattern == source
    assert lazy.compiled.pattern == eager.pattern and lazy.compiled.flags == eager.flags


def test_a_lazy_pattern_compiles_once_at_first_use() -> None:
    lazy = LazyPattern(r"x(?P<n>\d+)")
    assert lazy._compiled is None  # nothing compiled by making it
    assert lazy.search("ax12") is not None
    compiled = lazy.compiled
    assert lazy.fullmatch("x7") is not None and lazy.compiled is compiled


def test_a_mistyped_lazy_pattern_raises_where_it_is_used() -> None:
    lazy = LazyPattern(r"(unclosed")
    with pytest.raises(re.error):
        lazy.match("unclosed")


# The patterns made lazy on the start's path, each still what it was.
MODULE_PATTERNS = [
    (checks, ("_EN_TODAY", "_ZH_TODAY", "_ZH_WEEKDAY", "_PHOTO_REFERENCE")),
    (field_rules, ("_LINE_BREAK", "_LIST_SPLIT", "SERVICE_NUMBER", "_DATE_LIKE",
                   "_PHONE_PIECE", "_FONT_NAME", "_CLOCK", "_BASE_URL", "EMAIL_IN_TEXT",
                   "PHONE_IN_CONTACT_LINE", "PHONE_FACT", "NOT_PHONE_FACT", "TEL_NUMBER")),
    (kind_checks, ("_EN_WEEKDAY", "_ZH_WEEKDAY")),
    (container, ("_MEDIA_NAME", "_PHOTO_ID")),
    (typesetting, ("_CJK_FACE",)),
    (profiles, ("_NAME",)),
    (templates, ("_UNSAFE_NAME",)),
    # Met only by a body with autolinks, link reference definitions or notes, an accent
    # colour, a blank line in a block field, or trailing spaces on a line.
    (inline, ("_AUTOLINK", "_AUTOMAIL", "_REF_LABEL", "_PHOTO_ID")),
    (blocks, ("_LABEL", "_SPACES_ONE_NEWLINE", "_DESTINATION_ANGLED", "_TITLE", "_LINE_END",
              "_BLANK_LINE")),
    (note_marks, ("_MARK",)),
    (short_runs, ("_RUN",)),
    (fingerprint, ("_LINE_END_SPACE",)),
    (model, ("_HEX_COLOUR",)),
    (fields, ("_PARAGRAPH_GAP",)),
]


@pytest.mark.parametrize(("module", "names"), MODULE_PATTERNS,
                         ids=[m.__name__ for m, _ in MODULE_PATTERNS])
def test_the_start_paths_rare_patterns_are_lazy_and_compile(module: object,
                                                             names: tuple[str, ...]) -> None:
    for name in names:
        pattern = getattr(module, name)
        assert isinstance(pattern, LazyPattern), name
        assert isinstance(pattern.compiled, re.Pattern), name


@given(st.lists(st.text(alphabet="ab,;，；、 ", max_size=6), max_size=6))
def test_lists_split_as_before(items: list[str]) -> None:
    text = ",".join(items)
    expected = [part.strip() for part in re.split("[,;\uff0c\uff1b\u3001]", text)
                if part.strip()]
    assert field_rules.split_list(text) == expected


def test_one_line_and_clock_times_as_before() -> None:
    assert field_rules.one_line("a\r\nb\u2028c") == "a b c"
    for typed, kept in (("9:30", "09:30"), ("09：30", "09:30"), ("23:59:00", "23:59"),
                        ("24:00", None), ("", "")):
        assert field_rules.release_time(typed) == kept, typed

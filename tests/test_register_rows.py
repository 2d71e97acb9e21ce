"""The register as the dialog's tables: rows and register agree both ways; a bad row is one
sentence naming its table and row; places read from a spreadsheet and a profile."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.register import (
    TABLES,
    Organization,
    Person,
    Register,
    RegisterError,
    Term,
    Title,
    register_from_csv,
    register_from_json,
    register_from_rows,
    register_rows,
    register_to_json,
)

# Texts as a register keeps them: one line, single spaces, no ";" (the list separator).
_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zl", "Zp"],
                              exclude_characters=";；"),
                min_size=1, max_size=20).map(lambda t: " ".join(t.split())).filter(bool)
_day = st.dates(date(2000, 1, 1), date(2040, 1, 1))


@st.composite
def _titles(draw: st.DrawFn) -> Title:
    start = draw(st.none() | _day)
    end = draw(st.none() | _day)
    if start and end and end < start:
        start, end = end, start
    return Title(draw(_text), draw(st.just("") | _text), start, end)


_people = st.lists(st.builds(Person, _text, st.just("") | _text, st.just("") | _text,
                             st.lists(_titles(), max_size=3)),
                   max_size=6, unique_by=lambda p: p.name)
_registers = st.builds(
    Register, _people,
    st.lists(st.builds(Organization, _text, st.just("") | _text,
                       st.lists(_text, max_size=3)), max_size=4),
    st.lists(st.builds(Term, _text, st.lists(_text, max_size=3)), max_size=4),
    st.just([]), st.lists(_text, max_size=4, unique=True), st.lists(_text, max_size=4,
                                                                      unique=True))


@settings(deadline=None)  # (a first example took 275 ms on a loaded machine: no timing here)
@given(_registers)
def test_rows_give_back_the_register(register: Register) -> None:
    rows = register_rows(register)
    for table, columns in TABLES.items():
        assert all(len(row) == len(columns) for row in rows[table])
    assert register_from_rows(rows) == register
    # and the profile file keeps what the tables hold
    assert register_from_json(register_to_json(register)) == register


def test_rows_of_one_name_make_one_person_with_each_title() -> None:
    rows = {"people": [["Li Mingyuan", "李明远", "Deputy Mayor", "副市长", "2022-01-10",
                        "2026-06-30", "City"],
                       ["", "", "", "", "", "", ""],
                       ["Li Mingyuan", "", "Mayor", "市长", "2026-07-01", "", ""]]}
    register = register_from_rows(rows)
    (li,) = register.people
    assert (li.name_zh, li.organization) == ("李明远", "City")
    assert [t.title for t in li.titles_on(date(2026, 11, 25))] == ["Mayor"]
    assert [t.title for t in li.titles_on(date(2026, 6, 30))] == ["Deputy Mayor"]


@pytest.mark.parametrize(("rows", "needle"), [
    ({"people": [["", "李", "Mayor", "", "", "", ""]]}, "row 1 of People: there is no name"),
    ({"people": [["A", "", "", "", "2026-01-01", "", ""]]}, "there are dates but no title"),
    ({"people": [["A", "", "Mayor", "", "1 July", "", ""]]},
     "write the date “1 July” as 2026-07-01"),
    ({"people": [["A", "", "Mayor", "", "2026-07-01", "2026-06-30", ""]]},
     "the title ends before it starts"),
    ({"organizations": [["", "港务局", "PA"]]}, "row 1 of Organisations: there is no name"),
    ({"terms": [["x", ""], ["", "y"]]}, "row 2 of Terms: there is no right form"),
    ({"places": [["a" * 201]]}, "row 1 of Places: a cell is longer than 200 characters"),
])
def test_a_bad_row_is_one_sentence_naming_its_table_and_row(rows: dict[str, list[list[str]]],
                                                            needle: str) -> None:
    with pytest.raises(RegisterError) as caught:
        register_from_rows(rows)
    assert needle in caught.value.message


def test_a_date_a_day_apart_is_still_the_title_s_own() -> None:
    start = date(2026, 7, 1)
    register = register_from_rows({"people": [["A", "", "Mayor", "", start.isoformat(), "",
                                                ""]]})
    title = register.people[0].titles[0]
    assert title.holds_on(start) and not title.holds_on(start - timedelta(days=1))


def test_places_come_from_a_spreadsheet_and_a_profile() -> None:
    register = register_from_csv("kind,name\nplace,Port Calloway\nplace,卡洛威\n")
    assert register.places == ["Port Calloway", "卡洛威"]
    assert register_from_json({"places": ["Brackwater"]}).places == ["Brackwater"]
    with pytest.raises(RegisterError):
        register_from_json({"places": [""]})

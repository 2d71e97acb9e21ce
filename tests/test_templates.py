"""Templates in house styles (embargoed, about, release_line): only their own placeholder.

A profile or a .release whose template names another placeholder ({date} in the embargo
wording, a misspelt {organisation}) is refused at load with one sentence naming the
field; literal braces that are no placeholder are printed as they are.
"""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk import document
from releasedesk.document import FileFormatError
from releasedesk.exporting import draft_bytes
from releasedesk.field_rules import release_line_problem, word_problem
from releasedesk.profiles import (
    ProfileError,
    ProfileStore,
    load_profile,
    profile_from_dict,
    profile_to_dict,
)

from export_helpers import paragraph_text
from helpers import make_release
from test_cli import assert_one_line_error, run

BAD = [
    ({"words": {"embargoed": "EMBARGOED UNTIL {when} ({date})"}},
     'the word "embargoed" may only use the placeholder {when}, not {date}'),
    ({"words": {"about": "About {organisation}"}},
     'the word "about" must contain {organization}'),
    ({"words": {"about": "About {organization} {when}"}},
     'the word "about" may only use the placeholder {organization}, not {when}'),
    ({"words": {"immediate": "OUT NOW {date}"}},
     'the word "immediate" cannot hold a placeholder such as {date}'),
    ({"words": {"contact": "Press {0}"}},
     'the word "contact" cannot hold a placeholder such as {0}'),
    ({"release_line": "Released {when} on {date}"},
     '"release_line" may only use the placeholders {date} and {weekday}, not {when}'),
    ({"release_line": "Released"}, '"release_line" should be text containing {date}, or empty'),
    ({"release_line": "Released\n{date}"},
     '"release_line" contains control characters or broken Unicode'),
]
GOOD = [
    {"words": {"embargoed": "HOLD FOR {when} — repeat: {when}"}},
    {"words": {"about": "About {organization} {}", "contact": "Press {desk"}},
    {"words": {"immediate": "FOR RELEASE } {{ { }"}},
    {"release_line": "Released {date} {x"},
    {"release_line": ""},
]


def test_a_placeholder_may_come_more_than_once() -> None:
    # Filling every occurrence in every format is the writers' part (issue 11, item 7).
    assert release_line_problem("Released {date} ({date})") is None
    assert word_problem("embargoed", "{when} / {when}") is None


def profile_data(conventions: dict[str, object]) -> dict[str, object]:
    data = profile_to_dict(ProfileStore().get("calloway-wire"))
    data["name"] = "templated"
    data["conventions"].update(conventions)
    return data


@pytest.mark.parametrize(("conventions", "problem"), BAD)
def test_bad_templates_are_refused_naming_the_field(tmp_path: Path,
                                                    conventions: dict[str, object],
                                                    problem: str) -> None:
    source = tmp_path / "house.json"
    source.write_text(json.dumps(profile_data(conventions)), encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        load_profile(source)
    assert info.value.message == f"The profile house.json is damaged: {problem}."
    assert_one_line_error(run("profile", "import", source), problem)

    release = make_release()
    words = conventions.get("words", {})
    assert isinstance(words, dict)
    release.conventions.words = dict(words)
    release.conventions.release_line = str(conventions.get("release_line", "{date}"))
    path = tmp_path / "story.release"
    path.write_bytes(document.dumps(release))
    with pytest.raises(FileFormatError) as opened:
        document.load(path)
    assert opened.value.message == f"story.release is damaged: {problem}."
    assert_one_line_error(run("check", path), problem)


@pytest.mark.parametrize("conventions", GOOD)
def test_good_templates_load_and_fill_every_placeholder(tmp_path: Path,
                                                        conventions: dict[str, object]) -> None:
    profile = profile_from_dict(profile_data(conventions), "house.json")
    release = make_release(status="embargoed", embargo_until=datetime(2026, 11, 26, 9,
                                                                      tzinfo=UTC),
                           release_date=date(2026, 11, 25))
    release.conventions = profile.conventions
    path = tmp_path / "story.release"
    document.save(release, path)
    assert document.load(path).conventions.words == release.conventions.words
    for out in (draft_bytes(release, "txt").decode(), "\n".join(paragraph_text(p) for p in (
            docx.Document(io.BytesIO(draft_bytes(release, "docx"))).paragraphs))):
        for name in ("{when}", "{organization}", "{date}"):
            assert name not in out


def test_the_house_style_store_never_writes_a_profile_it_would_refuse() -> None:
    store = ProfileStore()
    profile = store.get("calloway-wire")
    profile.name = "mine"
    profile.conventions.words = {"embargoed": "EMBARGOED {when} {date}"}
    with pytest.raises(ProfileError) as info:
        store.save(profile)
    assert info.value.message == ('The profile "mine" was not saved: the word "embargoed" may '
                                  "only use the placeholder {when}, not {date}.")
    assert not store.path_for("mine").exists()


PIECES = [*"ab {}\n\x1b", "{when}", "{date}", "{organization}", "{x}"]
template_text = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=st.sampled_from(["embargoed", "about", "immediate", "contact"]), value=template_text)
def test_an_accepted_word_holds_only_its_own_placeholder(key: str, value: str) -> None:
    own = {"embargoed": "{when}", "about": "{organization}"}.get(key)
    accepted = word_problem(key, value) is None
    names = {m for m in re.findall(r"\{[^{}]*\}", value) if m.strip("{} ")}
    if accepted:
        assert names <= ({own} if own else set())
        assert "\n" not in value and "\x1b" not in value
        assert own is None or own in value or not value.strip()
    else:
        assert names - ({own} if own else set()) or "\n" in value or "\x1b" in value or \
            (own is not None and own not in value)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=template_text)
def test_an_accepted_release_line_holds_date_and_only_date(value: str) -> None:
    if release_line_problem(value) is None:
        names = {m for m in re.findall(r"\{[^{}]*\}", value) if m.strip("{} ")}
        assert value == "" or (names == {"{date}"} and "\n" not in value)

"""Applying a house style to a release (Tools ▸ Apply House Style, a new release from one):
a house value replaces the release's, an empty one leaves what the release holds (a
dateline typed, an About text) alone."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.fields import FIELDS
from releasedesk.model import Contact, Conventions, FooterLine, Release
from releasedesk.profiles import Profile, apply_profile

from examples import examples
from helpers import make_release

# Empty, blank or a value, for each text the house style may give.
_TEXTS = st.sampled_from(["", " ", "  \t", "HARBOURVIEW, Dec. 8, 2026", "Fernhollow District",
                          "zh-CN", "en-GB", "芬霍洛区水务局今天宣布。"])
_FOOTERS = st.lists(st.builds(FooterLine, st.sampled_from(["", " ", "© 2026 Harbourview",
                                                          "Press office"]),
                              st.sampled_from(["", "https://press.example"])), max_size=3)


# The texts a house style gives a release, each both a release's field and a house style's;
# the others it gives are settings, not typed (the conventions, the end mark as the house
# prints it, the sign-offs it needs) or given only to a release without them (contacts).
HOUSE_TEXTS = ("organization", "language", "dateline", "boilerplate", "footer")
HOUSE_SETTINGS = {"profile", "conventions", "end_mark", "clearance", "contacts"}


def _has_something(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    assert isinstance(value, list)
    return any(isinstance(line, FooterLine) and line.text.strip() for line in value)


def test_the_house_texts_are_every_field_the_apply_touches() -> None:
    release = Release(language="xx", end_mark="§")
    before = copy.deepcopy(release)
    apply_profile(release, Profile(
        name="full", organization="Org", display_name="Shown", website="https://o.example",
        language="en-GB", dateline="PLACE", boilerplate="About.", footer=[FooterLine("©")],
        contacts=[Contact(name="Ann")], end_mark="###", conventions=Conventions(zone="UTC")))
    touched = {spec.name for spec in FIELDS if getattr(release, spec.name) != getattr(
        before, spec.name)} | {name for name in ("profile", "clearance")
                               if getattr(release, name) != getattr(before, name)}
    assert set(HOUSE_TEXTS) <= touched and touched <= set(HOUSE_TEXTS) | HOUSE_SETTINGS


@settings(max_examples=examples(300, 80), deadline=None)
@given(st.fixed_dictionaries({name: _FOOTERS if name == "footer" else _TEXTS
                              for name in HOUSE_TEXTS}),
       st.fixed_dictionaries({name: _FOOTERS if name == "footer" else _TEXTS
                              for name in HOUSE_TEXTS}))
def test_an_empty_house_value_never_empties_the_release(house: dict[str, object],
                                                        typed: dict[str, object]) -> None:
    release = make_release(**copy.deepcopy(typed))
    before = copy.deepcopy(release)
    profile = Profile(name="harbourview", **copy.deepcopy(house))  # type: ignore[arg-type]  # (the drawn texts and footers, by field name)
    apply_profile(release, profile)
    for name in HOUSE_TEXTS:
        got, given_by_house, had = getattr(release, name), house[name], getattr(before, name)
        if _has_something(given_by_house):
            assert got == given_by_house, name  # the house's value replaces the release's
        else:
            assert got == had, name  # left as the release held it, typed or empty
    assert release.profile == "harbourview"


def test_a_house_without_a_dateline_keeps_the_one_typed() -> None:
    release = make_release(dateline="HARBOURVIEW, Dec. 8, 2026", boilerplate="Our About.")
    apply_profile(release, Profile(name="harbourview", organization="Harbourview Water",
                                   footer=[FooterLine("© 2026 Harbourview Water")]))
    assert release.dateline == "HARBOURVIEW, Dec. 8, 2026"
    assert release.boilerplate == "Our About."
    assert release.organization == "Harbourview Water"
    assert [line.text for line in release.footer] == ["© 2026 Harbourview Water"]

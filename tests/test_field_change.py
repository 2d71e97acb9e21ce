"""FieldChange, Qt-free (issue #26, point 6): every field of the table and every compound
is read as a copy and written as a copy, so a change read from one release and written
into another makes that field the same and shares nothing with either."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from release_strategies import releases
from releasedesk import document, field_change, fields
from releasedesk.field_change import FieldChange
from releasedesk.model import Contact, Release

NAMES = sorted({*fields.COMPOUNDS, *(spec.name for spec in fields.FIELDS)})


@settings(max_examples=40, deadline=None)
@given(releases(), releases(), st.lists(st.sampled_from(NAMES), min_size=1, max_size=8))
def test_a_change_read_from_one_release_and_written_into_another(
        source: Release, target: Release, names: list[str]) -> None:
    kept = copy.deepcopy(document.to_dict(source))
    for name in names:
        field_change.write(target, FieldChange(name, field_change.read(source, name)))
        assert field_change.read(target, name) == field_change.read(source, name)
    # nothing shared: changing what the target holds leaves the source as it was
    for contact in target.contacts:
        contact.name += " (changed)"
    for photo in target.photos:
        photo.caption += " (changed)"
    for line in target.footer:
        line.text += " (changed)"
    target.keywords.append("changed")
    target.conventions.zone = "Antarctica/Troll"
    target.clearance.policy.signoffs.append("changed")
    assert document.to_dict(source) == kept


@settings(max_examples=40, deadline=None)
@given(releases(), st.sampled_from(NAMES))
def test_differences_name_exactly_the_fields_that_differ(release: Release, name: str) -> None:
    other = copy.deepcopy(release)
    assert field_change.differences(release, other, NAMES) == []
    changed = copy.deepcopy(release)
    value = field_change.read(changed, name)
    field_change.write(changed, FieldChange(name, value))
    assert field_change.differences(release, changed, NAMES) == []  # (the same value)
    if name == "headline":
        field_change.write(changed, FieldChange(name, release.headline + " (changed)"))
        assert [c.name for c in field_change.differences(release, changed, NAMES)] == \
            ["headline"]


def test_a_list_written_is_the_release_s_own_and_so_are_its_items() -> None:
    release = Release()
    keep = release.contacts
    sent = field_change.read(Release(contacts=[]), "contacts")
    items = [Contact(name="Ana Ortiz")]
    field_change.write(release, FieldChange("contacts", items))
    items[0].name = "changed by the sender"
    items.append(Contact())
    assert [c.name for c in release.contacts] == ["Ana Ortiz"]
    assert release.contacts is keep  # (its own list, filled anew: who holds it sees it)
    assert sent == ()


@pytest.mark.parametrize(("name", "value"), [
    ("headlines", "A"), ("embargo", (None, "")), ("house", ("", None))])
def test_a_change_the_table_does_not_know_is_refused(name: str, value: object) -> None:
    with pytest.raises((KeyError, ValueError)):
        field_change.write(Release(), FieldChange(name, value))


def test_every_compound_is_made_of_the_table_s_fields() -> None:
    for name, parts in fields.COMPOUNDS.items():
        assert parts and all(fields.field(part.split(".")[0]) is not None for part in parts), name

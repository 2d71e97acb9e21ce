"""records.record: the dataclass behaviour the project relies on, without generated code."""

from __future__ import annotations

import pytest

from releasedesk.records import Factory, as_dict, fields_of, record, replace


@record
class Item:
    name: str
    tags: list[str] = Factory(factory=list)
    count: int = 1


@record(frozen=True, uncompared=("note",))
class Key:
    value: str
    note: str = ""


def test_constructor_takes_positions_keywords_defaults_and_factories() -> None:
    a = Item("a")
    b = Item(name="b", count=3)
    assert (a.name, a.tags, a.count) == ("a", [], 1)
    assert (b.name, b.count) == ("b", 3)
    a.tags.append("x")
    assert Item("c").tags == []  # a fresh list for each instance


def test_constructor_refuses_what_a_dataclass_refuses() -> None:
    with pytest.raises(TypeError, match="missing"):
        Item()  # type: ignore[call-arg]  # the wrong call is the test
    with pytest.raises(TypeError, match="unexpected"):
        Item("a", colour="red")  # type: ignore[call-arg]  # the wrong call is the test
    with pytest.raises(TypeError, match="unexpected or repeated"):
        Item("a", name="b")  # type: ignore[misc]  # the wrong call is the test
    with pytest.raises(TypeError, match="at most"):
        Item("a", [], 1, 2)  # type: ignore[call-arg]  # the wrong call is the test


def test_equality_repr_and_hashing() -> None:
    assert Item("a") == Item("a") and Item("a") != Item("a", count=2)
    assert Item("a") != Key("a")  # type: ignore[comparison-overlap]  # (what is tested)
    assert repr(Item("a")) == "Item(name='a', tags=[], count=1)"
    with pytest.raises(TypeError):
        hash(Item("a"))
    assert Key("k", note="one") == Key("k", note="two")  # note is not compared
    assert {Key("k"): 1}[Key("k", note="x")] == 1
    with pytest.raises(AttributeError, match="frozen"):
        Key("k").value = "other"  # type: ignore[misc]  # a frozen record refuses it: the test


def test_fields_as_dict_and_replace() -> None:
    assert fields_of(Item) == ("name", "tags", "count")
    item = Item("a", ["t"], 2)
    assert as_dict(item) == {"name": "a", "tags": ["t"], "count": 2}
    changed = replace(item, count=5)
    assert changed == Item("a", ["t"], 5) and item.count == 2
    assert replace(Key("k"), value="v") == Key("v")

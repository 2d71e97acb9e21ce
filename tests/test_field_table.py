"""One field table (fields.py): a field added there is saved, loaded, kept by the history,
diffed, restored and labelled without any other change; every field of the table does the
same with a value of its own."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from releasedesk import document, fields
from releasedesk.clearance import history, wordiff
from releasedesk.clearance.fingerprint import canonical_content
from releasedesk.errors import N_
from releasedesk.importing.report import FIELD_LABELS
from releasedesk.model import Contact, FooterLine, Release

from conftest import SAMPLES

LEDE = fields.Field("lede", fields.LINE, N_("Lede"), default="")


@pytest.fixture
def with_lede(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The table with one more field, as a newcomer would add it (and the release's
    attribute, which model.Release would declare)."""
    monkeypatch.setattr(fields, "FIELDS", (*fields.FIELDS, LEDE))
    monkeypatch.setattr(Release, "lede", "", raising=False)
    yield


def test_a_field_added_to_the_table_travels_everywhere(with_lede: None, tmp_path: Path) -> None:
    release = document.load(SAMPLES / "tidewater-ferry-terminal.release")
    release.lede = "First crossing at dawn\nfor everyone"  # type: ignore[attr-defined]
    path = tmp_path / "story.release"
    document.save(release, path)
    # Saved under its name, read back as a field, not left among the unknown keys.
    assert json.loads(path.read_text("utf-8"))["lede"].startswith("First crossing at dawn")
    loaded = document.load(path)
    assert "lede" not in loaded.extra
    assert loaded.lede == "First crossing at dawn for everyone"  # type: ignore[attr-defined]
    # A one-line field: its line break became a space on load.
    old = canonical_content(loaded)
    assert old["lede"] == "First crossing at dawn for everyone"
    # Diffed under its label.
    loaded.lede = "First crossing at noon for everyone"  # type: ignore[attr-defined]
    changes = wordiff.compare(old, canonical_content(loaded))
    assert [change.label(lambda text: text) for change in changes] == ["Lede"]
    # Restored from the history.
    history.restore(loaded, old)
    assert loaded.lede == "First crossing at dawn for everyone"  # type: ignore[attr-defined]
    # Named in the import report and the diff's labels.
    assert fields.labels()["lede"] == "Lede" and wordiff.labels()["lede"] == "Lede"


def test_without_the_field_the_same_key_is_an_unknown_one_kept_as_it_was(
        tmp_path: Path) -> None:
    path = tmp_path / "story.release"
    document.save(Release(headline="Quay", body="Text."), path)
    data = path.read_text("utf-8").replace('"headline"', '"lede": "kept",\n  "headline"', 1)
    path.write_text(data, "utf-8")
    assert document.load(path).extra == {"lede": "kept"}


# A value of its own for every field that is content, and one that differs from it.
VALUES: dict[str, tuple[Any, Any]] = {
    "language": ("en-GB", "zh-CN"),
    "headline": ("Quay opens", "Quay opens early"),
    "subheadline": ("For ferries", "For ferries and buses"),
    "status": ("immediate", "embargoed"),
    "embargo_until": (None, datetime(2027, 1, 2, 9, 0, tzinfo=UTC)),
    "embargo_zone": ("", "Europe/Berlin"),
    "release_date": (date(2027, 1, 1), date(2027, 1, 5)),
    "dateline": ("PORT CALLOWAY", "SALTMERE"),
    "organization": ("Harbour Authority", "Harbour Board"),
    "body": ("One.\n\nTwo.", "One.\n\nThree."),
    "contacts": ([Contact("Ana Reyes", phone="555-0100")],
                 [Contact("Ana Reyes", phone="555-0199")]),
    "boilerplate": ("About us.", "About the board."),
    "footer": ([FooterLine("© 2027 Authority")], [FooterLine("© 2027 Board")]),
    "keywords": (["ferry"], ["ferry", "quay"]),
    "end_mark": ("###", "-30-"),
}


def _content_fields() -> list[str]:
    return [f.name for f in fields.FIELDS if f.content and f.kind not in (
        fields.CONVENTIONS, fields.PHOTOS)]


def test_every_content_field_has_a_case() -> None:
    assert sorted(_content_fields()) == sorted(VALUES)


@pytest.mark.parametrize("name", sorted(VALUES))
def test_every_field_is_saved_diffed_restored_and_labelled(name: str, tmp_path: Path) -> None:
    first, second = VALUES[name]
    release = Release(headline="Quay opens", body="One.")
    setattr(release, name, copy.deepcopy(first))
    path = tmp_path / "story.release"
    document.save(release, path)
    loaded = document.load(path)
    assert getattr(loaded, name) == first
    old = canonical_content(loaded)
    setattr(loaded, name, copy.deepcopy(second))
    document.save(loaded, path)
    again = document.load(path)
    assert getattr(again, name) == second
    changes = wordiff.compare(old, canonical_content(again))
    assert changes and {c.key for c in changes} == {name}
    label = fields.field(name).shown_in_diff
    assert changes[0].label(lambda text: text).startswith(label.split("{")[0].rstrip(", :"))
    history.restore(again, old)
    if name != "embargo_zone":  # (restoring an embargo shows its stored offset, not a zone)
        assert getattr(again, name) == first
    assert name in FIELD_LABELS and FIELD_LABELS[name] == fields.field(name).label


def test_what_is_not_content_is_not_restored() -> None:
    release = Release(headline="Quay", body="Text.", profile="calloway-wire")
    old = canonical_content(release)
    assert "profile" not in old and "clearance" not in old
    release.profile = "fernhollow-portal"
    history.restore(release, old)
    assert release.profile == "fernhollow-portal"

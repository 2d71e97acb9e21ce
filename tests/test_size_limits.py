"""A release file larger than any release could be is refused with one sentence, never read
into a stalled editor or a crashing export; what the editor lets you type can be saved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from releasedesk import document
from releasedesk.errors import ReleaseDeskError
from releasedesk.field_rules import (
    MAX_CONTACTS,
    MAX_LINE_FIELD,
    MAX_TEXT_FIELD,
)

from helpers import make_release


def written(tmp_path: Path, **changes: object) -> Path:
    data = document.to_dict(make_release())
    data.update(changes)
    path = tmp_path / "big.release"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("field", "value"), [
    ("headline", "H" * (MAX_LINE_FIELD + 1)),
    ("organization", "O" * (MAX_LINE_FIELD + 1)),
    ("body", "word " * (MAX_TEXT_FIELD // 5 + 1)),
    ("contacts", [{"name": f"Person {n}", "email": f"p{n}@x.example"}
                  for n in range(MAX_CONTACTS + 1)]),
    ("footer", ["F" * (MAX_LINE_FIELD + 1)]),
])
def test_oversized_fields_are_refused_by_name(tmp_path: Path, field: str, value: object) -> None:
    path = written(tmp_path, **{field: value})
    before = path.read_bytes()
    with pytest.raises(ReleaseDeskError, match=field if field != "footer" else "footer line"):
        document.load(path)
    with pytest.raises(ReleaseDeskError):
        document.load(path, strict=False)  # a recovery copy too: it would stall the editor
    assert path.read_bytes() == before


def test_a_number_too_long_to_read_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "digits.release"
    text = json.dumps(document.to_dict(make_release())).replace('"version": 1',
                                                                '"version": ' + "9" * 5000)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReleaseDeskError, match="number too long"):
        document.load(path)


def test_what_cannot_be_reopened_is_not_saved(tmp_path: Path) -> None:
    release = make_release(body="word " * (MAX_TEXT_FIELD // 5 + 1))
    with pytest.raises(ReleaseDeskError, match="was not saved"):
        document.save(release, tmp_path / "x.release")
    assert not (tmp_path / "x.release").exists()


def test_the_form_cuts_a_pasted_document_in_a_line_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    from releasedesk.gui.form import ReleaseForm

    form = ReleaseForm()
    qtbot.addWidget(form)
    assert form.headline.maxLength() == MAX_LINE_FIELD

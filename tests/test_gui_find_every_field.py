"""Find and replace reach every text of the release that prints (the field table's fields
that print and hold text, the photos' captions, credits and alt texts among them): a word
put in any one of them is found there, named by its field, and Replace All takes it out of
the release in one undo step; the house style's footer is found and left as it is."""

from __future__ import annotations

import copy
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from releasedesk import document, fields
from releasedesk.gui.form.find_replace import (
    PHOTO_PARTS,
    TEXT_KINDS,
    FindReplaceDialog,
    form_targets,
)
from releasedesk.gui.form.release_form import ReleaseForm
from releasedesk.model import Contact, FooterLine, Photo, Release

from helpers import make_release

WORD = "Quillmore"


def _photo(number: int) -> Photo:
    return Photo(id=f"photo-{number}", data=b"\x89PNG", media_type="image/png", width=4,
                 height=3, sha256=f"{number:064x}", caption=f"Quay at dawn {number}",
                 credit="Harbour Office", alt="A quay")


def _places() -> Iterator[tuple[str, int, int]]:
    """(field, item, part) for every printed text field of the table: each photo's
    caption, credit and alt text, each part of a contact, the other fields whole."""
    for spec in fields.FIELDS:
        if not spec.prints or spec.kind not in TEXT_KINDS:
            continue
        if spec.kind == fields.PHOTOS:
            yield from ((spec.name, item, part) for item in (0, 1)
                        for part in range(len(PHOTO_PARTS)))
        elif spec.kind == fields.CONTACTS:
            yield from ((spec.name, 0, part) for part in range(len(fields.CONTACT_FIELDS)))
        else:
            yield spec.name, 0, 0


PLACES = list(_places())


def _with_word(name: str, item: int, part: int) -> Release:
    release = make_release(photos=[_photo(1), _photo(2)])
    spec = fields.field(name)
    assert spec is not None
    word = f"the {WORD} quay"
    if spec.kind == fields.PHOTOS:
        setattr(release.photos[item], PHOTO_PARTS[part], word)
    elif spec.kind == fields.CONTACTS:
        setattr(release.contacts[item], fields.CONTACT_FIELDS[part], word)
    elif spec.kind == fields.FOOTER:
        release.footer = [FooterLine("© 2026 Trust"), FooterLine(word)]
    elif spec.kind == fields.LIST:
        release.keywords = ["ferries", word]
    else:
        setattr(release, name, word)
    return release


def test_the_table_holds_the_photos_and_the_kinds_paragraphs() -> None:
    names = {name for name, _, _ in PLACES}
    assert {"photos", "footer", "event_speakers", "correction_note", "body",
            "lead_in"} <= names  # (the table is what is searched, these among it)
    assert len({(n, i, p) for n, i, p in PLACES if n == "photos"}) == 6


@pytest.mark.parametrize(("name", "item", "part"), PLACES)
def test_a_word_in_any_printed_field_is_found_and_replaced(
        qtbot: QtBot, name: str, item: int, part: int) -> None:
    form = ReleaseForm()
    qtbot.addWidget(form)
    release = _with_word(name, item, part)
    form.set_release(release)
    before = copy.deepcopy(document.to_dict(release))
    dialog = FindReplaceDialog(lambda: form_targets(form), form, form.history)
    qtbot.addWidget(dialog)
    dialog.find_text.setText(WORD.lower())
    dialog.replace_text.setText("Thornbury")

    assert len(dialog.refresh()) == 1
    assert dialog.find_next()
    label = dialog.status.text()
    spec = fields.field(name)
    assert spec is not None
    if spec.kind == fields.PHOTOS:
        assert label.endswith(f"in Photo {item + 1}, " +
                              ("caption", "credit", "alt text")[part])
    else:
        assert label.endswith(f"in {form.tr_field(name)}")

    replaced = dialog.replace_all()
    text = str(document.to_dict(release))
    if spec.kind == fields.FOOTER:  # the house style's: found, left as it is
        assert replaced == 0 and WORD in text
        assert "house style" in dialog.status.text()
        return
    assert replaced == 1 and WORD not in text and "the Thornbury quay" in text
    assert form.history.undo_label() == "Replace All"
    assert form.history.undo()  # one step takes it all back
    assert document.to_dict(release) == before
    assert not form.history.undo()


def test_find_next_shows_a_photos_credit_in_the_panel(qtbot: QtBot) -> None:
    form = ReleaseForm()
    qtbot.addWidget(form)
    release = make_release(photos=[_photo(1), _photo(2)])
    release.photos[1].credit = "Ruth Okafor/Harbour Office"
    release.contacts = [Contact("Ruth Okafor", "Engineer")]
    form.set_release(release)
    dialog = FindReplaceDialog(lambda: form_targets(form), form, form.history)
    qtbot.addWidget(dialog)
    dialog.find_text.setText("Okafor")
    assert [m.target.where(m.row, m.column) for m in dialog.refresh()] == \
        ["Media contacts", "Photo 2, credit"]
    dialog.find_next()
    dialog.find_next()
    panel = form.photos
    assert panel.list.currentRow() == 1
    assert panel.credit.selectedText() == "Okafor"
    dialog.replace_text.setText("Okafor-Lee")
    dialog.current = 1
    dialog.replace()
    assert release.photos[1].credit == "Ruth Okafor-Lee/Harbour Office"
    assert panel.credit.text() == "Ruth Okafor-Lee/Harbour Office"  # the panel follows
    assert form.history.undo_label() == "Replace"

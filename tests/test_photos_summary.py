"""The folded Photos section names its photos as a user knows them: by caption (shortened),
else by the file they came from, else by id; on one line, in English and in Chinese."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from releasedesk.gui.form.form_sections import (
    CAPTION_WIDTH,
    ELLIPSIS,
    NAMES_WIDTH,
    columns,
    photo_name,
    photo_names,
)
from releasedesk.gui.form.release_form import ReleaseForm
from releasedesk.model import Photo

from examples import examples
from helpers import make_release

SEPARATORS = (", ", "、")


def photo(id: str, caption: str = "", source_name: str = "") -> Photo:
    return Photo(id=id, data=b"", media_type="image/jpeg", width=4, height=3, sha256="",
                 caption=caption, source_name=source_name)


# (caption, file added from, id) → the name the summary gives it
NAMES = [
    ("Crew on the quay", "IMG_0412.jpg", "p1", "Crew on the quay"),
    ("  Crew\n on   the quay ", "", "p1", "Crew on the quay"),
    ("", "IMG_0412.jpg", "p1", "IMG_0412.jpg"),
    ("", "/home/ana/Pictures/IMG_0412.jpg", "p1", "IMG_0412.jpg"),
    ("", r"C:\Users\ana\Pictures\dusk.png", "p1", "dusk.png"),
    ("", "", "quay-at-dusk", "quay-at-dusk"),
    ("   ", " ", "quay-at-dusk", "quay-at-dusk"),
    ("The Tidewater Spirit, the terminal's first all-electric ferry, at the new quay.", "",
     "p1", "The Tidewater Spirit, the…"),
    ("市长在新码头为电动渡轮剪彩，数百名市民到场观看", "", "p1", "市长在新码头为电动渡轮剪彩…"),
]


def test_each_photo_is_named_by_caption_file_or_id() -> None:
    for caption, source, id_, name in NAMES:
        assert photo_name(photo(id_, caption, source)) == name, (caption, source, id_)


def test_the_summary_lists_captions_not_ids(qtbot: QtBot) -> None:
    form = ReleaseForm()
    qtbot.addWidget(form)
    form.set_release(make_release(photos=[
        photo("tidewater-spirit", "The ferry at the new quay"),
        photo("quay-at-dusk", "", "quay-at-dusk-2026.jpg")]))
    section = form.sections["photos"]
    assert not section.is_expanded()
    assert section.summary_label.text() == \
        "2 photos: The ferry at the new quay, quay-at-dusk-2026.jpg"


words = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=60)
photos = st.lists(st.builds(photo, st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True),
                            words, words), min_size=1, max_size=12)


@settings(max_examples=examples(300, 150), deadline=None)
@given(photos, st.sampled_from(SEPARATORS))
def test_the_names_fit_one_line_and_keep_their_order(shown_photos: list[Photo],
                                                     separator: str) -> None:
    line = photo_names(shown_photos, separator)
    assert "\n" not in line
    assert columns(line) <= NAMES_WIDTH
    names = [photo_name(p) for p in shown_photos]
    assert all(columns(name) <= CAPTION_WIDTH for name in names)
    assert line.startswith(names[0])
    if line == separator.join(names):  # every photo named …
        return
    # … or the first ones, whole and in order, then the separator and an ellipsis
    assert line.endswith(separator + ELLIPSIS)
    kept = line[:-len(separator + ELLIPSIS)]
    count = next(n for n in range(1, len(names) + 1) if separator.join(names[:n]) == kept)
    assert count < len(names)
    # (no more fitted: the next name would have made the line too long)
    more = separator.join(names[:count + 1]) + \
        (separator + ELLIPSIS if count + 1 < len(names) else "")
    assert columns(more) > NAMES_WIDTH

"""`releasedesk import REVIEWED.docx --onto FILE --accept-all` without --by records as the
accepter whom the editor's Suggestions panel offers (review.trip.accepting_name): the
release's installed house style's first contact, else this computer's user name, not the
login name alone ("root" tells the history no one). A name given with --by wins. A table
of cases, run through the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from releasedesk import document
from releasedesk.model import Contact
from releasedesk.profiles import Profile, ProfileStore
from releasedesk.records import replace
from releasedesk.review.trip import user_name
from review_markup import Markup
from test_review_trip import sample

from test_cli import run

MARA = Contact("Mara  Quill", "Press officer", "Glenmoor Water Board")
BLANK = Contact("  ", "Press officer")

# (the release's house style name, the installed house style's contacts (None: none
#  installed), --by as given (None: not given), the name the history records; None: the
#  computer's user name)
CASES: list[tuple[str, list[Contact] | None, str | None, str | None]] = [
    ("glenmoor", [MARA], None, "Mara Quill"),
    ("glenmoor", [BLANK, MARA], None, "Mara Quill"),
    ("glenmoor", [BLANK], None, None),
    ("glenmoor", [], None, None),
    ("glenmoor", None, None, None),  # named, but not installed here
    ("", None, None, None),
    ("glenmoor", [MARA], "Ines  Ward", "Ines Ward"),
    ("glenmoor", [MARA], "   ", "Mara Quill"),
    ("", None, "Ines Ward", "Ines Ward"),
]


@pytest.mark.parametrize(("house", "contacts", "by", "expected"), CASES)
def test_accept_all_records_whom_the_editor_would_offer(
        tmp_path: Path, house: str, contacts: list[Contact] | None, by: str | None,
        expected: str | None) -> None:
    if contacts is not None:
        ProfileStore().save(Profile(name=house, organization="Glenmoor Water Board",
                                    contacts=contacts))
    story = tmp_path / "story.release"
    document.save(replace(sample(), profile=house), story)
    sent = run("export", story, "--for-review", "-o", tmp_path / "review.docx")
    assert sent.returncode == 0, sent.stderr
    marked = Markup((tmp_path / "review.docx").read_bytes())
    marked.insert("headline", 0, "New: ")
    (tmp_path / "reviewed.docx").write_bytes(marked.bytes())
    done = run("import", tmp_path / "reviewed.docx", "--onto", story, "--accept-all",
               *(["--by", by] if by is not None else []))
    assert done.returncode == 0, done.stderr
    note = document.load(story).clearance.history[0].note
    assert note.endswith(f", accepted by {user_name() if expected is None else expected}"), note

"""Who accepts a review's suggestions, when the user has not typed it: the name they signed
off with, else their house style's first contact, else this computer's user name."""

from __future__ import annotations

import pytest

from releasedesk.model import Contact
from releasedesk.review.trip import accepting_name, user_name

MARA = Contact("Mara  Quill", "Press officer", "Glenmoor Water Board")
BLANK = Contact("  ", "Press officer")

# (the name signed off with, the house style's contacts, the name expected; None: the
# computer's user name)
CASES: list[tuple[str, list[Contact], str | None]] = [
    ("Ines Ward", [MARA], "Ines Ward"),
    (" Ines\tWard ", [], "Ines Ward"),
    ("", [MARA], "Mara Quill"),
    ("  ", [BLANK, MARA], "Mara Quill"),
    ("", [BLANK], None),
    ("", [], None),
]


@pytest.mark.parametrize(("signer", "contacts", "expected"), CASES)
def test_the_name_the_user_gave_comes_before_the_login_name(
        signer: str, contacts: list[Contact], expected: str | None) -> None:
    assert accepting_name(signer, contacts) == (user_name() if expected is None else expected)

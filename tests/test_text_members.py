"""A contact's and a language version link's members are read by one rule (document._texts):
text as it is, "" for a missing member or null, and a member of another kind refused in
one sentence naming the file, the member and where it stands; nothing else is kept."""

from __future__ import annotations

import json

import pytest

from releasedesk import document, fields
from releasedesk.errors import FileFormatError
from releasedesk.json_values import Json
from releasedesk.model import Contact, Release, TwinLink

from helpers import make_release

# A member's value as a file may hold it, and what loading makes of it, or (refused) the
# words for what it is.
VALUES: list[tuple[Json, str, bool]] = [
    ("Ana Reyes", "Ana Reyes", True), ("", "", True), (None, "", True),
    (3, "a number", False), (2.5, "a number", False), (True, "true/false", False),
    ([], "a list", False), (["x"], "a list", False), ({}, "an object", False),
    ({"text": "x"}, "an object", False),
]


def _file(key: str, member: str, value: Json | type[KeyError]) -> bytes:
    """A release file whose second contact or language version link holds *value* under
    *member* (KeyError: none)."""
    release = make_release()
    release.contacts = [Contact("Li Wen"), Contact("Ana Reyes", phone="+1 555 0100 200")]
    release.twins = [TwinLink("0c1d", "zh/quay.release", "zh-CN"),
                     TwinLink("9f8e", "fr/quay.release", "fr")]
    data = json.loads(document.dumps(release))
    item = data[key][1]
    if value is KeyError:
        item.pop(member, None)
    else:
        item[member] = value
    return json.dumps(data).encode("utf-8")


@pytest.mark.parametrize(("key", "member"), [
    *(("contacts", member) for member in fields.CONTACT_FIELDS),
    *(("twins", member) for member in fields.TWIN_KEYS)])
@pytest.mark.parametrize(("value", "loaded", "kept"), VALUES, ids=[repr(v) for v, _, _ in VALUES])
def test_a_member_is_text_empty_or_refused_in_one_sentence(
        key: str, member: str, value: Json, loaded: str, kept: bool) -> None:
    raw = _file(key, member, value)
    if kept:
        release = document.loads(raw, name="story.release")
        item: Contact | TwinLink = (release.contacts if key == "contacts" else release.twins)[1]
        assert getattr(item, member) == loaded
        assert member not in item.extra
        return
    with pytest.raises(FileFormatError) as refused:
        document.loads(raw, name="story.release")
    found = loaded
    where = "contact 2" if key == "contacts" else f'item 2 of "{key}"'
    assert str(refused.value) == (f'story.release is damaged: the field "{member}" of {where} '
                                  f"should be text, but it is {found}.")


@pytest.mark.parametrize("key", ["contacts", "twins"])
def test_a_missing_member_reads_as_empty(key: str) -> None:
    members = fields.CONTACT_FIELDS if key == "contacts" else fields.TWIN_KEYS
    for member in members:
        release = document.loads(_file(key, member, KeyError), name="story.release")
        item: Contact | TwinLink = (release.contacts if key == "contacts" else release.twins)[1]
        assert getattr(item, member) == ""
    assert isinstance(document.loads(_file(key, members[0], "x")), Release)

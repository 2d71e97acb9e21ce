"""How large a draft may be: a Word draft carries its photos as the camera took them, so a
.docx of a few dozen MB comes in (it had been refused at 20 MB, the limit for a text or web
draft); past its own limit a Word draft is told to have its pictures compressed, and any
other draft that it is far larger than a press release. read_bounded reads exactly the
file, whatever the limit."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.files import FileTooLarge, read_bounded
from releasedesk.importing import source
from releasedesk.importing.errors import DraftError
from releasedesk.importing.source import read_draft_bytes

WORD = b"PK\x03\x04"


def test_a_word_draft_with_camera_photos_is_read_whole(tmp_path: Path) -> None:
    draft = tmp_path / "draft with photos.docx"
    body = WORD + bytes(22 * 1024 * 1024)  # (22 MB: three photos from a phone)
    draft.write_bytes(body)
    assert read_draft_bytes(draft) == body


@pytest.mark.parametrize(("head", "over", "says"), [
    (WORD, False, None),
    (WORD, True, "compress its pictures"),
    (b"Fernhollow", False, None),
    (b"Fernhollow", True, "far larger than any press release draft"),
    (b"<html>", True, "far larger than any press release draft"),
    (b"PK\x05\x06", True, "far larger than any press release draft"),  # (not a package)
])
@pytest.mark.parametrize("limit", [64, 4096])
def test_each_kind_of_draft_meets_its_own_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, head: bytes, over: bool,
        says: str | None, limit: int) -> None:
    word = head == WORD
    monkeypatch.setattr(source, "MAX_WORD_DRAFT_BYTES" if word else "MAX_DRAFT_BYTES", limit)
    monkeypatch.setattr(source, "MAX_DRAFT_BYTES" if word else "MAX_WORD_DRAFT_BYTES", 8)
    draft = tmp_path / "draft.docx"
    body = head + b"x" * (limit - len(head) + (1 if over else 0))
    draft.write_bytes(body)
    if says is None:
        assert read_draft_bytes(draft) == body
        return
    with pytest.raises(DraftError) as raised:
        read_draft_bytes(draft)
    assert says in str(raised.value) and "draft.docx" in str(raised.value)


@given(size=st.integers(0, 3000), limit=st.integers(0, 3000))
@settings(max_examples=200, deadline=None)
def test_read_bounded_reads_the_file_or_refuses_it(tmp_path_factory: pytest.TempPathFactory,
                                                   size: int, limit: int) -> None:
    path = tmp_path_factory.mktemp("bounded") / "f"
    data = bytes(range(256)) * (size // 256) + bytes(size % 256)
    path.write_bytes(data)
    if size > limit:
        with pytest.raises(FileTooLarge) as raised:
            read_bounded(path, limit)
        assert raised.value.size == size
    else:
        assert read_bounded(path, limit) == data

from __future__ import annotations

import errno
import json
import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from releasedesk import document
from releasedesk.document import FileFormatError
from releasedesk.errors import ReleaseDeskError

from helpers import make_release


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    release = make_release(
        status="embargoed",
        embargo_until=datetime(2026, 12, 1, 9, 30, tzinfo=timezone(timedelta(hours=1))),
    )
    path = tmp_path / "a.release"
    document.save(release, path)
    loaded = document.load(path)
    assert document.to_dict(loaded) == document.to_dict(release)
    assert loaded.embargo_until is not None
    assert loaded.embargo_until.utcoffset() == timedelta(hours=1)
    assert loaded.release_date == date(2026, 11, 25)


def test_file_is_documented_json_with_all_keys(tmp_path: Path) -> None:
    path = tmp_path / "a.release"
    document.save(make_release(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    for key in ("format", "version", "language", "headline", "subheadline", "status",
                "embargo_until", "release_date", "dateline", "organization", "body",
                "contacts", "boilerplate", "footer", "keywords", "end_mark"):
        assert key in data, key
    assert data["format"] == "releasedesk"
    assert data["version"] == 1
    assert set(data["contacts"][0]) == {"name", "role", "organization", "phone", "email"}


def test_unknown_keys_survive_round_trip(tmp_path: Path) -> None:
    data = document.to_dict(make_release())
    data["x_cms_id"] = {"site": "main", "ids": [1, 2, 3]}
    data["contacts"][0]["pager"] = "1234"
    data["conventions"]["x_layout"] = "compact"
    path = write_json(tmp_path / "a.release", data)
    release = document.load(path)
    document.save(release, path)
    again = json.loads(path.read_text(encoding="utf-8"))
    assert again["x_cms_id"] == {"site": "main", "ids": [1, 2, 3]}
    assert again["contacts"][0]["pager"] == "1234"
    assert again["conventions"]["x_layout"] == "compact"


def test_an_extra_entry_named_like_a_field_never_takes_its_place(tmp_path: Path) -> None:
    """Extras are what a file held that this version does not read; one named like a field
    (only ever made in code: a load never puts one there) was written in the field's place,
    and the saved file then opened as damaged ("workflow" should be an object)."""
    release = make_release()
    release.extra = {"workflow": 0, "photos": "x", "history": {}, "x_kept": 1}
    release.contacts[0].extra = {"name": 5, "pager": "1234"}
    release.conventions.extra = {"zone": 7, "x_layout": "compact"}
    release.clearance.extra = {"status": 5, "x_queue": "news"}
    path = tmp_path / "a.release"
    document.save(release, path)
    loaded = document.load(path)
    assert loaded.headline == release.headline
    assert loaded.contacts[0].name == release.contacts[0].name
    assert (loaded.extra, loaded.contacts[0].extra, loaded.conventions.extra) == (
        {"x_kept": 1}, {"pager": "1234"}, {"x_layout": "compact"})
    assert (loaded.clearance.status, loaded.clearance.extra) == ("draft", {"x_queue": "news"})
    assert document.dumps(loaded) == document.dumps(release)


def test_newer_version_is_refused_with_a_sentence(tmp_path: Path) -> None:
    data = document.to_dict(make_release())
    data["version"] = 7
    path = write_json(tmp_path / "new.release", data)
    with pytest.raises(FileFormatError, match="newer ReleaseDesk.*format 7.*Update"):
        document.load(path)


def test_invalid_json_reports_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.release"
    path.write_text('{\n  "format": "releasedesk",\n  "version": 1,,\n}', encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"line 3, column 16"):
        document.load(path)


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("headline", 42, '"headline" should be text, but it is a number'),
        ("contacts", "Ada", '"contacts" should be a list'),
        ("footer", ["ok", None], 'item 2 of "footer" should be text'),
        ("status", "soon", '"status" is "soon", but it must be one of'),
        ("release_date", "25/11/2026",
         '"release_date" holds "25/11/2026", which is not a real date'),
        ("embargo_until", "2026-12-01T09:00:00", '"embargo_until" has no time zone'),
        ("end_mark", "***", '"end_mark" is "\\*\\*\\*"'),
        ("keywords", {"a": 1}, '"keywords" should be a list, but it is an object'),
    ],
)
def test_wrong_types_name_the_field(tmp_path: Path, key: str, value: object,
                                    expected: str) -> None:
    data = document.to_dict(make_release())
    data[key] = value
    path = write_json(tmp_path / "a.release", data)
    with pytest.raises(FileFormatError, match=expected):
        document.load(path)


def test_contact_field_type_names_contact(tmp_path: Path) -> None:
    data = document.to_dict(make_release())
    data["contacts"][0]["email"] = ["x"]
    with pytest.raises(FileFormatError, match='"email" of contact 1'):
        document.load(write_json(tmp_path / "a.release", data))


def test_missing_required_key(tmp_path: Path) -> None:
    data = document.to_dict(make_release())
    del data["body"]
    with pytest.raises(FileFormatError, match='"body" is missing'):
        document.load(write_json(tmp_path / "a.release", data))


def test_missing_optional_keys_take_defaults(tmp_path: Path) -> None:
    path = write_json(tmp_path / "a.release",
                      {"format": "releasedesk", "version": 1, "headline": "H", "body": "B"})
    release = document.load(path)
    assert release.headline == "H"
    assert release.status == "immediate"
    assert release.footer == []


def test_oversized_file_refused_before_parsing(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.release"
    with path.open("wb") as handle:
        handle.truncate(document.MAX_FILE_BYTES + 1)
    parsed: list[bytes] = []
    monkeypatch.setattr(document, "loads", lambda raw, name="": parsed.append(raw))
    with pytest.raises(FileFormatError, match="larger than any release"):
        document.load(path)
    assert parsed == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff\xfe\x00garbage\x89PNG", "not UTF-8"),
        (b"", "invalid JSON at line 1, column 1"),
        (b'{"format": "releasedesk", "version": 1, "headl', "invalid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"format": "word"}', "not a ReleaseDesk release"),
        (b'{"format": "releasedesk", "version": "1"}', "no valid format version"),
        (b'"just a string"', "not a ReleaseDesk release"),
        (b'{"format": "releasedesk", "version": 1, "headline": "a\x00b", "body": ""}',
         "invalid JSON"),
    ],
)
def test_bad_files_give_one_clear_error(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.release"
    path.write_bytes(content)
    with pytest.raises(FileFormatError, match=expected) as info:
        document.load(path)
    assert "\n" not in info.value.message
    assert path.read_bytes() == content


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ReleaseDeskError, match="does not exist"):
        document.load(tmp_path / "nope.release")
    with pytest.raises(ReleaseDeskError, match="is a folder"):
        document.load(tmp_path)


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.release"
    path.write_bytes(b"\xef\xbb\xbf" + document.dumps(make_release()))
    assert document.load(path).headline == make_release().headline


def test_lone_surrogates_survive_as_json_escapes(tmp_path: Path) -> None:
    path = tmp_path / "s.release"
    data = document.to_dict(make_release())
    data["headline"] = "broken \ud800 half"
    path.write_text(json.dumps(data), encoding="ascii")
    release = document.load(path)
    document.save(release, path)
    assert document.load(path).headline == "broken \ud800 half"


def test_failed_save_keeps_old_file_and_leaves_no_temp(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "a.release"
    document.save(make_release(headline="Old"), path)
    before = path.read_bytes()

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(ReleaseDeskError, match="disk is full.*previous file is unchanged"):
        document.save(make_release(headline="New"), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["a.release"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "a.release"
    document.save(make_release(headline="Old"), path)
    folder.chmod(0o500)
    try:
        with pytest.raises(ReleaseDeskError, match="permission denied"):
            document.save(make_release(headline="New"), path)
    finally:
        folder.chmod(0o700)
    assert document.load(path).headline == "Old"


def test_permission_error_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def denied(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    path = tmp_path / "a.release"
    document.save(make_release(headline="Old"), path)
    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(ReleaseDeskError, match="permission denied"):
        document.save(make_release(headline="New"), path)
    assert document.load(path).headline == "Old"


def test_save_into_missing_folder_and_onto_folder(tmp_path: Path) -> None:
    with pytest.raises(ReleaseDeskError, match="folder does not exist"):
        document.save(make_release(), tmp_path / "gone" / "a.release")
    (tmp_path / "dir.release").mkdir()
    with pytest.raises(ReleaseDeskError, match="is a folder"):
        document.save(make_release(), tmp_path / "dir.release")


def test_save_keeps_file_permissions(tmp_path: Path) -> None:
    path = tmp_path / "a.release"
    document.save(make_release(), path)
    path.chmod(0o640)
    document.save(make_release(headline="Again"), path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_odd_file_names(tmp_path: Path) -> None:
    for name in ("spaces and ünïcode 新闻.release", "quote's & <angle>.release", "-dash.release"):
        path = tmp_path / name
        document.save(make_release(headline=name), path)
        assert document.load(path).headline == name


@pytest.mark.parametrize("body, edited_by_hand", [
    ("The ferry terminal opens on Monday. " * 400, False),
    ("新码头周一启用，十六个泊位和一座候船大厅。" * 300, False),
    ("One line.", False),
    ("The ferry terminal opens on Monday. " * 400, True),
    ("新码头周一启用。" * 300, True),
])
def test_a_saved_text_is_kept_once(tmp_path: Path, body: str, edited_by_hand: bool) -> None:
    """The history's newest version holds the fields as saved: read back, a field that has
    not changed since is one string for both, a field changed outside ReleaseDesk two; the
    file written again is the same either way."""
    path = tmp_path / "a.release"
    document.save(make_release(body=body, headline="Ferry terminal opens"), path)
    if edited_by_hand:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["body"] = body + " Added by hand."
        write_json(path, data)
    before = path.read_bytes()
    loaded = document.load(path)
    content = loaded.clearance.history[0].content
    assert content is not None
    assert content["body"] == body
    assert (content["body"] is loaded.body) is not edited_by_hand
    assert content["headline"] is loaded.headline
    assert document.to_dict(loaded) == json.loads(before)  # (what a save writes again)

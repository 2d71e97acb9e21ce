"""The newsroom library: finding releases, their summaries and statuses, the cache."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from releasedesk import document
from releasedesk.clearance.signoffs import report
from releasedesk.errors import ReleaseDeskError
from releasedesk.newsroom import cache
from releasedesk.newsroom import library as library_module
from releasedesk.newsroom.library import list_library
from releasedesk.newsroom.scan import Found, scan
from releasedesk.workflow import ApprovalPolicy

from newsroom_helpers import STAGES, make, write


def test_releases_in_subfolders_are_found_and_other_files_are_not_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "a.release", headline="First")
    write(tmp_path, "2026/spring/b.release", headline="Second")
    write(tmp_path, "zh/c.RELEASE", headline="夜市开张", language="zh-CN")
    others = tmp_path / "photos"
    others.mkdir()
    for index in range(10_000):  # a folder of other files: names only are looked at
        (others / f"IMG_{index:05d}.jpg").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("not a release")
    (tmp_path / "folder.release").mkdir()  # a folder named like a release
    loads: list[Path] = []
    real = library_module._load

    def counting(item: Found) -> object:
        loads.append(item.path)
        return real(item)

    monkeypatch.setattr(library_module, "_load", counting)
    library = list_library(tmp_path)
    assert [e.relative for e in library.entries] == [
        "2026/spring/b.release", "a.release", "zh/c.RELEASE"]
    assert sorted(p.name for p in loads) == ["a.release", "b.release", "c.RELEASE"]
    assert [e.headline for e in library.entries] == ["Second", "First", "夜市开张"]
    assert library.problems == []


def test_links_are_not_followed_and_hidden_folders_not_entered(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    write(outside, "secret.release", headline="Outside the library")
    library_folder = tmp_path / "library"
    write(library_folder, "inside.release", headline="Inside")
    os.symlink(outside, library_folder / "linked-folder")
    os.symlink(outside / "secret.release", library_folder / "linked.release")
    os.symlink(library_folder / "inside.release", library_folder / "again.release")
    write(library_folder, ".git/objects/x.release", headline="Hidden")
    found = [item.relative for item in scan(library_folder).files]
    assert found == ["inside.release"]


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "invalid JSON"),
    (b"{not json", "invalid JSON"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b'{"format": "releasedesk", "version": 99, "headline": "x"}', "newer ReleaseDesk"),
    (b'{"format": "something else"}', "not a ReleaseDesk release"),
    (b"[1, 2, 3]", "not a ReleaseDesk release"),
    (b"PK\x03\x04 not really a zip", ""),
])
def test_an_unreadable_release_is_listed_with_its_reason_and_the_rest_still_are(
        tmp_path: Path, content: bytes, reason: str) -> None:
    write(tmp_path, "good.release", headline="Still listed")
    (tmp_path / "bad.release").write_bytes(content)
    library = list_library(tmp_path)
    bad, good = library.entries
    assert good.readable and good.headline == "Still listed"
    assert not bad.readable and bad.relative == "bad.release"
    assert "bad.release" in bad.problem and reason in bad.problem
    assert bad.problem.count("\n") == 0 and bad.problem.endswith(".")
    assert isinstance(bad.error, ReleaseDeskError)
    # Unreadable files are read again next time (not cached), and still listed.
    again = list_library(tmp_path)
    assert again.entries[0].problem == bad.problem and again.from_cache == 1


def test_two_files_claiming_one_id_are_reported(tmp_path: Path) -> None:
    write(tmp_path, "one.release", ident="harbour-2026-01")
    write(tmp_path, "sub/two.release", ident="harbour-2026-01")
    write(tmp_path, "three.release", ident="harbour-2026-02")
    write(tmp_path, "none.release")
    library = list_library(tmp_path)
    assert library.duplicates == {"harbour-2026-01": ["one.release", "sub/two.release"]}
    [problem] = library.problems
    assert "one.release" in problem.message and "sub/two.release" in problem.message
    assert "harbour-2026-01" in problem.message
    assert len(library.entries) == 4  # both are still listed


def test_summary_fields(tmp_path: Path) -> None:
    embargo = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
    write(tmp_path, "x.release", headline="Ferry terminal opens", stage="approved",
          language="en-GB", embargo=embargo, ident="ferry-1", kind="statement",
          subheadline="Crossings double", organization="Calloway Harbour Authority")
    [entry] = list_library(tmp_path).entries
    assert entry.headline == "Ferry terminal opens"
    assert (entry.language, entry.kind, entry.id) == ("en-GB", "statement", "ferry-1")
    assert entry.status == "approved" and entry.approvers == ("Director Imogen Sallow",)
    assert entry.embargoed and entry.embargo_moment == embargo
    assert entry.release_date == "2026-03-01" and entry.fingerprint.startswith("sha256:")
    write(tmp_path, "y.release", headline="Two  spaces\tand a tab", stage="draft")
    assert list_library(tmp_path).entries[1].headline == "Two spaces and a tab"


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("embargoed", [False, True])
@pytest.mark.parametrize("required", [(), ("Director",), ("Director", "Legal")])
def test_the_listed_status_is_the_status_the_sign_offs_give(
        tmp_path: Path, stage: str, embargoed: bool, required: tuple[str, ...]) -> None:
    release = make(stage=stage, embargo=datetime(2026, 5, 1, tzinfo=UTC) if embargoed
                   else None)
    release.clearance.policy = ApprovalPolicy(signoffs=list(required))
    path = write(tmp_path, "x.release", release)
    [entry] = list_library(tmp_path).entries
    expected = report(document.load(path)).status
    assert entry.status == expected
    assert entry.status == {"draft": "draft", "in_review": "in_review", "stale": "in_review",
                            "approved": "in_review" if "Legal" in required else "approved",
                            "published": "in_review" if "Legal" in required
                            else "published"}[stage]
    assert entry.publishable == (expected in ("approved", "published"))


def test_the_installed_house_style_decides_as_it_does_for_exports(tmp_path: Path) -> None:
    release = make(stage="approved")
    release.profile = "calloway"
    write(tmp_path, "x.release", release)
    assert list_library(tmp_path, policies={}).entries[0].status == "approved"
    stricter = {"calloway": ApprovalPolicy(signoffs=["Legal"])}
    library = list_library(tmp_path, policies=stricter)
    assert library.entries[0].status == "in_review"
    assert library.from_cache == 0  # another policy: the cached statuses do not count


def test_a_second_listing_comes_from_the_cache_and_a_change_is_read_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for index in range(6):
        write(tmp_path, f"r{index}.release", headline=f"Release {index}")
    first = list_library(tmp_path)
    assert first.from_cache == 0
    assert not (tmp_path / ".releasedesk-cache").exists()
    assert cache.cache_file(tmp_path).is_file()  # in the user's cache folder
    before = sorted(p.name for p in tmp_path.iterdir())

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("read although cached")

    with monkeypatch.context() as patch:
        patch.setattr(document, "load", refuse)
        second = list_library(tmp_path)
    assert second.from_cache == 6 and second.entries == first.entries
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    write(tmp_path, "r3.release", headline="Release three, revised at more length")
    third = list_library(tmp_path)
    assert third.from_cache == 5
    assert third.entries[3].headline == "Release three, revised at more length"
    (tmp_path / "r4.release").unlink()
    assert [e.relative for e in list_library(tmp_path).entries] == [
        "r0.release", "r1.release", "r2.release", "r3.release", "r5.release"]


@pytest.mark.parametrize("damage", [
    b"", b"\x00\x01garbage", b"[]", b'{"format": "releasedesk-library-cache"}',
    b"null", b'{"entries": 5}', "CORRUPT-ENTRY", "WRONG-TYPES", "BAD-DATE", "BAD-STATUS",
    "OLD-RULES",
])
def test_a_damaged_cache_is_ignored(tmp_path: Path, damage: bytes | str) -> None:
    for index in range(3):
        write(tmp_path, f"r{index}.release", headline=f"Release {index}")
    expected = list_library(tmp_path).entries
    file = cache.cache_file(tmp_path)
    if isinstance(damage, bytes):
        file.write_bytes(damage)
    else:
        data = json.loads(file.read_bytes())
        entry = data["entries"][1]
        if damage == "CORRUPT-ENTRY":
            del entry["headline"]
        elif damage == "WRONG-TYPES":
            entry["size"] = "big"
        elif damage == "OLD-RULES":  # made under other fingerprint rules: stale statuses
            data["canonical"] = 1
        elif damage == "BAD-DATE":
            entry["release_date"] = "2026-02-31"
        else:
            entry["status"] = "approved-by-me"
        file.write_text(json.dumps(data))
    library = list_library(tmp_path)
    assert library.entries == expected and library.from_cache == 0
    assert list_library(tmp_path).from_cache == 3  # written anew


def test_a_folder_that_is_not_one_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(ReleaseDeskError, match="is not a folder"):
        list_library(tmp_path / "missing")
    (tmp_path / "file").write_text("x")
    with pytest.raises(ReleaseDeskError, match="is not a folder"):
        list_library(tmp_path / "file")


@pytest.mark.parametrize("kind", ["plain", "package", "empty", "not json", "folder-like"])
def test_the_listing_reads_each_file_as_a_load_would(tmp_path: Path, kind: str) -> None:
    """The listing opens a plain release once (library._load); what it reads, and the
    sentence for what it cannot, are document.load's."""
    from releasedesk.media.intake import photo_from_bytes

    from photo_files import camera_jpeg

    path = tmp_path / "one.release"
    if kind in ("plain", "package"):
        release = make(headline="Ferry terminal opens")
        if kind == "package":
            release.photos = [photo_from_bytes(camera_jpeg(400, 300), "ferry.jpg").photo]
        document.save(release, path)
    else:
        path.write_bytes({"empty": b"", "not json": b"{ broken",
                          "folder-like": b"PK\x03\x04 not a zip"}[kind])
    item = scan(tmp_path).files[0]
    try:
        expected: object = document.load(path, history=False)
    except ReleaseDeskError as exc:
        expected = exc.message
    try:
        got: object = library_module._load(item)
    except ReleaseDeskError as exc:
        got = exc.message
    assert got == expected
    if kind == "package":
        assert library_module._load(item).photos[0].data

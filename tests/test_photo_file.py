"""The .release file with photos: one ZIP package, saved atomically, opened defensively;
a release without photos stays the JSON it always was."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk import container, document
from releasedesk.document import FileFormatError
from releasedesk.field_rules import one_line
from releasedesk.model import Release
from releasedesk.recovery import RecoveryStore

import photo_files as pf
from conftest import SAMPLES
from helpers import make_release


def with_photos(count: int = 2) -> Release:
    release = make_release()
    taken: list[str] = []
    for number in range(count):
        photo = pf.photo(f"harbour {number}.jpg", 900 + 100 * number, 600,
                         caption=f"Caption {number}", lead=number == 1, taken=tuple(taken))
        taken.append(photo.id)
        release.photos.append(photo)
    release.body += f"\n\n![the harbour](photo:{taken[0]})"
    return release


def test_text_only_releases_stay_version_1_json_byte_for_byte(tmp_path: Path) -> None:
    for sample in sorted(SAMPLES.glob("*.release")):
        release = document.load(sample)
        raw = document.dumps(release)
        assert raw.startswith(b"{") and json.loads(raw)["version"] == 1
        assert "photos" not in json.loads(raw)
        target = tmp_path / sample.name
        document.save(release, target)
        assert document.load(target) == release


def test_photos_round_trip_through_a_package(tmp_path: Path) -> None:
    release = with_photos()
    path = tmp_path / "ferry.release"
    document.save(release, path)
    raw = path.read_bytes()
    assert raw.startswith(b"PK\x03\x04")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert names[0] == "mimetype"
        assert archive.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert archive.read("mimetype") == container.MIMETYPE
        assert names[1] == "release.json"
        data = json.loads(archive.read("release.json"))
        assert data["version"] == 2
        assert [p["file"] for p in data["photos"]] == [f"media/{p.file_name}"
                                                      for p in release.photos]
        for photo in release.photos:
            info = archive.getinfo(f"media/{photo.file_name}")
            assert info.compress_type == zipfile.ZIP_STORED  # JPEGs are compressed already
            assert archive.read(info) == photo.data
    loaded = document.load(path)
    assert loaded == release
    assert [p.lead for p in loaded.photos] == [False, True]
    # The same release always gives the same bytes (fixed entry dates): saving unchanged
    # content changes nothing on disk.
    assert document.dumps(loaded) == raw


def test_removing_every_photo_turns_the_file_back_into_json(tmp_path: Path) -> None:
    release = with_photos(1)
    path = tmp_path / "r.release"
    document.save(release, path)
    release.photos.clear()
    document.save(release, path)
    assert json.loads(path.read_bytes())["version"] == 1


def test_unknown_keys_of_a_photo_survive() -> None:
    release = with_photos(1)
    release.photos[0].extra = {"rights_expire": "2027-01-01"}
    again = document.loads(document.dumps(release))
    assert again.photos[0].extra == {"rights_expire": "2027-01-01"}


def _package(edit: object = None, media_edit: object = None) -> bytes:
    release = with_photos(1)
    json_raw, media = container.read_package(document.dumps(release), "x")
    data = json.loads(json_raw)
    if edit:
        edit(data)  # type: ignore[operator]  # the table's callables
    if media_edit:
        media_edit(media)  # type: ignore[operator]  # the table's callables
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", container.MIMETYPE)
        archive.writestr("release.json", json.dumps(data))
        for name, value in media.items():
            archive.writestr(name, value)
    return buffer.getvalue()


@pytest.mark.parametrize("raw,words", [
    (lambda: document.dumps(with_photos(1))[:3000], "not a complete ZIP file"),
    (lambda: _package(media_edit=lambda m: m.clear()), "is missing from the package"),
    (lambda: _package(media_edit=lambda m: m.update({k: v[:-10] + b"0123456789"
                                                      for k, v in m.items()})),
     "is not the one the release names"),
    (lambda: _package(lambda d: d["photos"][0].update(id="../../etc")), 'field "id" of photo 1'),
    (lambda: _package(lambda d: d["photos"][0].update(width=-3)), 'field "width" of photo 1'),
    (lambda: _package(lambda d: d["photos"][0].update(media_type="image/svg+xml")),
     'field "media_type"'),
    (lambda: _package(lambda d: d.update(photos="lots")), 'field "photos" should be a list'),
    (lambda: _package(lambda d: d.update(photos=[d["photos"][0], d["photos"][0]])),
     "two photos have the id"),
    (lambda: _package(lambda d: d.update(version=9)), "saved by a newer ReleaseDesk"),
])
def test_damaged_packages_are_refused_with_one_sentence(raw: object, words: str) -> None:
    with pytest.raises(FileFormatError) as caught:
        document.loads(raw(), "story.release")  # type: ignore[operator]  # the table's callables
    assert words in caught.value.message
    assert caught.value.message.startswith("story.release")


def test_a_package_claiming_a_decompression_bomb_is_refused() -> None:
    bomb = pf.bomb_png()
    raw = _package(lambda d: d["photos"][0].update(media_type="image/png", file="media/x.png",
                                                    id="x", sha256=__import__("hashlib")
                                                    .sha256(bomb).hexdigest()),
                   lambda m: (m.clear(), m.update({"media/x.png": bomb})))
    with pytest.raises(FileFormatError, match="claims 100000 × 100000 pixels"):
        document.loads(raw, "bomb.release")


def test_a_zip_bomb_entry_is_refused_before_it_is_inflated() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("release.json", b"{}")
        archive.writestr("media/x.jpg", b"\0" * (60 * 1024 * 1024))
    with pytest.raises(FileFormatError, match="larger than any release holds"):
        document.loads(buffer.getvalue(), "bomb.release")


def test_a_failed_save_leaves_the_previous_package_intact(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.release"
    release = with_photos(2)
    document.save(release, path)
    before = path.read_bytes()
    release.headline = "Changed"

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", broken_fsync)
    with pytest.raises(Exception, match="disk is full"):
        document.save(release, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["r.release"]


def test_recovery_copies_keep_the_photos(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    release = with_photos(2)
    store.write("k1", release, None)
    copy = store.folder / "k1.release"
    assert copy.read_bytes().startswith(b"PK")
    assert document.load(copy) == release


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=40), st.text(max_size=40), st.text(max_size=40),
                          st.booleans()), min_size=1, max_size=4))
def test_any_words_round_trip(words: list[tuple[str, str, str, bool]]) -> None:
    release = make_release()
    base = pf.photo()
    for number, (caption, credit, alt, lead) in enumerate(words):
        photo = type(base)(id=f"p{number}", data=base.data, media_type=base.media_type,
                           width=base.width, height=base.height, sha256=base.sha256,
                           caption=caption, credit=credit, alt=alt, lead=lead)
        release.photos.append(photo)
    again = document.loads(document.dumps(release))
    # (credit and alt are one-line fields: a line break there reads as a space)
    assert [(p.caption, p.credit, p.alt) for p in again.photos] == \
        [(c, one_line(r), one_line(a)) for c, r, a, _ in words]
    leads = [p.lead for p in again.photos]
    assert sum(leads) <= 1
    if any(lead for *_, lead in words):
        assert leads.index(True) == [lead for *_, lead in words].index(True)


def test_the_canonical_photo_changes_with_the_image_and_the_words_not_the_spacing() -> None:
    photo = pf.photo()
    same = type(photo)(**{**photo.__dict__, "caption": f"  {photo.caption}  "})
    assert same.canonical() == photo.canonical()
    assert type(photo)(**{**photo.__dict__, "sha256": "0" * 64}).canonical() != \
        photo.canonical()
    assert type(photo)(**{**photo.__dict__, "alt": "Another view"}).canonical() != \
        photo.canonical()


def test_photos_are_part_of_the_signed_content() -> None:
    from releasedesk.clearance.fingerprint import fingerprint

    release = make_release()
    text_only = fingerprint(release)
    release.photos.append(pf.photo())
    with_photo = fingerprint(release)
    assert with_photo != text_only
    release.photos[0].alt = "Another description"
    assert fingerprint(release) != with_photo
    release.photos.clear()
    assert fingerprint(release) == text_only  # no photos: the fingerprint text-only had

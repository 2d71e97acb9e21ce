"""A second export of the same text into the same folder keeps the first one's files in
the folder's manifest (found by the tester: exporting PDF and e-mail after "all formats"
replaced manifest.json, and `verify` then called the HTML, Word and text files "not exported
with the release"). Only what the manifest can vouch for stays listed: the same release
file at the same fingerprint, each file still there byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk import document
from releasedesk.clearance.verify import verify
from releasedesk.exporting import targets_in, write_exports

from helpers import make_release

# (PDF and the package, which holds one, take most of an export's time: the tester's own
# sequence has them, below; the drawn ones need not)
FORMATS = ["html", "fragment", "docx", "txt", "eml"]


def _listed(folder: Path) -> list[str]:
    return [entry["name"] for entry in
            json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["files"]]


def _export(source: Path, folder: Path, formats: list[str]) -> list[Path]:
    return write_exports(document.load(source), targets_in(folder, "story", formats),
                         source=source)


def _desk(tmp_path: Path, stem: str = "story") -> tuple[Path, Path]:
    """A saved release and an empty export folder beside it."""
    source = tmp_path / f"{stem}.release"
    document.save(make_release(), source)
    out = tmp_path / "out"
    out.mkdir()
    return source, out


def _unlisted(folder: Path) -> list[str]:
    return [str(problem) for problem in verify(folder).problems
            if "not in its manifest" in str(problem)]


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(FORMATS), min_size=2, max_size=4, unique=True),
                min_size=2, max_size=3))
def test_exports_of_one_text_add_up_in_the_manifest(
        tmp_path_factory: pytest.TempPathFactory, runs: list[list[str]]) -> None:
    folder = tmp_path_factory.mktemp("out")
    source = folder.parent / f"{folder.name}.release"
    document.save(make_release(), source)
    written: set[str] = set()
    for formats in runs:
        written |= {p.name for p in _export(source, folder, formats)
                    if p.name not in ("manifest.json", "manifest.sig")}
    assert set(_listed(folder)) == written
    assert _unlisted(folder) == []


def test_the_tester_s_two_exports_verify(tmp_path: Path) -> None:
    source, out = _desk(tmp_path, "ferry")
    write_exports(document.load(source), targets_in(out, "ferry"), source=source)
    write_exports(document.load(source), targets_in(out, "ferry", ["pdf", "eml", "package"]),
                  source=source)
    assert sorted(_listed(out)) == ["ferry.docx", "ferry.eml", "ferry.fragment.html",
                                    "ferry.html", "ferry.pdf", "ferry.txt", "ferry.zip"]
    assert _unlisted(out) == []


def test_an_export_of_changed_text_lists_only_itself(tmp_path: Path) -> None:
    source, out = _desk(tmp_path)
    _export(source, out, ["html", "docx", "txt"])
    release = document.load(source)
    release.headline += " (updated)"
    document.save(release, source)
    _export(source, out, ["pdf", "eml"])
    assert sorted(_listed(out)) == ["story.eml", "story.pdf"]
    assert len(_unlisted(out)) == 3  # the older text's files are not vouched for


def test_a_file_changed_or_gone_since_is_not_listed_again(tmp_path: Path) -> None:
    source, out = _desk(tmp_path)
    _export(source, out, ["html", "docx", "txt"])
    (out / "story.txt").write_text("edited by hand", encoding="utf-8")
    (out / "story.docx").unlink()
    _export(source, out, ["pdf", "eml"])
    assert sorted(_listed(out)) == ["story.eml", "story.html", "story.pdf"]


def test_another_release_s_manifest_is_replaced_as_before(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    first, second = tmp_path / "first.release", tmp_path / "second.release"
    document.save(make_release(), first)
    document.save(make_release(headline="Another story"), second)
    write_exports(document.load(first), targets_in(out, "first", ["html", "txt"]),
                  source=first)
    write_exports(document.load(second), targets_in(out, "second", ["html", "txt"]),
                  source=second)
    assert sorted(_listed(out)) == ["second.html", "second.txt"]


@pytest.mark.parametrize("manifest", [b"", b"not json", b"[]", b'{"release": 3}',
                                      b'{"release": {"file": "story.release"}}'])
def test_a_damaged_manifest_is_simply_replaced(tmp_path: Path, manifest: bytes) -> None:
    source, out = _desk(tmp_path)
    (out / "manifest.json").write_bytes(manifest)
    _export(source, out, ["html", "txt"])
    assert sorted(_listed(out)) == ["story.html", "story.txt"]


def test_a_listed_name_outside_the_folder_is_never_read(tmp_path: Path) -> None:
    source, out = _desk(tmp_path)
    _export(source, out, ["html", "txt"])
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    secret = tmp_path / "secret.txt"
    secret.write_text("private", encoding="utf-8")
    from releasedesk.clearance.manifest import sha256_hex

    manifest["files"].append({"name": "../secret.txt", "bytes": 7,
                              "sha256": sha256_hex(b"private")})
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    _export(source, out, ["docx", "eml"])
    assert "../secret.txt" not in _listed(out)

"""approve → export → verify, and everything that must make verify fail, from the terminal."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from releasedesk import cli, document
from releasedesk.clearance import keys
from releasedesk.profiles import ProfileStore, profile_from_dict, profile_to_dict
from releasedesk.render import FORMATS

from conftest import SAMPLES
from test_cli import assert_one_line_error, run

WIRE = SAMPLES / "tidewater-ferry-terminal.release"


def rd(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.release"
    path.write_bytes(WIRE.read_bytes())
    return path


def exported(capsys: pytest.CaptureFixture[str], story: Path) -> Path:
    out = story.parent / "web"
    code, _, err = rd(capsys, "export", story, "-o", out)
    assert code == 0, err
    return out


def test_approve_export_verify_end_to_end(tmp_path: Path, story: Path) -> None:
    result = run("approve", story, "--by", "Li Wei", "--role", "Director", "--note", "Cleared")
    assert result.returncode == 0, result.stderr
    assert "Signed off by Director Li Wei" in result.stdout and "Status: Approved" in \
        result.stdout
    assert run("export", story, "-o", tmp_path / "web").returncode == 0
    result = run("verify", tmp_path / "web")
    assert result.returncode == 0, result.stdout
    every = len([f for f in FORMATS.values() if f.in_all])  # "all": every format but package
    assert result.stdout.startswith(f"OK      {every} files match manifest.json")


def test_one_changed_byte_in_any_export_fails_naming_the_file(
        capsys: pytest.CaptureFixture[str], story: Path) -> None:
    rd(capsys, "approve", story, "--by", "Li Wei")
    out = exported(capsys, story)
    for name in ("story.html", "story.fragment.html", "story.docx", "story.txt"):
        target = out / name
        original = target.read_bytes()
        middle = len(original) // 2
        target.write_bytes(original[:middle] + bytes([original[middle] ^ 1])
                           + original[middle + 1:])
        code, text, _ = rd(capsys, "verify", out)
        assert code == 1
        assert text.splitlines() == [
            f"FAILED  {name} differs from the file that was exported ({len(original)} bytes "
            f"now, {len(original)} then): it was changed or replaced."]
        target.write_bytes(original)
    assert rd(capsys, "verify", out)[0] == 0
    (out / "story.txt").unlink()
    assert rd(capsys, "verify", out)[1].startswith("FAILED  story.txt is missing.")


def test_one_changed_word_in_the_release_after_approval_fails_naming_it(
        capsys: pytest.CaptureFixture[str], story: Path) -> None:
    rd(capsys, "approve", story, "--by", "Li Wei", "--role", "Director")
    out = exported(capsys, story)
    shutil.copy(story, out / story.name)  # the release beside its exports
    assert rd(capsys, "verify", out)[0] == 0
    release = document.load(out / story.name)
    release.subheadline = release.subheadline.replace("doubles", "triples")
    document.save(release, out / story.name)
    code, text, _ = rd(capsys, "verify", out)
    assert code == 1
    assert "story.release changed after these files were exported: Subheadline: " \
           "“doubles” → “triples”." in text
    # Given explicitly, from anywhere.
    code, text, _ = rd(capsys, "verify", out / "manifest.json", "--release", out / story.name)
    assert code == 1 and "“doubles” → “triples”" in text


def test_an_unapproved_or_changed_release_fails_verify(capsys: pytest.CaptureFixture[str],
                                                      story: Path) -> None:
    out = exported(capsys, story)
    code, text, _ = rd(capsys, "verify", out)
    assert (code, text.strip()) == (1, "FAILED  Not approved: nobody signed off this release.")
    rd(capsys, "approve", story, "--by", "Li Wei", "--role", "Director")
    release = document.load(story)
    release.headline += " Today"
    document.save(release, story)
    out = exported(capsys, story)
    code, text, _ = rd(capsys, "verify", out)
    assert code == 1 and "Not approved: the release changed after Director Li Wei signed " \
                         "off on" in text


def _install_profile(required: list[str], public_key: str = "") -> None:
    store = ProfileStore()
    data = profile_to_dict(store.get("calloway-wire"))
    data["approval"] = {"signoffs": required, "required": True}
    if public_key:
        data["approval"]["public_key"] = public_key
    store.save(profile_from_dict(data, "test"))


def test_required_signoffs_strict_export_and_missing_roles(
        capsys: pytest.CaptureFixture[str], story: Path) -> None:
    _install_profile(["Reviewer", "Director"])
    code, text, _ = rd(capsys, "check", story)
    assert code == 1 and "error    clearance  Not yet approved" in text
    code, _, err = rd(capsys, "export", story, "--strict", "-o", story.parent / "x")
    assert code == 1 and "Not yet approved" in err and not (story.parent / "x").exists()
    code, text, _ = rd(capsys, "approve", story, "--by", "Ada Brill", "--role", "reviewer")
    assert "Status: In review; still waiting for: Director" in text
    out = exported(capsys, story)
    code, text, _ = rd(capsys, "verify", out)
    assert (code, text.strip()) == (1, "FAILED  Missing sign-off: Director.")
    rd(capsys, "approve", story, "--by", "Li Wei", "--role", "Director")
    assert rd(capsys, "export", story, "--strict", "-o", story.parent / "y")[0] == 0
    assert rd(capsys, "verify", story.parent / "y")[0] == 0


def test_signed_manifests_tell_the_office_from_a_forgery(
        capsys: pytest.CaptureFixture[str], story: Path, tmp_path: Path) -> None:
    code, office, _ = rd(capsys, "keys", "new")
    office = office.strip()
    assert code == 0 and keys.parse_public_key(office)
    assert (keys.keys_dir() / f"{keys.key_id(office)}.key").stat().st_mode & 0o077 == 0
    _install_profile([], office)
    rd(capsys, "approve", story, "--by", "Li Wei")
    out = exported(capsys, story)
    assert (out / "manifest.sig").exists()
    code, text, _ = rd(capsys, "verify", out, "--key", office)
    assert code == 0 and "signed with the office's key" in text
    assert rd(capsys, "verify", out, "--profile", "calloway-wire")[0] == 0

    # A forger edits a page and writes a manifest that matches it: the signature fails.
    page = out / "story.html"
    page.write_bytes(page.read_bytes().replace(b"Tidewater", b"Tydewater"))
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    for entry in manifest["files"]:
        if entry["name"] == "story.html":
            entry["sha256"] = __import__("hashlib").sha256(page.read_bytes()).hexdigest()
            entry["bytes"] = page.stat().st_size
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2), "utf-8")
    code, text, _ = rd(capsys, "verify", out, "--key", office)
    assert (code, text.strip()) == (1, "FAILED  manifest.json was changed after the office "
                                       "signed it: treat these files as a forgery.")
    # …or signs it with a key of their own.
    forger_dir = tmp_path / "forger"
    forger = keys.new_key(forger_dir)
    private = keys.private_key_for(forger, forger_dir)
    assert private is not None
    signature = keys.sign(private, (out / "manifest.json").read_bytes())
    (out / "manifest.sig").write_text(json.dumps(
        {"format": "releasedesk-signature", "version": 1, "key": forger,
         "signature": signature}), "ascii")
    code, text, _ = rd(capsys, "verify", out, "--key", office)
    assert code == 1 and "manifest.sig was made with another key" in text
    (out / "manifest.sig").unlink()
    code, text, _ = rd(capsys, "verify", out, "--key", office)
    assert code == 1 and "manifest.sig is missing" in text
    # Without the office's key, verify says what it could not check.
    code, text, _ = rd(capsys, "verify", out)
    assert code == 0 and "OK" in text
    # An export on a computer without the private key says it is unsigned.
    shutil.rmtree(keys.keys_dir())
    code, _, err = rd(capsys, "export", story, "-o", tmp_path / "unsigned")
    assert code == 0 and "manifest.json is not signed" in err
    assert not (tmp_path / "unsigned" / "manifest.sig").exists()


def test_a_package_is_verified_like_a_folder(capsys: pytest.CaptureFixture[str],
                                             story: Path) -> None:
    rd(capsys, "approve", story, "--by", "Li Wei")
    out = exported(capsys, story)
    package = story.parent / "story.zip"
    with zipfile.ZipFile(package, "w") as archive:
        for file in sorted(out.iterdir()):
            archive.write(file, file.name)
    assert rd(capsys, "verify", package)[0] == 0
    with zipfile.ZipFile(package, "a") as archive:
        archive.writestr("extra.html", "<p>added</p>")
    code, text, _ = rd(capsys, "verify", package)
    assert code == 1 and "extra.html is in the package but not in its manifest" in text


def test_a_manifest_for_another_release(capsys: pytest.CaptureFixture[str], story: Path,
                                        tmp_path: Path) -> None:
    out = exported(capsys, story)
    other = tmp_path / "other.release"
    other.write_bytes((SAMPLES / "fernhollow-seed-bank.release").read_bytes())
    other_out = tmp_path / "other-web"
    rd(capsys, "export", other, "-o", other_out)
    for name in ("story.html", "story.txt", "story.docx", "story.fragment.html"):
        (out / name).write_bytes((other_out / name.replace("story", "other")).read_bytes())
    code, text, _ = rd(capsys, "verify", out)
    assert code == 1
    assert "story.html is an export of another release (sha256:" in text


@pytest.mark.parametrize(("content", "needle"), [
    (b"{not json", "manifest.json is damaged or was edited by hand (not valid JSON)"),
    (b'{"format": "releasedesk-manifest", "version": 1, "release": {}}',
     "no valid release fingerprint"),
    (b'{"format": "releasedesk-manifest", "version": 9}', "written by a newer ReleaseDesk"),
])
def test_a_tampered_manifest_is_one_sentence(capsys: pytest.CaptureFixture[str], story: Path,
                                             content: bytes, needle: str) -> None:
    out = exported(capsys, story)
    (out / "manifest.json").write_bytes(content)
    code, text, err = rd(capsys, "verify", out)
    assert code == 2 and text == "" and needle in err and len(err.splitlines()) == 1


def test_manifest_lists_no_file_outside_its_folder(capsys: pytest.CaptureFixture[str],
                                                   story: Path) -> None:
    out = exported(capsys, story)
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    manifest["files"][0]["name"] = "../story.release"
    (out / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    assert_one_line_error(run("verify", out), "its list of files is not valid")


def test_verify_bad_paths(tmp_path: Path) -> None:
    assert_one_line_error(run("verify", tmp_path / "nowhere"), "does not exist")
    assert_one_line_error(run("verify", tmp_path), "There is no manifest.json")
    (tmp_path / "a.txt").write_text("x")
    assert_one_line_error(run("verify", tmp_path / "a.txt"), "neither an export folder")
    assert_one_line_error(run("verify", tmp_path, "--key", "ed25519:c2hvcnQ="), "has 5 bytes")
    assert_one_line_error(run("verify", tmp_path, "--key", "ed25519:short"), "not valid base64")


def test_diff_exits_like_diff(capsys: pytest.CaptureFixture[str], story: Path,
                              tmp_path: Path) -> None:
    same = tmp_path / "same.release"
    data = json.loads(story.read_text("utf-8"))
    data["x-note"] = "unknown keys are not content"
    same.write_text(json.dumps(dict(reversed(list(data.items()))), indent=4), "utf-8")
    assert rd(capsys, "diff", story, same) == (0, "Same content.\n", "")
    release = document.load(story)
    release.headline = release.headline.replace("Opens", "Unveils")
    document.save(release, tmp_path / "new.release")
    code, text, _ = rd(capsys, "diff", story, tmp_path / "new.release")
    assert code == 1
    assert "Headline\n    Calloway Harbour Authority [-Opens-]{+Unveils+} Tidewater" in text
    assert_one_line_error(run("diff", story, tmp_path / "missing.release"), "does not exist")


def test_status_history_and_sheet(capsys: pytest.CaptureFixture[str], story: Path) -> None:
    rd(capsys, "approve", story, "--by", "Li Wei", "--role", "Director")
    code, text, _ = rd(capsys, "status", story, "--set", "published")
    assert code == 0 and text.startswith("Status: Published")
    code, text, _ = rd(capsys, "status", story, "--json")
    assert json.loads(text)["status"] == "published"
    code, text, _ = rd(capsys, "history", story)
    assert code == 0 and "signed off by Director Li Wei" in text
    code, text, _ = rd(capsys, "sheet", story)
    sheet = story.with_name("story.signoff.docx")
    assert code == 0 and text.strip() == str(sheet) and sheet.read_bytes()[:2] == b"PK"
    assert_one_line_error(run("sheet", story, "-o", story.with_name("x.odt")), ".docx or .pdf")


def test_approve_refuses_while_the_editor_holds_the_file(story: Path) -> None:
    from releasedesk.locks import DocumentLock

    lock = DocumentLock(story)
    lock.path.write_text(json.dumps({"user": "dana", "host": "elsewhere", "pid": 1,
                                     "since": "2026-11-30T10:00:00+00:00", "token": "t"}))
    before = story.read_bytes()
    assert_one_line_error(run("approve", story, "--by", "Li"), "is open in ReleaseDesk for")
    assert story.read_bytes() == before


def test_the_benchmark_package_verifies(tmp_path: Path) -> None:
    import sys

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_clearance import package
    from releasedesk.clearance.verify import verify

    verdict = verify(package(tmp_path))
    every = len([f for f in FORMATS.values() if f.in_all])  # "all": every format but package
    assert verdict.ok and verdict.checked == every + 3  # every format, three photos


def test_approve_refuses_a_clock_set_back(capsys: pytest.CaptureFixture[str],
                                          story: Path) -> None:
    data = json.loads(story.read_text("utf-8"))
    data["workflow"] = {"status": "in_review", "signoffs": [
        {"name": "Ada", "role": "Reviewer", "at": "2099-01-01T09:00:00+00:00",
         "fingerprint": "sha256:" + "1" * 64}]}
    story.write_text(json.dumps(data), "utf-8")
    code, _, err = rd(capsys, "approve", story, "--by", "Li Wei")
    assert code == 2 and len(err.splitlines()) == 1
    assert "clock says" in err and "earlier than the last entry in the release " \
                                   "(2099-01-01T09:00+00:00)" in err
    assert json.loads(story.read_text("utf-8")) == data  # unchanged
    code, text, _ = rd(capsys, "check", story)
    assert "The sign-off by Reviewer Ada is dated 2099-01-01T09:00+00:00" in text


def test_exports_say_the_status_by_the_installed_house_style(
        capsys: pytest.CaptureFixture[str], story: Path) -> None:
    rd(capsys, "approve", story, "--by", "Ada Brill", "--role", "Reviewer")
    _install_profile(["Reviewer", "Director"])  # the office's policy changed since
    out = exported(capsys, story)
    page = (out / "story.html").read_text("utf-8")
    assert '<meta name="releasedesk-status" content="in_review">' in page
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["release"]["status"] == "in_review"
    assert manifest["approval"]["required"] == ["Reviewer", "Director"]


def test_a_damaged_package_member_is_named(capsys: pytest.CaptureFixture[str],
                                           story: Path) -> None:
    rd(capsys, "approve", story, "--by", "Li Wei")
    out = exported(capsys, story)
    package = story.parent / "story.zip"
    with zipfile.ZipFile(package, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(out.iterdir()):
            archive.write(file, file.name)
    data = bytearray(package.read_bytes())
    with zipfile.ZipFile(package) as archive:
        info = archive.getinfo("story.txt")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset in range(start + 10, start + 40):
        data[offset] ^= 0x5A  # the compressed bytes of story.txt, mangled
    package.write_bytes(bytes(data))
    code, text, _ = rd(capsys, "verify", package)
    assert code == 1 and "story.txt" in text and "Traceback" not in text


def _with_a_photo(story: Path) -> None:
    import photo_files as pf

    release = document.load(story)
    release.photos = [pf.photo()]
    release.body += f"\n\n![The ferry](photo:{release.photos[0].id})"
    document.save(release, story)


SLIPPED = ["extra.html", "story_files/slipped.jpg", "story_files/deeper/x.png",
           "other.release", "notes.txt", ".hidden"]


@pytest.mark.parametrize("slipped", SLIPPED)
def test_a_file_the_manifest_does_not_list_fails_verify_of_a_folder(
        capsys: pytest.CaptureFixture[str], story: Path, slipped: str) -> None:
    """Everything in an export folder but the manifest, its signature and the release it
    names is listed: anything else would reach the web team unapproved."""
    from releasedesk.clearance.verify import verify

    _with_a_photo(story)
    rd(capsys, "approve", story, "--by", "Li Wei")
    out = exported(capsys, story)
    assert (out / "story_files").is_dir()
    shutil.copy(story, out / story.name)  # the release the manifest names may stand beside
    assert rd(capsys, "verify", out)[0] == 0
    assert verify(out).problems == []
    extra = out / slipped
    extra.parent.mkdir(parents=True, exist_ok=True)
    extra.write_bytes(b"not approved")
    code, text, _ = rd(capsys, "verify", out)
    assert code == 1
    assert text.splitlines() == [
        f"FAILED  {slipped} is in the folder but not in its manifest: it was not exported "
        "with the release; remove it, or export to a folder of its own."]
    assert len(verify(out).problems) == 1
    assert rd(capsys, "verify", out / "manifest.json")[0] == 1  # the manifest given: same
    extra.unlink()
    assert rd(capsys, "verify", out)[0] == 0


def test_the_photo_copies_of_a_folder_export_are_in_its_manifest(
        capsys: pytest.CaptureFixture[str], story: Path) -> None:
    _with_a_photo(story)
    rd(capsys, "approve", story, "--by", "Li Wei")
    out = exported(capsys, story)
    copies = sorted(p for p in (out / "story_files").iterdir())
    listed = {f["name"] for f in json.loads((out / "manifest.json").read_text())["files"]}
    assert copies and {f"story_files/{p.name}" for p in copies} <= listed
    copies[0].write_bytes(copies[0].read_bytes()[:-1] + b"x")  # a photo replaced
    code, text, _ = rd(capsys, "verify", out)
    assert code == 1 and f"story_files/{copies[0].name} differs from the file" in text

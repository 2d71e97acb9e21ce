"""A lone surrogate ("\\udc80", which a JSON file can escape) in any text of a release:
the file still opens (nothing lost), the readiness check names the field as an error, and
every export, the manifest and the sign-off sheet are written without it."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from releasedesk import document
from releasedesk.checks import ERROR, check, text_fields
from releasedesk.clearance.sheet import render_sheet
from releasedesk.exporting import targets_in, write_exports
from releasedesk.model import Release
from releasedesk.workflow import SignOff

from conftest import SAMPLES
from photo_files import photo

BROKEN = "\udc80"
SAMPLE = SAMPLES / "tidewater-ferry-terminal.release"
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def sample() -> Release:
    release = document.load(SAMPLE)
    release.photos = [photo()]
    release.body += f"\n\n![The ferry](photo:{release.photos[0].id})"
    return release


def broken(text: str) -> str:
    return text[: len(text) // 2] + BROKEN + text[len(text) // 2:]


def _break(holder: object, key: str) -> None:
    setattr(holder, key, broken(getattr(holder, key)))


def _break_footer(release: Release, index: int, key: str) -> None:
    _break(release.footer[index], key)


def _break_keyword(release: Release, index: int) -> None:
    release.keywords[index] = broken(release.keywords[index])


Breaker = Callable[[Release], None]


def breakers() -> list[tuple[str, str, Breaker]]:
    """(label, field the finding names, a change that puts a lone surrogate into one text)
    for every text of the sample that an export prints."""
    release = sample()
    found: list[tuple[str, str, Breaker]] = [
        (key, key, lambda r, k=key: _break(r, k))  # type: ignore[misc]  # the default binds the loop's value
        for key in ("headline", "subheadline", "dateline", "organization", "body",
                    "boilerplate", "lead_in", "short_title", "source", "column", "author",
                    "responsible_editor", "summary", "page_url")]
    found += [(f"contact {key}", "contacts", lambda r, k=key: _break(r.contacts[0], k))  # type: ignore[misc]  # the default binds the loop's value
              for key in ("name", "role", "organization", "phone", "email")]
    for index, line in enumerate(release.footer):
        for key in ("text", "url") if line.url else ("text",):
            found.append((f"footer {index} {key}", "footer",
                          lambda r, i=index, k=key: _break_footer(r, i, k)))  # type: ignore[misc]  # the default binds the loop's value
    found += [(f"keyword {i}", "keywords", lambda r, i=i: _break_keyword(r, i))  # type: ignore[misc]  # the default binds the loop's value
              for i in range(len(release.keywords))]
    found += [(f"photo {key}", "photos", lambda r, k=key: _break(r.photos[0], k))  # type: ignore[misc]  # the default binds the loop's value
              for key in ("caption", "credit", "alt")]
    return found


BREAKERS = breakers()


def test_every_text_field_is_covered() -> None:
    # (the time of release is a clock, "09:30": a file holding anything else is read with
    # it set aside in the extras, so no broken character reaches it)
    assert {field for _, field, _ in BREAKERS} == \
        {field for field, _ in text_fields(sample())} - {"release_time"}


@pytest.mark.parametrize(("field", "change"), [(f, c) for _, f, c in BREAKERS],
                         ids=[label for label, _, _ in BREAKERS])
def test_a_broken_character_in_any_text_is_an_error_finding(field: str,
                                                            change: Breaker) -> None:
    assert not [f for f in check(sample(), now=NOW) if f.code == "broken_character"]
    release = sample()
    change(release)
    # The file keeps it (a lossless round trip), the check names its field.
    release = document.loads(document.dumps(release))
    found = [f for f in check(release, now=NOW) if f.code == "broken_character"]
    assert [(f.severity, f.field) for f in found] == [(ERROR, field)]
    message = found[0].message
    assert BROKEN not in message and "\n" not in message and message.count(".") >= 1


def test_every_export_of_a_release_broken_everywhere_is_written(tmp_path: Path) -> None:
    release = sample()
    for _, _, change in BREAKERS:
        change(release)
    release.clearance.signoffs.append(SignOff(broken("Ann Editor"), broken("Editor"), NOW,
                                              "sha256:" + "0" * 64, broken("fine")))
    source = tmp_path / "broken.release"
    source.write_bytes(document.dumps(release))
    release = document.load(source)
    out = tmp_path / "out"
    out.mkdir()
    written = write_exports(release, targets_in(out, "broken"), source=source)
    assert any(path.name == "manifest.json" for path in written)
    for path in written:
        data = path.read_bytes()
        assert BROKEN.encode("utf-8", "surrogatepass") not in data, path.name
        if path.suffix in (".html", ".txt", ".json", ".eml"):
            data.decode("utf-8")  # valid UTF-8 throughout
    assert json.loads((out / "manifest.json").read_bytes())["release"]["headline"]
    for kind in ("docx", "pdf"):
        assert render_sheet(release, release.clearance.policy, kind, NOW)


def test_the_command_line_check_says_so_in_valid_utf8(tmp_path: Path) -> None:
    release = sample()
    for _, _, change in BREAKERS:
        change(release)
    source = tmp_path / "broken.release"
    source.write_bytes(document.dumps(release))
    done = subprocess.run([Path(sys.executable).with_name("releasedesk"), "check", source],
                          capture_output=True, timeout=120)
    assert done.returncode == 1, done.stderr
    lines = done.stdout.decode("utf-8").splitlines()
    assert {line.split()[1] for line in lines if "broken character" in line} == {
        "headline", "subheadline", "dateline", "organization", "body", "boilerplate",
        "contacts", "footer", "keywords", "photos", "lead_in", "short_title", "source",
        "column", "author", "responsible_editor", "summary", "page_url"}

"""House wording (conventions.words): cleaned at layout, validated where it comes in,
flagged by check; and a multi-format export is all or none."""

from __future__ import annotations

import html
import io
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk import atomic, document
from releasedesk.body.safety import clean_text
from releasedesk.checks import check
from releasedesk.document import FileFormatError
from releasedesk.errors import ReleaseDeskError
from releasedesk.exporting import draft_bytes, targets_in, write_exports
from releasedesk.model import Release
from releasedesk.profiles import ProfileError, ProfileStore, load_profile, profile_to_dict
from releasedesk.records import replace
from releasedesk.render import FORMATS
from releasedesk.render.words import WORD_KEYS, words_with

from export_helpers import paragraph_text
from helpers import make_release
from test_cli import assert_one_line_error, run

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\ud800-\udfff\ufffe\uffff]")
NASTY_WORDS = {"NUL": "FOR\x00 RELEASE", "ESC": "FOR \x1b[31mRELEASE", "bidi": "FOR \u202eRELEASE",
               "surrogate": "FOR \ud800RELEASE", "newline": "FOR\nRELEASE", "C1": "FOR\x85RELEASE"}


def every_export_text(release: Release) -> dict[str, str]:
    texts = {fmt: draft_bytes(release, fmt).decode("utf-8")
             for fmt in ("html", "fragment", "txt")}
    opened = docx.Document(io.BytesIO(draft_bytes(release, "docx")))
    texts["docx"] = "\n".join(paragraph_text(p) for p in opened.paragraphs)
    return texts


word_text = st.text(max_size=25)
overrides = st.fixed_dictionaries({}, optional={
    "immediate": word_text, "contact": word_text, "contacts": word_text, "phone": word_text,
    "email": word_text, "embargoed": word_text.map(lambda t: t + " {when}"),
    "about": word_text.map(lambda t: "{organization} " + t)})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=overrides, embargoed=st.booleans())
def test_any_house_words_export_clean_in_every_format(words: dict[str, str],
                                                     embargoed: bool) -> None:
    release = make_release(status="embargoed" if embargoed else "immediate",
                           embargo_until=datetime(2026, 11, 26, 9, tzinfo=UTC))
    release.conventions.words = words
    for fmt, out in every_export_text(release).items():
        assert not UNSAFE.search(out), fmt
    chosen = words_with("en", words)
    for key in WORD_KEYS:
        assert "\n" not in getattr(chosen, key) and not UNSAFE.search(getattr(chosen, key))


@pytest.mark.parametrize("kind", sorted(NASTY_WORDS))
def test_a_nasty_word_is_cleaned_in_the_exports_and_flagged_by_check(kind: str) -> None:
    release = make_release()
    release.conventions.words = {"immediate": NASTY_WORDS[kind]}
    printed = " ".join(clean_text(NASTY_WORDS[kind]).split())
    assert printed.startswith("FOR") and printed.endswith("RELEASE")
    for fmt, out in every_export_text(release).items():
        assert printed in html.unescape(out), fmt
        assert not UNSAFE.search(out), fmt
    findings = [f for f in check(release) if f.code == "house_word_unusable"]
    assert [(f.severity, f.field, dict(f.args)) for f in findings] == [
        ("warning", "conventions", {"key": "immediate"})]
    assert '"immediate"' in findings[0].message


def test_check_flags_a_word_that_lost_its_placeholder_and_only_that() -> None:
    release = make_release()
    release.conventions.words = {"about": "About us", "contact": "Press desk"}
    assert [dict(f.args)["key"] for f in check(release) if f.code == "house_word_unusable"] \
        == ["about"]


def profile_with_words(tmp_path: Path, words: dict[str, str]) -> Path:
    data = profile_to_dict(ProfileStore().get("fernhollow-portal"))
    data["name"] = "with-words"
    data["conventions"]["words"] = words
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    return source


@pytest.mark.parametrize("kind", sorted(NASTY_WORDS))
def test_profiles_with_nasty_words_are_refused_naming_the_word(tmp_path: Path,
                                                               kind: str) -> None:
    source = profile_with_words(tmp_path, {"contact": "Press", "embargoed":
                                           NASTY_WORDS[kind] + " {when}"})
    with pytest.raises(ProfileError) as info:
        ProfileStore().import_file(source)
    problem = "characters that are not valid Unicode" if kind == "surrogate" \
        else "control characters"
    assert info.value.message == f'The profile bad.json is damaged: the word "embargoed" ' \
                                 f"contains {problem}."
    assert not ProfileStore().user_dir.exists() or not any(ProfileStore().user_dir.iterdir())
    result = run("profile", "import", source)
    assert_one_line_error(result, '"embargoed"', problem)


def test_a_damaged_user_profile_is_skipped_and_reported(tmp_path: Path) -> None:
    store = ProfileStore()
    store.user_dir.mkdir(parents=True)
    source = profile_with_words(tmp_path, {"phone": "Tel\x00"})
    (store.user_dir / "with-words.json").write_bytes(source.read_bytes())
    assert "with-words" not in store.names()
    assert any('the word "phone" contains control characters' in p for p in store.problems)
    with pytest.raises(ProfileError, match='"phone"'):
        load_profile(store.user_dir / "with-words.json")


@pytest.mark.parametrize("kind", sorted(NASTY_WORDS))
def test_release_files_with_nasty_words_are_refused_and_nothing_is_written(tmp_path: Path,
                                                                           kind: str) -> None:
    release = make_release()
    release.conventions.words = {"immediate": NASTY_WORDS[kind]}
    path = tmp_path / "story.release"
    path.write_bytes(document.dumps(release))
    with pytest.raises(FileFormatError, match='story.release is damaged: the word "immediate"'):
        document.load(path)
    for command in ("export", "check"):
        assert_one_line_error(run(command, path), "story.release", '"immediate"')
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.release"]


def test_a_failing_render_writes_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "story.html").write_text("previous export")

    def broken(layout: object, context: object) -> bytes:
        raise ValueError("All strings must be XML compatible")

    monkeypatch.setitem(FORMATS, "docx", replace(FORMATS["docx"], write=broken))
    with pytest.raises(ValueError):
        write_exports(make_release(), targets_in(tmp_path, "story"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.html"]
    assert (tmp_path / "story.html").read_text() == "previous export"


def test_a_failing_staging_writes_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "story.html").write_text("previous export")
    real_stage = atomic.stage
    staged: list[Path] = []

    def stage_then_fail(path: Path, data: bytes, action: str, follow: bool = False,
                        mode: int | None = None) -> object:
        if path.suffix == ".txt":
            raise ReleaseDeskError("Could not write the export: the disk is full.")
        item = real_stage(path, data, action, follow, mode)
        assert item.temporary is not None
        staged.append(item.temporary)
        return item

    monkeypatch.setattr(atomic, "stage", stage_then_fail)
    with pytest.raises(ReleaseDeskError, match="disk is full"):
        write_exports(make_release(), targets_in(tmp_path, "story"))
    assert len(staged) == 3 and not any(p.exists() for p in staged)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.html"]
    assert (tmp_path / "story.html").read_text() == "previous export"


def test_cli_export_of_all_formats_is_all_or_none(tmp_path: Path) -> None:
    import os

    source = tmp_path / "story.release"
    document.save(make_release(), source)
    os.mkfifo(tmp_path / "story.txt")  # the last format cannot be written
    assert_one_line_error(run("export", source), "story.txt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.release", "story.txt"]
    os.unlink(tmp_path / "story.txt")
    result = run("export", source)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == len([f for f in FORMATS.values()
                                                   if f.in_all]) + 1  # and manifest.json

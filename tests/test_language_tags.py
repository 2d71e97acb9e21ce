"""The release language is a plausible BCP 47 tag: anything else is refused at load and
save with one sentence (a 256-character language used to break the DOCX)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.document import FileFormatError
from releasedesk.errors import ReleaseDeskError
from releasedesk.exporting import draft_bytes
from releasedesk.field_rules import LANGUAGE_MAX, language_problem
from releasedesk.profiles import ProfileError, ProfileStore, load_profile, profile_to_dict
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import opens, went
from helpers import make_release
from test_cli import assert_one_line_error, run

BAD = ["x" * 256, "en" * 18, "english (uk)", "en-", "-en", "en--GB", "zh\x00CN", "1en",
       "ünï", "en GB", "en-toolongsubtag", "\u202eneg"]
GOOD = ["en", "en-GB", "zh-CN", "zh_CN", "sr-Latn-RS", "de-CH-1901", "x-private", "",
        "a" * 8 + "-12345678" * 3]


def release_file(tmp_path: Path, language: str) -> Path:
    data = document.to_dict(make_release())
    data["language"] = language
    path = tmp_path / "story.release"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("language", BAD)
def test_an_implausible_language_is_refused_everywhere(tmp_path: Path, language: str) -> None:
    path = release_file(tmp_path, language)
    with pytest.raises(FileFormatError) as info:
        document.load(path)
    assert info.value.message.startswith('story.release is damaged: the language "')
    assert "is not a language tag such as en, en-GB or zh-CN" in info.value.message
    assert "\n" not in info.value.message and "\x00" not in info.value.message
    assert "\u202e" not in info.value.message
    for command in ("check", "export"):
        assert_one_line_error(run(command, path), "story.release", "language")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.release"]

    data = profile_to_dict(ProfileStore().get("calloway-wire"))
    data["language"] = language
    profile = tmp_path / "house.json"
    profile.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProfileError, match="The profile house.json is damaged: the language"):
        load_profile(profile)

    target = tmp_path / "new.release"
    with pytest.raises(ReleaseDeskError, match="was not saved: the language"):
        document.save(make_release(language=language), target)
    assert not target.exists()


@pytest.mark.parametrize("language", GOOD)
def test_plausible_tags_load_save_and_export(tmp_path: Path, language: str) -> None:
    assert len(language) <= LANGUAGE_MAX
    loaded = document.load(release_file(tmp_path, language))
    assert loaded.language == language
    document.save(loaded, tmp_path / "again.release")
    assert draft_bytes(loaded, "docx")[:2] == b"PK"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.sampled_from("aZ9-_ é\x00"), max_size=60))
def test_every_accepted_language_exports_in_every_format(language: str) -> None:
    if language_problem(language) is not None:
        assert language  # empty means English and is always fine
        return
    assert len(language) <= LANGUAGE_MAX
    assert all(c.isascii() and (c.isalnum() or c in "-_") for c in language)
    release = make_release(language=language)
    opened = docx.Document(io.BytesIO(draft_bytes(release, "docx")))
    assert opened.core_properties.language == (language or "en")
    for fmt in ("html", "fragment", "txt"):
        assert draft_bytes(release, fmt)


def test_the_editor_refuses_to_save_a_language_it_could_not_reopen(qtbot: QtBot,
                                                                   tmp_path: Path) -> None:
    from releasedesk.gui.app.main_window import MainWindow
    from releasedesk.recovery import RecoveryStore

    from gui_helpers import FakePrompts

    work = tmp_path / "story.release"
    shutil.copy(SAMPLES / "tidewater-ferry-terminal.release", work)
    before = work.read_bytes()
    prompts = FakePrompts()
    window = MainWindow(Settings(), prompts, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    assert opens(window, work)
    window.manager.release.language = "English (Canada)"
    window.manager.mark_modified()
    assert not went(window.manager.save)
    assert len(prompts.errors) == 1 and "language" in prompts.errors[0]
    assert window.manager.modified and work.read_bytes() == before
    window.manager.release.language = "en-CA"
    assert went(window.manager.save)
    assert document.load(work).language == "en-CA"
    window.close()


def test_a_recovery_copy_with_a_half_typed_language_comes_back(tmp_path: Path) -> None:
    from releasedesk.recovery import RecoveryStore

    store = RecoveryStore(tmp_path / "recovery")
    store.write("k", make_release(language="en-", headline="Typed before the crash"), None)
    meta = store.folder / "k.json"
    meta.write_text(meta.read_text().replace('"pid": ', '"pid": 4194000, "was": '))
    [copy] = store.pending()
    restored = store.load(copy)
    assert restored.language == "en-" and restored.headline == "Typed before the crash"
    with pytest.raises(FileFormatError, match="language"):
        document.load(copy.file)  # from outside, the same file is refused

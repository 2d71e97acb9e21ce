"""The New Language Version dialog names each language as a user names it, in the
interface's language and as the rest of the editor does ("English (US)" for en-US, not
"English — en"), telling every choice apart; the release's own language is named so in
the sentence that refuses it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from releasedesk.gui.twins.twin_dialog import NewLanguageVersionDialog
from releasedesk.gui.widgets.language_names import VARIANTS, choice_names, interface_name
from releasedesk.language_tag import primary
from releasedesk.twins.making import LANGUAGES, language_choices

from examples import examples

# Tags a list may hold: the variants named, languages alone, regions not named, scripts,
# a language ReleaseDesk has no name for, in the cases a house style may write them.
POOL = ["en", "en-US", "en-GB", "en-CA", "en-AU", "en-IE", "en-NZ", "fr", "fr-CA", "fr-BE",
        "zh-CN", "zh-Hans", "zh-TW", "zh-Hant", "zh-HK", "zh-MO", "de", "de-AT", "es",
        "es-MX", "pt", "ja", "ko", "sv", "sv-SE", "en-us", "EN-GB"]


def _dialog(qtbot: QtBot, source: str, tmp_path: Path) -> NewLanguageVersionDialog:
    dialog = NewLanguageVersionDialog("Ferry terminal opens", source, tmp_path / "x.release",
                                      language_choices(source, []), False)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(("source", "named"), [
    ("zh-CN", {"en": "English", "en-US": "English (US)", "en-GB": "English (UK)",
               "fr-CA": "French (Canada)", "de": "German"}),
    ("en-US", {"zh-CN": "Chinese (Simplified)", "zh-TW": "Chinese (Traditional)",
               "fr": "French", "fr-CA": "French (Canada)"}),
    ("fr", {"en-US": "English (US)", "en-GB": "English (UK)",
            "zh-HK": "Chinese (Traditional, Hong Kong)"}),
])
def test_the_choices_are_named_as_a_user_names_them(qtbot: QtBot, tmp_path: Path, source: str,
                                                   named: dict[str, str]) -> None:
    dialog = _dialog(qtbot, source, tmp_path)
    items = {str(dialog.language.itemData(i)): dialog.language.itemText(i)
             for i in range(dialog.language.count())}
    assert {tag: items[tag] for tag in named} == named
    assert all(" — " not in text for text in items.values()), items
    for index in range(dialog.language.count()):  # (the tag said in each item's tip)
        assert dialog.language.itemData(index, Qt.ItemDataRole.ToolTipRole) == \
            dialog.language.itemData(index)
    dialog.choose("en-US")
    assert dialog.tag() == "en-US"


@pytest.mark.parametrize(("source", "chosen", "said"), [
    ("en-US", "en-GB", "This release is already in English (US); choose another language."),
    ("en", "en-US", "This release is already in English; choose another language."),
    ("zh-CN", "zh-TW", "This release is already in Chinese (Simplified); choose another "
                       "language."),
    ("en-GB", "en", "This release is already in English (UK); choose another language."),
])
def test_the_release_s_own_language_is_named_as_the_choices_are(
        qtbot: QtBot, tmp_path: Path, source: str, chosen: str, said: str) -> None:
    dialog = _dialog(qtbot, source, tmp_path)
    dialog.choose(chosen)
    assert dialog.problem_text() == said


@settings(max_examples=examples(300, 80))
@given(st.lists(st.sampled_from(POOL), unique_by=str.lower, max_size=12))
def test_every_choice_is_told_apart_and_a_named_variant_needs_no_tag(
        qapp: QApplication, tags: list[str]) -> None:
    shown = choice_names(tags)
    assert len(set(shown)) == len(shown), dict(zip(tags, shown, strict=True))
    for tag, text in zip(tags, shown, strict=True):
        name = interface_name(tag)
        assert text in (name, f"{name} — {tag}")
        alone = [t for t in tags if interface_name(t) == name] == [tag]
        if alone and (tag.lower() in VARIANTS or primary(tag) == tag.lower()):
            assert text == name, (tag, text)


def test_the_known_variants_are_all_named() -> None:
    """Every variant the dialog offers with a region has a name of its own."""
    regional = [tag for tag in LANGUAGES if "-" in tag]
    assert [tag for tag in regional if tag.lower() not in VARIANTS] == []

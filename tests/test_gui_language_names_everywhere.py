"""A language is named one way wherever a user picks or reads it (lows15a: codes in the
set-up and the form, "English (US)" in New Language Version, "Chinese (Hong Kong)" beside
two scripts): by gui/widgets/language_names, in the interface's language; the file keeps
the code. A table over every language the product offers × both interface languages:
every name is told apart, none is a bare code, and every code, offered or not, goes
through each widget that picks a language and comes back unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from releasedesk.gui.basics import i18n
from releasedesk.gui.dialogs.first_run import FirstRunDialog
from releasedesk.gui.dialogs.house_style import HouseStyleDialog
from releasedesk.gui.form.release_form import ReleaseForm
from releasedesk.gui.twins.twin_dialog import NewLanguageVersionDialog
from releasedesk.gui.widgets.language_names import (
    RELEASE_LANGUAGES,
    VARIANTS,
    LanguageBox,
    choice_names,
    interface_name,
)
from releasedesk.house_setup import LANGUAGES as SETUP_LANGUAGES
from releasedesk.house_setup import defaults_for
from releasedesk.profiles import Profile, ProfileStore
from releasedesk.twins.making import LANGUAGES as VERSION_LANGUAGES

from gui_helpers import FakePrompts
from helpers import make_release

OFFERED = tuple(dict.fromkeys((*RELEASE_LANGUAGES, *SETUP_LANGUAGES, *VERSION_LANGUAGES)))
# Codes a file may carry that no list offers: a region or script not named, another case,
# a language the editor has no name for.
UNKNOWN = ("en-IE", "fr-BE", "en-us", "zh-Hant-TW", "sv", "tlh", "yue-HK")
INTERFACES = ("en", "zh_CN")


@pytest.fixture(params=INTERFACES)
def interface(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    language = str(request.param)
    translator = QTranslator()
    if language != "en":
        assert translator.load(str(i18n.translation_file(language)))
        QCoreApplication.installTranslator(translator)
    yield language
    QCoreApplication.removeTranslator(translator)


def _english_name(tag: str) -> str:
    from releasedesk.language_tag import LANGUAGE_WORDS, primary

    return VARIANTS.get(tag.lower()) or LANGUAGE_WORDS[primary(tag)]


def test_every_language_offered_has_a_name_of_its_own(interface: str) -> None:
    names = [interface_name(tag) for tag in OFFERED]
    assert len(set(names)) == len(names), dict(zip(OFFERED, names, strict=True))
    assert choice_names(list(OFFERED)) == names  # (told apart by name alone, no tag)
    for tag, name in zip(OFFERED, names, strict=True):
        assert name != tag and "-" not in name, (tag, name)
        # named in the interface's language: a Chinese interface names none in English
        assert (name == _english_name(tag)) is (interface == "en"), (tag, name)
    if interface == "zh_CN":
        assert interface_name("zh-CN") == "中文（简体）"
        assert interface_name("zh-HK") == "中文（繁体，香港）"


@pytest.mark.parametrize("tags", [RELEASE_LANGUAGES, SETUP_LANGUAGES, VERSION_LANGUAGES])
def test_a_language_box_names_each_item_and_gives_back_its_code(
        qtbot: QtBot, interface: str, tags: tuple[str, ...]) -> None:
    box = LanguageBox(None, tags)
    qtbot.addWidget(box)
    codes: list[str] = []
    box.codeChanged.connect(codes.append)
    box.setEditText("x-none")
    for tag in (*tags, *UNKNOWN, *tags):
        box.show_code(tag)
        assert box.code() == tag and codes[-1] == tag
        # an offered code shows its name; any other shows as it is, and is kept
        assert box.currentText() == (interface_name(tag) if tag in tags else tag)
    for index in range(box.count()):  # picked from the list
        box.setCurrentIndex(index)
        assert box.code() == tags[index] and box.currentText() == interface_name(tags[index])
    for tag in tags:  # a name typed in full is that language; a code typed is itself
        box.setEditText(interface_name(tag))
        assert box.code() == tag
        box.setEditText(tag)
        assert box.code() == tag


@pytest.mark.parametrize("tag", [*OFFERED, *UNKNOWN])
def test_a_release_s_language_goes_through_the_form_unchanged(
        qtbot: QtBot, interface: str, tag: str) -> None:
    form = ReleaseForm()
    qtbot.addWidget(form)
    form.set_release(make_release(language=tag))
    box = form.details_box.language
    assert box.currentText() == (interface_name(tag) if tag in RELEASE_LANGUAGES else tag)
    form.details_box.language_changed()  # (as an edit of the box would ask)
    assert form.release.language == tag


@pytest.mark.parametrize("tag", [*OFFERED, *UNKNOWN])
def test_the_set_up_and_the_house_style_keep_the_code(
        qtbot: QtBot, interface: str, tag: str) -> None:
    store = ProfileStore()
    setup = FirstRunDialog(store, FakePrompts(), defaults_for(interface))
    qtbot.addWidget(setup)
    setup.language.show_code(tag)
    assert setup.answers().language == tag
    assert setup.language.currentText() == (
        interface_name(tag) if tag in SETUP_LANGUAGES else tag)
    store.save(Profile(name="harbour-board", organization="Fernhollow Harbour Board",
                       language=tag))
    house = HouseStyleDialog(store, FakePrompts(), select="harbour-board")
    qtbot.addWidget(house)
    assert house.edited_profile().language == tag
    assert house.language.currentText() == (
        interface_name(tag) if tag in RELEASE_LANGUAGES else tag)


@pytest.mark.parametrize("tag", [*VERSION_LANGUAGES, *UNKNOWN])
def test_a_new_language_version_s_code_is_the_one_chosen(
        qtbot: QtBot, tmp_path: Path, interface: str, tag: str) -> None:
    dialog = NewLanguageVersionDialog("Ferry terminal opens", "ar", tmp_path / "x.release",
                                      list(VERSION_LANGUAGES), False)
    qtbot.addWidget(dialog)
    dialog.choose(tag)
    assert dialog.tag() == tag

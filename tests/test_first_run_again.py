"""Tools ▸ Set Up Your Organisation… run again over the office's own house style (tester13: it
started from blank pages and Finish saved a second house style, "my-office-2", with no register,
About text or footer, which File ▸ New then listed beside the first under the same name)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.house_setup import answers_from, own_profiles, save_setup
from releasedesk.model import Contact, FooterLine
from releasedesk.profiles import ProfileStore, load_profile
from releasedesk.records import replace
from releasedesk.register import Register
from releasedesk.settings import load_settings, save_settings
from test_first_run import PNG, answers_for
from test_gui import make_window  # noqa: F401 (fixtures)

KEPT_WORDS = {"contact": "Press desk"}


def office(store: ProfileStore, language: str = "en-GB") -> tuple[str, Register]:
    """An office's own house style made by the set-up, then given what only Tools ▸ House
    Style sets: a register, a dateline and house words."""
    made = save_setup(store, answers_for(language=language))
    register = Register(places=["Port Calloway"], words=["Calloway"])
    made.names, made.dateline = register, "PORT CALLOWAY"
    made.conventions.words = dict(KEPT_WORDS)
    store.save(made)
    return made.name, register


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(organization=st.text("abcdefghij KLMNOP&-芬霍洛区", min_size=1, max_size=40)
       .filter(lambda o: o.strip()),
       about=st.text("abc .\n", max_size=60),
       footer=st.lists(st.text("abc©2026 ", min_size=1, max_size=20).filter(str.strip),
                       max_size=3),
       contacts=st.lists(st.text("abcdef ", min_size=1, max_size=12).filter(str.strip),
                         max_size=2),
       language=st.sampled_from(["en-GB", "en-US", "zh-CN"]),
       zone=st.sampled_from(["", "Europe/London", "Asia/Shanghai"]),
       date_format=st.sampled_from(["ap", "long", "dmy", "zh"]))
def test_run_again_updates_the_one_house_style_and_keeps_what_it_does_not_ask(
        tmp_path_factory: pytest.TempPathFactory, organization: str, about: str,
        footer: list[str], contacts: list[str], language: str, zone: str,
        date_format: str) -> None:
    store = ProfileStore(user_dir=tmp_path_factory.mktemp("profiles"))
    name, register = office(store)
    house = store.get(name)
    shown = answers_from(house, store.user_dir)
    assert shown.organization == house.organization and shown.footer == house.footer
    assert shown.contacts == house.contacts and shown.boilerplate == house.boilerplate
    answers = replace(shown, organization=organization, boilerplate=about,
                      footer=[FooterLine(text) for text in footer],
                      contacts=[Contact(name=person) for person in contacts],
                      language=language, zone=zone, date_format=date_format)
    saved = save_setup(store, answers, update=house)
    assert saved.name == name and [p.name for p in own_profiles(store.load_all())] == [name]
    again = load_profile(store.user_dir / f"{name}.json")
    assert again == saved
    assert again.organization == " ".join(organization.split())
    assert again.boilerplate == about.strip() and again.language == language
    assert again.conventions.zone == zone and again.conventions.date_format == date_format
    assert [c.name for c in again.contacts] == [" ".join(c.split()) for c in contacts]
    assert [line.text for line in again.footer] == (
        [t.strip() for t in footer] or [f"© {again.footer[0].text.split()[1]} "
                                        f"{again.organization}"])
    # What the set-up does not ask stays as Tools ▸ House Style set it.
    assert again.names == register and again.dateline == "PORT CALLOWAY"
    if language == house.language:
        assert again.conventions.words == KEPT_WORDS


@pytest.mark.parametrize("language", ["en-GB", "zh-CN"])
def test_run_again_and_finished_unchanged_changes_nothing(tmp_path: Path, language: str) -> None:
    store = ProfileStore(user_dir=tmp_path / "profiles")
    name, _ = office(store, language)
    house = store.get(name)
    before = (store.user_dir / f"{name}.json").read_bytes()
    save_setup(store, answers_from(house, store.user_dir), update=house)
    assert (store.user_dir / f"{name}.json").read_bytes() == before
    assert [p.name for p in own_profiles(store.load_all())] == [name]


def test_the_logo_is_kept_replaced_or_removed(tmp_path: Path) -> None:
    store = ProfileStore(user_dir=tmp_path / "profiles")
    logo = tmp_path / "crest.png"
    logo.write_bytes(PNG)
    house = save_setup(store, answers_for(logo=logo))
    kept = store.user_dir / house.logo
    assert answers_from(house, store.user_dir).logo == kept
    again = save_setup(store, answers_from(house, store.user_dir), update=house)
    assert again.logo == house.logo and kept.read_bytes() == PNG
    removed = save_setup(store, replace(answers_from(again, store.user_dir), logo=None),
                         update=again)
    assert removed.logo == "" and store.get(house.name).logo == ""


def test_the_menu_opens_the_set_up_on_the_house_style_and_finish_updates_it(
        qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    window.show()
    store = window.profiles()
    name, register = office(store)
    settings_now = load_settings()
    settings_now.last_profile = name
    save_settings(settings_now)
    window.settings.last_profile = name
    dialog = window.set_up_organisation()
    assert dialog.update_profile is not None and dialog.update_profile.name == name
    assert dialog.organization.text() == "Calloway Harbour Authority"
    assert dialog.boilerplate.toPlainText() == "The Authority runs the harbour's ferries."
    assert "Press room | https://calloway-harbour.example/press" in dialog.footer.toPlainText()
    assert [c.name for c in dialog.contacts.contacts] == ["Ana Ortiz"]
    assert dialog.skip_button.text().replace("&", "") == "Cancel"
    dialog.organization.setText("Calloway Harbour and Ferries Authority")
    dialog.go(dialog.PAGES - 1)
    dialog.finish_button.click()
    assert not dialog.isVisible() and dialog.saved is not None
    [own] = own_profiles(store.load_all())
    assert own.name == name and own.organization == "Calloway Harbour and Ferries Authority"
    assert own.names == register and own.boilerplate.startswith("The Authority")


def test_the_first_start_still_starts_blank(
        qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    office(window.profiles())
    dialog = window.set_up_organisation(first_start=True)
    assert dialog.update_profile is None and dialog.organization.text() == ""
    assert dialog.skip_button.text().replace("&", "") == "Skip Set-up"
    dialog.skip_button.click()

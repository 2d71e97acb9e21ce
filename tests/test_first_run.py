"""The first start's set-up (issue 27, point 1): the user's own house style from a few
answers or a colleague's file, skippable once and for all, in English or Chinese; new
releases then start from it, and the sample organisations are only in File ▸ Open Sample."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from releasedesk import paths
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.basics import i18n
from releasedesk.gui.dialogs.first_run import FirstRunDialog, open_set_up
from releasedesk.house_setup import (
    FALLBACK_NAME,
    SetupAnswers,
    SetupError,
    defaults_for,
    make_profile,
    needs_setup,
    profile_name_for,
    save_setup,
    setup_problems,
)
from releasedesk.language_tag import date_style_of
from releasedesk.model import Contact, FooterLine
from releasedesk.profiles import ProfileError, ProfileStore, dumps_profile, load_profile, valid_name
from releasedesk.records import replace
from releasedesk.render.layout import footer_items
from releasedesk.render.words import format_date
from releasedesk.settings import load_settings
from test_gui import make_window  # noqa: F401 (fixtures)

from gui_helpers import prompts_of

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7"
       b"5\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")

organisations = st.one_of(
    st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZÉéü &.,'-0123456789",
            min_size=1, max_size=80),
    st.text("芬霍洛区行政公署港务局新闻办", min_size=1, max_size=20))


def answers_for(organization: str = "Calloway Harbour Authority",
                **changes: object) -> SetupAnswers:
    answers = SetupAnswers(
        organization=organization, boilerplate="The Authority runs the harbour's ferries.",
        footer=[FooterLine("© 2026 Calloway Harbour Authority"),
                FooterLine("Press room", "https://calloway-harbour.example/press")],
        contacts=[Contact("Ana Ortiz", "Press officer", "", "+1 555 0100",
                          "press@calloway-harbour.example")],
        language="en-GB", zone="Europe/London", date_format="long")
    for key, value in changes.items():
        setattr(answers, key, value)
    return answers


# -- the rules (no window) -------------------------------------------------------------------


@given(organisations, st.sets(st.from_regex(r"[a-z]{1,6}(-[0-9])?", fullmatch=True),
                              max_size=8))
def test_a_profile_name_is_always_usable_and_free(organization: str, taken: set[str]) -> None:
    name = profile_name_for(organization, taken | {FALLBACK_NAME})
    assert valid_name(name) and name not in taken and name != FALLBACK_NAME


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(organization=organisations.filter(lambda o: o.strip()),
       about=st.text(min_size=0, max_size=200).map(lambda t: t.replace("\r", "")),
       language=st.sampled_from(["en-US", "en-GB", "en-CA", "zh-CN", "en"]),
       zone=st.sampled_from(["", "Asia/Shanghai", "America/New_York", "Europe/Berlin"]),
       date_format=st.sampled_from(["ap", "iso", "long", "zh"]))
def test_the_answers_are_saved_as_the_users_own_house_style(
        tmp_path_factory: pytest.TempPathFactory, organization: str, about: str,
        language: str, zone: str, date_format: str) -> None:
    folder = tmp_path_factory.mktemp("profiles")
    store = ProfileStore(user_dir=folder)
    answers = answers_for(organization, boilerplate=about, language=language, zone=zone,
                          date_format=date_format)
    assert needs_setup(store, skipped=False)
    profile = save_setup(store, answers)
    again = load_profile(folder / f"{profile.name}.json")
    assert again == profile and not again.builtin
    assert again.organization == " ".join(organization.split())
    assert again.boilerplate == about.strip()
    assert again.language == language
    assert again.conventions.zone == zone and again.conventions.date_format == date_format
    assert again.footer == answers.footer and again.contacts == answers.contacts
    assert not needs_setup(store, skipped=False)


@pytest.mark.parametrize("answer,value", [
    ("organization", "  "),
    ("contacts", [Contact(name="Ana", email="ana@")]),
    ("language", "English please"),
    ("language", ""),
    ("zone", "Mars/Olympus"),
    ("date_format", "roman"),
])
def test_an_answer_that_cannot_be_saved_is_named_and_nothing_is_written(
        tmp_path: Path, answer: str, value: str | list[Contact]) -> None:
    answers = replace(answers_for(), **{answer: value})
    [problem] = setup_problems(answers)
    assert problem.answer == answer
    store = ProfileStore(user_dir=tmp_path / "profiles")
    with pytest.raises(SetupError) as raised:
        save_setup(store, answers)
    assert raised.value.message.endswith(".") and "\n" not in raised.value.message
    assert not (tmp_path / "profiles").exists()


def test_an_empty_footer_becomes_the_copyright_line() -> None:
    profile = make_profile(answers_for(footer=[]), "calloway", date(2027, 3, 1))
    assert profile.footer == [FooterLine("© 2027 Calloway Harbour Authority")]


@pytest.mark.parametrize("interface,system_zone,expected", [
    ("zh_CN", "Europe/Berlin", ("zh-CN", "Asia/Shanghai", "zh")),
    ("zh", "", ("zh-CN", "Asia/Shanghai", "zh")),
    ("en", "Europe/Berlin", ("en-US", "Europe/Berlin", "ap")),
    ("en", "Not/AZone", ("en-US", "", "ap")),
    ("", "", ("en-US", "", "ap")),
])
def test_the_defaults_follow_the_desktop(interface: str, system_zone: str,
                                         expected: tuple[str, str, str]) -> None:
    answers = defaults_for(interface, system_zone)
    assert (answers.language, answers.zone, answers.date_format) == expected


@pytest.mark.parametrize("own,skipped,asked", [
    (False, False, True), (False, True, False), (True, False, False), (True, True, False)])
def test_the_set_up_is_offered_only_without_a_house_style_and_unskipped(
        tmp_path: Path, own: bool, skipped: bool, asked: bool) -> None:
    store = ProfileStore(user_dir=tmp_path)
    assert store.load_all(), "the built-in samples are there"
    if own:
        save_setup(store, answers_for())
    assert needs_setup(store, skipped) is asked


def test_the_logo_is_kept_beside_the_house_style(tmp_path: Path) -> None:
    logo = tmp_path / "harbour.png"
    logo.write_bytes(PNG)
    store = ProfileStore(user_dir=tmp_path / "profiles")
    profile = save_setup(store, answers_for(logo=logo))
    assert profile.logo == f"{profile.name}-logo.png"
    assert (tmp_path / "profiles" / profile.logo).read_bytes() == PNG
    assert load_profile(store.path_for(profile.name)).logo == profile.logo


@pytest.mark.parametrize("content", [b"GIF89a\x01\x00", b"%PDF-1.7", b"hello", b""])
def test_a_file_that_is_no_logo_is_refused(tmp_path: Path, content: bytes) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(content)
    store = ProfileStore(user_dir=tmp_path / "profiles")
    with pytest.raises(SetupError, match="PNG, JPEG or SVG"):
        save_setup(store, answers_for(logo=logo))
    assert not (tmp_path / "profiles").exists()


@pytest.mark.parametrize("logo", ["../etc/passwd", "/abs/logo.png", "sub/logo.png", ".hidden"])
def test_a_profile_file_naming_a_logo_elsewhere_is_refused(tmp_path: Path, logo: str) -> None:
    profile = make_profile(answers_for(), "calloway")
    raw = dumps_profile(profile).decode().replace('"name": "calloway"',
                                                  f'"name": "calloway", "logo": "{logo}"')
    (tmp_path / "calloway.json").write_text(raw, "utf-8")
    with pytest.raises(ProfileError, match="logo"):
        load_profile(tmp_path / "calloway.json")


# -- the dialog ---------------------------------------------------------------------------


def fill(dialog: FirstRunDialog) -> None:
    QTest.keyClicks(dialog.organization, "Calloway Harbour Authority")
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == 1
    QTest.keyClicks(dialog.boilerplate, "The Authority runs the harbour's ferries.")
    dialog.footer.setPlainText("© 2026 Calloway Harbour Authority\n"
                               "Press room | https://calloway-harbour.example/press")
    dialog.next_button.click()
    dialog.contacts.set_contacts([Contact("Ana Ortiz", "Press officer", "", "+1 555 0100",
                                          "press@calloway-harbour.example")])
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == 3 and dialog.finish_button.isVisible()
    dialog.language.setEditText("en-GB")
    dialog.zone.setEditText("Europe/London")
    dialog.date_format.setCurrentIndex(dialog.date_format.findData("long"))


def test_filling_the_set_up_makes_file_new_start_from_it(
        qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    window.show()
    dialog = window.set_up_organisation(first_start=True)
    assert isinstance(dialog, FirstRunDialog) and dialog.isVisible()
    dialog.next_button.click()  # no name yet: stays, and says so
    assert dialog.pages.currentIndex() == 0 and dialog.problem.text()
    fill(dialog)
    dialog.finish_button.click()
    assert not dialog.isVisible()
    saved = dialog.saved
    assert saved is not None
    profile = ProfileStore().get(saved.name)
    assert not profile.builtin
    assert profile.organization == "Calloway Harbour Authority"
    assert profile.language == "en-GB" and profile.conventions.zone == "Europe/London"
    assert profile.conventions.date_format == "long"
    assert profile.contacts[0].email == "press@calloway-harbour.example"
    assert profile.footer[1] == FooterLine("Press room", "https://calloway-harbour.example/press")
    # The untouched new release was started again from it, and the choice is remembered.
    assert window.manager.release.profile == saved.name
    assert load_settings().last_profile == saved.name
    # File ▸ New offers the user's own house styles only, theirs preselected.
    prompts = prompts_of(window)
    prompts.profile_answer = saved.name
    window.new_document()
    assert prompts.profile_choices[-1] == [saved.name]
    release = window.manager.release
    assert release.profile == saved.name
    assert release.organization == "Calloway Harbour Authority"
    assert release.contacts[0].name == "Ana Ortiz" and release.language == "en-GB"
    # And the next start begins from it too.
    window.settings.last_profile = ""
    window.start_new()
    assert window.manager.release.profile == saved.name


def test_a_wrong_answer_on_the_last_page_takes_the_user_back_to_it(
        qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    dialog = window.set_up_organisation()
    fill(dialog)
    dialog.go(2)
    dialog.contacts.set_contacts([Contact("Ana Ortiz", email="ana@")])
    dialog.go(3)
    assert not dialog.finish()
    assert dialog.pages.currentIndex() == 2 and "ana@" in dialog.problem.text()
    assert dialog.isVisible() and not ProfileStore().load_all()[0].name.startswith("calloway-h")


@pytest.mark.parametrize("how", ["skip", "escape"])
def test_skipping_is_not_asked_again(
        qtbot: QtBot, make_window: Callable[[], MainWindow], how: str) -> None:
    window = make_window()
    window.show()
    dialog = window.set_up_organisation(first_start=True)
    if how == "skip":
        dialog.skip_button.click()
    else:
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.saved is None
    assert window.settings.setup_skipped and load_settings().setup_skipped
    assert needs_setup(ProfileStore(), load_settings().setup_skipped) is False
    # With no house style of their own, File ▸ New is a blank release, not a sample's.
    window.new_document()
    assert window.manager.release.profile == "" and not window.manager.release.organization
    assert prompts_of(window).profile_choices == []


def test_opened_from_the_tools_menu_and_closed_it_still_asks_next_start(
        qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    window.actions["set_up"].trigger()
    dialog = window.last_dialog
    assert isinstance(dialog, FirstRunDialog)
    dialog.skip_button.click()
    assert not window.settings.setup_skipped  # (only the first start's skip is remembered)


def test_a_colleagues_house_style_file_is_one_button_away(
        qtbot: QtBot, make_window: Callable[[], MainWindow], tmp_path: Path) -> None:
    colleague = make_profile(answers_for("Fernhollow Ferries"), "fernhollow-ferries")
    source = tmp_path / "from-a-colleague.json"
    source.write_bytes(dumps_profile(colleague))
    window = make_window()
    window.show()
    prompts = prompts_of(window)
    prompts.next_path = source
    dialog = window.set_up_organisation(first_start=True)
    assert dialog.pages.currentIndex() == 0 and dialog.import_button.isVisible()
    dialog.import_button.click()
    assert not dialog.isVisible()
    assert ProfileStore().get("fernhollow-ferries") == colleague
    assert window.manager.release.profile == "fernhollow-ferries"
    assert not window.settings.setup_skipped


def test_a_damaged_colleague_file_is_said_and_the_set_up_stays(
        qtbot: QtBot, make_window: Callable[[], MainWindow], tmp_path: Path) -> None:
    source = tmp_path / "broken.json"
    source.write_text("{ not json", "utf-8")
    window = make_window()
    prompts = prompts_of(window)
    prompts.next_path = source
    failures: list[str] = []
    prompts.failure = lambda error: failures.append(error.message)  # type: ignore[method-assign]  # the test's scripted answer
    dialog = window.set_up_organisation()
    dialog.import_colleagues()
    assert dialog.saved is None and dialog.isVisible()
    assert failures and "invalid JSON" in failures[0]


def test_a_logo_is_chosen_checked_and_saved(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                            tmp_path: Path) -> None:
    window = make_window()
    dialog = window.set_up_organisation()
    wrong = tmp_path / "notes.png"
    wrong.write_text("not an image", "utf-8")
    dialog.ask_logo_path = lambda then: then(wrong)
    dialog.choose_logo()
    assert dialog.logo is None and "PNG" in dialog.problem.text()
    logo = tmp_path / "harbour.png"
    logo.write_bytes(PNG)
    dialog.ask_logo_path = lambda then: then(logo)
    dialog.choose_logo()
    assert dialog.logo == logo and dialog.logo_label.text() == "harbour.png"
    fill(dialog)
    assert dialog.finish()
    saved = dialog.saved
    assert saved is not None and saved.logo
    assert (paths.profiles_dir() / saved.logo).read_bytes() == PNG


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(i18n.translation_file("zh_CN")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_a_chinese_desktop_is_set_up_in_chinese(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                                chinese: None) -> None:
    window = make_window()
    window.settings.ui_language = "zh_CN"
    dialog = window.set_up_organisation(first_start=True)
    assert dialog.windowTitle() == "设置您的机构"
    assert dialog.import_button.text().startswith("导入")
    assert (dialog.language.code(), dialog.chosen_zone(),
            dialog.date_format.currentData()) == ("zh-CN", "Asia/Shanghai", "zh")
    assert dialog.language.currentText() == "中文（简体）"  # (named, not coded: lows15a)
    assert dialog.zone.currentText().startswith("上海 · 北京，中国 — 亚洲")  # words, not the ID
    dialog.organization.setText("芬霍洛区港务局")
    dialog.go(3)
    assert dialog.finish()
    saved = dialog.saved
    assert saved is not None and saved.name == FALLBACK_NAME
    release = window.manager.release
    assert release.language == "zh-CN" and release.organization == "芬霍洛区港务局"
    assert release.conventions.zone == "Asia/Shanghai"


# -- the start, and the samples --------------------------------------------------------------


@pytest.mark.parametrize("skipped", [False, True])
def test_the_first_start_offers_the_set_up_over_the_window(qtbot: QtBot, skipped: bool) -> None:
    from releasedesk.gui.app.launch import start
    from releasedesk.settings import Settings, save_settings

    save_settings(Settings(setup_skipped=skipped))
    interval = sys.getswitchinterval()
    try:
        _app, window = start([])
    finally:  # start() tunes the whole process for the editor: give the tests it back
        sys.setswitchinterval(interval)
        gc.unfreeze()
    qtbot.addWidget(window)
    assert window.isVisible()
    # A blank release, not a sample organisation's, until the user has a house style.
    assert window.manager.release.profile == "" and not window.manager.release.footer
    if skipped:
        qtbot.wait(50)
        assert not isinstance(window.last_dialog, FirstRunDialog)
    else:
        qtbot.waitUntil(lambda: isinstance(window.last_dialog, FirstRunDialog)
                        and window.last_dialog.isVisible())
        window.last_dialog.skip_button.click()  # type: ignore[union-attr]  # None fails the test, as it should
        assert load_settings().setup_skipped
    window.manager.modified = False
    window.close()


def test_file_open_sample_opens_a_copy_of_each_sample(
        qtbot: QtBot, make_window: Callable[[], MainWindow], sample_paths: list[Path]) -> None:
    window = make_window()
    menu = window.sample_menu
    menu.fill()
    entries = menu.menu.actions()
    assert len(entries) == len(sample_paths) >= 3
    assert all(not action.text().endswith(".release") for action in entries)
    for action, path in zip(entries, sample_paths, strict=True):
        action.trigger()
        assert window.manager.path is None  # untitled: the shipped file is never saved over
        assert window.manager.release.headline == action.text()
        assert window.manager.release.profile, path
        window.manager.modified = False


def test_open_set_up_is_what_the_menu_runs(
        qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    dialog = open_set_up(window, first_start=False)
    assert dialog.isVisible() and dialog.parent() is window
    dialog.skip_button.click()


@pytest.mark.parametrize(("language", "style"), [
    ("en-GB", "dmy"), ("en-AU", "dmy"), ("en_gb", "dmy"), ("en-US", "ap"), ("en-CA", "ap"),
    ("zh-CN", "zh"), ("zh-TW", "zh"), ("fr", "ap")])
def test_the_date_style_follows_the_language_until_the_user_picks_one(
        qtbot: QtBot, make_window: Callable[[], MainWindow], language: str, style: str) -> None:
    window = make_window()
    dialog = window.set_up_organisation()
    assert date_style_of(language) == style
    dialog.language.setEditText(language)
    assert dialog.date_format.currentData() == style
    iso = dialog.date_format.findData("iso")
    dialog.date_format.setCurrentIndex(iso)
    dialog.date_format.activated.emit(iso)  # (as a user's pick)
    dialog.language.setEditText("en-GB" if language != "en-GB" else "en-US")
    assert dialog.date_format.currentData() == "iso"
    dialog.reject()


@pytest.mark.parametrize(("day", "language", "text"), [
    (date(2026, 11, 25), "en-GB", "25 November 2026"), (date(2027, 1, 5), "en", "5 January 2027")])
def test_the_british_date_style_prints_day_month_year(day: date, language: str,
                                                      text: str) -> None:
    assert format_date(day, "dmy", language) == text


@pytest.mark.parametrize("line", ["临江市人民政府主办  地址：临江市人民路1号  邮编：214000",
                                  "Calloway Harbour Authority\u3000Press room",
                                  "© 2026 Calloway\tQuay Road"])
def test_a_footer_line_keeps_the_gaps_between_its_items(line: str) -> None:
    """Two spaces (or an ideographic space, a tab) set a footer line's items apart; the
    set-up keeps them as typed (tester11: "1号  邮编" became one item)."""
    profile = make_profile(answers_for(footer=[FooterLine(f"  {line} ")]), "calloway")
    assert [footer.text for footer in profile.footer] == [line]
    assert len(footer_items(profile.footer[0].text)) == len(footer_items(line)) >= 2


@pytest.mark.parametrize(("language", "chinese"), [("zh-CN", True), ("zh-TW", True),
                                                   ("en-GB", False), ("en-US", False)])
def test_a_chinese_office_s_house_style_prints_as_chinese_releases_do(
        language: str, chinese: bool) -> None:
    """No "即时发布" status line, no "###", an embargo under the release line, as the
    built-in Chinese house styles (tester11); an English office keeps them."""
    profile = make_profile(answers_for(language=language), "office")
    assert profile.conventions.status_line is not chinese
    assert profile.end_mark == ("" if chinese else "###")
    assert (profile.conventions.embargo_position == "after_release_line") is chinese
    builtin = [p for p in ProfileStore().load_all() if p.builtin and p.language == language]
    for sample in builtin:
        assert (sample.end_mark, sample.conventions.status_line,
                sample.conventions.embargo_position) == (
            profile.end_mark, profile.conventions.status_line,
            profile.conventions.embargo_position)

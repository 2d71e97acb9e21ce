"""House style in the editor: New from a profile, the locked footer, the House style dialog."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.dialogs.house_style import HouseStyleDialog, footer_from_text, footer_to_text
from releasedesk.model import FooterLine
from releasedesk.profiles import ProfileStore, release_from_profile
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from gui_helpers import FakePrompts, opens, own_copies_of_the_samples, prompts_of


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(win)
    yield win
    win.manager.modified = False
    win.close()


def test_new_offers_the_profiles_and_takes_the_house_style(window: MainWindow) -> None:
    own_copies_of_the_samples()  # (the built-in samples alone are not offered)
    prompts = prompts_of(window)
    prompts.profile_answer = "fernhollow-portal"
    window.actions["new"].trigger()
    assert prompts.profile_choices[-1] == ["calloway-wire", "fernhollow-gongwen-zh",
                                           "fernhollow-portal", "fernhollow-portal-zh"]
    release = window.manager.release
    assert release.profile == "fernhollow-portal"
    assert release.conventions.release_line == "Release time: {date}"
    assert "Sponsored by the Fernhollow" in window.form.footer.toPlainText()
    assert window.form.footer.isReadOnly()
    prompts.profile_answer = None
    before = window.manager.release
    window.new_document()
    assert window.manager.release is before


def stale_footer_release(tmp_path: Path) -> Path:
    """A release saved from the calloway-wire house style, whose footer has changed since."""
    store = ProfileStore()
    release = release_from_profile(store.get("calloway-wire"))
    release.headline = "Ferry news"
    path = tmp_path / "old.release"
    document.save(release, path)
    changed = store.get("calloway-wire")
    changed.footer = [FooterLine("© 2027 Calloway Harbour Authority")]
    store.save(changed)
    return path


def test_stale_footer_is_offered_an_update(qtbot: QtBot, window: MainWindow,
                                           tmp_path: Path) -> None:
    path = stale_footer_release(tmp_path)
    window.open_path(path)
    window.show()
    assert window.form.update_footer.isVisible()
    qtbot.waitUntil(lambda: any(f.field == "footer" for f in window.readiness.findings),
                    timeout=5000)
    window.form.update_footer.click()
    assert window.manager.release.footer == [FooterLine("© 2027 Calloway Harbour Authority")]
    assert window.manager.modified
    assert not window.form.update_footer.isVisible()
    assert "© 2027" in window.form.footer.toPlainText()


def test_apply_house_style_to_an_open_release_keeps_its_words_and_is_one_undo_step(
        window: MainWindow, tmp_path: Path) -> None:
    store = ProfileStore()
    release = release_from_profile(store.get("calloway-wire"))
    release.headline = "Ferry news"
    release.body = "The ferry sails at nine."
    path = tmp_path / "story.release"
    document.save(release, path)
    assert opens(window, path)
    contacts = list(window.manager.release.contacts)
    prompts = prompts_of(window)
    prompts.profile_answer = "fernhollow-portal"
    window.apply_house_style()
    assert prompts.profile_applied[-1] is True
    assert "fernhollow-portal-zh" in prompts.profile_choices[-1]  # every installed style
    applied = window.manager.release
    portal = store.get("fernhollow-portal")
    assert applied.profile == "fernhollow-portal" and applied.footer == portal.footer
    assert applied.organization == portal.organization == window.form.organization.text()
    assert applied.conventions == portal.conventions
    assert (applied.headline, applied.body) == ("Ferry news", "The ferry sails at nine.")
    assert applied.contacts == contacts  # its own contacts are kept
    assert window.manager.modified
    assert window.actions["undo"].text() == "&Undo Apply House Style"
    window.actions["undo"].trigger()
    back = window.manager.release
    assert back.profile == "calloway-wire" and back.conventions == release.conventions
    assert back.footer == release.footer and back.organization == release.organization
    prompts.profile_answer = None  # cancelled: nothing changes
    window.apply_house_style()
    assert window.manager.release.profile == "calloway-wire"


def test_footer_text_round_trip() -> None:
    lines = [FooterLine("© Us"), FooterLine("Privacy", "https://us.example/privacy")]
    assert footer_from_text(footer_to_text(lines)) == lines


def test_dialog_edits_duplicates_deletes(qtbot: QtBot, tmp_path: Path) -> None:
    prompts = FakePrompts()
    store = ProfileStore()
    dialog = HouseStyleDialog(store, prompts)
    qtbot.addWidget(dialog)
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert names[0] == "calloway-wire (built-in)"
    dialog.footer.setPlainText("© 2027 Calloway Harbour Authority\nPress | https://c.example/p")
    assert dialog.save()
    saved = store.get("calloway-wire")
    assert not saved.builtin
    assert saved.footer == [FooterLine("© 2027 Calloway Harbour Authority"),
                            FooterLine("Press", "https://c.example/p")]
    dialog.duplicate()
    assert dialog.name.text() == "calloway-wire-copy"
    assert dialog.save()
    assert "calloway-wire-copy" in store.names()
    assert dialog.delete()
    assert "calloway-wire-copy" not in store.names()
    dialog.name.setText("bad name!")
    assert not dialog.save()
    assert "letters, digits" in prompts.errors[-1]
    dialog.new_profile()
    dialog.footer.setPlainText("")
    assert not dialog.save()
    assert "at least one line" in prompts.errors[-1]


def test_dialog_import_and_export(qtbot: QtBot, tmp_path: Path) -> None:
    prompts = FakePrompts()
    store = ProfileStore()
    dialog = HouseStyleDialog(store, prompts)
    qtbot.addWidget(dialog)
    target = tmp_path / "house.json"
    prompts.next_path = target
    dialog.export_profile()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["name"] == "calloway-wire"
    data["name"] = "from-a-colleague"
    target.write_text(json.dumps(data), encoding="utf-8")
    dialog.import_profile()
    assert "from-a-colleague" in store.names()
    dialog.import_profile()  # same name again: the user is asked, and says replace
    assert prompts.confirmations
    broken = tmp_path / "broken.json"
    broken.write_text("[1, 2", encoding="utf-8")
    prompts.next_path = broken
    dialog.import_profile()
    assert "invalid JSON" in prompts.errors[-1]


def builtin_named_file(tmp_path: Path) -> Path:
    """A colleague's profile that carries a built-in's name."""
    source = tmp_path / "theirs.json"
    target = tmp_path / "wire.json"
    ProfileStore().export("calloway-wire", target)
    data = json.loads(target.read_text(encoding="utf-8"))
    data["footer"] = ["A colleague's own footer"]
    source.write_text(json.dumps(data), encoding="utf-8")
    return source


def test_the_dialog_shows_which_profiles_are_built_in_and_which_are_yours(qtbot: QtBot,
                                                                          tmp_path: Path) -> None:
    prompts = FakePrompts()
    store = ProfileStore()
    dialog = HouseStyleDialog(store, prompts)
    qtbot.addWidget(dialog)
    prompts.next_path = builtin_named_file(tmp_path)
    prompts.confirm_answer = False
    dialog.import_profile()
    assert "built-in profile" in prompts.confirmations[-1]
    assert store.get("calloway-wire").builtin  # refused: the built-in is still the one used
    prompts.confirm_answer = True
    dialog.import_profile()
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert labels == ["calloway-wire (yours, replaces the built-in)",
                      "fernhollow-gongwen-zh (built-in)", "fernhollow-portal (built-in)",
                      "fernhollow-portal-zh (built-in)"]
    assert "in place of the built-in" in dialog.notice.text()
    assert store.get("calloway-wire").footer == [FooterLine("A colleague's own footer")]
    assert dialog.delete()
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert labels[0] == "calloway-wire (built-in)"


def test_dialog_edits_required_signoffs_and_keeps_the_signing_key(qtbot: QtBot) -> None:
    from releasedesk.clearance import keys
    from releasedesk.workflow import ApprovalPolicy

    store = ProfileStore()
    profile = store.get("calloway-wire")
    key = keys.key_text(bytes(range(32)))
    profile.approval = ApprovalPolicy(public_key=key)
    store.save(profile)
    dialog = HouseStyleDialog(store, FakePrompts())
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    assert dialog.signoffs.text() == ""
    dialog.signoffs.setText("Reviewer,  Director ,")
    assert dialog.save()
    assert store.get("calloway-wire").approval == ApprovalPolicy(
        signoffs=["Reviewer", "Director"], required=True, public_key=key)
    dialog.list.setCurrentRow(0)
    assert dialog.signoffs.text() == "Reviewer, Director"


def test_dialog_edits_the_new_conventions_and_keeps_the_ones_it_does_not_show(qtbot: QtBot) -> None:
    store = ProfileStore()
    profile = store.get("fernhollow-portal")
    profile.conventions.words = {"contact": "Press office"}
    profile.conventions.extra = {"from_a_newer_version": 1}
    store.save(profile)
    prompts = FakePrompts()
    dialog = HouseStyleDialog(store, prompts)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow([p.name for p in dialog.profiles].index("fernhollow-portal"))
    assert dialog.display_name.text() == "City portal"
    assert dialog.embargo_position.currentData() == "after_release_line"
    assert dialog.accent.text() == "#2e5e3e"
    dialog.zone.setText("Europe/London")
    dialog.zone_style.setCurrentIndex(dialog.zone_style.findData("abbreviation"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.mail_from.setText("press@fernhollow.example")
    dialog.mail_to.setText("desk@news.example, tips@radio.example")
    assert dialog.save()
    saved = store.get("fernhollow-portal").conventions
    assert (saved.zone, saved.zone_style, saved.paper) == ("Europe/London", "abbreviation",
                                                           "letter")
    assert saved.mail_to == ["desk@news.example", "tips@radio.example"]
    assert saved.embargo_position == "after_release_line" and saved.accent == "#2e5e3e"
    assert saved.words == {"contact": "Press office"}  # not shown, kept
    for field, value, said in ((dialog.accent, "green", "#RRGGBB"),
                               (dialog.zone, "Mars/Olympus", "not a time zone"),
                               (dialog.mail_to, "desk at news", "not an e-mail address")):
        before = field.text()
        field.setText(value)
        assert not dialog.save()
        assert said in prompts.errors[-1]
        field.setText(before)


def _open_house_styled(window: MainWindow, tmp_path: Path, name: str) -> None:
    from test_photo_exports import quick_photo

    own_copies_of_the_samples()
    release = release_from_profile(ProfileStore().get(name))
    release.headline = "Reservoir opens"
    release.photos = [quick_photo("reservoir", lead=True)]
    path = tmp_path / "reservoir.release"
    document.save(release, path)
    assert opens(window, path)


@pytest.mark.parametrize("name", ["fernhollow-portal", "calloway-wire", "fernhollow-portal-zh"])
def test_house_style_opens_on_the_releases_own(window: MainWindow, tmp_path: Path,
                                               name: str) -> None:
    _open_house_styled(window, tmp_path, name)
    window.house.house_style()
    dialog = window.last_dialog
    assert isinstance(dialog, HouseStyleDialog)
    assert dialog.current is not None and dialog.current.name == name
    assert dialog.name.text() == name
    dialog.reject()


def test_the_site_address_saved_in_the_house_style_reaches_the_open_release(
        window: MainWindow, tmp_path: Path) -> None:
    """The photo-address warning's advice (Tools ▸ House Style) works as written: the site
    address saved in the release's own house style is the release's at once, one undo step."""
    from releasedesk.checks import check

    _open_house_styled(window, tmp_path, "calloway-wire")
    [warning] = [f for f in check(window.manager.release) if f.code == "photo_url_relative"]
    assert "Tools ▸ House Style" in warning.message
    assert "Tools ▸ Apply House Style" in warning.message  # (for a release of no house style)
    window.house.house_style()
    dialog = window.last_dialog
    assert isinstance(dialog, HouseStyleDialog)
    dialog.base_url.setText("https://calloway-harbour.example/news/")
    assert dialog.save()
    dialog.accept()
    release = window.manager.release
    assert release.conventions.base_url == "https://calloway-harbour.example/news/"
    assert not [f for f in check(release) if f.code == "photo_url_relative"]
    assert window.manager.modified
    assert window.actions["undo"].text() == "&Undo Use the House Style's Site Address"
    window.actions["undo"].trigger()
    assert window.manager.release.conventions.base_url == ""
    # Closed without a save of its own house style: the release is left as it is.
    window.house.house_style()
    dialog = window.last_dialog
    assert isinstance(dialog, HouseStyleDialog)
    dialog.reject()
    assert window.manager.release.conventions.base_url == ""


def test_the_footer_offer_leaves_the_about_summary_room(qtbot: QtBot, window: MainWindow,
                                                        tmp_path: Path) -> None:
    path = stale_footer_release(tmp_path)
    window.resize(1400, 900)
    window.open_path(path)
    window.show()
    qtbot.waitExposed(window)
    button = window.form.update_footer
    assert button.isVisible()
    section = window.form.sections["about"]
    summary = section.summary_label
    qtbot.waitUntil(lambda: summary.width() > 0)
    assert summary.isVisible()
    # the offer and the summary side by side never overlap; the summary keeps most of its line
    top_left = button.mapTo(section, button.rect().topLeft())
    offer = button.rect().translated(top_left)
    shown = summary.rect().translated(summary.mapTo(section, summary.rect().topLeft()))
    assert not offer.intersects(shown)
    assert summary.width() >= section.width() // 2, (summary.width(), section.width())


LANGUAGES = ("en", "en-GB", "en-US", "zh-CN", "zh", "zh_TW", "fr", "de-AT", "")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("saved", ["ap", "iso", "long", "zh", "dmy"])
def test_the_date_style_offered_is_one_the_house_language_prints(
        qtbot: QtBot, language: str, saved: str) -> None:
    """A Chinese release prints 年月日 whatever its house style says, and no other release
    does (render/words.py): the editor and the set-up offer only what prints, for a house
    style loaded with any saved style and for any language typed afterwards."""
    from releasedesk.gui.dialogs.date_style_box import DateStyleBox
    from releasedesk.language_tag import date_style_of, is_chinese
    from releasedesk.render.words import format_date

    store = ProfileStore()
    profile = store.get("calloway-wire")
    profile.conventions.date_format = saved
    store.save(profile)
    dialog = HouseStyleDialog(store, FakePrompts())
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow([p.name for p in dialog.profiles].index("calloway-wire"))
    day = date(2026, 11, 25)
    box = dialog.date_format
    for typed in (profile.language, language):
        before = box.chosen()
        dialog.language.setEditText(typed)
        assert isinstance(box, DateStyleBox)
        chinese = is_chinese(typed.replace("_", "-"))
        offered = [box.itemData(row) for row in range(box.count())
                   if box.model().index(row, 0).flags() & Qt.ItemFlag.ItemIsEnabled]
        assert offered == (["zh"] if chinese else ["ap", "iso", "long", "dmy"])
        view = box.view()
        assert isinstance(view, QListView)
        listed = [box.itemData(row) for row in range(box.count())
                  if not view.isRowHidden(row)]  # (the list shows only those)
        assert listed == offered
        assert box.chosen() in offered and box.isEnabled() != chinese
        if typed == profile.language:  # loading a house style never changes what prints
            assert format_date(day, box.chosen(), typed) == format_date(day, saved, typed)
        elif box.chosen() != before:  # a style the new language cannot print gave way
            assert (before == "zh") != chinese and box.chosen() == date_style_of(typed)
    assert dialog.save()
    assert store.get("calloway-wire").conventions.date_format == box.chosen()

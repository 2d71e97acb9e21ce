"""A new release starts from a house style; Save As proposes a name; a damaged file is said
plainly over a painted window (issue 14, items 6–9)."""

from __future__ import annotations

import gc
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from releasedesk.checks import ERROR, check
from releasedesk.gui.app.exports import STEM_MAX, suggested_stem
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.dialogs.prompts import Prompts
from releasedesk.profiles import ProfileStore, profile_label
from test_gui import make_window  # noqa: F401 (fixtures)

from gui_helpers import own_copies_of_the_samples, prompts_of, went
from helpers import make_release


def test_starting_without_a_file_begins_from_a_house_style(
        qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    window.start_new()  # no house style of the user's own: blank, never a sample's
    assert window.manager.release.profile == "" and not window.manager.release.footer
    own_copies_of_the_samples()
    window.start_new()
    release = window.manager.release
    assert release.profile and release.footer and release.contacts
    errors = [f.code for f in check(release) if f.severity == ERROR]
    assert errors == ["headline_missing"]
    window.settings.last_profile = "fernhollow-portal"
    window.start_new()
    assert window.manager.release.profile == "fernhollow-portal"


def test_a_chinese_interface_starts_a_chinese_release(
        qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    for choice, language in (("zh_CN", "zh-CN"), ("en", "en")):
        window.settings.ui_language = choice
        window.settings.last_profile = ""
        window.start_new()
        release = window.manager.release
        assert release.language == language, (choice, release.language)
        assert release.profile == ""
    # The house style used last wins over the interface's language.
    own_copies_of_the_samples()
    window.settings.ui_language = "zh_CN"
    window.settings.last_profile = "calloway-wire"
    window.start_new()
    assert window.manager.release.profile == "calloway-wire"
    window.settings.last_profile = "fernhollow-portal-zh"
    window.start_new()
    release = window.manager.release
    assert release.language.startswith("zh") and release.footer
    # (and, where the house style requires sign-offs — 三审 — the approval still to come)
    errors = {f.code for f in check(release) if f.severity == ERROR}
    assert "headline_missing" in errors
    assert errors <= {"headline_missing", "not_approved", "approval_missing"}, errors


def test_file_new_shows_names_people_recognise(
        qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    own_copies_of_the_samples()
    window = make_window()
    prompts = prompts_of(window)
    prompts.profile_answer = "fernhollow-portal-zh"
    window.new_document()
    labels = prompts.profile_labels[0]
    assert "Wire release — Calloway Harbour Authority" in labels
    assert "城市门户（中文） — 芬霍洛区行政公署" in labels
    assert not any(label == "calloway-wire" for label in labels)
    assert window.manager.release.profile == "fernhollow-portal-zh"
    assert window.settings.last_profile == "fernhollow-portal-zh"
    assert profile_label(ProfileStore().get("calloway-wire")) == labels[0]


def test_save_as_proposes_the_headline_in_the_last_folder(
        qtbot: QtBot, make_window: Callable[[], MainWindow], tmp_path: Path) -> None:
    window = make_window()
    window.manager.release.headline = "芬霍洛区夜市: 12月5日开张 / Night Market"
    window.settings.last_save_folder = str(tmp_path)
    suggested = window.suggested_save_path(window.manager.release)
    assert suggested.parent == tmp_path
    assert suggested.name == "芬霍洛区夜市-12月5日开张-night-market.release"
    prompts = prompts_of(window)
    seen: list[str] = []
    def save_path(suggestion: str, then: Callable[[Path], object]) -> None:
        seen.append(suggestion)  # (and cancelled)

    prompts.save_path = save_path  # type: ignore[method-assign]  # this test's answer
    assert not went(window.manager.save_as)
    assert seen == [str(suggested)]
    window.settings.last_save_folder = str(tmp_path / "gone")
    window.settings.last_open_folder = ""
    assert window.suggested_save_path(window.manager.release).parent != tmp_path / "gone"
    # A home without a Documents folder (smoke14: the dialog opened in the program's
    # working folder): the home folder itself; with one, that folder.
    home = Path.home()
    assert not (home / "Documents").exists()
    assert window.suggested_save_path(window.manager.release).parent == home
    (home / "Documents").mkdir()
    assert window.suggested_save_path(window.manager.release).parent == home / "Documents"


def test_a_damaged_file_is_reported_over_a_painted_window(qtbot: QtBot, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from releasedesk.gui.app.launch import start

    broken = tmp_path / "broken.release"
    broken.write_text('{"format": "releasedesk", "version": 1, "headline": "x", "body": ', "utf-8")
    shown: list[tuple[str, str, bool]] = []

    def damaged_file(self: Prompts, name: str, details: str) -> None:
        shown.append((name, details, self.owner.isVisible()))  # type: ignore[union-attr]  # None fails the test, as it should

    monkeypatch.setattr(Prompts, "damaged_file", damaged_file)
    # start() is the editor's start and tunes the process: undone for the tests after this.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    interval = sys.getswitchinterval()
    try:
        _app, window = start([str(broken)])
    finally:
        sys.setswitchinterval(interval)
        gc.unfreeze()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(shown))
    [(name, details, visible)] = shown
    assert name == "broken.release" and "invalid JSON" in details and visible
    assert window.manager.path is None and not window.manager.release.headline  # a new one
    window.manager.modified = False


headline_words = st.lists(st.one_of(st.text("abcdefghijklmnopqrstuvwxyzé", min_size=1,
                                            max_size=14),
                                    st.text("夜市开张芬霍洛区", min_size=1, max_size=6),
                                    st.sampled_from(["2026", "A", "—", ":", "&"])),
                          min_size=1, max_size=25)


@settings(max_examples=300, deadline=None)
@given(headline_words)
def test_a_long_headline_is_cut_at_the_end_of_a_word(words: list[str]) -> None:
    headline = " ".join(words)
    slug = suggested_stem(make_release(headline=headline), None)
    whole = "-".join(w for w in re.sub(r"[^\w]+", " ", headline.lower()).split())
    assert len(slug) <= STEM_MAX and slug
    if whole:
        assert whole.startswith(slug)
        rest = whole[len(slug):]
        # Whole words: cut where a word ends, unless the first word alone is too long.
        assert rest == "" or rest.startswith("-") or "-" not in whole[:STEM_MAX + 1]
        if rest.startswith("-"):  # as many words as fit: the next one does not
            assert len(slug) + len(rest.split("-")[1]) + 1 > STEM_MAX
    else:
        assert slug == "press-release"


def test_save_as_cuts_the_headline_between_words(
        qtbot: QtBot, make_window: Callable[[], MainWindow], tmp_path: Path) -> None:
    window = make_window()
    window.settings.last_save_folder = str(tmp_path)
    window.manager.release.headline = ("Calloway Harbour Authority Opens the Tidewater Ferry "
                                       "Terminal to Passengers on Monday Morning")
    name = window.suggested_save_path(window.manager.release).name
    assert name == "calloway-harbour-authority-opens-the-tidewater-ferry.release"


def test_a_chinese_office_that_skipped_set_up_gets_the_chinese_conventions(
        qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    """Skip Set-up, then File ▸ New, in a Chinese interface: the release prints as the
    built-in Chinese house styles do (no 即时发布 status line, no ###, Beijing time), and
    the empty footer's finding says where a footer comes from."""
    from releasedesk.gui.preview.preview_pane import TEXT, WEB
    from test_gui import preview_has

    window = make_window()
    window.settings.ui_language = "zh_CN"
    window.settings.last_profile = ""
    window.new_document()
    release = window.manager.release
    assert release.language == "zh-CN" and release.profile == ""
    assert not release.conventions.status_line and release.end_mark == ""
    assert release.conventions.date_format == "zh"
    assert release.conventions.zone == "Asia/Shanghai"
    window.form.headline.setText("芬霍洛区启用新自来水厂")
    window.scheduler.render_now()
    for shown in ("即时发布", "###", "FOR IMMEDIATE RELEASE"):
        assert not preview_has(window, shown, (WEB,)) and not preview_has(window, shown, (TEXT,))
    assert preview_has(window, "2026年" if release.release_date and
                       release.release_date.year == 2026 else "年", (WEB, TEXT))
    [footer] = [f for f in check(release) if f.code == "footer_empty"]
    assert "Tools ▸ Apply House Style" in footer.message  # (where a footer comes from)

"""The house style's addresses are the ones a reader can follow (tester15, finding 2).

A website `javascript:alert(1)` and footer lines `Club site | javascript:alert(1)`,
`Data | data:…` were saved by the first start's set-up, the house-style editor and
`profile import`, and the exports then printed the words with no link and no word. Now
each entry point refuses them in one sentence, by the link dialog's rule (addresses.py);
a profile already installed with one still loads, and the readiness checks (and `check`)
name the footer line that is printed without its link. The table: address kinds × the
entry points.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from releasedesk import cli, document, paths
from releasedesk.addresses import house_address_problems, normalise_address
from releasedesk.body.safety import safe_href
from releasedesk.checks import check
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.dialogs.first_run import FirstRunDialog
from releasedesk.gui.dialogs.house_style import HouseStyleDialog
from releasedesk.house_setup import SetupAnswers, SetupError, save_setup
from releasedesk.model import FooterLine
from releasedesk.profiles import ProfileError, ProfileStore, apply_profile, dumps_profile
from test_gui import make_window  # noqa: F401 (fixtures)

from gui_helpers import FakePrompts
from helpers import make_release

# (the address typed, whether a reader can follow it)
ADDRESSES = [
    ("javascript:alert(1)", False), ("JavaScript:alert(document.cookie)", False),
    (" javascript:alert(1)", False), ("java\tscript:alert(1)", False),
    ("java&#115;cript:alert(1)", False), ("data:text/html,<b>hi</b>", False),
    ("data:image/png;base64,iVBORw0KGgo=", False), ("vbscript:msgbox(1)", False),
    ("file:///etc/passwd", False), ("ftp://files.glenrock-rowing.example/a", False),
    ("timetable.html", False), ("/press/", False), ("https://", False),
    ("tel:call-us", False), ("mailto:not-an-address", False),
    ("https://glenrock-rowing.example/news", True), ("http://glenrock-rowing.example", True),
    ("www.glenrock-rowing.example", True), ("glenrock-rowing.example/regatta", True),
    ("press@glenrock-rowing.example", True), ("mailto:press@glenrock-rowing.example", True),
    ("tel:+44 20 7946 0321", True), ("HTTPS://GLENROCK-ROWING.EXAMPLE/", True),
]
IDS = [typed for typed, _ in ADDRESSES]


def _answers(website: str = "", footer_url: str = "") -> SetupAnswers:
    footer = [FooterLine("© 2026 Glenrock Rowing Club"), FooterLine("Club site", footer_url)]
    return SetupAnswers(organization="Glenrock Rowing Club", website=website, footer=footer,
                        zone="Europe/London")


@pytest.mark.parametrize("where", ["website", "footer"])
@pytest.mark.parametrize("typed, followed", ADDRESSES, ids=IDS)
def test_the_set_up_saves_only_addresses_readers_can_follow(
        tmp_path: Path, typed: str, followed: bool, where: str) -> None:
    store = ProfileStore(tmp_path / "profiles")
    answers = _answers(**{"website" if where == "website" else "footer_url": typed})
    if not followed:
        with pytest.raises(SetupError) as refused:
            save_setup(store, answers)
        assert typed.strip() in str(refused.value) and "\n" not in str(refused.value)
        assert not (tmp_path / "profiles").exists() or not list(
            (tmp_path / "profiles").iterdir())
        return
    saved = save_setup(store, answers)
    kept = saved.website if where == "website" else saved.footer[1].url
    assert kept == normalise_address(typed) and kept is not None


@pytest.mark.parametrize("where", ["website", "footer"])
@pytest.mark.parametrize("typed, followed", ADDRESSES, ids=IDS)
def test_the_house_style_editor_saves_only_addresses_readers_can_follow(
        qtbot: QtBot, typed: str, followed: bool, where: str) -> None:
    prompts = FakePrompts()
    store = ProfileStore()
    dialog = HouseStyleDialog(store, prompts)
    qtbot.addWidget(dialog)
    dialog.name.setText("glenrock")
    if where == "website":
        dialog.website.setText(typed)
    else:
        dialog.footer.setPlainText(f"© 2026 Glenrock Rowing Club\nClub site | {typed}")
    assert dialog.save() is followed
    if not followed:
        assert "glenrock" not in store.names()
        assert len(prompts.errors) == 1 and "readers cannot follow" in prompts.errors[0]
        return
    saved = store.get("glenrock")
    kept = saved.website if where == "website" else saved.footer[1].url
    assert kept == normalise_address(typed)


def _profile_file(tmp_path: Path, website: str, url: str) -> Path:
    profile = ProfileStore().get("calloway-wire")
    profile.name, profile.website = "glenrock", website
    profile.footer = [FooterLine("© 2026 Glenrock Rowing Club"), FooterLine("Club site", url)]
    source = tmp_path / "glenrock.json"
    source.write_bytes(dumps_profile(profile))
    return source


@pytest.mark.parametrize("where", ["website", "footer"])
@pytest.mark.parametrize("typed, followed", ADDRESSES, ids=IDS)
def test_profile_import_installs_only_addresses_readers_can_follow(
        tmp_path: Path, typed: str, followed: bool, where: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    source = _profile_file(tmp_path, typed if where == "website" else "",
                           typed if where == "footer" else "")
    code = cli.main(["profile", "import", str(source)])
    err = capsys.readouterr().err
    installed = paths.profiles_dir() / "glenrock.json"
    if followed:
        assert code == 0 and installed.is_file()
    else:
        assert code == 2 and not installed.exists()
        assert err.count("\n") == 1 and "readers cannot follow" in err
        with pytest.raises(ProfileError, match="readers cannot follow"):
            ProfileStore().import_file(source)


@pytest.mark.parametrize("where", ["website", "footer"])
@pytest.mark.parametrize("typed, followed", ADDRESSES, ids=IDS)
def test_the_first_start_says_so_on_the_page_it_is_typed(
        qtbot: QtBot, make_window: Callable[[], MainWindow], typed: str, followed: bool,
        where: str) -> None:
    window = make_window()
    dialog = window.set_up_organisation()
    assert isinstance(dialog, FirstRunDialog)
    dialog.organization.setText("Glenrock Rowing Club")
    if where == "website":
        dialog.website.setText(typed)
    dialog.next_button.click()
    if where == "footer":
        dialog.footer.setPlainText(f"© 2026 Glenrock Rowing Club\nClub site | {typed}")
        dialog.next_button.click()
    page = 0 if where == "website" else 1
    assert (dialog.pages.currentIndex() == page) is not followed
    assert ("readers cannot follow" in dialog.problem.text()) is not followed


@pytest.mark.parametrize("typed", IDS)
def test_an_installed_profile_holding_one_loads_and_readiness_names_the_line(
        tmp_path: Path, typed: str, capsys: pytest.CaptureFixture[str]) -> None:
    paths.profiles_dir().mkdir(parents=True, exist_ok=True)
    installed = paths.profiles_dir() / "glenrock.json"
    data = json.loads(_profile_file(tmp_path, "", typed).read_bytes())
    installed.write_text(json.dumps(data), encoding="utf-8")  # (as an older version left it)
    profile = ProfileStore().get("glenrock")
    assert profile.footer[1].url == typed
    release = make_release()
    apply_profile(release, profile)
    dropped = [f for f in check(release, profile=profile) if f.code == "footer_link_dropped"]
    # (exactly the lines the exports print without their link: body.safety's rule)
    assert bool(dropped) is (safe_href(typed) is None)
    assert all(dict(f.args)["row"] == 2 for f in dropped)
    story = tmp_path / "story.release"
    document.save(release, story)
    cli.main(["check", str(story)])
    out = capsys.readouterr().out
    assert ("Footer line 2 links to" in out) is bool(dropped)


@pytest.mark.parametrize("typed, followed", ADDRESSES, ids=IDS)
def test_the_rule_is_the_link_dialogs(typed: str, followed: bool) -> None:
    from releasedesk.gui.body.link_dialog import normalise_address as dialogs

    assert dialogs is normalise_address
    assert (normalise_address(typed) is not None) is followed
    problems = house_address_problems(typed, [FooterLine("a", typed), FooterLine("b", "")])
    assert [(answer, args.get("row")) for answer, _, args in problems] == (
        [] if followed else [("website", None), ("footer", 1)])

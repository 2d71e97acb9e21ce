"""A draft with no footer of its own takes the office's house style (tester11: an imported
draft had no footer at all, and readiness said at once "The standard footer is empty",
though the office had set up its house style at the first start): its footer and
conventions, in the draft's language only; a draft with its own footer keeps it."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from releasedesk import document
from releasedesk.checks import check
from releasedesk.importing import import_draft
from releasedesk.model import FooterLine
from releasedesk.profiles import Profile, ProfileStore

from test_cli import run

ENGLISH = ("Harbour Opens a Night Ferry\n\nPORT CALLOWAY, Dec. 6, 2026 — The harbour "
           "authority opened a night ferry to Marrow Island today.\n\nThe ferry leaves "
           "every hour after 10 p.m.\n")
CHINESE = "芬霍洛开通夜间渡轮\n\n芬霍洛12月6日电　芬霍洛区今天开通夜间渡轮。\n\n渡轮每小时一班。\n"
OWN_FOOTER = "© 2026 Marrow Island Ferries · 4 Quay Road · Port Calloway"


def _own(name: str, language: str) -> Profile:
    """A house style of the user's own (a copy of a sample with a footer of its own)."""
    store = ProfileStore()
    sample = next(p for p in store.load_all() if p.builtin and p.language == language)
    profile = copy.deepcopy(sample)
    profile.name, profile.builtin = name, False
    profile.footer = [FooterLine(OWN_FOOTER if language == "en" else "马罗岛渡轮公司主办")]
    store.save(profile)
    return store.get(name)


@pytest.mark.parametrize(("houses", "text", "takes"), [
    ([("ferries", "en")], ENGLISH, "ferries"),
    ([("ferries", "en"), ("ferries-zh", "zh-CN")], CHINESE, "ferries-zh"),
    ([("ferries", "en")], CHINESE, None),  # an English house style for a Chinese draft: no
    ([], ENGLISH, None),  # no house style of their own: as before
    ([("ferries", "en")], ENGLISH + "\n" + "© 2026 Quay Cooperative. All rights reserved.\n",
     None),  # the draft's own footer stays
])
def test_a_draft_without_a_footer_takes_the_office_s_house_style(
        tmp_path: Path, houses: list[tuple[str, str]], text: str, takes: str | None) -> None:
    made = {name: _own(name, language) for name, language in houses}
    draft = tmp_path / "draft.txt"
    draft.write_text(text, encoding="utf-8")
    profiles = ProfileStore().load_all()
    last = houses[-1][0] if houses else ""
    from releasedesk.house_setup import office_house

    release, report = import_draft(draft, profiles=profiles, house=office_house(profiles, last))
    if takes is None:
        assert release.profile != (houses[0][0] if houses else "x")
        assert all(line.text not in (OWN_FOOTER, "马罗岛渡轮公司主办") for line in release.footer)
        return
    house = made[takes]
    assert release.profile == takes
    assert [line.text for line in release.footer] == [line.text for line in house.footer]
    assert release.conventions == house.conventions
    assert any(item.field == "footer" and "house style" in item.how for item in report.items)
    assert not [f for f in check(release) if f.field == "footer"]


def test_the_command_line_import_takes_the_users_house_style(tmp_path: Path) -> None:
    _own("ferries", "en")
    draft = tmp_path / "draft.txt"
    draft.write_text(ENGLISH, encoding="utf-8")
    result = run("import", draft)
    assert result.returncode == 0, result.stderr
    release = document.load(tmp_path / "draft.release")
    assert [line.text for line in release.footer] == [OWN_FOOTER]
    assert "your house style" in result.stdout


# (the house styles set up, the one a new release started from last, which one `new` takes)
NEW_CASES = [
    ([("ferries", "en")], "", "ferries"),
    ([("ferries", "en"), ("ferries-zh", "zh-CN")], "", "ferries"),
    ([("ferries", "en"), ("ferries-zh", "zh-CN")], "ferries-zh", "ferries-zh"),
    ([("ferries-zh", "zh-CN"), ("ferries", "en")], "ferries", "ferries"),
    ([("ferries", "en")], "gone", "ferries"),
    ([], "", None),
]


@pytest.mark.parametrize(("houses", "last", "takes"), NEW_CASES)
@pytest.mark.parametrize("kind", [None, "advisory", "statement"])
def test_the_command_line_new_takes_the_house_style_file_new_takes(
        tmp_path: Path, houses: list[tuple[str, str]], last: str, takes: str | None,
        kind: str | None) -> None:
    """tester14: `releasedesk new -o x.release` wrote a release in no house style (language
    en, no footer, one blank contact) while File ▸ New and import used the office's."""
    from releasedesk.house_setup import office_house
    from releasedesk.profiles import release_from_profile
    from releasedesk.settings import Settings, save_settings

    for name, language in houses:
        _own(name, language)
    save_settings(Settings(last_profile=last))
    target = tmp_path / "x.release"
    result = run("new", "-o", target, *(["--type", kind] if kind else []))
    assert result.returncode == 0, result.stderr
    release = document.load(target)
    # What File ▸ New starts from (document_commands.start_new), the same house style.
    house = office_house(ProfileStore().load_all(), last)
    assert (house.name if house else None) == takes
    if house is None:
        assert release.profile == "" and release.footer == []
        return
    expected = release_from_profile(house)
    assert release.profile == takes
    assert release.language == expected.language == house.language
    assert [line.text for line in release.footer] == [line.text for line in house.footer]
    assert release.organization == expected.organization
    assert release.boilerplate == expected.boilerplate
    assert release.conventions == house.conventions
    assert [c.name for c in release.contacts] == [c.name for c in expected.contacts]


OWN_ABOUT = "Marrow Island Ferries runs the night crossings between Port Calloway and the island."
DRAFT_ABOUT = "About the Quay Cooperative\n\nThe Quay Cooperative keeps the old harbour's berths."


def _draft(folder: Path, suffix: str, text: str) -> Path:
    """*text* (paragraphs apart by blank lines) as a draft: a Word document made as a
    word processor saves one, or plain text."""
    path = folder / f"draft{suffix}"
    if suffix == ".docx":
        import docx

        made = docx.Document()
        for paragraph in text.strip().split("\n\n"):
            made.add_paragraph(paragraph)
        made.save(str(path))
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".docx", ".txt", ".md"])
@pytest.mark.parametrize(("houses", "about", "takes"), [
    ([("ferries", "en")], "", OWN_ABOUT),  # tester14: the draft has no About: the house's
    ([("ferries", "en")], DRAFT_ABOUT, None),  # the draft's own About stays
    ([("ferries", "en"), ("ferries-zh", "zh-CN")], "", OWN_ABOUT),
    ([("ferries-zh", "zh-CN")], "", ""),  # a Chinese house style for an English draft: no
    ([], "", ""),  # no house style of their own: none
])
def test_a_draft_without_an_about_section_takes_the_house_style_s(
        tmp_path: Path, suffix: str, houses: list[tuple[str, str]], about: str,
        takes: str | None) -> None:
    for name, language in houses:
        house = _own(name, language)
        house.boilerplate = OWN_ABOUT if language == "en" else "马罗岛渡轮公司经营夜间航线。"
        ProfileStore().save(house)
    draft = _draft(tmp_path, suffix, ENGLISH + ("\n" + about + "\n" if about else ""))
    result = run("import", draft)
    assert result.returncode == 0, result.stderr
    release = document.load(tmp_path / "draft.release")
    if takes is None:  # the draft's own
        assert "Quay Cooperative keeps" in release.boilerplate
        assert OWN_ABOUT not in release.boilerplate
        return
    assert release.boilerplate == takes
    said = [line for line in result.stdout.splitlines() if OWN_ABOUT[:30] in line]
    assert bool(said) is bool(takes)
    assert all("house style" in line for line in said)

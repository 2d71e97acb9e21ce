"""House style: profiles load, validate, travel, and own the footer of every export."""

from __future__ import annotations

import html
import io
import json
import re
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk import document, paths
from releasedesk.body.safety import clean_text
from releasedesk.checks import WARNING, check
from releasedesk.exporting import draft_bytes
from releasedesk.model import FooterLine, Release
from releasedesk.profiles import (
    Profile,
    ProfileError,
    ProfileStore,
    apply_profile,
    dumps_profile,
    load_profile,
    profile_to_dict,
    release_from_profile,
)
from releasedesk.render.layout import footer_items

from cli_in_process import run_in_process
from export_helpers import docx_footer_once, footer_as_written, paragraph_text
from helpers import in_order, make_release, parse_html


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return run_in_process(*args)  # main() in this process (tests/cli_in_process.py)


def test_builtin_profiles_load() -> None:
    store = ProfileStore()
    names = store.names()
    assert {"calloway-wire", "fernhollow-portal", "fernhollow-portal-zh"} <= set(names)
    assert store.problems == []
    wire = store.get("calloway-wire")
    assert wire.builtin and wire.conventions.status_line and wire.end_mark == "###"
    assert any(line.url for line in wire.footer)
    portal = store.get("fernhollow-portal-zh")
    assert portal.conventions.release_line == "发布时间：{date}"


def test_user_profile_overrides_builtin_and_survives_round_trip() -> None:
    store = ProfileStore()
    own = store.get("calloway-wire")
    own.footer = [FooterLine("Our own footer line")]
    store.save(own)
    assert store.path_for("calloway-wire").is_relative_to(paths.profiles_dir())
    again = store.get("calloway-wire")
    assert not again.builtin and again.footer == [FooterLine("Our own footer line")]
    store.delete("calloway-wire")
    assert store.get("calloway-wire").builtin
    with pytest.raises(ProfileError, match="only your own profiles"):
        store.delete("calloway-wire")


def test_broken_profile_is_reported_and_skipped(tmp_path: Path) -> None:
    store = ProfileStore()
    store.user_dir.mkdir(parents=True, exist_ok=True)
    (store.user_dir / "broken.json").write_text("{oops", encoding="utf-8")
    names = store.names()
    assert "calloway-wire" in names and "broken" not in names
    assert len(store.problems) == 1 and "broken.json" in store.problems[0]
    assert "invalid JSON at line 1" in store.problems[0]


def good_profile_dict() -> dict[str, object]:
    return profile_to_dict(ProfileStore().get("fernhollow-portal"))


@pytest.mark.parametrize(("mutate", "expected"), [
    (lambda d: d.pop("name"), '"name" is missing'),
    (lambda d: d.update(name="has spaces"), "unusable name"),
    (lambda d: d.update(footer="one line"), '"footer" should be a list'),
    (lambda d: d.update(footer=[3]), 'item 1 of "footer"'),
    (lambda d: d.update(contacts=[{"name": 5}]), "contact 1 should be an object of text"),
    (lambda d: d.update(end_mark="***"), "end mark"),
    (lambda d: d.update(version=3), "newer ReleaseDesk"),
    (lambda d: d.update(format="something"), "not a ReleaseDesk profile"),
    (lambda d: d["conventions"].update(release_line="Released"), "containing {date}"),
    (lambda d: d["conventions"].update(date_format="roman"), '"date_format" must be'),
    (lambda d: d["conventions"].update(words={"salutation": "Hi"}), '"words" may only set'),
    (lambda d: d["conventions"].update(words={"about": "About us"}), "must contain"),
    (lambda d: d["conventions"].update(status_line="yes"), '"status_line"'),
])
def test_bad_profiles_give_one_sentence_and_change_nothing(
        tmp_path: Path, mutate: Callable[[dict[str, object]], object], expected: str) -> None:
    data = good_profile_dict()
    mutate(data)
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    store = ProfileStore()
    before = store.names()
    with pytest.raises(ProfileError, match=expected) as info:
        store.import_file(source)
    assert "\n" not in info.value.message
    assert store.names() == before
    assert not store.user_dir.exists() or not any(store.user_dir.iterdir())


def test_huge_and_garbage_profiles(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(10 * 1024 * 1024)
    with pytest.raises(ProfileError, match="far larger than any house style"):
        load_profile(huge)
    garbage = tmp_path / "garbage.json"
    garbage.write_bytes(bytes(range(256)))
    with pytest.raises(ProfileError, match="not UTF-8"):
        load_profile(garbage)
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(ProfileError, match="nested too deeply"):
        load_profile(nested)


def test_cli_profile_list_show_export_import(tmp_path: Path) -> None:
    listed = run("profile", "list")
    assert listed.returncode == 0
    assert listed.stdout.split() == ["calloway-wire", "fernhollow-gongwen-zh",
                                      "fernhollow-portal", "fernhollow-portal-zh"]
    shown = run("profile", "show", "calloway-wire")
    assert json.loads(shown.stdout)["name"] == "calloway-wire"
    exported = tmp_path / "house.json"
    assert run("profile", "export", "fernhollow-portal", "-o", exported).returncode == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["name"] = "colleague-style"
    exported.write_text(json.dumps(data), encoding="utf-8")
    assert run("profile", "import", exported).returncode == 0
    assert "colleague-style" in run("profile", "list").stdout.split()
    again = run("profile", "import", exported)
    assert again.returncode == 2 and "already installed" in again.stderr
    assert run("profile", "import", exported, "--force").returncode == 0
    missing = run("profile", "show", "nope")
    assert missing.returncode == 2 and "no house-style profile" in missing.stderr
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    result = run("profile", "import", bad)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


def test_new_with_profile_takes_the_house_style(tmp_path: Path) -> None:
    target = tmp_path / "new.release"
    assert run("new", "--profile", "calloway-wire", "-o", target).returncode == 0
    release = document.load(target)
    profile = ProfileStore().get("calloway-wire")
    assert release.profile == "calloway-wire"
    assert release.footer == profile.footer
    assert release.boilerplate == profile.boilerplate
    assert release.contacts == profile.contacts
    assert release.dateline == "PORT CALLOWAY"


def test_check_warns_when_the_footer_snapshot_is_stale(tmp_path: Path) -> None:
    store = ProfileStore()
    profile = store.get("calloway-wire")
    release = release_from_profile(profile, date(2026, 11, 25))
    assert not [f for f in check(release, profile=profile) if f.field == "footer"]
    changed = store.get("calloway-wire")
    changed.footer = [*changed.footer, FooterLine("A new line from the communications lead")]
    store.save(changed)
    stale = [f for f in check(release, profile=store.get("calloway-wire"))
             if f.field == "footer"]
    assert stale and stale[0].severity == WARNING and "calloway-wire" in stale[0].message
    path = tmp_path / "stale.release"
    document.save(release, path)
    result = run("check", path)
    assert "differs from the current" in result.stdout
    # Without the profile installed, the snapshot alone decides: no warning, same export.
    store.delete("calloway-wire")
    assert release.footer == store.get("calloway-wire").footer


def test_reference_layout_city_portal(tmp_path: Path) -> None:
    """A release shaped like the reference portal release: headline, release line,
    paragraphs, footer — in that order in every format, the footer's items visibly apart."""
    profile = ProfileStore().get("fernhollow-portal")
    release = release_from_profile(profile, date(2026, 11, 18))
    release.headline = "Fernhollow Opens a Night Market on Mill Square"
    release.body = ("Stalls open every Friday from December.\n\n"
                    "The district expects two hundred traders.\n\n"
                    "Applications open on the district portal.")
    release.contacts = []
    lines = [line.text for line in profile.footer]
    credits = lines[1]
    items = footer_items(credits)
    assert items == ["Technical Support: Wendmouth Data Works",
                     "Network Support: Fernhollow Telecom",
                     "Security Support: Riverside Assurance Labs"]
    txt = draft_bytes(release, "txt").decode()
    assert txt == "\n\n".join([
        release.headline, "Release time: 2026-11-18",
        "Stalls open every Friday from December.",
        "The district expects two hundred traders.",
        "Applications open on the district portal.",
        "\n".join(footer_as_written(line, "txt") for line in lines)]) + "\n"
    assert "   ".join(items) in txt
    expected = [release.headline, "Release time: 2026-11-18",
                "Stalls open every Friday from December.",
                "Applications open on the district portal.", lines[0], *items]
    for fmt in ("html", "fragment"):
        tree = parse_html(draft_bytes(release, fmt).decode()).root
        content = (tree.find("body") or tree).text()
        positions = [content.find(item) for item in expected]
        assert -1 not in positions and positions == sorted(positions), fmt
        # The gap between items is one HTML does not collapse, styled or not.
        assert "\u2003\u2003".join(items) in content, fmt
    opened = docx.Document(io.BytesIO(draft_bytes(release, "docx")))
    docx_text = "\n".join(paragraph_text(p) for p in opened.paragraphs)
    positions = [docx_text.find(item) for item in expected[:4]]
    assert -1 not in positions and positions == sorted(positions)
    docx_footer_once(opened, lines)
    assert "FOR IMMEDIATE RELEASE" not in txt and "###" not in txt


def test_chinese_profile_output_words() -> None:
    profile = ProfileStore().get("fernhollow-portal-zh")
    release = release_from_profile(profile, date(2026, 11, 18))
    release.headline = "芬霍洛区开设夜市"
    release.body = "夜市将于十二月起每周五开放。"
    txt = draft_bytes(release, "txt").decode()
    assert "发布时间：2026年11月18日" in txt
    assert "媒体联系人" in txt and "电话：0510-8555 0118" in txt
    page = draft_bytes(release, "html").decode()
    assert '<html lang="zh-CN">' in page


def test_word_overrides_reach_every_export() -> None:
    release = make_release()
    release.conventions.words = {"immediate": "FOR RELEASE AT ONCE", "contact": "Press desk"}
    for fmt in ("txt", "html", "fragment"):
        out = draft_bytes(release, fmt).decode()
        assert "FOR RELEASE AT ONCE" in out and "Press desk" in out, fmt


footer_line = st.builds(
    FooterLine,
    st.text(st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1, max_size=30).filter(
        lambda s: clean_text(s).strip() != ""),
    st.sampled_from(["", "https://example.org/a", "mailto:a@example.org"]))
profiles = st.builds(
    Profile,
    name=st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True),
    organization=st.text(max_size=20), language=st.sampled_from(["en", "zh-CN", "en-GB"]),
    dateline=st.text(max_size=15), boilerplate=st.text(max_size=80),
    footer=st.lists(footer_line, min_size=1, max_size=5),
    end_mark=st.sampled_from(["###", "-30-", "-end-", ""]))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profiles, st.text(max_size=300), st.text(max_size=60))
def test_every_export_carries_the_profile_footer_in_order(profile: Profile, body: str,
                                                          headline: str) -> None:
    release = Release(headline=headline, body=body)
    apply_profile(release, profile)
    assert dumps_profile(profile)
    lines = [line.text for line in profile.footer]

    txt = draft_bytes(release, "txt").decode()
    assert in_order(txt.split("\n\n")[-1], [footer_as_written(line, "txt") for line in lines])
    items = [item for line in lines for item in footer_items(clean_text(line).strip())]
    for fmt in ("html", "fragment"):
        out = draft_bytes(release, fmt).decode()
        # (its text: a label and the word after it are in a span of their own)
        footer = out[out.rindex('<footer class="release-footer'):]
        shown = html.unescape(re.sub(r"<[^>]*>", "", footer))
        assert in_order(shown, items), fmt
    docx_footer_once(docx.Document(io.BytesIO(draft_bytes(release, "docx"))), lines)


def test_importing_a_builtin_name_needs_force(tmp_path: Path) -> None:
    exported = tmp_path / "wire.json"
    ProfileStore().export("calloway-wire", exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["footer"] = ["Shadow footer"]
    exported.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProfileError, match="name of a built-in profile; import with --force"):
        ProfileStore().import_file(exported)
    refused = run("profile", "import", exported)
    assert refused.returncode == 2 and "built-in" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    shown = json.loads(run("profile", "show", "calloway-wire").stdout)
    assert shown["footer"] != ["Shadow footer"]  # show and new still use the built-in
    assert ProfileStore().get("calloway-wire").builtin
    assert run("profile", "import", exported, "--force").returncode == 0
    mine = ProfileStore().get("calloway-wire")
    assert not mine.builtin and mine.replaces_builtin
    assert mine.footer == [FooterLine("Shadow footer")]
    assert json.loads(run("profile", "show", "calloway-wire").stdout)["footer"] == \
        ["Shadow footer"]
    others = [p for p in ProfileStore().load_all() if p.name != "calloway-wire"]
    assert all(p.builtin and not p.replaces_builtin for p in others)


@pytest.mark.parametrize(("display", "organization", "label"), [
    ("Marlow Valley Water Board", "Marlow Valley Water Board", "Marlow Valley Water Board"),
    ("marlow valley water board", "Marlow Valley Water Board", "marlow valley water board"),
    ("Wire desk", "Calloway Harbour Authority", "Wire desk — Calloway Harbour Authority"),
    ("Wire desk", "", "Wire desk"), ("", "Calloway Harbour Authority",
                                     "calloway — Calloway Harbour Authority")])
def test_a_house_style_named_for_its_organisation_names_it_once(
        display: str, organization: str, label: str) -> None:
    from releasedesk.profiles import profile_label

    made = Profile(name="calloway", display_name=display, organization=organization)
    assert profile_label(made) == label

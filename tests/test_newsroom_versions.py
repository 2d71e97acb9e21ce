"""The library's language versions column (newsroom/versions.py): each release's partners
found among the folder's files, in the states `releasedesk check` gives them (twins/link),
kept in the cache; two files claiming one id marked on both."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk import document
from releasedesk.model import Release, TwinLink
from releasedesk.newsroom import cache
from releasedesk.newsroom.library import Library, list_library
from releasedesk.newsroom.summary import Summary
from releasedesk.newsroom.versions import partner_path
from releasedesk.twins.link import (
    CHANGED,
    FOUND,
    MISSING,
    OTHER,
    OUTSIDE,
    SAME_ID,
    UNREADABLE,
    follow,
)
from twin_samples import pair

from newsroom_helpers import make, write


def _states(library: Library, relative: str) -> list[tuple[str, str]]:
    position = [e.relative for e in library.entries].index(relative)
    return [(v.language, v.state) for v in library.versions_at(position)]


def test_a_linked_pair_lists_each_other_as_found(tmp_path: Path) -> None:
    pair(tmp_path)
    library = list_library(tmp_path, policies={})
    assert _states(library, "ferry.release") == [("zh-CN", FOUND)]
    assert _states(library, "ferry.zh-CN.release") == [("en", FOUND)]
    assert not any(library.needs_attention(i) for i in range(len(library.entries)))


def test_a_partner_changed_missing_or_replaced_is_a_state_and_the_link_stays(
        tmp_path: Path) -> None:
    en_path, zh_path = pair(tmp_path)
    chinese = document.load(zh_path)
    chinese.body += "\n\n新增一段。"
    document.save(chinese, zh_path, in_place=True)
    library = list_library(tmp_path, policies={})
    assert _states(library, "ferry.release") == [("zh-CN", CHANGED)]
    assert library.needs_attention(0)
    zh_path.rename(tmp_path / "elsewhere.release")
    library = list_library(tmp_path, policies={})
    assert _states(library, "ferry.release") == [("zh-CN", MISSING)]
    assert document.load(en_path).twins[0].path == "ferry.zh-CN.release"  # kept
    write(tmp_path, "ferry.zh-CN.release", ident="someone-else")
    library = list_library(tmp_path, policies={})
    assert _states(library, "ferry.release") == [("zh-CN", OTHER)]
    (tmp_path / "ferry.zh-CN.release").write_text("{ damaged")
    library = list_library(tmp_path, policies={})
    assert _states(library, "ferry.release") == [("zh-CN", UNREADABLE)]


@pytest.mark.parametrize(("relative", "link", "expected"), [
    ("a.release", "b.release", "b.release"),
    ("x/a.release", "b.release", "x/b.release"),
    ("x/a.release", "../b.release", "b.release"),
    ("x/y/a.release", "../../z/b.release", "z/b.release"),
    ("a.release", "../b.release", ""),
    ("x/a.release", "../../b.release", ""),
    ("a.release", "/etc/b.release", ""),
    ("a.release", "C:/b.release", ""),
    ("a.release", "b.txt", ""),
    ("a.release", "x\\b.release", ""),
])
def test_a_link_is_followed_inside_the_folder_only(relative: str, link: str,
                                                   expected: str) -> None:
    assert partner_path(relative, link) == expected


# What a generated link points at: the partner as linked, changed since, gone, another
# release, a file claiming the linking release's own id, a damaged file, or outside.
SCENARIOS = ("found", "changed", "missing", "other", "same_id", "unreadable", "outside")


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(SCENARIOS), st.sampled_from(["", "sub/"]),
                          st.sampled_from(["", "sub/", "deep/er/"])),
                min_size=1, max_size=6))
def test_the_library_says_what_following_the_link_says(tmp_path: Path,
                                                       plan: list[tuple[str, str, str]]
                                                       ) -> None:
    """For every link of every release, over generated folders: the library's state is the
    state `releasedesk check` follows the link to (twins/link.follow), without opening
    the partner; a partner outside the folder is OUTSIDE."""
    root = tmp_path / "lib"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir()
    for number, (scenario, here, there) in enumerate(plan):
        source = root / here / f"r{number}.release"
        target = root / there / f"p{number}.release"
        release = make(headline=f"Release {number}", ident=f"id-{number}")
        # (a draft partner linked one way: its summary holds no fingerprint, the
        # library reads it; an approved one: its sign-off's)
        partner = make(headline=f"Partner {number}", language="zh-CN",
                       ident=f"partner-{number}",
                       stage="draft" if number % 2 else "approved")
        link_path = Path(_relative(target, source.parent)).as_posix()
        if scenario == "outside":
            link_path = "../" * (here.count("/") + 1) + f"p{number}.release"
        release.twins = [TwinLink(f"partner-{number}", link_path, "zh-CN",
                                  _print(partner))]
        write(root, f"{here}r{number}.release", release)
        if scenario in ("found", "changed", "other", "same_id"):
            if scenario == "changed":
                partner.body += " Changed since."
            if scenario == "other":
                partner.id = f"stranger-{number}"
            if scenario == "same_id":
                partner.id = f"id-{number}"
            write(root, f"{there}p{number}.release", partner)
        elif scenario == "unreadable":
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("{ damaged")
    library = list_library(root, use_cache=False, policies={})
    for position, entry in enumerate(library.entries):
        if not entry.relative.split("/")[-1].startswith("r"):
            continue
        path = library.path_of(entry)
        release = document.load(path)
        [version] = library.versions_at(position)
        [link] = release.twins
        if partner_path(entry.relative, link.path):
            assert version.state == follow(release, path, link).state, entry.relative
        else:
            assert version.state == OUTSIDE
        scenario = plan[int(entry.relative.split("/")[-1][1:-len(".release")])][0]
        assert version.state == {"found": FOUND, "changed": CHANGED, "missing": MISSING,
                                 "other": OTHER, "same_id": SAME_ID,
                                 "unreadable": UNREADABLE, "outside": OUTSIDE}[scenario]
        assert library.needs_attention(position) == (scenario != "found")


def _relative(target: Path, folder: Path) -> str:
    import os

    return os.path.relpath(target, folder)


def _print(release: Release) -> str:
    from releasedesk.clearance.fingerprint import fingerprint

    return fingerprint(release)


def test_the_versions_come_from_the_cache_and_an_old_cache_is_read_anew(
        tmp_path: Path) -> None:
    pair(tmp_path)
    first = list_library(tmp_path, policies={})
    again = list_library(tmp_path, policies={})
    assert again.from_cache == 2
    assert again.versions == first.versions and again.entries == first.entries
    # A cache written before the versions were summarised (version 1) is not used.
    path = cache.cache_file(tmp_path)
    data = json.loads(path.read_text("utf-8"))
    data["version"] = 1
    for entry in data["entries"]:
        del entry["twins"], entry["corrects"]
    path.write_text(json.dumps(data), "utf-8")
    assert list_library(tmp_path, policies={}).from_cache == 0
    assert list_library(tmp_path, policies={}).versions == first.versions


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=8), st.text(max_size=12), st.text(max_size=6),
                          st.text(alphabet="0123456789abcdef", max_size=64)), max_size=4),
       st.text(max_size=20))
def test_a_summary_with_versions_and_a_correction_round_trips_through_the_cache(
        twins: list[tuple[str, str, str, str]], corrects: str) -> None:
    summary = Summary("a.release", 10, 20, id="x", twins=tuple(twins), corrects=corrects)
    assert Summary.from_json(json.loads(json.dumps(summary.to_json()))) == summary


@pytest.mark.parametrize("damage", [[["a", "b", "c"]], [["a", "b", "c", 4]], "x",
                                    [None], [["a", "b", "c", "d", "e"]]])
def test_a_damaged_versions_entry_is_not_a_summary(damage: object) -> None:
    data = Summary("a.release", 10, 20).to_json()
    data["twins"] = damage
    with pytest.raises((TypeError, ValueError, KeyError)):
        Summary.from_json(data)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["a", "b", "c", ""]), min_size=1, max_size=7))
def test_every_file_sharing_an_id_is_marked_and_no_other(tmp_path: Path,
                                                         ids: list[str]) -> None:
    root = tmp_path / "ids"
    shutil.rmtree(root, ignore_errors=True)
    for number, ident in enumerate(ids):
        write(root, f"{'sub/' if number % 2 else ''}n{number}.release",
              make(headline=f"Release {number}", ident=ident))
    library = list_library(root, use_cache=False, policies={})
    for position, entry in enumerate(library.entries):
        sharing = [e.relative for e in library.entries
                   if e.id and e.id == entry.id and e is not entry]
        assert library.same_id(entry) == sharing
        assert library.needs_attention(position) == bool(sharing)

"""Photo addresses in the HTML export's Open Graph and JSON-LD are absolute when the house
style gives the site's base address, and the readiness checks warn when photos go to the
web without one (issue 27, point 14)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.checks import WARNING, check
from releasedesk.errors import ReleaseDeskError
from releasedesk.exporting import draft_bytes
from releasedesk.gui.dialogs.house_style import HouseStyleDialog
from releasedesk.profiles import ProfileError, ProfileStore, dumps_profile, load_profile
from test_photo_exports import quick_photo, release_with

from gui_helpers import FakePrompts

hosts = st.from_regex(r"[a-z][a-z0-9-]{0,12}(\.[a-z]{2,6}){1,2}", fullmatch=True)
folders = st.lists(st.from_regex(r"[a-z0-9][a-z0-9_-]{0,8}", fullmatch=True), max_size=3)
base_urls = st.builds(lambda scheme, host, parts, slash: f"{scheme}://{host}/"
                      + "/".join(parts) + ("/" if parts and slash else ""),
                      st.sampled_from(["https", "http"]), hosts, folders, st.booleans())


def image_addresses(html: str) -> list[str]:
    og = re.findall(r'<meta property="og:image" content="([^"]*)">', html)
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>',
                                html, re.S).group(1))  # type: ignore[union-attr]  # None fails the test, as it should
    images = data["image"] if isinstance(data["image"], list) else [data["image"]]
    return og + [image["contentUrl"] for image in images]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(base=base_urls, ids=st.lists(st.sampled_from(["ferry", "dock", "crew"]), min_size=1,
                                    max_size=3, unique=True))
def test_photo_addresses_are_absolute_under_the_base_url(base: str, ids: list[str]) -> None:
    release = release_with(*(quick_photo(i, lead=(n == 0)) for n, i in enumerate(ids)))
    release.conventions.base_url = base
    addresses = image_addresses(draft_bytes(release, "html").decode())
    assert len(addresses) == len(ids) + 1  # og:image (the lead) and each ImageObject
    folder = base if base.endswith("/") else base + "/"
    for address in addresses:
        parts = urlsplit(address)
        assert parts.scheme in ("http", "https") and parts.netloc == urlsplit(base).netloc
        assert address.startswith(folder), (address, base)
        assert "//" not in parts.path
    assert not [f for f in check(release) if f.code == "photo_url_relative"]


def test_without_a_base_url_the_addresses_stay_relative_and_a_check_warns() -> None:
    release = release_with(quick_photo("ferry", lead=True))
    addresses = image_addresses(draft_bytes(release, "html").decode())
    assert addresses and all(not urlsplit(a).scheme and not a.startswith("/")
                             for a in addresses)
    [finding] = [f for f in check(release) if f.code == "photo_url_relative"]
    assert finding.severity == WARNING and finding.field == "conventions"
    release.photos = []  # no photos: nothing to warn about
    assert not [f for f in check(release) if f.code == "photo_url_relative"]


def test_the_base_url_is_saved_and_read_with_the_release(tmp_path: Path) -> None:
    release = release_with(quick_photo("ferry", lead=True))
    plain = tmp_path / "plain.release"
    document.save(release, plain)
    assert b"base_url" not in plain.read_bytes()  # (a release without one is written as before)
    release.conventions.base_url = "https://calloway-harbour.example/news/"
    path = tmp_path / "story.release"
    document.save(release, path)
    assert document.load(path).conventions.base_url == "https://calloway-harbour.example/news/"


@pytest.mark.parametrize("bad", ["calloway-harbour.example/news", "ftp://x.example/",
                                 "https://", "https://x.example/a b", "javascript:alert(1)"])
def test_a_base_url_that_is_no_web_address_is_refused(tmp_path: Path, bad: str) -> None:
    store = ProfileStore(user_dir=tmp_path)
    profile = store.get("calloway-wire")
    profile.conventions.base_url = bad
    with pytest.raises(ProfileError, match="site address"):
        store.save(profile)
    raw = dumps_profile(store.get("calloway-wire")).decode().replace(
        '"conventions": {', f'"conventions": {{"base_url": {json.dumps(bad)}, ', 1)
    (tmp_path / "hand-edited.json").write_text(raw, "utf-8")
    with pytest.raises(ReleaseDeskError, match="site address"):
        load_profile(tmp_path / "hand-edited.json")


def test_the_house_style_dialog_sets_the_base_url(qtbot: QtBot) -> None:
    prompts = FakePrompts()
    dialog = HouseStyleDialog(ProfileStore(), prompts)
    qtbot.addWidget(dialog)
    dialog.name.setText("harbour-desk")
    dialog.base_url.setText("calloway-harbour.example")
    assert not dialog.save() and "site address" in prompts.errors[-1]
    dialog.base_url.setText("https://calloway-harbour.example/news/")
    assert dialog.save()
    assert ProfileStore().get("harbour-desk").conventions.base_url == \
        "https://calloway-harbour.example/news/"

"""A newsroom folder built by someone hostile: page names crafted to meet, file names that
are no UTF-8, headlines with NUL, escapes and bidi overrides. Every release keeps a page of
its own, the build finishes, and nothing of that reaches the index, the feeds or the
library's lines."""

from __future__ import annotations

import os
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.newsroom.build import MANIFEST, build_newsroom
from releasedesk.newsroom.library import list_library
from releasedesk.newsroom.selection import page_slugs

from newsroom_helpers import write

AS_OF = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# What no index, feed or library line may carry: C0/C1 controls (tab, newline and CR aside
# in the files' own layout), the bidi embeddings and overrides.
_FORGING = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e]")
_NAMES = st.text(alphabet=st.sampled_from("aAbB-_. 1é夜\u202e"), min_size=1, max_size=6)


def _crafted(relatives: list[str]) -> list[str]:
    """*relatives* and, for each page name a digest made, a file named like that page."""
    made = page_slugs(relatives)
    return relatives + [f"{slug}.release" for slug in made.values() if re.search(
        r"-[0-9a-f]{10}$", slug)]


@settings(max_examples=200, deadline=None)
@given(st.lists(_NAMES, max_size=12, unique=True))
def test_each_file_has_a_page_of_its_own(stems: list[str]) -> None:
    relatives = _crafted([f"{stem}.release" for stem in stems])
    relatives = list(dict.fromkeys(relatives))
    slugs = page_slugs(relatives)
    assert sorted(slugs) == sorted(relatives)
    assert len(set(slugs.values())) == len(relatives)
    assert all(_SLUG.fullmatch(slug) for slug in slugs.values())
    # the same files, listed in another order, keep their names
    assert page_slugs(list(reversed(relatives))) == slugs


@pytest.mark.parametrize("relatives", [
    ["a.release", "A.release"],
    ["a.release", "A.release", "a-39fe108eb7.release"],
    ["新闻.release", "夜市.release", "release-0.release"],
    ["x.release", "X.release", "x .release", "x-.release"],
])
def test_crafted_page_names_never_meet(relatives: list[str]) -> None:
    every = list(dict.fromkeys(_crafted(_crafted(relatives))))
    assert len(set(page_slugs(every).values())) == len(every)


def test_a_file_named_like_anothers_page_keeps_both_pages(tmp_path: Path) -> None:
    source, out = tmp_path / "releases", tmp_path / "site"
    names = ["a.release", "A.release"]
    crafted = [f"{slug}.release" for slug in page_slugs(names).values()]
    for number, name in enumerate([*names, *crafted]):
        write(source, name, headline=f"Release number {number}")
    report = build_newsroom(source, out, as_of=AS_OF)
    pages = sorted(p.name for p in (out / "releases").iterdir())
    assert len(report.choice.items) == 4 and len(pages) == 4
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(f"Release number {number}" in index for number in range(4))


_HOSTILE_LINES = ["nul\x00head", "esc\x1b[31mred", "\u202eevil gnp.exe", "a\u202ab\u202cc",
                  "c1\x85\x9bcontrol", "tab\tand\nnewline"]


@pytest.mark.parametrize("headline", _HOSTILE_LINES)
def test_hostile_headlines_reach_no_index_or_feed(tmp_path: Path, headline: str) -> None:
    source, out = tmp_path / "releases", tmp_path / "site"
    write(source, "one.release", headline=headline, subheadline=headline,
          organization=headline.replace("\n", " "))
    write(source, "two.release", headline="Harbour ferry terminal opens")
    # (drafts too: a line break the load makes a space changes what was signed off)
    report = build_newsroom(source, out, as_of=AS_OF, include_drafts=True,
                            base_url="https://press.example.org/")
    assert len(report.choice.items) == 2
    for name in ("index.html", "feed.xml", "feed.json", "sitemap.xml"):
        text = (out / name).read_text(encoding="utf-8")
        assert not _FORGING.search(text), name
    # the words around the characters stay
    visible = re.findall("[a-z]+", headline)[-1]
    assert visible in (out / "index.html").read_text(encoding="utf-8")
    library = list_library(source)
    for entry in library.entries:
        for line in (entry.headline, entry.subheadline, entry.organization):
            assert not _FORGING.search(line) and "\n" not in line and "\t" not in line


@pytest.mark.skipif(sys.platform in ("darwin", "win32"),
                    reason="the system takes only UTF-8 (or UTF-16) file names")
def test_file_names_that_are_no_utf8_are_published(tmp_path: Path) -> None:
    source, out = tmp_path / "releases", tmp_path / "site"
    write(source, "plain.release", headline="Harbour ferry terminal opens")
    good = write(source, "other.release", headline="Night market returns")
    odd = os.path.join(os.fsencode(source), b"caf\xe9-\xff.release")
    os.rename(good, odd)
    report = build_newsroom(source, out, as_of=AS_OF, base_url="https://press.example.org/")
    assert len(report.choice.items) == 2
    assert len(list((out / "releases").iterdir())) == 2
    feed = (out / "feed.xml").read_text(encoding="utf-8")
    assert feed.count("<entry>") == 2
    # the entries' ids differ, and a rebuild reads its manifest back: nothing is rewritten
    ids = re.findall(r"<id>(urn:uuid:[^<]+)</id>", feed)
    assert len(set(ids)) == 3
    assert (out / MANIFEST).is_file()
    again = build_newsroom(source, out, as_of=AS_OF, base_url="https://press.example.org/")
    assert again.written == []


@pytest.mark.parametrize("url", ['https://x.example/"><script>alert(1)</script>/',
                                 "https://x.example/a`b/", "https://x.example/{x}/",
                                 "https://x.example/\u202e/", "https://x.example/\x7f/",
                                 "javascript:alert(1)", "https://x.example/a b/"])
def test_an_address_no_link_can_hold_is_refused(tmp_path: Path, url: str) -> None:
    from releasedesk.errors import ReleaseDeskError

    source, out = tmp_path / "releases", tmp_path / "site"
    write(source, "one.release", headline="Harbour ferry terminal opens")
    with pytest.raises(ReleaseDeskError, match="is not a web address"):
        build_newsroom(source, out, as_of=AS_OF, base_url=url)
    assert not out.exists()


@pytest.mark.parametrize("url", ["https://press.example.org/news/", "http://localhost:8000",
                                 "https://x.example/%E6%96%B0%E9%97%BB/", "https://新闻.example/"])
def test_an_ordinary_address_is_taken(tmp_path: Path, url: str) -> None:
    source, out = tmp_path / "releases", tmp_path / "site"
    write(source, "one.release", headline="Harbour ferry terminal opens")
    build_newsroom(source, out, as_of=AS_OF, base_url=url)
    assert (out / "sitemap.xml").is_file()

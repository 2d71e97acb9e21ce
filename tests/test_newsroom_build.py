"""The static newsroom: what is published when, feeds that parse, escaping, rebuilds."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from lxml import etree

from releasedesk import document
from releasedesk.body.safety import clean_text
from releasedesk.clearance.signoffs import sign_off
from releasedesk.cli import main
from releasedesk.errors import ReleaseDeskError
from releasedesk.newsroom.build import MANIFEST, build_newsroom
from releasedesk.render import build_layout

from newsroom_feeds import atom_problems, json_feed_problems, parsed_atom
from newsroom_helpers import SIGNED, make, write

AS_OF = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
BASE = "https://press.calloway.example/news/"


def published(out: Path) -> list[str]:
    """The headlines of the Atom feed, in its order."""
    return [entry.title for entry in parsed_atom(out / "feed.xml").entries]


def test_a_newsroom_of_approved_releases(tmp_path: Path) -> None:
    source, out = tmp_path / "releases", tmp_path / "site"
    write(source, "ferry.release", headline="Ferry terminal opens", stage="approved",
          day=datetime(2026, 3, 2).date(), subheadline="Crossings double", kind="statement")
    write(source, "zh/night-market.release", headline="夜市下月开张", language="zh-CN",
          stage="published", day=datetime(2026, 3, 5).date(),
          organization="芬霍洛区行政公署")
    write(source, "seed-bank.release", headline="Seed bank breaks ground", stage="draft")
    write(source, "stale.release", headline="Changed after approval", stage="stale")
    report = build_newsroom(source, out, as_of=AS_OF, base_url=BASE)
    assert published(out) == ["夜市下月开张", "Ferry terminal opens"]  # newest first
    assert sorted(p.name for p in (out / "releases").iterdir()) == [
        "ferry.html", "zh-night-market.html"]
    assert report.choice.unapproved == 2 and report.sitemap
    assert atom_problems(out / "feed.xml") == []
    assert json_feed_problems(out / "feed.json") == []
    feed = parsed_atom(out / "feed.xml")
    assert feed.entries[1].link == BASE + "releases/ferry.html"
    assert feed.entries[1].summary == "Crossings double"
    assert feed.entries[1].terms[0] == "statement"
    items = json.loads((out / "feed.json").read_bytes())["items"]
    assert [i["url"] for i in items] == [BASE + "releases/zh-night-market.html",
                                         BASE + "releases/ferry.html"]
    assert [i["language"] for i in items] == ["zh-CN", "en"]
    # The page is the HTML export of the release.
    from releasedesk.exporting import export_bytes

    ferry = document.load(source / "ferry.release")
    assert (out / "releases" / "ferry.html").read_bytes() == export_bytes(
        ferry, "html", stem="ferry")
    # index.html: a section per language, each newest first, linking the pages.
    index = etree.HTML((out / "index.html").read_bytes())
    sections = index.findall(".//section")
    assert [s.get("lang") for s in sections] == ["en", "zh-CN"]
    assert [a.get("href") for a in index.iterfind(".//a")] == [
        "releases/ferry.html", "releases/zh-night-market.html"]
    # The sitemap names the index and each page by its full address.
    sitemap = etree.fromstring((out / "sitemap.xml").read_bytes())
    locs = [e.text for e in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locs == [BASE + "index.html", BASE + "releases/zh-night-market.html",
                    BASE + "releases/ferry.html"]


def test_newest_first_within_each_language(tmp_path: Path) -> None:
    source, out = tmp_path / "releases", tmp_path / "site"
    for day in (3, 1, 9, 5):
        write(source, f"en-{day}.release", headline=f"English {day}",
              day=datetime(2026, 2, day).date())
        write(source, f"zh-{day}.release", headline=f"中文 {day}", language="zh-CN",
              day=datetime(2026, 2, day).date())
    build_newsroom(source, out, as_of=AS_OF)
    index = etree.HTML((out / "index.html").read_bytes())
    for section, label in zip(index.findall(".//section"), ("English", "中文"), strict=True):
        assert [a.text for a in section.iterfind(".//a")] == [
            f"{label} {day}" for day in (9, 5, 3, 1)]


ZONES = [UTC, timezone(timedelta(hours=8)), timezone(timedelta(hours=-5)),
         timezone(timedelta(hours=5, minutes=30))]
OFFSETS = [timedelta(days=-400), timedelta(hours=-1), timedelta(seconds=-1), timedelta(0),
           timedelta(seconds=1), timedelta(minutes=1), timedelta(days=30)]


@pytest.mark.parametrize("zone", ZONES)
def test_embargoes_are_kept_until_their_moment_has_passed(tmp_path: Path,
                                                          zone: timezone) -> None:
    """Each release's embargo against many as-of moments, in several zones: published
    exactly when the moment is at or before as-of."""
    source = tmp_path / "releases"
    moment = datetime(2026, 9, 1, 9, 0, tzinfo=zone)
    write(source, "embargoed.release", headline="Embargoed", embargo=moment)
    write(source, "immediate.release", headline="Immediate")
    no_moment = make(headline="Embargo without a moment", stage="draft")
    no_moment.status = "embargoed"  # (the moment not set yet)
    sign_off(no_moment, "Imogen Sallow", "Director", now=SIGNED)
    write(source, "no-moment.release", no_moment)
    assert document.load(source / "no-moment.release").embargo_until is None
    for index, offset in enumerate(OFFSETS):
        for as_of_zone in ZONES:
            as_of = (moment + offset).astimezone(as_of_zone)
            out = tmp_path / f"site-{index}"
            report = build_newsroom(source, out, as_of=as_of)
            expected = ["Immediate"] + (["Embargoed"] if offset >= timedelta(0) else [])
            assert sorted(published(out)) == sorted(expected), (offset, as_of)
            assert report.choice.embargoed == 3 - len(expected)


@pytest.mark.parametrize(("language", "status_line", "position"), [
    ("en", True, "top"), ("en", False, "top"), ("en-GB", True, "after_release_line"),
    ("zh-CN", False, "after_release_line"), ("zh-CN", True, "top")])
def test_a_release_published_as_its_embargo_lifts_prints_as_released(
        tmp_path: Path, language: str, status_line: bool, position: str) -> None:
    """Around the embargo's moment, as-of in several zones: under embargo the release is
    left out; once published (its moment passed) its page carries no embargo notice, as
    its feeds and index do not, and says its embargo's moment as its publication."""
    source = tmp_path / "releases"
    moment = datetime(2026, 9, 1, 9, 0, tzinfo=timezone(timedelta(hours=8)))
    release = make(headline="Ferry terminal opens", language=language, embargo=moment)
    release.conventions.status_line = status_line
    release.conventions.embargo_position = position
    sign_off(release, "Imogen Sallow", "Director", now=SIGNED)  # (approved as it is now)
    write(source, "ferry.release", release)
    laid = build_layout(document.load(source / "ferry.release"))
    notice = laid.embargo_notice
    assert notice is not None and notice.moment_text  # (the release as approved has it)
    for index, offset in enumerate(OFFSETS):
        for as_of_zone in ZONES:
            out = tmp_path / f"site-{index}-{as_of_zone.utcoffset(None)}"
            build_newsroom(source, out, as_of=(moment + offset).astimezone(as_of_zone))
            page = out / "releases" / "ferry.html"
            assert page.exists() == (offset >= timedelta(0)), (offset, as_of_zone)
            if not page.exists():
                continue
            html = page.read_text(encoding="utf-8")
            whole = [html, *((out / name).read_text(encoding="utf-8")
                             for name in ("index.html", "feed.xml", "feed.json"))]
            for text in whole:
                assert notice.text not in text and "release-embargo" not in text
                assert not [p for p in notice.pieces if p.strip() and p.strip() in text]
            assert "embargoed-until" not in html and '"Embargoed"' not in html
            assert (laid.words.immediate in html) == status_line
            assert f'"datePublished":"{moment.isoformat()}"' in html
            # What was approved is what the page names: its clearance stays.
            assert '<meta name="releasedesk-status" content="approved">' in html
            assert f'content="{laid_fingerprint(source / "ferry.release")}"' in html


def laid_fingerprint(path: Path) -> str:
    from releasedesk.exporting import stamped

    return stamped(document.load(path)).fingerprint


def test_drafts_are_left_out_unless_asked_for(tmp_path: Path) -> None:
    source = tmp_path / "releases"
    for stage in ("draft", "in_review", "approved", "published", "stale"):
        write(source, f"{stage}.release", headline=f"Stage {stage}", stage=stage)
    build_newsroom(source, tmp_path / "approved-only", as_of=AS_OF)
    assert sorted(published(tmp_path / "approved-only")) == ["Stage approved",
                                                             "Stage published"]
    build_newsroom(source, tmp_path / "preview", as_of=AS_OF, include_drafts=True)
    assert len(published(tmp_path / "preview")) == 5
    index = (tmp_path / "preview" / "index.html").read_text()
    assert index.count('class="status">Draft<') == 1
    assert index.count('class="status">In review<') == 2


HOSTILE = [
    '<script>alert("x")</script>',
    "Quotes \" and ' and & and </a><a href=\"javascript:x\">",
    "]]></title><entry><id>forged</id>",
    "Bell\x07 and escape\x1b[31m and form\x0cfeed",
    '"},"title":"forged',
    "Right-to-left \u202eoverride",
]


@pytest.mark.parametrize("headline", HOSTILE)
def test_hostile_headlines_are_escaped_in_every_output(tmp_path: Path, headline: str) -> None:
    source, out = tmp_path / "releases", tmp_path / "site"
    path = write(source, "hostile.release", headline=headline, subheadline=headline,
                 organization=headline, kind="advisory", stage="draft")
    # (the kind is one of kinds.py's since kinds: no hostile text can be one)
    release = document.load(path)  # (a load may clean what a file holds), then approved
    sign_off(release, "Imogen Sallow", "Director")
    document.save(release, path)
    build_newsroom(source, out, as_of=AS_OF, base_url=BASE)
    [entry] = list(parsed_atom(out / "feed.xml").entries)
    # (as the page prints it: no control character, no bidi override, body/safety.py)
    shown = " ".join(clean_text(document.load(source / "hostile.release").headline).split())
    assert entry.title == shown and entry.summary == shown
    assert atom_problems(out / "feed.xml") == []
    [item] = json.loads((out / "feed.json").read_bytes())["items"]
    assert item["title"] == shown and item["tags"] == ["advisory"]
    assert json_feed_problems(out / "feed.json") == []
    index = (out / "index.html").read_text()
    assert "<script" not in index and "javascript:x\"" not in index
    tree = etree.HTML(index.encode())
    assert [a.text for a in tree.iterfind(".//a")] == [shown]
    assert [a.get("href") for a in tree.iterfind(".//a")] == ["releases/hostile.html"]
    etree.fromstring((out / "sitemap.xml").read_bytes())  # well-formed
    page = (out / "releases" / "hostile.html").read_text()
    assert "<script>alert" not in page


def test_unreadable_and_duplicate_releases_are_reported_and_the_rest_published(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, out = tmp_path / "releases", tmp_path / "site"
    write(source, "good.release", headline="Good", ident="calloway-1")
    write(source, "copy.release", headline="Copy", ident="calloway-1")
    (source / "broken.release").write_text("{ broken")
    code = main(["newsroom", str(source), "-o", str(out), "--as-of", "2026-06-01T12:00Z"])
    assert code == 0
    captured = capsys.readouterr()
    assert "broken.release is damaged" in captured.err
    assert 'claim the id "calloway-1"' in captured.err
    assert "copy.release, good.release" in captured.err
    assert sorted(published(out)) == ["Copy", "Good"]
    assert "1 unreadable" in captured.out
    assert len({e.id for e in parsed_atom(out / "feed.xml").entries}) == 2


def test_a_rebuild_writes_only_what_changed(tmp_path: Path) -> None:
    source, out = tmp_path / "releases", tmp_path / "site"
    for index in range(5):
        write(source, f"r{index}.release", headline=f"Release {index}",
              day=datetime(2026, 3, 1 + index).date())
    first = build_newsroom(source, out, as_of=AS_OF, base_url=BASE)
    assert len(first.written) == 5 + 4
    again = build_newsroom(source, out, as_of=AS_OF, base_url=BASE)
    assert again.written == [] and again.removed == []
    # One release changed (and approved again): its page and the lists that show it.
    write(source, "r2.release", headline="Release 2, revised",
          day=datetime(2026, 3, 3).date())
    third = build_newsroom(source, out, as_of=AS_OF, base_url=BASE)
    assert sorted(p.name for p in third.written) == [
        "feed.json", "feed.xml", "index.html", "r2.html"]
    assert "Release 2, revised" in (out / "releases" / "r2.html").read_text()
    # A page changed by hand is made again; a release no longer approved loses its page.
    (out / "releases" / "r0.html").write_text("edited")
    write(source, "r4.release", headline="Release 4", stage="stale")
    fourth = build_newsroom(source, out, as_of=AS_OF, base_url=BASE)
    assert out / "releases" / "r0.html" in fourth.written
    assert fourth.removed == [out / "releases" / "r4.html"]
    assert not (out / "releases" / "r4.html").exists()
    assert "Release 4" not in (out / "index.html").read_text()
    # Built without an address, the old sitemap (naming gone pages) is removed.
    build_newsroom(source, out, as_of=AS_OF)
    assert not (out / "sitemap.xml").exists()


def test_a_damaged_manifest_rebuilds_everything_and_never_removes_outside(
        tmp_path: Path) -> None:
    source, out = tmp_path / "releases", tmp_path / "site"
    write(source, "a.release", headline="A")
    build_newsroom(source, out, as_of=AS_OF)
    victim = tmp_path / "victim.html"
    victim.write_text("keep me")
    data = json.loads((out / MANIFEST).read_bytes())
    data["pages"]["../../victim"] = data["pages"]["a"]
    (out / MANIFEST).write_text(json.dumps(data))
    build_newsroom(source, out, as_of=AS_OF)
    assert victim.read_text() == "keep me"
    (out / MANIFEST).write_text("{garbage")
    report = build_newsroom(source, out, as_of=AS_OF)
    assert out / "releases" / "a.html" in report.written


def test_planted_links_are_replaced_never_followed(tmp_path: Path) -> None:
    source, out = tmp_path / "releases", tmp_path / "site"
    write(source, "a.release", headline="A")
    out.mkdir()
    (out / "releases").mkdir()
    precious = tmp_path / "precious.txt"
    precious.write_text("precious")
    for name in ("index.html", "feed.xml", "feed.json", "releases/a.html", MANIFEST):
        os.symlink(precious, out / name)
    build_newsroom(source, out, as_of=AS_OF)
    assert precious.read_text() == "precious"
    for name in ("index.html", "feed.xml", "feed.json", "releases/a.html", MANIFEST):
        assert not (out / name).is_symlink() and (out / name).is_file()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    linked_out = tmp_path / "linked-site"
    os.symlink(elsewhere, linked_out)
    with pytest.raises(ReleaseDeskError, match="is a link to another folder"):
        build_newsroom(source, linked_out, as_of=AS_OF)
    other = tmp_path / "other-site"
    other.mkdir()
    os.symlink(elsewhere, other / "releases")
    with pytest.raises(ReleaseDeskError, match="is a link to another folder"):
        build_newsroom(source, other, as_of=AS_OF)
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize("args", [
    ["--as-of", "next tuesday"],
    ["--as-of", "2026-13-01"],
    ["--base-url", "ftp://press.example/"],
    ["--base-url", "press.example.org"],
    ["--base-url", "https://press.example.org/?q=1"],
])
def test_bad_options_are_one_sentence(tmp_path: Path, args: list[str],
                                      capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "releases", "a.release")
    code = main(["newsroom", str(tmp_path / "releases"), "-o", str(tmp_path / "out"), *args])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and err.startswith("releasedesk: ")
    assert "Traceback" not in err


def test_the_command_without_a_base_address_says_there_is_no_sitemap(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "releases", "a.release")
    assert main(["newsroom", str(tmp_path / "releases"), "-o", str(tmp_path / "out")]) == 0
    assert "No sitemap.xml" in capsys.readouterr().out
    assert not (tmp_path / "out" / "sitemap.xml").exists()
    assert published(tmp_path / "out") == ["Harbour ferry terminal opens"]


def test_a_release_changed_during_the_build_is_not_published_unapproved(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The listing chose it approved; saved as changed text before its page was made, it
    is left out with a sentence, never published as the unapproved text."""
    from releasedesk.newsroom import build as building

    source, out = tmp_path / "releases", tmp_path / "site"
    write(source, "a.release", headline="Approved text")
    write(source, "b.release", headline="Other release")
    real = building.choose  # type: ignore[attr-defined]  # the module's own name for it

    def choose_then_change(*args: object, **kwargs: object) -> object:
        chosen = real(*args, **kwargs)  # type: ignore[arg-type]  # the wrapped function's own arguments
        write(source, "a.release", headline="Changed after approval", stage="stale")
        return chosen

    monkeypatch.setattr(building, "choose", choose_then_change)
    report = build_newsroom(source, out, as_of=AS_OF)
    assert [p.name for p in (out / "releases").iterdir()] == ["b.html"]
    assert any("a.release was left out" in p.message and "changed while" in p.message
               for p in report.problems)
    assert "Changed after approval" not in (out / "index.html").read_text()


@pytest.mark.parametrize(("language", "kinds", "marks"), [
    ("en", {"advisory": "Media advisory", "statement": "Statement",
            "correction": "Correction"}, {"draft": "Draft", "in_review": "In review"}),
    ("zh-CN", {"advisory": "采访通知", "statement": "声明", "correction": "更正"},
     {"draft": "草稿", "in_review": "审核中"}),
])
def test_the_index_names_kinds_and_drafts_in_each_entry_s_language(
        tmp_path: Path, language: str, kinds: dict[str, str], marks: dict[str, str]) -> None:
    """Found by the tester: an advisory's entry showed the file's word "advisory", and the
    Chinese section's drafts were marked "Draft"."""
    source = tmp_path / "releases"
    for number, kind in enumerate(kinds):
        write(source, f"{kind}.release", headline=f"Kind {number}", kind=kind,
              language=language)
    for stage in marks:
        write(source, f"{stage}.release", headline=f"Stage {stage}", stage=stage,
              language=language)
    build_newsroom(source, tmp_path / "out", as_of=AS_OF, include_drafts=True)
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    for kind, name in kinds.items():
        assert f" · {name}</div>" in index or f" · {name} <span" in index, (kind, index)
        assert f" · {kind}<" not in index and f" · {kind} " not in index
    for mark in marks.values():
        assert f'class="status">{mark}<' in index

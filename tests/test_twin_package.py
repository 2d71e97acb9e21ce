"""Language versions for the web team: the package holds every version with reciprocal
hreflang alternates and one manifest listing all of them with their fingerprints; the
newsroom's pages of published twins name each other."""

from __future__ import annotations

import copy
import io
import json
import posixpath
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from releasedesk import cli, document
from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.clearance.manifest import sha256_hex
from releasedesk.clearance.signoffs import sign_off
from releasedesk.clearance.verify import verify
from releasedesk.model import Photo, Release
from releasedesk.newsroom.build import build_newsroom
from releasedesk.newsroom.selection import PAGES
from releasedesk.render.hreflang import version_folder, with_alternates
from releasedesk.twins.link import link_pair

from examples import examples
from gui_helpers import opens
from newsroom_helpers import make

SIGNED = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
TEXTS = {"en": ("Ferry terminal opens", "The terminal opens at 2 p.m. on Monday."),
         "zh-CN": ("渡轮码头启用", "码头于星期一下午2时启用。"),
         "zh-HK": ("渡輪碼頭啟用", "碼頭於星期一下午2時啟用。"),
         "fr": ("Le terminal ouvre", "Le terminal ouvre lundi à 14 h.")}


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.alternates: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and values.get("rel") == "alternate" and values.get("hreflang"):
            self.alternates.append((values["hreflang"] or "", values.get("href") or ""))


def alternates(html: bytes) -> list[tuple[str, str]]:
    parser = _Links()
    parser.feed(html.decode("utf-8"))
    return parser.alternates


def _versions(folder: Path, languages: list[str], signed: bool = True) -> list[Path]:
    """Releases in *languages*, the first linked to each of the others (as twin makes them)."""
    paths, releases = [], []
    for language in languages:
        headline, body = TEXTS[language]
        release = Release(language=language, headline=headline, body=body)
        if signed:
            sign_off(release, "Imogen Sallow", "Director", now=SIGNED)
        paths.append(folder / f"ferry.{language}.release")
        releases.append(release)
    for path, release in zip(paths[1:], releases[1:], strict=True):
        link_pair(releases[0], paths[0], release, path)
    for path, release in zip(paths, releases, strict=True):
        document.save(release, path)
    return paths


@pytest.mark.parametrize("languages", [["en", "zh-CN"], ["zh-CN", "en"], ["en", "fr"],
                                       ["en", "zh-CN", "fr"], ["zh-CN", "zh-HK", "en"]])
def test_the_package_holds_every_version_with_reciprocal_hreflang(tmp_path: Path,
                                                                  languages: list[str]) -> None:
    paths = _versions(tmp_path, languages)
    out = tmp_path / "out" / "story.zip"
    out.parent.mkdir()
    assert cli.main(["export", str(paths[0]), "-f", "package", "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        pages = {name: archive.read(name) for name in names
                 if name.endswith(".html") and not name.endswith(".fragment.html")}
        manifest = json.loads(archive.read("story/manifest.json"))
        contents = {name: archive.read(name) for name in names}
    assert len(pages) == len(languages)
    # every page names every version, itself included, and each named page names it back
    by_page: dict[str, dict[str, str]] = {}
    for name, html in pages.items():
        links = alternates(html)
        folder = posixpath.dirname(name)
        by_page[name] = {lang: posixpath.normpath(posixpath.join(folder, href))
                         for lang, href in links}
        assert len(links) == len(languages) == len(by_page[name])
    for name, named in by_page.items():
        assert name in named.values()
        for target in named.values():
            assert target in pages and name in by_page[target].values()
    assert sorted(by_page[next(iter(by_page))]) == sorted(languages)
    # one manifest lists every file of every version, and every version with its fingerprint
    listed = {entry["name"]: entry["sha256"] for entry in manifest["files"]}
    assert {f"story/{name}" for name in listed} == set(names) - {"story/manifest.json"}
    assert all(sha256_hex(contents[f"story/{name}"]) == digest
               for name, digest in listed.items())
    releases = [document.load(path) for path in paths]
    assert [(v["language"], v["fingerprint"], v["file"]) for v in manifest["versions"]] == [
        (r.language, fingerprint(r), p.name) for r, p in zip(releases, paths, strict=True)]
    assert all(v["status"] == "approved" for v in manifest["versions"])
    assert manifest["versions"][0]["folder"] == ""
    assert all(f"story/{v['folder']}story.html" in pages for v in manifest["versions"])
    assert verify(out).ok, [p.message for p in verify(out).problems]


def test_a_package_without_versions_is_as_before(tmp_path: Path) -> None:
    paths = _versions(tmp_path, ["en", "zh-CN"])
    (tmp_path / "ferry.zh-CN.release").unlink()  # the link stays; the version is not there
    out = tmp_path / "story.zip"
    assert cli.main(["export", str(paths[0]), "-f", "package", "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("story/manifest.json"))
        assert "versions" not in manifest
        assert alternates(archive.read("story/story.html")) == []


@pytest.mark.parametrize(("language", "taken", "folder"), [
    ("zh-CN", {"en"}, "zh-CN"), ("zh_CN", {"en"}, "zh-CN"), ("en", {"en"}, "en-2"),
    ("../x", set(), "x"), ("", set(), "en"), ("ZH-cn", {"zh-CN"}, "ZH-cn-2")])
def test_version_folders_are_safe_and_distinct(language: str, taken: set[str],
                                               folder: str) -> None:
    assert version_folder(language, taken) == folder and folder in taken


def test_alternates_are_escaped_and_go_in_the_head() -> None:
    page = "<html><head><title>x</title></head><body>&lt;/head&gt;</body></html>"
    out = with_alternates(page, [("en", 'a"b.html')])
    assert out.index('href="a&quot;b.html"') < out.index("</head>")
    assert with_alternates(page, []) == page and with_alternates("<p>", [("en", "a")]) == "<p>"


def test_the_newsroom_pages_of_published_twins_name_each_other(tmp_path: Path) -> None:
    source = tmp_path / "releases"
    source.mkdir()
    english = make(headline="Ferry terminal opens", ident="en-1")
    chinese = make(headline="渡轮码头启用", language="zh-CN", ident="zh-1",
                   body="码头于星期一启用。")
    draft = make(headline="Le terminal ouvre", language="fr", ident="fr-1", stage="draft")
    paths = [source / "ferry.release", source / "ferry.zh-CN.release",
             source / "ferry.fr.release"]
    link_pair(english, paths[0], chinese, paths[1])
    link_pair(english, paths[0], draft, paths[2])
    for release, path in zip((english, chinese, draft), paths, strict=True):
        document.save(release, path)
    out = tmp_path / "newsroom"
    as_of = datetime(2026, 6, 1, tzinfo=UTC)
    report = build_newsroom(source, out, as_of=as_of)
    pages = {item.summary.language: out / PAGES / f"{item.slug}.html"
             for item in report.choice.items}
    assert sorted(pages) == ["en", "zh-CN"]  # the French draft is not published
    for language, page in pages.items():
        named = dict(alternates(page.read_bytes()))
        assert named == {"en": pages["en"].name, "zh-CN": pages["zh-CN"].name}, language
    # publishing the French version later names it on the others' pages too
    draft = document.load(paths[2])
    sign_off(draft, "Imogen Sallow", "Director")
    document.save(draft, paths[2])
    report = build_newsroom(source, out, as_of=datetime.now(UTC))
    french = out / PAGES / next(f"{item.slug}.html" for item in report.choice.items
                                if item.summary.language == "fr")
    assert sorted(dict(alternates(pages["en"].read_bytes()))) == ["en", "fr", "zh-CN"]
    assert sorted(dict(alternates(french.read_bytes()))) == ["en", "fr"]
    assert sorted(dict(alternates(pages["zh-CN"].read_bytes()))) == ["en", "zh-CN"]


@pytest.mark.parametrize("languages", [["en", "zh-CN"], ["zh-CN", "zh-HK", "en"]])
def test_a_package_with_versions_is_the_same_bytes_at_one_moment(
        tmp_path: Path, languages: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Every version in the package is stamped with the package's one moment of export."""
    paths = _versions(tmp_path, languages)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")
    made = []
    for n in range(2):
        out = tmp_path / f"out{n}" / "story.zip"
        out.parent.mkdir()
        assert cli.main(["export", str(paths[0]), "-f", "package", "-o", str(out)]) == 0
        made.append(out.read_bytes())
    assert made[0] == made[1]


class _Images(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.addresses: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "img":
            self.addresses.append(values.get("src") or "")
            self.addresses += [part.split()[0] for part in
                               (values.get("srcset") or "").split(",") if part.strip()]


def _pool() -> list[Photo]:
    from release_strategies import photo_of

    # Three photos, and (last) one named as the first with other bytes: a version whose
    # photo was replaced keeps its own copies.
    return [photo_of(1, 320, 200, "jpg"), photo_of(2, 180, 120, "png"),
            photo_of(3, 900, 400, "jpg"), photo_of(1, 260, 180, "jpg")]


POOL = _pool()


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(range(len(POOL))), max_size=3, unique=True)
                .filter(lambda chosen: not {0, 3} <= set(chosen)),
                min_size=2, max_size=3))
def test_shared_photos_are_stored_once_and_every_page_finds_its_own(
        tmp_path: Path, chosen: list[list[int]]) -> None:
    """Over generated versions with photos the same, replaced, added or left out: no two
    photo files of the package hold the same bytes; every picture a page or fragment names
    is in the package and is that version's own photo; every version's originals are there;
    the manifest lists every file with its hash and the package verifies."""
    from releasedesk.media.copies import make_web_copies
    from releasedesk.media.names import web_name
    from releasedesk.media.strip import stripped_again

    folder = tmp_path / f"v{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    languages = ["en", "zh-CN", "fr"][:len(chosen)]
    paths = _versions(folder, languages)
    releases = []
    for path, picks in zip(paths, chosen, strict=True):
        release = document.load(path)
        release.photos = [copy.deepcopy(POOL[n]) for n in picks]
        sign_off(release, "Imogen Sallow", "Director", now=SIGNED)
        releases.append(release)
    for release, path in zip(releases, paths, strict=True):  # (links as made, fingerprints now)
        for other, other_path in zip(releases, paths, strict=True):
            if other is not release and release is releases[0]:
                link_pair(release, path, other, other_path)
    for release, path in zip(releases, paths, strict=True):
        document.save(release, path)
    out = folder / "story.zip"
    assert cli.main(["export", str(paths[0]), "-f", "package", "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        contents = {name: archive.read(name) for name in archive.namelist()}
    photo_files = [name for name in contents
                   if "_files/" in name or "/photos/" in name]
    assert len({contents[name] for name in photo_files}) == len(photo_files)
    manifest = json.loads(contents["story/manifest.json"])
    folders = {v["language"]: v["folder"] for v in manifest["versions"]}
    for release in releases:
        prefix = f"story/{folders[release.language]}"
        expected = {web_name(photo, width): data for photo in release.photos
                    for width, data in make_web_copies(photo).items()}
        for page in (f"{prefix}story.html", f"{prefix}story.fragment.html"):
            parser = _Images()
            parser.feed(contents[page].decode("utf-8"))
            assert {posixpath.basename(a) for a in parser.addresses} == set(expected)
            for address in parser.addresses:
                target = posixpath.normpath(posixpath.join(posixpath.dirname(page), address))
                assert contents.get(target) == expected[posixpath.basename(address)], target
        for photo in release.photos:
            original = stripped_again(photo.data)
            assert any(data == original for name, data in contents.items()
                       if name.endswith(f"photos/{photo.file_name}"))
    listed = {entry["name"]: entry["sha256"] for entry in manifest["files"]}
    assert {f"story/{name}" for name in listed} == set(contents) - {"story/manifest.json"}
    assert all(sha256_hex(contents[f"story/{name}"]) == digest
               for name, digest in listed.items())
    assert verify(out).ok, [p.message for p in verify(out).problems]


@pytest.mark.parametrize("own_signed", [True, False])
@pytest.mark.parametrize("other_signed", [True, False])
@pytest.mark.parametrize("marked", [True, False])
def test_a_version_goes_into_the_package_only_when_fit_to_publish_beside_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], own_signed: bool,
        other_signed: bool, marked: bool) -> None:
    """Exactly the versions with nothing left to translate, and approved when the release
    is, are in the package; each one left out is named with why, by `export` and by the
    readiness findings, and the link stays."""
    from releasedesk.checks import check
    from releasedesk.twins.marks import TO_TRANSLATE

    english, chinese = _versions(tmp_path, ["en", "zh-CN"], signed=False)
    for path, signed, text in ((english, own_signed, ""),
                               (chinese, other_signed, TO_TRANSLATE if marked else "")):
        release = document.load(path)
        if text:
            release.boilerplate = f"{text} The district serves 410,000 residents."
        if signed:
            sign_off(release, "Imogen Sallow", "Director")
        document.save(release, path)
    out, err = _package_of(english, tmp_path, capsys)
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        manifest = json.loads(package.read(next(n for n in names
                                                if n.endswith("manifest.json"))))
    included = any("zh-CN/" in name for name in names)
    expected = not marked and (other_signed or not own_signed)
    assert included == expected, (names, err)
    listed = [v["language"] for v in manifest.get("versions", [])]
    assert ("zh-CN" in listed) == expected
    codes = {f.code for f in check(document.load(english), path=english)}
    if expected:
        assert "package" not in err and not {c for c in codes if c.startswith("twin_held")}
    else:
        why = "twin_held_to_translate" if marked else "twin_held_not_approved"
        assert why in codes and "Chinese version" in err and "package" in err
    assert document.load(english).twins  # the link stays


def _package_of(release: Path, tmp_path: Path,
                capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    """`releasedesk export RELEASE -f package` into out/story.zip: the ZIP and what the
    command said on standard error."""
    out = tmp_path / "out" / "story.zip"
    out.parent.mkdir()
    assert cli.main(["export", str(release), "-f", "package", "-o", str(out)]) == 0
    return out, capsys.readouterr().err


# Languages as files hold them: tags written two ways name one language.
_SPELLINGS = ["en", "EN", "en-GB", "zh-CN", "zh_CN", "fr"]


@settings(max_examples=examples(12, 6), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(own=st.sampled_from(_SPELLINGS),
       theirs=st.lists(st.sampled_from(_SPELLINGS), min_size=1, max_size=3))
def test_a_package_never_holds_two_versions_in_one_language(
        tmp_path_factory: pytest.TempPathFactory, own: str, theirs: list[str]) -> None:
    """Whatever languages the linked versions are in now (a version's language set again
    after it was linked), the package holds one page per hreflang: a version in a language
    already in it is left out, named by `export` and by the readiness findings."""
    from releasedesk.checks import check
    from releasedesk.render.hreflang import hreflang

    folder = tmp_path_factory.mktemp("same-language")
    own_path = folder / "own.release"
    release = Release(language=own, headline="Ferry terminal opens",
                      body="The terminal opens on Monday.")
    paths = [folder / f"v{number}.release" for number in range(len(theirs))]
    versions = [Release(language=f"x-{number}", headline="Version", body="Text.")
                for number in range(len(theirs))]  # (linked in languages of their own…)
    for path, version in zip(paths, versions, strict=True):
        link_pair(release, own_path, version, path)
    document.save(release, own_path)
    for path, version, language in zip(paths, versions, theirs, strict=True):
        version.language = language  # (…then set to the languages drawn)
        document.save(version, path)
    expected, seen = [], {hreflang(own).lower()}
    for language in theirs:
        if hreflang(language).lower() not in seen:
            seen.add(hreflang(language).lower())
            expected.append(hreflang(language))
    out = folder / "out" / "story.zip"
    out.parent.mkdir()
    with _stderr() as err:
        assert cli.main(["export", str(own_path), "-f", "package", "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as package:
        pages = [n for n in package.namelist()
                 if n.endswith(".html") and not n.endswith(".fragment.html")]
        shown = alternates(package.read("story/story.html"))
    assert len(pages) == 1 + len(expected), pages
    tags = [tag.lower() for tag, _ in shown]
    assert len(tags) == len(set(tags))  # one alternate per language
    assert sorted(tags) == sorted({hreflang(own).lower(), *(t.lower() for t in expected)}) \
        if expected else tags == []
    left_out = len(theirs) - len(expected)
    codes = [f.code for f in check(document.load(own_path), path=own_path)]
    assert codes.count("twin_held_same_language") == left_out
    assert err.getvalue().count("package") >= left_out


@contextmanager
def _stderr() -> Iterator[io.StringIO]:
    import sys

    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        yield sys.stderr
    finally:
        sys.stderr = saved


def test_the_editor_says_which_version_its_package_left_out(
        qtbot: QtBot, tmp_path: Path) -> None:
    """File ▸ Export ▸ Package says, in its bar, each language version left out and why,
    as `export` does on standard error (it said only "Exported")."""
    from releasedesk.gui.app.export_notice import ExportNotice
    from releasedesk.gui.app.main_window import MainWindow
    from releasedesk.recovery import RecoveryStore
    from releasedesk.settings import Settings

    from gui_helpers import FakePrompts, wait_for_tasks

    english, other = _versions(tmp_path, ["en", "fr"])
    version = document.load(other)
    version.language = "EN"  # (set to English after it was linked)
    document.save(version, other)
    prompts = FakePrompts()
    window = MainWindow(Settings(), prompts, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    assert opens(window, english)
    prompts.next_path = tmp_path / "out" / "story.zip"
    prompts.next_path.parent.mkdir()
    window.exporter.export("package")
    wait_for_tasks()
    notice = window.findChild(ExportNotice)
    assert notice is not None and not notice.isHidden()
    said = notice.message.text()
    assert "story.zip" in said and "stays out of the web team's package" in said, said
    window.manager.modified = False
    window.close()


@pytest.mark.parametrize("blank", ["headline", "body", "both", "spaces"])
def test_a_version_not_yet_written_stays_out_of_the_package(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], blank: str) -> None:
    """A version with no headline or no body (as `releasedesk twin` makes it) would be a page
    of nothing that the release's page links to (found by the tester): it stays out, and
    `export` and the readiness findings say why."""
    from releasedesk.checks import check

    english, chinese = _versions(tmp_path, ["en", "zh-CN"], signed=False)
    version = document.load(chinese)
    if blank in ("headline", "both"):
        version.headline = ""
    if blank in ("body", "both"):
        version.body = ""
    if blank == "spaces":
        version.headline, version.body = " \u3000", "\n\n  \n"
    document.save(version, chinese)
    out, err = _package_of(english, tmp_path, capsys)
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        page = package.read("story/story.html")
    assert not any("/zh-CN/" in name for name in names)
    assert alternates(page) == []
    assert "Chinese version has no headline or no body yet" in err
    codes = [f.code for f in check(document.load(english), path=english)]
    assert codes.count("twin_held_not_written") == 1


def test_a_version_made_by_twin_stays_out_until_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    [english] = _versions(tmp_path, ["en"], signed=False)
    assert cli.main(["twin", str(english), "--language", "zh-CN"]) == 0
    [made] = [p for p in tmp_path.glob("*.release") if p != english]
    out = tmp_path / "story.zip"
    capsys.readouterr()
    assert cli.main(["export", str(english), "-f", "package", "-o", str(out)]) == 0
    assert "has no headline or no body yet" in capsys.readouterr().err
    with zipfile.ZipFile(out) as package:
        assert not any("/zh-CN/" in name for name in package.namelist())
    version = document.load(made)
    version.headline, version.body = TEXTS["zh-CN"]
    document.save(version, made)
    assert cli.main(["export", str(english), "-f", "package", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "no body yet" not in err, err
    with zipfile.ZipFile(out) as package:
        assert any("/zh-CN/" in name for name in package.namelist()), err


@pytest.mark.parametrize("copies", [["archive"], ["archive", "2025/old"], ["a", "b", "c"]])
def test_copies_of_a_pair_each_name_their_own_partner(tmp_path: Path, copies: list[str]
                                                      ) -> None:
    """A pair copied into other folders keeps its ids (the library warns of the copies):
    each copy's page names the version its own link names, the one beside it, never
    the other copy's."""
    source = tmp_path / "releases"
    english = make(headline="Ferry terminal opens", ident="en-1")
    chinese = make(headline="渡轮码头启用", language="zh-CN", ident="zh-1",
                   body="码头于星期一启用。")
    for folder in ["", *copies]:
        place = source / folder
        place.mkdir(parents=True, exist_ok=True)
        pair = [place / "ferry.release", place / "ferry.zh-CN.release"]
        link_pair(english, pair[0], chinese, pair[1])
        document.save(english, pair[0])
        document.save(chinese, pair[1])
    report = build_newsroom(source, tmp_path / "newsroom", as_of=datetime(2026, 6, 1, tzinfo=UTC))
    slug_of = {item.summary.relative: f"{item.slug}.html" for item in report.choice.items}
    assert len(slug_of) == 2 * (len(copies) + 1)
    for relative, page in slug_of.items():
        folder, name = posixpath.split(relative)
        partner = posixpath.join(folder, "ferry.zh-CN.release" if name == "ferry.release"
                                 else "ferry.release")
        named = dict(alternates((tmp_path / "newsroom" / PAGES / page).read_bytes()))
        assert sorted(named.values()) == sorted([page, slug_of[partner]]), relative

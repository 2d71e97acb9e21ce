"""Corrections in the newsroom, both ways (newsroom/correction_notes.py): a published
correction links to the published release it corrects, whose page and index entry say
"Corrected on … — see the correction", each in its own language's words; the feeds name
the pair by related links and still parse cleanly."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from releasedesk import document
from releasedesk.clearance.signoffs import sign_off
from releasedesk.corrections import link_to_original
from releasedesk.newsroom.build import build_newsroom

from newsroom_feeds import atom_problems, json_feed_problems, parsed_atom
from newsroom_helpers import SIGNED, make, write

AS_OF = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
BASE = "https://press.example.org/"
HEADLINES = {"en": "Harbour <ferry> & terminal opens", "zh-CN": "港口渡轮码头启用"}
WORDS = {"en": ("Corrected on", "see the correction", "Corrects “", "see the original"),
         "zh-CN": ("已于", "见更正稿", "本稿更正", "见原稿")}


def _write_correction(folder: Path, name: str, original: Path, language: str,
                      approved: bool, day: date) -> Path:
    path = folder / name
    release = make(headline=f"Correction {name}", stage="draft", language=language,
                   kind="correction", day=day)
    link_to_original(release, original, path)
    if approved:
        sign_off(release, "Imogen Sallow", "Director", now=SIGNED)
    write(folder, name, release)
    return path


def _page(out: Path, slug: str) -> etree._Element:
    return etree.HTML((out / "releases" / f"{slug}.html").read_bytes())


def _notes(tree: etree._Element) -> list[tuple[str, str]]:
    return [("".join(p.itertext()), p.find("a").get("href"))
            for p in tree.iterfind(".//p[@class='release-correction-note']")]


_PLAN = st.lists(st.fixed_dictionaries({
    "language": st.sampled_from(("en", "zh-CN")),
    "approved": st.booleans(),
    "corrects": st.one_of(st.none(), st.integers(0, 5)),
}), min_size=1, max_size=6)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PLAN)
def test_published_corrections_and_originals_name_each_other(plan: list[dict[str, object]]
                                                              ) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        source, out = Path(temporary) / "releases", Path(temporary) / "site"
        paths: list[Path] = []
        pairs: list[tuple[int, int]] = []  # (correction, original), both published
        published: list[bool] = []
        unshown: list[str] = []  # published corrections of an unpublished original
        headlines: list[str] = []  # (a correction may be corrected in turn)
        for number, spec in enumerate(plan):
            language = str(spec["language"])
            folder = source / ("zh" if language == "zh-CN" else "en")
            folder.mkdir(parents=True, exist_ok=True)
            target = spec["corrects"]
            day = date(2026, 3, 1) + timedelta(days=number)
            if isinstance(target, int) and target < number:
                path = _write_correction(folder, f"c{number}.release", paths[target],
                                         language, bool(spec["approved"]), day)
                if spec["approved"] and published[target]:
                    pairs.append((number, target))
                elif spec["approved"]:  # published without its original: said so
                    unshown.append(f"c{number}.release")
            else:
                path = write(folder, f"r{number}.release", make(
                    headline=HEADLINES[language], language=language, day=day,
                    stage="approved" if spec["approved"] else "draft"))
            paths.append(path)
            headlines.append(document.load(path).headline)
            published.append(bool(spec["approved"]))
        result = build_newsroom(source, out, as_of=AS_OF, base_url=BASE)
        said = sorted(problem.message.split(" ")[0] for problem in result.problems)
        assert said == sorted(p.relative_to(source).as_posix() for p in paths
                              if p.name in unshown)
        relative = [p.relative_to(source).as_posix() for p in paths]
        slugs = {item.summary.relative: item.slug for item in result.choice.items}
        index = etree.HTML((out / "index.html").read_bytes())
        index_notes = _notes(index)
        expected_page_notes = 0
        for number, is_published in enumerate(published):
            if not is_published:
                continue
            language = str(plan[number]["language"])
            corrected, see_correction, corrects, see_original = WORDS[language]
            notes = _notes(_page(out, slugs[relative[number]]))
            mine = [c for c, o in pairs if o == number]
            originals = [o for c, o in pairs if c == number]
            assert len(notes) == len(mine) + len(originals), (number, notes)
            expected_page_notes += len(notes)
            for correction in mine:
                text, href = next(n for n in notes if n[1] == f"{slugs[relative[correction]]}"
                                  ".html")
                assert text.startswith(corrected) and text.endswith(see_correction)
                assert f"releases/{href}" in [h for _, h in index_notes]
            for original in originals:
                text, href = next(n for n in notes if n[1] == f"{slugs[relative[original]]}"
                                  ".html")
                assert text.startswith(corrects) and text.endswith(see_original)
                assert headlines[original] in text
        assert len(index_notes) == expected_page_notes == 2 * len(pairs)
        feed = parsed_atom(out / "feed.xml")
        assert atom_problems(out / "feed.xml") == []
        related = sorted(link["href"] for entry in feed.entries for link in entry.links
                         if link.get("rel") == "related")
        assert len(related) == 2 * len(pairs)
        assert json_feed_problems(out / "feed.json") == []
        items = json.loads((out / "feed.json").read_bytes())["items"]
        by_url = {item["url"]: item for item in items}
        for correction, original in pairs:
            correction_url = f"{BASE}releases/{slugs[relative[correction]]}.html"
            original_url = f"{BASE}releases/{slugs[relative[original]]}.html"
            assert by_url[correction_url]["_releasedesk"]["corrects"] == original_url
            assert correction_url in [c["url"] for c in
                                      by_url[original_url]["_releasedesk"]["corrected_by"]]
            assert original_url in related and correction_url in related


def test_publishing_a_correction_remakes_the_original_page(tmp_path: Path) -> None:
    source, out = tmp_path / "releases", tmp_path / "site"
    original = write(source, "ferry.release", headline="Ferry terminal opens",
                     day=date(2026, 3, 2))
    correction = _write_correction(source, "ferry-correction.release", original, "en",
                                   approved=False, day=date(2026, 3, 4))
    build_newsroom(source, out, as_of=AS_OF)
    assert _notes(_page(out, "ferry")) == []
    release = document.load(correction)
    sign_off(release, "Imogen Sallow", "Director")
    document.save(release, correction, in_place=True)
    report = build_newsroom(source, out, as_of=AS_OF)
    assert out / "releases" / "ferry.html" in report.written
    assert _notes(_page(out, "ferry")) == [
        ("Corrected on March 4, 2026 — see the correction", "ferry-correction.html")]
    assert _notes(_page(out, "ferry-correction")) == [
        ("Corrects “Ferry terminal opens” of March 2, 2026 — see the original",
         "ferry.html")]
    again = build_newsroom(source, out, as_of=AS_OF)
    assert again.written == []  # nothing changed: nothing remade
    # In Chinese, the Chinese words and date.
    zh = tmp_path / "zh"
    original = write(zh, "a.release", headline="码头启用", language="zh-CN",
                     day=date(2026, 3, 2))
    _write_correction(zh, "b.release", original, "zh-CN", approved=True,
                      day=date(2026, 3, 5))
    build_newsroom(zh, tmp_path / "zh-site", as_of=AS_OF)
    assert _notes(_page(tmp_path / "zh-site", "a")) == [
        ("已于2026年3月5日更正——见更正稿", "b.html")]
    assert _notes(_page(tmp_path / "zh-site", "b")) == [
        ("本稿更正2026年3月2日发布的《码头启用》——见原稿", "a.html")]


# A correction whose original the newsroom cannot show: it is published, and the build says
# so in one sentence naming it (before, its page simply named no original).
_NOWHERE = [("fix.release", True), ("gone.release", False), ("../../etc/passwd", False),
            ("/etc/passwd", False), ("notes.txt", False), ("draft.release", False),
            ("orig\x00.release", False), ("sub/../fix7.release", True)]


def test_a_correction_whose_original_cannot_be_shown_is_named(tmp_path: Path) -> None:
    source, out = tmp_path / "releases", tmp_path / "site"
    write(source, "draft.release", headline="Draft original", stage="draft")
    for number, (target, _itself) in enumerate(_NOWHERE):
        release = make(headline=f"Correction {number}", kind="correction")
        release.corrects_path = target
        sign_off(release, "Imogen Sallow", "Director", now=SIGNED)
        write(source, "fix.release" if target.endswith("fix.release") and number == 0
              else f"fix{number}.release", release)
    good = write(source, "orig.release", headline="Original")
    _write_correction(source, "right.release", good, "en", True, date(2026, 3, 3))
    report = build_newsroom(source, out, as_of=AS_OF)
    said = [problem.message for problem in report.problems]
    for number, (target, itself) in enumerate(_NOWHERE):
        name = "fix.release" if number == 0 else f"fix{number}.release"
        mine = [sentence for sentence in said if sentence.startswith(f"{name} ")]
        assert len(mine) == 1, (target, said)
        assert ("names itself" in mine[0]) == itself
        assert "\x00" not in mine[0] and "\n" not in mine[0]
    assert not any("right.release" in sentence for sentence in said)
    assert len(report.choice.items) == len(_NOWHERE) + 2

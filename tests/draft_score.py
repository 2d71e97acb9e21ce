"""Scoring recognition over the draft corpus (tests/drafts_corpus/): fields recovered over
fields expected, and what each draft missed. Shared by test_draft_corpus.py and
benchmarks/bench_drafts.py.

Every expectation counts as one field: a scalar field (headline, release date, dateline …),
the number of contacts and each named attribute of each contact, each phrase the body must
hold or must not hold, each body heading, the footer as a whole, each extra value,
each portal field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from typing import TypedDict

from releasedesk.body import tree as t
from releasedesk.body.parse import parse_markdown
from releasedesk.importing import import_bytes, reader_for
from releasedesk.model import Release
from releasedesk.profiles import Profile, builtin_dir, load_profile

CORPUS = Path(__file__).parent / "drafts_corpus"
MUST_HAVE = ("headline", "release_date", "contacts")


@dataclass
class Score:
    name: str
    shape: str
    expected: int = 0
    recovered: int = 0
    misses: list[str] = field(default_factory=list)
    must_have_misses: list[str] = field(default_factory=list)

    def check(self, label: str, ok: bool, detail: str = "") -> None:
        self.expected += 1
        if ok:
            self.recovered += 1
        else:
            self.misses.append(f"{label}: {detail}" if detail else label)
            if label.split(" ")[0] in MUST_HAVE:
                self.must_have_misses.append(label)


class Expected(TypedDict, total=False):
    """What one draft of expected.json should give (each key optional)."""

    shape: str
    headline: str
    subheadline: str
    dateline: str
    organization: str
    status: str
    end_mark: str
    release_date: str  # ISO date
    contacts: list[dict[str, str]]  # each contact's attributes by name
    body_starts: str
    body_has: list[str]
    body_lacks: list[str]
    body_paragraphs_at_least: int
    body_headings: list[str]
    boilerplate_has: list[str]
    footer: list[str]
    extra: dict[str, str]
    portal: dict[str, str]  # a portal's fields (来源, 作者 …) by attribute


def expectations() -> dict[str, Expected]:
    loaded: dict[str, Expected] = json.loads((CORPUS / "expected.json").read_text("utf-8"))
    return loaded


def draft_bytes(name: str) -> bytes:
    import sys

    path = CORPUS / name
    if path.exists():
        return path.read_bytes()
    sys.path.insert(0, str(CORPUS))
    import build  # the generated drafts: Word documents and a multipart e-mail

    return build.BUILT[name]()


def builtin_profiles() -> list[Profile]:
    return [load_profile(path) for path in sorted(builtin_dir().glob("*.json"))]


def import_corpus_draft(name: str) -> Release:
    release, _ = import_bytes(draft_bytes(name), name, reader_for(Path(name)),
                              profiles=builtin_profiles(), zone=UTC)
    return release


def _squash(text: str) -> str:
    return " ".join(text.split())


def _visible(markdown: str) -> str:
    return _squash("\n".join(t.block_texts(parse_markdown(markdown))))


def score_release(name: str, release: Release, want: Expected) -> Score:
    score = Score(name, want.get("shape", ""))
    scalars: dict[str, str | None] = {
        "headline": want.get("headline"), "subheadline": want.get("subheadline"),
        "dateline": want.get("dateline"), "organization": want.get("organization"),
        "status": want.get("status"), "end_mark": want.get("end_mark")}
    for key, text in scalars.items():
        if text is not None:
            got = getattr(release, key)
            score.check(key, _squash(got) == _squash(text), f"got {got!r}")
    if "release_date" in want:
        got_date = release.release_date.isoformat() if release.release_date else ""
        score.check("release_date", got_date == want["release_date"], f"got {got_date!r}")
    if "contacts" in want:
        wanted = want["contacts"]
        score.check("contacts count", len(release.contacts) == len(wanted),
                    f"got {len(release.contacts)}: "
                    + "; ".join(c.name or c.email for c in release.contacts))
        for number, contact in enumerate(wanted):
            got_contact = release.contacts[number] if number < len(release.contacts) else None
            for key, value in contact.items():
                got = getattr(got_contact, key) if got_contact is not None else ""
                score.check(f"contacts[{number}].{key}", _squash(got) == _squash(value),
                            f"got {got!r}")
    body = _visible(release.body)
    if "body_starts" in want:
        score.check("body starts", body.startswith(_squash(want["body_starts"])),
                    f"got {body[:70]!r}")
    for phrase in want.get("body_has", []):
        score.check(f"body has {phrase!r}", _squash(phrase) in body)
    for phrase in want.get("body_lacks", []):
        score.check(f"body lacks {phrase!r}", phrase not in release.body
                    and phrase not in release.subheadline, "found")
    if "body_paragraphs_at_least" in want:
        paragraphs = [b for b in parse_markdown(release.body) if isinstance(b, t.Paragraph)]
        score.check("body paragraphs", len(paragraphs) >= want["body_paragraphs_at_least"],
                    f"got {len(paragraphs)}")
    if "body_headings" in want:
        headings = [_squash(t.plain_text(b.children)) for b in parse_markdown(release.body)
                    if isinstance(b, t.Heading)]
        for heading in want["body_headings"]:
            score.check(f"body heading {heading!r}", _squash(heading) in headings,
                        f"headings {headings}")
    for phrase in want.get("boilerplate_has", []):
        score.check(f"boilerplate has {phrase!r}", _squash(phrase) in _visible(
            release.boilerplate), f"got {release.boilerplate[:60]!r}")
    if "footer" in want:
        got_footer = [_squash(line.text) for line in release.footer]
        score.check("footer", got_footer == [_squash(line) for line in want["footer"]],
                    f"got {got_footer}")
    for key, value in want.get("extra", {}).items():
        got = release.extra.get(key, "")
        score.check(f"extra {key}", got == value, f"got {got!r}")
    for key, value in want.get("portal", {}).items():  # a portal's fields (来源, 作者 …)
        got = getattr(release, key)
        score.check(f"portal {key}", got == value, f"got {got!r}")
    return score


def score_corpus() -> list[Score]:
    scores = []
    for name, want in expectations().items():
        try:
            release = import_corpus_draft(name)
        except Exception as exc:  # a draft that fails to import recovers nothing
            score = score_release(name, Release(status="", end_mark=""), want)
            score.misses.insert(0, f"import failed: {exc}")
            score.must_have_misses.insert(0, "import")
            scores.append(score)
            continue
        scores.append(score_release(name, release, want))
    return scores


def total(scores: list[Score]) -> tuple[int, int]:
    return sum(s.recovered for s in scores), sum(s.expected for s in scores)


def report_lines(scores: list[Score]) -> list[str]:
    lines = []
    for score in scores:
        lines.append(f"  {score.recovered:>3}/{score.expected:<3} {score.name}  ({score.shape})")
        lines.extend(f"          miss: {miss}" for miss in score.misses)
    recovered, expected = total(scores)
    lines.append(f"  overall {recovered}/{expected} = {recovered / expected:.1%}")
    return lines

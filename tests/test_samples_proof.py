"""Every shipped sample proofs clean against its own house style: no spelling finding (the
names and house spellings are in the house style's register) and no register finding;
the ferry sample's house style (calloway-wire) demonstrates the register: its names,
titles with their dates and terms are checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from releasedesk import document
from releasedesk.model import Release
from releasedesk.profiles import Profile, ProfileStore
from releasedesk.proofing.engine import proof
from releasedesk.proofing.findings import (
    REGISTER_KINDS,
    REGISTER_NAME,
    REGISTER_TITLE,
    SPELLING,
    TERM,
)
from releasedesk.resources import resources_dir

SAMPLES = sorted((resources_dir() / "samples").glob("*.release"))
FERRY = resources_dir() / "samples" / "tidewater-ferry-terminal.release"


def _sample(path: Path) -> tuple[Release, Profile]:
    release = document.load(path)
    return release, ProfileStore().get(release.profile)


def test_the_samples_are_all_found() -> None:
    assert len(SAMPLES) >= 4 and FERRY in SAMPLES


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_every_sample_proofs_without_a_spelling_or_register_finding(path: Path) -> None:
    release, profile = _sample(path)
    found = proof(release, profile)
    texts = [f"{f.field}: {f.code} {dict(f.args)}" for f in found
             if f.kind == SPELLING or f.kind in REGISTER_KINDS]
    assert texts == []


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_each_sample_has_a_house_style_with_a_register(path: Path) -> None:
    release, profile = _sample(path)
    if release.language.startswith("zh"):
        return  # (Chinese is not spell-checked; its house style may have no register)
    assert not profile.names.is_empty()


def _ferry_with(old: str, new: str) -> list[tuple[str, str]]:
    release, profile = _sample(FERRY)
    assert old in release.body
    release.body = release.body.replace(old, new, 1)
    return [(f.kind, release.body[f.start:f.end]) for f in proof(release, profile)
            if f.field == "body"]


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("**Imogen Sallow**", "**Imogen Sallo**", (REGISTER_NAME, "Sallo")),
    ("**Imogen Sallow**", "**Imogene Sallow**", (REGISTER_NAME, "Imogene")),
    ("**Rafael Okonjo**", "**Rafael Okonja**", (REGISTER_NAME, "Okonja")),
    ("said **Imogen Sallow**,", "said Chief Operating Officer Imogen Sallow,",
     (REGISTER_TITLE, "Chief Operating Officer Imogen Sallow")),
    ("said **Rafael Okonjo**,", "said Director of Ferry Services Rafael Okonjo,",
     (REGISTER_TITLE, "Director of Ferry Services Rafael Okonjo")),
    ("the Tidewater Ferry Terminal,", "the Tidewater Ferry Station,",
     (TERM, "Tidewater Ferry Station")),
    ("to Marrow Island", "to Marrow Isle", (TERM, "Marrow Isle")),
])
def test_the_ferry_sample_s_register_catches_its_own_mistakes(
        old: str, new: str, expected: tuple[str, str]) -> None:
    found = _ferry_with(old, new)
    kind, text = expected
    assert any(k == kind and text in t for k, t in found), found


def test_the_register_knows_the_titles_held_on_the_release_date() -> None:
    # Imogen Sallow is Chief Executive from 2024-03-01: the title, said that way, is right.
    found = _ferry_with("said **Imogen Sallow**,", "said Chief Executive Imogen Sallow,")
    assert found == []

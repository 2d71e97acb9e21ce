"""What spelling and proofing hold in memory (issue 25: spelling adds <= 8 MiB): one
dictionary handle answers checks and suggestions; the blocks kept between passes are only
those of the text last proofed, and reusing them gives what a fresh pass gives; the word
cache is bounded; the bundled dictionaries know ordinary press words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk.model import Contact
from releasedesk.proofing import spelling
from releasedesk.proofing.engine import Proofer, _blocks
from releasedesk.proofing.spelling import Speller

from helpers import make_release
from proof_score import corpus_register

DAY = date(2026, 11, 25)


@pytest.mark.parametrize("engine", ["chunspell", "spylls"])
def test_suggestions_come_from_the_dictionary_already_loaded(
        engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("hunspell" if engine == "chunspell" else "spylls")
    loads: list[str] = []
    loader = getattr(spelling, f"_load_{engine}")

    def counted(folder: Path, variant: str) -> object:
        loads.append(variant)
        return loader(folder, variant)

    monkeypatch.setattr(spelling, f"_load_{engine}", counted)
    speller = Speller("en_US", engines=(engine,))
    cases = [("recieve", "receive"), ("goverment", "government"), ("accomodate", "accommodate"),
             ("ferrry", "ferry"), ("tommorow", "tomorrow"), ("seperate", "separate")]
    for wrong, right in cases:
        assert not speller.known(wrong) and speller.known(right)
        suggestions = speller.suggest(wrong, 5)
        assert right in suggestions and len(suggestions) <= 5
    assert speller.suggest("recieve", 1) == ["receive"]
    assert loads == ["en_US"]  # one handle for every check and every suggestion


# Words any press office writes, in both spellings where they differ: the bundled
# dictionaries must know each (a smaller dictionary must not cost these).
def _words(text: str) -> list[str]:
    return text.split()


PRESS_WORDS = _words(
    "announce announced announcement council spokesperson spokeswoman spokesman stakeholders "
    "initiative infrastructure funding sustainability sustainable partnership communities "
    "residents commuters passengers timetable ferry terminal upgraded refurbishment consultation "
    "procurement contractors broadband email online website smartphone app download wheelchair "
    "accessible accessibility volunteers fundraising charity donations scholarships graduates "
    "quarterly fiscal budget deficit revenue shareholders dividend acquisition merger "
    "headquarters appointed appointment inaugural ceremony milestone renovation heritage "
    "festival exhibition museum gallery library schoolchildren pupils healthcare hospital "
    "paramedics vaccination climate emissions renewable solar electric charging cyclists "
    "pedestrians detour closures outage reopened reopening pandemic digital data transparency "
    "accountability embargo embargoed statement media journalists interview photographers "
    "biodiversity affordable housing landlords tenants recycling wastewater flooding resilience "
    "workforce apprenticeships employers startups entrepreneurs innovation nationwide "
    "inclusive diversity equity veterans seniors caregivers childcare approximately "
    "additionally furthermore municipal mayor deputy legislation regulators compliance "
    "enforcement groundbreaking redevelopment waterfront")
US_ONLY = _words("neighborhood center program labor organization theater catalog enrollment "
                 "defense license travelers honor councilor downtown ridership nonprofit")
GB_ONLY = _words("neighbourhood centre programme labour organisation theatre catalogue "
                 "enrolment defence licence travellers honour councillors")


@pytest.mark.parametrize(("variant", "words"), [("en_US", PRESS_WORDS + US_ONLY),
                                                 ("en_GB", PRESS_WORDS + GB_ONLY)])
def test_the_bundled_dictionaries_know_ordinary_press_words(variant: str,
                                                            words: list[str]) -> None:
    speller = Speller(variant)
    assert [w for w in words if not speller.known(w)] == []
    assert [w for w in words if not speller.known(w.capitalize())] == []


def test_the_word_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spelling, "CACHED_WORDS", 50)
    speller = Speller("en_US")
    for number in range(400):
        word = "ferry" + "abcdefghijklmnopqrstuvwxyz"[number % 26] * (1 + number // 26)
        speller.known(word)
        assert len(speller._cache) <= 50
    assert speller.known("ferry") and not speller.known("ferrry")


_SENTENCES = ["The ferry leaves at noon.", "Passengers recieve a text.", "Deputy Mayor Li Mingyuan "
              "spoke.", "The goverment said so.", "Port of Calloway opens Tuesday, Nov. 25.",
              "- a list item with recieve", "## A heading", "```\ncode recieve\n```",
              "A [link](https://x.example/recieve) here.", "Twelve buses, 4 ferries."]
edits = st.lists(st.tuples(st.integers(0, 30), st.sampled_from(["insert", "delete", "replace"]),
                           st.sampled_from(_SENTENCES)), min_size=1, max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=10), edits)
def test_blocks_kept_between_passes_give_a_fresh_pass_and_only_the_latest_text_stays(
        paragraphs: list[str], steps: list[tuple[int, str, str]]) -> None:
    """Typing: after every pass the findings equal a new proofer's on the same release,
    and what the proofer keeps is the blocks of that release's texts, no more."""
    kept = Proofer(corpus_register(), "en_US")
    release = make_release(body="\n\n".join(paragraphs))
    release.contacts = [Contact("Imogen Sallow", "Spokesperson", "Calloway Harbour Authority",
                                "", "")]
    for where, action, sentence in steps:
        parts = release.body.split("\n\n")
        at = where % (len(parts) + 1)
        if action == "insert":
            parts.insert(at, sentence)
        elif parts and action == "delete":
            del parts[at % len(parts)]
        elif parts:
            parts[at % len(parts)] = sentence
        release.body = "\n\n".join(parts)
        found = kept.proof(release)
        assert found == Proofer(corpus_register(), "en_US").proof(release)
        blocks = {block for _, block in _blocks(release.body)}
        body_keys = [key for key in kept._kept if key[0] == "body"]
        assert {key[1] for key in body_keys} <= blocks
        assert len(kept._kept) <= len(blocks) + 20  # (the one-text fields: one block each)
        assert kept.register_findings(release) == \
            Proofer(corpus_register(), "en_US").register_findings(release)
        assert {key[1] for key in kept._kept_register if key[0] == "body"} <= blocks


def test_a_block_that_has_not_moved_hands_out_the_same_findings() -> None:
    proofer = Proofer(corpus_register(), "en_US")
    body = "The ferry.\n\nPassengers recieve a text.\n\nThe goverment said so.\n"
    release = make_release(body=body)
    first = [f for f in proofer.proof(release) if f.field == "body"]
    release.body = body + "\nA new last line.\n"
    second = [f for f in proofer.proof(release) if f.field == "body"]
    # The blocks kept their places: the same objects, no copy made for this pass.
    assert len(first) == len(second) == 2
    assert all(a is b for a, b in zip(first, second, strict=True))
    release.body = "A new first line.\n\n" + release.body
    third = [f for f in proofer.proof(release) if f.field == "body"]
    assert [release.body[f.start:f.end] for f in third] == ["recieve", "goverment"]

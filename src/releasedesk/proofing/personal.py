"""Words the user has accepted: "Add to Dictionary" (kept in the user's settings, for every
release) and "Ignore" (for the editor's session only). Plain data; no file access here."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from .findings import SPELLING, ProofFinding

MAX_WORD = 64  # longer is a pasted sentence, not a word
MAX_WORDS = 5000  # a personal list is short; past it the oldest words go


def clean_word(word: str) -> str:
    """*word* as kept: one line, no spaces around it; "" when it cannot be a word."""
    word = " ".join(word.split())
    if not word or len(word) > MAX_WORD or " " in word:
        return ""
    return word


def with_word(words: Iterable[str], word: str) -> list[str]:
    """*words* with *word* added at the end (once; the oldest go past MAX_WORDS)."""
    kept = [w for w in words if w != word]
    word = clean_word(word)
    if word:
        kept.append(word)
    return kept[-MAX_WORDS:]


def accepts(words: Collection[str], found: str) -> bool:
    """Whether *found* is one of *words*: as written, or capitalised or in capitals when
    the word was added in small letters (a personal dictionary's usual rule)."""
    if found in words:
        return True
    lower = found.lower()
    return lower != found and lower in words and (found == lower.capitalize()
                                                  or found.isupper())


def found_word(item: ProofFinding) -> str:
    return str(dict(item.args).get("found", ""))


def drop_accepted(findings: Iterable[ProofFinding],
                  words: Collection[str]) -> list[ProofFinding]:
    """*findings* less the spelling findings of accepted words."""
    if not words:
        return list(findings)
    return [f for f in findings if f.kind != SPELLING or not accepts(words, found_word(f))]

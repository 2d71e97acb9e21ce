"""One proofing pass over every text of a release: which rules run on which text."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from releasedesk import fields
from releasedesk.errors import Phrase
from releasedesk.model import Release
from releasedesk.register import Register, merge

from .brackets import check_parentheses
from .chinese import check_book_titles, check_punctuation, check_typos
from .dates import check_dates
from .findings import (
    KINDS,
    REGISTER_NAME,
    SPELLING,
    TERM,
    WARNING,
    ProofFinding,
    finding,
)
from .names import RegisterIndex
from .numbers import check_ap_numbers, check_zh_numbers, first_arabic_year
from .places import Places
from .spelling import Speller, SpellingOff, shared_speller, skip_word, variant_for
from .text import has_cjk, visible, words

if TYPE_CHECKING:
    from releasedesk.profiles import Profile

_SEVERITY_ORDER = {"error": 0, "warning": 1}
_HYPHENATED = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ’']+(?:-[A-Za-zÀ-ÖØ-öø-ɏ’']+)+")


def release_texts(release: Release) -> Iterator[tuple[str, str, str, bool]]:
    """(field, part, text, is_markdown) for every text of *release* that prints and that
    a person wrote: the part names a contact's or photo's own text ("contacts.0.role")."""
    for spec in fields.FIELDS:
        if spec.prints and spec.kind in (fields.LINE, fields.BLOCK):
            yield spec.name, "", getattr(release, spec.name), spec.kind == fields.BLOCK
    for index, contact in enumerate(release.contacts):
        for key in ("name", "role", "organization"):
            yield "contacts", f"contacts.{index}.{key}", getattr(contact, key), False
    for index, photo in enumerate(release.photos):
        for key in ("caption", "credit", "alt"):
            yield "photos", f"photos.{index}.{key}", getattr(photo, key), False


class Proofer:
    """Proofs texts against a register and a dictionary; keep one per house style and
    language (it caches the dictionary's verdicts and the register's patterns)."""

    def __init__(self, register: Register | None = None, variant: str | None = "en_US",
                 ap_numbers: bool = True, speller: Speller | None = None) -> None:
        self.index = RegisterIndex(register or Register())
        self.places = Places(self.index.register.places)
        self.variant = variant
        self.ap_numbers = ap_numbers
        self.speller = speller if speller is not None or variant is None \
            else shared_speller(variant)
        self.spelling_off: str | None = None
        # Each block's findings by what decides them, with the block's offset in its text
        # when last proofed (the findings' offsets are into the text there: a block that
        # has not moved hands out the same findings, no copy). After a whole pass only the
        # blocks of the text proofed stay (a session of typing would otherwise keep a copy
        # of every paragraph as it was at each pause).
        self._kept: dict[tuple[object, ...], tuple[int, list[ProofFinding]]] = {}
        self._kept_register: dict[tuple[object, ...], list[ProofFinding]] = {}
        self._used: set[tuple[object, ...]] | None = None  # the keys of the pass under way
        # A misspelt word's message arguments, shared by its findings (a word misspelt 500
        # times in a long release is one tuple, not 500).
        self._spelling_args: dict[str, tuple[tuple[str, object], ...]] = {}

    def known(self, word: str) -> bool:
        if word in self.index.known_words:
            return True
        if self.speller is None or self.spelling_off is not None:
            return False
        try:
            return self.speller.known(word)
        except SpellingOff as exc:
            self.spelling_off = exc.reason
            return False

    def _spelling(self, field: str, text: str) -> list[ProofFinding]:
        if self.speller is None or self.spelling_off is not None:
            return []
        try:
            return self._misspelt(field, text, self.speller)
        except SpellingOff as exc:  # the dictionary loads at the first word looked up
            self.spelling_off = exc.reason
            return []

    def _misspelt(self, field: str, text: str, speller: Speller) -> list[ProofFinding]:
        findings = []
        register_words = self.index.known_words
        hyphen_parts: dict[int, bool] = {}
        # A hyphenated word is one word, as Hunspell judges it: right when the dictionary
        # knows it whole, closed ("Wi-Fi": "WiFi") or part by part; else one mistake
        # ("wi-fi", not "wi" and "fi"). Its start → the word.
        wholes: dict[int, str] = {}
        if "-" in text:
            for match in _HYPHENATED.finditer(text):
                parts = [p.strip("’'") for p in match.group(0).split("-")]
                if all(skip_word(p) or p in register_words for p in parts):
                    verdicts = [True] * len(parts)
                else:
                    verdicts = speller.compound_known(parts)
                offset = match.start()
                rights = [right or skip_word(part.strip("’'"))
                          or part.strip("’'") in register_words
                          for part, right in zip(match.group(0).split("-"), verdicts,
                                                 strict=True)]
                lead = len(match.group(0)) - len(match.group(0).lstrip("’'"))
                if not all(rights):
                    wholes[offset + lead] = match.group(0).strip("’'")
                for part in match.group(0).split("-"):  # (a word starts after its quotes)
                    hyphen_parts[offset + len(part) - len(part.lstrip("’'"))] = True
                    offset += len(part) + 1
        for start, _end, word in words(text):
            if start in wholes:
                word = wholes[start]
            elif hyphen_parts.get(start, False):
                continue
            word = word.rstrip("’'")
            if skip_word(word) or word in register_words:
                continue
            if start in wholes or not speller.known(word):
                args = self._spelling_args.get(word)
                if args is None:  # one copy of the word and its message's arguments
                    if len(self._spelling_args) > 5_000:
                        self._spelling_args.clear()
                    args = self._spelling_args[word] = (
                        ("found", word), ("dictionary", Phrase(speller.dictionary_name)))
                findings.append(ProofFinding(field, start, start + len(word), SPELLING,
                                             WARNING, "spelling", args))
        return findings

    def proof_text(self, field: str, text: str, release_date: date | None = None,
                   markdown: bool = False, all_text: str = "") -> list[ProofFinding]:
        """Every finding in one text; offsets are into *text* as given.

        A Markdown text is proofed block by block (paragraphs, a fenced code block whole),
        each block's findings kept: an edit re-proofs only the blocks it changed, and no
        single pattern holds the interpreter for long on a 20k-word body."""
        if not text or not text.strip():
            return []
        year = first_arabic_year(all_text or text) if not text.isascii() else None
        found: list[ProofFinding] = []
        for offset, block in _blocks(text) if markdown else [(0, text)]:
            key = (field, block, release_date, markdown, year)
            if self._used is not None:
                self._used.add(key)
            kept = self._kept.get(key)
            if kept is not None and kept[0] == offset:
                found += kept[1]
                continue
            if kept is None:
                items = self._proof_block(field, block, release_date, markdown, year)
                moved = [_moved(f, offset) for f in items] if offset else items
            else:  # the same block elsewhere: its findings moved by the difference
                moved = [_moved(f, offset - kept[0]) for f in kept[1]]
            if len(self._kept) > 20_000:
                self._kept.clear()
            if self.spelling_off is None or self.speller is None:
                self._kept[key] = (offset, moved)
            found += moved
        return found

    def _proof_block(self, field: str, text: str, release_date: date | None, markdown: bool,
                     year: str | None) -> list[ProofFinding]:
        seen = visible(text, markdown)
        if not seen.strip():
            return []
        found: list[ProofFinding] = []
        if field == "dateline":
            found += self.places.check_dateline(field, seen)
        found += self.index.check_terms(field, seen)
        found += self.index.check_names(field, seen, self.known if self.variant else None)
        found += self.index.check_titles(field, seen, release_date)
        found += check_dates(field, seen, release_date)
        found += check_parentheses(field, seen)
        if not seen.isascii() or self.variant is None:
            found += check_punctuation(field, seen)
        if has_cjk(seen):
            found += check_typos(field, seen)
            found += check_book_titles(field, seen)
            found += check_zh_numbers(field, seen, year)
        if self.variant is not None:
            if self.ap_numbers:
                found += check_ap_numbers(field, seen)
            spelling = self._spelling(field, seen)
            taken = [(f.start, f.end) for f in found if f.kind in (REGISTER_NAME, TERM)]
            found += [f for f in spelling
                      if not any(s < f.end and f.start < e for s, e in taken)]
        return found

    def register_findings(self, release: Release) -> list[ProofFinding]:
        """Only the register's findings (names, titles, terms, banned phrases): what the
        readiness checks count. Block by block, each block's findings kept."""
        findings: list[ProofFinding] = []
        if self.index.register.is_empty():
            return findings
        known = self.known if self.variant else None
        day = release.release_date
        kept = self._kept_register
        used: dict[tuple[object, ...], list[ProofFinding]] = {}
        for field, part, text, markdown in release_texts(release):
            if not text.strip():
                continue
            for offset, block in _blocks(text) if markdown else [(0, text)]:
                key = (field, block, day, markdown)
                found = kept.get(key)
                if found is None:
                    seen = visible(block, markdown)
                    found = (self.index.check_terms(field, seen)
                             + self.index.check_names(field, seen, known)
                             + self.index.check_titles(field, seen, day))
                used[key] = found
                for f in found:
                    moved = _moved(f, offset) if offset else f
                    findings.append(_with_part(moved, part) if part else moved)
        self._kept_register = used  # only this release's blocks stay
        return findings

    def proof(self, release: Release, suggest: bool = False) -> list[ProofFinding]:
        """Every finding in *release*, errors first, then in field order and position.

        *suggest* asks the dictionary for a suggestion for each misspelt word (slow:
        tenths of a second a word; the editor asks on demand instead)."""
        texts = list(release_texts(release))
        all_text = "\n".join(text for _, _, text, _ in texts)
        findings: list[ProofFinding] = []
        named = _named_people(release)
        used: set[tuple[object, ...]] = set()
        self._used = used
        try:
            for field, part, text, markdown in texts:
                for item in self.proof_text(field, text, release.release_date, markdown,
                                            all_text):
                    if item.code == "spelling" and _is_named(dict(item.args), named):
                        continue  # (a name the release itself gives a person: spelt their way)
                    findings.append(_with_part(item, part) if part else item)
        finally:
            self._used = None
        if len(self._kept) > len(used):  # only the blocks of this release's texts stay
            self._kept = {key: self._kept[key] for key in used if key in self._kept}
        if self.spelling_off is not None:
            findings.append(finding("language", 0, 0, SPELLING, WARNING, "spelling_off",
                                    reason=self.spelling_off))
        if suggest and self.speller is not None and self.spelling_off is None:
            findings = [_suggested(f, self.speller) if f.code == "spelling" else f
                        for f in findings]
        order = {kind: i for i, kind in enumerate(KINDS)}
        places: dict[str, int] = {}
        for field, part, _, _ in texts:
            places.setdefault(part or field, len(places))
        # (in the order the text reads: a field's findings by where they stand in it)
        return sorted(findings, key=lambda f: (_SEVERITY_ORDER[f.severity],
                                               places.get(f.where, len(places)), f.start,
                                               order[f.kind]))


def _named_people(release: Release) -> set[str]:
    """The words of the names the release gives people: its media contacts, the person a
    statement is by, an advisory's speakers (each line's name, before its first comma),
    and its photos' credits (a credit names the photographer and the agency, "Photo: Ada
    Fenn / Fernhollow Press": its capitalised words; "courtesy of" is still checked).
    The dictionary does not know "Priya Raman"; the office wrote it as the person spells it."""
    names = [contact.name for contact in release.contacts]
    names.append(getattr(release, "statement_by", ""))
    names += [line.split(",", 1)[0] for line in getattr(release, "event_speakers", "").splitlines()]
    named = {word.rstrip("’'") for name in names for _, _, word in words(name)}
    named |= {word.rstrip("’'") for photo in release.photos
              for _, _, word in words(photo.credit) if word[:1].isupper()}
    return named


_FENCE_LINE = re.compile(r" {0,3}(`{3,}|~{3,})")


def _is_named(args: dict[str, object], named: set[str]) -> bool:
    """Whether a misspelt word is (every part of a hyphenated one is) in *named*."""
    found = str(args.get("found", ""))
    return all(part.strip("’'") in named for part in found.split("-"))


def _blocks(text: str) -> list[tuple[int, str]]:
    """(offset, block) for the blocks of a Markdown text: runs of lines apart by blank
    lines, a fenced code block kept whole (its blank lines do not end it)."""
    blocks: list[tuple[int, str]] = []
    start = offset = 0
    fence = ""
    for line in text.splitlines(keepends=True):
        marker = _FENCE_LINE.match(line)
        if fence:
            if marker and marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence):
                fence = ""
        elif marker:
            fence = marker.group(1)
        elif not line.strip():
            if offset > start:
                blocks.append((start, text[start:offset]))
            start = offset + len(line)
        offset += len(line)
    if offset > start:
        blocks.append((start, text[start:offset]))
    return blocks


def _moved(item: ProofFinding, offset: int) -> ProofFinding:
    return ProofFinding(item.field, item.start + offset, item.end + offset, item.kind,
                        item.severity, item.code, item.args, item.suggestion, item.part)


def _with_part(item: ProofFinding, part: str) -> ProofFinding:
    return ProofFinding(item.field, item.start, item.end, item.kind, item.severity, item.code,
                        item.args, item.suggestion, part)


def _suggested(item: ProofFinding, speller: Speller) -> ProofFinding:
    word = str(dict(item.args)["found"])
    options = speller.suggest(word, 1)
    return ProofFinding(item.field, item.start, item.end, item.kind, item.severity, item.code,
                        item.args, options[0] if options else "", item.part)


def proofer_for(release: Release, profile: Profile | None) -> Proofer:
    """The proofer a release needs: its dictionary from its language (and the house
    style's), AP numbers when the house dates in AP style, the house style's register."""
    house_language = profile.language if profile is not None else ""
    variant = variant_for(release.language, house_language)
    register = profile.names if profile is not None else None
    if profile is not None and profile.organization.strip():
        # The house's own name is spelt its own way ("Fernhollow"): never a misspelling.
        register = merge(register or Register(),
                         Register(words=[profile.organization.strip()]))
    ap = variant is not None and release.conventions.date_format == "ap"
    return Proofer(register, variant, ap_numbers=ap)


def proof(release: Release, profile: Profile | None = None,
          suggest: bool = False) -> list[ProofFinding]:
    """Every proofing finding in *release*, checked against *profile*'s register."""
    return proofer_for(release, profile).proof(release, suggest)


class ProoferCache:
    """Proofers kept across passes (the editor's preview worker owns one): a register's
    patterns are compiled once per house style, and the dictionaries are the process's
    shared ones (spelling.shared_speller). Use from one thread at a time."""

    def __init__(self) -> None:
        # key → (the register it was made from, the proofer); the register is kept so an
        # id reused by a later register can never find this proofer.
        self._proofers: dict[tuple[object, ...], tuple[object, Proofer]] = {}

    def proofer(self, release: Release, profile: Profile | None) -> Proofer:
        names = profile.names if profile else None
        key = (release.language, release.conventions.date_format, id(names),
               (profile.organization, profile.language) if profile else None)
        kept = self._proofers.get(key)
        if kept is not None and kept[0] is names:
            return kept[1]
        if len(self._proofers) > 8:
            self._proofers.clear()
        proofer = proofer_for(release, profile)
        self._proofers[key] = (names, proofer)
        return proofer


_SHARED_PROOFERS = ProoferCache()
_SHARED_LOCK = threading.Lock()


def shared_proofer(release: Release, profile: Profile | None) -> Proofer:
    """The process's proofer for *release* and its house style (the readiness checks'
    one, from any thread): its blocks' findings are kept between checks."""
    with _SHARED_LOCK:
        return _SHARED_PROOFERS.proofer(release, profile)

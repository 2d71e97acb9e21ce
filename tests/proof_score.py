"""The proofing corpus (tests/proof_corpus/) and its score: recall of planted mistakes per
class, false alarms per 1,000 words of clean text per class.

planted/*.txt: one case a line; `[[wrong]]` marks a planted mistake of the file's class
(`# class:`), `[[wrong|class]]` one of another class; `# language:` and `# date:` head the
file. clean/*.md: whole releases' bodies (Markdown) with the same head, no mistake in them.
The corpus's register is register.json. Used by tests/test_proof_corpus.py and
benchmarks/bench_proof.py.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from releasedesk.model import count_words
from releasedesk.proofing.engine import Proofer
from releasedesk.proofing.findings import KINDS, ProofFinding
from releasedesk.proofing.spelling import variant_for
from releasedesk.register import Register, register_from_json

CORPUS = Path(__file__).resolve().parent / "proof_corpus"
_MARK = re.compile(r"\[\[(.+?)(?:\|([a-z-]+))?\]\]")


@dataclass
class Case:
    source: str
    language: str
    day: date
    text: str
    expected: list[tuple[int, int, str]] = field(default_factory=list)
    field_name: str = "body"  # "# field: dateline": each line is a dateline


def _head(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    head: dict[str, str] = {}
    rest = []
    for line in lines:
        match = re.match(r"#\s*(language|date|class|field):\s*(\S+)", line)
        if match:
            head[match.group(1)] = match.group(2)
        elif not line.startswith("# "):
            rest.append(line)
    return head, rest


def parse_case(line: str, default_class: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The line without its marks, and each mark's (start, end, class) in that text."""
    text, expected, last = "", [], 0
    for match in _MARK.finditer(line):
        text += line[last:match.start()]
        start = len(text)
        text += match.group(1)
        expected.append((start, len(text), match.group(2) or default_class))
        last = match.end()
    return text + line[last:], expected


def planted_cases() -> list[Case]:
    cases = []
    for path in sorted((CORPUS / "planted").glob("*.txt")):
        head, lines = _head(path.read_text(encoding="utf-8").splitlines())
        for line in lines:
            if line.strip():
                text, expected = parse_case(line, head["class"])
                cases.append(Case(path.name, head["language"], date.fromisoformat(head["date"]),
                                  text, expected, head.get("field", "body")))
    return cases


def clean_texts() -> list[Case]:
    texts = []
    for path in sorted((CORPUS / "clean").glob("*.md")):
        head, lines = _head(path.read_text(encoding="utf-8").splitlines())
        texts.append(Case(path.name, head["language"], date.fromisoformat(head["date"]),
                          "\n".join(lines).strip() + "\n"))
    return texts


@cache
def corpus_register() -> Register:
    return register_from_json(json.loads((CORPUS / "register.json").read_text("utf-8")))


def proofer_for_language(language: str, register: Register | None = None) -> Proofer:
    variant = variant_for(language)
    return Proofer(corpus_register() if register is None else register, variant,
                   ap_numbers=language.lower() in ("en", "en-us"))


@dataclass
class Score:
    planted: Counter[str] = field(default_factory=Counter)
    caught: Counter[str] = field(default_factory=Counter)
    stray: Counter[str] = field(default_factory=Counter)  # findings on no mark, planted texts
    false_alarms: Counter[str] = field(default_factory=Counter)
    clean_words: int = 0
    missed: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)

    def recall(self, kind: str) -> float:
        return self.caught[kind] / self.planted[kind] if self.planted[kind] else 1.0

    def per_thousand(self, kind: str | None = None) -> float:
        count = sum(self.false_alarms.values()) if kind is None else self.false_alarms[kind]
        return 1000 * count / max(self.clean_words, 1)

    def table(self) -> str:
        rows = [f"{'class':<16}{'planted':>8}{'caught':>8}{'recall':>8}{'stray':>7}"
                f"{'false alarms/1k words':>23}"]
        for kind in KINDS:
            rows.append(f"{kind:<16}{self.planted[kind]:>8}{self.caught[kind]:>8}"
                        f"{self.recall(kind):>8.0%}{self.stray[kind]:>7}"
                        f"{self.per_thousand(kind):>23.2f}")
        total_planted = sum(self.planted.values())
        rows.append(f"{'all':<16}{total_planted:>8}{sum(self.caught.values()):>8}"
                    f"{sum(self.caught.values()) / max(total_planted, 1):>8.0%}"
                    f"{sum(self.stray.values()):>7}{self.per_thousand():>23.2f}")
        rows.append(f"clean text: {self.clean_words} words")
        return "\n".join(rows)


def score() -> Score:
    result = Score()
    proofers: dict[str, Proofer] = {}

    def run(case: Case) -> list[ProofFinding]:
        proofer = proofers.get(case.language)
        if proofer is None:
            proofer = proofers[case.language] = proofer_for_language(case.language)
        return proofer.proof_text(case.field_name, case.text, case.day,
                                  markdown=case.field_name == "body")

    for case in planted_cases():
        found = run(case)
        for start, end, kind in case.expected:
            result.planted[kind] += 1
            if any(f.kind == kind and f.start < end and start < f.end for f in found):
                result.caught[kind] += 1
            else:
                result.missed.append(f"{case.source}: {kind}: {case.text[start:end]!r} in "
                                     f"{case.text!r}")
        for f in found:
            if not any(f.start < end and start < f.end for start, end, _ in case.expected):
                result.stray[f.kind] += 1
                result.alarms.append(f"{case.source} (planted): {f.kind}: "
                                     f"{case.text[f.start:f.end]!r}: {f.message}")
    for case in clean_texts():
        result.clean_words += count_words(case.text)
        for f in run(case):
            result.false_alarms[f.kind] += 1
            result.alarms.append(f"{case.source}: {f.kind}: {case.text[f.start:f.end]!r}: "
                                 f"{f.message}")
    return result

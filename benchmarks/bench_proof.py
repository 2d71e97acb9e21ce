"""Proofing benchmark (issue 25): the corpus's score per class (recall of planted mistakes,
false alarms per 1,000 words of clean text), a whole proofing pass over a fixed 5,000-word
English release and a 5,000-character Chinese one (the dictionary already loaded), and the
dictionary's load time and memory with each reader.

Run with `make bench`. Budgets (median on this machine): whole pass <= 150 ms; spelling
adds <= 8 MiB; recall >= 90 % and false alarms <= 1 per 1,000 words, per class.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from releasedesk.model import Release, count_words
from releasedesk.proofing.engine import Proofer
from releasedesk.proofing.spelling import Speller

from proof_score import (  # the corpus and its scorer, shared with the tests
    clean_texts,
    corpus_register,
    planted_cases,
    score,
)

BUDGET_PASS = 0.150
BUDGET_MEMORY_MIB = 8
RUNS = 7
WORDS = 5000
DAY = date(2026, 11, 25)


def fixed_body(language_prefix: str, words: int) -> str:
    """Clean texts and planted lines of one language, repeated to *words* words."""
    pieces = [c.text for c in clean_texts() if c.source.startswith(language_prefix)]
    pieces += [c.text for c in planted_cases() if c.source.startswith(language_prefix)]
    paragraphs: list[str] = []
    total = 0
    while total < words:
        for piece in pieces:
            paragraphs.append(piece.strip())
            total += count_words(piece)
            if total >= words:
                break
    return "\n\n".join(paragraphs) + "\n"


def timed_pass(release: Release, variant: str | None, speller: Speller | None,
               mode: str) -> tuple[float, int]:
    """The median time of a whole pass: "first" (a new proofer, every word looked up in
    the dictionary), "unchanged" (the same text again: every block kept), or "edited"
    (one paragraph changed since the last pass)."""
    times = []
    found = 0
    proofer = Proofer(corpus_register(), variant, ap_numbers=variant == "en_US",
                      speller=speller)
    proofer.proof(release)
    for run in range(RUNS):
        if mode == "first":
            proofer = Proofer(corpus_register(), variant, ap_numbers=variant == "en_US",
                              speller=speller)
            if speller is not None:
                speller._cache.clear()  # every word looked up again: the first pass
        elif mode == "edited":
            release.body = release.body.replace("\n\n", f"\n\nEdit {run} here. ", 1)
        start = time.perf_counter()
        found = len(proofer.proof(release))
        times.append(time.perf_counter() - start)
    return statistics.median(times), found


_LOAD = """
import json, resource, sys, time
def rss():
    with open('/proc/self/statm') as f:
        return int(f.read().split()[1]) * resource.getpagesize()
from releasedesk.proofing.spelling import Speller
import {module}
before = rss()
start = time.perf_counter()
speller = Speller({variant!r}, engines=({engine!r},))
speller.load()
loaded = time.perf_counter() - start
speller.known("harbour")
print(json.dumps({{"load": loaded, "mib": (rss() - before) / 1024 / 1024,
                  "engine": speller.engine}}))
"""


def dictionary_load(engine: str, variant: str) -> dict[str, float] | None:
    module = "hunspell" if engine == "chunspell" else "spylls.hunspell"
    results = []
    for _ in range(3):
        run = subprocess.run([sys.executable, "-c", _LOAD.format(module=module, variant=variant,
                                                                 engine=engine)],
                             capture_output=True, text=True, timeout=120)
        if run.returncode != 0:
            return None
        results.append(json.loads(run.stdout))
    return {"load": statistics.median(r["load"] for r in results),
            "mib": statistics.median(r["mib"] for r in results)}


def main() -> None:
    result = score()
    print("Proofing corpus (tests/proof_corpus/): recall of planted mistakes and false alarms "
          "on clean text, per class")
    print(result.table())
    for line in result.missed:
        print("  missed:", line)
    for line in result.alarms:
        print("  alarm:", line)

    english = Release(language="en", body=fixed_body("en-", WORDS), release_date=DAY)
    chinese = Release(language="zh-CN", body=fixed_body("zh-", WORDS), release_date=DAY)
    speller = Speller("en_US")
    speller.load()
    print(f"\nWhole pass over {count_words(english.body)} words of English "
          f"({speller.engine}; dictionary loaded; median of {RUNS}; budget "
          f"{BUDGET_PASS * 1000:.0f} ms):")
    for mode, label in (("first", "first pass (every word looked up)"),
                        ("unchanged", "again, unchanged (blocks kept)"),
                        ("edited", "one paragraph edited")):
        seconds, found = timed_pass(english, "en_US", speller, mode)
        verdict = "ok" if seconds <= BUDGET_PASS else "OVER BUDGET"
        print(f"  {label:<36}{seconds * 1000:8.1f} ms  {found} findings  {verdict}")
    seconds, found = timed_pass(chinese, None, None, "first")
    verdict = "ok" if seconds <= BUDGET_PASS else "OVER BUDGET"
    print(f"  {'Chinese, ' + str(count_words(chinese.body)) + ' characters':<36}"
          f"{seconds * 1000:8.1f} ms  {found} findings  {verdict}")
    proofer = Proofer(corpus_register(), "en_US", speller=speller)
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        proofer.register_findings(english)
        times.append(time.perf_counter() - start)
    print(f"  {'register only (readiness checks)':<36}"
          f"{statistics.median(times) * 1000:8.1f} ms")

    print(f"\nDictionary load (a fresh process each, median of 3; the dictionary alone, its "
          f"reader already imported; budget {BUDGET_MEMORY_MIB} MiB for all spelling adds to "
          f"the editor, measured by bench_spell_memory.py):")
    for engine in ("chunspell", "spylls"):
        for variant in ("en_US", "en_GB"):
            numbers = dictionary_load(engine, variant)
            if numbers is None:
                print(f"  {engine:<10}{variant}: not installed")
                continue
            verdict = "ok" if numbers["mib"] <= BUDGET_MEMORY_MIB else "over the memory budget"
            print(f"  {engine:<10}{variant}  {numbers['load'] * 1000:7.0f} ms  "
                  f"+{numbers['mib']:5.1f} MiB  {verdict}")


if __name__ == "__main__":
    main()

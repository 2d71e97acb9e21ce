"""Hostile bodies in PDF and DOCX: time grows with the input, not its square (issue 22).

Run with `make bench`. Budgets (issue 22, point 11, on the 2-core reference machine):
a PDF of 80 words of 800 letters, a DOCX of 30,000 links or of 30,000 hard line
breaks, each <= 5 s; and doubling the input at most doubles the time (the ratio
time(2N) / time(N) is printed for each doubling). Each time is the median of a few
runs of the whole export (parse, layout, writer) of a fixed body.
"""

from __future__ import annotations

import argparse
import random
import statistics
import string
import sys
import time
from collections.abc import Callable

from releasedesk.exporting import draft_bytes
from releasedesk.model import Release
from releasedesk.records import record

BUDGET_S = 5.0
# Doubling the input at most doubles the time: 2, give or take the 10% by which the
# medians of a shared 2-core machine move from run to run (quadratic work shows as 3-4).
RATIO_LIMIT = 2.2


def long_words(count: int, per_paragraph: int | None = None) -> str:
    """*count* words of 800 random letters, one paragraph or *per_paragraph* words each."""
    rng = random.Random(22)
    words = ["".join(rng.choices(string.ascii_lowercase, k=800)) for _ in range(count)]
    size = per_paragraph or count
    return "\n\n".join(" ".join(words[i:i + size]) for i in range(0, count, size))


def links(count: int) -> str:
    """One paragraph of *count* links, each to an address of its own."""
    return " ".join(f"[word](https://example.org/{number})" for number in range(count))


def hard_breaks(count: int, mark: str = "  ") -> str:
    """One paragraph of *count* lines ended by hard line breaks (two spaces or "\\")."""
    return "".join(f"line {number}{mark}\n" for number in range(count)) + "last line"


@record(frozen=True)
class Case:
    name: str
    fmt: str
    make: Callable[[int], str]
    sizes: tuple[int, ...]
    budget_size: int  # the size the 5 s budget is for


CASES = [
    Case("PDF: 800-letter words, one paragraph", "pdf", long_words, (40, 80, 160), 80),
    Case("PDF: 800-letter words, 10 a paragraph", "pdf",
         lambda n: long_words(n, per_paragraph=10), (40, 80, 160), 80),
    Case("DOCX: links", "docx", links, (15_000, 30_000, 60_000), 30_000),
    Case("DOCX: hard breaks (two spaces)", "docx", hard_breaks, (15_000, 30_000, 60_000),
         30_000),
    Case("DOCX: hard breaks (backslash)", "docx", lambda n: hard_breaks(n, "\\"),
         (15_000, 30_000, 60_000), 30_000),
]


def release_with(body: str) -> Release:
    return Release(headline="Hostile body", organization="Benchmark", dateline="PORT",
                   body=body)


def median_s(release: Release, fmt: str, runs: int) -> float:
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        draft_bytes(release, fmt)
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per size (median)")
    parser.add_argument("--only", default="", help="only the cases whose name has this")
    options = parser.parse_args(argv)
    for fmt in ("pdf", "docx"):  # imports and first-use caches (fonts) out of the timing
        draft_bytes(release_with("warm up"), fmt)
    print(f"Hostile bodies, whole export, median of {options.runs} runs, seconds "
          f"(budget {BUDGET_S:.0f} s; doubling the input at most doubles the time)")
    over = 0
    for case in CASES:
        if options.only not in case.name:
            continue
        times = {size: median_s(release_with(case.make(size)), case.fmt, options.runs)
                 for size in case.sizes}
        ratios = [times[big] / max(times[small], 1e-9)
                  for small, big in zip(case.sizes, case.sizes[1:], strict=False)]
        budget_ok = times[case.budget_size] <= BUDGET_S
        ratio_ok = all(ratio <= RATIO_LIMIT for ratio in ratios)
        over += (not budget_ok) + (not ratio_ok)
        print(f"{case.name:<40}"
              + "".join(f"  N={size:>6,}: {times[size]:6.2f}" for size in case.sizes)
              + "  ratios " + ", ".join(f"{ratio:.2f}" for ratio in ratios)
              + f"  budget@{case.budget_size:,} {'ok' if budget_ok else 'OVER'}"
              + f"  doubling {'ok' if ratio_ok else 'OVER'}")
    print("all within budget" if not over else f"{over} check(s) over")
    return 0


if __name__ == "__main__":
    sys.exit(main())

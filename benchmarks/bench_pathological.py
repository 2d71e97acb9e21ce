"""Pathological Markdown: every pattern stays linear. Budget: 0.2 s at 100k characters.

Run with `make bench`. Times the body's parse plus the HTML writer (the preview's path),
median of 3 runs per size.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pathological import PATTERNS
from releasedesk.render import body_html

SIZES = (1_000, 10_000, 100_000)
BUDGET_S = 0.2


def median_s(source: str) -> float:
    runs = []
    for _ in range(3):
        began = time.perf_counter()
        body_html(source)
        runs.append(time.perf_counter() - began)
    return statistics.median(runs)


def main() -> int:
    print("Pathological bodies: parse + HTML, median seconds "
          f"(budget {BUDGET_S} s at 100k characters)")
    print(f"{'pattern':<42}" + "".join(f"{size:>10,}" for size in SIZES) + "  100k/10k")
    over = 0
    for name, make in PATTERNS.items():
        times = [median_s(make(size)) for size in SIZES]
        verdict = "ok" if times[-1] <= BUDGET_S else "OVER"
        over += verdict == "OVER"
        print(f"{name:<42}" + "".join(f"{t:>10.4f}" for t in times)
              + f"  {times[2] / max(times[1], 1e-6):>6.1f}x {verdict}")
    print("all within budget" if not over else f"{over} pattern(s) over budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())

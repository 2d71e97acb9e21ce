"""Recognition score over the draft corpus (tests/drafts_corpus/): fields recovered over
fields expected, with each draft's misses. Run with `make bench`; the test
test_draft_corpus.py holds the floor (>= 90 %).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from draft_score import report_lines, score_corpus, total


def main() -> int:
    start = time.perf_counter()
    scores = score_corpus()
    elapsed = time.perf_counter() - start
    print(f"Draft recognition over {len(scores)} corpus drafts "
          f"(fields recovered / fields expected, {elapsed:.2f} s)")
    print("\n".join(report_lines(scores)))
    recovered, expected = total(scores)
    return 0 if recovered / expected >= 0.90 else 1


if __name__ == "__main__":
    sys.exit(main())

"""Import benchmark: whole-process `releasedesk import` of fixed 5k- and 20k-word Word drafts.

Run with `make bench`. Budgets (issue 12, medians on this machine): 5k words <= 0.5 s,
20k words <= 1.5 s. The drafts are the render benchmark's fixed releases exported to DOCX
(paragraphs with bold, italic and links, bulleted lists, subheadings, contacts, About,
footer), so every run reads the same bytes.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_render import make_release  # the render benchmark's fixed releases
from releasedesk.exporting import draft_bytes

BUDGETS = {5000: 0.5, 20000: 1.5}
RUNS = 7


def make_draft(words: int) -> bytes:
    """The fixed Word draft of about *words* words."""
    return draft_bytes(make_release(words), "docx")


def whole_process(draft: Path, target: Path) -> float:
    command = [str(Path(sys.executable).with_name("releasedesk")), "import", str(draft),
               "-o", str(target), "--force"]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    print("Whole process `releasedesk import` of a Word draft (median of "
          f"{RUNS} runs after one warm-up)")
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        for words, budget in BUDGETS.items():
            draft = Path(folder) / f"draft-{words}.docx"
            draft.write_bytes(make_draft(words))
            target = Path(folder) / f"draft-{words}.release"
            whole_process(draft, target)
            median = statistics.median(whole_process(draft, target) for _ in range(RUNS))
            verdict = "ok" if median <= budget else "OVER"
            failed |= median > budget
            print(f"  {words:>6} words ({draft.stat().st_size // 1024} KB): "
                  f"{median * 1000:6.0f} ms   budget {budget * 1000:.0f} ms: {verdict}")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())

"""PDF benchmark: the fixed 5k-word release (bench_render.make_release) to PDF, in process.

Issue 26's budget: the PDF of the 5k release in <= 500 ms. Prints the median and the
fastest of repeated exports after a warm-up (imports, fonts), as processor time (what the
export costs, whatever else the machine runs) and as wall time, the first export's time
(a command line's one export: the faces are found and loaded then), the time of an export
as the editor runs one (a job of a thread pool: a new Python thread state), and the time of each of
WeasyPrint's stages in a median export: the page's HTML, CSS (styles computed), layout
(boxes and lines), and the PDF (drawing, fonts, writing).

    .venv/bin/python benchmarks/bench_pdf.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_render import make_release
from releasedesk.exporting import export_context
from releasedesk.render import build_layout
from releasedesk.render.pdf_writer import write_pdf

BUDGET_MS = 500.0


@contextmanager
def stage_clock(spent: dict[str, float]) -> Iterator[None]:
    """Adds each WeasyPrint stage's processor time to *spent* while it lasts."""
    import weasyprint
    from weasyprint import document

    originals: list[tuple[Any, str, Callable[..., Any]]] = []

    def clock(owner: Any, name: str, stage: str) -> None:
        original = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                spent[stage] += time.process_time() - start

        originals.append((owner, name, original))
        setattr(owner, name, timed)

    clock(weasyprint.HTML, "__init__", "html")
    clock(document, "get_all_computed_styles", "css")
    clock(weasyprint.HTML, "render", "css+layout")
    clock(document.Document, "write_pdf", "pdf")
    try:
        yield
    finally:
        for owner, name, original in reversed(originals):
            setattr(owner, name, original)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    release = make_release(5000)
    context = export_context()
    import weasyprint  # noqa: F401  (its import is not the export's time)

    start_cpu = time.process_time()
    write_pdf(build_layout(release), context)  # the first: faces found and loaded (_Faces)
    first = (time.process_time() - start_cpu) * 1000
    cpu: list[float] = []
    wall: list[float] = []
    stages: list[dict[str, float]] = []
    for _ in range(runs):
        layout = build_layout(release)
        spent: dict[str, float] = defaultdict(float)
        with stage_clock(spent):
            start_cpu, start_wall = time.process_time(), time.perf_counter()
            pdf = write_pdf(layout, context)
            cpu.append((time.process_time() - start_cpu) * 1000)
            wall.append((time.perf_counter() - start_wall) * 1000)
        stages.append(spent)
    in_jobs: list[float] = []
    for _ in range(max(3, runs // 3)):  # (as gui/basics/tasks.py runs an export)
        job = threading.Thread(target=lambda: write_pdf(layout, context))
        start_cpu = time.process_time()
        job.start()
        job.join()
        in_jobs.append((time.process_time() - start_cpu) * 1000)
    median = statistics.median(cpu)
    print(f"PDF of the 5k release ({len(pdf) // 1024} KiB), {runs} runs after a warm-up:")
    print(f"  processor time: median {median:.0f} ms, fastest {min(cpu):.0f} ms "
          f"(budget {BUDGET_MS:.0f} ms: {'ok' if median <= BUDGET_MS else 'OVER'})")
    print(f"  wall time:      median {statistics.median(wall):.0f} ms, "
          f"fastest {min(wall):.0f} ms")
    print(f"  the process's first export: {first:.0f} ms processor time")
    print(f"  an export in a thread of its own (the editor's way): median "
          f"{statistics.median(in_jobs):.0f} ms processor time")
    middle = stages[cpu.index(sorted(cpu)[len(cpu) // 2])]
    layout_ms = (middle["css+layout"] - middle["css"]) * 1000
    print(f"  stages of the median run: HTML {middle['html'] * 1000:.0f} ms, CSS "
          f"{middle['css'] * 1000:.0f} ms, layout {layout_ms:.0f} ms, "
          f"PDF {middle['pdf'] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""PDF benchmark: the fixed 5k-word release (bench_render.make_release) to PDF, in process.

Issue 26's budget: the PDF of the 5k release in <= 500 ms. Prints the median and the
fastest of repeated exports after a warm-up (imports, fonts), as processor time (what the
export costs, whatever else the machine runs) and as wall time, the first export's time
(a command line's one export: the faces are found and loaded then), the time of an export
as the editor runs one (a job of a thread pool: a new Python thread state), and the time of each of
WeasyPrint's stages in a median export: the page's HTML, CSS (styles computed), layout
(boxes and lines), and the PDF, and the PDF's parts: the pages drawn into content streams,
the tags (PDF/UA's structure tree), the fonts subset, the streams compressed
(pdf_streams.py, ReleaseDesk's finisher) and the file written by pydyf (its object stream
compressed at zlib's level 9). And the time Python's cyclic garbage collector took in the
median export (in any stage), and how many of the exports had a full collection.

With --where, it then samples further exports (the processor-time timer, every 4 ms or so
of processor time: a share, however busy the machine) and prints the functions the time
is in: "own" is the share of samples in which the function was running (with the C
libraries it called: Pango, HarfBuzz, zlib), "within" the share in which it was on the
stack at all. A sample is taken where Python next looks for signals, so time in C that no
Python line waits on (a Pango layout freed with its last reference) lands in the function
run next. (Not on Windows, which has no such timer.)

    .venv/bin/python benchmarks/bench_pdf.py [--runs N] [--where]
"""

from __future__ import annotations

import argparse
import gc
import signal
import statistics
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
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
    import pydyf
    import weasyprint
    from weasyprint import document
    from weasyprint import pdf as weasyprint_pdf

    from releasedesk.render import pdf_writer

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
    clock(document.Page, "paint", "drawing")
    clock(weasyprint_pdf, "add_tags", "tags")
    clock(weasyprint_pdf, "build_fonts_dictionary", "fonts")
    clock(pdf_writer, "finish_streams", "compressed")
    clock(pydyf.PDF, "write", "written")
    gc.callbacks.append(collector := collector_clock(spent))
    try:
        yield
    finally:
        gc.callbacks.remove(collector)
        for owner, name, original in reversed(originals):
            setattr(owner, name, original)


def collector_clock(spent: dict[str, float]) -> Callable[[str, dict[str, int]], None]:
    """A gc callback adding each collection's processor time to spent["collector"] (and
    counting full collections in spent["full collections"])."""
    started = [0.0]

    def collector(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.process_time()
            return
        spent["collector"] += time.process_time() - started[0]
        if info["generation"] == 2:
            spent["full collections"] += 1

    return collector


def where(export: Callable[[], object], runs: int, shown: int = 14) -> None:
    """Prints where *runs* calls of *export* spend their processor time, by function
    (sampled: see the module's docstring)."""
    own: Counter[str] = Counter()
    within: Counter[str] = Counter()

    def name(frame: FrameType) -> str:
        code = frame.f_code
        path = Path(code.co_filename)
        return f"{path.parent.name}/{path.name}:{code.co_firstlineno} {code.co_name}"

    def sample(_signal: int, frame: FrameType | None) -> None:
        if frame is None:
            return
        own[name(frame)] += 1
        seen: set[str] = set()
        while frame is not None:
            seen.add(name(frame))
            frame = frame.f_back
        within.update(seen)

    previous = signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    try:
        for _ in range(runs):
            export()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    total = sum(own.values())
    print(f"  where the time is ({total} samples of {runs} exports; own, within):")
    for function, count in own.most_common(shown):
        print(f"    {100 * count / total:4.1f} % {100 * within[function] / total:5.1f} %  "
              f"{function}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--where", action="store_true",
                        help="also print the functions the time is in (sampled)")
    arguments = parser.parse_args()
    runs = arguments.runs
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
    parts = ("drawing", "tags", "fonts", "compressed", "written")
    rest = middle["pdf"] - sum(middle[part] for part in parts)
    print("  the PDF's parts: " + ", ".join(
        f"{part} {middle[part] * 1000:.0f} ms" for part in parts) + f", rest {rest * 1000:.0f} ms")
    full = sum(1 for spent in stages if spent["full collections"])
    print(f"  the garbage collector in the median run: {middle['collector'] * 1000:.0f} ms "
          f"(a full collection in {full} of the {runs} exports)")
    if arguments.where and hasattr(signal, "setitimer"):
        where(lambda: write_pdf(layout, context), runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())

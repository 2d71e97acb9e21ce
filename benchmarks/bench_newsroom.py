"""Newsroom benchmark: a generated library of 1,000 releases (fixed inputs), medians.

Budgets (issue 28): listing the library <= 1 s the first time and <= 200 ms from its
cache; a search query <= 50 ms; `releasedesk newsroom DIR -o OUT` of the 1,000 releases
<= 20 s whole process, and a rebuild after one release changed <= 2 s; memory <= 200 MiB
(the peak resident size of the listing's and the build's processes). Run with
`make bench`; the library is generated into a temporary folder (newsroom_library.py) and
the user's cache and house styles are not touched (XDG folders point into it too).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

LIBRARY_SIZE = 1000
AS_OF = "2026-12-01T00:00+00:00"
BASE = "https://press.calloway.example/news/"
QUERIES = ("ferry", "harbour terminal", "fer", "港口", "夜市", "bibliothèque", "release",
           "zzz", "calloway", "water supply 12")
BUDGETS_MS = {"first": 1000, "cached": 200, "search": 50, "build": 20_000,
              "rebuild": 2000}
BUDGET_MIB = 200


def median_ms(action: Callable[[], object], repeat: int,
              before: Callable[[], object] | None = None) -> float:
    samples = []
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def run_measured(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall-clock ms, peak resident MiB) of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {errors}")
    return elapsed, usage.ru_maxrss / 1024  # (kilobytes on Linux)


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="bench-newsroom-"))
    for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        os.environ[name] = str(work / name.lower())
    sys.path.insert(0, str(Path(__file__).parent))
    from releasedesk import document
    from releasedesk.clearance.signoffs import sign_off
    from releasedesk.newsroom import cache
    from releasedesk.newsroom.library import list_library

    from newsroom_library import make_library, make_release

    library_folder = work / "library"
    start = time.perf_counter()
    paths = make_library(library_folder, LIBRARY_SIZE)
    print(f"Generated {len(paths)} releases in {time.perf_counter() - start:.1f} s "
          f"({sum(p.stat().st_size for p in paths) / 1e6:.1f} MB) in {library_folder}")

    def drop_cache() -> None:
        cache.cache_file(library_folder).unlink(missing_ok=True)

    first = median_ms(lambda: list_library(library_folder), 5, before=drop_cache)
    list_library(library_folder)
    cached = median_ms(lambda: list_library(library_folder), 9)
    library = list_library(library_folder)
    assert library.from_cache == LIBRARY_SIZE
    search = statistics.median(median_ms(lambda q=q: library.search(q), 21)  # type: ignore[misc]  # binds q
                               for q in QUERIES)
    worst_search = max(median_ms(lambda q=q: library.search(q), 21)  # type: ignore[misc]  # binds q
                       for q in QUERIES)
    others = work / "photo-archive"  # a folder of 10,000 files of other kinds
    others.mkdir()
    for number in range(10_000):
        (others / f"IMG_{number:05d}.jpg").write_bytes(b"")
    (others / "one.release").write_bytes(paths[0].read_bytes())
    cache.cache_file(others).unlink(missing_ok=True)
    skipped = median_ms(lambda: list_library(others, use_cache=False), 5)
    env = dict(os.environ)
    listing_ms, listing_mib = run_measured(
        [sys.executable, "-c", "import sys; from pathlib import Path; "
         "from releasedesk.newsroom.library import list_library; "
         "list_library(Path(sys.argv[1]))", str(library_folder)], env)

    releasedesk = str(Path(sys.executable).with_name("releasedesk"))
    builds, build_mib = [], 0.0
    for run in range(3):
        drop_cache()
        command = [releasedesk, "newsroom", str(library_folder), "-o",
                   str(work / f"site-{run}"), "--as-of", AS_OF, "--base-url", BASE]
        elapsed, mib = run_measured(command, env)
        builds.append(elapsed)
        build_mib = max(build_mib, mib)
    site = work / "site-0"
    rebuilds = []
    for run in range(5):
        number = 8 * run + 4  # an approved release (newsroom_library: stage 4)
        changed = make_release(number, __import__("random").Random(run))
        changed.clearance.signoffs = []
        changed.clearance.history = []
        changed.headline = f"Revised headline {run}"
        changed.release_date = document.load(paths[number]).release_date
        sign_off(changed, "Imogen Sallow", "Communications Director")
        document.save(changed, paths[number])
        command = [releasedesk, "newsroom", str(library_folder), "-o", str(site),
                   "--as-of", AS_OF, "--base-url", BASE]
        elapsed, mib = run_measured(command, env)
        rebuilds.append(elapsed)
        build_mib = max(build_mib, mib)
        page_text = next((site / "releases").glob(f"*{number:05d}.html")).read_text()
        assert f"Revised headline {run}" in page_text, "the rebuild missed the change"
    results = {"first": first, "cached": cached, "search": worst_search,
               "build": statistics.median(builds), "rebuild": statistics.median(rebuilds)}
    labels = {"first": "Listing, first time (no cache)", "cached": "Listing from the cache",
              "search": "Search query (slowest of ten queries' medians)",
              "build": "`releasedesk newsroom` build, whole process",
              "rebuild": "Rebuild after one release changed, whole process"}
    print(f"Library of {LIBRARY_SIZE} releases (medians):")
    failed = False
    for key, value in results.items():
        verdict = "ok" if value <= BUDGETS_MS[key] else "OVER BUDGET"
        failed |= value > BUDGETS_MS[key]
        print(f"  {labels[key]:<52} {value:9.3f} ms  (budget {BUDGETS_MS[key]} ms) {verdict}")
    print(f"  {'Search query, median of ten queries':<52} {search:9.3f} ms")
    print(f"  {'Listing from the cache, whole process':<52} {listing_ms:9.1f} ms")
    print(f"  {'Listing 1 release among 10,000 other files':<52} {skipped:9.1f} ms")
    peak = max(listing_mib, build_mib)
    verdict = "ok" if peak <= BUDGET_MIB else "OVER BUDGET"
    failed |= peak > BUDGET_MIB
    print(f"  {'Peak memory (listing process / build process)':<52} "
          f"{listing_mib:6.0f} / {build_mib:.0f} MiB  (budget {BUDGET_MIB} MiB) {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Keystroke -> preview, this checkout against another commit, in the same run (issue 26).

    python benchmarks/bench_keystroke_versus.py REV [--rounds N] [--words 5000 20000]
        [--views formatted markdown]

The other commit is checked out into a temporary `git worktree` (removed afterwards) and
both are measured by this checkout's harness (bench_editor.keystroke_latency) on the same
generated releases, each measurement in a fresh process run with the same interpreter and
installed libraries, the two alternating round by round so that a machine whose speed
drifts (other processes on a shared machine) affects both alike. Printed per release and
view: the median over rounds of each round's median, in wall time (what the budget is
about: bench_editor.keystroke_latency) and in processor time, which other processes move
less (bench_editor.keystroke_cpu: all threads, the GUI thread's, the render's).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

CHILD = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from bench_editor import keystroke_cpu, keystroke_latency
    wall, stall, worst, handled = keystroke_latency(Path(sys.argv[2]), view=sys.argv[3])
    process, gui, render = keystroke_cpu(Path(sys.argv[2]), view=sys.argv[3])
    print(json.dumps({"wall": wall, "handled": handled, "stall": stall,
                      "process": process, "gui": gui, "render": render}))
""")


def measure(tree: Path, release: Path, view: str, home: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(tree / "src"),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache")}
    out = subprocess.run([sys.executable, "-c", CHILD, str(HERE), str(release), view],
                         capture_output=True, text=True, env=env, check=True, timeout=600)
    measured: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return measured


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rev", help="the commit to compare with (e.g. main, ca21315)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--words", type=int, nargs="+", default=[5000, 20000])
    parser.add_argument("--views", nargs="+", default=["formatted", "markdown"])
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from bench_render import make_release
    from releasedesk import document

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        other = base / "other"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q",
                        str(other), args.rev], check=True)
        try:
            # The other checkout's compiled translations, as a checkout's build makes them.
            subprocess.run([sys.executable, "tools/translations.py", "build"], cwd=other,
                           env={**os.environ, "PYTHONPATH": str(other / "src")},
                           capture_output=True, check=False)
            home = base / "home"
            home.mkdir()
            trees = {"this checkout": ROOT, args.rev: other}
            for words in args.words:
                release = base / f"bench-{words // 1000}k.release"
                document.save(make_release(words), release)
                for view in args.views:
                    rounds: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
                    for _ in range(args.rounds):
                        for name, tree in trees.items():
                            rounds[name].append(measure(tree, release, view, home))
                    for name in trees:
                        got = {key: statistics.median(r[key] for r in rounds[name])
                               for key in ("wall", "process", "gui", "render", "handled")}
                        print(f"{words // 1000}k words, {view} view, {name}: keystroke -> "
                              f"preview {got['wall']:.1f} ms wall (key handled in "
                              f"{got['handled']:.1f} ms); in processor time "
                              f"{got['process']:.1f} ms in all, {got['gui']:.1f} ms of the "
                              f"GUI thread, {got['render']:.1f} ms of the render (medians of "
                              f"{args.rounds} rounds of 15 keystrokes)", flush=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(other)], check=False)
            shutil.rmtree(other, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

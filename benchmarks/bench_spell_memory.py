"""Spelling's memory and first result in the editor (issue 25): what the spelling check adds
to the editor with a 20k-word release open, measured in the same process shape with
spelling on and off.

Each run is a fresh editor process (`releasedesk.editor.load_editor().start`, as the
`releasedesk` command starts it) on the same 20k-word release (benchmarks/bench_render.py's
fixed body), read after its first proofing pass has arrived and a second more of the event
loop. The modes differ only in spelling:

- "off": proofing runs, but no dictionary loads (spelling says it is off), so the register,
  the house rules and the Chinese rules still run over every text;
- "on": as shipped: the release's word store (resources/dictionaries/<variant>.words, every
  form the dictionary accepts) loads in the proofing worker after the window shows, every
  word is looked up in it;
- "on + menu": as "on", then the context menu's suggestions are asked for once (the first
  right-click on a misspelt word): libhunspell reads the dictionary, checks move to it and
  the word store is dropped;
- "libhunspell": as "on", but libhunspell checks from the start (as before issue 26's word
  store: the same verdicts, for comparison);
- "no proofing": the proofing pass never runs (for scale: everything proofing holds).

Printed: the median peak resident memory (VmHWM) of each mode, the medians' differences
against "off", and the median seconds from spawning the process to the first proofing
result (spelling findings in it). Budgets: spelling adds <= 8 MiB peak; first spelling
result <= 1 s after the window shows.

Run with `make bench` (or alone: `.venv/bin/python benchmarks/bench_spell_memory.py`).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import TypedDict

HERE = Path(__file__).resolve().parent
RUNS = 5
BUDGET_MIB = 8.0
BUDGET_FIRST_S = 1.0

CHILD = textwrap.dedent("""
    import json, sys, time
    path, mode, settle = sys.argv[1], sys.argv[2], float(sys.argv[3])

    def status(key):
        try:
            text = open("/proc/self/status", encoding="ascii").read()
            return int(text.split(key + ":")[1].split()[0]) / 1024
        except (OSError, IndexError):
            import resource
            return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    if mode == "off":  # proofing runs; no dictionary loads (spelling says it is off)
        from releasedesk.proofing import spelling

        def off(self):
            raise spelling.SpellingOff("off for the benchmark")
        spelling.Speller.load = off
    elif mode == "hunspell":  # checks by libhunspell from the start (no word store)
        from releasedesk.proofing import spelling
        original = spelling.Speller.__init__

        def library(self, variant, folder=None, engines=("chunspell", "spylls")):
            original(self, variant, folder, engines)
        spelling.Speller.__init__ = library
    elif mode == "none":  # no proofing pass at all
        from releasedesk.gui.proofing import proof_scheduler
        proof_scheduler.ProofScheduler.request = lambda self: None

    from releasedesk.editor import load_editor
    app, window = load_editor().start([path])
    app.processEvents()
    shown = time.time()
    results = []
    window.proof_scheduler.proofed.connect(lambda result: results.append((time.time(), result)))
    deadline = time.monotonic() + (1.5 if mode == "none" else 30)
    while not results and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.002)
    proofed, spelt = (results[0][0], sum(f.code == "spelling" for f in results[0][1].findings)) \\
        if results else (0.0, 0)
    suggested = []
    if mode == "menu":
        suggested = window.proof_marks.suggestions("harbr")
    began = time.monotonic()
    while time.monotonic() - began < settle:
        app.processEvents()
        time.sleep(0.005)
    print(json.dumps({"shown": shown, "proofed": proofed, "spelt": spelt,
                      "suggested": suggested, "peak": status("VmHWM"), "rss": status("VmRSS")}),
          flush=True)
    window.manager.modified = False
    window.close()
""")

MODES = (("off", "spelling off (proofing without a dictionary)"),
         ("on", "spelling on (as shipped)"),
         ("menu", "spelling on, suggestions asked once"),
         ("hunspell", "spelling on, libhunspell checking (before)"),
         ("none", "no proofing pass (for scale)"))


class ChildRun(TypedDict):
    """One child's numbers (the JSON line CHILD prints), and when it was spawned."""

    shown: float  # time.time() when the window showed
    proofed: float  # … when the first proofing result came (0.0: none)
    spelt: int  # misspelt words in that result
    suggested: list[str]
    peak: float  # MiB
    rss: float  # MiB
    began: float  # time.time() before spawning it


def run_child(release: Path, mode: str, home: Path, settle: float = 1.0) -> ChildRun:
    """One child in *mode*, read *settle* seconds (of its event loop) after its first
    proofing result (a test that reads no memory needs none)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache")}
    began = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, str(release), mode, str(settle)],
                         capture_output=True, text=True, env=env, check=True,
                         timeout=180).stdout
    numbers: ChildRun = json.loads(out.strip().splitlines()[-1])
    numbers["began"] = began
    return numbers


def measure(release: Path, home: Path, runs: int = RUNS) -> dict[str, list[ChildRun]]:
    """Each mode *runs* times, interleaved (the machine's drifting load affects all alike)."""
    for mode, _ in MODES:  # warm the file cache once
        run_child(release, mode, home)
    found: dict[str, list[ChildRun]] = {mode: [] for mode, _ in MODES}
    for _ in range(runs):
        for mode, _ in MODES:
            found[mode].append(run_child(release, mode, home))
    return found


def report(language: str, found: dict[str, list[ChildRun]]) -> None:
    peaks = {mode: statistics.median(r["peak"] for r in runs) for mode, runs in found.items()}
    rss = {mode: statistics.median(r["rss"] for r in runs) for mode, runs in found.items()}
    print(f"\n{language} release, 20k words (median of {len(found['off'])}; peak = VmHWM, "
          f"resident = VmRSS a second after the first proofing result):")
    for mode, label in MODES:
        line = f"  {label:<46}peak {peaks[mode]:6.1f} MiB  resident {rss[mode]:6.1f} MiB"
        if mode not in ("off", "none"):
            added = peaks[mode] - peaks["off"]
            verdict = "ok" if added <= BUDGET_MIB else "OVER BUDGET"
            line += f"  spelling adds {added:+5.1f} MiB peak ({verdict})"
        print(line)
    for mode, label in (("on", "first spelling result"),
                        ("hunspell", "first result, libhunspell checking")):
        first = statistics.median(r["proofed"] - r["shown"] for r in found[mode])
        spawn = statistics.median(r["proofed"] - r["began"] for r in found[mode])
        spelt = statistics.median(r["spelt"] for r in found[mode])
        verdict = "ok" if first <= BUDGET_FIRST_S else "OVER BUDGET"
        print(f"  {label}: {first:.2f} s after the window shows ({verdict}; "
              f"{spawn:.2f} s after spawning; {spelt:.0f} misspelt words found)")


def main() -> int:
    sys.path.insert(0, str(HERE))
    from bench_render import make_release
    from releasedesk import document

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    languages = sys.argv[1:] or ["en-US", "en-GB"]
    print(f"Spelling's memory in the editor (budget: adds <= {BUDGET_MIB:.0f} MiB peak; first "
          f"result <= {BUDGET_FIRST_S:.0f} s after the window shows)")
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        home = base / "home"
        home.mkdir()
        for language in languages:
            release = make_release(20000)
            release.language = language
            path = base / f"bench-{language}.release"
            document.save(release, path)
            report(language, measure(path, home))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Clearance benchmark: fixed inputs, medians. Run with `make bench`.

Budgets (issue 16): fingerprinting a 20k-word release <= 20 ms (it runs on every edit,
in the preview worker); `releasedesk verify` of a package with three photos <= 1 s,
whole process. Also measured, without a budget: saving a 20k-word release with a full
history, opening it (the history is rebuilt and checked), and a word diff of 20k words.
"""

from __future__ import annotations

import functools
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from releasedesk import document
from releasedesk.clearance import history
from releasedesk.clearance.fingerprint import canonical_content, fingerprint
from releasedesk.clearance.signoffs import sign_off
from releasedesk.clearance.wordiff import compare
from releasedesk.exporting import targets_in, write_exports
from releasedesk.model import Release

sys.path.insert(0, str(Path(__file__).parent))
from bench_render import make_release

PHOTO_BYTES = 8 * 1024 * 1024  # three phone photos, as issue 13 will package them


def median_ms(action: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def with_history(words: int, versions: int) -> Release:
    """A release of *words* words with *versions* saved versions, one paragraph edited each."""
    release = make_release(words)
    start = datetime(2026, 11, 20, 9, 0).astimezone()
    paragraphs = release.body.split("\n\n")
    for number in range(versions):
        paragraphs[(number * 7) % len(paragraphs)] += f" Edit {number}."
        release.body = "\n\n".join(paragraphs)
        history.record_version(release, start + timedelta(minutes=number))
    return release


def package(folder: Path) -> Path:
    """An approved export of 5k words and three photo-sized files, zipped as a package."""
    release = make_release(5000)
    sign_off(release, "Li Wei", "Director")
    export = folder / "export"
    export.mkdir()
    rng = random.Random(16)
    photos = {f"story_files/photo-{n}.jpg": rng.randbytes(PHOTO_BYTES) for n in range(3)}
    list(write_exports(release, targets_in(export, "story")))
    # The photos travel in the package and are listed in its manifest like any export.
    from releasedesk.clearance.manifest import MANIFEST_NAME, build_manifest
    from releasedesk.workflow import ApprovalPolicy

    files = {p.name: p.read_bytes() for p in export.iterdir() if p.name != MANIFEST_NAME}
    files.update(photos)
    target = folder / "story-package.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        archive.writestr(MANIFEST_NAME, build_manifest(release, files, ApprovalPolicy()))
    return target


def main() -> int:
    print("Fingerprint medians (ms); budget: 20k words <= 20 ms")
    for words in (1000, 5000, 20000):
        release = make_release(words)
        print(f"  {words:>6} words  {median_ms(functools.partial(fingerprint, release), 51):7.2f}")

    big = with_history(20000, history.MAX_VERSIONS)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.release"
        document.save(big, path)
        size = path.stat().st_size
        edits = iter(range(1000))

        def save_an_edit() -> None:  # each save adds a version and prunes the oldest
            big.body += f"\n\nOne more paragraph, number {next(edits)}."
            document.save(big, path)

        save = median_ms(save_an_edit, 11)
        load = median_ms(lambda: document.load(path), 11)
        kept = history.encoded_size(big.clearance.history) / 1024
        print(f"\n20k words with {len(big.clearance.history)} versions: file "
              f"{size / 1024:.0f} KiB (history {kept:.0f} KiB); save {save:.1f} ms, "
              f"open {load:.1f} ms")

    old = canonical_content(make_release(20000))
    new = dict(old, body=old["body"].replace("harbour", "harbor", 1))
    diff_ms = median_ms(lambda: compare(old, new), 11)
    print(f"Word diff of 20k words, one word changed: {diff_ms:.1f} ms")

    with tempfile.TemporaryDirectory() as tmp:
        zipped = package(Path(tmp))
        exe = Path(sys.executable).with_name("releasedesk")
        command = [str(exe)] if exe.exists() else [sys.executable, "-m", "releasedesk.cli"]
        samples = []
        for _ in range(7):
            start = time.perf_counter()
            result = subprocess.run([*command, "verify", str(zipped)], capture_output=True,
                                    env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
            samples.append(time.perf_counter() - start)
            assert result.returncode == 0, result.stdout
        print(f"\nreleasedesk verify, package with three {PHOTO_BYTES // 1024 // 1024} MB photos "
              f"({zipped.stat().st_size / 1024 / 1024:.0f} MB), whole process: "
              f"{statistics.median(samples) * 1000:.0f} ms (budget 1000 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

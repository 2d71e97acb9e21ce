"""Same release, same moment of export, same bytes: every format, every sample, photos too.

The web team's package, its manifest and signature, the DOCX and the PDF are compared
byte for byte between two exports of one release. The moment of export comes from
SOURCE_DATE_EPOCH, the only input besides the release; two processes with different hash
seeds give the same bytes too (no set or dict order leaks into a file)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from releasedesk.document import load, save
from releasedesk.exporting import render_exports
from releasedesk.model import Release
from releasedesk.render import FORMATS

from conftest import SAMPLES
from photo_files import photo

MOMENT = "1798761600"  # 2027-01-01 00:00 UTC


@pytest.fixture(autouse=True)
def _fixed_moment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", MOMENT)
    yield


def _with_photos(release: Release) -> Release:
    release.photos = [photo(lead=True), photo("harbour-steps.jpg", 1200, 1600,
                                              caption="Steps down to the landing.")]
    return release


def _releases() -> list[tuple[str, Release]]:
    found = [(path.stem, load(path)) for path in sorted(SAMPLES.glob("*.release"))]
    return [*found, *[(f"{name}+photos", _with_photos(load(SAMPLES / f"{name}.release")))
                      for name, _ in found[:2]]]


def _everything(release: Release, folder: Path) -> dict[str, bytes]:
    targets = {name: folder / f"story{fmt.suffix}" for name, fmt in FORMATS.items()}
    exports, media = render_exports(release, targets)
    return {path.relative_to(folder).as_posix(): data
            for path, data in {**exports, **media}.items()}


@pytest.mark.parametrize(("name", "release"), _releases(), ids=lambda v: v if isinstance(
    v, str) else "")
def test_every_format_is_the_same_bytes_twice(name: str, release: Release,
                                              tmp_path: Path) -> None:
    first = _everything(release, tmp_path)
    second = _everything(release, tmp_path)
    assert set(first) >= {f"story{fmt.suffix}" for fmt in FORMATS.values()}
    differing = sorted(path for path in first if first[path] != second[path])
    assert differing == [], name


def test_the_moment_of_export_is_the_only_other_input(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The test above would pass if no file held a time at all: a different moment does
    change the files that carry one (the DOCX's properties, and the package that holds
    it); the e-mail is an unsent draft, which carries no Date."""
    release = load(SAMPLES / "tidewater-ferry-terminal.release")
    first = _everything(release, tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(MOMENT) + 86_400))
    later = _everything(release, tmp_path)
    assert first["story.docx"] != later["story.docx"]
    assert first["story.zip"] != later["story.zip"]
    assert first["story.eml"] == later["story.eml"]
    assert first["story.html"] == later["story.html"]


def test_two_processes_with_different_hash_seeds_write_the_same_files(tmp_path: Path) -> None:
    release = _with_photos(load(SAMPLES / "fernhollow-night-market-zh.release"))
    source = tmp_path / "market.release"
    save(release, source)
    outputs = []
    for seed in ("1", "977"):
        folder = tmp_path / f"seed-{seed}"
        folder.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": MOMENT}
        formats = ("docx", "eml", "package", "html")  # (one process writes them all)
        done = subprocess.run(
            [sys.executable, "-m", "releasedesk.cli", "export", str(source),
             *(part for fmt in formats for part in ("-f", fmt)), "-o", str(folder)],
            env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert {f"market{FORMATS[fmt].suffix}" for fmt in formats} <= {
            path.name for path in folder.iterdir()}
        outputs.append({path.relative_to(folder).as_posix(): path.read_bytes()
                        for path in sorted(folder.rglob("*")) if path.is_file()})
    assert len(outputs[0]) >= 4
    assert outputs[0] == outputs[1]

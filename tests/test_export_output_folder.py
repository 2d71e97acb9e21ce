"""`export -o PATH`: a name ending in a slash, or a folder that is there, means a folder,
made when missing, with the export inside it; any other name is the file itself."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from releasedesk.render import FORMATS

from conftest import SAMPLES
from test_cli import run

SAMPLE = SAMPLES / "tidewater-ferry-terminal.release"
# (one format each; the PDF is the slow one, written once below)
QUICK = [name for name in FORMATS if name not in ("pdf", "package")]


@pytest.mark.parametrize("fmt", QUICK)
@pytest.mark.parametrize("spelling", ["newdir/", "newdir//", "./newdir/", "deeper/../newdir/",
                                      "existing", "existing/", "./existing"])
def test_a_folder_meant_gets_the_export_inside(tmp_path: Path, fmt: str,
                                               spelling: str) -> None:
    source = tmp_path / "story.release"
    shutil.copy(SAMPLE, source)
    (tmp_path / "existing").mkdir()
    (tmp_path / "deeper").mkdir()
    result = run("export", source.name, "-f", fmt, "-o", spelling, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    folder = (tmp_path / spelling).resolve()
    assert folder.is_dir()
    written = folder / f"story{FORMATS[fmt].suffix}"
    assert written.is_file() and written.stat().st_size > 0
    assert (tmp_path / result.stdout.strip()).resolve() == written.resolve()
    # nothing named after the folder was written beside it
    assert not (tmp_path / f"{folder.name}_files").exists()
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == [written.name]


@pytest.mark.parametrize("fmt", QUICK)
@pytest.mark.parametrize("name", ["newfile", "out.bin", "dir.d/x"])
def test_a_name_without_a_slash_is_the_file(tmp_path: Path, fmt: str, name: str) -> None:
    source = tmp_path / "story.release"
    shutil.copy(SAMPLE, source)
    (tmp_path / "dir.d").mkdir()
    result = run("export", source.name, "-f", fmt, "-o", name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / name).is_file()


def test_a_pdf_into_a_new_folder(tmp_path: Path) -> None:
    source = tmp_path / "story.release"
    shutil.copy(SAMPLE, source)
    result = run("export", source.name, "-f", "pdf", "-o", "pdfs/", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "pdfs" / "story.pdf").read_bytes().startswith(b"%PDF")

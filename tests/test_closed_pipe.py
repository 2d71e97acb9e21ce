"""`releasedesk check story.release | head -1`: the reader closes the pipe early, and the
command finishes with its own exit status and no message (found by the tester: "internal
error (BrokenPipeError …); please report it", exit 2, which breaks scripts)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from releasedesk import closed_pipe

from test_cli import EXE

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
SAMPLE = SAMPLES / "tidewater-ferry-terminal.release"
COMMANDS = [["check", str(SAMPLE)], ["show", str(SAMPLE)], ["history", str(SAMPLE)],
            ["export", str(SAMPLE), "-f", "txt", "-o", "-"], ["--help"]]


def _command(args: list[str]) -> list[str]:
    return [str(EXE)] if EXE.exists() else [sys.executable, "-m", "releasedesk.cli"]


@pytest.mark.parametrize("args", COMMANDS, ids=[a[0] for a in COMMANDS])
def test_a_reader_that_stops_early_changes_nothing(tmp_path: Path, args: list[str]) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    whole = subprocess.run([*_command(args), *args], capture_output=True, timeout=120,
                           env=env)
    assert whole.stdout  # (something to print into the closed pipe)
    process = subprocess.Popen([*_command(args), *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before the first line is written
    error = process.stderr.read()
    assert process.wait(timeout=120) == whole.returncode
    assert error == whole.stderr
    assert b"internal error" not in error and b"BrokenPipe" not in error


def test_only_the_real_standard_output_is_wrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    captured = io.StringIO()
    monkeypatch.setattr(sys, "stdout", captured)
    closed_pipe.outlive_closed_pipe()
    assert sys.stdout is captured


def test_the_wrapped_stream_passes_writes_through(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    with open(path, "w", encoding="utf-8") as stream:
        wrapped = closed_pipe._PipeSafe(stream)
        assert wrapped.write("line\n") == 5
        wrapped.flush()
        assert wrapped.encoding == stream.encoding
    assert path.read_text(encoding="utf-8") == "line\n"

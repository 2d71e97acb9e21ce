"""The command line, run as a user would: exit codes, one-line errors, standard output.

Most calls run main() in the test's process (cli_in_process: the same arguments, exit code
and output, without a fresh interpreter each); the tests of the process itself (the exit
status a shell sees, argparse's exits, binary output in a pipe, what a fresh process
imports, the editor's entry point) start a real one with run_process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Protocol

import pytest

from releasedesk import __version__, document

from cli_in_process import run_in_process
from conftest import SAMPLES
from helpers import make_release

EXE = Path(sys.executable).with_name("releasedesk")
WIRE = SAMPLES / "tidewater-ferry-terminal.release"


def run_process(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The installed command in a process of its own."""
    command = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "releasedesk.cli"]
    return subprocess.run([*command, *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


run = run_in_process


class Run(Protocol):
    """run_process or run_in_process: the command with *args*, as subprocess.run reports it."""

    def __call__(self, *args: str | Path, cwd: Path | None = None
                 ) -> subprocess.CompletedProcess[str]: ...


def assert_one_line_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 2, result
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0]


@pytest.mark.parametrize("run", [run_process, run_in_process])
def test_version_and_help(run: Run) -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"ReleaseDesk {__version__}"
    result = run("--help")
    assert result.returncode == 0
    for word in ("export", "check", "new", "Exit codes"):
        assert word in result.stdout
    assert run("export", "--help").returncode == 0


@pytest.mark.parametrize("run", [run_process, run_in_process])
def test_usage_errors_exit_2(run: Run) -> None:
    assert_one_line_error(run("export"), "required")
    assert_one_line_error(run("export", WIRE, "--format", "odt"), "invalid choice")
    assert_one_line_error(run("frobnicate"), "invalid choice")


def test_a_real_process_exits_with_the_commands_code(tmp_path: Path) -> None:
    """Exit codes 0, 1 and 2 and the one-line error reach the shell from a process of its
    own (the other tests run main() in-process)."""
    bad = tmp_path / "bad.release"
    document.save(make_release(headline="", footer=[]), bad)
    assert run_process("check", WIRE).returncode == 0
    result = run_process("check", bad)
    assert result.returncode == 1 and result.stdout.splitlines()[0].split()[:2] == \
        ["error", "headline"]
    assert_one_line_error(run_process("export", tmp_path / "missing.release"), "missing")


def test_export_all_formats_next_to_the_file(tmp_path: Path) -> None:
    source = tmp_path / "story.release"
    source.write_bytes(WIRE.read_bytes())
    result = run("export", source)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["manifest.json", "story.docx", "story.eml", "story.fragment.html",
                     "story.html", "story.pdf", "story.release", "story.txt"]
    assert result.stdout.splitlines() == [
        str(tmp_path / n) for n in ("story.html", "story.fragment.html", "story.docx",
                                    "story.txt", "story.pdf", "story.eml", "manifest.json")]
    assert (tmp_path / "story.pdf").read_bytes()[:5] == b"%PDF-"
    assert (tmp_path / "story.docx").read_bytes()[:2] == b"PK"


def test_export_one_format_to_a_file_and_several_to_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    result = run("export", WIRE, "--format", "txt", "-o", target, "--wrap", "60")
    assert result.returncode == 0, result.stderr
    assert max(len(line) for line in target.read_text("utf-8").splitlines()) <= 60
    folder = tmp_path / "new-folder"
    result = run("export", WIRE, "-f", "html", "-f", "docx", "-o", folder)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == [
        "manifest.json", "tidewater-ferry-terminal.docx", "tidewater-ferry-terminal.html"]


def test_export_failures_are_one_line_and_lose_nothing(tmp_path: Path) -> None:
    assert_one_line_error(run("export", WIRE, "-f", "html", "-f", "txt",
                              "-o", tmp_path / "missing" / "deeper"), "does not exist")
    blocker = tmp_path / "blocker"
    blocker.write_text("keep me")
    assert_one_line_error(run("export", WIRE, "-f", "html", "-f", "txt", "-o", blocker),
                          "is a file")
    assert blocker.read_text() == "keep me"
    (tmp_path / "tidewater-ferry-terminal.txt").mkdir()
    assert_one_line_error(run("export", WIRE, "-f", "txt", "-f", "html", "-o", tmp_path),
                          "is a folder")
    assert_one_line_error(run("export", WIRE, "--wrap", "3"), "at least 10")


BAD_FILES: dict[str, bytes] = {
    "invalid.release": b'{"format": "releasedesk", "version": 1,, }',
    "truncated.release": document.dumps(make_release())[:200],
    "garbage.release": bytes(range(256)) * 8,
    "newer.release": json.dumps({**document.to_dict(make_release()), "version": 99}).encode(),
    "wrongtype.release": json.dumps({**document.to_dict(make_release()),
                                     "contacts": {"name": "x"}}).encode(),
    "missing.release": json.dumps({"format": "releasedesk", "version": 1}).encode(),
    "nul.release": document.dumps(make_release()).replace(b'"headline": "',
                                                           b'"headline": "\x00'),
    "nested.release": b"[" * 50_000 + b"]" * 50_000,
    "empty.release": b"",
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
@pytest.mark.parametrize("command", ["export", "check"])
def test_bad_files_exit_2_and_stay_untouched(tmp_path: Path, name: str, command: str) -> None:
    path = tmp_path / name
    path.write_bytes(BAD_FILES[name])
    assert_one_line_error(run(command, path), name)
    assert path.read_bytes() == BAD_FILES[name]
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_oversized_file_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "huge.release"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    assert_one_line_error(run("export", path), "larger than any release")
    assert path.stat().st_size == 50 * 1024 * 1024


def test_check_exit_codes_and_output(tmp_path: Path) -> None:
    signed = tmp_path / "signed.release"
    signed.write_bytes((SAMPLES / "fernhollow-seed-bank.release").read_bytes())
    result = run("check", signed)
    assert result.returncode == 0
    assert result.stdout.split() == ["warning", "clearance", "Not", "yet", "approved:", "nobody",
                                     "has", "signed", "off", "this", "text."]
    assert run("approve", signed, "--by", "Ada Brill").returncode == 0
    result = run("check", signed)
    assert result.returncode == 0 and result.stdout.strip() == "Ready: no findings."
    bad = tmp_path / "bad.release"
    document.save(make_release(headline="", footer=[]), bad)
    result = run("check", bad)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["error", "headline"]
    assert any(line.split()[:2] == ["error", "footer"] for line in lines)
    result = run("check", bad, "--json")
    findings = json.loads(result.stdout)
    assert {"severity": "error", "field": "headline",
            "message": "The headline is missing."} in findings


def test_new_writes_a_loadable_release_and_refuses_to_overwrite(tmp_path: Path) -> None:
    result = run("new", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    created = tmp_path / "untitled.release"
    release = document.load(created)
    assert release.end_mark == "###" and release.release_date is not None
    before = created.read_bytes()
    assert_one_line_error(run("new", cwd=tmp_path), "already exists")
    assert created.read_bytes() == before
    assert run("new", "-o", created, "--force").returncode == 0


def test_export_never_imports_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from releasedesk.cli import main\n"
        f"assert main(['export', {str(WIRE)!r}, '-o', {str(tmp_path)!r}]) == 0\n"
        f"assert main(['check', {str(WIRE)!r}]) == 0\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))\n"
        "assert not qt, qt\n"
        "print('no-qt')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("no-qt")


def test_every_sample_exports_and_checks_without_errors(tmp_path: Path) -> None:
    samples = sorted(SAMPLES.glob("*.release"))
    assert len(samples) >= 2
    for sample in samples:
        result = run("export", sample, "-o", tmp_path)
        assert result.returncode == 0, result.stderr
        assert run("check", sample).returncode == 0


def test_strict_export_refuses_a_release_with_errors(tmp_path: Path) -> None:
    release = document.load(WIRE)
    release.headline = ""
    source = tmp_path / "broken.release"
    document.save(release, source)
    result = run("export", source, "--strict", "-o", tmp_path / "out")
    assert result.returncode == 1
    assert "headline" in result.stderr and "--strict" in result.stderr
    assert not (tmp_path / "out").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.release"]
    # Without --strict it goes out (the user asked); a ready release passes --strict.
    assert run("export", source, "-f", "txt", "-o", tmp_path / "out.txt").returncode == 0
    assert run("export", WIRE, "--strict", "-f", "txt", "-o", tmp_path / "ok.txt").returncode == 0


def test_dash_exports_one_format_to_standard_output_and_writes_no_file(tmp_path: Path) -> None:
    import io
    import zipfile

    import photo_files as pf

    work = tmp_path / "story.release"
    work.write_bytes(WIRE.read_bytes())
    for fmt in ("txt", "html", "fragment", "eml", "docx"):
        command = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "releasedesk.cli"]
        piped = subprocess.run([*command, "export", str(work), "-f", fmt, "-o", "-"],
                               capture_output=True, timeout=120, cwd=tmp_path)  # bytes
        assert piped.returncode == 0, piped.stderr
        if fmt == "docx":
            assert zipfile.is_zipfile(io.BytesIO(piped.stdout))
        else:
            assert b"Tidewater Ferry Terminal" in piped.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.release"]
    text = run("export", work, "-f", "txt", "-o", "-")
    assert run("export", work, "-f", "txt", "-o", tmp_path / "file.txt").returncode == 0
    assert text.stdout == (tmp_path / "file.txt").read_text(encoding="utf-8")
    assert_one_line_error(run("export", work, "-o", "-"), "one format")
    image = tmp_path / "quay.jpg"
    image.write_bytes(pf.camera_jpeg(800, 600))
    assert run("photo", "add", work, image, "--alt", "The quay").returncode == 0
    assert_one_line_error(run("export", work, "-f", "html", "-o", "-"), "photos")
    assert not (tmp_path / "-").exists()


def test_the_editor_command_answers_help_without_opening_a_window() -> None:
    editor = EXE.with_name("releasedesk-editor")
    if not editor.exists():
        pytest.skip("the editor's entry point is not installed")
    result = subprocess.run([str(editor), "--help"], capture_output=True, text=True,
                            timeout=60, env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "none"})
    assert result.returncode == 0 and "usage: releasedesk-editor" in result.stdout
    version = subprocess.run([str(editor), "--version"], capture_output=True, text=True,
                             timeout=60, env={"PATH": "/usr/bin:/bin"})
    assert version.returncode == 0 and __version__ in version.stdout


def test_details_go_to_the_log_file_never_to_the_terminal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A lock that cannot be written (a read-only folder on a share) is logged with its
    detail in the log file; the terminal gets no raw 'Errno' line, only the command's own
    words. And a bug's traceback is kept in the log file, with one sentence on the terminal."""
    from releasedesk import locks, paths

    story = tmp_path / "story.release"
    document.save(make_release(headline="Locked out"), story)

    def refused(self: locks.DocumentLock, content: bytes) -> None:
        raise PermissionError(30, "Read-only file system", str(self.path))

    monkeypatch.setattr(locks.DocumentLock, "_create", refused)
    result = run("approve", story, "--by", "Li Wei", "--role", "Director", "--note", "ok")
    assert "Errno" not in result.stderr and "lock file" not in result.stderr, result.stderr
    logged = paths.log_file().read_text(encoding="utf-8")
    assert "cannot write lock file" in logged and "Read-only file system" in logged

    def broken(args: object) -> int:
        raise KeyError("a bug")

    import releasedesk.cli as cli

    monkeypatch.setattr(cli, "_check", broken)
    result = run("check", story)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    logged = paths.log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "KeyError: 'a bug'" in logged


@pytest.mark.parametrize("args", [["--version"], ["check", "--help"]])
def test_python_dash_m_runs_the_command(args: list[str]) -> None:
    """`python -m releasedesk …` is the `releasedesk` command (tester11 found no
    __main__)."""
    done = subprocess.run([sys.executable, "-m", "releasedesk", *args], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert (__version__ if args == ["--version"] else "usage: releasedesk check") \
        in done.stdout


def test_the_command_line_imports_a_command_only_to_run_it() -> None:
    """`releasedesk story.release` imports cli.py before it starts the editor: none of the
    terminal commands' modules come with it (each is imported where its command runs)."""
    commands = ("releasedesk.cli_clearance", "releasedesk.changing", "releasedesk.cli_photos",
                "releasedesk.cli_review", "releasedesk.cli_newsroom", "releasedesk.cli_show",
                "releasedesk.cli_twins", "releasedesk.cli_help", "releasedesk.cli_proof",
                "releasedesk.exporting")
    out = subprocess.run([sys.executable, "-c", "import sys, releasedesk.cli\n"
                          f"print(sorted(set({commands!r}) & set(sys.modules)))"],
                         capture_output=True, text=True, check=True, timeout=60).stdout
    assert out.strip() == "[]", out

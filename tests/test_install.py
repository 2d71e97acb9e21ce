"""`pip install .` gives a working ReleaseDesk that finds its resources outside the source tree."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

# What the editor leaves beside a release it has open, or was killed saving: its lock file
# and a save's temporary. Hidden names, which setuptools never packages: not resources.
LEFT_BY_THE_EDITOR = (".~lock.tidewater-ferry-terminal.release#",
                      ".tidewater-ferry-terminal.release.k1ll3d_x.tmp")


def is_resource(path: Path) -> bool:
    """A file of resources/ that the wheel must carry (translations ship compiled)."""
    return (path.is_file() and not path.name.startswith(".") and "__pycache__" not in path.parts
            and path.suffix not in (".ts", ".py", ".pyc", ".qm"))


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from a copy of this checkout, installed (not editable) into a bare
    folder.

    A copy: the build's own folders (build/, *.egg-info) stay out of the checkout and
    none left there by an earlier build gets into the wheel, and the sample in the copy
    has what the editor leaves beside a file it has open (as the sample had, when `make
    run` opened it in place).
    """
    source = tmp_path_factory.mktemp("checkout") / "releasedesk"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache",
        ".hypothesis", "out", ".tools"))
    for name in LEFT_BY_THE_EDITOR:
        (source / "resources" / "samples" / name).write_text("{}", encoding="utf-8")
    wheels = tmp_path_factory.mktemp("wheels")
    site = tmp_path_factory.mktemp("site")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                            "--no-build-isolation", "-q", "-w", str(wheels), str(source)],
                           capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    wheel = next(wheels.glob("releasedesk-*.whl"))
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q",
                              "--target", str(site), str(wheel)], capture_output=True, text=True,
                             timeout=300)
    assert install.returncode == 0, install.stderr
    return site


def run_installed(site: Path, cwd: Path, code: str, env: dict[str, str] | None = None) -> str:
    # -I isolates from the checkout (no user site, no cwd, no PYTHONPATH); the installed
    # folder and the interpreter's own site-packages (for the dependencies) are added.
    deps = [p for p in sys.path if p.endswith("site-packages")]
    prelude = f"import sys; sys.path[:0] = {[str(site), *deps]!r}\n"
    result = subprocess.run([sys.executable, "-I", "-c", prelude + code], capture_output=True,
                            text=True, cwd=cwd, timeout=120,
                            env=None if env is None else {**os.environ, **env})
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_installed_package_finds_its_resources(installed: Path, tmp_path: Path) -> None:
    out = run_installed(installed, tmp_path, (
        "import releasedesk, releasedesk.resources as r\n"
        "print(releasedesk.__file__)\n"
        "print(r.resources_dir())\n"))
    module, resources = out.splitlines()
    assert module.startswith(str(installed))
    assert resources.startswith(str(installed))
    for part in ("css/release.css", "samples/tidewater-ferry-terminal.release",
                 "profiles/calloway-wire.json"):
        assert (Path(resources) / part).exists(), part
    assert not Path(resources).is_relative_to(ROOT)


def test_installed_cli_exports_the_sample(installed: Path, tmp_path: Path) -> None:
    out = run_installed(installed, tmp_path, (
        "from releasedesk.cli import main\n"
        "from releasedesk.resources import sample_path\n"
        "assert main(['export', str(sample_path('tidewater-ferry-terminal.release')), "
        "'-o', 'out']) == 0\n"
        "assert main(['profile', 'list']) == 0\n"))
    assert "calloway-wire" in out
    assert (tmp_path / "out" / "tidewater-ferry-terminal.docx").exists()
    html = (tmp_path / "out" / "tidewater-ferry-terminal.html").read_text(encoding="utf-8")
    assert "<style>" in html and "Tidewater Ferry Terminal" in html


def test_the_wheel_installs_a_console_command_and_a_windowed_editor(installed: Path) -> None:
    entry_points = next(installed.glob("releasedesk-*.dist-info")) / "entry_points.txt"
    text = entry_points.read_text(encoding="utf-8")
    assert "[console_scripts]\nreleasedesk = releasedesk.cli:main" in text
    assert "[gui_scripts]\nreleasedesk-editor = releasedesk.cli:editor_main" in text


def test_the_wheel_carries_every_resource_file(installed: Path) -> None:
    packaged = {p.relative_to(installed / "releasedesk_resources").as_posix()
                for p in (installed / "releasedesk_resources").rglob("*") if p.is_file()}
    shipped = {p.relative_to(ROOT / "resources").as_posix()
               for p in (ROOT / "resources").rglob("*") if is_resource(p)}
    assert "samples/tidewater-ferry-terminal.release" in shipped
    assert shipped <= packaged, sorted(shipped - packaged)
    assert not [name for name in packaged if "/." in f"/{name}"], "a hidden file was packaged"


def test_the_installed_editor_starts_in_chinese_on_a_chinese_desktop(installed: Path,
                                                                      tmp_path: Path) -> None:
    """`pip install .` and a zh_CN desktop: the menus, Qt's own buttons and the first release
    are Chinese, with no .qm built beforehand (the wheel carries the translations)."""
    out = run_installed(installed, tmp_path, (
        "import json\n"
        "from PySide6.QtWidgets import QDialogButtonBox\n"
        "from releasedesk.gui.app.launch import start\n"
        "app, window = start([])\n"
        "menus = [a.text() for a in window.menuBar().actions()]\n"
        "box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)\n"
        "cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()\n"
        "print(json.dumps({'menus': menus, 'cancel': cancel, 'title': window.windowTitle(),\n"
        "                  'language': window.manager.release.language}))\n"),
        env={"LANG": "zh_CN.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "",
             "QT_QPA_PLATFORM": "offscreen"})
    import json

    seen = json.loads(out.strip().splitlines()[-1])
    cjk = re.compile(r"[\u4e00-\u9fff]")
    assert seen["menus"] and all(cjk.search(text) for text in seen["menus"]), seen["menus"]
    assert seen["cancel"] == "取消", seen["cancel"]
    assert seen["language"].startswith("zh"), seen


def test_the_installed_command_line_helps_in_chinese(installed: Path, tmp_path: Path) -> None:
    out = run_installed(installed, tmp_path, "from releasedesk.cli import main\nmain(['--help'])\n",
                        env={"RELEASEDESK_LANGUAGE": "zh_CN"})
    assert out.startswith("用法：releasedesk") and "将新闻稿导出为" in out, out[:300]


def test_the_installed_package_spells_with_its_own_dictionaries(installed: Path,
                                                                 tmp_path: Path) -> None:
    out = run_installed(installed, tmp_path, (
        "from releasedesk.proofing.spelling import Speller, dictionary_folder\n"
        "print(dictionary_folder())\n"
        "for variant in ('en_US', 'en_GB'):\n"
        "    s = Speller(variant)\n"
        "    print(variant, s.known('colour'), s.known('color'), s.known('recieve'), s.engine)\n"))
    folder, us, gb = out.splitlines()
    assert folder.startswith(str(installed))
    assert us == "en_US False True False words"  # (the word store installed and read)
    assert gb == "en_GB True False False words"

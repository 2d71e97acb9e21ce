"""One list of export formats (render.FORMATS): a new entry reaches the CLI and the editor."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from releasedesk import cli
from releasedesk.errors import QT_TRANSLATE_NOOP
from releasedesk.exporting import targets_in
from releasedesk.render import FORMATS, KIND_FORMATS, ExportContext, ExportFormat, Layout
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import opens

WIRE = SAMPLES / "tidewater-ferry-terminal.release"


def _shout(layout: Layout, context: ExportContext) -> bytes:
    return layout.headline.upper().encode("utf-8")


SHOUT = ExportFormat("shout", ".shout.txt", QT_TRANSLATE_NOOP("Formats", "Shouted headline"),
                     "*.shout.txt", QT_TRANSLATE_NOOP("Formats", "&Shouted headline…"), _shout)


@pytest.fixture
def with_shout(monkeypatch: pytest.MonkeyPatch) -> ExportFormat:
    monkeypatch.setitem(FORMATS, "shout", SHOUT)
    return SHOUT


def export_choices(parser: argparse.ArgumentParser) -> tuple[str, ...]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    export = sub.choices["export"]
    option = next(a for a in export._actions if "--format" in a.option_strings)
    return tuple(option.choices or ())


def test_the_cli_lists_exactly_the_registry(with_shout: ExportFormat, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert export_choices(cli.build_parser()) == (*FORMATS, *KIND_FORMATS, "all")
    assert "shout" in export_choices(cli.build_parser())
    out = tmp_path / "loud.txt"
    assert cli.main(["export", str(WIRE), "-f", "shout", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == \
        "CALLOWAY HARBOUR AUTHORITY OPENS TIDEWATER FERRY TERMINAL TO PASSENGERS"
    folder = tmp_path / "all"
    assert cli.main(["export", str(WIRE), "-o", str(folder)]) == 0
    assert (folder / "tidewater-ferry-terminal.shout.txt").exists()
    # "All formats" is every format but the package, which holds the others.
    assert sorted(targets_in(folder, "x")) == sorted(n for n, f in FORMATS.items() if f.in_all)
    assert not FORMATS["package"].in_all
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["export", "x.release", "--help"])
    assert "shout: Shouted headline" in " ".join(capsys.readouterr().out.split())


def test_the_editor_menu_and_dialog_follow_the_registry(qtbot: QtBot, with_shout: ExportFormat,
                                                         tmp_path: Path) -> None:
    from collections.abc import Callable

    from releasedesk.gui.app.main_window import MainWindow
    from releasedesk.recovery import RecoveryStore

    from gui_helpers import FakePrompts, wait_for_tasks

    asked: list[tuple[str, str, str]] = []

    class Recording(FakePrompts):
        def export_path(self, suggestion: str, description: str, pattern: str,
                        then: Callable[[Path], object], title: str = "") -> None:
            asked.append((suggestion, description, pattern))
            super().export_path(suggestion, description, pattern, then, title)

    prompts = Recording()
    window = MainWindow(Settings(), prompts, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    work = tmp_path / "story.release"
    shutil.copy(WIRE, work)
    assert opens(window, work)
    menu = window.actions["export_html"].associatedObjects()[-1]
    assert isinstance(menu, QMenu)
    entries = [a.objectName() for a in menu.actions() if a.objectName().startswith("export_")]
    # (then the formats only some kinds have: offered for a release of that kind)
    # (the package, which holds every other format, after "All formats above")
    assert entries == [f"export_{name}" for name in FORMATS if FORMATS[name].in_all] + [
        "export_all"] + [f"export_{name}" for name in FORMATS if not FORMATS[name].in_all] + [
        f"export_{name}" for name in KIND_FORMATS]
    assert window.actions["export_shout"].text() == "&Shouted headline…"
    prompts.next_path = tmp_path / "loud.shout.txt"
    window.actions["export_shout"].trigger()
    wait_for_tasks()
    assert asked == [(str(tmp_path / "story.shout.txt"), "Shouted headline", "*.shout.txt")]
    assert prompts.next_path.read_text(encoding="utf-8").startswith("CALLOWAY HARBOUR")
    window.manager.modified = False
    window.close()


def test_every_registered_format_is_complete() -> None:
    for name, fmt in FORMATS.items():
        assert fmt.name == name
        assert fmt.suffix.startswith(".") and fmt.pattern.endswith(fmt.suffix.rsplit(".", 1)[1])
        assert fmt.description and "…" in fmt.label and "&" in fmt.label


# -- "all": every format but the package, said alike by the help, the menu and the export --

EVERY = [name for name, fmt in FORMATS.items() if fmt.in_all]


@pytest.mark.parametrize(("language", "says"), [
    ("en", "all: every format but the package, which holds them all and is asked for by name"),
    ("zh_CN", "all：除资料包外的全部格式（资料包已含全部格式，须用 package 单独指定）")])
def test_the_help_says_what_all_writes_and_all_writes_it(
        language: str, says: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", language)
    with pytest.raises(SystemExit):
        cli.main(["export", "--help"])
    assert says in " ".join(capsys.readouterr().out.split())
    for asked in (["-f", "all"], []):  # (all is the default)
        folder = tmp_path / f"out{len(asked)}"
        assert cli.main(["export", str(WIRE), *asked, "-o", str(folder)]) == 0
        written = sorted(path.name for path in folder.iterdir())
        assert written == sorted(["manifest.json", *(
            f"tidewater-ferry-terminal{FORMATS[name].suffix}" for name in EVERY)])
        assert not any(name.endswith(".zip") for name in written)


def test_the_menu_puts_all_under_the_formats_it_writes_and_the_package_apart(
        qtbot: QtBot, tmp_path: Path) -> None:
    from releasedesk.gui.app.main_window import MainWindow

    from gui_helpers import FakePrompts, wait_for_tasks

    prompts = FakePrompts()
    window = MainWindow(Settings(), prompts)
    qtbot.addWidget(window)
    work = tmp_path / "story.release"
    shutil.copy(WIRE, work)
    assert opens(window, work)
    menu = window.actions["export_all"].associatedObjects()[-1]
    assert isinstance(menu, QMenu)
    items = [action.objectName() or "-" for action in menu.actions()]
    at = items.index("export_all")
    # Directly above "All formats above…", after a separator: exactly the formats it writes;
    # under it, after a separator, the package.
    assert items[at - 1] == "-" and items[at - 1 - len(EVERY):at - 1] == [
        f"export_{name}" for name in EVERY]
    assert "-" not in items[at - 1 - len(EVERY):at - 1]
    assert items[at + 1:at + 3] == ["-", "export_package"]
    every = window.actions["export_all"]
    assert every.text() == "&All formats above…" and "package" in every.statusTip()
    prompts.next_folder = tmp_path / "every"
    prompts.next_folder.mkdir()
    window.export_all()
    wait_for_tasks()
    assert sorted(p.name for p in prompts.next_folder.iterdir()) == sorted(
        ["manifest.json", *(f"story{FORMATS[name].suffix}" for name in EVERY)])
    window.manager.modified = False
    window.close()

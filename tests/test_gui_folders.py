"""gui/ in folders that say what lives there (issue 26, point 6): no module over 500 lines,
folders that import nothing at start, the import cycles the contract lets through only
type hints, and tools/split_gui.py, which made the folders, with nothing left to move."""

from __future__ import annotations

import ast
import fnmatch
import importlib.util
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from conftest import ROOT

GUI = ROOT / "src" / "releasedesk" / "gui"
MODULES = sorted(GUI.rglob("*.py"))


def dotted(path: Path) -> str:
    parts = path.relative_to(ROOT / "src").with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def split_gui() -> ModuleType:
    spec = importlib.util.spec_from_file_location("split_gui", ROOT / "tools" / "split_gui.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["split_gui"] = module  # (its dataclass looks itself up there)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(GUI)))
def test_no_module_of_the_editor_is_over_500_lines(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= 500, f"{path.relative_to(ROOT)} has {lines} lines"


def test_each_folder_says_what_lives_there_and_imports_nothing() -> None:
    folders = sorted(p.parent for p in GUI.glob("*/__init__.py"))
    assert len(folders) >= 10
    for folder in folders:
        tree = ast.parse((folder / "__init__.py").read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), folder.name
        assert not [node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)]
    # The modules are in the folders: gui/ itself keeps only its __init__. (A module added
    # at gui/ since: give it a folder in tools/split_gui.py's MAPPING and run it again.)
    assert [p.name for p in GUI.glob("*.py")] == ["__init__.py"]


def imports(path: Path) -> list[tuple[str, bool]]:
    """Every module path imports (resolved), and whether under ``if TYPE_CHECKING:``."""
    package = dotted(path) if path.name == "__init__.py" else dotted(path).rpartition(".")[0]
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, typing_only: bool) -> None:
        for child in ast.iter_child_nodes(node):
            guarded = typing_only or (isinstance(child, ast.If)
                                      and ast.unparse(child.test) == "TYPE_CHECKING")
            if isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")[: len(package.split(".")) - child.level + 1]
                    source = ".".join([*base, *([child.module] if child.module else [])])
                else:
                    source = child.module or ""
                found.append((source, typing_only))
                found.extend((f"{source}.{alias.name}", typing_only) for alias in child.names)
            elif isinstance(child, ast.Import):
                found.extend((alias.name, typing_only) for alias in child.names)
            if isinstance(child, ast.If) and guarded and not typing_only:
                for part in child.body:
                    visit(ast.Module(body=[part], type_ignores=[]), True)
                for part in child.orelse:
                    visit(ast.Module(body=[part], type_ignores=[]), False)
            else:
                visit(child, typing_only)

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return found


def test_the_cycles_let_through_are_type_hints_only() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"]
                    if c["type"] == "acyclic_siblings")
    ignored = [tuple(part.strip() for part in rule.split("->"))
               for rule in contract.get("ignore_imports", [])]
    assert ignored, "the contract lets no import through: this test has nothing to check"
    checked = 0
    for path in MODULES:
        name = dotted(path)
        for importer, imported in ignored:
            if not fnmatch.fnmatchcase(name, importer) or name == imported:
                continue
            for target, typing_only in imports(path):
                if target == imported:
                    assert typing_only, f"{name} imports {imported} at run time"
                    checked += 1
    assert checked >= len(ignored)


def test_nothing_is_left_for_the_split_to_move_or_rewrite() -> None:
    split = split_gui()
    tree = split.Tree.read()
    assert not [old for old in split.MAPPING if (GUI / f"{old}.py").exists()]
    for path in split.searched_files():
        assert split.rewrite(path, tree) is None, \
            f"{path.relative_to(ROOT)} names a gui module by its old place"


GUI_ = "releasedesk.gui"  # (the old places spelled in two parts: the split leaves them be)
STALE = [
    # (file, a line naming a module by its place before the split, the line after)
    ("src/releasedesk/gui/app/main_window.py", "from .zones import named_zone",
     "from ..widgets.zones import named_zone"),
    ("src/releasedesk/gui/app/main_window.py", "from . import i18n, prompts",
     "from ..basics import i18n\nfrom ..dialogs import prompts"),
    ("src/releasedesk/gui/app/main_window.py", "from .form import ReleaseForm",
     "from ..form.release_form import ReleaseForm"),
    ("src/releasedesk/gui/app/main_window.py", "from .app import start",
     "from .launch import start"),
    ("src/releasedesk/gui/widgets/zones.py", "from ...render import layout",
     "from ...render import layout"),
    ("src/releasedesk/editor.py", "from .gui import i18n", "from .gui.basics import i18n"),
    ("tests/test_x.py", "from releasedesk.gui import i18n, zones",
     "from releasedesk.gui.basics import i18n\nfrom releasedesk.gui.widgets import zones"),
    ("tests/test_x.py", f'monkeypatch.setattr("{GUI_}.form.ReleaseForm.x", f)',
     'monkeypatch.setattr("releasedesk.gui.form.release_form.ReleaseForm.x", f)'),
    ("tests/test_x.py", f"from {GUI_}.preview import RenderScheduler",
     "from releasedesk.gui.preview.preview_pane import RenderScheduler"),
    ("tests/test_x.py", f'assert "{GUI_}.contacts_table" in sys.modules',
     'assert "releasedesk.gui.widgets.contacts_table" in sys.modules'),
    ("tests/test_x.py", f"import {GUI_}.app.launch", "import releasedesk.gui.app.launch"),
    ("tests/test_x.py", f"{GUI_}.clearance.signoff_dialog, {GUI_}.clearance.ClearanceCommands",
     "releasedesk.gui.clearance.signoff_dialog, "
     "releasedesk.gui.app.clearance_commands.ClearanceCommands"),
    ("docs/x.md", "`gui" + "/form.py` and `gui/app/launch.py`",
     "`gui/form/release_form.py` and `gui/app/launch.py`"),
]


@pytest.mark.parametrize(("where", "before", "after"), STALE)
def test_a_module_named_by_its_old_place_is_corrected_once(where: str, before: str,
                                                           after: str) -> None:
    split = split_gui()
    tree = split.Tree.read()
    path = ROOT / where

    def rewrite(text: str) -> str:
        if path.suffix == ".py":
            return str(split.rewrite_paths(split.rewrite_python(text + "\n", path, tree))
                       ).rstrip("\n")
        return str(split.rewrite_paths(split.rewrite_dotted(text, tree)))

    assert rewrite(before) == after
    assert rewrite(after) == after  # a second run changes nothing

"""Move the editor's modules from the flat gui/ into folders that say what lives there.

    python tools/split_gui.py            # move, rewrite the imports, sort them (ruff)
    python tools/split_gui.py --dry-run  # say what would move and which files would change

The record of issue 26's split of gui/ (point 6), kept so that it can be run again on a
newer main: it reads the mapping below, and

1. ``git mv``s each module still at gui/<name>.py to gui/<folder>/<new name>.py and writes
   each folder's ``__init__.py`` (its docstring says what lives there);
2. rewrites every reference to a moved module in src/, tests/, benchmarks/, tools/,
   packaging/, docs/, pyproject.toml and the README: relative imports (``from .form
   import``, ``from ..render import`` in a module that is now one folder deeper, ``from .
   import a, b`` whose modules went to different folders), ``from releasedesk.gui import
   name``, dotted names in code and strings (``releasedesk.gui.form.ReleaseForm`` as a
   monkeypatch target, PyInstaller's hidden imports) and paths (``gui/form.py`` in docs);
3. adds the folders to pyproject.toml's package list and tells tools/translations.py to
   read gui/'s folders;
4. sorts the rewritten import blocks with ruff (``ruff check --fix --select I001``).

A module at gui/ that the mapping does not name (added after the split) stays where it is
and is listed; imports of it are still corrected in modules that moved (``from .x`` in a
module now in a folder becomes ``from ..x``). Running it again changes nothing: a name
that already points into a folder is left alone; so is a bare ``releasedesk.gui.form``
once gui/form.py has moved (it names the folder then), while ``releasedesk.gui.form.X``
and ``from .form import X`` for an X that is not a module of the folder are taken for
gui/form.py's and corrected. Afterwards ``tools/translations.py
update`` refreshes the .ts file (its entries carry no file names; class names, which are
the translations' contexts, do not change).
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "src" / "releasedesk" / "gui"
PACKAGE = "releasedesk.gui"

# Each folder and what lives there (the docstring of its __init__.py).
FOLDERS: dict[str, str] = {
    "basics": "What every part of the editor uses: enum properties and shortcuts set without "
              "building Qt's namespace, styles, accessible names, the interface language, "
              "slow commands off the GUI thread, long texts in short runs, and the dialogs' "
              "base (they fit the screen and ask before unsaved edits are lost).",
    "undo": "One undo history for the whole release, its keys in every field, and the body's "
            "word-sized steps.",
    "widgets": "Small widgets the form and the dialogs share: folding sections, one-line and "
               "growing text fields, quiet choice and date inputs, wrapping table cells, the "
               "media contacts table, the time-zone lists.",
    "body": "The body editor: the formatted view (a word processor over the body's tree), "
            "the Markdown view, rich paste, the link dialog and the formatting guide.",
    "form": "The structured form: every field of the release, its sections, the kinds' "
            "sections, photos, and find and replace across the fields.",
    "preview": "The live preview: rendered off the GUI thread, patched block by block, the "
               "Word page, photos scaled once, printing.",
    "proofing": "Proofing and readiness in the editor: the scheduler off the GUI thread, the "
                "panels, and the underlines where the text is typed.",
    "review": "The Suggestions panel of a review taken back: the session (which suggestions "
              "are accepted) and a change as the text reads.",
    "clearance": "Clearance's dialogs: Sign Off, History, and the redline of what changed.",
    "twins": "Language versions' dialogs: a new version, and the comparison side by side.",
    "newsroom": "The library window of a newsroom folder.",
    "dialogs": "The editor's questions and messages (one replaceable object), Preferences, the "
               "house-style and register dialogs, and the first start's set-up.",
    "app": "The editor's start and main window, the open document's life (open, save, "
           "autosave, the lock, changes on disk), and the commands of the window's menus.",
}

# gui/<old>.py -> gui/<folder>/<new>.py; (folder, None) keeps the name. A folder's name is
# never a module of that folder, and a new name never an old one (so a second run can tell
# the two apart).
MAPPING: dict[str, tuple[str, str | None]] = {
    "accessible": ("basics", None), "background": ("basics", None),
    "dialog_fit": ("basics", None), "dialog_guard": ("basics", None),
    "enum_properties": ("basics", None), "i18n": ("basics", None),
    "short_runs": ("basics", None), "styling": ("basics", None),
    "history_keys": ("undo", None), "release_history": ("undo", None),
    "typing_steps": ("undo", None),
    "collapsible": ("widgets", None), "contacts_table": ("widgets", None),
    "one_line": ("widgets", None), "quiet_inputs": ("widgets", None),
    "wrapping_delegate": ("widgets", None), "wrapping_line": ("widgets", None),
    "body_editor": ("body", None), "formatted_blocks": ("body", None),
    "formatted_editor": ("body", None), "formatted_inline": ("body", None),
    "formatting_guide": ("body", None), "link_dialog": ("body", None),
    "markdown_editor": ("body", None), "rich_body": ("body", None),
    "rich_formats": ("body", None), "rich_paste": ("body", None), "rich_read": ("body", None),
    "form": ("form", "release_form"), "find_replace": ("form", None),
    "kind_fields": ("form", None), "photos_panel": ("form", None), "zones": ("widgets", None),
    "preview": ("preview", "preview_pane"), "document_patch": ("preview", None),
    "page_view": ("preview", None), "preview_photos": ("preview", None),
    "printing": ("preview", None),
    "proof_marks": ("proofing", None), "proof_scheduler": ("proofing", None),
    "proofing_panel": ("proofing", None), "readiness": ("proofing", None),
    "review_panel": ("review", None), "review_session": ("review", None),
    "review_text": ("review", None),
    "history_dialog": ("clearance", None), "redline": ("clearance", None),
    "signoff_dialog": ("clearance", None),
    "twin_compare": ("twins", None), "twin_dialog": ("twins", None),
    "compare_cells": ("twins", None), "twin_jump": ("twins", None),
    "language_names": ("widgets", None),
    "scheme": ("basics", None), "tones": ("basics", None), "dark_tint": ("basics", None),
    "pyside_sources": ("basics", None),
    "newsroom_window": ("newsroom", None),
    "first_run": ("dialogs", None), "house_style": ("dialogs", None),
    "portal_style": ("dialogs", None), "preferences": ("dialogs", None),
    "prompts": ("dialogs", None), "register_dialog": ("dialogs", None),
    "app": ("app", "launch"), "autosave": ("app", None),
    "clearance": ("app", "clearance_commands"), "disk_notice": ("app", None),
    "disk_watch": ("app", None), "document_manager": ("app", None),
    "edit_menu": ("app", None), "export_notice": ("app", None), "exports": ("app", None),
    "import_report": ("app", None), "main_window": ("app", None),
    "review_actions": ("app", None), "samples": ("app", None),
    "template_actions": ("app", None), "twin_actions": ("app", None),
}

# Where references are rewritten (text files only).
SEARCHED = ("src", "tests", "benchmarks", "tools", "packaging", "docs")
SEARCHED_FILES = ("pyproject.toml", "README.md", "Makefile")
SUFFIXES = {".py", ".md", ".toml", ".spec", ".txt", ".cfg", ".ini", ".desktop", ".sh", ".yml",
            ".yaml", ".json", ""}


def new_leaf(old: str) -> str:
    return MAPPING[old][1] or old


def destination(old: str) -> str:
    """releasedesk.gui.<folder>.<new> for an old module name of the mapping."""
    return f"{PACKAGE}.{MAPPING[old][0]}.{new_leaf(old)}"


def check_mapping() -> None:
    for old, (folder, _) in MAPPING.items():
        assert folder in FOLDERS, f"{old}: no folder {folder}"
    leaves = {(folder, new_leaf(old)) for old, (folder, _) in MAPPING.items()}
    assert len(leaves) == len(MAPPING), "two modules moved to one name"
    for folder, leaf in leaves:
        assert leaf != folder, f"{folder}/{leaf}.py is named like its folder"
    for old, (_, renamed) in MAPPING.items():
        assert renamed is None or renamed not in MAPPING, f"{old}: {renamed} is an old name"


@dataclass
class Tree:
    """The gui/ package as it is on disk before this run moves anything."""

    modules: set[str]  # dotted names of every module and package under gui/
    flat: set[str]  # the names of the modules still at gui/<name>.py

    @classmethod
    def read(cls) -> Tree:
        flat = {path.stem for path in GUI.glob("*.py")}
        found = {PACKAGE}
        for path in GUI.rglob("*.py"):
            parts = path.relative_to(GUI).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found.add(".".join((PACKAGE, *parts)))
        return cls(found, flat)

    def is_folder(self, name: str) -> bool:
        """Whether releasedesk.gui.<name>, with nothing after it, names a folder (not the
        old module of that name: gui/form.py until it moves, the folder gui/form/ after)."""
        return name in FOLDERS and name not in self.flat

    def folder_modules(self, folder: str) -> set[str]:
        names = {new_leaf(old) for old, (f, _) in MAPPING.items() if f == folder}
        prefix = f"{PACKAGE}.{folder}."
        names |= {m[len(prefix):] for m in self.modules
                  if m.startswith(prefix) and "." not in m[len(prefix):]}
        return names

    def is_module(self, dotted: str) -> bool:
        """Whether dotted names a module (as it is now, or where this run puts it)."""
        if dotted in self.modules:
            return True
        if not dotted.startswith(PACKAGE + "."):
            return False
        parts = dotted[len(PACKAGE) + 1:].split(".")
        if len(parts) == 1:
            return parts[0] in MAPPING or parts[0] in FOLDERS
        if len(parts) == 2 and parts[0] in FOLDERS:
            return parts[1] in self.folder_modules(parts[0])
        return False

    def locate(self, dotted: str) -> str:
        """Where the module dotted names lives after the move (dotted if not ours)."""
        if not (dotted == PACKAGE or dotted.startswith(PACKAGE + ".")):
            return dotted
        parts = dotted[len(PACKAGE) + 1:].split(".") if dotted != PACKAGE else []
        if not parts:
            return dotted
        if len(parts) == 1:
            name = parts[0]
            if name in MAPPING and not self.is_folder(name):
                return destination(name)
            return dotted
        if len(parts) == 2:
            folder, leaf = parts
            if folder in FOLDERS and leaf in self.folder_modules(folder):
                return dotted
            # a stale relative import in a moved module: ``from .x`` meant gui/x.py
            if leaf in MAPPING:
                return destination(leaf)
            if f"{PACKAGE}.{leaf}" in self.modules:
                return f"{PACKAGE}.{leaf}"
        return dotted

    def source_of_names(self, dotted: str) -> str:
        """The module that ``from <dotted> import <attributes>`` reads them from."""
        if dotted.startswith(PACKAGE + "."):
            parts = dotted[len(PACKAGE) + 1:].split(".")
            # gui/form/ is a folder now, but ``from releasedesk.gui.form import ReleaseForm``
            # meant the old gui/form.py
            if len(parts) == 1 and parts[0] in MAPPING:
                return destination(parts[0])
        return self.locate(dotted)


def module_of(path: Path) -> tuple[str, bool] | None:
    """The dotted name of a source file under src/ and whether it is a package."""
    try:
        parts = path.relative_to(ROOT / "src").with_suffix("").parts
    except ValueError:
        return None
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def after_move(dotted: str, is_package: bool, tree: Tree) -> str:
    if is_package:
        return dotted
    return tree.locate(dotted)


def absolute(level: int, module: str | None, package: str) -> str:
    base = package.split(".")
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join([*base, *([module] if module else [])])


def relative(target: str, package: str) -> tuple[int, str]:
    """``from <dots><rest>`` naming target from inside package."""
    here, there = package.split("."), target.split(".")
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    return len(here) - common + 1, ".".join(there[common:])


def from_line(level: int, module: str, names: list[str]) -> str:
    return f"from {'.' * level}{module} import {', '.join(names)}"


def rewrite_import(node: ast.ImportFrom, package: str, new_package: str | None,
                   tree: Tree) -> list[str] | None:
    """The statements that replace one ``from … import …``, or None if it stays."""
    source = absolute(node.level, node.module, package) if node.level else (node.module or "")
    if not (source == PACKAGE or source.startswith(PACKAGE + ".")) and not (
            node.level and new_package != package):
        return None
    groups: dict[str, list[str]] = {}
    for alias in node.names:
        text = alias.name + (f" as {alias.asname}" if alias.asname else "")
        candidate = f"{source}.{alias.name}"
        if alias.name != "*" and source in (PACKAGE, *(f"{PACKAGE}.{f}" for f in FOLDERS)) \
                and (tree.is_module(candidate) or alias.name in MAPPING
                     or f"{PACKAGE}.{alias.name}" in tree.modules):
            target = tree.locate(candidate)
            parent, leaf = target.rsplit(".", 1)
            if leaf != alias.name:
                text = f"{leaf} as {alias.asname or alias.name}"
            groups.setdefault(parent, []).append(text)
        else:
            groups.setdefault(tree.source_of_names(source), []).append(text)
    here = new_package or package
    lines = []
    for target, names in groups.items():
        if node.level:
            level, rest = relative(target, here)
            if not rest:  # ``from . import x`` names the package itself
                level, rest = level, ""
            lines.append(from_line(level, rest, names))
        else:
            lines.append(from_line(0, target, names))
    original = ast.unparse(node)
    if lines == [original]:
        return None
    return lines


DOTTED = re.compile(r"(?<![\w.])releasedesk\.gui((?:\.\w+)+)")
PATH = re.compile(r"(?<![\w/])((?:src/)?(?:releasedesk/)?gui/)(\w+)\.py\b")


def rewrite_dotted(text: str, tree: Tree) -> str:
    def replace(match: re.Match[str]) -> str:
        parts = match.group(1)[1:].split(".")
        first = parts[0]
        if first in FOLDERS and len(parts) > 1 and parts[1] in tree.folder_modules(first):
            return match.group(0)
        if len(parts) == 1 and tree.is_folder(first):
            return match.group(0)
        if first in MAPPING:
            return ".".join([destination(first), *parts[1:]])
        return match.group(0)

    return DOTTED.sub(replace, text)


def rewrite_paths(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(2)
        if name not in MAPPING:
            return match.group(0)
        folder = MAPPING[name][0]
        return f"{match.group(1)}{folder}/{new_leaf(name)}.py"

    return PATH.sub(replace, text)


def rewrite_python(text: str, path: Path, tree: Tree) -> str:
    found = module_of(path)
    if found is None:
        package = new_package = ""
    else:
        dotted, is_package = found
        package = dotted if is_package else dotted.rpartition(".")[0]
        moved_to = after_move(dotted, is_package, tree)
        new_package = moved_to if is_package else moved_to.rpartition(".")[0]
    # Dotted names first: the imports rewritten below may name a folder package
    # (``from releasedesk.gui.app import launch as app``), which is no old name.
    text = rewrite_dotted(text, tree)
    syntax = ast.parse(text)
    lines = text.splitlines(keepends=True)
    edits: list[tuple[int, int, list[str]]] = []
    for node in ast.walk(syntax):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level and not package:
            continue
        replacement = rewrite_import(node, package, new_package, tree)
        if replacement is None:
            continue
        assert node.end_lineno is not None
        edits.append((node.lineno - 1, node.end_lineno, replacement))
    for start, end, replacement in sorted(edits, reverse=True):
        first = lines[start]
        indent = first[: len(first) - len(first.lstrip())]
        last = lines[end - 1]
        tail = "  " + last[last.index("#"):].rstrip("\n") if "#" in last else ""
        new = [f"{indent}{line}{tail if i == 0 else ''}\n" for i, line in enumerate(replacement)]
        lines[start:end] = new
    return "".join(lines)


def searched_files() -> list[Path]:
    """The files git tracks in the searched folders (never build output or a venv)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                             "--exclude-standard", "--", *SEARCHED, *SEARCHED_FILES],
                            cwd=ROOT, check=True, capture_output=True).stdout.decode()
    files = []
    for name in filter(None, listed.split("\0")):
        path = ROOT / name
        if path.is_file() and path.suffix in SUFFIXES and \
                path.resolve() != Path(__file__).resolve():
            files.append(path)
    return sorted(files)


def rewrite(path: Path, tree: Tree) -> str | None:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None
    new = rewrite_python(text, path, tree) if path.suffix == ".py" else rewrite_dotted(
        text, tree)
    new = rewrite_paths(new)
    if path.name == "pyproject.toml":
        new = add_packages(new)
    if path == ROOT / "tools" / "translations.py":
        new = new.replace('package.glob("gui/*.py")', 'package.glob("gui/**/*.py")')
    return new if new != text else None


def add_packages(text: str) -> str:
    """pyproject.toml's package list with the folders, on lines of their own after gui."""
    missing = [f'"{PACKAGE}.{f}",' for f in FOLDERS if f'"{PACKAGE}.{f}"' not in text]
    if not missing:
        return text
    anchor = f'"{PACKAGE}",'
    at = text.index(anchor) + len(anchor)
    line_start = text.rfind("\n", 0, at) + 1
    indent = " " * (text.index('"', line_start + text[line_start:].index("[")) - line_start)
    lines, line = [], indent
    for item in missing:
        if len(line) + len(item) + 1 > 92 and line.strip():
            lines.append(line.rstrip())
            line = indent
        line += item + " "
    lines.append(line.rstrip())
    end = text.index("\n", at)
    rest = text[at:end].strip()
    tail = f"\n{indent}{rest}" if rest else ""
    return text[:at] + "\n" + "\n".join(lines) + tail + text[end:]


def init_text(folder: str) -> str:
    words = FOLDERS[folder].split()
    lines, line = [], '"""'
    for word in words:
        if len(line) + 1 + len(word) > 92:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line != '"""' else f'"""{word}'
    lines.append(line + '"""')
    return "\n".join(lines) + "\n"


def git(*args: str) -> None:
    subprocess.run(["git", *args], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="change nothing, say what")
    args = parser.parse_args(argv)
    check_mapping()
    tree = Tree.read()

    moves = [(GUI / f"{old}.py", GUI / folder / f"{new_leaf(old)}.py")
             for old, (folder, _) in sorted(MAPPING.items()) if (GUI / f"{old}.py").exists()]
    for old in sorted(MAPPING):
        folder = MAPPING[old][0]
        if (GUI / f"{old}.py").exists() and (GUI / folder / f"{new_leaf(old)}.py").exists():
            print(f"both gui/{old}.py and gui/{folder}/{new_leaf(old)}.py exist: "
                  "merge them by hand, then run again", file=sys.stderr)
            return 1
    unknown = sorted(p.name for p in GUI.glob("*.py")
                     if p.stem != "__init__" and p.stem not in MAPPING)

    changed = {}
    for path in searched_files():
        new = rewrite(path, tree)
        if new is not None:
            changed[path] = new

    for source, target in moves:
        print(f"move {source.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
    for name in unknown:
        print(f"stays: src/releasedesk/gui/{name} (not in the mapping of tools/split_gui.py)")
    for path in changed:
        print(f"rewrite {path.relative_to(ROOT)}")
    if args.dry_run:
        return 0

    for path, text in changed.items():
        path.write_text(text, encoding="utf-8")
    for folder in FOLDERS:
        init = GUI / folder / "__init__.py"
        if not init.exists():
            init.parent.mkdir(exist_ok=True)
            init.write_text(init_text(folder), encoding="utf-8")
            git("add", str(init.relative_to(ROOT)))
    for source, target in moves:
        git("mv", str(source.relative_to(ROOT)), str(target.relative_to(ROOT)))
    python = [str(p if p.exists() else _moved(p, moves)) for p in changed if p.suffix == ".py"]
    python += [str(target) for _, target in moves if str(target) not in python]
    ruff = Path(sys.executable).with_name("ruff")
    if python:
        subprocess.run([str(ruff) if ruff.exists() else "ruff", "check", "--quiet", "--fix",
                        "--select", "I001", *python], cwd=ROOT, check=False)
    return 0


def _moved(path: Path, moves: list[tuple[Path, Path]]) -> Path:
    for source, target in moves:
        if source == path:
            return target
    return path


if __name__ == "__main__":
    raise SystemExit(main())

"""Writers read nothing but their layout and context (issue 26, point 4).

Every module of render/, and every module of ours that render/ imports (the body parser,
the model, the media copies …), is read as a syntax tree here, and a test fails on a
read of the world: a file opened or looked at (open, read_text, read_bytes, exists,
iterdir …), ReleaseDesk's resources (importlib.resources, resources.py), the clock
(datetime.now/today/utcnow, date.today, time.time …), the environment (os.environ,
getenv), the user's settings (QSettings, settings.py), a house-style store (profiles.py)
or the exporting service. What a writer needs of these comes in its ExportContext,
made by exporting.export_context (render/context.py). The import-linter contract
"Writers know nothing of …" (pyproject.toml) says the same of imports; this test sees the
calls, which no contract sees. Planted violations show that each rule can fail.
"""

from __future__ import annotations

import ast
import tomllib
from collections.abc import Iterator
from pathlib import Path

import grimp
import pytest

import releasedesk

SRC = Path(releasedesk.__file__).parent
ROOT = SRC.parents[1]

# Calls on any object that read a file or a folder (pathlib, zipfile.Path, importlib's
# Traversable): their names say so whatever the receiver is.
FILE_READS = frozenset({"read_text", "read_bytes", "exists", "iterdir", "is_file", "is_dir",
                        "glob", "rglob", "stat", "lstat", "samefile", "open_text",
                        "open_binary", "read_binary", "listdir", "scandir",
                        "getenv", "getenvb", "expanduser", "home", "cwd", "fdopen"})
# X.open(…) where X is one of these modules (Markup.open("p") opens a tag, not a file).
OPENING_MODULES = frozenset({"io", "os", "codecs", "gzip", "bz2", "lzma", "tarfile",
                             "builtins", "pathlib", "webbrowser"})
# The clock: datetime.now(), date.today(), time.time() and their kin.
CLOCK_METHODS = frozenset({"now", "today", "utcnow"})
CLOCK_FUNCTIONS = frozenset({"time", "time_ns", "localtime", "gmtime", "ctime", "asctime",
                             "strftime", "monotonic", "perf_counter"})
# Names whose mere mention reads the world.
WORLD_NAMES = frozenset({"environ", "environb", "QSettings", "urlopen", "getenv"})
# Modules a writer may not import: the world's (files, environment, the clock, resources,
# settings) and ours that read it (profiles, settings, exporting, document, resources,
# export_time, paths, files, the stores).
FORBIDDEN_MODULES = frozenset({
    "os", "pathlib", "glob", "shutil", "tempfile", "importlib", "time", "socket",
    "urllib.request", "http", "PySide6", "platformdirs",
    "releasedesk.profiles", "releasedesk.settings", "releasedesk.exporting",
    "releasedesk.document", "releasedesk.resources", "releasedesk.export_time",
    "releasedesk.paths", "releasedesk.files", "releasedesk.container", "releasedesk.locks",
    "releasedesk.recovery", "releasedesk.atomic", "releasedesk.gui",
})
# Functions of ours on the writers' import path that read the world, and why no writer
# calls them: ({module}, {function}).
EXEMPT_CALLS = {
    # A new release is dated today (the editor's File ▸ New, `releasedesk new`); a writer
    # is handed a release, it never makes one.
    ("releasedesk.model", "new_release"),
}
# Modules of ours on the writers' import path that may hold reads, and why that is safe.
EXEMPT = {
    # Imported by errors.py for its NotRegularFile exception only; render/ may not import
    # it (FORBIDDEN_MODULES), so no writer can call its readers.
    "releasedesk.files": "errors.py's exception class",
}


def _absolute(module: str, node: ast.ImportFrom) -> str:
    """The absolute name an ImportFrom in *module* imports from."""
    if not node.level:
        return node.module or ""
    base = module.split(".")  # (a package's __init__ is named "<package>.__init__")
    parts = base[: len(base) - node.level]
    return ".".join(parts + ([node.module] if node.module else []))


def _forbidden(name: str) -> bool:
    return any(name == f or name.startswith(f + ".") for f in FORBIDDEN_MODULES)


def _walk(tree: ast.AST, owner: str = "") -> Iterator[tuple[str, ast.AST]]:
    """Each node with the name of the function it stands in ("" at a module's top)."""
    for child in ast.iter_child_nodes(tree):
        yield owner, child
        inner = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) \
            else owner
        yield from _walk(child, inner)


def reads(source: str, module: str = "releasedesk.render.planted",
          strict_imports: bool = True) -> list[str]:
    """Each read of the world in *source* (the module *module*), as "line: what", but for
    those EXEMPT_CALLS allows in a function of its own."""
    found: list[str] = []
    for owner, node in _walk(ast.parse(source)):
        if (module, owner) in EXEMPT_CALLS:
            continue
        line = getattr(node, "lineno", 0)
        if strict_imports and isinstance(node, ast.Import):
            found += [f"{line}: imports {alias.name}" for alias in node.names
                      if _forbidden(alias.name)]
        elif strict_imports and isinstance(node, ast.ImportFrom):
            origin = _absolute(module, node)
            names = [origin] + [f"{origin}.{alias.name}" for alias in node.names]
            if any(_forbidden(name) for name in names):
                found.append(f"{line}: imports from {origin or '.'} "
                             f"{', '.join(a.name for a in node.names)}")
        elif isinstance(node, ast.Name) and node.id in WORLD_NAMES:
            found.append(f"{line}: {node.id}")
        elif isinstance(node, ast.Attribute) and node.attr in WORLD_NAMES:
            found.append(f"{line}: .{node.attr}")
        elif isinstance(node, ast.Call):
            found += [f"{line}: {what}" for what in _call_reads(node.func)]
    return sorted(set(found), key=lambda text: int(text.split(":")[0]))


def _receiver(node: ast.expr) -> str:
    """The dotted name of a call's receiver ("datetime", "os.path", "Path()"), or ""."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = _receiver(node.value)
        return f"{inner}.{node.attr}" if inner else node.attr
    if isinstance(node, ast.Call):
        return _receiver(node.func) + "()"
    return ""


def _call_reads(func: ast.expr) -> Iterator[str]:
    if isinstance(func, ast.Name):
        if func.id in ("open", "urlopen", "getenv", "QSettings"):
            yield f"{func.id}()"
        return
    if not isinstance(func, ast.Attribute):
        return
    owner = _receiver(func.value)
    last = owner.rsplit(".", 1)[-1]
    if func.attr in FILE_READS:
        yield f"{owner}.{func.attr}()"
    elif func.attr == "open" and (last in OPENING_MODULES or last in ("Path()", "PurePath()")):
        yield f"{owner}.open()"
    elif _clock_or_resources(func.attr, last):
        yield f"{owner}.{func.attr}()"


def _clock_or_resources(name: str, owner: str) -> bool:
    """datetime.now(), date.today(), time.time() and their kin; importlib.resources.files()."""
    return ((name in CLOCK_METHODS and owner in ("datetime", "date"))
            or (name in CLOCK_FUNCTIONS and owner == "time")
            or (name in ("files", "as_file", "path", "contents") and owner == "resources"))


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _render_path() -> dict[str, Path]:
    """{module: file} of render/ and of every module of ours it imports, at any depth."""
    graph = grimp.build_graph("releasedesk", cache_dir=None)  # (no cache left behind)
    render = {"releasedesk.render", *graph.find_descendants("releasedesk.render")}
    upstream = set().union(*(graph.find_upstream_modules(m) for m in render))
    files: dict[str, Path] = {}
    for path in sorted(SRC.rglob("*.py")):
        name = _module_name(path)
        if name in render or name in upstream:
            files[name] = path
    return files


RENDER_PATH = _render_path()


def _package_of(name: str, path: Path) -> str:
    """The name ImportFrom levels count from: a package's own name for its __init__."""
    return f"{name}.__init__" if path.name == "__init__.py" else name


def test_the_render_path_is_what_render_imports() -> None:
    """The set checked is not empty or partial: render/'s modules, the body parser, the
    model, the media copies."""
    names = set(RENDER_PATH)
    assert {"releasedesk.render", "releasedesk.render.html_writer",
            "releasedesk.render.docx_writer", "releasedesk.render.pdf_writer",
            "releasedesk.render.context", "releasedesk.body.parse", "releasedesk.model",
            "releasedesk.media.copies"} <= names
    assert not names & {"releasedesk.exporting", "releasedesk.profiles",
                        "releasedesk.settings", "releasedesk.resources"}


@pytest.mark.parametrize("name", sorted(RENDER_PATH))
def test_no_module_on_the_writers_path_reads_the_world(name: str) -> None:
    if name in EXEMPT:
        pytest.skip(f"{name}: {EXEMPT[name]}")
    path = RENDER_PATH[name]
    in_render = name == "releasedesk.render" or name.startswith("releasedesk.render.")
    found = reads(path.read_text("utf-8"), _package_of(name, path), strict_imports=in_render)
    assert found == [], f"{path.relative_to(ROOT)} reads the world: {found}"


def _absolute_for_test(module: str, level: int, target: str | None) -> str:
    node = ast.ImportFrom(module=target, names=[], level=level)
    return _absolute(module, node)


def test_relative_imports_are_resolved_as_python_resolves_them() -> None:
    assert _absolute_for_test("releasedesk.render.html_writer", 2, "profiles") \
        == "releasedesk.profiles"
    assert _absolute_for_test("releasedesk.render.html_writer", 1, "layout") \
        == "releasedesk.render.layout"
    assert _absolute_for_test("releasedesk.render.__init__", 2, "resources") \
        == "releasedesk.resources"
    assert _absolute_for_test("releasedesk.render.__init__", 1, "layout") \
        == "releasedesk.render.layout"


# Each planted line is one read the test must find; the module they stand in is render/'s.
PLANTED = {
    "open": "data = open('style.css').read()",
    "io.open": "import io\ndata = io.open('style.css').read()",
    "read_text": "css = (ROOT / 'css' / 'release.css').read_text('utf-8')",
    "read_bytes": "font = FONT_PATH.read_bytes()",
    "exists": "if FOLDER.exists():\n    pass",
    "iterdir": "fonts = list(FOLDER.iterdir())",
    "Path().open": "with Path('x').open('rb') as handle:\n    pass",
    "importlib.resources import": "from importlib import resources",
    "importlib.resources call": "css = resources.files('releasedesk').joinpath('x.css')",
    "importlib.resources module": "import importlib.resources",
    "datetime.now": "from datetime import datetime\nstamp = datetime.now()",
    "datetime.datetime.now": "import datetime\nstamp = datetime.datetime.now()",
    "date.today": "day = date.today()",
    "datetime.utcnow": "stamp = datetime.utcnow()",
    "time.time": "import time\nstamp = time.time()",
    "os.environ": "import os\nepoch = os.environ.get('SOURCE_DATE_EPOCH')",
    "environ imported": "from os import environ\nepoch = environ['SOURCE_DATE_EPOCH']",
    "os.getenv": "epoch = os.getenv('SOURCE_DATE_EPOCH')",
    "QSettings": "from PySide6.QtCore import QSettings\nvalue = QSettings().value('x')",
    "QSettings by name": "value = QSettings('ReleaseDesk').value('justify')",
    "profiles": "from ..profiles import ProfileStore",
    "profiles module": "from .. import profiles",
    "settings": "from ..settings import Settings",
    "exporting": "from ..exporting import export_context",
    "exporting absolute": "import releasedesk.exporting",
    "document": "from ..document import load",
    "resources.py": "from ..resources import resource_text",
    "export_time": "from ..export_time import export_moment",
    "pathlib": "from pathlib import Path",
}


@pytest.mark.parametrize("what", sorted(PLANTED))
def test_a_planted_read_is_found(what: str) -> None:
    assert reads(PLANTED[what], "releasedesk.render.html_writer") != [], what


def test_a_planted_read_in_a_real_writer_is_found_at_its_line() -> None:
    source = RENDER_PATH["releasedesk.render.html_writer"].read_text("utf-8")
    lines = source.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("def render_page("))
    body = at + 1
    while not lines[body].rstrip().endswith('"""') or lines[body].strip() == '"""':
        body += 1  # past the docstring
    lines.insert(body + 1, '    css = Path("release.css").read_text("utf-8")')
    found = reads("\n".join(lines), "releasedesk.render.html_writer")
    assert found == [f'{body + 2}: Path().read_text()'], found


def test_an_exempt_function_is_exempt_in_its_own_module_only() -> None:
    source = "from datetime import date\ndef new_release():\n    return date.today()\n"
    assert reads(source, "releasedesk.model", strict_imports=False) == []
    assert reads(source, "releasedesk.render.layout") == ["3: date.today()"]
    moved = source.replace("def new_release", "def build_layout")
    assert reads(moved, "releasedesk.model", strict_imports=False) == ["3: date.today()"]


def test_what_only_looks_like_a_read_is_not_one() -> None:
    """The writers' own words: Markup.open opens a tag, the photo copies' files are bytes
    in memory, a setting is an argument, a moment is formatted, bytes are read from a
    buffer."""
    clean = "\n".join([
        "from . import sections as s",
        "from .context import ExportContext",
        "from ..body import tree as t",
        "from datetime import UTC, datetime",
        "import io, zipfile",
        "def write(layout, context, markup, settings):",
        "    out = [markup.open('a', (('href', '#'),)), markup.open('p')]",
        "    copies = layout.copies.files(p.photo for p in layout.photos)",
        "    size = settings.get('body_pt')",
        "    when = context.moment.astimezone(UTC).strftime('%Y')",
        "    day = datetime(1980, 1, 1, tzinfo=UTC)",
        "    archive = zipfile.ZipFile(io.BytesIO(b''))",
        "    return out, copies, size, when, day, archive",
    ])
    assert reads(clean, "releasedesk.render.planted") == []


def test_the_contract_forbids_what_this_test_forbids_of_our_modules() -> None:
    """The import-linter contract on render/ names the same modules of ours (but files.py,
    which errors.py imports for an exception class: this test keeps render/ from it)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"]
                    if c.get("source_modules") == ["releasedesk.render"])
    ours = {m for m in FORBIDDEN_MODULES if m.startswith("releasedesk.")}
    assert ours - {"releasedesk.files", "releasedesk.gui"} <= set(contract["forbidden_modules"])
    assert {"releasedesk.document", "releasedesk.profiles", "releasedesk.exporting"} \
        <= set(contract["forbidden_modules"])

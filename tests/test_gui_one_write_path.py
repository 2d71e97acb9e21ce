"""The editor has one write path (issue #26, point 6): widgets and commands send a
FieldChange to the form's apply, which alone writes into the release (through
field_change.write); nothing else in gui/ assigns to a release's attribute or item,
mutates one of its lists, calls the writer, or calls a core helper that changes a release it
is given (review.resolved.mark, clearance.history.record_version…) on the editor's own
release rather than a copy. Read from the source (the AST), so a write
planted anywhere in gui/ fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import releasedesk

GUI = Path(releasedesk.__file__).parent / "gui"
# Methods that change a list, dict or set in place.
MUTATORS = frozenset({"append", "extend", "insert", "remove", "pop", "clear", "sort",
                      "reverse", "update", "setdefault", "popitem", "add", "discard",
                      "__setitem__", "__delitem__"})
# The one writer, and the one method allowed to call it.
WRITER = "write"
WRITE_PATH = ("form/release_form.py", "ReleaseForm.apply")


def _chain(node: ast.expr) -> tuple[list[str], str | None]:
    """The names along an expression (``self.form.release.photos[0]`` →
    self, form, release, photos, []) and its root name (None: not a name)."""
    names: list[str] = []
    while True:
        if isinstance(node, ast.Attribute):
            names.append(node.attr)
            node = node.value
        elif isinstance(node, ast.Subscript):
            names.append("[]")
            node = node.value
        elif isinstance(node, ast.Call):
            names.append("()")
            node = node.func
        elif isinstance(node, ast.Name):
            names.append(node.id)
            return names[::-1], node.id
        else:
            return names[::-1], None


def _is_release_name(name: str) -> bool:
    return name == "release" or name.endswith("_release")


class _Writes(ast.NodeVisitor):
    """The write sites of one module: (line, what, enclosing function)."""

    def __init__(self, core_writers: frozenset[tuple[str, str]] = frozenset()) -> None:
        self.found: list[tuple[int, str, str]] = []
        self.scope: list[str] = []
        self.aliases: list[set[str]] = [set()]  # names bound to a release's part, per scope
        self.core_writers = core_writers
        self.core_imported: set[str] = set()  # names here of the core's writing functions

    # -- what reaches a release --------------------------------------------------------

    def _reaches(self, node: ast.expr) -> bool:
        """Whether *node* is a release or a part of one (an attribute, an item, an alias)."""
        names, root = _chain(node)
        return any(_is_release_name(name) for name in names) or \
            (root is not None and root in self.aliases[-1])

    def _bind(self, target: ast.expr, value: ast.expr | None) -> None:
        if isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                self._bind(element, None if value is None else value)
        elif isinstance(target, ast.Name) and value is not None and self._reaches(value):
            self.aliases[-1].add(target.id)

    def _report(self, node: ast.AST, what: str) -> None:
        self.found.append((getattr(node, "lineno", 0), what, ".".join(self.scope)))

    def _target(self, node: ast.AST, target: ast.expr) -> None:
        if isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                self._target(node, element)
        elif isinstance(target, ast.Starred):
            self._target(node, target.value)
        elif isinstance(target, (ast.Attribute, ast.Subscript)) and self._reaches(target.value):
            self._report(node, "assigns " + ".".join(_chain(target)[0]))

    # -- scopes ------------------------------------------------------------------------

    def _scoped(self, node: ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.scope.append(node.name)
        self.aliases.append(set(self.aliases[-1]))
        self.generic_visit(node)
        self.aliases.pop()
        self.scope.pop()

    visit_ClassDef = _scoped
    visit_FunctionDef = _scoped
    visit_AsyncFunctionDef = _scoped

    # -- writes ------------------------------------------------------------------------

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            self._target(node, target)
            self._bind(target, node.value)
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self._target(node, node.target)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self._target(node, node.target)
            self._bind(node.target, node.value)
        self.generic_visit(node)

    def visit_Delete(self, node: ast.Delete) -> None:
        for target in node.targets:
            self._target(node, target)
        self.generic_visit(node)

    def visit_For(self, node: ast.For) -> None:
        self._bind(node.target, node.iter)
        self.generic_visit(node)

    def visit_comprehension(self, node: ast.comprehension) -> None:
        self._bind(node.target, node.iter)
        self.generic_visit(node)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self._bind(node.target, node.value)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in MUTATORS and \
                self._reaches(func.value):
            self._report(node, "calls " + ".".join(_chain(func)[0]))
        if isinstance(func, ast.Name) and func.id in ("setattr", "delattr") and node.args \
                and self._reaches(node.args[0]):
            self._report(node, f"{func.id} on " + ".".join(_chain(node.args[0])[0]))
        if _chain(func)[0][-2:] == ["field_change", WRITER] or \
                (isinstance(func, ast.Name) and func.id == WRITER and self._writer_imported):
            self._report(node, "calls field_change.write")

        name = func.attr if isinstance(func, ast.Attribute) else \
            func.id if isinstance(func, ast.Name) else ""
        if name in self.core_imported and node.args and self._reaches(node.args[0]):
            self._report(node, f"calls {name}, which writes into a release")
        self.generic_visit(node)

    _writer_imported = False

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if module.endswith("field_change") and \
                any(alias.name == WRITER for alias in node.names):
            self._writer_imported = True
        for alias in node.names:
            if any(module.endswith(home) and alias.name == function
                   for home, function in self.core_writers):
                self.core_imported.add(alias.asname or alias.name)
        self.generic_visit(node)


def core_writers(root: Path) -> frozenset[tuple[str, str]]:
    """(module, function) of each function outside gui/ that writes into a release it is
    given (field_change.write, or an attribute or item of it changed): a core helper the
    editor must not call on its release, which would change behind the form's apply and
    its undo history."""
    found: set[tuple[str, str]] = set()
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if relative.parts[0] == "gui" or relative.name == "field_change.py":
            continue
        parts = relative.with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        for _line, _what, scope in write_sites(path.read_text(encoding="utf-8"), frozenset()):
            if scope:
                found.add((module, scope.split(".")[-1]))
    return frozenset(found)


def write_sites(source: str, core: frozenset[tuple[str, str]] | None = None,
                ) -> list[tuple[int, str, str]]:
    """Every write into a release in *source*: (line, what, the function it is in).
    *core*: the core's writing functions (core_writers; None: found afresh)."""
    visitor = _Writes(core_writer_set() if core is None else core)
    tree = ast.parse(source)
    for node in ast.walk(tree):  # (imports first: a function may be imported below its use)
        if isinstance(node, ast.ImportFrom):
            visitor.visit_ImportFrom(node)
    visitor.visit(tree)
    return visitor.found


_CORE: list[frozenset[tuple[str, str]]] = []


def core_writer_set() -> frozenset[tuple[str, str]]:
    if not _CORE:
        _CORE.append(core_writers(GUI.parent))
    return _CORE[0]


def _all_sites() -> dict[str, list[tuple[int, str, str]]]:
    return {path.relative_to(GUI).as_posix(): sites
            for path in sorted(GUI.rglob("*.py"))
            if (sites := write_sites(path.read_text(encoding="utf-8")))}


def test_the_form_s_apply_is_the_editor_s_only_write_into_a_release() -> None:
    sites = _all_sites()
    module, function = WRITE_PATH
    assert sites == {module: [(line, "calls field_change.write", function)
                              for line, _what, _scope in sites.get(module, [])]}
    assert len(sites[module]) == 1, "apply writes once, through field_change.write"


PLANTED = {
    "an attribute assigned": "def f(form):\n    form.release.headline = 'x'\n",
    "a part assigned by its alias": "def f(manager):\n    source = manager.release\n"
                                    "    source.id, source.twins = '', []\n",
    "a list appended to": "def f(self):\n    self.release.photos.append(1)\n",
    "an item deleted": "def f(self, row):\n    del self.release.contacts[row]\n",
    "a list's items replaced": "def f(release):\n    release.photos[:] = []\n",
    "setattr on a release": "def f(release, name, value):\n    setattr(release, name, value)\n",
    "a record inside changed": "def f(window):\n    window.manager.release.clearance.policy = 1\n",
    "an item of a loop changed": "def f(release):\n    for photo in release.photos:\n"
                                 "        photo.lead = False\n",
    "augmented": "def f(release):\n    release.keywords += ['x']\n",
    "the writer called": "from ..field_change import write\n"
                         "def f(release, change):\n    write(release, change)\n",
    "the writer called by module": "from ... import field_change\ndef f(r, c):\n"
                                   "    field_change.write(r, c)\n",
    "a core helper that writes called": "def f(window, comment):\n"
                                        "    from ...review.resolved import mark\n"
                                        "    mark(window.manager.release, comment, True)\n",
    "a core helper that changes a release": "from ...clearance.history import record_version\n"
                                            "def f(self):\n"
                                            "    record_version(self.release, note='x')\n",
}


def test_the_core_s_writing_helpers_are_found() -> None:
    assert ("review.resolved", "mark") in core_writer_set()
    assert ("review.resolved", "marked") not in core_writer_set()  # (returns a value instead)
    assert {("clearance.history", "record_version"), ("profiles", "apply_profile"),
            ("importing", "import_bytes")} <= core_writer_set()


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_a_write_planted_in_the_editor_is_found(name: str) -> None:
    assert write_sites(PLANTED[name]), name


def test_a_planted_write_fails_the_scan_of_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan of gui/ itself fails when a module there writes into a release."""
    real = Path.read_text

    def planted(path: Path, encoding: str | None = None) -> str:
        text = real(path, encoding=encoding)
        if path.name == "house_style_commands.py":
            text += "\n\ndef _planted(window):\n    window.manager.release.footer = []\n"
        return text

    monkeypatch.setattr(Path, "read_text", planted)
    with pytest.raises(AssertionError):
        test_the_form_s_apply_is_the_editor_s_only_write_into_a_release()


READS = {
    "a copy assigned": "def f(release):\n    value = release.headline\n    x = value\n",
    "the release replaced": "def f(self, release):\n    self.release = release\n",
    "another object's list": "def f(self):\n    self.contacts.append(1)\n",
    "a read passed on": "def f(window):\n    window.scheduler.request(window.manager.release)\n",
}


@pytest.mark.parametrize("name", sorted(READS))
def test_reading_a_release_or_replacing_the_document_is_no_write(name: str) -> None:
    assert write_sites(READS[name]) == [], name

"""Each shared shape of src/ has one home, and a second copy of it anywhere fails here.

A shape is a few statements that several places once wrote out each for themselves (a
paste as plain text, a dialog's OK/Cancel row, a findings list, a changed span…); each now
lives in one function or class, named in SHAPES with the part of its body that makes the
shape. Every function body in src/ is read as a syntax tree and compared statement by
statement with that part, in a form that keeps what the code does (the kind of each
statement, the functions and methods it calls, in order) and forgets what it is named
(variables, receivers, strings, numbers, arguments), so a copy with other names is found
too. Each shape's former copies, as they stood before, are kept in
shared_shapes_former_copies.md and must be found, so the comparison is shown to see a copy
as it would come back.

A few rules are not a run of statements and have their own finders (the {weekday} of a
finding's sentence, a list joined with 、, plain text turned into rich text, a button
row's OK wired to accept). The behaviour of each home is tested in
tests/test_shared_shapes_behave.py.
"""

from __future__ import annotations

import ast
import functools
import re
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import releasedesk

SRC = Path(releasedesk.__file__).parent


@functools.cache
def modules() -> dict[str, ast.Module]:
    """Every module of src/ as a syntax tree, read once, on first use (not at collection:
    every pytest-xdist worker collects this file, one runs it)."""
    return {path.relative_to(SRC).as_posix(): ast.parse(path.read_text("utf-8"))
            for path in sorted(SRC.rglob("*.py"))}


Shape = tuple[str, ...]


# -- the comparison ----------------------------------------------------------------------

def _called(node: ast.expr) -> str:
    """The name a call calls: a function's, or a method's without its receiver."""
    func = node.func if isinstance(node, ast.Call) else node
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return "?"


def _calls(node: ast.AST) -> Iterator[str]:
    """The calls an expression makes, outermost first; a call's arguments are left out (a
    copy passes other values), its receiver's calls are not (``x.text.strip()``)."""
    if isinstance(node, ast.Call):
        yield _called(node)
        if isinstance(node.func, ast.Attribute):
            yield from _calls(node.func.value)
        return
    for child in ast.iter_child_nodes(node):
        yield from _calls(child)


def _expression(node: ast.AST | None) -> str:
    """An expression as its kind and the calls in it, in order (names and values dropped)."""
    if node is None:
        return "-"
    return f"{type(node).__name__}[{','.join(_calls(node))}]"


def _statement(node: ast.stmt) -> str:
    """One statement in the compared form: its kind, its expressions (a loop's iterable and
    any assignment's target are only a place), and its own statements, nested."""
    parts = [type(node).__name__]
    for name, value in ast.iter_fields(node):
        if name in ("targets", "target", "iter", "type_comment", "lineno", "name", "names",
                    "module", "level", "decorator_list", "returns", "args", "type_params"):
            continue
        if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
            parts.append("{" + ";".join(_statement(s) for s in value) + "}")
        elif isinstance(value, list) and value and isinstance(value[0], ast.excepthandler):
            parts.append("except{" + ";".join(
                ";".join(_statement(s) for s in handler.body) for handler in value) + "}")
        elif isinstance(value, list) and value and isinstance(value[0], ast.withitem):
            parts.append("with[" + ",".join(_expression(item.context_expr)
                                            for item in value) + "]")
        elif isinstance(value, list):
            parts.append("[" + ",".join(_expression(v) for v in value
                                        if isinstance(v, ast.expr)) + "]")
        elif isinstance(value, ast.expr):
            parts.append(_expression(value))
    return " ".join(parts)


def _bodies(tree: ast.AST) -> Iterator[tuple[str, list[ast.stmt]]]:
    """(function, statements) of every run of statements inside a function: its body and
    the bodies of the ifs, loops, withs and trys in it. A method is named Class.method."""
    def runs(node: ast.AST, owner: str) -> Iterator[tuple[str, list[ast.stmt]]]:
        for value in (v for _, v in ast.iter_fields(node)):
            if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
                yield owner, value
            for child in value if isinstance(value, list) else []:
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    yield from runs(child, child.name)
                elif isinstance(child, ast.AST):
                    yield from runs(child, owner)

    def top(node: ast.AST, prefix: str) -> Iterator[tuple[str, list[ast.stmt]]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                yield from top(child, f"{prefix}{child.name}.")
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield from runs(child, prefix + child.name)

    yield from top(tree, "")


def _code(body: list[ast.stmt]) -> list[ast.stmt]:
    """*body* without its docstring and imports (neither is part of a shape)."""
    return [s for n, s in enumerate(body)
            if not (n == 0 and isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
            and not isinstance(s, (ast.Import, ast.ImportFrom))]


def _function(tree: ast.AST, qualified: str) -> ast.FunctionDef:
    for owner, body in _bodies(tree):
        if owner == qualified:
            for node in ast.walk(tree):
                if isinstance(node, ast.FunctionDef) and node.body is body:
                    return node
    raise LookupError(qualified)


def shape_of(module: str, function: str, start: int, end: int | None) -> Shape:
    """The part [start:end] of *function*'s body in *module* (docstring and imports left
    out), compared form."""
    body = _code(_function(modules()[module], function).body)
    part = body[start:end]
    assert part, (module, function, start, end)
    return tuple(_statement(s) for s in part)


def copies_of(shape: Shape, trees: dict[str, ast.Module],
              home: tuple[str, str] | None = None) -> list[str]:
    """Where a run of statements in *trees* has *shape* ("module:line function"), its
    *home* (module, function) aside."""
    found = []
    for module, owner, body, compared in (_src_runs() if trees is modules() else _runs(trees)):
        if (module, owner) == home:
            continue
        for at in range(len(compared) - len(shape) + 1):
            if tuple(compared[at:at + len(shape)]) == shape:
                found.append(f"{module}:{body[at].lineno} {owner}()")
    return found


Run = tuple[str, str, list[ast.stmt], list[str]]


def _runs(trees: dict[str, ast.Module]) -> list[Run]:
    """(module, function, statements, their compared forms) of every run in *trees*."""
    return [(module, owner, body, [_statement(s) for s in body])
            for module, tree in trees.items() for owner, body in _bodies(tree)]


@functools.cache
def _src_runs() -> list[Run]:
    """The runs of src/, compared once for all the shapes (the trees are never changed)."""
    return _runs(modules())


def _planted(code: str) -> dict[str, ast.Module]:
    """*code* (a former copy) as a module of its own, inside a function."""
    source = "def planted(self, *args):\n" + textwrap.indent(textwrap.dedent(code), "    ")
    return {"planted.py": ast.parse(source)}


# -- the shapes ----------------------------------------------------------------------------
# name: (home module, home function, where the shape starts and ends in its body, why);
# each former copy, as it stood in src/ before the home took its place, is in FORMER_COPIES.

SHAPES: dict[str, tuple[str, str, int, int | None, str]] = {
    "plain paste action": (
        "gui/body/rich_paste.py", "PlainPaste.__init__", 2, 9,
        "Paste as Plain Text (Ctrl+Shift+V) on a body editor: both views"),
    "plain paste": (
        "gui/body/rich_paste.py", "PlainPaste.paste", 0, None,
        "a paste that takes only the clipboard's text"),
    "findings list": (
        "gui/proofing/finding_list.py", "FindingList.__init__", 1, 5,
        "a findings panel's list: Readiness and Proofing"),
    "finding's words": (
        "messages.py", "_finding_words", 1, 4,
        "a finding's severity and field in the user's language: check and proof"),
    "styled run": (
        "clearance/reading.py", "styled_html", 1, 4,
        "a formatted run as HTML: the redline and the version comparison"),
    "changed span": (
        "changed_span.py", "changed_span", 0, 4,
        "where two versions differ: review, suggestions, formatted tracked changes, the preview"),
    "date field read": (
        "document.py", "_FieldReader._iso", 0, 2,
        "a release file's date or moment, read or refused in one sentence"),
    "command button": (
        "gui/widgets/command_button.py", "command_button", 0, 4,
        "a button that runs one command: the library, the set-up, the Compare view"),
    "made, listed, opened": (
        "gui/newsroom/newsroom_window.py", "NewsroomWindow._made", 0, None,
        "a release made beside the chosen one: duplicate, language version"),
    "Word styles put": (
        "render/docx_styles.py", "put_styles", 2, 3,
        "our styles in a Word document: the export and the review copy"),
    "words in a draft": (
        "body/tree.py", "has_words", 0, None,
        "whether a run of a draft holds a word: HTML and Word import"),
    "blank edges": (
        "body/tree.py", "trim_inlines", 1, 2,
        "a run without blank ends: imports and photo captions"),
    "edge space": (
        "body/tree.py", "strip_edge_space", 0, None,
        "the outer space of a run's first and last text: the parser and trim_inlines"),
    "package entry": (
        "importing/package.py", "Package._inflate", 1, 2,
        "a Word package's part inflated within its room: XML and pictures"),
    "zone choice": (
        "gui/widgets/zones.py", "offer_zones", 0, 3,
        "the zone list with its search: embargo and event"),
    "date that may be empty": (
        "gui/widgets/quiet_inputs.py", "DayEdit.__init__", 2, 6,
        "a date field that may hold no date: release date, a correction's original"),
    "notice bar": (
        "gui/app/notice_bar.py", "NoticeBar.__init__", 1, 4,
        "a bar above the form: file changed on disk, export written"),
}

FORMER_COPIES = Path(__file__).with_name("shared_shapes_former_copies.md")


def _former_copies() -> dict[str, list[str]]:
    """Each shape's or rule's former copies, from FORMER_COPIES (a heading a shape, a
    fenced block a copy)."""
    found: dict[str, list[str]] = {}
    name = ""
    for part in re.split(r"^(## .*|```python\n(?:.*\n)*?```)$",
                         FORMER_COPIES.read_text("utf-8"), flags=re.MULTILINE):
        if part.startswith("## "):
            name = part[3:].strip()
            found[name] = []
        elif part.startswith("```python"):
            found[name].append(part.removeprefix("```python\n").removesuffix("```"))
    return found


PLANTED = _former_copies()


def _shape(name: str) -> tuple[Shape, tuple[str, str]]:
    module, function, start, end, _ = SHAPES[name]
    return shape_of(module, function, start, end), (module, function)


def test_every_shape_and_rule_keeps_its_former_copies() -> None:
    assert set(PLANTED) == set(SHAPES) | set(RULES)
    assert all(PLANTED.values())


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_a_shared_shape_has_one_home(name: str) -> None:
    shape, home = _shape(name)
    assert copies_of(shape, modules(), home) == [], SHAPES[name][4]


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_its_former_copies_would_be_seen(name: str) -> None:
    shape, _ = _shape(name)
    assert PLANTED[name]
    for code in PLANTED[name]:
        assert copies_of(shape, _planted(code)), code


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_the_home_itself_copied_elsewhere_is_seen(name: str) -> None:
    """The home's own body pasted into another function, its names changed, is a copy."""
    module, function, _, _, _ = SHAPES[name]
    copied = ast.parse(ast.unparse(_function(modules()[module], function)).replace("self", "me"))
    for node in ast.walk(copied):
        if isinstance(node, ast.FunctionDef):
            node.name = "elsewhere"
    renamed = {"planted.py": copied}
    shape, _ = _shape(name)
    assert copies_of(shape, renamed)


def test_the_comparison_tells_other_code_apart() -> None:
    """Other calls, or the same calls in another order, are another shape."""
    shape, _ = _shape("plain paste")
    assert not copies_of(shape, _planted("""
        self.now = True
        try:
            self.editor.copy()
        finally:
            self.now = False
        """))
    shape, _ = _shape("changed span")
    assert not copies_of(shape, _planted("""
        start = 0
        while start < most and ours[start] == theirs[start]:
            start += 1
        most = min(len(ours), len(theirs))
        tail = 0
        """))


# -- rules that are no run of statements ------------------------------------------------------

Finder = Callable[[ast.Module], Iterator[int]]


def _weekday_filled(tree: ast.Module) -> Iterator[int]:
    """A finding's {weekday} named from its weekday_index: how a finding's sentence is
    filled (messages.finding_sentence)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and isinstance(node.left, ast.Constant) \
                and node.left.value == "weekday_index":
            yield node.lineno


def _listed_with_ideographic_comma(tree: ast.Module) -> Iterator[int]:
    """A list joined with 、 in Chinese, ", " otherwise (messages.listed)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.IfExp) and any(
                isinstance(side, ast.Constant) and side.value == "、"
                for side in (node.body, node.orelse)):
            yield node.lineno


def _text_as_rich_text(tree: ast.Module) -> Iterator[int]:
    """Plain text turned into rich text: its line breaks replaced by <br> (text_html)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _called(node) == "replace" \
                and [a.value for a in node.args if isinstance(a, ast.Constant)] == ["\n", "<br>"]:
            yield node.lineno


def _ok_cancel_wired(tree: ast.Module) -> Iterator[int]:
    """A button row whose OK accepts its dialog and Cancel rejects it, wired by hand
    (dialog_guard.answer_buttons). A row whose accept runs something else (the register's
    Save checks the rows first) is its own."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _called(node) == "connect" and node.args \
                and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Attribute) \
                and node.func.value.attr == "accepted" and _called(node.args[0]) == "accept":
            yield node.lineno


def _dates_parsed_by_hand(tree: ast.Module) -> Iterator[int]:
    """A release file's date read by calling fromisoformat itself (document._iso reads them
    all, handed the parser)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _called(node) == "fromisoformat":
            yield node.lineno


RULES: dict[str, tuple[Finder, set[str]]] = {
    # name: (finder, where it may be found); its former copies are in FORMER_COPIES
    "a finding's weekday": (_weekday_filled, {"messages.py"}),
    "a list in words": (_listed_with_ideographic_comma, {"messages.py"}),
    "text as rich text": (_text_as_rich_text, {"text_html.py"}),
    "OK and Cancel": (_ok_cancel_wired, {"gui/basics/dialog_guard.py"}),
}


@pytest.mark.parametrize("name", sorted(RULES))
def test_a_small_rule_has_one_home(name: str) -> None:
    finder, homes = RULES[name]
    found = [f"{module}:{line}" for module, tree in modules().items() if module not in homes
             for line in finder(tree)]
    assert found == []
    assert all(list(finder(modules()[home])) for home in homes)  # (the home still holds it)


@pytest.mark.parametrize("name", sorted(RULES))
def test_a_small_rule_copy_would_be_seen(name: str) -> None:
    finder, _ = RULES[name]
    assert PLANTED[name]
    for code in PLANTED[name]:
        assert list(finder(_planted(code)["planted.py"])), code


def test_a_release_file_reads_its_dates_through_one_parser() -> None:
    tree = modules()["document.py"]
    assert list(_dates_parsed_by_hand(tree)) == []
    assert list(_dates_parsed_by_hand(_planted(PLANTED["date field read"][0])["planted.py"]))

"""Each small rule has one home, and a second copy of it anywhere in src/ fails here.

The rules: what an e-mail address and a phone number look like (field_rules.py), how a
list typed on one line splits (field_rules.split_list), how a file is written
(atomic.py), what a language tag's language is (language_tag.py) and how the interface
shows a moment (shown_time.py). Each test reads every module of src/ as a syntax tree and
names the file and line of a copy, so a newcomer is pointed at the home to use instead.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import releasedesk

SRC = Path(releasedesk.__file__).parent


@functools.cache
def modules() -> list[tuple[str, ast.Module]]:
    """Every module of src/ as a syntax tree, read once, on first use (not at collection:
    every pytest-xdist worker collects this file, one runs it)."""
    return [(path.relative_to(SRC).as_posix(), ast.parse(path.read_text("utf-8")))
            for path in sorted(SRC.rglob("*.py"))]


def _strings(tree: ast.AST) -> Iterator[tuple[int, int, str]]:
    """(id, line, text) of each string literal."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield id(node), node.lineno, node.value


def _calls(tree: ast.Module) -> Iterator[tuple[str, ast.Call]]:
    """Each call with the name of the function it stands in ("<module>" at the top)."""
    def visit(node: ast.AST, owner: str) -> Iterator[tuple[str, ast.Call]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield from visit(child, child.name)
            else:
                if isinstance(child, ast.Call):
                    yield owner, child
                yield from visit(child, owner)
    yield from visit(tree, "<module>")


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring nodes (prose, never a rule)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            doc = node.body[0] if node.body else None
            if isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant):
                found.add(id(doc.value))
    return found


@functools.cache
def _literals() -> list[tuple[str, list[tuple[int, str]]]]:
    """(module, [(line, text)]) of every string literal of src/ that is not a docstring,
    gathered once for all the rules that look through them."""
    found = []
    for name, tree in modules():
        prose = _docstrings(tree)
        found.append((name, [(line, text) for key, line, text in _strings(tree)
                             if key not in prose]))
    return found


def _copies(looks_like: Callable[[str], bool], homes: dict[str, str]) -> list[str]:
    """Where a string literal that *looks_like* a copy of a rule stands outside *homes*
    (module → why the rule, or its part, lives there)."""
    return [f"{name}:{line}: {text[:60]!r}" for name, literals in _literals()
            if name not in homes for line, text in literals if looks_like(text)]


# -- e-mail addresses ----------------------------------------------------------------------

def _email_pattern(text: str) -> bool:
    """A regular expression that matches an address: an @ beside a character class, a
    class escape or a repetition (not an "@" in a sentence, a format or a split)."""
    letters = any(c.isalnum() for c in text)  # (not a set of punctuation that holds @)
    return letters and bool(re.search(r"[\]+*)]\s*@|@\s*[\[\\(]|\\[Ssw]\+?@", text))


EMAIL_HOMES = {
    "field_rules.py": "EMAIL_ADDRESS (a field's value) and EMAIL_IN_TEXT (running text)",
    "body/inline.py": "CommonMark's own grammar of an <address@autolink> "
                      "(markdown_writer asks it through is_mail_autolink)",
    "twins/untranslated.py": "_URLISH: any token holding an @ is no word of prose "
                             "(looser on purpose: a handle counts too)",
}


@pytest.mark.parametrize("text", [
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", r"[\w.+-]+@[\w-]+",
    r"[^\s<>@\\]+@[^\s<>@\\]+\.[^\s<>@\\]+", r"\S+@\S+", r"(\w+)@(\w+)",
    r"[^@\s]+@[^@\s]+\.\w+"])
def test_an_email_pattern_is_seen_as_one(text: str) -> None:
    assert _email_pattern(text)


@pytest.mark.parametrize("text", [
    "pwest@example.org", "Write to {name}@{domain}", "@", "name@", "mailto:", "@@",
    "site_domain", "Email: ada@calloway.example"])
def test_an_address_or_a_format_is_not_a_pattern(text: str) -> None:
    assert not _email_pattern(text)


def test_every_email_pattern_lives_in_field_rules() -> None:
    assert _copies(_email_pattern, EMAIL_HOMES) == []


# -- phone numbers ---------------------------------------------------------------------------

def _phone_pattern(text: str) -> bool:
    """A regular expression for a phone number: digits beside a country code's plus, an
    extension word, or a bracketed area code."""
    digits = re.search(r"\\d|\[0-9|\[\\d", text)
    return bool(digits) and bool(re.search(r"\\\+|ext\\?\.|转|\\\(\\d|\\\(\?\\d", text))


PHONE_HOMES = {
    "field_rules.py": "PHONE_NUMBER, PHONE_IN_TEXT, PHONE_IN_CONTACT_LINE, PHONE_FACT, "
                      "TEL_NUMBER: every phone rule, side by side",
}


@pytest.mark.parametrize("text", [
    r"\+?[0-9][0-9 ().\-]{2,}", r"(?<![\w+])(?:\+|\(\d)?[\d(][\d\s().\-/]{5,}\d",
    r"(\+\s?)?\(?\d[\d ()-]{5,18}\d", r"\d+\s*(?:ext\.?|x)\s*\d+", r"\d{3,}转\d+"])
def test_a_phone_pattern_is_seen_as_one(text: str) -> None:
    assert _phone_pattern(text)


@pytest.mark.parametrize("text", [
    r"\d{4}-\d{2}-\d{2}", r"[0-9]+", "+44 20 7946 0000", r"\d[\d,，]*(?:[.．]\d+)?",
    "ext. 204", r"(?:\.\d+)?"])
def test_a_number_pattern_or_a_number_is_not_a_phone_pattern(text: str) -> None:
    assert not _phone_pattern(text)


def test_every_phone_pattern_lives_in_field_rules() -> None:
    assert _copies(_phone_pattern, PHONE_HOMES) == []


# -- lists typed on one line -----------------------------------------------------------------

_FULL_WIDTH = "\uff0c\uff1b\u3001"  # ， ； 、
_LIST_CHARS = ",;" + _FULL_WIDTH


def _list_class(text: str) -> bool:
    """A regex character class of three or more list separators and nothing else but white
    space: a list being split (a class of punctuation in general is something else)."""
    return any(sum(c in cls for c in _LIST_CHARS) >= 3
               and not re.sub(r"\\s| |\\t|\\n", "", cls).strip(_LIST_CHARS)
               for cls in re.findall(r"\[([^\]]*)\]", text))


# A split on "," or ";" that is no typed list: where and why. (Line numbers are not kept:
# a function's name is.)
LIST_SPLITS_ALLOWED = {
    ("review/slots.py", "slots_label"): "a suggestion's field keys, joined by suggestions.py",
    ("gui/review/review_panel.py", "_suggestion_clicked"): "a suggestion's first field key",
    ("importing/dateline.py", "_capitals"): "a dateline's place before its state",
    ("importing/html_pictures.py", "_data_url_bytes"): "a data: URL's media type parameters",
    ("importing/html_dom.py", "hidden_classes"): "a style sheet rule's group of selectors",
    ("proofing/engine.py", "_named_people"): "a speaker line's name before the role",
    ("twins/numerals.py", "arabic"): "a number's thousands separators dropped",
}
LIST_HOMES = {
    "field_rules.py": "LIST_SEPARATORS, SEMICOLONS and split_list",
    "importing/docx_reader.py": "_words: a DOCX's keywords property, where spaces separate "
                                "too (the separators are LIST_SEPARATORS)",
}


def _splits(tree: ast.Module) -> Iterator[tuple[str, int, str]]:
    """(function, line, separator) of each str.split / str.replace on a list separator."""
    for owner, node in _calls(tree):
        if isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("split", "rsplit", "replace") and node.args \
                and isinstance(node.args[0], ast.Constant) \
                and node.args[0].value in tuple(_LIST_CHARS) \
                and (node.func.attr != "replace" or node.args[0].value in _FULL_WIDTH):
            yield owner, node.lineno, str(node.args[0].value)


Finder = Callable[[ast.Module], Iterator[tuple[str, int, str]]]


def _calls_outside(finder: Finder, homes: dict[str, str],
                   allowed: dict[tuple[str, str], str]) -> list[str]:
    """Each call *finder* finds outside *homes* and the *allowed* (module, function)s."""
    return [f"{name}:{line} {owner}(): {what}" for name, tree in modules() if name not in homes
            for owner, line, what in finder(tree) if (name, owner) not in allowed]


def test_lists_split_only_through_split_list() -> None:
    assert _calls_outside(_splits, LIST_HOMES, LIST_SPLITS_ALLOWED) == []
    assert _copies(_list_class, LIST_HOMES) == []


def test_the_allowed_splits_are_still_there() -> None:
    """An allow-list entry whose split went away is removed, so the list stays true."""
    present = {(name, owner) for name, tree in modules() for owner, _, _ in _splits(tree)}
    assert set(LIST_SPLITS_ALLOWED) <= present


@pytest.mark.parametrize("source", [
    'x.split(",")', 'x.split("；")', 'x.replace("；", ";")', 're.compile("[,;，]")',
    'x.rsplit("、", 1)', 're.split(r"[\\s,;，；、]+", x)'])
def test_a_list_split_is_seen(source: str) -> None:
    tree = ast.parse(f"def f(x):\n    return {source}\n")
    assert list(_splits(tree)) or any(_list_class(text) for _, _, text in _strings(tree))


# -- writing files ---------------------------------------------------------------------------

WRITE_HOMES = {
    "atomic.py": "the one atomic write: a synced temporary file renamed over the target",
}
# Writes that are no user's file or export, and why they cannot be atomic renames.
WRITES_ALLOWED = {
    ("locks.py", "_write_new"): "a lock is created exclusively (O_EXCL): a rename would "
                                "replace another editor's lock",
    ("locks.py", "_create"): "a lock is linked into place (a link fails where one is)",
    ("locks.py", "_take_away"): "a stale or damaged lock is moved aside, never rewritten",
    ("recovery.py", "set_aside"): "a recovery copy that cannot be read is renamed aside",
    ("log_file.py", "_file_handler"): "the log is appended to, and rotated by a rename",
    ("closed_pipe.py", "_reader_gone"): "standard output is pointed at the null device once "
                                        "its reader is gone: nothing is written to a file",
}
# A file mode that writes ("w", "ab", "r+"…): only a whole mode counts, so a method that
# happens to be called open (an HTML tag opened: markup.open("span")) is not a file.
_WRITE_MODES = re.compile(r"(?=[rwxabt+]{1,3}$)[rbt]*[wax+]")
# Receivers whose open() is not a file's: the HTML writers' Markup opens a tag (render/).
_NOT_FILES = {"markup"}
_WRITE_FLAGS = {"O_WRONLY", "O_RDWR", "O_CREAT", "O_APPEND", "O_TRUNC"}
_WRITE_CALLS = {"write_text", "write_bytes", "FileHandler", "replace", "rename", "move",
                "copy", "copy2", "copyfile", "copytree", "link", "symlink_to"}


def _mode(call: ast.Call, position: int) -> str:
    args = [a for a in call.args]
    value = args[position] if len(args) > position else next(
        (k.value for k in call.keywords if k.arg == "mode"), None)
    return value.value if isinstance(value, ast.Constant) and isinstance(value.value, str) \
        else ""


def _writes(tree: ast.Module) -> Iterator[tuple[str, int, str]]:
    """(function, line, what) of each call that writes, moves or creates a file."""
    for owner, node in _calls(tree):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else \
            func.id if isinstance(func, ast.Name) else ""
        base = func.value.id if isinstance(func, ast.Attribute) and \
            isinstance(func.value, ast.Name) else ""
        if name == "open" and base == "os":
            flags = {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}
            if flags & _WRITE_FLAGS:
                yield owner, node.lineno, "os.open for writing"
        elif name in ("open", "fdopen") and base not in _NOT_FILES:
            if _WRITE_MODES.search(_mode(node, 1 if name == "fdopen" or not base or
                                         base in ("io", "builtins") else 0)):
                yield owner, node.lineno, f"{name}() for writing"
        elif name == "ZipFile":
            target = node.args[0] if node.args else None
            in_memory = isinstance(target, ast.Call) or (
                isinstance(target, ast.Name) and target.id in ("out", "buffer"))
            if _WRITE_MODES.search(_mode(node, 1)) and not in_memory:
                yield owner, node.lineno, "ZipFile() to a file"
        elif name in _WRITE_CALLS and (name not in ("replace", "rename", "move", "copy",
                                                    "link") or base in ("os", "shutil")):
            yield owner, node.lineno, name


def test_every_file_is_written_through_atomic() -> None:
    assert _calls_outside(_writes, WRITE_HOMES, WRITES_ALLOWED) == []


def test_the_allowed_writes_are_still_there() -> None:
    present = {(name, owner) for name, tree in modules() for owner, _, _ in _writes(tree)}
    assert set(WRITES_ALLOWED) <= present


@pytest.mark.parametrize("source", [
    'open(path, "w")', 'open(path, mode="wb")', 'path.open("a")', 'path.write_text(x)',
    'path.write_bytes(b"")', 'os.open(path, os.O_WRONLY | os.O_CREAT)', 'os.replace(a, b)',
    'shutil.copy(a, b)', 'zipfile.ZipFile(path, "w")', 'os.fdopen(fd, "wb")',
    'logging.FileHandler(path)', 'io.open(path, "x")'])
def test_a_write_is_seen(source: str) -> None:
    tree = ast.parse(f"import os\ndef f(path, a, b, x, fd):\n    {source}\n")
    assert list(_writes(tree))


@pytest.mark.parametrize("source", [
    'open(path)', 'open(path, "rb")', 'path.open("rb")', 'os.open(path, os.O_RDONLY)',
    'zipfile.ZipFile(io.BytesIO(b""), "w")', 'text.replace("a", "b")', 'path.read_text()',
    'zipfile.ZipFile(path)', 'markup.open("span", attributes)',
    'markup.open("a", (("href", url),))'])
def test_a_read_is_not_a_write(source: str) -> None:
    tree = ast.parse(f"import os\ndef f(path, text):\n    {source}\n")
    assert not list(_writes(tree))


# -- a language tag's language ---------------------------------------------------------------

_LANGUAGE_COPY = re.compile(
    r"""startswith\(\s*["']zh|split\(\s*["'][-_]["']\s*\)\s*\[0\]|(?<!r)partition\(\s*["']-["']""")
LANGUAGE_HOMES = {"language_tag.py": "primary() and is_chinese()"}


@pytest.mark.parametrize("source", [
    'tag.lower().startswith("zh")', "tag.split('-')[0]", 'tag.split("_") [0]',
    'tag.partition("-")[0]'])
def test_a_language_rule_copy_is_seen(source: str) -> None:
    assert _LANGUAGE_COPY.search(source)


def test_every_language_tag_is_read_through_language_tag() -> None:
    found = [f"{name}:{number}: {line.strip()}"
             for name, _ in modules() if name not in LANGUAGE_HOMES
             for number, line in enumerate((SRC / name).read_text("utf-8").splitlines(), 1)
             if _LANGUAGE_COPY.search(line)]
    assert found == []


# -- a moment shown in the interface ---------------------------------------------------------

def _minute_format(text: str) -> bool:
    return "%Y-%m-%d %H:%M" in text


def test_every_moment_is_shown_through_shown_time() -> None:
    assert _copies(_minute_format, {"shown_time.py": "MINUTE"}) == []
    fstrings = [f"{name}:{node.lineno}" for name, tree in modules()
                for node in ast.walk(tree) if isinstance(node, ast.FormattedValue)
                and isinstance(node.format_spec, ast.JoinedStr)
                and any(_minute_format(str(getattr(v, "value", "")))
                        for v in node.format_spec.values)]
    assert fstrings == []

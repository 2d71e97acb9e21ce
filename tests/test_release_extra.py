"""No field's data is kept behind the field table (issue 26, point 1).

``release.extra`` holds the keys of a release file this version does not know, written
back as they were. It is written in one place, ``fields.keep_unknown``, which refuses the
name of a field: data that belongs to a release (the review comments marked resolved, say)
is a field of the table (fields.py), so it is read, checked, saved, fingerprinted (or, as
here, declared not to print) and restored as the table says. A test reads every module of
src/ as a syntax tree and fails on any other write into a release's extras; planted
writes show that it can fail.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import releasedesk
from releasedesk import document, fields
from releasedesk.clearance.fingerprint import canonical_content, fingerprint
from releasedesk.errors import FileFormatError
from releasedesk.review.items import Comment
from releasedesk.review.resolved import KEY, comment_key, decisions, mark

from examples import examples
from helpers import make_release

SRC = Path(releasedesk.__file__).parent
# The records whose own unknown keys their readers keep (document.py, clearance/storage.py):
# a write to their extras names the record.
OTHER_RECORDS = frozenset({"contact", "conventions", "clearance", "link", "photo"})
# The one writer of a release's extras.
HOME = ("fields.py", "keep_unknown")
MUTATING = frozenset({"setdefault", "update", "pop", "popitem", "clear", "__setitem__",
                      "__delitem__", "__ior__"})


def _name(node: ast.expr) -> str:
    """The last name of an expression: release, self.release → release, f() → f."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Call):
        return _name(node.func)
    if isinstance(node, ast.Subscript):
        return _name(node.value)
    return ""


def _owned(tree: ast.AST, owner: str = "") -> Iterator[tuple[str, ast.AST]]:
    for child in ast.iter_child_nodes(tree):
        yield owner, child
        inner = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) \
            else owner
        yield from _owned(child, inner)


def _extras(node: ast.expr) -> Iterator[ast.Attribute]:
    """The ``X.extra`` that a store into *node* writes (X.extra, X.extra[k], nested)."""
    for part in ast.walk(node):
        if isinstance(part, ast.Attribute) and part.attr == "extra":
            yield part


def extra_writes(source: str, module: str = "planted.py") -> list[str]:
    """Each write into a release's extras in *source*, as "line: what"."""
    found = []
    for owner, node in _owned(ast.parse(source)):
        if (module, owner) == HOME:
            continue
        targets: list[ast.expr] = []
        if isinstance(node, (ast.Assign, ast.Delete)):
            targets = list(node.targets)
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        line = getattr(node, "lineno", 0)
        for target in targets:
            found += [f"{line}: {_name(extra.value)}.extra written"
                      for extra in _extras(target) if _name(extra.value) not in OTHER_RECORDS]
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in MUTATING \
                    and isinstance(func.value, ast.Attribute) and func.value.attr == "extra" \
                    and _name(func.value.value) not in OTHER_RECORDS:
                found.append(f"{node.lineno}: {_name(func.value.value)}.extra.{func.attr}()")
            record = _name(node.args[0]) if _name(func) == "replace" and node.args else ""
            if _name(func) in ("Release", "replace") and record not in OTHER_RECORDS and \
                    any(keyword.arg == "extra" for keyword in node.keywords):
                found.append(f"{node.lineno}: {_name(func)}(extra=…)")
    return found


def _sources() -> list[tuple[str, str]]:
    return [(path.relative_to(SRC).as_posix(), path.read_text("utf-8"))
            for path in sorted(SRC.rglob("*.py"))]


def test_no_module_writes_a_release_s_extras_but_the_table_s_one_writer() -> None:
    found = [f"{name}:{where}" for name, source in _sources()
             for where in extra_writes(source, name)]
    assert found == [], "write it through fields.keep_unknown, or make it a field: " \
        + "; ".join(found)


def test_the_one_writer_is_where_the_test_looks_for_it() -> None:
    source = (SRC / HOME[0]).read_text("utf-8")
    assert extra_writes(source, HOME[0]) == []
    assert extra_writes(source, "elsewhere.py") != []  # (it does write: it is the home)


PLANTED = {
    "item": "release.extra['review_comments'] = table",
    "self.release item": "self.release.extra[KEY] = {'k': 'resolved'}",
    "nested item": "release.extra['marks']['k'] = 'open'",
    "setdefault": "release.extra.setdefault('release_time_written', text)",
    "update": "release.extra.update({'k': 1})",
    "pop": "partner.release.extra.pop('k', None)",
    "del": "del release.extra['k']",
    "assign": "release.extra = {'k': 1}",
    "augmented": "release.extra |= {'k': 1}",
    "annotated": "release.extra: dict[str, object] = {}",
    "another name": "draft.extra['k'] = 1",
    "constructed": "made = Release(headline='x', extra={'k': 1})",
    "replaced": "made = replace(release, extra={'k': 1})",
    "in a function": "def f(release):\n    release.extra['k'] = 1\n",
    "a function named like the home": "def keep_unknown(release):\n    release.extra['k'] = 1\n",
}


@pytest.mark.parametrize("what", sorted(PLANTED))
def test_a_planted_write_is_found(what: str) -> None:
    assert extra_writes(PLANTED[what], "review/resolved.py") != [], what


def test_reading_the_extras_and_other_records_extras_are_no_writes() -> None:
    clean = "\n".join([
        "stored = release.extra.get('review_comments')",
        "keys = list(release.extra)",
        "fields.keep_unknown(release, 'reviewer', value)",
        "contact.extra = {k: v for k, v in item.items() if k not in known}",
        "conventions.extra = dict(data)",
        "made = Conventions(accent='#000', extra=now.extra)",
        "return replace(link, fingerprint=fingerprint, extra=extra)",
    ])
    assert extra_writes(clean, "document.py") == []


@pytest.mark.parametrize("name", [spec.name for spec in fields.FIELDS] + ["format", "version"])
def test_the_one_writer_refuses_a_field_s_name(name: str) -> None:
    release = make_release()
    with pytest.raises(ValueError, match="field"):
        fields.keep_unknown(release, name, "hidden")
    assert name not in release.extra


def test_the_one_writer_keeps_or_replaces_an_unknown_key() -> None:
    release = make_release()
    fields.keep_unknown(release, "reviewer", "Lee")
    fields.keep_unknown(release, "reviewer", "Dana", replace=False)
    assert release.extra == {"reviewer": "Lee"}
    fields.keep_unknown(release, "reviewer", "Dana")
    assert release.extra == {"reviewer": "Dana"}


# -- the review comments marked: a field of the table --------------------------------------

comments = st.builds(Comment, st.sampled_from(["Lee Park", "Dana Reyes", "王芳"]),
                     st.sampled_from(["2026-03-05T14:05:00Z", "2026-04-01T09:00:00+08:00"]),
                     st.text(max_size=20), st.text(max_size=12))


@settings(max_examples=examples(60, 40), deadline=None)
@given(st.lists(st.tuples(comments, st.booleans()), max_size=6))
def test_marks_go_through_the_table_and_are_not_content(
        marked: list[tuple[Comment, bool]]) -> None:
    spec = fields.field(KEY)
    assert spec is not None and spec.kind == fields.MARKS
    assert not spec.prints and not spec.kept and not spec.restored
    release = make_release()
    printed, content = fingerprint(release), canonical_content(release)
    expected: dict[str, bool] = {}
    for comment, resolved in marked:
        changed = mark(release, comment, resolved)
        assert changed == (expected.get(comment_key(comment)) != resolved)
        expected[comment_key(comment)] = resolved
    assert release.extra == {}  # (in the field, nowhere else)
    assert decisions(release) == expected
    assert fingerprint(release) == printed and canonical_content(release) == content
    again = document.loads(document.dumps(release), "story.release")
    assert decisions(again) == expected and again.review_comments == release.review_comments
    data = json.loads(document.dumps(release))
    assert (KEY in data) == bool(expected)  # (written only when set: a file as before)


@pytest.mark.parametrize("damaged", [
    {"a" * 32: "resolved", "b" * 32: "maybe"}, {"c" * 32: 3}, {"d" * 32: ["open"]},
    ["x"], "resolved", 7, [1, 2]])
def test_a_file_with_damaged_marks_is_refused_in_one_sentence_and_kept(
        tmp_path: Path, damaged: object) -> None:
    """Marks a hand edit broke are refused as any damaged field is: one sentence naming
    the field, and the file as it was (dropping them unseen at the next save lost them)."""
    release = make_release()
    data = json.loads(document.dumps(release))
    data[KEY] = damaged
    story = tmp_path / "story.release"
    story.write_text(json.dumps(data), encoding="utf-8")
    before = story.read_bytes()
    with pytest.raises(FileFormatError) as raised:
        document.load(story)
    sentence = str(raised.value)
    assert KEY in sentence and "damaged" in sentence and "\n" not in sentence
    assert story.read_bytes() == before


def test_marks_that_are_marks_load_and_none_is_none(tmp_path: Path) -> None:
    release = make_release()
    data = json.loads(document.dumps(release))
    story = tmp_path / "story.release"
    for held, expected in (({"a" * 32: "resolved", "d" * 32: "open"},
                            {"a" * 32: "resolved", "d" * 32: "open"}), (None, {}), ({}, {})):
        data[KEY] = held
        story.write_text(json.dumps(data), encoding="utf-8")
        loaded = document.load(story)
        assert loaded.review_comments == expected and loaded.extra == {}

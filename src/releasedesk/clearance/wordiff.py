"""Word-by-word comparison of two releases' canonical content, field by field.

Long texts (body, "About") are compared paragraph by paragraph first, then word by word
inside each changed paragraph; Chinese and Japanese characters count as one word each,
as in the word count. The result is a list of FieldChange, printed as text for the
terminal (`[-removed-]{+added+}`, as `git diff --word-diff` marks them) or as a redline
by the editor.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator

from .. import fields
from ..json_values import Json, JsonObject
from ..records import record

SAME, ADDED, REMOVED = "same", "added", "removed"
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+|\s+|[^\w\s]")

@record(frozen=True)
class Piece:
    kind: str  # SAME, ADDED or REMOVED
    text: str


@record(frozen=True)
class FieldChange:
    """One changed field (or paragraph, contact, footer line) and its words."""

    key: str  # the field (fields.py): "headline", "body", "conventions" …; or "other"
    number: int  # paragraph, contact or line number (in the newer text); 0 for a field
    setting: str  # the house-style setting or other key, for "conventions"/"other"
    pieces: tuple[Piece, ...]

    def label(self, translate: Callable[[str], str] = lambda s: s) -> str:
        spec = fields.field(self.key)
        template = spec.change_label if spec is not None else fields.OTHER_LABEL
        return translate(template).format(number=self.number, setting=self.setting)

    @property
    def removed(self) -> str:
        return "".join(p.text for p in self.pieces if p.kind != ADDED)

    @property
    def added(self) -> str:
        return "".join(p.text for p in self.pieces if p.kind != REMOVED)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_pieces(old: str, new: str) -> tuple[Piece, ...]:
    """*old* → *new* as same, removed and added runs of words."""
    a, b = tokens(old), tokens(new)
    pieces: list[Piece] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _add(pieces, SAME, "".join(a[i1:i2]))
            continue
        if i2 > i1:
            _add(pieces, REMOVED, "".join(a[i1:i2]))
        if j2 > j1:
            _add(pieces, ADDED, "".join(b[j1:j2]))
    return tuple(pieces)


def _add(pieces: list[Piece], kind: str, text: str) -> None:
    if not text:
        return
    if pieces and pieces[-1].kind == kind:
        pieces[-1] = Piece(kind, pieces[-1].text + text)
    else:
        pieces.append(Piece(kind, text))


# What a content holds that is no field: its version, and its printed (hashed) part.
_NOT_SHOWN = ("canonical", "printed")


def compare(old: JsonObject, new: JsonObject) -> list[FieldChange]:
    """Every difference between two canonical contents' fields, in export order ([] when
    equal). Contents of two canonical versions are compared on what both hold: a setting
    the older version did not keep is not shown as a change."""
    old, new = _comparable(old, new)
    changes: list[FieldChange] = []
    for key in _ordered_keys(old, new):
        if old.get(key) == new.get(key):
            continue
        before, after = _units(key, old.get(key)), _units(key, new.get(key))
        spec = fields.field(key)
        if spec is not None and spec.kind in fields.NUMBERED_KINDS:
            changes.extend(_compare_lists(key, before, after))
        else:
            changes.extend(_compare_named(key, dict(before), dict(after)))
    return changes


def _comparable(old: JsonObject, new: JsonObject
                ) -> tuple[JsonObject, JsonObject]:
    versions = old.get("canonical", 1), new.get("canonical", 1)
    old = {k: v for k, v in old.items() if k not in _NOT_SHOWN}
    new = {k: v for k, v in new.items() if k not in _NOT_SHOWN}
    if versions[0] != versions[1]:
        common = set(old) & set(new)
        old = {k: v for k, v in old.items() if k in common}
        new = {k: v for k, v in new.items() if k in common}
        a, b = old.get("conventions"), new.get("conventions")
        if isinstance(a, dict) and isinstance(b, dict):
            old["conventions"] = {k: v for k, v in a.items() if k in b}
            new["conventions"] = {k: v for k, v in b.items() if k in a}
    return old, new


def _ordered_keys(old: JsonObject, new: JsonObject) -> list[str]:
    """The fields in the table's order (fields.py), then keys no field of this version has."""
    known = [spec.name for spec in fields.FIELDS]
    extra = sorted((set(old) | set(new)) - set(known))
    return [*known, *extra]


def _units(key: str, value: Json) -> list[tuple[str, str]]:
    """A field as (name, text) units (fields.units); a key no field has, as itself."""
    spec = fields.field(key)
    if spec is None:
        return [] if value is None else [(key, fields.plain(value))]
    return fields.units(spec, value)


def _compare_named(key: str, old: dict[str, str], new: dict[str, str]) -> Iterator[FieldChange]:
    target = key if fields.field(key) is not None else "other"
    for name in [*old, *(n for n in new if n not in old)]:
        if old.get(name) != new.get(name):
            yield FieldChange(target, 0, name, word_pieces(old.get(name, ""),
                                                             new.get(name, "")))


def _compare_lists(key: str, old: list[tuple[str, str]],
                   new: list[tuple[str, str]]) -> Iterator[FieldChange]:
    a, b = [t for _, t in old], [t for _, t in new]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        removed, added = a[i1:i2], b[j1:j2]
        for offset in range(max(len(removed), len(added))):
            before = removed[offset] if offset < len(removed) else ""
            after = added[offset] if offset < len(added) else ""
            # A removed unit is numbered where it stood between the newer units.
            number = j1 + min(offset, max(len(added) - 1, 0)) + 1
            yield FieldChange(key, number, "", word_pieces(before, after))


def format_text(changes: list[FieldChange], width: int = 0,
                translate: Callable[[str], str] = lambda s: s) -> str:
    """The changes for a terminal: a label line (its words through *translate*: the
    command line's language), then the words with [-…-] and {+…+}."""
    out: list[str] = []
    for change in changes:
        out.append(change.label(translate))
        marked = "".join(_mark(piece) for piece in change.pieces)
        out.extend(f"    {line}" for line in marked.split("\n"))
    return "\n".join(out) + ("\n" if out else "")


def _mark(piece: Piece) -> str:
    if piece.kind == REMOVED:
        return f"[-{piece.text}-]"
    if piece.kind == ADDED:
        return f"{{+{piece.text}+}}"
    return piece.text


def summary(changes: list[FieldChange], limit: int = 3) -> str:
    """A short line naming what changed: "Headline: “Tidewater” → “Tidewater North”; …"."""
    parts = []
    for change in changes[:limit]:
        removed = " ".join(p.text.strip() for p in change.pieces if p.kind == REMOVED)
        added = " ".join(p.text.strip() for p in change.pieces if p.kind == ADDED)
        if removed and added:
            words = f"“{_clip(removed)}” → “{_clip(added)}”"
        elif added:
            words = f"added “{_clip(added)}”"
        else:
            words = f"removed “{_clip(removed)}”"
        parts.append(f"{change.label()}: {words}")
    more = len(changes) - limit
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def _clip(text: str, size: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"

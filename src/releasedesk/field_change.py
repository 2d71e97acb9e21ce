"""A change to one field of a release, as the editor sends it, and the one place that
writes such a change into a release.

A ``FieldChange`` names a field of the table (fields.py) or one of the table's compounds
(``fields.COMPOUNDS``: the embargo's moment and zone, an event's start, end and zone, a
correction's link, the house style) and carries its new value: for a compound, a tuple
of its parts' values in the compound's order. ``read`` gives a field's value as a change
carries it, a copy that later edits of the release cannot reach; ``write`` copies a
change's value in, so the release never holds a list or a record a widget also holds.

The editor's form applies every change through ``write`` (gui/form/release_form.py,
``ReleaseForm.apply``): no widget or command of the editor assigns to a release.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable

from . import fields
from .model import Release
from .records import record


@record(frozen=True)
class FieldChange:
    """The new *value* of the field (or compound) *name*; *label* names the undo step (None:
    the field's own, "Change Headline")."""

    name: str
    value: object
    label: str | None = None


def parts(name: str) -> tuple[str, ...]:
    """The table's fields a change of *name* sets (a compound's parts, else *name*)."""
    return fields.COMPOUNDS.get(name, (name,))


def is_known(name: str) -> bool:
    """Whether a change may name *name*: a compound, or a field of the table."""
    return name in fields.COMPOUNDS or fields.field(name) is not None


def read(release: Release, name: str) -> object:
    """The value of *name* in *release* as a change carries it, copied."""
    _check(name)
    if name in fields.COMPOUNDS:
        return tuple(_frozen(part, _get(release, part)) for part in parts(name))
    return _frozen(name, getattr(release, name))


def frozen(name: str, value: object) -> object:
    """*value* for *name* as ``read`` would give it: lists as tuples, records copied."""
    _check(name)
    if name in fields.COMPOUNDS:
        values = tuple(fields.items_of(value, object))
        if len(values) != len(parts(name)):
            raise ValueError(f"{name} takes {len(parts(name))} values, not {len(values)}")
        return tuple(_frozen(part, item) for part, item in zip(parts(name), values,
                                                                strict=True))
    return _frozen(name, value)


def write(release: Release, change: FieldChange) -> None:
    """Copy the change's value into *release* (the one writer of the editor's changes)."""
    value = frozen(change.name, change.value)
    if change.name in fields.COMPOUNDS:
        for part, item in zip(parts(change.name), fields.items_of(value, object), strict=True):
            _put(release, part, _thawed(part, item))
    else:
        _put(release, change.name, _thawed(change.name, value))


def differences(release: Release, other: Release, names: Iterable[str],
                label: str | None = None) -> list[FieldChange]:
    """The changes (named *label*) that make *release*'s fields *names* read as *other*'s."""
    return [FieldChange(name, read(other, name), label) for name in names
            if read(release, name) != read(other, name)]


# -- the copies ---------------------------------------------------------------------------

def _check(name: str) -> None:
    if not is_known(name):
        raise KeyError(f"no field or compound of the table is called {name!r}")


def _kind(name: str) -> str | None:
    spec = fields.field(name)
    return spec.kind if spec is not None else None


def _frozen(name: str, value: object) -> object:
    if _kind(name) == fields.PHOTOS:  # (each photo's image bytes shared: never changed)
        return tuple(copy.copy(photo) for photo in fields.items_of(value, object))
    if isinstance(value, (list, tuple)):
        return tuple(copy.deepcopy(list(value)))
    return copy.deepcopy(value)


def _thawed(name: str, value: object) -> object:
    if _kind(name) == fields.PHOTOS:
        return [copy.copy(photo) for photo in fields.items_of(value, object)]
    if isinstance(value, tuple):
        return copy.deepcopy(list(value))
    return copy.deepcopy(value)


def _get(release: Release, path: str) -> object:
    target: object = release
    for step in path.split("."):
        target = getattr(target, step)
    return target


def _put(release: Release, path: str, value: object) -> None:
    *steps, last = path.split(".")
    target: object = release
    for step in steps:
        target = getattr(target, step)
    current = getattr(target, last)
    if isinstance(current, list) and isinstance(value, list):
        current[:] = value  # (the release keeps its list: who holds it sees the change)
    else:
        setattr(target, last, value)

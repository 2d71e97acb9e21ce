"""Plain data classes without generated code.

``dataclasses`` writes Python source for the methods of every class it decorates and
compiles it (about half a millisecond a class); with thirty such classes on the editor's
start-up path that was a measurable part of every start. ``record`` gives the same
constructor (positional or keyword arguments, defaults, ``Factory`` defaults), equality,
hashing for frozen records, and repr, all from one shared implementation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar, dataclass_transform, overload

T = TypeVar("T")


class _Fresh:
    """The marker a ``Factory`` default leaves in the class body."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], object]) -> None:
        self.make = make


def Factory(factory: Callable[[], T]) -> T:
    """A default made fresh for each instance, like ``field(default_factory=...)``.

    Pass it by keyword, ``Factory(factory=list)``: type checkers read field specifiers'
    arguments by name (PEP 681).
    """
    return _Fresh(factory)  # type: ignore[return-value]  # a marker record() replaces


@overload
def record(cls: type[T], /) -> type[T]: ...
@overload
def record(*, frozen: bool = False,
           uncompared: Iterable[str] = ()) -> Callable[[type[T]], type[T]]: ...


# Declared as a dataclass-like transform, so type checkers know each record's constructor.
@dataclass_transform(field_specifiers=(Factory,))
def record(cls: type[T] | None = None, /, *, frozen: bool = False,
           uncompared: Iterable[str] = ()) -> type[T] | Callable[[type[T]], type[T]]:
    """Decorate a class whose annotated attributes are its fields, in order."""

    def build(cls: type[T]) -> type[T]:
        names = tuple(cls.__dict__.get("__annotations__", {}))  # noqa: RUF063 (no inspect import)
        defaults: dict[str, object] = {}
        for name in names:
            if name in cls.__dict__:
                defaults[name] = cls.__dict__[name]
                if isinstance(defaults[name], _Fresh):
                    delattr(cls, name)
        compared = tuple(name for name in names if name not in set(uncompared))
        title = cls.__name__
        known = frozenset(names)
        count = len(names)

        def __init__(self: object, *args: object, **kwargs: object) -> None:
            if len(args) > count:
                raise TypeError(f"{title}() takes at most {count} arguments")
            values = dict(zip(names, args, strict=False))
            for key in kwargs:
                if key not in known or key in values:
                    raise TypeError(f"{title}() got an unexpected or repeated argument {key!r}")
            values.update(kwargs)
            if len(values) < count:
                for name in names:
                    if name in values:
                        continue
                    if name not in defaults:
                        raise TypeError(f"{title}() is missing the argument {name!r}")
                    value = defaults[name]
                    values[name] = value.make() if isinstance(value, _Fresh) else value
            # (the instance's own dict, in the fields' order: a frozen record's
            # __setattr__ refuses, and one update is a third of the cost of each set)
            self.__dict__.update({name: values[name] for name in names})

        def __eq__(self: object, other: object) -> bool:
            if other.__class__ is not self.__class__:
                return NotImplemented
            return all(getattr(self, name) == getattr(other, name) for name in compared)

        def __repr__(self: object) -> str:
            fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
            return f"{title}({fields})"

        # The record's methods, set once here: that is what the decorator is for.
        cls.__init__ = __init__  # type: ignore[method-assign]  # the decorator's job
        cls.__eq__ = __eq__  # type: ignore[method-assign]  # the decorator's job
        cls.__repr__ = __repr__  # type: ignore[method-assign]  # the decorator's job
        cls.__record_fields__ = names  # type: ignore[attr-defined]  # read by fields_of
        if frozen:
            def __setattr__(self: object, name: str, value: object) -> None:
                raise AttributeError(f"{title} is frozen: cannot set {name!r}")

            def __hash__(self: object) -> int:
                return hash(tuple(getattr(self, name) for name in compared))

            cls.__setattr__ = __setattr__  # type: ignore[method-assign]  # frozen
            cls.__hash__ = __hash__  # type: ignore[method-assign]  # frozen: hashable
        else:
            cls.__hash__ = None  # type: ignore[assignment]  # mutable: unhashable, as dataclasses
        return cls

    return build if cls is None else build(cls)


def fields_of(instance_or_class: object) -> tuple[str, ...]:
    """The field names of a record, in order."""
    names: tuple[str, ...] = getattr(instance_or_class, "__record_fields__")  # noqa: B009 (set by record)
    return names


def as_dict(instance: object) -> dict[str, object]:
    """The record's fields and values (shallow)."""
    return {name: getattr(instance, name) for name in fields_of(instance)}


def replace(instance: T, **changes: object) -> T:
    """A copy of *instance* with some fields changed."""
    return instance.__class__(**{**as_dict(instance), **changes})

"""The writers' bytes kept for a test module that exports the same release many times.

Writers are pure (tests/test_pure_writers.py, tests/test_writers_read_nothing.py): the
same layout and context give the same bytes. A module whose tests are about something
else (the fingerprint, the commands' messages, how names print) but export one release
again and again, in every case or every Hypothesis example, can use the
``shared_writer_output`` fixture (conftest.py): each writer's call is looked up by its
complete input (the layout, the context and any other argument, pickled) and runs only for
an input not seen before in the module. A changed release is a changed input and is written anew, so
a test comparing exports still sees every difference.

Not for modules about the writers' own runs (same bytes twice, threads, the PDF engine,
fonts): those must run the writer every time, and they do not use it.

A photo's web copies (media/copies.make_web_copies: a decode and a Lanczos resize per width,
made again by every export, since an export keeps them only for its own life) are kept the
same way by the ``shared_photo_copies`` fixture, by the complete photo: for a module whose
tests export releases with photos many times and are about something else (which copies a
folder holds, what a refusal says), not about the copies' pixels or names.
"""

from __future__ import annotations

import functools
import importlib
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

import pytest

from releasedesk.model import Photo

# Each writer, where the formats' table (render/__init__.py) finds it at every call.
WRITERS = (
    ("releasedesk.render.html_writer", "write_html"),
    ("releasedesk.render.html_writer", "write_fragment"),
    ("releasedesk.render.docx_writer", "write_docx"),
    ("releasedesk.render.text_writer", "write_txt"),
    ("releasedesk.render.pdf_writer", "write_pdf"),
    ("releasedesk.render.email_writer", "write_eml"),
    ("releasedesk.render.ics_writer", "write_ics"),
    ("releasedesk.render.package_writer", "write_package"),
)


class Writer(Protocol):
    def __call__(self, *args: object, **kwargs: object) -> bytes: ...


class Memo:
    """The bytes each writer gave, by writer and complete input; counts what it saved."""

    def __init__(self) -> None:
        self.kept: dict[tuple[str, bytes], bytes] = {}
        self.hits = 0
        self.runs = 0

    def wrap(self, name: str, write: Writer) -> Writer:
        @functools.wraps(write)
        def kept_or_written(*args: object, **kwargs: object) -> bytes:
            try:
                key = (name, pickle.dumps((args, sorted(kwargs.items())), protocol=5))
            except (pickle.PicklingError, TypeError, AttributeError):
                self.runs += 1
                return write(*args, **kwargs)  # (an input that cannot be keyed: written)
            found = self.kept.get(key)
            if found is not None:
                self.hits += 1
                return found
            self.runs += 1
            data = self.kept[key] = write(*args, **kwargs)
            return data

        return kept_or_written


class PhotoCopiesMaker(Protocol):
    def __call__(self, photo: Photo, /) -> dict[int, bytes]: ...


class CopiesMemo:
    """The web copies made of each complete photo (every field pickled); counts what it saved."""

    def __init__(self, make: PhotoCopiesMaker) -> None:
        self.make = make
        self.kept: dict[bytes, dict[int, bytes]] = {}
        self.hits = 0
        self.runs = 0

    def __call__(self, photo: Photo, /) -> dict[int, bytes]:
        key = pickle.dumps(photo, protocol=5)
        found = self.kept.get(key)
        if found is not None:
            self.hits += 1
            return dict(found)  # (a copy: the export's PhotoCopies keeps its own)
        self.runs += 1
        made = self.kept[key] = self.make(photo)
        return dict(made)


@contextmanager
def kept_photo_copies() -> Iterator[CopiesMemo]:
    """Each photo's web copies kept by the complete photo until the block ends (see above)."""
    from releasedesk.media import copies

    memo = CopiesMemo(copies.make_web_copies)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(copies, "make_web_copies", memo)
        yield memo


@contextmanager
def kept_writers() -> Iterator[Memo]:
    """Every writer kept by its complete input until the block ends (see above)."""
    memo = Memo()
    with pytest.MonkeyPatch.context() as patch:
        for module_name, name in WRITERS:
            module = importlib.import_module(module_name)
            patch.setattr(module, name, memo.wrap(f"{module_name}.{name}",
                                                  getattr(module, name)))
        yield memo

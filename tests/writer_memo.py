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
"""

from __future__ import annotations

import functools
import importlib
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

import pytest

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

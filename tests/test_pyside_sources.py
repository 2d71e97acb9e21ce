"""PySide6 is told from a module's name whether it uses PySide6, not by reading its source
(gui/basics/pyside_sources.py): the editor's start reads none of our modules' sources, and the
answer is the one PySide6's own check would give."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

import releasedesk
from releasedesk.gui.basics.pyside_sources import uses_pyside

SOURCE = Path(releasedesk.__file__).parent


def _our_modules() -> list[str]:
    names = []
    for path in sorted(SOURCE.rglob("*.py")):
        parts = path.relative_to(SOURCE.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


@pytest.mark.parametrize("name", _our_modules())
def test_our_modules_are_answered_by_their_place(name: str) -> None:
    answer = uses_pyside(ModuleType(name))
    assert answer is (name == "releasedesk.gui" or name.startswith("releasedesk.gui."))


def test_the_answer_is_pysides_own_for_every_widget_module_and_core_module() -> None:
    # PySide6's check: the word "PySide6" in the source. Every module under gui/ that
    # imports anything of Qt says it; no module of the core does in code (the contracts).
    for name in _our_modules():
        module = importlib.import_module(name)
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        imports_qt = "from PySide6" in source or "import PySide6" in source
        if imports_qt:
            assert uses_pyside(module) is True, name
        elif not name.startswith("releasedesk.gui"):
            assert uses_pyside(module) is False, name


@pytest.mark.parametrize("name", ["os", "os.path", "json", "json.decoder", "logging.handlers",
                                  "xml.etree.ElementTree", "email.parser", "sys", "re"])
def test_standard_library_modules_do_not_use_pyside(name: str) -> None:
    assert uses_pyside(ModuleType(name)) is False


@pytest.mark.parametrize("name", ["PySide6.QtCore", "shiboken6", "docx", "weasyprint", "PIL",
                                  "releasedeskextra", "releasedesk_plugin", "gui", ""])
def test_other_modules_keep_pysides_own_check(name: str) -> None:
    assert uses_pyside(ModuleType(name)) is None


CHILD = textwrap.dedent("""
    import linecache, sys
    from releasedesk.editor import load_editor
    app = load_editor()
    read = sorted(name for name in linecache.cache if "releasedesk" in name)
    import shibokensupport.feature as feature
    table = feature.pyside_feature_dict
    print(len(read), table.get("releasedesk.gui.app.main_window"), table.get("releasedesk.model"))
    # A module of ours imported later (the photos panel, when its section unfolds) too.
    from releasedesk.gui.form.photos_panel import PhotoReader
    from releasedesk.render.docx_writer import write_docx
    print(sum("releasedesk" in name for name in linecache.cache),
          table.get("releasedesk.gui.form.photos_panel"),
          table.get("releasedesk.render.docx_writer"))
""")


def test_the_editors_import_reads_no_source_of_ours() -> None:
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                         check=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.split()
    read, widgets, core, read_later, panel, writer = out
    assert read == read_later == "0"  # before: each module of ours after PySide6 was read
    # PySide6's bookkeeping as its own check would keep it: 0 "uses PySide6, no feature",
    # -1 "does not" (the core: its modules are named again by the widgets' imports).
    assert (widgets, panel, writer, core) == ("0", "0", "-1", "-1")

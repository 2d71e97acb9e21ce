"""Spare PySide6 reading the source of each of our modules as the editor imports them.

After every import, PySide6 decides whether the new module uses it, for its optional
``from __feature__ import …`` (snake_case names, true properties): it reads the module's
whole source (``inspect.getsource``) and looks for the word "PySide6". For the editor's
start that is some 110 of our modules read from disk and held in Python's line cache:
~10 ms of CPU and ~2 MiB at the start's peak, to learn what the package already says —
the widgets under ``releasedesk.gui`` use PySide6, the Qt-free core never does (the
import contracts in pyproject.toml), nor does Python's standard library (the modules our
imports name again after PySide6 is in, ~40 more sources read). Nothing of ours imports
``__feature__``, so the answer only decides the same default either way; giving it from
the module's name keeps PySide6's bookkeeping as it was and skips the reading.

Other libraries' modules keep PySide6's own check. Called by the editor's start (editor.
load_editor), after PySide6 is imported and before the window's modules are: never as a
side effect of an import (see releasedesk/startup.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (PySide6's import hook is installed with it)

PACKAGE = "releasedesk"
WIDGETS = "releasedesk.gui"
_FEATURE_MODULE = "shibokensupport.feature"  # PySide6's own, made by its loader


def uses_pyside(module: ModuleType) -> bool | None:
    """Whether a module of ours or of Python's standard library uses PySide6 (from its
    name); None for any other module (PySide6 reads its source)."""
    name = getattr(module, "__name__", "")
    if not isinstance(name, str):
        return None
    if name == PACKAGE or name.startswith(PACKAGE + "."):
        return name == WIDGETS or name.startswith(WIDGETS + ".")
    if name.partition(".")[0] in sys.stdlib_module_names:
        return False  # (the standard library never imports PySide6)
    return None


def answer_from_names() -> bool:
    """Install the name-based answer for our modules; False where this PySide6 has no such
    check (nothing to spare: the editor runs as before)."""
    feature = sys.modules.get(_FEATURE_MODULE)
    check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(check):
        return False
    if getattr(check, "_releasedesk", False):
        return True  # (installed already: a second start in the same process)
    own_check: Callable[[ModuleType], bool] = check

    def by_name(module: ModuleType) -> bool:
        ours = uses_pyside(module)
        return own_check(module) if ours is None else ours

    by_name._releasedesk = True  # type: ignore[attr-defined]  # (marks the installed one)
    vars(feature)["_mod_uses_pyside"] = by_name  # (PySide6's own hook, replaced)
    return True

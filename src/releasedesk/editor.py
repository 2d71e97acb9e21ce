"""The editor's import, as its start does it (``releasedesk``, the bundle, the benchmarks).

Here, above both, so that startup.py (the process tweaks) and gui/ (which uses them)
do not import each other; gui/__init__ (the core modules, before PySide6) is imported
inside lasting_objects like the rest of the editor.
"""

from __future__ import annotations

from types import ModuleType

from .startup import lasting_objects, map_large_blocks_apart


def load_editor() -> ModuleType:
    """Import the editor (releasedesk.gui.app.launch) with its modules frozen (startup.py).

    Raises ImportError when Qt is missing or broken.
    """
    map_large_blocks_apart()  # (before the editor's modules and Qt: see startup.py)
    with lasting_objects():
        # The core, then PySide6; then PySide6 is told which of our modules use it rather
        # than reading each one's source as it is imported (gui/basics/pyside_sources.py).
        from .gui.basics import pyside_sources

        pyside_sources.answer_from_names()
        from .gui.app import launch as app
    return app

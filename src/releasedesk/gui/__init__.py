"""The editor: widgets only. They call the Qt-free layers; those never import from here.

The Qt-free core is imported here, before PySide6: once PySide6 is loaded it hooks Python's
import machinery and every later import pays for the hook, which made the editor's start-up
measurably slower when the core came second.
"""

from .collector import lasting_objects

with lasting_objects():  # start-up: see collector.py
    from .. import checks, document, profiles, recovery, settings  # noqa: F401
    from ..render import html_writer, layout, text_writer  # noqa: F401

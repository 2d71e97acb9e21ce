"""The editor: widgets only. They call the Qt-free layers; those never import from here.

The Qt-free core is imported here, before PySide6 and with collection paused (collector.py).
PySide6 hooks Python's import machinery; importing it first made the whole start-up ~3% more
instructions (callgrind, same inputs).
"""

from .collector import lasting_objects

with lasting_objects():  # start-up: see collector.py
    from .. import checks, document, profiles, recovery, settings  # noqa: F401
    from ..render import html_writer, layout, text_writer  # noqa: F401

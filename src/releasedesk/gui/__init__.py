"""The editor: widgets only. They call the Qt-free layers; those never import from here.

The Qt-free core is imported here, before PySide6. PySide6 hooks Python's import
machinery; importing it first made the whole start-up ~3% more instructions (callgrind,
same inputs). Nothing here changes the process (see releasedesk/startup.py).
"""

from .. import checks, document, profiles, recovery, settings  # noqa: F401
from ..render import html_writer, layout, text_writer  # noqa: F401

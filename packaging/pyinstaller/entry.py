"""The bundled programs' entry point: `releasedesk` (the command, as after a pip install)
and `releasedesk-editor` (the editor alone, built without a console window on Windows)."""

import sys
from pathlib import Path

from releasedesk.cli import editor_main, main

if __name__ == "__main__":
    editor = Path(sys.executable).stem.lower().endswith("-editor")
    sys.exit(editor_main() if editor else main())

"""The bundled program's entry point: the same `releasedesk` command as a pip install."""

import sys

from releasedesk.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""`python -m releasedesk`: the `releasedesk` command (a release file alone, or nothing,
opens the editor)."""

from __future__ import annotations

if __name__ == "__main__":  # (imported by a tool that walks every module: nothing runs)
    from .cli import main

    raise SystemExit(main())

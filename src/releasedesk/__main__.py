"""`python -m releasedesk`: the `releasedesk` command (a release file alone, or nothing,
opens the editor)."""

from __future__ import annotations

from .cli import main

raise SystemExit(main())

"""The moment an export says it was made: now, or SOURCE_DATE_EPOCH when it is set.

Exports that record when they were made (the Word document's properties, the manifest)
take the time from here, so that a build system — or a test — that sets
SOURCE_DATE_EPOCH (reproducible-builds.org) gets the same bytes from the same release.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime


def export_moment() -> datetime:
    """Aware, to the second: SOURCE_DATE_EPOCH (seconds since 1970, UTC) if set and valid,
    else the local time now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except (OverflowError, OSError, ValueError):
            pass
    return datetime.now().astimezone().replace(microsecond=0)

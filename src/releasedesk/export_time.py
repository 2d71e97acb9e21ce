"""The moment an export says it was made: now, or SOURCE_DATE_EPOCH when it is set.

Exports that record when they were made (the Word document's properties, the manifest)
take the time from here, so that a build system — or a test — that sets
SOURCE_DATE_EPOCH (reproducible-builds.org) gets the same bytes from the same release.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime

from .errors import N_, ReleaseDeskError

MALFORMED = N_('SOURCE_DATE_EPOCH is "{value}", which is no moment: it should be a whole '
               "number of seconds since 1970-01-01 UTC (up to the year 9999); set it so, or "
               "unset it.")


def export_moment() -> datetime:
    """Aware, to the second: SOURCE_DATE_EPOCH (seconds since 1970, UTC) if set, else the
    local time now. A value that is no such number is refused (ReleaseDeskError), as
    reproducible-builds.org asks: the exports would silently stop being reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return datetime.now().astimezone().replace(microsecond=0)
    if re.fullmatch(r"[0-9]{1,12}", epoch):
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except (OverflowError, OSError, ValueError):
            pass
    from .field_rules import escaped  # (a line break in it prints as \n: one line)

    raise ReleaseDeskError(MALFORMED, value=escaped(epoch[:40]))

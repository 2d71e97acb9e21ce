"""How many examples a property test draws: more on a developer's run, fewer in CI.

A developer's run draws new random examples each time, so a large count keeps exploring.
CI runs under the "ci" profile (tests/conftest.py), which is derandomized: every run draws
the same examples, and a repeat finds nothing the first run did not. There the count only
needs to cover the invariant's cases once (never fewer than 40), which keeps `make test`
within its time budget (issue 26).
"""

from __future__ import annotations

import os

CI = os.environ.get("RELEASEDESK_HYPOTHESIS_PROFILE") == "ci"
FLOOR = 40


def examples(local: int, ci: int) -> int:
    """*local* examples on a developer's run, *ci* (at least FLOOR, at most *local*) in CI."""
    return min(local, max(ci, FLOOR)) if CI else local

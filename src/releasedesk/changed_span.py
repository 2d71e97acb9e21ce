"""Where two versions of a text (or of any sequence: the preview's units) differ: the part
between what they start and end with alike. Review marks a change by it, the suggestions
place one, tracked changes in formatted text and the preview's patch narrow their work
to it."""

from __future__ import annotations

from collections.abc import Sequence


def changed_span(old: Sequence[object], new: Sequence[object]) -> tuple[int, int, int]:
    """Where *new* differs from *old*: (start, its end in *old*, its end in *new*); what
    is alike at the start and at the end is as long as it can be, and they do not overlap."""
    start = 0
    most = min(len(old), len(new))
    while start < most and old[start] == new[start]:
        start += 1
    end = 0
    while end < most - start and old[-1 - end] == new[-1 - end]:
        end += 1
    return start, len(old) - end, len(new) - end

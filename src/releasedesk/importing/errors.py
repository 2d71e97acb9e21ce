"""The one error an import raises: a sentence saying what is wrong with the draft."""

from __future__ import annotations

from ..errors import ReleaseDeskError


class DraftError(ReleaseDeskError):
    """The draft cannot be imported; the message says why and what to do instead."""

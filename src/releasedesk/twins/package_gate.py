"""Which language versions go into the web team's package with the release exported.

The package is what the web team publishes, so a version goes in only when it is fit to
publish beside the release: none of its text is still marked to translate, and, when the
release itself is approved, it is approved too. A version held back is named, with why,
in the readiness findings and by `releasedesk export`; the link stays as it is.
"""

from __future__ import annotations

from ..model import Release
from ..workflow import APPROVED, PUBLISHED
from .marks import TEXT_FIELDS, TO_TRANSLATE

TO_TRANSLATE_LEFT = "to_translate"
NOT_APPROVED = "not_approved"
_CLEARED = (APPROVED, PUBLISHED)


def held_back(own_status: str, version: Release, version_status: str) -> str:
    """Why *version* stays out of the package of a release whose status is *own_status*
    ("" when it goes in)."""
    if any(TO_TRANSLATE in str(getattr(version, name, "")) for name in TEXT_FIELDS):
        return TO_TRANSLATE_LEFT
    if own_status in _CLEARED and version_status not in _CLEARED:
        return NOT_APPROVED
    return ""

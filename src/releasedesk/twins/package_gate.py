"""Which language versions go into the web team's package with the release exported.

The package is what the web team publishes, so a version goes in only when it is fit to
publish beside the release: it has a headline and a body (a version just made by
`releasedesk twin` has neither until it is written), none of its text is still marked to
translate, and, when the
release itself is approved, it is approved too; and it is in a language of its own (a
second release in the release's language, or in another version's, is no language
version: the web team would get a folder "en-2" and two pages claiming one hreflang). A
version held back is named, with why,
in the readiness findings and by `releasedesk export`; the link stays as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Release
from ..render.hreflang import hreflang
from ..workflow import APPROVED, PUBLISHED
from .marks import TO_TRANSLATE, TRANSLATED_FIELDS

TO_TRANSLATE_LEFT = "to_translate"
NOT_WRITTEN = "not_written"  # no headline or no body yet: a page of nothing
NOT_APPROVED = "not_approved"
SAME_LANGUAGE = "same_language"
_CLEARED = (APPROVED, PUBLISHED)


def held_back(own_status: str, version: Release, version_status: str,
              taken: Iterable[str] = ()) -> str:
    """Why *version* stays out of the package of a release whose status is *own_status*
    ("" when it goes in); *taken*: the languages already in it (the release's, then each
    version's that went in before this one)."""
    if _tag(version.language) in {_tag(language) for language in taken}:
        return SAME_LANGUAGE
    if not version.headline.strip() or not version.body.strip():
        return NOT_WRITTEN
    if any(TO_TRANSLATE in str(getattr(version, name, "")) for name in TRANSLATED_FIELDS):
        return TO_TRANSLATE_LEFT
    if own_status in _CLEARED and version_status not in _CLEARED:
        return NOT_APPROVED
    return ""


def _tag(language: str) -> str:
    return hreflang(language or "en").lower()

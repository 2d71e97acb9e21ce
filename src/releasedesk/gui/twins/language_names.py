"""A language's name in the interface language: "English" in an English interface, 英文 in
a Chinese one (the newsroom's pages name each language in itself; the editor's own words
name it as the reader of the interface says it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...errors import N_
from ...language_tag import primary
from ...twins.words import LANGUAGE_WORDS

# A language's variants the view tells apart (a release may have a version in zh-CN and
# one in zh-TW), by tag in lower case; a language alone is named as the readiness findings
# name it (twins/words.LANGUAGE_WORDS). Marked N_: lupdate files them under the empty
# context, as the core's words.
VARIANTS: dict[str, str] = {
    "zh-cn": N_("Chinese (Simplified)"), "zh-hans": N_("Chinese (Simplified)"),
    "zh-sg": N_("Chinese (Simplified)"), "zh-tw": N_("Chinese (Traditional)"),
    "zh-hant": N_("Chinese (Traditional)"), "zh-hk": N_("Chinese (Hong Kong)"),
    "zh-mo": N_("Chinese (Macao)"),
}


def interface_name(tag: str) -> str:
    """*tag*'s language named in the interface language; a tag it does not know as it is
    (an English variant is "English", its region left to the tag shown beside it)."""
    lowered = tag.strip().lower().replace("_", "-")
    name = VARIANTS.get(lowered) or (LANGUAGE_WORDS.get(primary(tag)) if lowered else None)
    return QCoreApplication.translate("", name) if name else tag.strip() or "?"

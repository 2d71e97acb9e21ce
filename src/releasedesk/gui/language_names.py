"""A language's name in the interface language: "English" in an English interface, 英文 in
a Chinese one (the newsroom's pages name each language in itself; the editor's own words
name it as the reader of the interface says it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..errors import N_

# (marked N_: lupdate files them under the empty context, as the core's words)
# By tag, lower case: a region first, then the language alone.
NAMES: dict[str, str] = {
    "zh-cn": N_("Chinese (Simplified)"),
    "zh-hans": N_("Chinese (Simplified)"),
    "zh-sg": N_("Chinese (Simplified)"),
    "zh-tw": N_("Chinese (Traditional)"),
    "zh-hant": N_("Chinese (Traditional)"),
    "zh-hk": N_("Chinese (Hong Kong)"),
    "zh-mo": N_("Chinese (Macao)"),
    "zh": N_("Chinese"),
    "en": N_("English"),
    "fr": N_("French"),
    "de": N_("German"),
    "es": N_("Spanish"),
    "pt": N_("Portuguese"),
    "it": N_("Italian"),
    "nl": N_("Dutch"),
    "ja": N_("Japanese"),
    "ko": N_("Korean"),
    "ar": N_("Arabic"),
    "ru": N_("Russian"),
}


def interface_name(tag: str) -> str:
    """*tag*'s language named in the interface language; a tag it does not know as it is
    (an English variant is "English", its region left to the tag shown beside it)."""
    lowered = tag.strip().lower().replace("_", "-")
    name = NAMES.get(lowered) or NAMES.get(lowered.split("-")[0])
    return QCoreApplication.translate("", name) if name else tag.strip() or "?"

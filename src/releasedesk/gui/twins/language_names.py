"""A language's name in the interface language: "English" in an English interface, 英文 in
a Chinese one, a variant as a user names it, "English (US)" (the newsroom's pages name
each language in itself; the editor's own words name it as the reader of the interface
says it)."""

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
    # (the English variants as the release's details name them: "English (UK)")
    "en-us": N_("English (US)"), "en-gb": N_("English (UK)"), "en-ca": N_("English (Canada)"),
    "en-au": N_("English (Australia)"), "fr-ca": N_("French (Canada)"),
    "zh-cn": N_("Chinese (Simplified)"), "zh-hans": N_("Chinese (Simplified)"),
    "zh-sg": N_("Chinese (Simplified)"), "zh-tw": N_("Chinese (Traditional)"),
    "zh-hant": N_("Chinese (Traditional)"), "zh-hk": N_("Chinese (Hong Kong)"),
    "zh-mo": N_("Chinese (Macao)"),
}


def interface_name(tag: str) -> str:
    """*tag*'s language named in the interface language ("English (US)" for en-US); a
    region it does not know is left out ("English" for en-IE: see choice_names), and a
    tag of a language it does not know is shown as it is."""
    lowered = tag.strip().lower().replace("_", "-")
    name = VARIANTS.get(lowered) or (LANGUAGE_WORDS.get(primary(tag)) if lowered else None)
    return QCoreApplication.translate("", name) if name else tag.strip() or "?"


def choice_names(tags: list[str]) -> list[str]:
    """Each of *tags* as a list to choose from names it: by its name alone where that names
    it apart ("English (US)", "French"); with its tag after the name where the name would
    say less than the tag (a region it does not know: "English — en-IE") or where two tags
    have one name ("Chinese (Simplified) — zh-Hans")."""
    names = [interface_name(tag) for tag in tags]
    shown = []
    for tag, name in zip((t.strip() for t in tags), names, strict=True):
        whole = primary(tag) == tag.lower() or name != interface_name(primary(tag))
        apart = whole and names.count(name) == 1
        shown.append(name if apart or name == tag else f"{name} — {tag}")
    return shown

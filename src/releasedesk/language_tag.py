"""What a release's language tag says, read one way everywhere.

A tag is BCP 47 ("en", "en-GB", "zh-CN", "zh-Hant-TW"), or a locale name as a desktop
gives it ("zh_CN"); its first subtag is the language, whatever follows is region or
script. An empty tag means English. Every check of "is this Chinese?" and every "same
language?" between versions asks here, so "zha" (Zhuang) is never taken for Chinese and
"zh_CN" never for a language of its own.
"""

from __future__ import annotations

from .errors import N_
from .patterns import compiled

# Languages by their primary subtag, named in the interface language (zh-CN → "Chinese"):
# the readiness findings' words and the editor's names of a language alone
# (gui/widgets/language_names.py names the variants).
LANGUAGE_WORDS = {"en": N_("English"), "zh": N_("Chinese"), "fr": N_("French"),
                  "de": N_("German"), "es": N_("Spanish"), "pt": N_("Portuguese"),
                  "it": N_("Italian"), "nl": N_("Dutch"), "ja": N_("Japanese"),
                  "ko": N_("Korean"), "ar": N_("Arabic"), "ru": N_("Russian")}

# A tag a language version may carry: its language two or three letters (ISO 639: "fr",
# "zh", "yue"), then region, script or variant subtags. "French" or "english" is not one:
# the page's lang and hreflang say a language by its code.
_VERSION_TAG = compiled(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def primary(tag: str) -> str:
    """The language without its region or script, lower case: zh-CN → zh, en_GB → en,
    "" → en."""
    return (tag.strip() or "en").replace("_", "-").split("-")[0].lower()


def is_chinese(tag: str) -> bool:
    """Whether *tag* names Chinese, in any script or region."""
    return primary(tag) == "zh"


def names_a_language(tag: str) -> bool:
    """Whether *tag* ("zh-CN", "fr", "en_GB") starts with a language code of two or three
    letters, as a new language version's tag must."""
    return _VERSION_TAG.fullmatch(tag.strip().replace("_", "-")) is not None


def date_style_of(language: str) -> str:
    """The date style offices writing *language* use: 25 November 2026 in British and
    Commonwealth English, Nov. 25, 2026 (AP) in American and Canadian, 年月日 in Chinese;
    a release in one language never prints its dates in another's form (render/words.py)."""
    tag = language.strip().replace("_", "-").lower()
    if is_chinese(tag):
        return "zh"
    if tag in ("en-gb", "en-au", "en-nz", "en-ie", "en-in", "en-za", "en-sg", "en-hk"):
        return "dmy"
    return "ap"

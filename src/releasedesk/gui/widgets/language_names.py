"""A language's name in the interface language, the one home of it in the editor: "English
(US)" in an English interface, 英文（美国） in a Chinese one, wherever a user picks or reads
the language of a release, a house style or a language version (the form, the first
start's set-up, the house-style dialog, New Language Version, the comparison). The file
keeps the code; a code the editor has no name for is shown as it is, and kept. (The
newsroom's pages name each language in itself: newsroom/index_page.py.)"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from ...errors import N_
from ...language_tag import LANGUAGE_WORDS, primary
from ..basics.enum_properties import set_enum_property
from .quiet_inputs import QuietComboBox

# A language's variants the editor tells apart, by tag in lower case; a language alone is
# named as the readiness findings name it (language_tag.LANGUAGE_WORDS). Chinese is named
# by its script, and a region's variant by script and region ("Chinese (Traditional, Hong
# Kong)", never a region beside two scripts). Marked N_: lupdate files them under the
# empty context, as the core's words.
VARIANTS: dict[str, str] = {
    "en-us": N_("English (US)"), "en-gb": N_("English (UK)"), "en-ca": N_("English (Canada)"),
    "en-au": N_("English (Australia)"), "fr-ca": N_("French (Canada)"),
    "zh-cn": N_("Chinese (Simplified)"), "zh-hans": N_("Chinese (Simplified)"),
    "zh-sg": N_("Chinese (Simplified, Singapore)"), "zh-tw": N_("Chinese (Traditional)"),
    "zh-hant": N_("Chinese (Traditional)"), "zh-hk": N_("Chinese (Traditional, Hong Kong)"),
    "zh-mo": N_("Chinese (Traditional, Macao)"),
}

# Qt.ItemDataRole.ToolTipRole as its number: the form's box is made at every start, and
# the first use of a name in Qt's namespace builds all of its enums.
_TIP_ROLE = 3

# What a release's or a house style's language field offers (any other tag may be typed):
# the set-up's (house_setup.LANGUAGES) and English without a region.
RELEASE_LANGUAGES = ("en", "en-US", "en-GB", "en-CA", "en-AU", "zh-CN")


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


def reading_name(tag: str) -> str:
    """*tag* named for reading alone: its name, with the tag after it where the name would
    say less than the tag ("English — en-IE")."""
    return choice_names([tag])[0]


class LanguageBox(QuietComboBox):
    """A language to pick by its name (choice_names of *tags*, each item's tag in its tip),
    or a tag to type: `code()` is the tag of the item whose name is shown, else the text
    as typed. `show_code` shows a tag's item, or the tag itself when no item has exactly
    that tag (a file's "en-us" or "fr-BE" is shown and kept as it is). *codeChanged* says
    the code whenever the text shown changes."""

    codeChanged = Signal(str)

    def __init__(self, parent: QWidget | None, tags: tuple[str, ...] | list[str]) -> None:
        super().__init__(parent)
        self.setEditable(True)
        # Enter in the box must not add what was typed as an item of its own (with no tag)
        set_enum_property(self, "insertPolicy", "NoInsert")
        for tag, name in zip(tags, choice_names(list(tags)), strict=True):
            self.addItem(name, tag)
            self.setItemData(self.count() - 1, tag, _TIP_ROLE)
        self.currentTextChanged.connect(lambda _text: self.codeChanged.emit(self.code()))

    def code(self) -> str:
        """The language shown: the tag of the item named so, else the text typed."""
        text = self.currentText().strip()
        index = self.findText(text)  # (exactly, case and all: Qt's default)
        data = self.itemData(index) if index >= 0 and text else None
        return data if isinstance(data, str) else text

    def show_code(self, tag: str) -> None:
        """Show *tag*: its item's name, or the tag as it is."""
        index = self.findData(tag)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(tag)

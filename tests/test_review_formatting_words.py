"""A reviewer's formatting change is named in words of the interface's language.

Found by the tester: the Suggestions panel of a Chinese interface, and `releasedesk
review` in Chinese, said "none → b" or "b, i → i": Word's own names for the properties.
They now read "无 → 加粗" (and "none → bold" in English); the review keeps Word's names
as its record.
"""

from __future__ import annotations

import re

import pytest

from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.cli_review import revision_line, suggestion_line
from releasedesk.gui.review.review_panel import ReviewPanel
from releasedesk.model import Release
from releasedesk.review import items as k
from releasedesk.review import read_review
from releasedesk.review.formatting_words import _WORDS, formatting_words
from releasedesk.review.sending import review_docx
from review_markup import Markup, w
from test_review_trip import read, sample

_LATIN = re.compile(r"[A-Za-z]")


@pytest.mark.parametrize(("detail", "english", "chinese"), [
    ("none → b", "none → bold", "无 → 加粗"),
    ("b, i → i", "bold, italic → italic", "加粗、倾斜 → 倾斜"),
    ("b, bCs, sz, szCs → i, iCs", "bold, font size → italic", "加粗、字号 → 倾斜"),
    ("rFonts, color → u, highlight", "font, font colour → underline, highlight",
     "字体、字体颜色 → 下划线、突出显示"),
    ("pStyle → pStyle, jc", "paragraph style → paragraph style, alignment",
     "段落样式 → 段落样式、对齐方式"),
    ("w14:glow → none", "w14:glow → none", "w14:glow → 无"),  # no word: Word's name stays
])
def test_properties_are_named_in_words(detail: str, english: str, chinese: str) -> None:
    assert formatting_words(detail, "en") == english
    assert formatting_words(detail, "zh_CN") == chinese


@pytest.mark.parametrize("name", sorted(_WORDS))
def test_every_known_property_has_a_chinese_word_without_latin_letters(name: str) -> None:
    english, chinese = _WORDS[name]
    assert english and chinese and not _LATIN.search(chinese)
    assert formatting_words(f"{name} → none", "zh-CN") == f"{chinese} → 无"


def _bold_change() -> tuple[Markup, Release]:
    release = sample()
    m = Markup(review_docx(release, fingerprint(release)))
    m.bold("headline", 0, 8)
    for run in m.paragraphs("headline")[0].iter(w("r")):  # (italic and bold, as Word does)
        properties = run.find(w("rPr"))
        if properties is not None and properties.find(w("b")) is not None:
            properties.insert(1, properties.makeelement(w("i"), {}))
    return m, release


def test_the_command_line_names_them_in_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    m, release = _bold_change()
    data = m.bytes()
    [revision] = read_review(data, "reviewed.docx").revisions
    assert revision.detail == "none → b, i"  # (the record keeps Word's names)
    [suggestion] = read(release, data).suggestions
    assert suggestion.kind == k.FORMATTING
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "zh_CN")
    assert "无 → 加粗、倾斜" in revision_line(revision)
    assert "无 → 加粗、倾斜" in suggestion_line(suggestion, 0)
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "en")
    assert "(none → bold, italic)" in revision_line(revision)
    assert "(none → bold, italic)" in suggestion_line(suggestion, 0)


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(("language", "words"), [("zh_CN", "无 → 加粗、倾斜"),
                                                 ("en", "none → bold, italic")])
def test_the_panel_names_them_in_its_language(language: str, words: str) -> None:
    panel = ReviewPanel(language)
    try:
        assert panel.detail_words(k.FORMATTING, "none → b, i") == words
        assert panel.detail_words(k.PARAGRAPH_FORMATTING, "none → b, i") == words
        assert panel.detail_words(k.MARK_DELETED, "the end of this paragraph") == \
            "the end of this paragraph"  # (no translator installed here: as written)
    finally:
        panel.deleteLater()

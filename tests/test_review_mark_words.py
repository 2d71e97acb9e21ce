"""Where a deleted paragraph mark stands ("this paragraph and the next") is said in the
user's language: in the Suggestions panel of a Chinese interface and in `releasedesk
review` in Chinese (it read in English in both, found by screenshot)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.cli_review import revision_line
from releasedesk.gui.basics import i18n
from releasedesk.review import read_review
from releasedesk.review.sending import review_docx
from review_markup import Markup
from test_review_trip import sample


def _details() -> list[str]:
    release = sample()
    m = Markup(review_docx(release, fingerprint(release)))
    m.delete_mark("body", 0)
    review = read_review(m.bytes(), "reviewed.docx")
    details = [revision.detail for revision in review.revisions if revision.detail]
    assert details == ["this paragraph and the next"], details
    return details


def test_the_command_line_says_it_in_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    release = sample()
    m = Markup(review_docx(release, fingerprint(release)))
    m.delete_mark("body", 0)
    [revision] = [r for r in read_review(m.bytes(), "reviewed.docx").revisions if r.detail]
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "zh_CN")
    assert "本段与下一段" in revision_line(revision)
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "en")
    assert "this paragraph and the next" in revision_line(revision)


@pytest.mark.usefixtures("qapp")
def test_the_panel_says_it_in_chinese() -> None:
    qm = i18n.translation_file("zh_CN")
    assert qm is not None
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        # (the panel translates a change's detail under the core's empty context)
        assert [QCoreApplication.translate("", d) for d in _details()] == ["本段与下一段"]
        assert QCoreApplication.translate("", "the end of this paragraph") == "本段末尾"
    finally:
        QCoreApplication.removeTranslator(translator)


DETAILS = ["this paragraph and the next", "the end of this paragraph",
           "text outside the fields: it changes no field"]


@pytest.mark.parametrize("detail", DETAILS)
@pytest.mark.parametrize("code", ["zh_CN", "en"])
def test_a_detail_stands_in_its_language_s_brackets(monkeypatch: pytest.MonkeyPatch,
                                                    detail: str, code: str) -> None:
    # (smoke15: a Chinese line gave "（不属于任何字段）" then "(字段以外的文字：…)")
    from releasedesk.cli_review import suggestion_line
    from releasedesk.review.suggestions import Suggestion

    monkeypatch.setenv("RELEASEDESK_LANGUAGE", code)
    line = suggestion_line(Suggestion(field="", kind="insertion", before="", after="Note",
                                      author="Lee Park", date="", detail=detail), 0)
    aside = line.split("→", 1)[1]
    if code == "zh_CN":
        assert "（" in aside and "）" in aside and "(" not in aside and ")" not in aside
    else:
        assert f"  ({detail})" in aside

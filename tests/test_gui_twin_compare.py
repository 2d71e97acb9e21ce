"""Compare with Language Version as a bilingual press officer uses it (issue 28, walk 2):
the contacts and footer compared, rows sized to their text from the first show, the facts
that differ said in words and highlighted, going from a row to the editor, Next
Difference, labels at the top and readable when selected, Mark as Aligned asking first
and shown on both sides, Markdown shown as it reads, language names and plurals in the
interface language."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.basics import i18n, scheme, tones
from releasedesk.gui.twins.compare_cells import HIGHLIGHT, HTML_ROLE, plain, reading_runs
from releasedesk.gui.twins.twin_compare import (
    CHANGED_BACKGROUND,
    CompareWindow,
    highlight_on,
)
from releasedesk.messages import sentences
from releasedesk.model import FooterLine
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings
from releasedesk.twins.align import Row, paragraphs
from releasedesk.twins.marks import TO_TRANSLATE
from twin_samples import pair

from gui_helpers import FakePrompts, cell, heading, opens, went

EN_FIRST = ("The Fernhollow District Administration will open the **Tidewater Ferry Terminal** "
            "at 2 p.m. on Wednesday, Nov. 25. See [the ferry page](https://fernhollow.example/"
            "ferry).")
ZH_FIRST = ("芬霍洛区行政公署将于11月25日（星期三）下午3时启用*潮水渡轮码头*，详见"
            "[渡轮网页](https://fernhollow.example/ferry)。")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(main)
    yield main
    if main.twin_commands.compare_window is not None:
        main.twin_commands.compare_window.close()
    main.manager.modified = False
    main.close()


@pytest.fixture
def english_plurals(qapp: QApplication) -> Iterator[None]:
    translator = i18n.install_english_plurals(qapp)
    assert translator is not None
    yield
    QCoreApplication.removeTranslator(translator)


def planted(folder: Path, untranslated: bool = False) -> tuple[Path, Path]:
    """The sample pair with what the officer met: the Chinese says 下午3时 where the English
    says 2 p.m., a contact's phone differs, both have a footer; Markdown in the body."""
    en_path, zh_path = pair(folder)
    english, chinese = document.load(en_path), document.load(zh_path)
    english.body = "\n\n".join([EN_FIRST, *paragraphs(english.body)[1:]])
    chinese.body = "\n\n".join([ZH_FIRST, *paragraphs(chinese.body)[1:]])
    chinese.contacts[0].phone = "0510-8555 0119"
    english.footer = [FooterLine("Fernhollow District Administration"),
                      FooterLine("Privacy", "https://fernhollow.example/privacy")]
    chinese.footer = [FooterLine("芬霍洛区行政公署"),
                      FooterLine("隐私", "https://fernhollow.example/privacy")]
    if untranslated:
        chinese.boilerplate = f"{TO_TRANSLATE} {english.boilerplate}"
    document.save(english, en_path)
    document.save(chinese, zh_path)
    return en_path, zh_path


def agreeing(folder: Path) -> tuple[Path, Path]:
    """The sample pair with the Chinese stating the English's every fact: its shuttle
    paragraph ("every 20 minutes") translated too."""
    en_path, zh_path = pair(folder)
    chinese = document.load(zh_path)
    *before, last = paragraphs(chinese.body)
    chinese.body = "\n\n".join([*before, "开通当天，免费接驳巴士每20分钟从旧码头发车。", last])
    document.save(chinese, zh_path)
    return en_path, zh_path


def open_compare(window: MainWindow, path: Path, qtbot: QtBot, width: int = 1100) -> CompareWindow:
    assert opens(window, path)
    view = window.twin_commands.compare()
    assert view is not None
    view.resize(width, 680)
    qtbot.waitExposed(view)
    return view


def row_number(view: CompareWindow, field: str, part: str = "", here: int | None = 0) -> int:
    return next(k for k, row in enumerate(view.rows)
                if row.field == field and row.part == part and row.here == here)


def sized(view: CompareWindow) -> bool:
    table = view.table
    return all(table.rowHeight(k) == max(table.sizeHintForRow(k),
                                         table.verticalHeader().sectionSizeHint(k))
               for k in range(table.rowCount()))


# -- 1. the contacts and the footer -------------------------------------------------------

def test_compare_goes_on_to_the_contacts_and_the_footer(window: MainWindow, tmp_path: Path,
                                                        qtbot: QtBot) -> None:
    _en, zh_path = planted(tmp_path)
    view = open_compare(window, zh_path, qtbot)
    fields = [row.field for row in view.rows]
    assert fields.index("contacts") > fields.index("boilerplate")
    assert fields.index("footer") > fields.index("contacts")
    parts = [row.part for row in view.rows if row.field == "contacts"]
    assert parts == ["name", "role", "organization", "phone", "email"]
    phone = row_number(view, "contacts", "phone")
    assert view.rows[phone].facts_differ
    assert cell(view.table, phone, 1).text() == "0510-8555 0119"
    assert cell(view.table, phone, 2).text() == "0510-8555 0118"
    assert "phone number: 0510-8555 0119 ↔ 0510-8555 0118" in \
        cell(view.table, phone, 0).text()
    assert not view.rows[row_number(view, "contacts", "email")].facts_differ
    footer = [(cell(view.table, k, 1).text(), cell(view.table, k, 2).text())
              for k, row in enumerate(view.rows) if row.field == "footer"]
    assert footer == [("芬霍洛区行政公署", "Fernhollow District Administration"),
                      ("隐私 <https://fernhollow.example/privacy>",
                       "Privacy <https://fernhollow.example/privacy>")]
    assert cell(view.table, row_number(view, "footer"), 0).text().startswith("Footer line 1")


def test_a_contact_part_given_on_one_side_only_is_flagged_or_shown_missing(
        window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    en_path, zh_path = planted(tmp_path)
    chinese = document.load(zh_path)
    chinese.contacts[0].role = ""
    chinese.contacts[0].email = ""
    document.save(chinese, zh_path)
    view = open_compare(window, en_path, qtbot)
    role, email = row_number(view, "contacts", "role"), row_number(view, "contacts", "email")
    assert (cell(view.table, role, 1).text(), cell(view.table, role, 2).text()) == \
        ("Press Officer", "(none)")
    assert not view.rows[role].facts_differ  # (a role is no fact)
    assert view.rows[email].facts_differ
    assert "e-mail address: press@fernhollow.example ↔ not stated" in \
        cell(view.table, email, 0).text()


# -- 2. rows sized to their text ------------------------------------------------------------

@pytest.mark.parametrize("width", [700, 1100, 1600])
def test_rows_are_sized_to_their_text_from_the_first_show(window: MainWindow, tmp_path: Path,
                                                          qtbot: QtBot, width: int) -> None:
    _en, zh_path = planted(tmp_path)
    view = open_compare(window, zh_path, qtbot, width)
    qtbot.waitUntil(lambda: sized(view), timeout=2000)
    line = QFontMetrics(view.table.font()).lineSpacing()
    dateline = row_number(view, "dateline")
    assert view.table.rowHeight(dateline) <= 2 * line + 12  # one line, not 300 px
    first = [view.table.rowHeight(k) for k in range(view.table.rowCount())]
    view.refresh()
    assert [view.table.rowHeight(k) for k in range(view.table.rowCount())] == first
    body = row_number(view, "body")
    before = view.table.rowHeight(body)
    assert view.width() > 480
    view.resize(420, 680)  # (narrower: the paragraph takes more lines)
    qtbot.waitUntil(lambda: sized(view) and view.table.rowHeight(body) > before, timeout=2000)


# -- 3. which facts differ ------------------------------------------------------------------

def test_a_row_whose_facts_differ_says_which_and_highlights_them(
        window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    en_path, zh_path = planted(tmp_path)
    for path, mine, theirs in ((zh_path, "下午3时", "2 p.m."), (en_path, "2 p.m.", "下午3时")):
        view = open_compare(window, path, qtbot)
        first = row_number(view, "body")
        label = cell(view.table, first, 0)
        assert f"time: {mine} ↔ {theirs}" in label.text()
        assert f"time: {mine} ↔ {theirs}" in label.toolTip()
        assert label.foreground().color() == QColor("#b00020")
        for column, value in ((1, mine), (2, theirs)):
            html = cell(view.table, first, column).data(HTML_ROLE)
            found = re.search(f'<span style="background-color:{HIGHLIGHT}">(.*?)</span>', html)
            assert found is not None and found.group(1) == value
        same = row_number(view, "body", here=2)
        assert not view.rows[same].facts_differ
        assert "background-color" not in cell(view.table, same, 1).data(HTML_ROLE)
        view.close()


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    before = QGuiApplication.palette()
    qapp.setPalette(scheme.dark_palette())
    yield
    qapp.setPalette(before)


_SPAN = re.compile(r'<span style="background-color:(#[0-9a-fA-F]{6})">(.*?)</span>')


def test_differing_facts_read_under_a_dark_scheme(dark: None, window: MainWindow,
                                                  tmp_path: Path, qtbot: QtBot) -> None:
    """The light pink of a differing value, under the light text of a dark scheme, left the
    very facts to check unreadable: the highlight is a dark tint there, on either ground."""
    text = QGuiApplication.palette().color(QPalette.ColorRole.Text).name()
    for changed in (False, True):
        ground = scheme.fill(CHANGED_BACKGROUND) if changed else scheme.ground()
        fill = highlight_on(changed)
        assert tones.contrast(text, fill) >= 4.5
        assert fill != ground and tones.is_dark(fill)
    en_path, zh_path = planted(tmp_path)
    for path in (zh_path, en_path):
        view = open_compare(window, path, qtbot)
        spans = [_SPAN.search(str(cell(view.table, k, column).data(HTML_ROLE) or ""))
                 for k in range(view.table.rowCount()) for column in (1, 2)]
        found = [span for span in spans if span is not None]
        assert found
        assert all(tones.contrast(text, span.group(1)) >= 4.5 for span in found)
        view.close()


def test_next_difference_then_enter_goes_to_that_row_in_the_editor(
        window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    """F8 and Enter as an officer presses them, to whatever has the keys: Enter went to the
    focused Refresh button before, which laid the rows out anew and went nowhere."""
    _en, zh_path = planted(tmp_path)
    view = open_compare(window, zh_path, qtbot)
    asked: list[Row] = []
    view.jumpRequested.connect(asked.append)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    differing = [k for k, row in enumerate(view.rows) if row.facts_differ or row.changed]
    assert differing
    for press, expected in enumerate([*differing, differing[0]]):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_F8)  # type: ignore[no-untyped-call]  # pytest-qt's
        rows = view.table.rowCount()
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]  # pytest-qt's
        assert asked[press:] == [view.rows[expected]]
        assert view.table.rowCount() == rows and view.table.currentRow() == expected
        view.activateWindow()  # (the editor took the keys for the paragraph)
        qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    assert not any(button.autoDefault() for button in view.findChildren(QPushButton))


# -- 4. going to the editor ----------------------------------------------------------------

def _cursor_text(window: MainWindow, editor_text: str, position: int) -> str:
    return " ".join(editor_text[position:position + 40].split())


@pytest.mark.parametrize("markdown_view", [False, True])
def test_a_row_goes_to_its_paragraph_in_the_editor(window: MainWindow, tmp_path: Path,
                                                   qtbot: QtBot, markdown_view: bool) -> None:
    en_path, _zh = planted(tmp_path)
    assert opens(window, en_path)
    if markdown_view:
        window.form.body.view_action.trigger()
    view = open_compare(window, en_path, qtbot)
    body = paragraphs(window.manager.release.body)
    for number, row in enumerate(view.rows):
        if row.field != "body":
            continue
        view.jump(number)
        editor = window.form.body.editor
        at = editor.textCursor().position()
        shown = " ".join(editor.toPlainText()[at:].split())
        index = row.here if row.here is not None else None
        assert index is not None  # (the English has every paragraph)
        words = plain(reading_runs(body[index], True)).split()[:3]
        if markdown_view:
            assert shown.startswith(" ".join(body[index].split()[:3]))
        else:
            assert shown.startswith(" ".join(words)), (shown[:60], words)
    phone = row_number(view, "contacts", "phone")
    view.jump(phone)
    assert (window.form.contacts.table.currentRow(),
            window.form.contacts.table.currentColumn()) == (0, 3)


def test_double_click_and_enter_jump_and_an_untranslated_row_goes_before_it(
        window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    _en, zh_path = planted(tmp_path)
    view = open_compare(window, zh_path, qtbot)
    asked: list[Row] = []
    view.jumpRequested.connect(asked.append)
    table = view.table
    second = row_number(view, "body", here=1)
    table.scrollToItem(cell(table, second, 1))
    rect = table.visualRect(table.model().index(second, 1))
    where = rect.center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,  # type: ignore[no-untyped-call]  # pytest-qt's
                     pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton,  # type: ignore[no-untyped-call]  # pytest-qt's
                      pos=where)
    assert asked == [view.rows[second]]
    table.setCurrentCell(row_number(view, "headline"), 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]  # pytest-qt's
    assert asked[-1].field == "headline"
    # the English shuttle-bus paragraph has no Chinese yet: the cursor goes to the Chinese
    # paragraph before it, where its translation belongs
    alone = next(k for k, row in enumerate(view.rows) if row.field == "body" and row.here is None)
    before = view.rows[alone - 1].here
    assert before is not None
    view.jump(alone)
    editor = window.form.body.editor
    shown = " ".join(editor.toPlainText()[editor.textCursor().position():].split())
    expected = plain(reading_runs(paragraphs(window.manager.release.body)[before], True))
    assert shown.startswith(expected[:8])


def test_next_difference_visits_each_differing_row_in_turn(window: MainWindow,
                                                           tmp_path: Path, qtbot: QtBot) -> None:
    _en, zh_path = planted(tmp_path)
    view = open_compare(window, zh_path, qtbot)
    differing = [k for k, row in enumerate(view.rows) if row.facts_differ or row.changed]
    assert len(differing) >= 2
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    visited = []
    for press in range(len(differing) + 1):
        if press % 2:
            qtbot.keyClick(view.table, Qt.Key.Key_F8)  # type: ignore[no-untyped-call]  # pytest-qt's
        else:
            view.next_button.click()
        visited.append(view.table.currentRow())
    assert visited == [*differing, differing[0]]
    assert "F8" in view.next_button.toolTip()


# -- 5. the label: at the top, readable when selected -------------------------------------

def _red_rows(image: QImage, left: int, top: int, width: int, height: int) -> list[int]:
    rows = []
    for y in range(top, top + height):
        for x in range(left, left + width):
            colour = image.pixelColor(x, y)
            if colour.red() > 120 and colour.green() < 90 and colour.blue() < 100:
                rows.append(y)
                break
    return rows


@pytest.mark.parametrize("selected", [False, True])
def test_a_flagged_label_stands_at_the_top_and_stays_red_when_selected(
        window: MainWindow, tmp_path: Path, qtbot: QtBot, selected: bool) -> None:
    _en, zh_path = planted(tmp_path)
    view = open_compare(window, zh_path, qtbot, width=620)  # (tall rows)
    qtbot.waitUntil(lambda: sized(view), timeout=2000)
    table = view.table
    first = row_number(view, "body")
    if selected:
        table.selectRow(first)
    table.scrollToItem(cell(table, first, 0), table.ScrollHint.PositionAtTop)
    qtbot.wait(20)
    rect = table.visualRect(table.model().index(first, 0))
    text_rect = table.visualRect(table.model().index(first, 1))
    assert text_rect.height() > 3 * QFontMetrics(table.font()).lineSpacing()
    image = table.viewport().grab().toImage()
    red = _red_rows(image, rect.left() + 2, rect.top() + 1, rect.width() - 4, rect.height() - 2)
    assert red, "the label is red"
    line = QFontMetrics(table.font()).lineSpacing()
    assert min(red) - rect.top() < line + 6  # at the top, beside the text's first line


# -- 6. Mark as Aligned asks first; the pair's alignment on both sides --------------------

def test_mark_as_aligned_asks_while_facts_differ_or_text_is_untranslated(
        window: MainWindow, tmp_path: Path, qtbot: QtBot, english_plurals: None) -> None:
    _en, zh_path = planted(tmp_path, untranslated=True)
    view = open_compare(window, zh_path, qtbot)
    questions: list[str] = []
    def cancel(text: str, then: Callable[[], object]) -> None:
        questions.append(text)

    view.ask = cancel
    differ = sum(len(row.mismatches) for row in view.rows)
    assert differ >= 2
    view.mark_aligned()
    assert not window.manager.modified
    assert f"{differ} facts still differ between the two versions." in questions[0]
    assert f"1 paragraph still marked {TO_TRANSLATE}." in questions[0]
    assert questions[0].endswith("Mark as aligned anyway?")
    def anyway(text: str, then: Callable[[], object]) -> None:
        questions.append(text)
        then()

    view.ask = anyway
    view.mark_aligned()
    assert window.manager.modified
    assert "Aligned with the English version from this one." in view.state.text()


def test_nothing_open_marks_aligned_without_asking(window: MainWindow, tmp_path: Path,
                                                   qtbot: QtBot) -> None:
    _en, zh_path = agreeing(tmp_path)
    view = open_compare(window, zh_path, qtbot)
    view.ask = lambda text, then: pytest.fail(f"asked: {text}")
    assert view.open_problems() == (0, 0)
    view.mark_aligned()
    assert window.manager.modified


def test_aligning_from_the_chinese_side_shows_on_the_english_side(
        window: MainWindow, tmp_path: Path, qtbot: QtBot, english_plurals: None) -> None:
    en_path, zh_path = agreeing(tmp_path)
    view = open_compare(window, en_path, qtbot)
    assert "Not yet aligned" in view.state.text()
    view.close()
    view = open_compare(window, zh_path, qtbot)
    view.mark_aligned()
    assert window.manager.modified and went(window.manager.save)
    view.close()
    view = open_compare(window, en_path, qtbot)
    assert "The Chinese (Simplified) version was aligned with this one (marked there)." in \
        view.state.text()
    assert "has not changed since" in view.state.text()
    assert view.marked_rows() == []
    chinese = document.load(zh_path)
    chinese.headline = "芬霍洛潮水渡轮码头今日启用"
    chinese.body = chinese.body.replace("3200名", "3300名")
    document.save(chinese, zh_path)
    view.refresh()
    assert [field for field, _ in view.marked_rows()] == ["headline", "body"]
    assert "2 paragraphs of the Chinese (Simplified) version changed since (marked)." in \
        view.state.text()
    assert "1 fact differs between the two." in view.state.text()


def test_the_side_that_aligned_sees_its_own_edits_marked(
        window: MainWindow, tmp_path: Path, qtbot: QtBot, english_plurals: None) -> None:
    """Mark as Aligned, then edit this version: its own paragraph is marked in its column
    (the button promises "marked, on both sides"; tester10 found this side unmarked)."""
    _en_path, zh_path = agreeing(tmp_path)
    view = open_compare(window, zh_path, qtbot)
    view.mark_aligned()
    assert view.marked_here() == [] and view.marked_rows() == []
    view.close()
    headline = window.form.headline
    headline.setFocus()
    headline.end(False)
    QTest.keyClicks(headline, " 2026")  # typed: the one write path takes it to the release
    assert window.form.release.headline.endswith(" 2026")
    again = window.twin_commands.compare()
    assert again is not None
    again.refresh()
    assert again.marked_here() == [("headline", 0)] and again.marked_rows() == []
    assert "1 paragraph of this version changed since (marked)." in again.state.text()
    number = row_number(again, "headline")
    label, mine, theirs = (again.table.item(number, column) for column in range(3))
    assert label is not None and mine is not None and theirs is not None
    assert "changed since aligned" in label.text()
    assert mine.background().color() == QColor(scheme.fill(CHANGED_BACKGROUND))
    assert theirs.background().color() != mine.background().color()
    assert again.next_difference() is not None


# -- 7. Markdown as it reads ------------------------------------------------------------

def test_markdown_is_shown_as_it_reads(window: MainWindow, tmp_path: Path,
                                       qtbot: QtBot) -> None:
    en_path, zh_path = planted(tmp_path)
    english = document.load(en_path)
    english.body += ("\n\n### Opening weekend\n\n> \"A ferry that is always on its way,\" "
                     "said **Imogen Sallow**.\n\n1. Free crossings\n2. Guided *tours*")
    document.save(english, en_path)
    view = open_compare(window, zh_path, qtbot)
    shown = [cell(view.table, k, 2).text() for k, row in enumerate(view.rows)
             if row.field in ("body", "boilerplate")]
    for text in shown:
        assert "**" not in text and "](" not in text and "###" not in text
        assert not text.startswith(">") and "(https://" not in text, text
    assert any("See the ferry page." in text for text in shown)
    assert "Opening weekend" in shown and "1. Free crossings\n2. Guided tours" in shown
    html = [cell(view.table, k, 2).data(HTML_ROLE) for k, row in enumerate(view.rows)
            if row.field == "body"]
    assert any("<b>Tidewater Ferry Terminal</b>" in h for h in html)
    assert any("<i>tours</i>" in h for h in html)
    assert any("<b><i>Imogen Sallow</i></b>" in h or "<i><b>Imogen Sallow</b></i>" in h
               for h in html)
    assert "<script" not in "".join(html)


# -- 8. the interface's words ---------------------------------------------------------------

def test_the_chinese_interface_names_the_language_in_chinese(
        window: MainWindow, tmp_path: Path, qtbot: QtBot, qapp: QApplication) -> None:
    qm = i18n.translation_file("zh_CN")
    assert qm is not None
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        _en, zh_path = planted(tmp_path)
        view = open_compare(window, zh_path, qtbot)
        header = [heading(view.table, k) for k in range(3)]
        assert header[1:] == ["本版本：中文（简体）", "英文版本"]
        assert view.choice.itemText(0).startswith("英文 — ")
        assert "English" not in view.state.text() and "英文版本" in view.state.text()
        assert "时间：下午3时 ↔ 2 p.m." in cell(view.table, row_number(view, "body"), 0).text()
        assert re.search(r"两个版本有 \d+ 处事实不一致。", view.state.text())
        view.ask = lambda text, then: then()
        view.mark_aligned()
        said = view.state.text()
        assert said.startswith("已在本版本中标记与英文版本对齐。上次对齐于 "), said
        assert "。 " not in said
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize(("count", "words"), [(0, "0 facts differ"), (1, "1 fact differs"),
                                              (2, "2 facts differ"), (11, "11 facts differ")])
def test_english_counts_take_their_plural(qapp: QApplication, english_plurals: None,
                                          count: int, words: str) -> None:
    said = QCoreApplication.translate("CompareWindow", "%n fact(s) differ between the two.",
                                      "", count)
    assert said == f"{words} between the two."


def test_the_about_text_and_footer_rows_go_to_their_fields(window: MainWindow, tmp_path: Path,
                                                           qtbot: QtBot) -> None:
    en_path, _zh = planted(tmp_path)
    english = document.load(en_path)
    english.boilerplate = "The Fernhollow District Administration serves 410,000 residents." \
        "\n\nLearn more at [fernhollow.example](https://fernhollow.example)."
    document.save(english, en_path)
    view = open_compare(window, en_path, qtbot)
    for index in (0, 1):
        view.jump(row_number(view, "boilerplate", here=index))
        editor = window.form.boilerplate
        at = editor.textCursor().position()
        assert editor.toPlainText()[at:].startswith(paragraphs(english.boilerplate)[index])
    view.jump(row_number(view, "footer", here=1))
    assert window.form.footer.textCursor().blockNumber() == 1
    assert window.form.footer.textCursor().block().text().startswith("Privacy")


@pytest.mark.parametrize(("parts", "joined"), [
    (("Aligned.", "2 facts differ."), "Aligned. 2 facts differ."),
    (("已对齐。", "有 2 处事实不一致。"), "已对齐。有 2 处事实不一致。"),
    (("已对齐（在该版本中标记）。", "Last."), "已对齐（在该版本中标记）。Last."),
    (("Only one.",), "Only one."),
    (("", "Second."), "Second."),
])
def test_sentences_follow_each_other_as_their_language_writes(parts: tuple[str, ...],
                                                              joined: str) -> None:
    assert sentences(*parts) == joined


def test_the_view_counts_the_facts_readiness_finds(window: MainWindow, tmp_path: Path,
                                                    qtbot: QtBot, english_plurals: None) -> None:
    """The English merges two of the Chinese paragraphs (tester13 M5: each fact of the
    second was said to be not stated here): the view says what readiness says."""
    from releasedesk.checks import twin_findings

    en_path, zh_path = planted(tmp_path)
    english = document.load(en_path)
    first, second, third, *rest = paragraphs(english.body)
    english.body = "\n\n".join([first, f"{second} {third}", *rest])
    document.save(english, en_path)
    for path in (en_path, zh_path):
        view = open_compare(window, path, qtbot)
        found = [f for f in twin_findings(document.load(path), path)
                 if f.code.startswith("twin_fact")]
        shown = [m for row in view.rows for m in row.mismatches]
        assert len(shown) == len(found) >= 2  # (下午3时 ↔ 2 p.m., the contact's phone)
        assert f"{len(found)} facts differ between the two." in view.state.text()
        view.close()

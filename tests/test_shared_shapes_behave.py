"""The shared shapes' homes behave as each of their former copies did, for every place
that uses them, over many inputs (tests/test_shared_shapes_once.py keeps them one).

A difference between two places that once had their own copy (the Readiness panel and
`releasedesk check`, the release date and a correction's date, the embargo's zones and an
event's…) fails here.
"""

from __future__ import annotations

import html
import io
import re
import string
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QMimeData, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from releasedesk import messages
from releasedesk.body import tree as t
from releasedesk.changed_span import changed_span
from releasedesk.checks import TEMPLATES as CHECK_TEMPLATES
from releasedesk.checks import Finding
from releasedesk.clearance.reading import CODE, EMPHASIS, QUOTE, STRONG, styled_html
from releasedesk.errors import Phrase
from releasedesk.gui.basics import i18n
from releasedesk.gui.basics.dialog_guard import answer_buttons
from releasedesk.proofing.findings import TEMPLATES as PROOF_TEMPLATES
from releasedesk.proofing.findings import ProofFinding
from releasedesk.text_html import text_html

from examples import examples
from helpers import make_release

# -- a changed span: review, suggestions, formatted tracked changes, the preview's patch ----

_TEXT = st.text("ab c\n", max_size=12)


@given(_TEXT, _TEXT)
def test_a_changed_span_is_the_least_that_differs(old: str, new: str) -> None:
    start, old_end, new_end = changed_span(old, new)
    assert old[:start] == new[:start] and old[old_end:] == new[new_end:]
    assert start <= old_end and start <= new_end
    if old != new:  # nothing more is alike at either side of what changed
        assert not (start < old_end and start < new_end and old[start] == new[start])
        assert not (old_end > start and new_end > start and old[old_end - 1] == new[new_end - 1])
    else:
        assert old_end - start == new_end - start == 0


@given(st.lists(st.integers(0, 3), max_size=8), st.lists(st.integers(0, 3), max_size=8))
def test_a_changed_span_of_units_is_that_of_their_text(old: list[int], new: list[int]) -> None:
    """The preview's patch compares units as the review compares characters."""
    letters = "wxyz"
    as_text = changed_span("".join(letters[n] for n in old), "".join(letters[n] for n in new))
    assert changed_span(tuple(old), tuple(new)) == as_text


# -- plain text and a formatted run as rich text ----------------------------------------

def _read_back(markup: str) -> str:
    return html.unescape(re.sub(r"<br>", "\n", re.sub(r"<(?!br>)[^>]*>", "", markup)))


@given(st.text(max_size=40))
def test_text_as_rich_text_shows_as_typed(text: str) -> None:
    markup = text_html(text)
    assert "<" not in markup.replace("<br>", "") and "\n" not in markup
    assert _read_back(markup) == text


@given(st.text(max_size=20), st.sets(st.sampled_from([CODE, STRONG, EMPHASIS, QUOTE])))
def test_a_styled_run_is_its_text_in_its_formatting(text: str, styles: set[str]) -> None:
    markup = styled_html(text, frozenset(styles))
    assert _read_back(markup) == text
    inner = text_html(text)
    wrapped = f"<code>{inner}</code>" if CODE in styles else inner
    wrapped = f"<b>{wrapped}</b>" if STRONG in styles else wrapped
    assert markup == (f"<i>{wrapped}</i>" if styles & {EMPHASIS, QUOTE} else wrapped)


def test_the_redline_and_the_compare_view_show_a_run_alike() -> None:
    from releasedesk.clearance.reading import ReadPiece
    from releasedesk.clearance.wordiff import SAME
    from releasedesk.gui.clearance.redline import _styled
    from releasedesk.gui.twins.compare_cells import reading_html

    for styles in (frozenset(), frozenset({STRONG}), frozenset({CODE, EMPHASIS})):
        text = "Ferry <to> Calloway & back\nat 9"
        piece = _styled(ReadPiece(SAME, text, styles))
        cell = reading_html([(text, styles, "")], [])
        assert styled_html(text, styles) in piece and styled_html(text, styles) in cell


# -- a draft's runs: blank edges, outer space, words ------------------------------------------

_INLINE = st.one_of(
    st.builds(t.Text, st.text(" \tab", max_size=4)),
    st.just(t.LineBreak()),
    st.builds(lambda s: t.Strong([t.Text(s)]), st.text(" x", max_size=3)))


@given(st.lists(_INLINE, max_size=6))
def test_a_run_trimmed_has_no_blank_edges_and_keeps_its_middle(nodes: list[t.Inline]) -> None:
    before = list(nodes)
    trimmed = t.trim_inlines(nodes)
    assert nodes == before  # (a new list)
    for edge in (trimmed[:1] + trimmed[-1:]):
        assert not isinstance(edge, t.LineBreak)
        assert not (isinstance(edge, t.Text) and not edge.text.strip())
    if trimmed and isinstance(trimmed[0], t.Text):
        assert trimmed[0].text == trimmed[0].text.lstrip()
    assert t.trim_inlines(trimmed) == trimmed
    assert t.plain_text(trimmed).strip() == t.plain_text(nodes).strip()


@given(_INLINE)
def test_a_run_has_words_when_its_text_has(node: t.Inline) -> None:
    assert t.has_words(node) == bool(t.plain_text([node]).strip())


def test_the_parser_and_a_photo_caption_trim_as_an_import_does() -> None:
    from releasedesk.body.inline import parse_inline
    from releasedesk.render.photos import _tidy

    assert parse_inline("  a *b* c  ") == t.trim_inlines(parse_inline("  a *b* c  "))
    nodes: list[t.Inline] = [t.LineBreak(), t.Text("  caption "), t.LineBreak()]
    assert _tidy(nodes) == t.trim_inlines(nodes) == [t.Text("caption")]


# -- a finding said in Chinese: the panels and the command line ---------------------------

def _arguments(template: str) -> dict[str, object]:
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    args: dict[str, object] = {name: f"〔{name}〕" for name in names - {"weekday"}}
    if "weekday" in names:  # (as the checks give it: its English name and its number)
        args["weekday"], args["weekday_index"] = "Wednesday", 2
    if "dictionary" in names:
        args["dictionary"] = Phrase("American English")
    return args


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    qm = i18n.translation_file("zh_CN")
    assert qm is not None
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_a_readiness_finding_reads_alike_in_the_panel_and_the_command_line(
        chinese: None, qtbot: QtBot) -> None:
    from releasedesk.gui.proofing.readiness import ReadinessPanel

    panel = ReadinessPanel()
    qtbot.addWidget(panel)
    for code, template in CHECK_TEMPLATES.items():
        finding = Finding("error", "headline", code, tuple(_arguments(template).items()))
        said = panel.describe(finding)
        assert said == messages.finding_parts(finding, "zh_CN")[2], code
        assert "〔" not in template or "〔" in said, code


def test_a_proofing_finding_reads_alike_in_the_panel_and_the_command_line(
        chinese: None, qtbot: QtBot) -> None:
    from releasedesk.gui.proofing.proofing_panel import ProofingPanel

    panel = ProofingPanel()
    qtbot.addWidget(panel)
    for code, template in PROOF_TEMPLATES.items():
        finding = ProofFinding("body", 0, 1, "spelling", "warning", code,
                               tuple(_arguments(template).items()))
        said = panel.describe(finding)
        assert said == messages.proof_parts(finding, "zh_CN")[2], code
        assert "American English" not in said, code  # (the dictionary named in Chinese)


@given(st.sampled_from(sorted(CHECK_TEMPLATES)), st.integers(0, 6))
def test_a_sentence_with_a_broken_translation_falls_back_to_english(code: str,
                                                                   day: int) -> None:
    template = CHECK_TEMPLATES[code]
    args = _arguments(template)
    if "weekday_index" in args:
        args["weekday_index"] = day
    english = "the English sentence"
    assert messages.finding_sentence(template, args, english,
                                     lambda text, _: text + "{missing}") == english
    named = messages.finding_sentence(template, args, english,
                                      lambda text, context: f"〈{context}〉{text}")
    assert named.startswith("〈Findings〉")
    if "{weekday}" in template:
        weekdays = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
        assert f"〈ReadinessPanel〉{weekdays[day]}" in named


def test_severity_and_field_read_alike_for_a_check_and_a_proofing_finding() -> None:
    check = Finding("error", "headline", "headline_missing")
    proofed = ProofFinding("headline", 0, 1, "spelling", "error", "spelling",
                           (("found", "teh"), ("dictionary", "en")))
    assert messages.finding_parts(check, "zh_CN")[:2] == messages.proof_parts(proofed,
                                                                               "zh_CN")[:2]


def test_a_list_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    for code, joined in (("zh_CN", "甲、乙"), ("en", "甲, 乙")):
        monkeypatch.setattr(messages, "language", lambda code=code: code)
        assert messages.listed(("甲", "乙")) == joined


# -- the findings' lists: a click goes where the line leads -----------------------------------

def test_every_findings_list_goes_only_where_a_line_leads(qtbot: QtBot) -> None:
    from releasedesk.gui.app.import_report import ImportReportPanel
    from releasedesk.gui.proofing.proofing_panel import ProofingPanel
    from releasedesk.gui.proofing.readiness import ReadinessPanel
    from releasedesk.importing.report import FOUND, ImportReport

    readiness = ReadinessPanel()
    proofing = ProofingPanel()
    report = ImportReportPanel()
    for widget in (readiness, proofing, report):
        qtbot.addWidget(widget)
    readiness.set_findings([Finding("error", "headline", "headline_missing"),
                            Finding("warning", "", "headline_missing")])
    proofing.set_findings([ProofFinding("body", 0, 3, "spelling", "error", "spelling",
                                        (("found", "teh"), ("dictionary", "en"))),
                           ProofFinding("language", 0, 0, "spelling", "error", "spelling_off",
                                        tuple(_arguments(PROOF_TEMPLATES["spelling_off"])
                                              .items()))])
    imported = ImportReport()
    imported.add(FOUND, "headline", "Ferry opens", "the first heading")
    report.show_report(imported)
    went: list[object] = []
    readiness.findingRequested.connect(went.append)
    proofing.findingRequested.connect(went.append)
    report.fieldRequested.connect(went.append)
    for panel in (readiness, proofing, report.list):
        for row in range(panel.count()):
            panel.itemClicked.emit(panel.item(row))
            panel.itemActivated.emit(panel.item(row))
    assert went == [readiness.findings[0]] * 2 + [proofing.findings[0]] * 2 + ["headline"] * 2


# -- a dialog's answer --------------------------------------------------------------------------

@pytest.mark.parametrize("ok_text", ["", "Make Version"])
def test_answer_buttons_accept_and_reject(qtbot: QtBot, ok_text: str) -> None:
    for button, result in ((QDialogButtonBox.StandardButton.Ok, QDialog.DialogCode.Accepted),
                           (QDialogButtonBox.StandardButton.Cancel,
                            QDialog.DialogCode.Rejected)):
        dialog = QDialog()
        qtbot.addWidget(dialog)
        box = answer_buttons(dialog, ok_text=ok_text)
        assert box.button(QDialogButtonBox.StandardButton.Ok).text() == (ok_text or "OK")
        dialog.open()
        box.button(button).click()
        assert dialog.result() == result


# -- Paste as Plain Text, in both views of the body ---------------------------------------------

@pytest.mark.parametrize("view", ["markdown", "formatted"])
@pytest.mark.parametrize("plain", ["Ferry opens", "two\nlines", "<b>tags</b> as text"])
def test_paste_as_plain_text_takes_the_text_in_both_views(qtbot: QtBot, view: str,
                                                          plain: str) -> None:
    from PySide6.QtGui import QKeySequence

    from releasedesk.gui.body.body_editor import BodyEditor

    editor = BodyEditor()
    qtbot.addWidget(editor)
    editor.set_view(view)
    editor.set_markdown("")
    mime = QMimeData()
    mime.setHtml("<p><b>Bold</b> and <i>more</i></p>")
    mime.setText(plain)
    QApplication.clipboard().setMimeData(mime)
    editor.editor.paste_plain()
    assert editor.editor.toPlainText() == plain
    action = editor.editor.paste_plain_action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+V")
    assert action.text() == "Paste as Plain Text"
    editor.editor.clear()
    editor.editor.paste()  # an ordinary paste keeps the formatting
    assert "Bold" in editor.markdown() and "**" in editor.markdown()


# -- a date that may be empty: the release date and a correction's original -------------------

@pytest.fixture
def form(qtbot: QtBot) -> Iterator[object]:
    from releasedesk.gui.form.release_form import ReleaseForm

    made = ReleaseForm()
    qtbot.addWidget(made)
    yield made


@pytest.fixture(scope="module")
def shared_form(qapp: QApplication) -> Iterator[object]:
    from releasedesk.gui.form.release_form import ReleaseForm

    made = ReleaseForm()
    yield made
    made.deleteLater()


@settings(deadline=None, max_examples=examples(100, 40))
@given(st.one_of(st.none(), st.dates(date(2000, 1, 2), date(2099, 12, 31))))
def test_both_date_fields_show_and_give_back_a_day(shared_form: object,
                                                   day: date | None) -> None:
    from releasedesk.gui.form.release_form import ReleaseForm
    from releasedesk.gui.widgets.quiet_inputs import DayEdit, day_of

    assert isinstance(shared_form, ReleaseForm)
    for field in (shared_form.release_date, shared_form.kind_fields.corrects_date):
        assert isinstance(field, DayEdit)
        field.show_day(day)
        assert day_of(field.date()) == day
        assert (field.text() == "No date") == (day is None)
        assert field.displayFormat() == "yyyy-MM-dd" and field.calendarPopup()


# -- the zone list: embargo and event ----------------------------------------------------------

def test_the_embargo_and_the_event_offer_the_same_zones(form: object) -> None:
    from releasedesk.gui.form.release_form import ReleaseForm

    assert isinstance(form, ReleaseForm)
    form.release.conventions.zone = "Asia/Shanghai"
    form.embargo.load_zones()
    form.kind_fields._load_zones()
    combos = (form.embargo.zone, form.kind_fields.event_zone)
    items = [[(c.itemText(i), c.itemData(i)) for i in range(c.count())] for c in combos]
    assert items[0] == items[1] and items[0][0][1] == "Asia/Shanghai"
    settings = set()
    for combo in combos:
        completer = combo.completer()
        assert completer is not None
        settings.add((completer.filterMode(), completer.caseSensitivity(),
                      completer.completionMode()))
    assert len(settings) == 1


# -- the bars above the form -----------------------------------------------------------------

def test_both_notice_bars_show_a_name_as_typed(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from releasedesk.gui.app.disk_notice import DiskNoticeBar
    from releasedesk.gui.app.export_notice import ExportNotice
    from releasedesk.gui.app.main_window import MainWindow
    from releasedesk.recovery import RecoveryStore
    from releasedesk.settings import Settings

    from gui_helpers import FakePrompts

    window = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    for bar, name in ((DiskNoticeBar(window), "diskNotice"), (ExportNotice(window),
                                                              "exportNotice")):
        assert bar.objectName() == name and bar.message.objectName() == name + "Message"
        assert bar.message.textFormat() == Qt.TextFormat.PlainText
        assert bar.accessibleName() and bar.main_window is window
        assert bar.message.wordWrap()


# -- Word: our styles put in place, in the export and the review copy ------------------------

def _style_ids(docx: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        styles = archive.read("word/styles.xml").decode("utf-8")
    return re.findall(r'<w:style [^>]*w:styleId="([^"]+)"', styles)


@pytest.mark.parametrize("accent", ["", "#1a4d8f"])
def test_the_export_and_the_review_copy_hold_each_style_once(accent: str) -> None:
    from releasedesk.clearance.fingerprint import fingerprint
    from releasedesk.exporting import draft_bytes
    from releasedesk.render.docx_styles import STYLE_IDS, release_styles
    from releasedesk.render.typesetting import language_type
    from releasedesk.review.sending import review_docx

    release = make_release()
    release.conventions.accent = accent
    ours = [found for xml in release_styles(accent, language_type(release.language))
            for found in re.findall(r'w:styleId="([^"]+)"', xml)[:1]]
    for docx in (draft_bytes(release, "docx"), review_docx(release, fingerprint(release))):
        ids = _style_ids(docx)
        assert len(ids) == len(set(ids))
        assert set(ours) <= set(ids) and "Title" in ours
    assert STYLE_IDS


# -- a Word package's parts inflated within their room ---------------------------------------

@pytest.mark.parametrize("part, limit", [("word/document.xml", "MAX_XML_BYTES"),
                                         ("word/media/image1.png", "MAX_MEDIA_BYTES")])
def test_a_part_past_its_room_is_refused_alike(monkeypatch: pytest.MonkeyPatch, part: str,
                                               limit: str) -> None:
    from releasedesk.importing import package
    from releasedesk.importing.errors import DraftError

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(part, b"<w:document/>" + b" " * 5000)
        archive.writestr("word/other.xml", b"<x/>")
    monkeypatch.setattr(package, limit, 4000)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        opened = package.Package(archive, "draft.docx")
        with pytest.raises(DraftError) as refused:
            if part.endswith(".xml"):
                opened.read(part)
            else:
                opened.read_media(part, 10_000)
        assert "draft.docx" in str(refused.value)
        if part.endswith(".xml"):  # the room is shared: what was read counts
            monkeypatch.setattr(package, limit, 5100)
            assert opened.read("word/other.xml") == b"<x/>"
            assert opened.inflated == 4


# -- a release file's dates ---------------------------------------------------------------------

@given(st.sampled_from(["release_date", "embargo_until"]),
       st.text("0123456789-:T+Z ab", min_size=1, max_size=12))
def test_a_date_field_reads_or_names_what_it_wants(key: str, value: str) -> None:
    import json

    from releasedesk import document
    from releasedesk.document import FileFormatError

    saved = json.loads(document.dumps(make_release(status="embargoed") if key ==
                                      "embargo_until" else make_release()))
    saved[key] = value
    try:
        release = document.loads(json.dumps(saved).encode(), "story.release")
    except FileFormatError as error:
        said = str(error)
        assert key in said and "story.release" in said
        assert ("2026-11-25" in said) or ("time zone" in said)
    else:
        read = getattr(release, key)
        assert read is not None and str(read)[:4] == value.strip()[:4]


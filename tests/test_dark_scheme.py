"""Issue 27, point 15: the editor follows a dark colour scheme. Our colours are turned to
read on a dark ground (tones.py, any colour, any dark ground), and the window built under
a dark palette, or switched to one while it runs, shows no text that does not contrast
with what is behind it: labels, lists, the body in both views, the three preview tabs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextFormat
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.basics import scheme, tones
from releasedesk.gui.preview.preview_pane import TEXT, WEB, WORD
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from gui_helpers import FakePrompts, opens

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
READS = 4.5  # WCAG AA, for every text of ours
CONTROLS = 3.0  # the style's own texts (buttons, placeholders) against their grounds

channel = st.integers(0, 255)
colours = st.builds(lambda r, g, b: f"#{r:02x}{g:02x}{b:02x}", channel, channel, channel)
dark_grounds = colours.filter(tones.is_dark)


# -- the arithmetic, over any colour ---------------------------------------------------------

@settings(max_examples=400, deadline=None)
@given(colour=colours, ground=dark_grounds, tint=colours)
def test_a_turned_text_colour_reads_on_the_dark_ground_and_on_any_turned_tint(
        colour: str, ground: str, tint: str) -> None:
    text = tones.text_on(colour, ground)
    assert tones.contrast(text, ground) >= READS
    assert tones.contrast(text, tones.fill_on(tint, ground)) >= READS


@settings(max_examples=300, deadline=None)
@given(colour=colours, ground=colours)
def test_a_colour_that_already_reads_is_kept_and_light_grounds_change_nothing(
        colour: str, ground: str) -> None:
    turned = tones.text_on(colour, ground)
    if tones.contrast(colour, ground) >= READS and not tones.is_dark(ground):
        assert turned == colour
    if tones.contrast(colour, ground) >= READS and colour == "#ffffff":
        assert turned == colour
    assert tones.contrast(turned, ground) >= READS or turned in ("#ffffff", "#000000")
    if not tones.is_dark(ground):
        assert tones.fill_on(colour, ground) == colour
        sheet = f"p {{ color: {colour}; background: {colour}; }}"
        assert tones.css_on(sheet, ground) == sheet


@settings(max_examples=200, deadline=None)
@given(words=st.text(alphabet=st.sampled_from(list("ab #:;0f\"'<>=")), max_size=40),
       colour=colours, ground=dark_grounds)
def test_turning_html_changes_style_attributes_only_never_the_text(
        words: str, colour: str, ground: str) -> None:
    from html import escape

    shown = escape(words)
    html = f'<span style="color: {colour}">{shown}</span><p>{shown}</p>'
    turned = tones.html_on(html, ground)
    assert turned.endswith(f">{shown}</span><p>{shown}</p>")
    style = re.match(r'<span style="color: (#[0-9a-f]{6})">', turned)
    assert style is not None
    assert tones.contrast(style.group(1), ground) >= READS


@pytest.mark.parametrize(("sheet", "ground"), [
    ("QFrame { background: #fff3cd; border: 1px solid #e3c26a; } QLabel { color: #3d3000; }",
     "#2d2d2d"),
    ("color: #a02020; background-color: #fbe9e9; text-decoration: line-through;", "#1e1e1e"),
])
def test_a_style_sheet_turned_for_dark_keeps_its_text_readable_on_its_fill(
        sheet: str, ground: str) -> None:
    turned = tones.css_on(sheet, ground)
    fills = re.findall(r"background(?:-color)?: (#[0-9a-f]{6})", turned)
    texts = re.findall(r"(?<![-\w])color: (#[0-9a-f]{6})", turned)
    assert fills and texts
    for fill in fills:
        assert tones.is_dark(fill)
        for text in texts:
            assert tones.contrast(text, fill) >= READS


# -- the window ---------------------------------------------------------------------------------

@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    before = QGuiApplication.palette()
    qapp.setPalette(scheme.dark_palette())
    yield
    qapp.setPalette(before)


def _window(qtbot: QtBot, tmp_path: Path, sample: str) -> MainWindow:
    window = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    assert opens(window, SAMPLES / sample)
    window.show()
    qtbot.waitUntil(lambda: window.clearance.fingerprint != "", timeout=10000)
    return window


def _over(top: QColor, under: QColor) -> QColor:
    """*top* painted over *under* (its alpha blended)."""
    alpha = top.alphaF()
    return QColor.fromRgbF(*(alpha * a + (1 - alpha) * b for a, b in zip(
        (top.redF(), top.greenF(), top.blueF()), (under.redF(), under.greenF(), under.blueF()),
        strict=True)))


def _ratio(text: QColor, ground: QColor) -> float:
    return tones.contrast(_over(text, ground).name(), ground.name())


def _ground(widget: QWidget) -> QColor:
    """What a widget's text is painted on: its own background when it paints one, else the
    nearest parent's."""
    current: QWidget | None = widget
    while current is not None:
        if current.autoFillBackground() or current.isWindow():
            return current.palette().color(current.backgroundRole())
        current = current.parentWidget()
    return widget.palette().color(QPalette.ColorRole.Window)


def document_texts(view: QTextEdit | QPlainTextEdit) -> Iterator[tuple[str, QColor, QColor]]:
    """Each run of text in *view* with its colour on screen (a highlighter's over the
    document's) and the colour behind it (run, block, page, view)."""
    palette = view.palette()
    default = palette.color(QPalette.ColorRole.Text)
    document = view.document()
    page = document.rootFrame().frameFormat().background()
    ground = palette.color(view.viewport().backgroundRole())
    if page.style() != page.style().NoBrush:
        ground = _over(page.color(), ground)
    block = document.begin()
    while block.isValid():
        behind = ground
        block_fill = block.blockFormat().background()
        if block_fill.style() != block_fill.style().NoBrush:
            behind = _over(block_fill.color(), ground)
        overlays = block.layout().formats() if block.layout() else []
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fragments += 1
            text = fragment.text().strip()
            if not text or text == "\ufffc":
                continue
            look = fragment.charFormat()
            colour = look.foreground().color() \
                if look.hasProperty(QTextFormat.Property.ForegroundBrush) else default
            start = fragment.position() - block.position()
            for overlay in overlays:
                if overlay.start <= start < overlay.start + overlay.length and \
                        overlay.format.hasProperty(QTextFormat.Property.ForegroundBrush):
                    colour = overlay.format.foreground().color()
            under = behind
            if look.hasProperty(QTextFormat.Property.BackgroundBrush):
                under = _over(look.background().color(), behind)
            yield text, colour, under
        block = block.next()


def unreadable(window: MainWindow) -> list[str]:
    """Every text on screen whose colour does not stand out from what is behind it."""
    found: list[str] = []
    preview = window.preview
    views: list[QTextEdit | QPlainTextEdit] = [window.form.body.editor]
    for tab in (WEB, WORD, TEXT):
        preview.setCurrentIndex(tab)
        QApplication.processEvents()
        if tab != TEXT:
            views.append((preview.web, preview.word)[tab])
    for view in views:
        for text, colour, ground in document_texts(view):
            if _ratio(colour, ground) < READS:
                found.append(f"{view.objectName()}: {text[:40]!r} {colour.name()} on "
                             f"{ground.name()}")
    for listing in (window.readiness, window.proofing):
        ground = listing.palette().color(QPalette.ColorRole.Base)
        for row in range(listing.count()):
            item = listing.item(row)
            colour = item.foreground().color() if item.foreground().style() != \
                item.foreground().style().NoBrush else listing.palette().color(
                    QPalette.ColorRole.Text)
            if _ratio(colour, ground) < READS:
                found.append(f"{listing.objectName()}: {item.text()[:40]!r} {colour.name()}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled() or isinstance(widget, QListWidget):
            continue
        if isinstance(widget, QLabel) and widget.text():
            # our colours (a style sheet's #rrggbb) at AA; the palette's own (a placeholder
            # grey) as the style's controls
            least = READS if "#" in widget.styleSheet() else CONTROLS
        elif isinstance(widget, QAbstractButton) and widget.text():
            least = CONTROLS
        else:
            continue
        colour = widget.palette().color(widget.foregroundRole())
        ground = _ground(widget)
        if _ratio(colour, ground) < least:
            found.append(f"{type(widget).__name__} {widget.objectName()}: "
                         f"{widget.text()[:40]!r} {colour.name()} on {ground.name()}")
    return found


def _is_dark_everywhere(window: MainWindow) -> None:
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 100
    page = window.preview.word.document().rootFrame().frameFormat().background().color()
    assert page.lightness() < 100  # no white page left in a dark window


BODY_VIEWS = ("formatted", "markdown")


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.release")))
@pytest.mark.parametrize("view", BODY_VIEWS)
def test_the_window_built_under_a_dark_palette_has_no_unreadable_text(
        qtbot: QtBot, tmp_path: Path, dark: None, sample: str, view: str) -> None:
    window = _window(qtbot, tmp_path, sample)
    window.form.body.set_view(view)
    assert scheme.is_dark()
    _is_dark_everywhere(window)
    assert unreadable(window) == []
    window.manager.modified = False


@pytest.mark.parametrize("sample", ["tidewater-ferry-terminal.release",
                                    "tidewater-night-crossing-advisory.release"])
def test_the_window_follows_the_scheme_switching_both_ways(
        qtbot: QtBot, qapp: QApplication, tmp_path: Path, sample: str) -> None:
    before = QGuiApplication.palette()
    window = _window(qtbot, tmp_path, sample)
    light_body = [(t, c.name()) for t, c, _ in document_texts(window.form.body.editor)]
    try:
        qapp.setPalette(scheme.dark_palette())
        qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window)
                        .lightness() < 100, timeout=5000)
        _is_dark_everywhere(window)
        assert unreadable(window) == []
        window.form.body.set_view("markdown")
        assert unreadable(window) == []
        window.form.body.set_view("formatted")
    finally:
        qapp.setPalette(before)
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window)
                    .lightness() > 150, timeout=5000)
    assert window.preview.word.document().rootFrame().frameFormat().background().color() \
        .name() == "#ffffff"
    assert unreadable(window) == []
    # the document's own formats never changed (the dark colours are on screen only)
    assert [(t, c.name()) for t, c, _ in document_texts(window.form.body.editor)] == \
        light_body
    window.manager.modified = False

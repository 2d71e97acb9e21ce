"""The live preview: what each export will contain, rendered off the GUI thread.

The first change after a pause is rendered at once; the changes that follow it quickly
wait for a pause in typing (a restartable single-shot timer, longer for longer
releases). A latest-wins lane (basics/tasks.py) renders a snapshot of the release with the
same layout and writers the exports use. At most one render runs and one more is queued; only
the visible tab is handed to Qt, the others when they are shown.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTabWidget, QWidget

from ...body import tree as t
from ...checks import Finding, check, uses_register
from ...clearance.signoffs import with_policy
from ...exporting import stamped
from ...model import DEFAULT_ACCENT, FooterLine, Release, count_words
from ...profiles import Profile
from ...records import record
from ...render.html_units import SplitHtml
from ...render.html_writer import HtmlOptions, article, page_footer_paragraph
from ...render.text_writer import render_text
from ...render.typesetting import LATIN, TypeSet, qt_css
from ...resources import resource_text
from ..basics import scheme
from ..basics.short_runs import short_runs
from ..basics.tasks import Lane
from ..widgets.made_later import MadeOnShow
from .document_patch import DocumentPatcher
from .page_view import PageView
from .preview_photos import (
    SCHEME,
    PhotoTextBrowser,
    PreviewImage,
    PreviewImageCache,
    preview_figure,
    to_qimage,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from ...render.html_writer import Fragment
    from ...render.layout import Layout

WEB, WORD, TEXT = 0, 1, 2
WORDS_PER_MINUTE = 200


@record
class PreviewResult:
    generation: int
    # The web HTML's top-level blocks as the writer wrote them, for a partial update, with
    # their long texts in short runs (short_runs.py): what Qt is given.
    web_units: SplitHtml
    footer: list[FooterLine]  # the page footer of the Word tab
    findings: list[Finding]
    words: int
    characters: int
    # The release laid out (its house style's approval policy applied; a render's own
    # snapshot, changed by no one): `web` and `text` are written again from it (let_go).
    source: Release
    accent: str = DEFAULT_ACCENT
    type: TypeSet = LATIN  # the release's page and type (faces, indent, emphasis)
    fingerprint: str = ""  # of the canonical content rendered (clearance)
    # The photos scaled for the preview (empty until a worker has made them).
    images: tuple[PreviewImage, ...] = ()
    # A portal's structured footer, in the Word tab's page footer after the standard one.
    portal_footer: tuple[tuple[FooterLine, ...], ...] = ()
    centred_footer: bool = False  # a portal's release: its page footer centred
    # The article's footer as *web* ends with it ("" for none): the Word tab's page has it
    # in its page footer instead.
    web_footer: str = ""
    photo_places: bool = False  # photos' places (SCHEME): their pictures come later
    kept_web: str | None = None  # the whole web page and text as written, until let go of
    kept_text: str | None = None

    @property
    def web(self) -> str:
        if self.kept_web is None:
            self.kept_web = preview_article(stamped(self.source)).html
        return self.kept_web

    @property
    def text(self) -> str:
        if self.kept_text is None:
            self.kept_text = render_text(stamped(self.source))
        return self.kept_text

    def let_go(self, text: bool = True) -> None:
        """Keep neither the whole page (Qt is given ``web_units``) nor, if *text*, the text:
        ~0.3 MiB each at 20k words. Asked for again, they are written again from *source*:
        the same characters (tests/test_preview_let_go.py)."""
        self.kept_web = None
        self.kept_text = None if text else self.kept_text

    @property
    def word(self) -> str:
        """The Word tab's page (made when asked: the tab itself is given ``word_units``)."""
        return _word_page(self.web, self.web_footer, self.footer, self.portal_footer,
                          self.centred_footer)

    @property
    def word_units(self) -> SplitHtml:
        """The Word tab's blocks: the article's but its footer, then the page's foot."""
        made = self.__dict__.get("_word_units")
        if made is None:
            made = self.__dict__["_word_units"] = self.web_units.without("footer").followed_by(
                (short_runs(html), single) for html, single in
                _page_foot(self.footer, self.portal_footer, self.centred_footer))
        assert isinstance(made, SplitHtml)
        return made


class CutBlocks:
    """The preview's blocks with their long texts in short runs (short_runs.py), as the last
    render cut them: a keystroke changes one or two blocks, and only those are cut anew.
    Used by one render at a time."""

    def __init__(self) -> None:
        self._cut: dict[str, str] = {}

    def __call__(self, split: SplitHtml) -> SplitHtml:
        before: dict[str, str] = self._cut
        now: dict[str, str] = {}

        def cut(html: str) -> str:
            found = before.get(html)
            if found is None:
                found = short_runs(html)
            now[html] = found
            return found

        made = split.mapped(cut)
        self._cut = now  # (only this version's blocks are kept)
        return made


def render_preview(release: Release, generation: int = 0,
                   profile: Profile | None = None,
                   images: PreviewImageCache | None = None,
                   path: Path | None = None, cut: CutBlocks | None = None,
                   register: bool = True, text: bool = True) -> PreviewResult:
    """Everything the preview and the readiness panel show, from one parse (Qt-free).

    *images* makes (or finds) the photos' scaled copies; without it (the start-up render
    on the GUI thread) the photos' places are kept and their pictures come with the next
    render. *cut* keeps the blocks' short runs from one render to the next. *register*
    False: without the office register's findings (the start-up render too: checks.check);
    *text* False: without the text until asked for (the start-up render too: its tab waits).
    """
    if profile is not None:  # the status the editor shows, in the preview's metadata too
        release = with_policy(release, profile.approval)
    # (the preview prints no time of export: it asks no clock for one, and its writers,
    # the article and the text, need no export context)
    layout = stamped(release)
    made = preview_article(layout)
    fragment = made.html
    assert made.units is not None
    body_text = "\n".join(t.block_texts(layout.parsed_body))
    words_in_body = count_words(body_text)  # (once: the checks' length finding uses it too)
    return PreviewResult(
        generation=generation,
        kept_web=fragment,
        photo_places=SCHEME in fragment,
        web_units=cut(made.units) if cut is not None else made.units.mapped(short_runs),
        web_footer=made.footer,
        footer=layout.footer,
        portal_footer=tuple(layout.portal_footer),
        centred_footer=layout.portal is not None,
        kept_text=render_text(layout) if text else None,
        # *path*: the file the release was opened from, so its language versions are
        # found and their facts compared, as `releasedesk check` does
        findings=check(release, body=layout.parsed_body, profile=profile,
                       fingerprint=layout.fingerprint, path=path, words=words_in_body,
                       register=register),
        words=words_in_body,
        characters=len(body_text),
        source=release,
        accent=layout.accent,
        type=layout.type,
        fingerprint=layout.fingerprint,
        images=tuple(images.images(release.photos)) if images is not None else (),
    )


def preview_article(layout: Layout) -> Fragment:
    """The web article as Qt shows it: body and About justified where the house justifies
    (an align attribute: Qt's style sheets know no justify), each photo as a paragraph with
    its picture (Qt knows no <figure>), its top-level blocks recorded."""
    words = layout.words
    return article(layout, HtmlOptions(justify=layout.type.justify,
                                       figure=lambda photo: preview_figure(photo, words),
                                       units=True))


def _page_foot(footer: list[FooterLine], portal: tuple[tuple[FooterLine, ...], ...],
               centred: bool) -> tuple[tuple[str, bool], ...]:
    """The blocks the Word tab's page has after the article: (HTML, one paragraph) each."""
    return (("<p>&nbsp;</p>", True), ("<hr>", False),
            (page_footer_paragraph(footer, portal, centred), True))


def _word_page(fragment: str, article_footer: str, footer: list[FooterLine],
               portal: tuple[tuple[FooterLine, ...], ...], centred: bool) -> str:
    """The article with the page footer at its foot, as Word shows it (PageView is the page):
    the standard footer is in Word's page footer only, so the article's own footer (which
    *fragment* ends with, before its closing tag) goes."""
    end = "</article>\n"
    assert fragment.endswith(article_footer + end)
    fragment = fragment[:len(fragment) - len(article_footer) - len(end)] + end
    return fragment + "".join(f"{html}\n" for html, _ in _page_foot(footer, portal, centred))


def debounce_ms(release: Release) -> int:
    """Wait longer after a keystroke in a long release: 25 ms, up to 100 ms at ~20k words."""
    return max(25, min(100, 25 + len(release.body) // 1600))


class RenderScheduler(QObject):
    """Debounced rendering of release snapshots on a latest-wins lane (basics/tasks.py):
    one render at a time, the newest waiting one next, an older result never after a newer."""

    ready = Signal(object)  # PreviewResult

    def __init__(self, snapshot: Callable[[], Release], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._snapshot = snapshot  # an independent copy of the release, each call
        self.images = PreviewImageCache()  # used by one render at a time
        self.cut = CutBlocks()  # so is this
        self.profile: Profile | None = None  # the installed house style of the release
        # The file the release is saved as (read on the GUI thread at each render).
        self.path_of: Callable[[], Path | None] = lambda: None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._start)
        self._last_request = float("-inf")  # (time.monotonic) of the latest request
        self._generation = 0
        self._register_left_out = False  # (by render_now: see after_proofing)
        self.lane = Lane("the preview render", self)
        self.lane.done.connect(self.ready)  # (a failed render is logged, and not shown)
        # The editor's start shortens the thread switch interval so the GUI thread gets
        # the GIL back quickly while a render runs (releasedesk/startup.py).

    def request(self, release: Release, immediately: bool = False) -> None:
        """Schedule a render: at once for the first change after a pause, else after the
        debounce delay (restarted by every call).

        A keystroke after a pause is shown as soon as it is rendered; the keystrokes of a
        burst that follow it wait for the pause, as before, and are rendered together.
        """
        delay = debounce_ms(release)
        now = time.monotonic()
        paused = (now - self._last_request) * 1000 >= delay
        self._last_request = now
        if self._timer.isActive() and self._timer.interval() == 0:
            return  # a render about to start: its snapshot, taken then, has this change too
        self._timer.start(0 if immediately or paused else delay)

    def render_now(self) -> PreviewResult:
        """Render on the calling thread (start-up: the window shows with its preview).

        The office register's findings are left out (checks.uses_register): they come with
        the render that follows the first proofing pass (after_proofing), which loads the
        same proofing rules anyway, or with any render before it."""
        self._timer.stop()
        self._generation += 1
        release = self._snapshot()
        self._register_left_out = uses_register(self.profile)
        job = partial(render_preview, release, self._generation, self.profile,
                      path=self.path_of(), register=False, text=False)
        result = self.lane.run_here(job)
        assert isinstance(result, PreviewResult)
        if release.photos:  # their pictures are scaled off the GUI thread, at once
            self.request(release, immediately=True)
        return result

    def after_proofing(self) -> None:
        """A proofing pass has arrived: the findings render_now left out come now."""
        if self._register_left_out:
            self._register_left_out = False
            self._timer.start(0)

    def shutdown(self) -> None:
        self._timer.stop()
        self.lane.shutdown()

    def _start(self) -> None:
        self._register_left_out = False
        self._generation += 1
        self.lane.submit(partial(render_preview, self._snapshot(), self._generation,
                                 self.profile, self.images, self.path_of(), self.cut))


class PreviewPane(QTabWidget):
    """Three tabs: Web page, Word document, Plain text. Only the visible one is set; the
    Word and text tabs' views are made when first shown (most sessions never show them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.web = PhotoTextBrowser(self)
        self.web.setObjectName("previewWeb")
        self.web.setOpenLinks(False)
        self.web_patcher = DocumentPatcher(self.web.document())
        self.web.shown_html = self.web_patcher.html
        self._word_place = MadeOnShow(self._make_word, self)
        self._text_place = MadeOnShow(self._make_text, self)
        self.word_patcher: DocumentPatcher | None = None  # (made with the Word tab's view)
        self._css = {"web": resource_text("css", "preview-web.css")}
        self.addTab(self.web, self.tr("Web page"))
        self.addTab(self._word_place, self.tr("Word document"))
        self.addTab(self._text_place, self.tr("Plain text"))
        self.result: PreviewResult | None = None
        self._shown: dict[int, int] = {}  # tab → generation on screen
        self._image_keys: tuple[str, ...] = ()  # the photos the browsers show
        self._pictures: dict[str, QImage] = {}  # (for the Word tab's view, made later)
        self._accent = ""
        self._type = LATIN
        self._fresh: set[int] = set()  # tabs that show a newly opened document next
        self._apply_accent(DEFAULT_ACCENT)
        self._text_font_set = False
        self.zoom = 0
        self.currentChanged.connect(lambda _: self._apply_current())
        scheme.on_switch(self, self.follow_scheme)

    @property
    def word(self) -> PageView:
        """The Word tab's view (made now if it has not been)."""
        made = self._word_place.made()
        assert isinstance(made, PageView)
        return made

    @property
    def text(self) -> QPlainTextEdit:
        """The plain text tab's view (made now if it has not been)."""
        made = self._text_place.made()
        assert isinstance(made, QPlainTextEdit)
        return made

    def view(self, tab: int) -> PhotoTextBrowser | QPlainTextEdit:
        """The view of *tab* (WEB, WORD or TEXT), made now if need be."""
        return self.web if tab == WEB else self.word if tab == WORD else self.text

    def _browsers(self) -> list[PhotoTextBrowser]:
        """The HTML views made so far."""
        return [self.web, *([self.word] if self._word_place.is_made else [])]

    def _make_word(self) -> PageView:
        word = PageView(self._word_place)
        word.setObjectName("previewWord")
        word.setOpenLinks(False)
        self.word_patcher = DocumentPatcher(word.document(), word.dress_page)
        word.shown_html = self.word_patcher.html
        word.set_photo_images(self._pictures)
        if self.zoom:  # (the page's proportions are for the size before any zoom)
            word.remember_font_size()
            _zoom(word, self.zoom)
        self._css["word"] = resource_text("css", "preview-word.css")
        self._style(word, self._css["word"])
        return word

    def _make_text(self) -> QPlainTextEdit:
        text = QPlainTextEdit(self._text_place)
        text.setObjectName("previewText")
        text.setReadOnly(True)
        _zoom(text, self.zoom)
        return text

    def follow_scheme(self) -> None:
        """The system switched between light and dark: both documents again, in its colours."""
        if self._word_place.is_made:
            self.word.dress_page()
        self._apply_accent(self._accent or DEFAULT_ACCENT, self._type)
        self._apply_current()

    def show_result(self, result: PreviewResult) -> None:
        if self.result is not None and result.generation < self.result.generation:
            return
        self.result = result
        if result.accent != self._accent or result.type != self._type:
            self._apply_accent(result.accent, result.type)
        self._apply_images(result.images)
        self._apply_current()
        # Qt has the page's blocks; the text only the Plain text tab shows (made when first
        # shown, and then it is asked for at every render it is on screen).
        result.let_go(text=not self._text_place.is_made)

    def start_fresh(self) -> None:
        """Another release is now open: each tab shows it from the top."""
        self._fresh = {WEB, WORD, TEXT}

    def _apply_images(self, images: tuple[PreviewImage, ...]) -> None:
        """Hand the browsers the scaled photos (only when they changed; none = keep)."""
        keys = tuple(image.key for image in images)
        waiting = not images and self.result is not None and self.result.photo_places
        if waiting or keys == self._image_keys:
            return  # the start-up render: the worker's render brings the pictures
        pictures = self._pictures = {image.key: to_qimage(image) for image in images}
        for browser in self._browsers():
            browser.set_photo_images(pictures)
        self._image_keys = keys

    def _apply_accent(self, accent: str, setting: TypeSet | None = None) -> None:
        """The style sheets in the release's accent colour and setting (its faces, indent,
        emphasis: render/typesetting.py); both documents parse anew."""
        setting = setting or self._type
        self._accent, self._type = accent, setting
        self._style(self.web, self._css["web"])
        if self._word_place.is_made:
            self._style(self.word, self._css["word"])
        self.web_patcher.reset()
        if self.word_patcher is not None:
            self.word_patcher.reset()
        self._shown.clear()

    def _style(self, browser: PhotoTextBrowser, css: str) -> None:
        """*browser*'s style sheet in the release's accent colour and setting."""
        # Two characters of the shown size: Qt's rich text indents in pixels only.
        pixels = browser.fontInfo().pixelSize() or 16
        # (the colours turned for a dark scheme: text that reads on its ground)
        browser.document().setDefaultStyleSheet(scheme.css(
            css.replace(DEFAULT_ACCENT, self._accent or DEFAULT_ACCENT) + "\n"
            + qt_css(self._type, pixels, elements=browser is self.web)))

    def content(self, tab: int) -> str:
        """What the given tab holds once shown (for tests and copy commands)."""
        if self.result is None:
            return ""
        return self.result.text if tab == TEXT else self.result.word if tab else self.result.web

    def _apply_current(self) -> None:
        result = self.result
        tab = self.currentIndex()
        if tab == WORD:
            self.word.refit()  # it may have been resized while hidden
        if result is None or self._shown.get(tab) == result.generation:
            return
        self._shown[tab] = result.generation
        widget = self.view(tab)
        bar = widget.verticalScrollBar()
        # A document just opened starts at its top; while typing, the reader keeps the place.
        fresh = tab in self._fresh
        position = 0 if fresh else bar.value()
        self._fresh.discard(tab)
        if tab == TEXT:
            if not self._text_font_set:  # the fixed-pitch font loads when first needed
                from PySide6.QtGui import QFontDatabase

                self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
                self._text_font_set = True
            self.text.setPlainText(result.text)
        elif tab == WEB:
            self.web_patcher.set_html("", result.web_units, from_top=position == 0)
        else:
            assert self.word_patcher is not None  # (made with self.word, above)
            self.word_patcher.set_html("", result.word_units, from_top=position == 0)
        if fresh:  # the browser's cursor too: a later layout (the window first shown, a
            # resize) scrolls to keep the cursor in view, and filling left it at the end
            widget.moveCursor(QTextCursor.MoveOperation.Start)
        bar.setValue(min(position, bar.maximum()))

    def set_zoom(self, zoom: int) -> None:
        step = zoom - self.zoom
        if step == 0:
            return
        views: list[PhotoTextBrowser | QPlainTextEdit] = [self.web]
        if self._word_place.is_made:
            self.word.remember_font_size()
            views.append(self.word)
        if self._text_place.is_made:
            views.append(self.text)
        for view in views:
            _zoom(view, step)
        if self._word_place.is_made:
            self.word.refit()
        self.zoom = zoom
        if self._type.indent_chars:  # the indent follows the new size of the characters
            self._apply_accent(self._accent, self._type)
            self._apply_current()


def _zoom(view: PhotoTextBrowser | QPlainTextEdit, step: int) -> None:
    """*view*'s text *step* sizes larger (smaller if negative)."""
    if step > 0:
        view.zoomIn(step)
    elif step < 0:
        view.zoomOut(-step)


def reading_minutes(words: int) -> int:
    return max(1, -(-words // WORDS_PER_MINUTE)) if words else 0

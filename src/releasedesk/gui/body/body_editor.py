"""The body editor: one toolbar over two views of the same Markdown.

The formatted view (formatted_editor, the default) shows the body as it reads; the
Markdown view (markdown_editor) shows its source. Each view is built when first shown.
Switching hands the body over as Markdown: what the exports print never changes, and a
view that was not edited gives back exactly the text it was given.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStackedWidget, QToolBar, QVBoxLayout, QWidget

from ..basics.enum_properties import set_enum_property, set_shortcut

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent
    from PySide6.QtWidgets import QMenu

    from ..undo.release_history import ReleaseHistory
    from .formatted_editor import FormattedEdit
    from .markdown_editor import MarkdownEdit

    BodyView = FormattedEdit | MarkdownEdit  # (each view's module loads when first shown)

FORMATTED, MARKDOWN = "formatted", "markdown"
VIEWS = (FORMATTED, MARKDOWN)
MIN_HEIGHT = 200  # the body view's least height, in pixels



class BodyEditor(QWidget):
    changed = Signal()  # the body's Markdown may have changed (an edit in the view shown)
    viewChanged = Signal(str)
    stepAdded = Signal(str, QObject)  # a new undo step in a view: its name, the view
    pasteRefused = Signal(str)  # a paste past the body's limit, in either view: why, in words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = FORMATTED
        self._views: dict[str, BodyView] = {}
        self._stale: set[str] = set()  # built views that do not show the body any more
        self._text = ""  # the body, while no view holds it
        self._syncing = False
        self._command: str | None = None  # the toolbar command being run, for its undo name
        # Undo and Redo of the editors' context menus: the release's history (set by the form).
        self.history: ReleaseHistory | None = None
        # Proofing's part of the context menu (suggestions, Add to Dictionary, Ignore):
        # set by the window (gui/proofing/proof_marks.py).
        self.proof_menu: Callable[[QMenu, BodyView, QPoint], None] | None = None
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("bodyToolbar")
        set_enum_property(self.toolbar, "toolButtonStyle", "ToolButtonTextOnly")
        self.actions_by_name: dict[str, QAction] = {}
        for name, label, tip, shortcut, command in (
            ("bold", self.tr("Bold"), self.tr("Bold (Ctrl+B)"), "Ctrl+B", "toggle_strong"),
            ("italic", self.tr("Italic"), self.tr("Italic (Ctrl+I)"), "Ctrl+I",
             "toggle_emphasis"),
            ("link", self.tr("Link"), self.tr("Insert or change a link (Ctrl+K)"), "Ctrl+K",
             "edit_link"),
            ("bullets", self.tr("• List"), self.tr("Bulleted list"), None, "toggle_bullets"),
            ("numbers", self.tr("1. List"), self.tr("Numbered list"), None, "toggle_numbers"),
            ("quote", self.tr("Quote"), self.tr("Quotation"), None, "toggle_quote"),
            ("heading", self.tr("Subheading"), self.tr("Subheading"), None, "toggle_heading"),
        ):
            action = QAction(self)  # (text set apart: QAction(text, parent) builds QIcon)
            action.setText(label)
            action.setToolTip(tip)
            action.setObjectName(f"body_{name}")
            if shortcut:
                set_shortcut(action, shortcut)
                set_enum_property(action, "shortcutContext", "WidgetWithChildrenShortcut")
            action.triggered.connect(lambda _=False, c=command, n=label: self._run(c, n))
            self.addAction(action)  # (its shortcut works wherever the focus is in the body)
            self.toolbar.addAction(action)
            self.actions_by_name[name] = action
        self.toolbar.addSeparator()
        self.view_action = QAction(self)
        self.view_action.setObjectName("body_markdown_view")
        self.view_action.setText(self.tr("Body as &Markdown"))
        self.view_action.setIconText(self.tr("Markdown"))
        self.view_action.setToolTip(self.tr("Show the body's Markdown source (Ctrl+Shift+M)"))
        self.view_action.setCheckable(True)
        set_shortcut(self.view_action, "Ctrl+Shift+M")
        self.view_action.triggered.connect(
            lambda checked: self.set_view(MARKDOWN if checked else FORMATTED))
        self.toolbar.addAction(self.view_action)
        self.views = QStackedWidget(self)
        self.views.setObjectName("bodyViews")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.views)

    def set_read_only(self, read_only: bool) -> None:
        """The formatting commands off while the release is open read-only (they change
        the document even when its view is disabled); the view switch stays."""
        for action in self.actions_by_name.values():
            action.setEnabled(not read_only)

    def tab_chain(self) -> list[QWidget]:
        """The views made so far, the one shown first (Tab skips a hidden one)."""
        return sorted(self._views.values(), key=lambda editor: editor is not self.editor)

    @property
    def view(self) -> str:
        return self._view

    @property
    def editor(self) -> BodyView:
        """The editor of the view shown (built on first use)."""
        return self._built(self._view)

    def _built(self, view: str) -> BodyView:
        editor = self._views.get(view)
        if editor is None:
            if view == FORMATTED:
                from .formatted_editor import FormattedEdit

                editor = FormattedEdit(self)
            else:
                from .markdown_editor import MarkdownEdit

                editor = MarkdownEdit(self)
            # The form gives the body all the height the other fields leave; this much at
            # least, or the form scrolls (a small screen with every section unfolded).
            editor.setMinimumHeight(MIN_HEIGHT)
            editor.set_markdown(self._text)
            editor.textChanged.connect(lambda v=view: self._edited(v))
            document = editor.document()
            document.undoCommandAdded.connect(lambda e=editor: self._step_added(e))
            editor.pasteRefused.connect(self.pasteRefused)
            set_enum_property(editor, "contextMenuPolicy", "CustomContextMenu")
            editor.customContextMenuRequested.connect(lambda at, e=editor: self._menu(e, at))
            self.views.addWidget(editor)
            self._views[view] = editor
            from ..basics.accessible import name_controls  # (a view made late: named when made)

            name_controls(editor)
        return editor

    def _run(self, command: str, label: str) -> None:
        self._command = label.replace("&", "")
        try:
            getattr(self.editor, command)()
        finally:
            self._command = None

    def _step_added(self, editor: BodyView) -> None:
        if self._syncing:
            return
        doing = editor.typing_steps.doing
        label = self._command or (self.tr("Typing in Body") if doing == "typing" else
                                  self.tr("Paste in Body") if doing == "paste" else
                                  self.tr("Cut in Body") if doing == "cut" else
                                  self.tr("Edit Body"))
        self.stepAdded.emit(label, editor)

    def end_word(self) -> None:
        """The next character typed in the body starts an undo step of its own."""
        for editor in self._views.values():
            editor.typing_steps.word_ended = True

    def _menu(self, editor: BodyView, at: QPoint) -> None:
        """The editor's own context menu, with Undo and Redo taken from the release's history
        (the document's own would undo out of turn)."""
        menu = editor.createStandardContextMenu(at)
        for action in menu.actions():
            name = action.objectName()
            if name in ("edit-undo", "edit-redo") and self.history is not None:
                undo = name == "edit-undo"
                action.triggered.disconnect()
                action.triggered.connect(self.history.undo if undo else self.history.redo)
                label = self.history.undo_label() if undo else self.history.redo_label()
                action.setEnabled(label is not None)
                if label is not None:  # named as in the Edit menu
                    action.setText((self.tr("&Undo {what}") if undo else
                                    self.tr("&Redo {what}")).format(what=label))
        if self.proof_menu is not None:
            self.proof_menu(menu, editor, at)
        from ..basics.modal import popup

        popup(menu, editor.viewport().mapToGlobal(at))

    def _edited(self, view: str) -> None:
        if not self._syncing and view == self._view:
            self.changed.emit()

    # -- the body ---------------------------------------------------------------------------

    def set_markdown(self, text: str) -> None:
        """Show a body (a release was opened): no undo history reaches back past it."""
        self._text = text
        self._stale = set(self._views) - {self._view}
        editor = self._views.get(self._view)
        self._syncing = True
        try:
            if editor is None:
                self._show(self._built(self._view))
            else:
                editor.set_markdown(text)
        finally:
            self._syncing = False

    def markdown(self) -> str:
        editor = self._views.get(self._view)
        return editor.markdown() if editor is not None else self._text

    def set_view(self, view: str) -> None:
        """Show the body formatted or as Markdown; the content stays what it is."""
        if view not in VIEWS:
            view = FORMATTED
        text = self.markdown()
        had_focus = self.views.hasFocus() or any(e.hasFocus() for e in self._views.values())
        changed = view != self._view
        self._view = view
        self._syncing = True
        try:
            editor = self._views.get(view)
            if editor is None:
                self._text = text
                editor = self._built(view)
            elif view in self._stale:
                editor.set_markdown(text)
            elif editor.markdown() != text and not self._same_body(editor, text):
                editor.set_markdown(text)  # (the body's undo history starts here: see form)
            elif view == FORMATTED:  # unedited from here on: gives back exactly this text
                editor.keep_source(text)  # type: ignore[union-attr]  # (the formatted view)
            self._stale.discard(view)
            self._text = text
        finally:
            self._syncing = False
        self._show(editor)
        if had_focus:
            editor.setFocus()
        if changed:
            self.viewChanged.emit(view)

    @staticmethod
    def _same_body(editor: BodyView, text: str) -> bool:
        """Whether the formatted view already shows *text* (as its Markdown writer would)."""
        from .formatted_editor import FormattedEdit

        if not isinstance(editor, FormattedEdit):
            return False
        from ...body.inline import AnyPhotoId
        from ...body.parse import parse_markdown
        from ...render.markdown_writer import write_markdown

        return editor.markdown() == write_markdown(parse_markdown(text, AnyPhotoId()))

    def _show(self, editor: BodyView) -> None:
        self.views.setCurrentWidget(editor)
        self.view_action.setChecked(self._view == MARKDOWN)

    def focus_editor(self) -> None:
        self.editor.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        self._show(self.editor)  # (a view exists before the body is first shown)
        super().showEvent(event)

"""The Suggestions panel: a reviewed document's suggestions grouped by field, each with its
reviewer and time, the selected one shown as the text reads; Accept, Reject, Accept All,
Reject All; and the reviewers' comments beside the text they anchor to, each of which can
be marked resolved. The panel changes nothing by itself: it asks (signals), and the review
commands (review_actions.py) change the release."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...review.formatting_words import FORMATTING_KINDS, formatting_words
from ...review.shown import shown
from ...review.slots import slots_label
from ...text_html import text_html
from ..basics import scheme
from ..basics.enum_properties import set_enum_property
from . import review_session as rs
from .review_text import change_html, moment, one_line, row_text

NOTICE_STYLE = "background: #fff4d6; border: 1px solid #d99a00; padding: 6px;"
_INDEX = Qt.ItemDataRole.UserRole
CHANGE_SHARE = 0.55  # of the list's width, at least, for the Change column
_STATE_COLOURS = {rs.ACCEPTED: "#1a6b2a", rs.REJECTED: "#777777", rs.FAILED: "#a0201c",
                  rs.LISTED: "#777777"}


class ReviewPanel(QDockWidget):
    acceptRequested = Signal(list)  # suggestion indices
    rejectRequested = Signal(list)
    fieldRequested = Signal(str)  # a field's name in the form, to go to
    commentResolved = Signal(int, bool)  # a comment marked resolved (True) or open again

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.setWindowTitle(self.tr("Suggestions"))
        self.language = language
        self.session: rs.ReviewSession | None = None
        self.items: list[QTreeWidgetItem] = []  # by suggestion index

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 6)
        self.notice = QLabel(body)
        self.notice.setObjectName("reviewNotice")
        self.notice.setWordWrap(True)
        scheme.styled(self.notice, NOTICE_STYLE)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.summary = QLabel(body)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.tree = QTreeWidget(body)
        self.tree.setObjectName("suggestionTree")
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("Reviewer"), self.tr("Time"),
                                   self.tr("State")])
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        self._size_columns()
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemDoubleClicked.connect(self._suggestion_clicked)
        self.detail = QTextBrowser(body)
        self.detail.setObjectName("suggestionDetail")
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("Choose a suggestion to see it in its text."))

        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Accept"), body)
        self.accept_button.setObjectName("acceptSuggestion")
        self.reject_button = QPushButton(self.tr("&Reject"), body)
        self.reject_button.setObjectName("rejectSuggestion")
        self.accept_all_button = QPushButton(self.tr("Accept A&ll"), body)
        self.accept_all_button.setObjectName("acceptAllSuggestions")
        self.reject_all_button = QPushButton(self.tr("Re&ject All"), body)
        self.reject_all_button.setObjectName("rejectAllSuggestions")
        for button in (self.accept_button, self.reject_button, self.accept_all_button,
                       self.reject_all_button):
            buttons.addWidget(button)
        self.accept_button.clicked.connect(lambda: self._ask(self.acceptRequested, False))
        self.reject_button.clicked.connect(lambda: self._ask(self.rejectRequested, False))
        self.accept_all_button.clicked.connect(lambda: self._ask(self.acceptRequested, True))
        self.reject_all_button.clicked.connect(lambda: self._ask(self.rejectRequested, True))
        who = QHBoxLayout()
        who.addWidget(QLabel(self.tr("Accepted by:"), body))
        self.by = QLineEdit(body)
        self.by.setObjectName("acceptedBy")
        self.by.setToolTip(self.tr("The name the release's history gives for who accepted "
                                   "the suggestions."))
        who.addWidget(self.by, 1)

        self.comments = QTextBrowser(body)
        self.comments.setObjectName("commentList")
        self.comments.setOpenLinks(False)
        self.comments.anchorClicked.connect(self._comment_link)

        top = QWidget(body)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.tree, 5)
        top_layout.addWidget(self.detail, 2)
        top_layout.addLayout(buttons)
        top_layout.addLayout(who)
        bottom = QWidget(body)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.comments_label = QLabel(self.tr("<b>Comments</b>"), bottom)
        bottom_layout.addWidget(self.comments_label)
        bottom_layout.addWidget(self.comments)
        split = QSplitter()
        set_enum_property(split, "orientation", "Vertical")
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.setWidget(body)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 36))
        self.read_only = False
        self._update_buttons()

    def _size_columns(self) -> None:
        """The change takes the width the others leave; they are as wide as their text
        (measured once, not row by row: a review may hold thousands)."""
        metrics = self.fontMetrics()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.natural = (metrics.horizontalAdvance("M" * 9),
                        metrics.horizontalAdvance("2026-03-04 09:30") + 16,
                        16 + max(metrics.horizontalAdvance(self.state_label(s))
                                 for s in (rs.ACCEPTED, rs.REJECTED, rs.LISTED, rs.FAILED)))
        for column, width in enumerate(self.natural, start=1):
            self.tree.setColumnWidth(column, width)
        self.tree.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.tree.viewport():
            self.fit_columns(self.tree.viewport().width())
        return super().eventFilter(watched, event)

    def fit_columns(self, width: int) -> None:
        """Keep at least CHANGE_SHARE of *width* for the change: in a narrow panel (a
        1366-pixel screen) the time goes first (the detail below gives it), then the
        reviewer's name narrows."""
        reviewer, time, state = self.natural
        room = int(width * (1 - CHANGE_SHARE))
        narrow = reviewer + time + state > room
        self.tree.setColumnHidden(2, narrow)
        if narrow:
            self.tree.setColumnWidth(1, max(min(reviewer, room - state), reviewer // 2))
        else:
            self.tree.setColumnWidth(1, reviewer)

    # -- filling ------------------------------------------------------------------------

    def show_session(self, session: rs.ReviewSession, notices: list[str]) -> None:
        """Show *session*'s suggestions and comments, *notices* (another release, a document
        we did not send) first."""
        self.session = session
        self.notice.setText("\n\n".join(notices))
        self.notice.setVisible(bool(notices))
        self.tree.setUpdatesEnabled(False)
        try:
            self.tree.clear()
            self.items = []
            groups: dict[str, QTreeWidgetItem] = {}
            tops: list[QTreeWidgetItem] = []
            for index, suggestion in enumerate(session.suggestions):
                group = groups.get(suggestion.field)
                if group is None:
                    group = QTreeWidgetItem([self.field_label(suggestion.field)])
                    group.setFirstColumnSpanned(True)
                    group.setData(0, _INDEX, -1)
                    groups[suggestion.field] = group
                    tops.append(group)
                item = QTreeWidgetItem(group, [row_text(shown(session.reading, index)) or
                                               self.kind_label(suggestion.kind),
                                               one_line(suggestion.author, 40) or
                                               self.tr("(no name)"),
                                               moment(suggestion.when, suggestion.date)])
                item.setData(0, _INDEX, index)
                item.setToolTip(0, self.kind_label(suggestion.kind))
                when = moment(suggestion.when, suggestion.date, zone=True)
                item.setToolTip(1, f"{item.text(1)} · {when}")  # (the time column may hide)
                item.setToolTip(2, when)
                self.items.append(item)
            for group in tops:
                group.setText(0, f"{group.text(0)} ({group.childCount()})")
            self.tree.addTopLevelItems(tops)
            self.tree.expandAll()
        finally:
            self.tree.setUpdatesEnabled(True)
        self.refresh()
        first = (session.open() or list(range(len(self.items))))[:1]
        if first:
            self.tree.setCurrentItem(self.items[first[0]])
        self.show()
        self.raise_()

    def _fill_comments(self, session: rs.ReviewSession) -> None:
        """The comments in document order, each reply under the comment it answers: the
        field and the words it is anchored to, the comment, who and when, and a link that
        marks it resolved (or open again)."""
        bar = self.comments.verticalScrollBar()
        at = bar.value()
        comments = session.reading.comments
        rejected = session.rejected_changes()
        on, no_name, done = self.tr("on"), self.tr("(no name)"), self.tr("Resolved")
        reopen, resolve = self.tr("Open again"), self.tr("Mark resolved")
        parts: list[str] = []
        for index, depth in comment_order([c.reply_to for c in comments]):
            comment = comments[index]
            resolved = session.resolved[index]
            anchor = one_line(comment.reads(rejected), 80)  # (as it reads now)
            where = f'<a href="field:{index}">{_escape(self.field_label(comment.field))}</a>'
            if anchor:
                where += f' <span style="color:#555555">{_escape(on)} “{_escape(anchor)}”</span>'
            author = one_line(comment.author, 40) or no_name
            who = _escape(f"{author} · {moment(comment.when, comment.date, zone=True)}")
            state = f'<span style="color:#1a6b2a">✓ {_escape(done)}</span> · ' if resolved \
                else ""
            colour = "#777777" if resolved else "#000000"
            text = text_html(comment.text)
            parts.append(
                f'<div style="margin-left:{18 * depth}px; margin-bottom:8px">{where}<br>'
                f'<span style="color:{colour}">{text}</span><br>'
                f'<span style="color:#555555; font-size:small">{who}</span> · {state}'
                f'<a href="resolve:{index}">{_escape(reopen if resolved else resolve)}</a>'
                "</div>")
        none = self.tr("No comments.")
        self.comments.setHtml(scheme.html(
            "".join(parts) or f'<p style="color:#777777">{_escape(none)}</p>'))
        bar.setValue(at)
        open_count = session.resolved.count(False)
        self.comments_label.setText(self.tr("<b>Comments</b> ({n}, {open} open)").format(
            n=len(comments), open=open_count))

    def field_label(self, key: str) -> str:
        return slots_label(key, self.language)

    def kind_label(self, kind: str) -> str:
        labels = {
            "insertion": self.tr("Insertion"), "deletion": self.tr("Deletion"),
            "move": self.tr("Move"), "moved from": self.tr("Moved from"),
            "moved to": self.tr("Moved to"),
            "paragraph break inserted": self.tr("Paragraph break inserted"),
            "paragraph break deleted": self.tr("Paragraph break deleted"),
            "formatting": self.tr("Formatting (listed only)"),
            "paragraph formatting": self.tr("Paragraph formatting (listed only)"),
            "table row inserted": self.tr("Table row inserted"),
            "table row deleted": self.tr("Table row deleted"),
            "picture inserted": self.tr("Picture inserted (listed only)"),
            "picture deleted": self.tr("Picture deleted (listed only)"),
            "photo removal suggested": self.tr("Photo removal suggested (listed only)"),
            "edit without track changes": self.tr("Edit made without Track Changes"),
            "difference": self.tr("Differs from the release"),
        }
        return labels.get(kind, kind)

    def detail_words(self, kind: str, detail: str) -> str:
        """A suggestion's detail in the interface's language: a formatting change's
        properties in words ("加粗 → 倾斜"), the core's sentences translated."""
        if kind in FORMATTING_KINDS:
            return formatting_words(detail, self.language)
        # (the core's sentences are N_() templates, filed under the empty context)
        return QCoreApplication.translate("", detail)

    def state_label(self, state: str) -> str:
        return {rs.PENDING: "", rs.ACCEPTED: self.tr("Accepted"),
                rs.REJECTED: self.tr("Rejected"), rs.LISTED: self.tr("Listed only"),
                rs.FAILED: self.tr("Not placed")}[state]

    # -- state --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Each row's state, the counts, the detail and the buttons as they now are."""
        session = self.session
        if session is None:
            return
        for index, item in enumerate(self.items):
            state = session.states[index]
            item.setText(3, self.state_label(state))
            colour = _STATE_COLOURS.get(state)
            brush = QBrush(QColor(scheme.text(colour))) if colour else QBrush()
            for column in range(4):
                item.setForeground(column, brush)
        counts = session.counts()
        self.summary.setText(self.tr(
            "From {name}: {open} to decide, {accepted} accepted, {rejected} rejected, "
            "{listed} listed only; {comments}.").format(
                name=session.source_name, open=counts[rs.PENDING] + counts[rs.FAILED],
                accepted=counts[rs.ACCEPTED], rejected=counts[rs.REJECTED],
                listed=counts[rs.LISTED],
                comments=self.tr("%n comment(s)", "", len(session.resolved))))
        self._fill_comments(session)  # (an anchor reads as the decisions leave it)
        self._show_detail()
        self._update_buttons()

    def selected(self) -> int | None:
        item = self.tree.currentItem()
        index = item.data(0, _INDEX) if item is not None else None
        return index if isinstance(index, int) and index >= 0 else None

    def select(self, index: int) -> None:
        self.tree.setCurrentItem(self.items[index])

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()

    def _current_changed(self, *_: object) -> None:
        self._show_detail()
        self._update_buttons()

    def _suggestion_clicked(self, *_: object) -> None:
        index = self.selected()
        if index is not None and self.session is not None:
            field = self.session.suggestions[index].field.split(",")[0]
            if field:
                self.fieldRequested.emit(field)

    def _show_detail(self) -> None:
        index = self.selected()
        session = self.session
        if index is None or session is None:
            self.detail.clear()
            return
        suggestion = session.suggestions[index]
        state = session.states[index]
        author = one_line(suggestion.author, 60) or self.tr("(no name)")
        head = (f"<p><b>{_escape(self.field_label(suggestion.field))}</b> · "
                f"{_escape(self.kind_label(suggestion.kind))} · {_escape(author)}")
        when = moment(suggestion.when, suggestion.date)
        if when:
            head += f" · {_escape(when)}"
        if suggestion.detail:
            head += f" · {_escape(self.detail_words(suggestion.kind, suggestion.detail))}"
        head += "</p>"
        note = ""
        if state == rs.FAILED and index in session.problems:
            from ..basics.i18n import translate_error

            problem = translate_error(session.problems[index])
            note = f'<p style="color:#a0201c">{_escape(problem)}</p>'
        elif state == rs.LISTED:
            listed = self.tr("Listed only: accepting it would change no field.")
            note = f'<p style="color:#777777">{_escape(listed)}</p>'
        elif state in (rs.ACCEPTED, rs.REJECTED):
            colour, label = _STATE_COLOURS[state], _escape(self.state_label(state))
            note = f'<p style="color:{colour}">{label}</p>'
        self.detail.setHtml(scheme.html(
            head + change_html(session.reading, index, session.accepted) + note))

    def _update_buttons(self) -> None:
        session = self.session
        index = self.selected()
        open_one = session is not None and index is not None and \
            session.states[index] in (rs.PENDING, rs.FAILED)
        any_open = session is not None and bool(session.open())
        enabled = {self.accept_button: open_one and not self.read_only,
                   self.reject_button: open_one,
                   self.accept_all_button: any_open and not self.read_only,
                   self.reject_all_button: any_open}
        if any(button.hasFocus() and not on for button, on in enabled.items()):
            # A button that is turned off hands the focus on in the tab chain, to the name
            # in "Accepted by", selected: what is typed next would replace it. The list.
            self.tree.setFocus()
        for button, on in enabled.items():
            button.setEnabled(on)

    def _ask(self, signal: SignalInstance, every: bool) -> None:
        session = self.session
        if session is None:
            return
        if every:
            signal.emit(session.open())
            return
        index = self.selected()
        if index is not None:
            signal.emit([index])

    def next_open(self, after: int) -> None:
        """Select the next suggestion still to decide after *after* (a reviewer's flow)."""
        session = self.session
        if session is None:
            return
        following = [i for i in session.open() if i > after] or session.open()
        if following:
            self.select(following[0])

    def _comment_link(self, url: QUrl) -> None:
        session = self.session
        if session is None or not url.path().isdigit():
            return
        index = int(url.path())
        if not 0 <= index < len(session.resolved):
            return
        if url.scheme() == "resolve":
            self.resolve_comment(index, not session.resolved[index])
        elif url.scheme() == "field":
            field = session.reading.comments[index].field
            if field:
                self.fieldRequested.emit(field)

    def show_comments(self) -> None:
        """The comments as the session now marks them (after an undo or redo)."""
        if self.session is not None:
            self._fill_comments(self.session)

    def resolve_comment(self, index: int, resolved: bool = True) -> None:
        """Mark comment *index* resolved (or open again)."""
        if self.session is not None:
            self.session.resolved[index] = resolved
            self._fill_comments(self.session)
            self.commentResolved.emit(index, resolved)


def comment_order(replies_to: list[int]) -> list[tuple[int, int]]:
    """(comment, depth) in the order the panel lists them: each comment followed by its
    replies; a reply to a comment that is not there (or a loop) stands at the top."""
    children: dict[int, list[int]] = {}
    tops: list[int] = []
    for index, parent in enumerate(replies_to):
        if 0 <= parent < len(replies_to) and parent != index:
            children.setdefault(parent, []).append(index)
        else:
            tops.append(index)
    out: list[tuple[int, int]] = []
    seen: set[int] = set()
    for start in [*tops, *range(len(replies_to))]:  # (a loop of replies: listed all the same)
        pending = [(start, 0)]
        while pending:  # depth first, without recursion: a file may nest replies deeply
            index, depth = pending.pop()
            if index in seen:
                continue
            seen.add(index)
            out.append((index, depth))
            pending.extend((child, min(depth + 1, 4))
                           for child in reversed(children.get(index, [])))
    return out


def _escape(text: str) -> str:
    from html import escape

    return escape(text)

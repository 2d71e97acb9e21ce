"""The newsroom library's table: one row per release (headline, kind, language, status,
release date, embargo, approvers, language versions, file), its colours and tooltips, and
the filter by status, language, language versions and the full-text search."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QWidget,
)

from ...clearance.signoffs import STATUS_LABELS
from ...field_rules import escaped
from ...kinds import LABELS, NEWS
from ...newsroom.library import Library
from ...newsroom.summary import Summary
from ...newsroom.versions import TROUBLE, Version
from ...shown_time import minute
from ...text_html import text_html
from ..basics import scheme
from ..basics.i18n import translate_error
from ..widgets.language_names import reading_name

UNREADABLE = "unreadable"  # the status filter's key for files that cannot be read
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
VERSIONS_COLUMN, FILE_COLUMN = 7, 8
# The language versions filter's keys.
WITH_VERSIONS, ATTENTION, WITHOUT_VERSIONS = "with", "attention", "without"
# The status column's colours, as the editor's clearance label shows them.
_COLOURS = {"draft": "#5f5f59", "in_review": "#8a5a00", "approved": "#2f6b2f",
            "published": "#1a4f8b", UNREADABLE: "#b00020"}
_Index = QModelIndex | QPersistentModelIndex


def core_text(text: str) -> str:
    """A message of the core (an N_ template, context "") in the interface language."""
    return QCoreApplication.translate("", text)


def _moment(text: str) -> str:
    """An embargo as the officer set it: date, time and its UTC offset."""
    if not text:
        return ""
    moment = datetime.fromisoformat(text)
    offset = moment.strftime("%z")
    zone = "UTC" if offset in ("+0000", "") else f"UTC{offset[:3]}:{offset[3:]}"
    return f"{minute(moment)} {zone}"


class LibraryModel(QAbstractTableModel):
    """The library's entries as rows, in listing order."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.headers = [self.tr("Headline"), self.tr("Kind"), self.tr("Language"),
                        self.tr("Status"), self.tr("Release date"), self.tr("Embargo"),
                        self.tr("Approved by"), self.tr("Language versions"),
                        self.tr("File")]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's)
        return 0 if parent.isValid() else len(self.library.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def entry(self, row: int) -> Summary:
        return self.library.entries[row]

    def status_text(self, entry: Summary) -> str:
        return self.tr("Unreadable") if not entry.readable else core_text(
            STATUS_LABELS[entry.status])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.library.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return QColor(scheme.text(_COLOURS[entry.status if entry.readable else UNREADABLE]))
        if role == Qt.ItemDataRole.ForegroundRole and column == VERSIONS_COLUMN and \
                self.library.needs_attention(index.row()):
            return QColor(scheme.text(_COLOURS[UNREADABLE]))
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and entry.readable and \
                self.library.needs_attention(index.row()):
            return QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tooltip(index.row(), column)
            # (as plain text: a file's name or a subheadline holding "<h1>" or "<img src=…>"
            # is shown as typed, never laid out as markup by Qt's guess at rich text)
            return plain_tip(tip) if tip else None
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        if not entry.readable:
            if column == 0:
                reason = translate_error(entry.error) if entry.error else entry.problem
                return self.tr("Cannot be read: {reason}").format(reason=reason)
            values = {3: self.status_text(entry), FILE_COLUMN: escaped(entry.relative)}
            return values.get(column, "")
        if column == 0:
            return entry.headline or self.tr("(no headline)")
        if column == 1:  # (the kind's name in the interface language, not its code)
            kind = entry.kind or NEWS  # (a news release's summary names no kind)
            return core_text(LABELS[kind]) if kind in LABELS else kind
        if column == 2:  # (named as the filter names it, in the interface language; sorted by tag)
            return entry.language if role == SORT_ROLE else reading_name(entry.language)
        if column == 3:
            if role == SORT_ROLE:
                return ("draft", "in_review", "approved", "published").index(entry.status)
            return self.status_text(entry)
        if column == 4:
            return entry.release_date
        if column == 5:
            if role == SORT_ROLE:
                moment = entry.embargo_moment
                return moment.timestamp() if moment else 0.0
            return _moment(entry.embargo_until) if entry.embargoed else ""
        if column == 6:
            return ", ".join(entry.approvers)
        if column == VERSIONS_COLUMN:
            return self.versions_text(index.row())
        # (a name may hold a line break or a bidi override: shown as an escape, one line)
        return escaped(entry.relative) if role == Qt.ItemDataRole.DisplayRole else \
            entry.relative

    def tooltip(self, row: int, column: int) -> str:
        """The tooltip of a cell, in plain text ("" for none)."""
        entry = self.library.entries[row]
        if not entry.readable:
            return translate_error(entry.error) if entry.error else entry.problem
        if column == VERSIONS_COLUMN:
            return "\n".join(self.version_sentence(v) for v in self.library.versions_at(row))
        return "\n".join([entry.subheadline, *self.findings(row)]).strip()

    def version_text(self, version: Version) -> str:
        """One language version as the column shows it: its language and, unless found as
        linked, its state in a few words."""
        states = {"changed": self.tr("{language}: changed since aligned"),
                  "missing": self.tr("{language}: missing"),
                  "outside": self.tr("{language}: outside this folder"),
                  "unreadable": self.tr("{language}: cannot be read"),
                  "other": self.tr("{language}: another release there"),
                  "same_id": self.tr("{language}: claims this release's id")}
        language = reading_name(version.language) if version.language else "?"
        return states[version.state].format(language=language) \
            if version.state in states else language

    def version_sentence(self, version: Version) -> str:
        """One language version as the tooltip says it, in one sentence."""
        sentences = {
            "found": self.tr("The {language} version is {file}."),
            "changed": self.tr("The {language} version {file} changed since the two were "
                               "last aligned (or linked); compare them paragraph by paragraph "
                               "(View ▸ Compare with Language Version)."),
            "missing": self.tr("The {language} version is not at {file}; the link is "
                               "kept, so the version can be put back or linked again."),
            "outside": self.tr("The {language} version lies outside this folder, or its "
                               "link cannot be followed; open the release to check it."),
            "unreadable": self.tr("The {language} version {file} cannot be read."),
            "other": self.tr("{file} is another release, not the {language} version this "
                             "one links to."),
            "same_id": self.tr("{file} claims this release's own id; give each release "
                               "its own (Duplicate makes a copy with a new id)."),
        }
        language = reading_name(version.language) if version.language else "?"
        return sentences[version.state].format(language=language,
                                               file=version.relative)

    def versions_text(self, row: int) -> str:
        return ", ".join(self.version_text(v) for v in self.library.versions_at(row))

    def findings(self, row: int) -> list[str]:
        """What needs the officer's attention in the release of *row*, one sentence each."""
        entry = self.library.entries[row]
        out = []
        others = self.library.same_id(entry)
        if others:
            out.append(self.tr("{files} also claim(s) this release's id; language versions "
                               "and the newsroom cannot tell them apart. Give each release "
                               "its own (Duplicate makes a copy with a new id).").format(
                files=", ".join(others)))
        out += [self.version_sentence(v) for v in self.library.versions_at(row)
                if v.state in TROUBLE]
        return out


def plain_tip(text: str) -> str:
    """*text* as a tooltip that shows it as typed: escaped rich text, its lines kept."""
    return "<p>" + text_html(text) + "</p>"


class LibraryFilter(QSortFilterProxyModel):
    """Rows matching the search, the status and the language chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches: set[int] | None = None  # None: no search typed
        self.status = ""
        self.language = ""
        self.versions = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def choose(self, matches: set[int] | None, status: str, language: str,
               versions: str = "") -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.matches, self.status, self.language = matches, status, language
            self.versions = versions
            self.endFilterChange()
        else:
            self.matches, self.status, self.language = matches, status, language
            self.versions = versions
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        entry = model.entry(row)
        if self.matches is not None and row not in self.matches:
            return False
        if self.status:
            if self.status == UNREADABLE:
                if entry.readable:
                    return False
            elif not entry.readable or entry.status != self.status:
                return False
        if self.versions and not self._versions_match(model, row):
            return False
        return not self.language or (entry.readable and entry.language == self.language)

    def _versions_match(self, model: LibraryModel, row: int) -> bool:
        has = bool(model.library.versions_at(row))
        if self.versions == WITH_VERSIONS:
            return has
        if self.versions == WITHOUT_VERSIONS:
            return model.entry(row).readable and not has
        return model.library.needs_attention(row)

"""Under zh_CN, nothing the editor shows is left in English.

Every menu command is triggered on a new release. Every dialog it opens is read, and so
is every message box, including Qt's own standard buttons, and every file dialog's title
and filters. Then the texts of every widget are walked: labels, buttons, tooltips,
placeholders, list, combo, tab and table headings. A visible English word that is not a
name (ReleaseDesk, Word, Markdown, a key such as Ctrl) fails the test, and names the
widget that shows it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFileSystemModel,
    QInputDialog,
    QListWidget,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.basics import i18n
from releasedesk.settings import Settings

# Names and technical words a Chinese interface keeps in Latin letters.
KEPT = {
    "releasedesk", "word", "markdown", "html", "pdf", "docx", "zip", "json", "ctrl", "shift",
    "alt", "tab", "enter", "esc", "english", "uk", "us", "en", "end", "url", "eml", "mime",
    "utf", "iso", "sha", "jpeg", "jpg", "png", "gif", "webp", "heic", "heif", "txt",
    "ap", "gb", "utc", "gmt", "smtp", "libreoffice", "chromium", "ed", "rsa", "qt",
    "pyside", "http", "https", "www", "org", "com", "example", "zh", "cn", "hans", "lzh",
    "del", "ins", "backspace", "space", "pgup", "pgdown", "home", "meta", "fragment", "css",
    "xml", "ltr", "rtl", "lgpl", "gpl", "python", "ok", "mit",
    # month names: the date formats are offered by an example of each
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december",
}
# What the user or a house style wrote (a profile's name, its organisation), paths, and
# labels of Qt's own dialogs that Qt's Chinese translation leaves in English.
DATA = (".QLineEdit:.text", "QLineEdit:filename.text", "QListWidget:profileList.row",
        "QInputDialog.item", "QLabel:pageSetLabel.text")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
SHORTCUT = re.compile(r"\((?:Ctrl|Shift|Alt|Meta)\+[^)]*\)|&\w")


def english_words(text: str) -> list[str]:
    """The English words in *text* that are not kept names: file patterns, addresses,
    shortcuts and {placeholders} aside."""
    text = re.sub(r"<[^>]+>|\*\.\w+|https?://\S+|\S+@\S+|\{\w*\}|sha256:\w+|\b[0-9a-f]{4}\b"
                  r"|\b[A-Z][a-z]+/[A-Za-z_]+|\b[a-z]{2}-[A-Z]{2}\b", " ", text)
    text = SHORTCUT.sub(" ", text)
    return [w for w in LATIN_WORD.findall(text) if w.lower().strip("'’-") not in KEPT
            and not w.isupper()]


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for each text *root* and its children show."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__}:{widget.objectName()}"
        for getter in ("text", "toolTip", "placeholderText", "title", "windowTitle"):
            read = getattr(widget, getter, None)
            if callable(read):
                try:
                    value = read()
                except TypeError:
                    continue
                if isinstance(value, str) and value:
                    yield f"{where}.{getter}", value
        if isinstance(widget, QComboBox):
            yield from ((f"{where}.item", widget.itemText(i)) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            yield from ((f"{where}.tab", widget.tabText(i)) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            yield from ((f"{where}.row", widget.item(i).text()) for i in range(widget.count()))
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                heading = widget.horizontalHeaderItem(column)
                if heading is not None:
                    yield f"{where}.heading", heading.text()
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            yield from ((f"{where}.heading", header.text(i))
                        for i in range(header.columnCount()))
        for action in QWidget.actions(widget):
            for getter in ("text", "toolTip"):
                value = getattr(action, getter)()
                if value:
                    yield f"{where}.action.{getter}", value


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = []
    for name, folder in ((str(i18n.translation_file("zh_CN")), ""),
                         ("qtbase_zh_CN", QLibraryInfo.path(
                             QLibraryInfo.LibraryPath.TranslationsPath)),
                         (str(i18n.translation_file("zh_CN", "qtextra")), "")):
        translator = QTranslator()
        assert translator.load(name, folder) if folder else translator.load(name)
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


class Seen:
    """What the dialogs opened by the commands showed, each dialog answered "Cancel"."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []
        self.dialogs: list[str] = []

    def dialog(self, dialog: QDialog, label: str) -> None:
        self.dialogs.append(label)
        if isinstance(dialog, QMessageBox):
            for button in dialog.buttons():
                self.texts.append((f"{label}.button", button.text()))
            self.texts.append((f"{label}.informative", dialog.informativeText()))
        self.texts.extend((f"{label}>{where}", text) for where, text in widget_texts(dialog))

    def file_dialog(self, kind: str, title: str, filters: str) -> None:
        self.dialogs.append(kind)
        self.texts.extend([(f"{kind}.title", title),
                           *((f"{kind}.filter", f) for f in filters.split(";;"))])


def _patch_dialogs(monkeypatch: pytest.MonkeyPatch, seen: Seen, current: list[str]) -> None:
    def exec_dialog(self: QDialog) -> int:
        seen.dialog(self, f"{current[0]}>{type(self).__name__}")
        return 0

    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
    from PySide6.QtWidgets import QColorDialog, QFontDialog

    def open_dialog(self: QDialog) -> None:
        """A dialog shown without waiting (gui/basics/modal.py): read, then answered
        Cancel, as its own Cancel button would."""
        if isinstance(self, QFileDialog):
            if self.fileMode() == QFileDialog.FileMode.Directory:
                seen.file_dialog(f"{current[0]}>folder", self.windowTitle(), "")
            else:
                kind = "save" if self.acceptMode() == QFileDialog.AcceptMode.AcceptSave \
                    else "open"
                seen.file_dialog(f"{current[0]}>{kind}", self.windowTitle(),
                                 ";;".join(self.nameFilters()))
        elif isinstance(self, QInputDialog):
            seen.texts.extend([(f"{current[0]}>QInputDialog.title", self.windowTitle()),
                               (f"{current[0]}>QInputDialog.label", self.labelText()),
                               *((f"{current[0]}>QInputDialog.item", i)
                                 for i in self.comboBoxItems())])
            seen.dialogs.append(f"{current[0]}>QInputDialog")
        else:
            seen.dialog(self, f"{current[0]}>{type(self).__name__}")
        self.done(0)

    for kind in (QDialog, QMessageBox, QFileDialog, QInputDialog, QColorDialog, QFontDialog,
                 QPrintDialog, QPrintPreviewDialog):
        monkeypatch.setattr(kind, "exec", exec_dialog)
        monkeypatch.setattr(kind, "open", open_dialog)

    def static_box(icon: QMessageBox.Icon) -> object:
        def show(parent: QWidget | None, title: str, text: str,
                 buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                 *rest: object) -> object:
            box = QMessageBox(icon, title, text, buttons, parent)
            seen.dialog(box, f"{current[0]}>QMessageBox")
            box.deleteLater()
            return QMessageBox.StandardButton.Cancel
        return staticmethod(show)

    for name, icon in (("warning", QMessageBox.Icon.Warning),
                       ("information", QMessageBox.Icon.Information),
                       ("question", QMessageBox.Icon.Question),
                       ("critical", QMessageBox.Icon.Critical)):
        monkeypatch.setattr(QMessageBox, name, static_box(icon))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(
        lambda parent, title, text: seen.texts.extend(
            [(f"{current[0]}>about.title", title), (f"{current[0]}>about", text)])))

    def file_names(kind: str, many: bool = False) -> object:
        def ask(parent: QWidget | None = None, caption: str = "", folder: str = "",
                filters: str = "", *rest: object, **named: object) -> object:
            seen.file_dialog(f"{current[0]}>{kind}", caption, filters)
            return ([], "") if many else ("", "")
        return staticmethod(ask)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", file_names("open"))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", file_names("open", many=True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", file_names("save"))
    def folder(parent: QWidget | None = None, caption: str = "", *rest: object,
               **named: object) -> str:
        seen.file_dialog(f"{current[0]}>folder", caption, "")
        return ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))

    def get_item(parent: QWidget | None, title: str, label: str, items: list[str],
                 *rest: object, **named: object) -> tuple[str, bool]:
        seen.texts.extend([(f"{current[0]}>QInputDialog.title", title),
                           (f"{current[0]}>QInputDialog.label", label),
                           *((f"{current[0]}>QInputDialog.item", i) for i in items)])
        seen.dialogs.append(f"{current[0]}>QInputDialog")
        return "", False

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))


def _menu_actions(menu: QMenu) -> Iterator[tuple[str, QAction]]:
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _menu_actions(submenu)
        elif not action.isSeparator() and action.text():
            yield f"{menu.title()}/{action.text()}", action


NOT_TRIGGERED = {"quit", "close"}  # they end the window the walk reads


def test_every_text_of_the_chinese_interface_is_chinese(
        chinese: None, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    seen, current = Seen(), [""]
    _patch_dialogs(monkeypatch, seen, current)
    # Windows another test in this process left open (in English) are not this walk's.
    left_open = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    menus = [menu for action in window.menuBar().actions()
             if isinstance(menu := action.menu(), QMenu)]
    triggered = 0
    for menu in menus:
        for label, action in list(_menu_actions(menu)):
            key = next((k for k, a in window.actions.items() if a is action), "")
            if key in NOT_TRIGGERED or not action.isEnabled():
                continue
            current[0] = label
            action.trigger()
            QApplication.processEvents()
            # (the dialogs it showed, answered, delete themselves: their file names and
            # house styles are the user's data, not the interface's words)
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            triggered += 1
    found = [*seen.texts, *widget_texts(window),
             *((f"menu:{menu.title()}", text) for menu in menus
               for _, text in widget_texts(menu))]
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not window and id(widget) not in left_open:
            found.extend((f"window:{type(widget).__name__}>{w}", t)
                         for w, t in widget_texts(widget))
    english = sorted({(where, text) for where, text in found if english_words(text)
                      and not any(where.endswith(data.lstrip(".")) for data in DATA)})
    assert triggered > 30 and len(seen.dialogs) > 10, (triggered, seen.dialogs)
    assert english == [], "\n".join(f"{where}: {text!r}" for where, text in english)
    window.close()


def test_the_walk_finds_english_where_it_is_left() -> None:
    """The check itself can fail: an English sentence is found, names and keys are not."""
    assert english_words("ReleaseDesk release (*.release)") == ["release"]
    assert english_words("Photos (*.jpg *.png);;All files (*)") == ["Photos", "All", "files"]
    assert english_words("粗体（Ctrl+B）") == []
    assert english_words("保存(&S)") == []
    assert english_words("Save the changes?") == ["Save", "the", "changes"]
    assert english_words("复制为 HTML 片段") == []
    assert english_words("例如 Asia/Shanghai、Europe/Berlin（en-GB）c522 7b1f") == []


def test_qts_own_file_dialog_speaks_chinese(qtbot: QtBot, chinese: None, tmp_path: Path) -> None:
    """Qt's file dialog (the one an X11 desktop without a portal gets): its labels and the
    kind of each file, which Qt's own translation leaves in English, come from ours."""
    from PySide6.QtWidgets import QLabel

    (tmp_path / "folder").mkdir()
    (tmp_path / "story.release").write_text("{}", encoding="utf-8")
    dialog = QFileDialog(None, "保存新闻稿", str(tmp_path), "ReleaseDesk 新闻稿 (*.release)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert labels and not [text for text in labels if re.search(r"[A-Za-z]{3,}", text)
                           and "ReleaseDesk" not in text], labels
    view = dialog.findChild(QTreeView)
    assert view is not None
    model = view.model()
    assert isinstance(model, QFileSystemModel)
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(tmp_path))) == 2, timeout=3000)
    root = model.index(str(tmp_path))
    # (A file's kind is the system's MIME database's, in the system's language: a folder's
    # is Qt's.)
    kinds = {model.index(row, 0, root).data(): model.index(row, 2, root).data()
             for row in range(model.rowCount(root))}
    assert kinds["folder"] == "文件夹", kinds
    dialog.close()

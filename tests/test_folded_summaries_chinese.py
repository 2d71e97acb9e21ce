"""The folded sections' summaries list their names as the interface's language does: a
Chinese interface joins photos and media contacts with 、 (lows12 found the contacts still
joined with ", "), an English one with ", "."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from releasedesk.gui.basics import i18n
from releasedesk.gui.form.release_form import ReleaseForm
from releasedesk.model import Contact
from test_photos_summary import photo

from helpers import make_release

NAMES = ["王芳", "Ana Ortiz", "press@fernhollow.example"]


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translator = QTranslator()
    if request.param == "zh_CN":
        assert translator.load(str(i18n.translation_file("zh_CN")))
        QCoreApplication.installTranslator(translator)
    yield request.param
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("count", [2, 3])
def test_names_are_joined_as_the_interface_s_language_joins_them(
        qtbot: QtBot, language: str, count: int) -> None:
    contacts = [Contact(name, "", "", "", "") if "@" not in name else
                Contact("", "", "", "", name) for name in NAMES[:count]]
    photos = [photo(f"p{n}", name) for n, name in enumerate(NAMES[:count]) if "@" not in name]
    form = ReleaseForm()
    qtbot.addWidget(form)
    form.set_release(make_release(contacts=contacts, photos=photos))
    separator = "、" if language == "zh_CN" else ", "
    contacts_line = form.sections["contacts"].summary_label.text()
    assert contacts_line.endswith(separator.join(NAMES[:count]))
    photos_line = form.sections["photos"].summary_label.text()
    assert photos_line.endswith(separator.join(n for n in NAMES[:count] if "@" not in n))

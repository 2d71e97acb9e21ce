"""The interface in Simplified Chinese: complete, in step with the code, and actually loaded."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.basics import i18n
from releasedesk.settings import Settings

from conftest import ROOT
from gui_helpers import opens

TS = ROOT / "resources" / "translations" / "releasedesk_zh_CN.ts"


def messages(path: Path) -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type", "")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = "" if kind in ("unfinished", "obsolete", "vanished") else \
                (" | ".join(forms) if forms and all(f.strip() for f in forms)
                 else "" if forms else (translation.text or ""))
            found[(name, message.findtext("source", ""))] = text
    return found


def test_every_interface_string_is_translated() -> None:
    found = messages(TS)
    assert len(found) > 150
    untranslated = [source for (_, source), text in found.items() if not text.strip()]
    assert untranslated == []
    for (_, source), text in found.items():
        placeholders = sorted(re.findall(r"\{\w*\}", source))
        assert sorted(re.findall(r"\{\w*\}", text)) == placeholders, (source, text)


def test_translation_file_is_in_step_with_the_code(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import translations

    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *translations.sources(), *translations.LUPDATE_OPTIONS,
                    "-ts", str(fresh)], check=True, capture_output=True, timeout=120, cwd=ROOT)
    assert set(messages(fresh)) == set(messages(TS)), \
        "run: python tools/translations.py update, then translate the new strings"


def test_chinese_interface_loads(qtbot: QtBot, qapp: QApplication) -> None:
    qm = i18n.translation_file("zh_CN")
    assert qm is not None and qm.exists()
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        window = MainWindow(Settings())
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[:2] == ["文件(&F)", "编辑(&E)"]
        assert window.preview.tabText(0) == "网页"
        assert window.form.status.itemText(0) == "即时发布"
        window.form.headline.setText("")
        window.manager.release.headline = ""
        window.scheduler.render_now()
        texts = [window.readiness.item(i).text() for i in range(window.readiness.count())]
        assert "错误: 缺少标题。" in texts or "错误：缺少标题。" in texts, texts
        window.close()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_language_follows_the_choice_and_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QLocale

    assert i18n.resolve("zh_CN") == "zh_CN"
    assert i18n.resolve("en") == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    assert i18n.resolve("") == "zh_CN"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.resolve("") == "en"


def test_preferences_store_the_interface_language(qtbot: QtBot, tmp_path: Path) -> None:
    from releasedesk.gui.dialogs.preferences import PreferencesDialog
    from releasedesk.settings import load_settings

    from gui_helpers import FakePrompts

    window = MainWindow(Settings(), FakePrompts())
    qtbot.addWidget(window)
    dialog = PreferencesDialog("", window)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert dialog.choice() == "zh_CN"
    window.settings.ui_language = dialog.choice()
    from releasedesk.settings import save_settings

    save_settings(window.settings)
    assert load_settings().ui_language == "zh_CN"
    window.close()


def test_core_errors_reach_the_user_in_chinese(qtbot: QtBot, qapp: QApplication,
                                               tmp_path: Path) -> None:
    from releasedesk.errors import ReleaseDeskError, explain_os_error
    from releasedesk.gui.basics.i18n import translate_error

    from gui_helpers import FakePrompts

    qm = i18n.translation_file("zh_CN")
    translator = QTranslator()
    assert qm is not None and translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        broken = tmp_path / "broken.release"
        broken.write_text("{oops", encoding="utf-8")
        prompts = FakePrompts()
        window = MainWindow(Settings(), prompts)
        qtbot.addWidget(window)
        assert not opens(window, broken)
        # The dialog's plain words and its details, both in the interface language.
        [(name, details)] = prompts.damaged
        assert name == "broken.release"
        assert details.startswith("broken.release 已损坏：第 1 行第 2 列的 JSON 无效")
        assert "已损坏，无法打开" in QCoreApplication.translate(
            "Prompts", "“{name}” is damaged and can't be opened. Your other files are fine; the "
            "details are in the log.")
        full = explain_os_error(OSError(28, "No space left on device"), tmp_path / "a.release",
                                "save")
        assert translate_error(full).startswith("无法保存 ")
        assert "磁盘已满" in translate_error(full)
        from releasedesk.profiles import profile_from_dict

        try:
            profile_from_dict({"format": "releasedesk-profile", "version": 1, "name": "x",
                               "end_mark": "***"}, "x.json")
        except ReleaseDeskError as exc:
            assert translate_error(exc) == (
                '机构样式 x.json 已损坏：结束标记必须是 "###"、"-30-"、"-end-" 或留空。')
            assert exc.message == ('The profile x.json is damaged: the end mark must be "###", '
                                   '"-30-", "-end-" or empty.')
        window.close()
    finally:
        QCoreApplication.removeTranslator(translator)


# A placeholder that stands for a name (a release's title, a file, a person), set between
# Chinese words, takes no Latin spaces around it ("要恢复您对 一篇未命名新闻稿 未保存…" read
# as gaps): a title or file is quoted “…” instead, a person's name stands bare.
_CJK = "[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]"
_SPACED_NAME = re.compile(f"{_CJK} \\{{name\\}} {_CJK}")


@pytest.mark.parametrize("planted, found", [
    ("要恢复您对 {name} 未保存的更改吗", True), ("机构名录中 {name} 的职务", True),
    ("要恢复您对“{name}”未保存的更改吗", False), ("机构名录中{name}的职务", False),
    ("{name} was saved", False), ("{name} 不完整", False)])
def test_the_spaced_name_rule_finds_what_it_should(planted: str, found: bool) -> None:
    assert bool(_SPACED_NAME.search(planted)) is found


def test_a_name_between_chinese_words_takes_no_latin_spaces() -> None:
    spaced = sorted(text for text in messages(TS).values() if _SPACED_NAME.search(text))
    assert spaced == []

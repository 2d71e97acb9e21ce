"""The command line speaks the user's language: the core's sentences in Chinese under a
Chinese locale, read from the same translations the editor loads, without Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from releasedesk import messages
from releasedesk.errors import N_, ReleaseDeskError, explain_os_error
from releasedesk.gui.basics import i18n


def _run(env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "RELEASEDESK_LANGUAGE")}
    return subprocess.run([sys.executable, "-m", "releasedesk.cli", *map(str, args)],
                          env={**clean, **env}, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "zh_CN.UTF-8"}, "zh_CN"), ({"LC_ALL": "zh_TW.UTF-8"}, "zh_CN"),
    ({"LANGUAGE": "zh_CN:en", "LANG": "en_GB.UTF-8"}, "zh_CN"),
    ({"LANGUAGE": "en", "LANG": "zh_CN.UTF-8"}, "en"), ({"LANG": "C.UTF-8"}, "en"),
    ({"LC_MESSAGES": "de_DE.UTF-8"}, "en"), ({}, "en"),
    ({"RELEASEDESK_LANGUAGE": "zh_CN", "LANG": "en_US.UTF-8"}, "zh_CN"),
])
def test_the_language_comes_from_the_environment(env: dict[str, str], expected: str) -> None:
    assert messages.language(env) == expected


def test_a_damaged_release_is_reported_in_chinese_and_english(tmp_path: Path) -> None:
    broken = tmp_path / "broken.release"
    broken.write_text("{oops", encoding="utf-8")
    chinese = _run({"LANG": "zh_CN.UTF-8"}, "export", broken)
    english = _run({"LANG": "C.UTF-8"}, "export", broken)
    assert chinese.returncode == english.returncode == 2
    assert chinese.stderr.startswith("releasedesk: broken.release 已损坏")
    assert english.stderr.startswith("releasedesk: broken.release is damaged")
    assert len(chinese.stderr.splitlines()) == len(english.stderr.splitlines()) == 1
    missing = _run({"LC_ALL": "zh_CN.UTF-8"}, "check", tmp_path / "nothere.release")
    assert "不存在" in missing.stderr and missing.returncode == 2


def test_the_command_line_reads_the_translations_the_editor_loads(qapp: QApplication) -> None:
    """Every core message: the .ts the command line reads and the .qm the editor loads
    give the same sentence."""
    qm = i18n.translation_file("zh_CN")
    translator = QTranslator()
    assert qm is not None and translator.load(str(qm))
    table = messages.catalogue("zh_CN")
    assert len(table) > 100
    differing = [source for source, text in table.items()
                 if translator.translate("", source) != text]
    assert differing == []


def test_arguments_that_are_words_are_translated_and_broken_translations_fall_back() -> None:
    full = explain_os_error(OSError(28, "No space left on device"), Path("/x/a.release"),
                            N_("save"))
    text = messages.error_text(full, "zh_CN")
    assert text.startswith("无法保存 ") and "磁盘已满" in text
    assert messages.error_text(full, "en") == full.message
    odd = ReleaseDeskError("{path} does not exist. Check the name and folder.", path="a")
    assert messages.error_text(odd, "zh_CN") == "a 不存在。请检查文件名和文件夹。"
    assert odd.translated(lambda text: "{missing} 坏了") == odd.message


def test_the_command_line_never_imports_qt_to_translate(tmp_path: Path) -> None:
    probe = ("import sys, releasedesk.cli as cli\n"
             "code = cli.main(['check', sys.argv[1]])\n"
             "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'\n"
             "sys.exit(code)\n")
    done = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "gone.release")],
                          env={**os.environ, "LANG": "zh_CN.UTF-8"}, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2 and "不存在" in done.stderr, done.stderr

"""What the operating system says (errno) reads in the sentence's language: one table
(errors.OS_REASONS) for every message that quotes an OSError, in the command line and the
editor; English keeps the system's own phrasing."""

from __future__ import annotations

import errno
import os
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from releasedesk import messages
from releasedesk.errors import (
    JSON_REASONS,
    N_,
    OS_REASONS,
    OTHER_OS_ERROR,
    ReleaseDeskError,
    explain_os_error,
    os_reason,
)

CJK = re.compile(r"[\u4e00-\u9fff]")
ASCII_WORD = re.compile(r"[A-Za-z]{2,}")
WHERE = Path("/srv/share/夜市.release")
ERRNOS = sorted(OS_REASONS)


def _chinese(error: ReleaseDeskError) -> str:
    return messages.error_text(error, "zh_CN")


@pytest.mark.parametrize("number", ERRNOS, ids=errno.errorcode.get)
def test_every_errno_reads_in_chinese_inside_a_chinese_sentence(number: int) -> None:
    exc = OSError(number, os.strerror(number), str(WHERE))
    for action in (N_("save"), N_("write the export"), N_("read")):
        text = _chinese(explain_os_error(exc, WHERE, action))
        assert CJK.search(text), text
        assert not ASCII_WORD.search(text.replace(str(WHERE), "")), text
        assert os.strerror(number) not in text


@pytest.mark.parametrize("number", ERRNOS, ids=errno.errorcode.get)
def test_every_errno_has_its_own_chinese_phrase(number: int) -> None:
    phrase = messages.tr(OS_REASONS[number], "zh_CN")
    assert phrase != OS_REASONS[number] and CJK.search(phrase)
    assert not ASCII_WORD.search(phrase)


def test_no_two_errnos_share_a_chinese_phrase() -> None:
    phrases = [messages.tr(OS_REASONS[n], "zh_CN") for n in ERRNOS]
    # (EAGAIN and EWOULDBLOCK are one number; the table holds each number once)
    assert len(set(phrases)) == len(phrases)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's own wording")
@pytest.mark.parametrize("number", ERRNOS, ids=errno.errorcode.get)
def test_english_keeps_the_systems_phrasing(number: int) -> None:
    assert OS_REASONS[number] == os.strerror(number)
    reason = os_reason(OSError(number, "whatever the system said"))
    assert str(reason) == os.strerror(number)
    error = ReleaseDeskError(N_("The folder {folder} cannot be read ({reason})."),
                             folder="/x", reason=reason)
    assert messages.error_text(error, "en") == f"The folder /x cannot be read " \
                                               f"({os.strerror(number)})."
    assert error.message == messages.error_text(error, "en")


@pytest.mark.parametrize("number", [errno.ENOTDIR, errno.EEXIST, errno.ELOOP, errno.EIO,
                                    errno.EXDEV, errno.ENOTEMPTY])
def test_the_fallback_sentence_quotes_the_reason_in_the_users_language(number: int) -> None:
    error = explain_os_error(OSError(number, os.strerror(number)), WHERE, N_("save"))
    english = messages.error_text(error, "en")
    assert english.endswith(f": {os.strerror(number)}.") and str(WHERE) in english
    chinese = _chinese(error)
    assert chinese.startswith("无法保存 ") and messages.tr(OS_REASONS[number], "zh_CN") in chinese


def test_an_errno_outside_the_table_is_a_numbered_system_error() -> None:
    unknown = max(errno.errorcode) + 1000
    reason = os_reason(OSError(unknown, "strange"))
    assert str(reason) == OTHER_OS_ERROR.format(number=unknown)
    error = explain_os_error(OSError(unknown, "strange"), WHERE, N_("save"))
    assert _chinese(error).endswith(f"：系统错误 {unknown}。")
    assert str(os_reason(ValueError("no errno"))) == "the system gave no reason"


@pytest.mark.parametrize("reason", JSON_REASONS)
def test_a_damaged_json_file_is_explained_in_chinese(reason: str) -> None:
    from releasedesk.errors import FileFormatError, json_reason

    error = FileFormatError(N_("{name} is damaged: invalid JSON at line {line}, column "
                               "{column} ({detail}). Open a backup or fix the file in a text "
                               "editor."), name="a.release", line=2, column=1,
                            detail=json_reason(reason))
    text = _chinese(error)
    assert reason not in text and "已损坏" in text, text
    # (two of the reader's messages end in "at", its position after: worded whole)
    worded = {"Unterminated string starting at": "Unterminated string, no closing quote",
              "Invalid control character at": "Invalid control character in a string"}
    assert f"({worded.get(reason, reason)})" in error.message and " at)" not in error.message


def test_every_json_reader_message_is_in_the_table() -> None:
    import json

    seen = set()
    for broken in ("{", '{"a" 1}', "[1 2]", '{"a":1}x', '"abc', '"\\q"', '"\\u12"', '"a\x01"',
                   "", '{"a":'):
        with pytest.raises(json.JSONDecodeError) as caught:
            json.loads(broken)
        seen.add(caught.value.msg)
    assert seen <= set(JSON_REASONS), seen - set(JSON_REASONS)


def test_the_editor_translates_the_reason_too(qapp: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from releasedesk.gui.basics import i18n

    translator = QTranslator()
    assert translator.load(str(i18n.translation_file("zh_CN")))
    QCoreApplication.installTranslator(translator)
    try:
        for number in ERRNOS:
            error = explain_os_error(OSError(number, os.strerror(number)), WHERE, N_("save"))
            shown = i18n.translate_error(error)
            assert shown == _chinese(error), shown
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_command_line_says_a_read_only_share_in_chinese(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """End to end: the exports' folder cannot be made (a file stands in the path)."""
    from releasedesk.cli import main

    from conftest import SAMPLES

    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "zh_CN")
    (tmp_path / "taken").write_text("x")
    code = main(["export", str(SAMPLES / "fernhollow-night-market-zh.release"), "-f", "txt",
                 "-o", str(tmp_path / "taken" / "a.txt")])
    said = capsys.readouterr().err
    assert code == 2 and "不是文件夹" in said and "Not a directory" not in said, said

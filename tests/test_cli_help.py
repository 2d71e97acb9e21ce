"""`releasedesk --help` and usage errors speak the user's language (issue 24, point 1).

Every text --help can print — each command's one-liner, each option's help, argparse's
own words — must have a Chinese translation that keeps its placeholders; a new option
added without one fails here, naming it."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from releasedesk.cli import EDITOR_USAGE, build_parser, editor_main, main
from releasedesk.cli_help import ARGPARSE_WORDS, USAGE_ERROR, catalogue, help_texts

PLACEHOLDER = re.compile(r"%\(\w+\)[sr]|%[sr]|\{\w+\}|--[a-z-]+")
CJK = re.compile(r"[\u4e00-\u9fff]")


def every_text() -> set[str]:
    return {text for _, _, text in help_texts(build_parser())} | set(ARGPARSE_WORDS) | {
        EDITOR_USAGE, USAGE_ERROR}


def test_every_help_text_has_a_chinese_translation() -> None:
    words = catalogue("zh_CN")
    missing = sorted(text for text in every_text() if not words.get(text))
    assert not missing, f"untranslated in cli_help_zh_CN.json: {missing}"
    assert len(every_text()) > 60  # the walk reaches the sub-commands' options


@pytest.mark.parametrize("text", sorted(every_text()))
def test_a_translation_keeps_the_placeholders_and_is_chinese(text: str) -> None:
    translation = catalogue("zh_CN")[text]
    assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(text))
    assert CJK.search(translation), translation


def test_the_catalogue_holds_no_stale_entry() -> None:
    assert set(catalogue("zh_CN")) <= every_text(), set(catalogue("zh_CN")) - every_text()


def command_names() -> list[str]:
    """Every sub-command's name, from the parser's table of them."""
    tables = [action for action in build_parser()._actions
              if isinstance(action, argparse._SubParsersAction)]
    return sorted(tables[0].choices)


@pytest.mark.parametrize("command", [None, *command_names()])
def test_help_prints_in_chinese_with_no_english_text_of_ours(
        command: str | None, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "zh_CN")
    with pytest.raises(SystemExit) as exit_:
        main([*([command] if command else []), "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：") and "选项" in out
    for text in every_text():
        if len(text) > 20:  # long enough not to be a word inside a translation
            assert text not in out, text


def test_help_stays_english_for_an_english_user(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "en")
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: ") and "the .release file" in out and not CJK.search(out)


@pytest.mark.parametrize("argv", [["export"], ["export", "a.release", "--wrap", "x"],
                                  ["status", "--bogus", "a.release"], ["frobnicate"]])
def test_a_usage_error_is_one_chinese_line_and_exit_2(
        argv: list[str], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "zh_CN")
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("releasedesk: ")
    assert "releasedesk --help" in err and CJK.search(err), err
    assert "usage" not in err and "argument" not in err, err


def test_argparse_speaks_english_again_after_a_chinese_run(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "zh_CN")
    with pytest.raises(SystemExit):
        main(["--help"])
    capsys.readouterr()
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]  # argparse's private gettext hook


def test_the_editor_usage_is_translated(monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "zh_CN")
    monkeypatch.setattr("sys.argv", ["releasedesk-editor", "--help"])
    assert editor_main() == 0
    assert capsys.readouterr().out.startswith("用法：releasedesk-editor")


def test_check_speaks_chinese_on_a_chinese_desktop(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path) -> None:
    from datetime import date

    from releasedesk import document
    from releasedesk.model import Release

    release = Release(language="zh-CN", release_date=date(2026, 12, 5), headline="",
                      body="市民可于12月12日（星期五）前报名。")
    path = tmp_path / "story.release"
    document.save(release, path)
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "zh_CN")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    lines = out.strip().splitlines()
    assert lines and all(line.split()[0] in ("错误", "警告", "提示") for line in lines), out
    assert "“12月12日（星期五）”" in out or "\"12月12日（星期五）\"" in out, out
    assert "星期六" in out and "Saturday" not in out, out
    assert not re.search(r"[A-Za-z]{4,}", out), out  # no English word left
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "en")
    assert main(["check", str(path)]) == 1
    assert "is a Saturday" in capsys.readouterr().out


def test_status_speaks_chinese_on_a_chinese_desktop(monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from conftest import SAMPLES

    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "zh_CN")
    assert main(["status", str(SAMPLES / "fernhollow-night-market-zh.release")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("状态：已批准") and "须签发：初审、复审、终审" in out, out
    assert out.count("（本文本）") == 3 and not re.search(r"[A-Za-z]{4,}", out.replace(
        "sha256", "")), out


def test_history_and_diff_speak_chinese(monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from conftest import SAMPLES

    sample = str(SAMPLES / "fernhollow-night-market-zh.release")
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "zh_CN")
    assert main(["history", sample]) == 0
    out = capsys.readouterr().out
    assert "初审 林思远、复审 周启航、终审 陈立言 签发" in out and "signed" not in out, out
    assert main(["diff", sample, sample]) == 0
    assert capsys.readouterr().out == "内容相同。\n"


def test_import_s_help_and_the_readme_name_what_import_takes(
        capsys: pytest.CaptureFixture[str]) -> None:
    """tester15: the help said .docx/.txt/.md/.html, the README added .eml."""
    from pathlib import Path

    from releasedesk.importing import READERS

    with pytest.raises(SystemExit):
        main(["--help"])
    line = next(line for line in capsys.readouterr().out.splitlines()
                if line.strip().startswith("import "))
    named = set(re.findall(r"\.[a-z]+", line))
    assert named == {fmt.suffixes[0] for fmt in READERS.values()}, line
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    sentence = readme[readme.index("`releasedesk import DRAFT"):][:300]
    sentence = sentence[:sentence.index(", never writes")]
    assert set(re.findall(r"`(\.[a-z]+)`", sentence)) == {
        suffix for fmt in READERS.values() for suffix in fmt.suffixes}


@pytest.mark.parametrize("command", [None, *command_names()])
def test_chinese_help_ends_every_heading_with_a_full_width_colon(
        command: str | None, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "zh_CN")
    with pytest.raises(SystemExit):
        main([*([command] if command else []), "--help"])
    out = capsys.readouterr().out
    headings = [line for line in out.splitlines() if line and not line.startswith(" ")
                and line.rstrip().endswith((":", "："))]
    assert headings and all(line.endswith("：") for line in headings), headings
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "en")
    with pytest.raises(SystemExit):
        main([*([command] if command else []), "--help"])
    english = capsys.readouterr().out
    assert "options:\n" in english and "：" not in english

"""Every `releasedesk` command speaks Chinese under a Chinese locale (issue 24): what it
prints on success and on its main error paths (missing file, damaged file, an output
folder it may not write) holds no English sentence — no run of three English words
outside paths, quoted values and options — while the same commands in English read as
they always did."""

from __future__ import annotations

import argparse
import errno
import os
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from releasedesk.cli import main
from review_markup import DANA, LEE, Markup
from test_cli_help import command_names

import photo_files as pf
from conftest import SAMPLES

ZH_SAMPLE = SAMPLES / "fernhollow-night-market-zh.release"
# The test photo's own words (its caption, credit and alt text: field values, in English)
# and the reviewers' names
PHOTO_WORDS = (pf.IPTC_CAPTION, pf.IPTC_BYLINE, pf.IPTC_CREDIT, pf.XMP_ALT, DANA[0], LEE[0])
WORD = re.compile(r"[(\[]?[A-Za-z][A-Za-z']*[)\],.;:!?]*")
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|'[^']*'")


def english_runs(text: str, values: tuple[Path | str, ...], least: int = 3) -> list[str]:
    """Runs of three (*least*) or more English words in *text*, once paths and field values
    (*values*), quoted values, options, fingerprints and code-like tokens (a.release,
    photo:id) are set aside."""
    for value in sorted(map(str, values), key=len, reverse=True):
        text = text.replace(value, " ")
    text = QUOTED.sub(" ", text)
    runs: list[str] = []
    for line in text.splitlines():
        run: list[str] = []
        for token in [*line.split(), ""]:
            code_like = token.startswith("-") or any(c in token for c in "/._:@=#{}")
            if token and not code_like and WORD.fullmatch(token):
                run.append(token)
                continue
            if run and re.fullmatch(r"\(?\d+[),.;:]?", token):
                continue  # "0 comments in 30 paragraphs": a number does not end a run
            if len(run) >= least:
                runs.append(" ".join(run))
            run = []
    return runs


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "zh_CN")
    shutil.copy(ZH_SAMPLE, tmp_path / "a.release")
    (tmp_path / "bad.release").write_text("{oops", encoding="utf-8")
    (tmp_path / "bad.json").write_text('{"names": 5}', encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"names" 5}', encoding="utf-8")
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 not really a document")
    (tmp_path / "photo.jpg").write_bytes(pf.camera_jpeg(width=600, height=400))
    (tmp_path / "ro").mkdir()
    return tmp_path


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """*folder* refuses new files, as a read-only share does: by its mode, and (since the
    test may run as root, whom modes do not stop) by refusing to create anything in it."""
    real_open, real_mkdir = os.open, os.mkdir

    def inside(path: object) -> bool:
        assert isinstance(path, str | bytes | os.PathLike)
        return str(Path(os.fsdecode(path)).absolute()).startswith(str(folder.absolute()))

    def guarded_open(path: object, flags: int, *args: object, **kw: object) -> int:
        if flags & os.O_CREAT and inside(path):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, flags, *args, **kw)  # type: ignore[arg-type]  # os.open and os.mkdir as replaced

    def guarded_mkdir(path: object, *args: object, **kw: object) -> None:
        if inside(path):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        real_mkdir(path, *args, **kw)  # type: ignore[arg-type]  # os.open and os.mkdir as replaced

    folder.chmod(0o555)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(os, "open", guarded_open)
            patch.setattr(os, "mkdir", guarded_mkdir)
            yield
    finally:
        folder.chmod(0o755)


def _for_review(d: Path) -> list[str]:
    assert main(["export", str(d / "a.release"), "--for-review", "-o",
                 str(d / "a.review.docx")]) == 0
    return [str(d / "a.review.docx")]


def _marked(d: Path) -> list[str]:
    """A for-review document a reviewer marked: an insertion, a deletion, comments."""
    _for_review(d)
    m = Markup((d / "a.review.docx").read_bytes())
    m.insert("headline", 0, "新：")
    m.delete("body", 2, 6, who=LEE)
    first = m.comment("body", 0, 4, "日期对吗？")
    m.comment("body", 0, 4, "已核对。", who=DANA, reply_to=first, done=True)
    (d / "a.review.docx").write_bytes(m.bytes())
    return [str(d / "a.review.docx")]


def _misprinted(d: Path) -> None:
    """A weekday that does not match its date, a doubled full stop, a register term."""
    from releasedesk import document

    release = document.load(d / "a.release")
    release.body = release.body.replace("开放。", "开放。。", 1).replace(
        "12月5日（星期六）", "12月5日（星期一）")
    document.save(release, d / "a.release", in_place=True)


def _broken_profile(d: Path) -> None:
    from releasedesk.paths import profiles_dir

    profiles_dir().mkdir(parents=True, exist_ok=True)
    (profiles_dir() / "broken.json").write_text("{oops", encoding="utf-8")


def _twin_damaged(d: Path) -> None:
    """A language version the release links to, damaged since (its reason quoted)."""
    assert main(["twin", str(d / "a.release"), "--language", "en"]) == 0
    (d / "a.en.release").write_text("{oops", encoding="utf-8")


def _twin_folder(d: Path) -> None:
    assert main(["twin", str(d / "a.release"), "--language", "en"]) == 0
    (d / "a.en.release").unlink()
    (d / "a.en.release").mkdir()


def _exported(d: Path) -> None:
    assert main(["export", str(d / "a.release"), "-o", str(d / "out")]) == 0


def _tampered(d: Path) -> None:
    _exported(d)
    (d / "out" / "a.txt").write_text("changed", encoding="utf-8")


def _with_photo(d: Path) -> None:
    assert main(["photo", "add", str(d / "a.release"), str(d / "photo.jpg"),
                 "--caption", "夜市", "--alt", "夜市入口"]) == 0


def _in_read_only(d: Path) -> None:
    shutil.copy(d / "a.release", d / "ro" / "a.release")


def _nothing(d: Path) -> None:
    return None


# (name, set-up, arguments with {d} for the folder, expected exit code, read-only "ro")
CASES: list[tuple[str, Callable[[Path], object], list[str], int, bool]] = [
    ("export", _nothing, ["export", "{d}/a.release", "-o", "{d}/out"], 0, False),
    ("export strict", _nothing, ["export", "{d}/a.release", "--strict", "-f", "txt",
                                 "-o", "{d}/a.txt"], 0, False),
    ("export missing", _nothing, ["export", "{d}/gone.release"], 2, False),
    ("export damaged", _nothing, ["export", "{d}/bad.release"], 2, False),
    ("export read-only", _nothing, ["export", "{d}/a.release", "-o", "{d}/ro/out"], 2, True),
    ("export read-only file", _nothing, ["export", "{d}/a.release", "-f", "docx", "-o",
                                         "{d}/ro/a.docx"], 2, True),
    ("export under a file", _nothing, ["export", "{d}/a.release", "-f", "txt", "-o",
                                       "{d}/a.release/a.txt"], 2, False),
    ("export wrap", _nothing, ["export", "{d}/a.release", "--wrap", "3"], 2, False),
    ("export stdout", _nothing, ["export", "{d}/a.release", "-o", "-"], 2, False),
    ("verify", _exported, ["verify", "{d}/out"], 0, False),
    ("verify tampered", _tampered, ["verify", "{d}/out"], 1, False),
    ("verify missing", _nothing, ["verify", "{d}/nothing"], 2, False),
    ("verify damaged", _nothing, ["verify", "{d}/bad.release"], 2, False),
    ("photo add", _nothing, ["photo", "add", "{d}/a.release", "{d}/photo.jpg"], 0, False),
    ("photo add not a photo", _nothing, ["photo", "add", "{d}/a.release", "{d}/bad.release"],
     2, False),
    ("photo add read-only", _in_read_only, ["photo", "add", "{d}/ro/a.release",
                                            "{d}/photo.jpg"], 2, True),
    ("photo list", _with_photo, ["photo", "list", "{d}/a.release"], 0, False),
    ("photo list none", _nothing, ["photo", "list", "{d}/a.release"], 0, False),
    ("photo remove", _with_photo, ["photo", "remove", "{d}/a.release", "1"], 0, False),
    ("photo remove unknown", _with_photo, ["photo", "remove", "{d}/a.release", "7"], 2, False),
    ("photo remove none", _nothing, ["photo", "remove", "{d}/a.release", "1"], 2, False),
    ("photo missing", _nothing, ["photo", "list", "{d}/gone.release"], 2, False),
    ("photo damaged", _nothing, ["photo", "list", "{d}/bad.release"], 2, False),
    ("review", _for_review, ["review", "{d}/a.review.docx"], 0, False),
    ("review marked", _marked, ["review", "{d}/a.review.docx"], 0, False),
    ("import onto marked", _marked, ["import", "{d}/a.review.docx", "--onto", "{d}/a.release"],
     0, False),
    ("import onto marked accept", _marked, ["import", "{d}/a.review.docx", "--onto",
                                            "{d}/a.release", "--accept-all", "--by", "林"],
     0, False),
    ("review missing", _nothing, ["review", "{d}/gone.docx"], 2, False),
    ("review damaged", _nothing, ["review", "{d}/bad.release"], 2, False),
    ("import onto", _for_review, ["import", "{d}/a.review.docx", "--onto", "{d}/a.release"],
     0, False),
    ("import onto accept", _for_review, ["import", "{d}/a.review.docx", "--onto",
                                         "{d}/a.release", "--accept-all", "--by", "林"],
     0, False),
    ("import onto damaged", _for_review, ["import", "{d}/a.review.docx", "--onto",
                                          "{d}/bad.release"], 2, False),
    ("import onto missing", _nothing, ["import", "{d}/gone.docx", "--onto", "{d}/a.release"],
     2, False),
    ("import", _exported, ["import", "{d}/out/a.docx", "-o", "{d}/imported.release"], 0,
     False),
    ("import text", _exported, ["import", "{d}/out/a.txt", "-o", "{d}/imported.release"], 0,
     False),
    ("import exists", _exported, ["import", "{d}/out/a.docx", "-o", "{d}/a.release"], 2,
     False),
    ("import missing", _nothing, ["import", "{d}/gone.docx"], 2, False),
    ("import damaged", _nothing, ["import", "{d}/bad.docx"], 2, False),
    ("import read-only", _exported, ["import", "{d}/out/a.docx", "-o", "{d}/ro/i.release"], 2,
     True),
    ("import list alone", _for_review, ["import", "{d}/a.review.docx", "--list"], 2, False),
    ("newsroom", _nothing, ["newsroom", "{d}", "-o", "{d}/site", "--include-drafts"], 0, False),
    ("newsroom missing", _nothing, ["newsroom", "{d}/nowhere", "-o", "{d}/site"], 2, False),
    ("newsroom moment", _nothing, ["newsroom", "{d}", "-o", "{d}/site", "--as-of", "soon"],
     2, False),
    ("newsroom read-only", _nothing, ["newsroom", "{d}", "-o", "{d}/ro/site"], 2, True),
    ("twin", _nothing, ["twin", "{d}/a.release", "--language", "en"], 0, False),
    ("twin same language", _nothing, ["twin", "{d}/a.release", "--language", "zh-CN"], 2,
     False),
    ("twin bad tag", _nothing, ["twin", "{d}/a.release", "--language", "not a tag"], 2, False),
    ("twin exists", _nothing, ["twin", "{d}/a.release", "--language", "en", "-o",
                               "{d}/bad.release"], 2, False),
    ("twin no folder", _nothing, ["twin", "{d}/a.release", "--language", "en", "-o",
                                  "{d}/nowhere/b.release"], 2, False),
    ("twin missing", _nothing, ["twin", "{d}/gone.release", "--language", "en"], 2, False),
    ("twin damaged", _nothing, ["twin", "{d}/bad.release", "--language", "en"], 2, False),
    ("twin read-only", _nothing, ["twin", "{d}/a.release", "--language", "en", "-o",
                                  "{d}/ro/a.en.release"], 2, True),
    ("check proof", _misprinted, ["check", "--proof", "{d}/a.release"], 1, False),
    ("check proof clean", _nothing, ["check", "--proof", "{d}/a.release"], 0, False),
    ("check proof damaged", _nothing, ["check", "--proof", "{d}/bad.release"], 2, False),
    ("register", _nothing, ["profile", "register", "fernhollow-portal-zh", "{d}/bad.json"],
     2, False),
    ("register damaged", _nothing, ["profile", "register", "fernhollow-portal-zh",
                                    "{d}/broken.json"], 2, False),
    ("register missing", _nothing, ["profile", "register", "fernhollow-portal-zh",
                                    "{d}/gone.json"], 2, False),
    ("profile list broken", _broken_profile, ["profile", "list"], 0, False),
    ("check twin damaged", _twin_damaged, ["check", "{d}/a.release"], 0, False),
    ("check twin folder", _twin_folder, ["check", "{d}/a.release"], 0, False),
    ("show", _nothing, ["show", "{d}/a.release"], 0, False),
    ("show missing", _nothing, ["show", "{d}/gone.release"], 2, False),
    ("show damaged", _nothing, ["show", "{d}/bad.release"], 2, False),
    ("new", _nothing, ["new", "-o", "{d}/n.release"], 0, False),
    ("new exists", _nothing, ["new", "-o", "{d}/a.release"], 2, False),
    ("new read-only", _nothing, ["new", "-o", "{d}/ro/n.release"], 2, True),
    ("new under a file", _nothing, ["new", "-o", "{d}/a.release/n.release"], 2, False),
]


def _run_case(desk: Path, case: tuple[str, Callable[[Path], object], list[str], int, bool],
              capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    _, setup, argv, _, ro = case
    setup(desk)
    capsys.readouterr()
    args = [a.replace("{d}", str(desk)) for a in argv]
    if ro:
        with read_only(desk / "ro"):
            code = main(args)
    else:
        code = main(args)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_every_command_speaks_chinese(case: tuple[str, Callable[[Path], object], list[str],
                                                  int, bool], desk: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, said = _run_case(desk, case, capsys)
    assert code == case[3], said
    assert said.strip(), "the command printed nothing"
    runs = english_runs(said, (desk, *PHOTO_WORDS))
    assert not runs, f"English in a Chinese run of {case[0]!r}: {runs}\n{said}"
    if code == 2:  # an error is one line, in Chinese
        errors = [line for line in said.splitlines() if line.startswith("releasedesk")]
        assert len(errors) == 1 and re.search(r"[\u4e00-\u9fff]", errors[0]), said


@pytest.mark.parametrize("case", [c for c in CASES if c[3] == 2 or c[0] in (
    "verify", "photo list", "review", "newsroom")], ids=lambda c: c[0])
def test_the_same_commands_speak_english_to_an_english_user(
        case: tuple[str, Callable[[Path], object], list[str], int, bool], desk: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "en")
    code, said = _run_case(desk, case, capsys)
    assert code == case[3], said
    # (paths and the Chinese sample's own text aside, the sentences are English)
    assert english_runs(said, (desk, *PHOTO_WORDS), least=2), said
    if code == 2:
        assert not re.search(r"[\u4e00-\u9fff]", said.replace(str(desk), "")), said


@pytest.mark.parametrize("text", [
    "releasedesk: a.release 已存在；请换一个名称，或加上 --force 替换它。",
    "通过    6 个文件与 manifest.json 一致（sha256:9a1f）。",
    "releasedesk：正文中仍引用 photo:dsc-0042；该处现在只会印出图片描述。",
])
def test_the_detector_lets_chinese_sentences_pass(text: str) -> None:
    assert english_runs(text, ()) == []


@pytest.mark.parametrize("text", [
    "releasedesk: a.release already exists; choose another name",
    "3 个文件 written to the folder",
    "已添加（the photo has no alt text）",
    "0 tracked changes, 0 comments in 30 paragraphs.",
    "releasedesk: 无法写入 /tmp/x：No space left on device。",
])
def test_the_detector_finds_english_sentences(text: str) -> None:
    assert english_runs(text, (Path("/tmp/x"),)) != []


@pytest.mark.parametrize("status", ["immediate", "embargoed"])
@pytest.mark.parametrize(("code", "label", "words"), [
    ("zh_CN", "发布状态", {"immediate": "即时发布", "embargoed": "禁发中（解禁前不得发布）"}),
    ("en", "Status", {"immediate": "For immediate release", "embargoed": "Under embargo"}),
])
def test_show_prints_the_status_in_words(status: str, code: str, label: str,
                                         words: dict[str, str], desk: Path,
                                         monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from releasedesk import document
    from releasedesk.cli_show import CHOICE_WORDS
    from releasedesk.model import STATUSES

    assert set(CHOICE_WORDS["status"]) == set(STATUSES)  # every status has its words
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", code)
    release = document.load(desk / "a.release")
    release.status = status
    document.save(release, desk / "a.release", in_place=True)
    assert main(["show", str(desk / "a.release")]) == 0
    lines = capsys.readouterr().out.splitlines()
    shown = next(line for line in lines if line.startswith(f"{label}:"))
    assert shown == f"{label}: {words[status]}"


def test_help_shows_no_english_placeholder_under_chinese(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from releasedesk.cli import build_parser
    from releasedesk.cli_help import help_texts, shown_metavar

    placeholders = {shown_metavar(owner) for owner, attribute, _ in help_texts(build_parser())
                    if attribute == "metavar" and isinstance(owner, argparse.Action)}
    assert {"COMMAND", "ACTION", "FILE", "NAME", "file"} <= placeholders
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", "zh_CN")
    commands = command_names()
    for argv in [[], *([c] for c in commands), ["photo", "add"], ["keys", "new"],
                 ["profile", "export"]]:
        with pytest.raises(SystemExit):
            main([*argv, "--help"])
        usage = re.sub(r"\{[^}]*\}", "", capsys.readouterr().out.split("\n\n")[0])  # (choices)
        found = set(re.findall(r"[A-Za-z]+", usage)) & placeholders - set(argv)
        assert not found, (argv, usage)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_check_lines_up_its_columns_in_either_language(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        language: str) -> None:
    """Found by the tester: in Chinese the field column wandered (a Chinese character is two
    columns wide on a terminal)."""
    from releasedesk import document
    from releasedesk.render.text_writer import text_width

    monkeypatch.setenv("RELEASEDESK_LANGUAGE", language)
    release = document.load(ZH_SAMPLE)
    release.contacts, release.footer, release.body = [], [], "短。"
    path = tmp_path / "a.release"
    document.save(release, path)
    main(["check", str(path)])
    lines = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert len(lines) >= 3
    starts = set()
    for line in lines:
        _severity, rest = line.split("  ", 1)
        field = rest.lstrip(" ").split("  ", 1)[0]
        starts.add((text_width(line[: len(line) - len(rest.lstrip(" "))]),
                    text_width(line[: line.index(field) + len(field)]) + (
                        len(line[line.index(field) + len(field):]) -
                        len(line[line.index(field) + len(field):].lstrip(" ")))))
    assert len({first for first, _ in starts}) == 1, lines
    assert len({second for _, second in starts}) == 1, lines

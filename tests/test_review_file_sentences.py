"""A reviewed document that cannot be read is told as a review, not as a draft to import
(found by the tester: `releasedesk review` of an empty file said "there is nothing to
import"): the same rules and limits, with sentences that name a review, from the command
line (`review`, `import --onto`) and the editor's Import Review alike."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from releasedesk.importing import source
from releasedesk.importing.errors import DraftError
from releasedesk.importing.source import read_draft_bytes
from releasedesk.review import read_review_file

from cli_in_process import run_in_process

SAMPLE = Path(__file__).parent.parent / "resources" / "samples" / \
    "tidewater-ferry-terminal.release"


def empty(folder: Path) -> Path:
    (folder / "back.docx").write_bytes(b"")
    return folder / "back.docx"


def blank(folder: Path) -> Path:
    (folder / "back.docx").write_bytes(b" \n\t\r\n ")
    return folder / "back.docx"


def a_folder(folder: Path) -> Path:
    (folder / "back.docx").mkdir()
    return folder / "back.docx"


def too_large(folder: Path) -> Path:
    (folder / "back.docx").write_bytes(b"PK\x03\x04" + bytes(200))
    return folder / "back.docx"


CASES: list[tuple[Callable[[Path], Path], str]] = [
    (empty, "back.docx is empty: there is no review in it. Choose the .docx the reviewer "
            "sent back."),
    (blank, "back.docx is empty: there is no review in it. Choose the .docx the reviewer "
            "sent back."),
    (a_folder, "back.docx is a folder, not a reviewed document; choose the .docx the "
               "reviewer sent back."),
    (too_large, "back.docx is 0 MB, more than ReleaseDesk reads (0 MB at most); in Word, "
                "compress its pictures (Picture Format ▸ Compress Pictures), save it and read "
                "it again."),
]


@pytest.fixture(autouse=True)
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(source, "MAX_WORD_DRAFT_BYTES", 100)


def _review_in_editor(path: Path) -> None:
    from releasedesk.document import load
    from releasedesk.gui.app.review_actions import read_reading

    read_reading(path, load(SAMPLE))


@pytest.mark.parametrize(("make", "said"), CASES, ids=[make.__name__ for make, _ in CASES])
@pytest.mark.parametrize("way", ["read_review_file", "editor"])
def test_a_review_that_cannot_be_read_is_told_as_a_review(
        tmp_path: Path, make: Callable[[Path], Path], said: str, way: str) -> None:
    path = make(tmp_path)
    with pytest.raises(DraftError) as raised:
        (read_review_file if way == "read_review_file" else _review_in_editor)(path)
    assert str(raised.value) == said
    assert "import" not in str(raised.value) and "draft" not in str(raised.value)


@pytest.mark.parametrize(("make", "said"), CASES, ids=[make.__name__ for make, _ in CASES])
@pytest.mark.parametrize("command", [["review", "{path}"],
                                     ["import", "{path}", "--onto", "{release}"],
                                     ["import", "{path}", "--onto", "{release}",
                                      "--accept-all"]])
def test_the_command_line_says_the_same(tmp_path: Path, make: Callable[[Path], Path],
                                        said: str, command: list[str]) -> None:
    path = make(tmp_path)
    release = tmp_path / "story.release"
    release.write_bytes(SAMPLE.read_bytes())
    ran = run_in_process(*(part.format(path=path, release=release) for part in command))
    assert ran.returncode != 0
    assert ran.stderr.strip() == f"releasedesk: {said}"
    assert release.read_bytes() == SAMPLE.read_bytes()


@pytest.mark.parametrize("make", [empty, blank, a_folder, too_large])
def test_a_draft_is_still_told_as_a_draft(tmp_path: Path, make: Callable[[Path], Path]) -> None:
    with pytest.raises(DraftError) as raised:
        read_draft_bytes(make(tmp_path))
    assert "review" not in str(raised.value)
    assert "import" in str(raised.value) or "draft" in str(raised.value)

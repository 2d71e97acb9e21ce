"""No write follows a link it did not create (issue 22, point 3).

For each command and each path it writes, a symbolic link is planted there pointing at a
"victim" file; after the command the victim holds its bytes, and the path is a regular
file (or the command refused in one sentence and wrote nothing through the link).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from releasedesk import cli, document, paths
from releasedesk.model import Photo
from releasedesk.profiles import ProfileStore
from releasedesk.recovery import RecoveryStore
from releasedesk.render import FORMATS
from releasedesk.settings import Settings, save_settings

from conftest import SAMPLES
from helpers import make_release

WIRE = SAMPLES / "tidewater-ferry-terminal.release"
VICTIM_BYTES = b"the victim's own bytes\n"


def _plant(path: Path, victim: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    victim.write_bytes(VICTIM_BYTES)
    path.symlink_to(victim)


def _cli(*args: object) -> int:
    return cli.main([str(a) for a in args])


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.release"
    path.write_bytes(WIRE.read_bytes())
    return path


# (name, the path a link is planted at, the command) for every write of every command.
Case = tuple[str, Callable[[Path, Path], Path], Callable[[Path, Path, Path], object]]
CASES: list[Case] = [
    *[(f"export -f {name} -o FILE",
       lambda tmp, story, n=name: tmp / f"out{FORMATS[n].suffix}",
       lambda tmp, story, at, n=name: _cli("export", story, "-f", n, "-o", at))
      for name in FORMATS],
    *[(f"export -o DIR ({name})",
       lambda tmp, story, n=name: tmp / "web" / f"story{FORMATS[n].suffix}",
       lambda tmp, story, at: _cli("export", story, "-o", tmp / "web"))
      for name in FORMATS if FORMATS[name].in_all],
    ("export -o DIR (manifest.json)", lambda tmp, story: tmp / "web" / "manifest.json",
     lambda tmp, story, at: _cli("export", story, "-o", tmp / "web")),
    ("export beside the release", lambda tmp, story: tmp / "story.txt",
     lambda tmp, story, at: _cli("export", story, "-f", "txt")),
    ("sheet -o FILE.docx", lambda tmp, story: tmp / "sheet.docx",
     lambda tmp, story, at: _cli("sheet", story, "-o", at)),
    ("sheet -o FILE.pdf", lambda tmp, story: tmp / "sheet.pdf",
     lambda tmp, story, at: _cli("sheet", story, "-o", at)),
    ("sheet (its default name)", lambda tmp, story: tmp / "story.signoff.docx",
     lambda tmp, story, at: _cli("sheet", story)),
    ("new --force -o FILE", lambda tmp, story: tmp / "fresh.release",
     lambda tmp, story, at: _cli("new", "-o", at, "--force")),
    ("import -o FILE --force", lambda tmp, story: tmp / "imported.release",
     lambda tmp, story, at: _cli("import", _draft(tmp), "-o", at, "--force")),
    ("import (beside the draft) --force", lambda tmp, story: tmp / "draft.release",
     lambda tmp, story, at: _cli("import", _draft(tmp), "--force")),
    ("profile export -o FILE", lambda tmp, story: tmp / "house.json",
     lambda tmp, story, at: _cli("profile", "export", "calloway-wire", "-o", at)),
    ("profile import (the installed copy)",
     lambda tmp, story: paths.profiles_dir() / "calloway-wire.json",
     lambda tmp, story, at: _cli("profile", "import", _profile_file(tmp), "--force")),
    ("recovery copy", lambda tmp, story: tmp / "recovery" / "0123abcd.release",
     lambda tmp, story, at: RecoveryStore(tmp / "recovery").write(
         "0123abcd", make_release(), story)),
    ("recovery copy's metadata", lambda tmp, story: tmp / "recovery" / "0123abcd.json",
     lambda tmp, story, at: RecoveryStore(tmp / "recovery").write(
         "0123abcd", make_release(), story)),
    ("settings", lambda tmp, story: paths.settings_file(),
     lambda tmp, story, at: save_settings(Settings())),
]


def _draft(tmp: Path) -> Path:
    draft = tmp / "draft.txt"
    draft.write_text("Harbour Opens New Quay\n\nPORT CALLOWAY — The harbour opened a quay.\n",
                     encoding="utf-8")
    return draft


def _profile_file(tmp: Path) -> Path:
    source = tmp / "calloway-wire-copy.json"
    ProfileStore().export("calloway-wire", source)
    return source


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_a_link_planted_at_an_output_is_replaced_never_written_through(
        tmp_path: Path, story: Path, case: Case) -> None:
    _, where, command = case
    at = where(tmp_path, story)
    victim = tmp_path / "elsewhere" / "victim"
    victim.parent.mkdir()
    _plant(at, victim)
    command(tmp_path, story, at)
    assert victim.read_bytes() == VICTIM_BYTES
    assert not at.is_symlink()
    assert at.is_file() and at.read_bytes() != VICTIM_BYTES
    assert not [p for p in at.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_photo_folder_that_is_a_link_is_refused(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from test_photo_exports import quick_photo

    release = make_release()
    photo: Photo = quick_photo("ferry")
    release.photos = [photo]
    story = tmp_path / "story.release"
    document.save(release, story)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "web").mkdir()
    (tmp_path / "web" / "story_files").symlink_to(elsewhere)
    assert _cli("export", story, "-o", tmp_path / "web") == 2
    err = capsys.readouterr().err
    assert "link to another folder" in err and err.count("\n") == 1
    assert list(elsewhere.iterdir()) == []
    assert sorted(p.name for p in (tmp_path / "web").iterdir()) == ["story_files"]


def test_changing_a_release_in_place_follows_the_link_it_was_given(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "story.release"
    real.parent.mkdir()
    shutil.copy(WIRE, real)
    link = tmp_path / "story.release"
    link.symlink_to(real)
    assert _cli("approve", link, "--by", "Ada Brill", "--role", "Director") == 0
    assert link.is_symlink()
    assert json.loads(real.read_text("utf-8"))["workflow"]["signoffs"][0]["name"] == "Ada Brill"

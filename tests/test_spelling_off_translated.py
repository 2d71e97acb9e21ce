""""Spelling is off: {reason}" is said whole in the interface's language: each reason is a
marked message of its own (a Phrase), translated with the finding's sentence, and only the
data it names (a library's name, a folder, a library's own error) stays as it is."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from releasedesk.messages import finding_sentence
from releasedesk.proofing import spelling
from releasedesk.proofing.engine import Proofer
from releasedesk.proofing.findings import TEMPLATES, ProofFinding
from releasedesk.proofing.spelling import Speller

from helpers import make_release

DETAIL = "BROKEN 42"  # a library's own words, said as it said them


def pseudo(text: str, _context: str) -> str:
    """A translation that leaves no Latin letter outside the placeholders: a message said
    through it shows no English word of ours."""
    return re.sub(r"\{\w*\}|[A-Za-z]", lambda m: m.group(0) if m.group(0)[0] == "{" else "文",
                  text)


def missing_library(_folder: Path, _variant: str) -> object:
    raise ImportError


def broken_library(_folder: Path, _variant: str) -> object:
    raise RuntimeError(DETAIL)


def dictionary_folder(tmp_path: Path, words: bytes | None) -> Path:
    """A folder with an (empty) en_US dictionary and, given *words*, its word store."""
    (tmp_path / "en_US.dic").write_text("", encoding="utf-8")
    if words is not None:
        (tmp_path / "en_US.words").write_bytes(words)
    return tmp_path


# (engines, their loaders, the folder, the English reason): every way spelling goes off
Case = tuple[tuple[str, ...], dict[str, Callable[[Path, str], object]],
             Callable[[Path], Path | None], str]
CASES: list[Case] = [
    ((), {}, lambda tmp: None,
     "no spelling library could load (); install chunspell or spylls."),
    (("chunspell", "spylls"), {"chunspell": missing_library, "spylls": missing_library},
     lambda tmp: None,
     "no spelling library could load (chunspell is not installed; spylls is not installed); "
     "install chunspell or spylls."),
    (("chunspell", "spylls"), {"chunspell": broken_library, "spylls": missing_library},
     lambda tmp: None,
     f"no spelling library could load (chunspell could not read the dictionary ({DETAIL}); "
     "spylls is not installed); install chunspell or spylls."),
    (("spylls",), {"spylls": broken_library}, lambda tmp: None,
     f"no spelling library could load (spylls could not read the dictionary ({DETAIL})); "
     "install chunspell or spylls."),
    (("words", "chunspell"), {"chunspell": missing_library},
     lambda tmp: dictionary_folder(tmp, None),
     "no spelling library could load (the word store is unusable (cannot read en_US.words "
     "(No such file or directory)); chunspell is not installed); install chunspell or "
     "spylls."),
    (("words", "spylls"), {"spylls": missing_library},
     lambda tmp: dictionary_folder(tmp, b"RDWORDS? no"),
     "no spelling library could load (the word store is unusable (not a ReleaseDesk word "
     "store of this version); spylls is not installed); install chunspell or spylls."),
    (("words", "chunspell", "spylls"), {}, lambda tmp: tmp,
     "the American English dictionary is missing from {tmp}; reinstall ReleaseDesk."),
]


@pytest.mark.parametrize("case", CASES, ids=range(len(CASES)))
def test_each_reason_is_said_in_the_interface_s_language(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, case: Case) -> None:
    engines, loaders, folder_of, english = case
    for name, loader in loaders.items():
        monkeypatch.setattr(spelling, f"_load_{name}", loader)
    folder = folder_of(tmp_path)
    proofer = Proofer(speller=Speller("en_US", folder, engines), variant="en_US")
    found = proofer.proof(make_release(body="Passengers receive a text."))
    (off,) = [f for f in found if f.code == "spelling_off"]
    assert isinstance(off, ProofFinding)
    english = english.format(tmp=tmp_path)
    assert off.message == f"Spelling is off: {english}"  # English as it was
    said = finding_sentence(TEMPLATES[off.code], dict(off.args), off.message, pseudo)
    assert said != off.message
    # no English word of ours left: only the data the reason names
    for data in (str(tmp_path), DETAIL, "chunspell", "spylls", "en_US.words",
                 "No such file or directory"):
        said = said.replace(data, "")
    assert re.search(r"[A-Za-z]", said) is None, said

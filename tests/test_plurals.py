"""Counts read as English counts ("1 link", "2 links"; found by tester14: "The body has 1
links in 53 words", "…0 listed only; 1 comments."). The core and the command line choose
"one" or "many" themselves (errors.counted: Qt-free, translated as a Phrase); the editor
asks Qt for the numerus form (tr with n), whose English forms come from the plurals-only
translation. Each is checked over counts 0, 1, 2, 5 and 21."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.body.parse import parse_markdown
from releasedesk.checks import _length_and_links
from releasedesk.cli_photos import _find
from releasedesk.cli_proof import import_register
from releasedesk.errors import ReleaseDeskError
from releasedesk.gui.clearance.signoff_dialog import SignOffDialog
from releasedesk.gui.review.review_panel import ReviewPanel
from releasedesk.gui.review.review_session import ReviewSession
from releasedesk.messages import finding_sentence
from releasedesk.model import Photo
from releasedesk.profiles import Profile, ProfileStore
from releasedesk.review.items import Review
from releasedesk.review.suggestions import Reading

from helpers import make_release
from test_cli import run

COUNTS = [0, 1, 2, 5, 21]
# "1 links", "1 comments", "0 error(s)": a count its noun does not agree with.
WRONG = re.compile(r"(?<![\d.,])1 (?:\w+ )?(?:links|words|comments|errors|photos|people|"
                   r"organisations|terms|places|suggestions|releases|files)\b|\(s\)")


def _agrees(text: str, number: int, one: str, many: str) -> None:
    assert WRONG.search(text) is None, text
    assert f"{number} {one if number == 1 else many}" in text, text


@pytest.mark.parametrize("links", COUNTS[1:])
@pytest.mark.parametrize("words", COUNTS)
def test_the_body_s_length_and_links_findings(links: int, words: int) -> None:
    body = " ".join(f"[w{i}](https://example.org/{i})" if i < links else f"w{i}"
                    for i in range(max(words, links)))
    findings = {f.code: f for f in _length_and_links(parse_markdown(body), body,
                                                     words=words)}
    short, dense = findings["body_short"], findings["links_dense"]
    for finding in (short, dense):
        said = finding_sentence(
            {"body_short": "The body has {word_count}; a release usually needs at least "
                           "{min}.",
             "links_dense": "The body has {link_count} in {word_count}; keep it to one link "
                            "per {per} words."}[finding.code],
            dict(finding.args), finding.message, lambda text, context: text)
        assert said == finding.message
        _agrees(finding.message, words, "word", "words")
    _agrees(dense.message, links, "link", "links")
    chinese = {f.code: f for f in _length_and_links(parse_markdown(body), body, chinese=True,
                                                    words=words)}
    _agrees(chinese["body_short_chars"].message, words, "character", "characters")


@pytest.mark.parametrize("number", COUNTS)
def test_the_register_summary(number: int, tmp_path: Path) -> None:
    ProfileStore().save(Profile(name="office"))
    sheet = tmp_path / "names.csv"
    rows = ["kind,name,title"]
    rows += [f"person,Person {i},Director" for i in range(number)]
    rows += [f"place,Place {i}," for i in range(number)]
    rows += [f"word,Word{i}," for i in range(number)]
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
    summary = import_register("office", sheet, replace=True)
    _agrees(summary, number, "person", "people")
    _agrees(summary, number, "place", "places")
    _agrees(summary, number, "word", "words")
    _agrees(summary, 0, "", "organisations")


@pytest.mark.parametrize("number", COUNTS[1:])
def test_a_photo_the_release_lacks(number: int, tmp_path: Path) -> None:
    release = make_release()
    release.photos = [Photo(f"p{i}", b"", "image/png", 10, 10, "") for i in range(number)]
    with pytest.raises(ReleaseDeskError) as refused:
        _find(release, "nope", tmp_path / "story.release")
    _agrees(refused.value.message, number, "photo", "photos")


@pytest.mark.parametrize("empty", [("headline",), ("headline", "footer"),
                                   ("headline", "footer", "release_date")])
def test_export_strict_counts_the_errors(tmp_path: Path, empty: tuple[str, ...]) -> None:
    release = make_release()
    for name in empty:
        setattr(release, name, [] if name == "footer" else None if name == "release_date"
                else "")
    story = tmp_path / "story.release"
    document.save(release, story)
    result = run("export", story, "--strict", "-o", tmp_path / "out")
    assert result.returncode == 1, result.stderr
    errors = len([line for line in result.stderr.splitlines() if line.startswith("error")])
    assert errors >= 1
    _agrees(result.stderr.strip().splitlines()[-1], errors, "error", "errors")


class EnglishPlurals(QTranslator):
    """English's forms for every numerus message, as the plurals-only translation gives
    them ("%n comment(s)" → "1 comment", "2 comments"); everything else untranslated. (Its
    own forms are releasedesk_en.ts's to give; this one shows the editor asks for them.)"""

    asked: list[str]

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if n < 0:
            return source  # (as untranslated: an empty text would be taken as the words)
        self.asked.append(source)
        return source.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


@pytest.fixture
def english(qapp: QApplication) -> Iterator[EnglishPlurals]:
    translator = EnglishPlurals()
    translator.asked = []
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("number", COUNTS)
def test_the_suggestions_panel_counts_comments(qtbot: QtBot, english: EnglishPlurals,
                                               number: int) -> None:
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    session = ReviewSession(Reading(review=Review()), "reviewed.docx")
    session.resolved = [False] * number
    panel.show_session(session, [])
    panel.refresh()
    _agrees(panel.summary.text(), number, "comment", "comments")
    assert "%n comment(s)" in english.asked


@pytest.mark.parametrize("number", COUNTS[1:])
def test_the_sign_off_dialog_counts_errors(qtbot: QtBot, english: EnglishPlurals,
                                           number: int) -> None:
    dialog = SignOffDialog("sha256:" + "0" * 64, ["Director"], number, "Li Wei")
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in dialog.findChildren(QLabel)]
    said = next(text for text in texts if "readiness check" in text)
    _agrees(said, number, "error", "errors")

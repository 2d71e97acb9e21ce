"""The Proofing panel lists each mistake once: a word misspelt in several places is one row,
at its first place, saying how many places; each click on the row goes to the next place in
turn (the first again after the last), so every place is reachable from the list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.errors import Phrase
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.proofing.proofing_panel import SHOWN_MAX, ProofingPanel
from releasedesk.proofing.findings import ProofFinding
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from examples import examples
from gui_helpers import FakePrompts, opens
from helpers import make_release

WORDS = ["recieve", "goverment", "teh", "adress"]
FIELDS = ["body", "headline", "about"]


def _spelling(field: str, start: int, word: str, suggestion: str) -> ProofFinding:
    return ProofFinding(field, start, start + len(word), "spelling", "error", "spelling",
                        (("found", word), ("dictionary", Phrase("American English"))),
                        suggestion)


# Findings as proofing lists them: each a word (a few, so most are made again), a field, a
# place, and sometimes a suggestion (a word with and without one are two mistakes' rows).
FINDINGS = st.lists(st.builds(_spelling, st.sampled_from(FIELDS), st.integers(0, 5000),
                              st.sampled_from(WORDS), st.sampled_from(["", "receive"])),
                    max_size=40, unique=True)


def _key(finding: ProofFinding) -> tuple[object, ...]:
    return finding.severity, finding.code, finding.args, finding.suggestion


@settings(max_examples=examples(200, 60),
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(findings=FINDINGS, clicks=st.lists(st.integers(0, 20), max_size=30))
def test_one_row_per_mistake_and_every_place_reachable_in_turn(
        qtbot: QtBot, findings: list[ProofFinding], clicks: list[int]) -> None:
    panel = ProofingPanel()
    qtbot.addWidget(panel)
    panel.set_findings(findings)
    rows = panel.rows
    # Every finding in exactly one row, in the list's order; one row per mistake, each at
    # its first place.
    assert sorted(map(repr, (f for row in rows for f in row))) == sorted(map(repr, findings))
    assert len(rows) == len({_key(f) for f in findings})
    assert all(len({_key(f) for f in row}) == 1 for row in rows)
    assert all(row == [f for f in findings if _key(f) == _key(row[0])] for row in rows)
    assert [findings.index(row[0]) for row in rows] == sorted(findings.index(r[0]) for r in rows)
    # The list shows a line a row, the places counted where there are several.
    assert panel.count() == (len(rows) if findings else 1)
    for index, row in enumerate(rows):
        text = panel.item(index).text()
        assert (f"({len(row)} places)" in text) == (len(row) > 1), text
        assert str(dict(row[0].args)["found"]) in text
    # Clicks on a row go to its places in order, round again after the last.
    gone: dict[int, list[ProofFinding]] = {}
    for click in clicks:
        if click < len(rows):
            found = panel.finding_at(click)
            assert found is not None
            gone.setdefault(click, []).append(found)
        else:
            assert panel.finding_at(click) is None
    for index, went in gone.items():
        row = rows[index]
        assert went == [row[n % len(row)] for n in range(len(went))]


def test_a_row_keeps_its_turn_through_a_pass_that_moves_its_places(qtbot: QtBot) -> None:
    """An edit elsewhere moves a row's places (the same count): its next click goes on to
    the next; a place corrected (one fewer) starts the row again at its first."""
    panel = ProofingPanel()
    qtbot.addWidget(panel)
    places = [_spelling("body", at, "teh", "") for at in (10, 50, 90)]
    panel.set_findings(places)
    assert panel.finding_at(0) == places[0]
    moved = [_spelling("body", f.start + 7, "teh", "") for f in places]
    panel.set_findings(moved)
    assert panel.finding_at(0) == moved[1]
    corrected = [moved[0], moved[2]]
    panel.set_findings(corrected)
    assert [panel.finding_at(0) for _ in range(3)] == [corrected[0], corrected[1], corrected[0]]


def test_rows_past_the_limit_are_counted_in_places(qtbot: QtBot) -> None:
    panel = ProofingPanel()
    qtbot.addWidget(panel)
    words = [f"wrd{chr(97 + n // 26)}{chr(97 + n % 26)}" for n in range(SHOWN_MAX + 10)]
    findings = [_spelling("body", 100 * n + copy, word, "")
                for n, word in enumerate(words) for copy in range(3)]
    panel.set_findings(findings)
    assert panel.count() == SHOWN_MAX + 1 and len(panel.rows) == SHOWN_MAX
    assert "30 more" in panel.item(SHOWN_MAX).text()


def test_clicking_a_misspelt_words_row_selects_each_place_in_the_body(
        qtbot: QtBot, tmp_path: Path) -> None:
    body = ("Passengers will recieve a text.\n\nCrews will recieve the timetable.\n\n"
            "Nobody will recieve a fine.\n")
    release = make_release(body=body, release_date=date(2026, 11, 25))
    path = tmp_path / "story.release"
    document.save(release, path)
    window = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    assert opens(window, path)
    window.show()
    window.scheduler.request(window.manager.release, immediately=True)
    qtbot.waitUntil(lambda: bool(window.proofing.findings), timeout=10000)
    panel = window.proofing
    (row,) = [i for i, places in enumerate(panel.rows)
              if dict(places[0].args).get("found") == "recieve"]
    assert "(3 places)" in panel.item(row).text()
    editor = window.form.body.editor
    starts = []
    for _ in range(4):
        panel.itemClicked.emit(panel.item(row))
        assert editor.textCursor().selectedText() == "recieve"
        starts.append(editor.textCursor().selectionStart())
    assert starts[0] < starts[1] < starts[2] and starts[3] == starts[0]
    window.manager.modified = False
    window.close()

"""A paste changes only what is pasted: HTML from a browser whose headings rank above the
body's own (an <h1> over a body of "##" sections) is fitted under them, so every heading
already in the body prints at the level it had, in both views of the body."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from releasedesk.body import tree as t
from releasedesk.body.parse import fit_headings, parse_markdown, top_heading_level
from releasedesk.gui.body.body_editor import FORMATTED, MARKDOWN
from releasedesk.gui.form.release_form import ReleaseForm
from releasedesk.render.markdown_writer import write_markdown

from examples import examples
from helpers import make_release

LEVELS = st.lists(st.integers(1, 6), min_size=1, max_size=3)


def _levels(markdown: str) -> dict[str, int]:
    """Each heading's words and the level it prints at."""
    return {t.plain_text(b.children): b.level for b in t.walk_blocks(parse_markdown(markdown))
            if isinstance(b, t.Heading)}


def _body(own: list[int]) -> str:
    return "\n\n".join(f"{'#' * level} Own {n}\n\nWords under {n}."
                       for n, level in enumerate(own))


def _html(pasted: list[int]) -> str:
    return "".join(f"<h{level}>Pasted {n}</h{level}><p>More {n}</p>"
                   for n, level in enumerate(pasted))


@settings(max_examples=examples(200, 60), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(own=st.lists(st.integers(1, 6), max_size=3), pasted=LEVELS,
       view=st.sampled_from([FORMATTED, MARKDOWN]), at_start=st.booleans())
def test_a_paste_leaves_the_bodys_headings_at_their_levels(
        qtbot: QtBot, own: list[int], pasted: list[int], view: str, at_start: bool) -> None:
    form = ReleaseForm()
    qtbot.addWidget(form)
    release = make_release(body=_body(own) or "Words.")
    form.set_release(release)
    form.body.set_view(view)
    before = _levels(release.body)
    editor = form.body.editor
    editor.moveCursor(QTextCursor.MoveOperation.Start if at_start
                      else QTextCursor.MoveOperation.End)
    if view == MARKDOWN:  # (Markdown is pasted as typed: on a line of its own, apart)
        editor.insertPlainText("\n\n\n\n")
        editor.moveCursor(QTextCursor.MoveOperation.Up)
        editor.moveCursor(QTextCursor.MoveOperation.Up)
    data = QMimeData()
    data.setHtml(_html(pasted))
    editor.insertFromMimeData(data)
    after = _levels(release.body)
    assert {words: after[words] for words in before} == before  # the body's own: as they were
    new = [after[f"Pasted {n}"] for n in range(len(pasted))]
    top = min(before.values(), default=2)
    assert min(new) >= top  # none above the body's own
    for i in range(len(pasted) - 1):  # the paste's own order of levels
        if pasted[i] <= pasted[i + 1]:
            assert new[i] <= new[i + 1]
        else:
            assert new[i] >= new[i + 1]
    form.deleteLater()


# (the body's heading levels as written, the paste's, what the paste's become)
FITTED = [
    ([2], [1, 2], [2, 3]),  # the tester's case: an <h1> pasted over "## What changes …"
    ([], [1, 3], [2, 4]),  # no heading yet: the paste's highest at 2, as it prints
    ([3, 4], [2], [3]),
    ([2], [4, 5], [4, 5]),  # already below: as pasted
    ([1], [1, 2], [1, 2]),  # a body written from "#": "#" is its top
    ([3], [1, 6], [3, 6]),  # none below level 6
]


def test_fit_headings_by_table() -> None:
    for own, pasted, fitted in FITTED:
        top = top_heading_level(_body(own))
        raw: list[t.Block] = [t.Heading(level, [t.Text(f"h{n}")])
                              for n, level in enumerate(pasted)]
        got = [b.level for b in fit_headings(raw, top) if isinstance(b, t.Heading)]
        assert got == fitted, (own, pasted)
        assert write_markdown(fit_headings(raw, top)).count("#") == sum(fitted)

"""A document ReleaseDesk sent for review is refused as a draft, in one sentence.

Found by tester13: File ▸ Import Draft… (and `releasedesk import`) on a review document made
a broken release: its grey labels ("Dateline", "Organisation", "Body") in the body, the
subheadline "Subheadline", the thumbnails as photos. The document names the release's
fingerprint in a custom property (Word and LibreOffice keep it when they save): a draft's
import refuses it and points to File ▸ Import Review… and `import … --onto`, importing
nothing; our ordinary Word export (which has no such property) still imports.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from pytestqt.qtbot import QtBot

from release_strategies import releases
from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.exporting import draft_bytes
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.importing import READERS, DraftError, import_bytes
from releasedesk.model import Release
from releasedesk.review.sending import review_docx
from test_gui_import import window  # noqa: F401 (the editor's window, a fixture)
from test_review_trip import sample

from examples import examples
from gui_helpers import FakePrompts, wait_for_tasks
from test_cli import assert_one_line_error, run

SENTENCE = ("is a document ReleaseDesk sent for review, not a draft", "Import Review",
            "--onto", "nothing was imported")


def re_saved(data: bytes) -> bytes:
    """*data* as another program saves it: every member written again, in another order,
    the review's bookmarks and properties kept (as Word and LibreOffice keep them)."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = {name: source.read(name) for name in source.namelist()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name in sorted(members, reverse=True):
            target.writestr(name, members[name])
    return buffer.getvalue()


def _refused(data: bytes, name: str) -> str:
    with pytest.raises(DraftError) as caught:
        import_bytes(data, name, READERS["docx"])
    return str(caught.value)


@settings(max_examples=examples(30, 40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(releases())
def test_any_release_s_review_document_is_refused_and_its_export_is_not(
        release: Release) -> None:
    review = review_docx(release, fingerprint(release))
    for data in (review, re_saved(review)):
        message = _refused(data, "story.review.docx")
        assert message.startswith("story.review.docx ")
        assert all(part in message for part in SENTENCE), message
    back, _ = import_bytes(draft_bytes(release, "docx"), "story.docx", READERS["docx"])
    assert back.headline == release.headline


def test_the_command_line_refuses_it_and_writes_nothing(tmp_path: Path) -> None:
    draft = tmp_path / "story.review.docx"
    draft.write_bytes(review_docx(sample(), fingerprint(sample())))
    assert_one_line_error(run("import", draft), *SENTENCE)
    assert not list(tmp_path.glob("*.release"))


def test_the_editor_refuses_it_in_one_dialog_and_keeps_the_release(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    draft = tmp_path / "story.review.docx"
    draft.write_bytes(review_docx(sample(), fingerprint(sample())))
    window.form.headline.setText("Keep me")
    window.manager.release.headline = "Keep me"
    window.import_draft(draft)
    wait_for_tasks()
    prompts = window.prompts
    assert isinstance(prompts, FakePrompts)
    assert len(prompts.errors) == 1, prompts.errors
    assert all(part in prompts.errors[0] for part in SENTENCE), prompts.errors
    assert window.manager.release.headline == "Keep me"
    assert window.drafts is not None and not window.drafts.panel.isVisible()

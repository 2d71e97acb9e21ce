"""A PDF export the user asks for starts warm (exporting.warm_pdf): while the user chooses
where, the editor lays out the release's opening as a PDF off the GUI thread, and the
export finds WeasyPrint, its text library's types and the release's faces ready. The
warm-up changes no byte of the PDF, is done once per process, and is never heard of: not
when it fails, not when the user cancels."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from releasedesk import document, exporting
from releasedesk.exporting import WARM_BODY_CHARS, export_context, warm_pdf
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.model import Release
from releasedesk.recovery import RecoveryStore
from releasedesk.render import build_layout, pdf_writer
from releasedesk.render.layout import Layout
from releasedesk.settings import Settings
from test_pdf_kept_engine import corpus
from test_pdf_kept_fonts import no_kept_configuration

from conftest import SAMPLES
from gui_helpers import FakePrompts, opens, prompts_of, wait_for_tasks
from helpers import make_release


def warmed_bodies(monkeypatch: pytest.MonkeyPatch, release: Release) -> list[str]:
    """The bodies warm_pdf lays out for *release* (none once a configuration is kept)."""
    bodies: list[str] = []

    def build_layout_of(laid_out: Release) -> Layout:
        bodies.append(laid_out.body)
        assert laid_out.headline == release.headline and laid_out.contacts == release.contacts
        return build_layout(laid_out)

    monkeypatch.setattr(exporting, "build_layout", build_layout_of)
    warm_pdf(release)
    return bodies


@pytest.mark.parametrize(("body", "opening"), [
    ("First paragraph.\n\nSecond paragraph.", "First paragraph."),
    ("One line only.", "One line only."),
    ("word " * 400, ("word " * 400)[:WARM_BODY_CHARS]),
    ("Short.\n\n" + "word " * 400, "Short."),
    ("", ""),
], ids=["paragraphs", "one line", "one long paragraph", "short then long", "empty"])
def test_the_warm_up_lays_out_the_opening_once(monkeypatch: pytest.MonkeyPatch, body: str,
                                               opening: str) -> None:
    release = make_release(body=body)
    with no_kept_configuration():
        assert not pdf_writer.warm()
        assert warmed_bodies(monkeypatch, release) == [opening]
        assert pdf_writer.warm()
        assert warmed_bodies(monkeypatch, release) == []  # (kept: nothing to do)


def test_a_pdf_after_a_warm_up_is_the_pdf_without(tmp_path: Path) -> None:
    releases = corpus()
    names = ["english", "chinese", "photo", "right to left", "fernhollow-portal-zh on chinese"]
    context = export_context(moment=None)
    for name in names:
        layout = build_layout(releases[name])
        with no_kept_configuration():
            cold = pdf_writer.write_pdf(layout, context)
        with no_kept_configuration():
            warm_pdf(releases[name])
            assert pdf_writer.warm()
            assert pdf_writer.write_pdf(layout, context) == cold, name


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    work = tmp_path / "story.release"
    shutil.copy(SAMPLES / "tidewater-ferry-terminal.release", work)
    win = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(win)
    assert opens(win, work)
    return win


@pytest.mark.parametrize("command", ["export_pdf", "export_all"])
def test_a_pdf_export_warms_up_while_the_user_chooses(window: MainWindow, tmp_path: Path,
                                                      command: str) -> None:
    prompts = prompts_of(window)
    with no_kept_configuration():
        window.actions[command].trigger()  # (the user cancels the dialog: no path)
        wait_for_tasks()
        assert pdf_writer.warm()
    assert prompts.errors == [] and prompts.infos == []
    assert list(tmp_path.glob("*.pdf")) == []


def test_an_export_after_the_warm_up_writes_the_pdf(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "out" / "story.pdf"
    target.parent.mkdir()
    prompts = prompts_of(window)
    prompts.next_path = target
    with no_kept_configuration():
        window.actions["export_pdf"].trigger()
        wait_for_tasks()
    assert prompts.errors == []
    assert target.read_bytes().startswith(b"%PDF-")
    assert document.load(tmp_path / "story.release").headline == window.manager.release.headline


def test_a_failing_warm_up_says_nothing(window: MainWindow,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    tried: list[str] = []

    def broken(release: Release) -> None:
        tried.append(release.headline)
        raise RuntimeError("no Pango here")

    monkeypatch.setattr("releasedesk.exporting.warm_pdf", broken)
    window.actions["export_pdf"].trigger()
    wait_for_tasks()
    assert tried == [window.manager.release.headline]
    assert prompts_of(window).errors == []

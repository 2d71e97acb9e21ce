"""The kinds in the editor (issue 27, points 2-5): the form shows only the fields of the
release's kind, each edit is one undo step, File ▸ New from Template… starts every kind and
the user's own templates in the house style, Save as Template… writes into the user's
templates folder (a test's, never the real user's), and the calendar export is offered
only for a media advisory."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from pytestqt.qtbot import QtBot

from releasedesk import document, kinds
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.form.release_form import ReleaseForm
from releasedesk.house_setup import own_profiles
from releasedesk.model import KINDS, Release
from releasedesk.paths import templates_dir
from releasedesk.recovery import RecoveryStore
from releasedesk.register import Person, Register, Title
from releasedesk.settings import Settings
from releasedesk.templates import Template, all_templates

from gui_helpers import FakePrompts, own_copies_of_the_samples, wait_for_tasks
from helpers import make_release
from test_kinds import advisory

SECTIONS = {"news": set(), "advisory": {"event"}, "statement": {"statement"},
            "correction": {"correction"}}
KIND_SECTIONS = {"event", "statement", "correction"}


@pytest.fixture
def form(qtbot: QtBot) -> ReleaseForm:
    made = ReleaseForm()
    qtbot.addWidget(made)
    made.resize(900, 1000)
    made.show()
    return made


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    made = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(made)
    made.show()
    yield made
    made.manager.modified = False
    made.close()


def shown_sections(form: ReleaseForm) -> set[str]:
    return {name for name in KIND_SECTIONS if form.sections[name].isVisible()}


@pytest.mark.parametrize("kind", KINDS)
def test_the_form_shows_only_the_fields_of_the_kind(form: ReleaseForm, kind: str) -> None:
    form.set_release(make_release(kind=kind))
    assert shown_sections(form) == SECTIONS[kind]
    assert form.kind_fields.kind.currentData() == kind
    # No field of another kind stands among the release's details.
    assert not any(kinds.owner(name) for name in form.added_lines)


def test_choosing_a_kind_is_one_undo_step(form: ReleaseForm) -> None:
    form.set_release(make_release())
    combo = form.kind_fields.kind
    combo.setCurrentIndex(combo.findData("advisory"))
    assert form.release.kind == "advisory" and shown_sections(form) == {"event"}
    form.history.undo()
    assert form.release.kind == "news" and shown_sections(form) == set()
    assert form.kind_fields.kind.currentData() == "news"
    form.history.redo()
    assert form.release.kind == "advisory"


def test_the_event_is_edited_in_its_zone_and_undone(form: ReleaseForm) -> None:
    form.set_release(advisory())
    fields = form.kind_fields
    fields.event_start.setDateTime(QDateTime(QDate(2027, 3, 5), QTime(14, 30)))
    assert form.release.event_start is not None
    assert form.release.event_start.utcoffset() == timedelta(hours=1)  # Berlin in March
    assert (form.release.event_start.hour, form.release.event_start.minute) == (14, 30)
    fields.event_zone.setEditText("Asia/Shanghai")
    assert form.release.event_zone == "Asia/Shanghai"
    assert form.release.event_start.utcoffset() == timedelta(hours=8)
    form.history.undo()
    assert form.release.event_zone == "Europe/Berlin"
    form.history.undo()
    assert form.release.event_start == datetime(2027, 3, 5, 10, tzinfo=timezone(timedelta(hours=1)))
    # The texts: speakers, how to attend; the lines through the form's own lines.
    fields.event_speakers.setPlainText("Ana Reyes\nLi Wen")
    assert form.release.event_speakers == "Ana Reyes\nLi Wen"
    form.lines["event_place"].setText("Pier 9")
    form.lines["event_place"].textEdited.emit("Pier 9")
    assert form.release.event_place == "Pier 9"
    fields.event_end.setDateTime(fields.event_end.minimumDateTime())  # "Not set"
    assert form.release.event_end is None


def test_a_statement_is_offered_the_registers_title(form: ReleaseForm) -> None:
    register = Register(people=[Person("Ana Reyes", titles=[
        Title("Harbour Director", start=date(2020, 1, 1))])])
    form.kind_fields.register = lambda: register
    form.set_release(make_release(kind="statement", statement_by="Ana Reyes"))
    assert form.lines["statement_title"].placeholderText() == "Harbour Director"
    completer = form.kind_fields.statement_titles
    assert completer is not None
    completer.setCompletionPrefix("harb")
    assert completer.currentCompletion() == "Harbour Director"


def test_a_correction_is_linked_to_its_original(form: ReleaseForm, tmp_path: Path) -> None:
    original = tmp_path / "2026" / "quay.release"
    original.parent.mkdir()
    document.save(make_release(release_date=date(2026, 11, 20)), original)
    here = tmp_path / "quay-correction.release"
    form.kind_fields.release_path = lambda: here
    form.kind_fields.choose_original = lambda then: then(original)
    form.set_release(make_release(kind="correction"))
    form.kind_fields.link_original.click()
    assert form.release.corrects_path == "2026/quay.release"
    assert form.release.corrects_date == date(2026, 11, 20)
    assert form.release.corrects_fingerprint.startswith("sha256:")
    assert form.kind_fields.corrects_file.text() == "2026/quay.release"
    form.history.undo()
    assert form.release.corrects_path == "" and form.release.corrects_date is None


# -- the window: templates and the calendar export -------------------------------------------

def test_templates_live_in_the_tests_folder_never_the_users(tmp_path: Path) -> None:
    # (conftest points the user's folders into the test's own temporary folders)
    assert templates_dir().is_relative_to(tmp_path.parent.parent)
    assert templates_dir().is_relative_to(Path.home())


@pytest.mark.parametrize("kind", KINDS)
def test_new_from_template_starts_each_kind_in_the_house_style(
        window: MainWindow, kind: str) -> None:
    offered: list[list[Template]] = []

    def choose(templates: list[Template], then: Callable[[Template], object]) -> None:
        offered.append(templates)
        then(next(t for t in templates if t.kind == kind and t.builtin))

    window.templates.choose_template = choose  # type: ignore[method-assign]  # the test's scripted answer
    own_copies_of_the_samples()
    profile = own_profiles(window.profiles().load_all())[-1]
    prompts = window.prompts
    assert isinstance(prompts, FakePrompts)
    prompts.profile_answer = profile.name
    window.templates.new_from_template()
    release = window.manager.release
    assert release.kind == kind
    assert release.profile == profile.name and release.footer == profile.footer
    assert window.settings.last_profile == profile.name  # remembered, as File ▸ New does
    assert [t.kind for t in offered[0] if t.builtin] == list(KINDS)
    assert shown_sections(window.form) == SECTIONS[kind]
    assert window.actions["export_ics"].isVisible() == (kind == "advisory")
    if kind == "advisory":
        assert release.id  # (the calendar entry's UID)


@pytest.mark.parametrize("answer", ["own", "blank", "cancel"])
def test_new_from_template_asks_for_the_house_style_as_file_new_does(
        window: MainWindow, answer: str) -> None:
    own_copies_of_the_samples()
    prompts = window.prompts
    assert isinstance(prompts, FakePrompts)
    profiles = own_profiles(window.profiles().load_all())
    window.settings.last_profile = profiles[0].name
    before = window.manager.release
    prompts.profile_answer = {"own": profiles[-1].name, "blank": "", "cancel": None}[answer]
    def statement(templates: list[Template], then: Callable[[Template], object]) -> None:
        then(next(t for t in templates if t.kind == "statement"))

    window.templates.choose_template = statement  # type: ignore[method-assign]  # scripted
    window.templates.new_from_template()
    started = window.manager.release is not before
    from_template_asked = (prompts.profile_choices[-1], prompts.profile_labels[-1])
    # File ▸ New offers exactly the same choices, the last used first
    prompts.profile_answer = None
    shown = window.manager.release
    window.new_document()
    assert window.manager.release is shown
    assert (prompts.profile_choices[-1], prompts.profile_labels[-1]) == from_template_asked
    assert from_template_asked[0] == [p.name for p in profiles]  # the samples are not offered
    if answer == "cancel":
        assert not started and window.manager.release is before
        assert window.settings.last_profile == profiles[0].name
    else:
        assert started and window.manager.release.kind == "statement"
        expected = profiles[-1].name if answer == "own" else ""
        assert window.manager.release.profile == expected
        assert window.settings.last_profile == expected


def test_a_saved_template_is_offered_and_starts_a_release(window: MainWindow) -> None:
    window.manager.new(advisory(headline="Quarterly harbour open day",
                                body="Come and see the quay.", release_date=date(2027, 3, 1)))
    window.form.set_release(window.manager.release)
    window.templates.ask_name = lambda suggestion, then: then("Open day")  # type: ignore[method-assign, assignment]  # the test's scripted answer
    window.templates.save_as_template()
    saved = templates_dir() / "Open day.release"
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["kind"] == "advisory" and "release_date" not in {
        k for k, v in data.items() if v}
    ours = [t for t in all_templates() if not t.builtin]
    assert [(t.name, t.kind) for t in ours] == [("Open day", "advisory")]

    window.templates.choose_template = lambda templates, then: then(ours[0])  # type: ignore[method-assign, assignment]  # the test's scripted answer
    window.templates.new_from_template()
    release = window.manager.release
    assert release.headline == "Quarterly harbour open day"
    assert release.body == "Come and see the quay."
    assert release.kind == "advisory" and release.event_start is None  # (a pattern: no date)
    assert release.release_date == date.today()
    assert not release.clearance.signoffs


def test_saving_over_a_template_asks_and_a_bad_name_is_one_sentence(
        window: MainWindow) -> None:
    prompts = window.prompts
    assert isinstance(prompts, FakePrompts)
    window.templates.ask_name = lambda suggestion, then: then("Weekly")  # type: ignore[method-assign, assignment]  # the test's scripted answer
    window.templates.save_as_template()
    weekly = templates_dir() / "Weekly.release"
    assert weekly.exists() and not prompts.confirmations
    first = weekly.read_bytes()
    window.manager.release.headline = "Another week"
    prompts.confirm_answer = False
    window.templates.save_as_template()
    assert prompts.confirmations and weekly.read_bytes() == first  # asked; kept
    prompts.confirm_answer = True
    window.templates.save_as_template()
    assert len(prompts.confirmations) == 2 and weekly.read_bytes() != first  # replaced
    window.templates.ask_name = lambda suggestion, then: then("a/b")  # type: ignore[method-assign, assignment]  # the test's scripted answer
    window.templates.save_as_template()
    assert prompts.errors and "\n" not in prompts.errors[-1]


def test_the_calendar_export_writes_the_advisorys_ics(window: MainWindow,
                                                      tmp_path: Path) -> None:
    window.manager.new(advisory())
    window.templates.update()
    assert window.actions["export_ics"].isVisible()
    prompts = window.prompts
    assert isinstance(prompts, FakePrompts)
    prompts.next_path = tmp_path / "quay.ics"
    window.export("ics")
    wait_for_tasks()
    assert (tmp_path / "quay.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_a_user_template_that_cannot_be_read_is_left_out(tmp_path: Path) -> None:
    folder = templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "broken.release").write_text("{not json", encoding="utf-8")
    document.save(Release(headline="Fine"), folder / "fine.release")
    names = [t.name for t in all_templates() if not t.builtin]
    assert names == ["fine"]


@pytest.mark.parametrize("release_date", [date(2026, 12, 10), date(2027, 7, 1)])
def test_a_calendar_for_a_time_not_set_opens_on_the_release_month(
        form: ReleaseForm, qtbot: QtBot, release_date: date) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    form.set_release(advisory(event_start=None, event_end=None, release_date=release_date))
    form.sections["event"].set_expanded(True)
    for edit in (form.kind_fields.event_start, form.kind_fields.event_end):
        assert edit.dateTime() == QDateTime(QDate(2000, 1, 1), QTime(0, 0))  # "Not set"
        edit.show()
        QTest.mouseClick(edit, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(edit.width() - 6, edit.height() // 2))  # the drop-down arrow
        calendar = edit.calendarWidget()
        qtbot.waitUntil(calendar.isVisible, timeout=3000)
        assert (calendar.yearShown(), calendar.monthShown()) == (release_date.year,
                                                                 release_date.month)
        calendar.window().hide()

"""Test set-up: offscreen Qt, and config/data folders inside tmp_path, never the user's own."""

from __future__ import annotations

import gc
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from chromium_pipe import Chromium
from pandoc_pipe import Pandoc
from writer_memo import CopiesMemo, Memo, kept_photo_copies, kept_writers

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI draws the same examples on every run (`.ci/run` sets the profile), so a landing never
# hangs on a new random example; every other run draws new ones and explores. Nor does it
# fail on the clock: on a shared machine, drawing an input or running an example may take
# longer than Hypothesis expects (tests/examples.py sets how many examples CI draws).
from hypothesis import HealthCheck as _HealthCheck
from hypothesis import settings as _hypothesis

_hypothesis.register_profile("ci", derandomize=True, print_blob=True, deadline=None,
                             suppress_health_check=[_HealthCheck.too_slow])
if os.environ.get("RELEASEDESK_HYPOTHESIS_PROFILE"):
    _hypothesis.load_profile(os.environ["RELEASEDESK_HYPOTHESIS_PROFILE"])

# The files that take longest, slowest first (processor seconds of the test process and the
# programs it ran and waited for, per file, measured 2026-12-06 under the "ci" profile, -n 2,
# on a machine loaded 10-20x over its two cores: each figure is higher than on a quiet one,
# their order is what counts): `make test` runs them first, so that with `--dist loadfile`
# no worker is still in a long file after the other has run out of work. The rest keep
# their order.
SLOW_FIRST = (
    "test_spelling_words.py",          # 32 s: libhunspell's verdict on ~1.5 M words
    "test_pdf_kept_engine.py",         # 19 s
    "test_pdf_line_breaks.py",         # 14 s: pdftotext reads each generated page back
    "test_review_new_paragraphs.py",   # 14 s: LibreOffice types and re-saves (11 s of it)
    "test_pdf_streams.py",             # 10 s
    "test_real_clients.py",            # 8 s: LibreOffice, Chromium, the Nu checker, Xvfb
    "test_pdf_words_fit.py",           # 8 s
    "test_review_trip.py",             # 7 s: pandoc as the oracle, LibreOffice re-saves
    "test_review_outside_text.py",     # 7 s: LibreOffice re-saves 9 documents, types 23
    "test_pdf_kept_fonts.py",          # 7 s
    "test_twin_align.py",              # 7 s
    "test_pdf_pages_match_docx.py",    # 7 s: LibreOffice prints 17 Word documents
    "test_docx_round_trip_property.py",  # 7 s
    "test_clearance_cli.py",           # 6 s
    "test_undo_history.py",            # 6 s
    "test_odd_unicode_commands.py",    # 6 s
    "test_same_bytes.py",              # 6 s
    "test_pdf_warm_up.py",             # 5 s
    "test_import_shapes.py",           # 5 s
    "test_install.py",                 # 5 s: pip builds and installs the wheel
    "test_fonts_follow_language.py",   # 5 s
    "test_review_formatted.py",        # 5 s
    "test_preview_units.py",           # 5 s
    "test_cli.py",                     # 5 s
    "test_pure_writers.py",            # 5 s
    "test_photo_clients.py",           # 5 s
)


# pytest rewrites each test module's asserts when it imports it, and keeps the result in
# __pycache__ (checked against the source's hash). In a fresh checkout (CI) every worker
# of `-n 2` would rewrite all the modules itself at the same time: 9.4 of the 13.3 s of
# processor time a worker's collection takes. Each worker rewrites its share first (every
# second module), and collects with the other's share already kept, or rewrites what is not
# there yet as pytest always does. The hook's own functions are pytest's, not public: if
# they change, the workers collect as before, each rewriting all.
def _rewrite_this_workers_share(config: pytest.Config) -> None:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    count = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    if not worker.startswith("gw") or count < 2 or sys.dont_write_bytecode \
            or config.getoption("assertmode") != "rewrite":
        return
    try:
        from _pytest.assertion import rewrite

        state = config.stash[rewrite.assertstate_key]
        for source in sorted(Path(__file__).parent.glob("test_*.py"))[int(worker[2:])::count]:
            folder = rewrite.get_cache_dir(source)
            kept = folder / (source.name[:-3] + rewrite.PYC_TAIL)
            if not rewrite.try_makedirs(folder) or rewrite._read_pyc(source, kept) is not None:
                continue
            source_hash, code = rewrite._rewrite_test(source, config)
            rewrite._write_pyc(state, code, source_hash, kept)
    except (AttributeError, ImportError, KeyError, TypeError, ValueError, SyntaxError):
        return


@pytest.hookimpl(tryfirst=True)
def pytest_collection(session: pytest.Session) -> None:
    _rewrite_this_workers_share(session.config)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slowest files first (SLOW_FIRST); every file's tests stay together and in order."""
    rank = {name: place for place, name in enumerate(SLOW_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


# What lives once collection is over (the modules of the app, Qt, WeasyPrint, Hypothesis,
# the test modules and their strategies) lives for the whole run. The collector's full
# passes walked all of it again and again: frozen, they walk only what the tests make
# (the editor's own start freezes what it has made the same way: startup.lasting_objects).
# Only what is still reachable after a full collection is frozen, so nothing a test
# leaves behind is kept. A test that unfreezes (after the editor's start) gets it frozen
# again after its file; gc.unfreeze is watched for that, because gc.get_freeze_count() counts
# the frozen objects one by one (about 10 ms, after every test: 50 s of a run).
_thawed = [False]
_unfreeze = gc.unfreeze


def _unfreeze_noted() -> None:
    _thawed[0] = True
    _unfreeze()


setattr(gc, "unfreeze", _unfreeze_noted)  # noqa: B010  (mypy refuses assigning a function)


def _freeze_what_lasts() -> None:
    gc.collect()
    gc.freeze()


# And the collector runs less often than Python's default (700, 10, 10): the tests make
# and drop many short-lived objects (releases, layouts, widgets) that their references
# free, and each full pass walks all that is not frozen. Measured over 14 files (single
# process, processor time in the collector): 4.8 s by default, 2.9 s with these, the same
# peak memory (0.66 vs 0.68 GB). Only the test process is tuned, not the editor.
COLLECTOR_THRESHOLDS = (5000, 20, 100)


def pytest_collection_finish(session: pytest.Session) -> None:
    _freeze_what_lasts()
    gc.set_threshold(*COLLECTOR_THRESHOLDS)


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    # (once the file's tests are done: a file whose tests each unfreeze is not collected
    # in full after every one of them)
    if _thawed[0] and (nextitem is None or nextitem.path != item.path):
        _thawed[0] = False
        _freeze_what_lasts()


ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    # Beside tmp_path, not in it, so tests can list tmp_path exactly.
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    # A command finding a release locked says so after half a second, not ten: tests
    # that race for a lock set the wait they need.
    monkeypatch.setenv("RELEASEDESK_LOCK_WAIT", "0.5")


@pytest.fixture(autouse=True)
def _translators_go_with_their_test() -> Iterator[None]:
    """A test that starts the editor installs its interface translation (English's plural
    forms, or Chinese) as the application's child; it goes when the test ends, so a later
    test in the same process reads the words it expects ("1 release(s)", untranslated).
    Translators installed before the test (a module's own fixture) stay."""
    if "PySide6.QtCore" not in sys.modules:
        yield
        return
    from PySide6.QtCore import QCoreApplication, QTranslator
    from shiboken6 import getCppPointer

    app = QCoreApplication.instance()
    before = {getCppPointer(t)[0] for t in app.findChildren(QTranslator)} if app else set()
    yield
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in app.findChildren(QTranslator):
        if getCppPointer(translator)[0] not in before:
            QCoreApplication.removeTranslator(translator)
            translator.setParent(None)


@pytest.fixture(autouse=True)
def _dialog_edits_discarded_unasked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog closed with edits in it (qtbot's clean-up closes them all) would ask whether
    to discard them in a modal box no test answers: the answer is yes, unless a test that
    looks at the question puts its own in."""
    if "PySide6.QtWidgets" in sys.modules:
        from releasedesk.gui.basics import dialog_guard

        monkeypatch.setattr(dialog_guard, "ask_discard", lambda parent, then: then(True))


@pytest.fixture(autouse=True)
def _closing_windows_find_every_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window closing dismisses the dialogs over it from the list of those shown
    (gui/basics/modal.py), not from its children: at every window's close in every test,
    each dialog among its children still showing is gone once it has closed, so a dialog
    shown some other way than that list knows fails the test that left it open."""
    window_module = sys.modules.get("releasedesk.gui.app.main_window")
    if window_module is None:
        return
    from PySide6.QtWidgets import QDialog, QWidget
    from shiboken6 import isValid

    from releasedesk.gui.basics import modal

    def dismiss_dialogs(window: QWidget) -> None:
        showing = [dialog for dialog in window.findChildren(QDialog) if dialog.isVisible()]
        modal.dismiss_dialogs(window)
        left = [dialog for dialog in showing if isValid(dialog) and dialog.isVisible()]
        assert not left, f"closing the window left {left} showing"

    monkeypatch.setattr(window_module, "dismiss_dialogs", dismiss_dialogs)


# The programs people open our exports with (tests/test_real_clients.py): without them the
# tests that need them skip with the reason; with RELEASEDESK_REQUIRE_CLIENTS=1 (as in CI)
# a missing client fails instead.
REQUIRED = os.environ.get("RELEASEDESK_REQUIRE_CLIENTS") == "1"


def need(tool: str, available: bool, install: str) -> None:
    if available:
        return
    message = f"{tool} is not installed ({install}); .ci/run installs it"
    if REQUIRED:
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chromium]:
    """One headless Chromium for the test process (tests/chromium_pipe.py); each page is
    opened in a fresh context of its own."""
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    need("Chromium", binary is not None, "Debian: chromium")
    assert binary is not None
    browser = Chromium(binary, tmp_path_factory.mktemp("chromium-profile"))
    yield browser
    browser.close()


@pytest.fixture(scope="module")
def pandoc(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pandoc]:
    """One pandoc for the module (tests/pandoc_pipe.py), reading documents as its command
    line does."""
    binary = shutil.which("pandoc")
    need("pandoc", binary is not None, "Debian: pandoc")
    assert binary is not None
    kept = Pandoc(binary, tmp_path_factory.mktemp("pandoc"))
    yield kept
    kept.close()


@pytest.fixture(scope="module")
def shared_writer_output() -> Iterator[Memo]:
    """For a module that exports the same releases many times and is not about the
    writers' own runs: each writer runs once per complete input (tests/writer_memo.py)."""
    with kept_writers() as memo:
        yield memo


@pytest.fixture(scope="module")
def shared_photo_copies() -> Iterator[CopiesMemo]:
    """For a module that exports releases with photos many times and is not about the
    copies themselves: each photo's web copies are made once per complete photo
    (tests/writer_memo.py)."""
    with kept_photo_copies() as memo:
        yield memo


@pytest.fixture
def sample_paths() -> list[Path]:
    return sorted(SAMPLES.glob("*.release"))


@pytest.fixture(autouse=True, scope="session")
def _clipboard_emptied_before_exit() -> Iterator[None]:
    """Qt's offscreen clipboard is destroyed after the interpreter has finished: mime data
    set from Python (Copy as HTML, Copy for E-mail) would crash that exit. (Under a real
    display the clipboard goes with the application, while Python still runs.)"""
    yield
    if "PySide6.QtGui" in sys.modules:
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.instance() is not None:
            QGuiApplication.clipboard().clear()

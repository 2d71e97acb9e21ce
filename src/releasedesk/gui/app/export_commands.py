"""The window's export, clipboard and print commands: File ▸ Export (one format, all
formats), Copy as HTML fragment, for e-mail, as plain text, Print and Print Preview. The
writers do the work (exports.py), off the GUI thread, one export at a time: the export
commands are off and the status bar says "Exporting…" until it is written (then the export
bar) or has failed (then its sentence). Readiness errors are asked about once, and never
dropped silently from a copy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject

from ...errors import N_, ReleaseDeskError
from ...render import format_of
from ..basics.tasks import start_task

if TYPE_CHECKING:
    from ...checks import Finding
    from ...model import Release
    from .main_window import MainWindow


R = TypeVar("R")


def left_out(release: Release, source: Path | None) -> list[Finding]:
    """The findings naming each language version a package of *release* leaves out (run
    with the export: it reads the versions' files)."""
    from ...checks import held_back_finding
    from ...exporting import versions_held_back

    return [held_back_finding(language, why)
            for language, why in versions_held_back(release, source)]


def _ignored(outcome: object) -> None:
    """A warm-up's outcome (the export that follows has its own)."""


class ExportCommands(QObject):
    """Exports, copies and prints of the window's release."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.busy = False  # an export is being written

    def in_background(self, work: Callable[[], R], done: Callable[[R], object],
                      failed: Callable[[ReleaseDeskError], object] | None = None,
                      label: str | None = None) -> bool:
        """Write an export off the GUI thread (a PDF takes a second), one at a time: then
        *done* with what *work* returned, or the error's sentence (*failed* instead, if
        given). False, said to the user, when an export is still being written."""
        window = self.window
        if self.busy:
            window.prompts.failure(ReleaseDeskError(N_(
                "An export is still being written; try again when it has finished.")))
            return False
        self._set_busy(True, label or self.tr("Exporting…"))

        def written(result: R) -> None:
            self._set_busy(False)
            done(result)

        def not_written(error: ReleaseDeskError) -> None:
            self._set_busy(False)
            (failed or window.prompts.failure)(error)

        start_task(work, window, written, not_written, "an export")
        return True

    def _set_busy(self, busy: bool, label: str = "") -> None:
        self.busy = busy
        for key, action in self.window.actions.items():
            if key.startswith("export_") or key in ("send_for_review", "signoff_sheet"):
                action.setEnabled(not busy)
        if busy:
            self.window.statusBar().showMessage(label)
        else:
            self.window.statusBar().clearMessage()

    def export(self, fmt: str) -> None:
        """Ask where (after the readiness question, if any), then write *fmt* there."""
        if fmt == "pdf":
            self.warm_pdf()
        self.ready_to_export(self.window.manager.while_open(lambda: self._ask_target(fmt)))

    def _ask_target(self, fmt: str) -> None:
        window = self.window
        from . import exports

        chosen = format_of(fmt)
        stem = exports.suggested_stem(window.manager.release, window.manager.path)
        folder = window._export_folder()
        window.prompts.export_path(str(Path(folder) / f"{stem}{chosen.suffix}"),
                                   QCoreApplication.translate("Formats", chosen.description),
                                   chosen.pattern,
                                   window.manager.while_open(lambda target: self._write(fmt,
                                                                                        target)))

    def _write(self, fmt: str, target: Path) -> None:
        window = self.window
        from . import exports

        # (what the window shows when the user has chosen: not what it showed when asked)
        snapshot, source = window.manager.snapshot(), window.manager.path

        def work() -> list[Finding]:
            exports.export_file(snapshot, fmt, target, source)
            return left_out(snapshot, source) if fmt == "package" else []

        self.in_background(work, lambda held: self.exported([target], target.parent, held))

    def warm_pdf(self) -> None:
        """While the user chooses where: the PDF writer warmed up off the GUI thread with
        the release's opening (exporting.warm_pdf), so that the PDF is written sooner once
        chosen (about a tenth of a first export's time). Nothing is said if it fails: the
        export says why, if it fails too."""
        from ...exporting import warm_pdf

        snapshot = self.window.manager.snapshot()
        start_task(lambda: warm_pdf(snapshot), self.window, _ignored, _ignored,
                   "a PDF warm-up")

    def export_all(self) -> None:
        window = self.window
        self.warm_pdf()  # (all formats: a PDF too)
        self.ready_to_export(lambda: window.prompts.export_folder(
            window._export_folder(), window.manager.while_open(self._write_all)))

    def _write_all(self, folder: Path) -> None:
        window = self.window
        from . import exports

        stem = exports.suggested_stem(window.manager.release, window.manager.path)
        snapshot, source = window.manager.snapshot(), window.manager.path
        self.in_background(lambda: exports.export_all(snapshot, folder, stem, source),
                           lambda written: self.exported(written, folder))

    def exported(self, files: list[Path], folder: Path,
                 held: list[Finding] | None = None) -> None:
        """Say so in a bar with Open File and Open Folder, with each language version the
        package left out and why (*held*); remember the folder for this release."""
        window = self.window
        from ...checks import TEMPLATES
        from ...messages import finding_sentence
        from ..proofing.finding_list import interface_words
        from .export_notice import show_export_notice

        window.settings.remember_export_folder(window.manager.path, folder)
        notes = [finding_sentence(TEMPLATES[f.code], dict(f.args), f.message, interface_words)
                 for f in held or []]
        show_export_notice(window, files, folder, also=notes)

    def ready_to_export(self, then: Callable[[], object]) -> None:
        """*then* when the readiness check finds no errors, or the user chooses to export
        anyway (asked once)."""
        window = self.window
        from ...checks import ERROR, check

        findings = check(window.manager.release, profile=window.scheduler.profile)
        errors = [window.readiness.describe(f) for f in findings if f.severity == ERROR]
        if errors:
            window.prompts.export_despite_errors(errors, then)
        else:
            then()

    def copy_fragment(self) -> None:
        window = self.window
        from . import exports

        exports.copy_fragment(window.manager.snapshot())
        window.statusBar().showMessage(self.copied_note(self.tr("HTML fragment copied")), 5000)

    def copy_for_email(self) -> None:
        """Text and inline-styled HTML on the clipboard: a mail client's body keeps the look."""
        window = self.window
        from . import exports

        exports.copy_for_email(window.manager.snapshot())
        window.statusBar().showMessage(self.copied_note(self.tr("Copied for e-mail")), 5000)

    def print_release(self) -> None:
        window = self.window
        from ..preview.printing import new_printer, paint_release

        window.prompts.print_dialog(new_printer(window.manager.release),
                                    lambda printer: paint_release(window.manager.snapshot(),
                                                                  printer))

    def print_preview(self) -> None:
        window = self.window
        from ..preview.printing import new_printer, paint_release

        snapshot = window.manager.snapshot()
        window.prompts.print_preview(new_printer(snapshot),
                                     lambda printer: paint_release(snapshot, printer))

    def copy_text(self) -> None:
        window = self.window
        from . import exports

        exports.copy_text(window.manager.snapshot())
        window.statusBar().showMessage(self.copied_note(self.tr("Plain text copied")), 5000)

    def copied_note(self, done: str) -> str:
        """What was copied, and, never silently, how many readiness errors went with it."""
        window = self.window
        from ...checks import ERROR

        errors = sum(f.severity == ERROR for f in window.readiness.findings)
        if not errors:
            return done
        return self.tr("{done}, with %n readiness error(s): see the Readiness list", "",
                       errors).format(done=done)

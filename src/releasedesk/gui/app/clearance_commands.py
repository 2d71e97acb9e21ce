"""The editor's clearance commands: status in the title and status bar, Sign Off, status
changes, Changes Since Approval, History, Compare With and the sign-off sheet.

Everything here calls the Qt-free core (releasedesk.clearance); the fingerprint of the
text on screen comes from the preview worker (PreviewResult.fingerprint), so keeping the
status honest costs the GUI thread nothing while typing.
"""

from __future__ import annotations

import copy
import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QLabel

from ...clearance import signoffs
from ...errors import N_, ReleaseDeskError
from ...field_change import FieldChange
from ...field_rules import escaped
from ...workflow import APPROVED, DRAFT, IN_REVIEW, PUBLISHED, ApprovalPolicy, SignOff
from ..basics import scheme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from .main_window import MainWindow

log = logging.getLogger(__name__)

_COLOURS = {DRAFT: "#5f5f59", IN_REVIEW: "#8a5a00", APPROVED: "#2f6b2f", PUBLISHED: "#1a4f8b"}
# The interface's month names (lupdate reads each literal).
_MONTHS = (
    QT_TRANSLATE_NOOP("ClearanceCommands", "Jan."),
    QT_TRANSLATE_NOOP("ClearanceCommands", "Feb."),
    QT_TRANSLATE_NOOP("ClearanceCommands", "March"),
    QT_TRANSLATE_NOOP("ClearanceCommands", "April"),
    QT_TRANSLATE_NOOP("ClearanceCommands", "May"),
    QT_TRANSLATE_NOOP("ClearanceCommands", "June"),
    QT_TRANSLATE_NOOP("ClearanceCommands", "July"),
    QT_TRANSLATE_NOOP("ClearanceCommands", "Aug."),
    QT_TRANSLATE_NOOP("ClearanceCommands", "Sept."),
    QT_TRANSLATE_NOOP("ClearanceCommands", "Oct."),
    QT_TRANSLATE_NOOP("ClearanceCommands", "Nov."),
    QT_TRANSLATE_NOOP("ClearanceCommands", "Dec."),
)


class ClearanceCommands(QObject):
    def __init__(self, window: MainWindow, file_menu: QMenu, export_menu: QMenu,
                 view_menu: QMenu, tools_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.fingerprint = ""  # of the text the preview last rendered
        self.report: signoffs.ApprovalReport | None = None
        self.signer = ""  # the last name signed with, offered again
        self._told: object = None  # the set-aside history last told of (once per opening)
        self.label = QLabel(window)
        scheme.on_switch(self.label,
                         lambda: self.show(self.fingerprint) if self.fingerprint else None)
        self.label.setObjectName("clearanceStatus")
        window.statusBar().addPermanentWidget(self.label)
        add = window._action
        quit_action = window.actions["quit"]
        compare = add("compare_with", self.tr("&Compare With…"), lambda: self.compare_with())
        file_menu.insertAction(quit_action, compare)
        file_menu.insertSeparator(quit_action)
        export_menu.addSeparator()
        add("signoff_sheet", self.tr("&Sign-off Sheet…"), lambda: self.export_sheet(),
            menu=export_menu)
        view_menu.addSeparator()
        add("changes_since_approval", self.tr("&Changes Since Approval"),
            lambda: self.changes_since_approval(), "Ctrl+Shift+A", view_menu)
        add("history", self.tr("&History…"), lambda: self.history(), menu=view_menu)
        tools_menu.addSeparator()
        add("sign_off", self.tr("&Sign Off…"), lambda: self.sign_off(), menu=tools_menu)
        add("submit_for_review", self.tr("Submit &for Review"),
            lambda: self.set_status(IN_REVIEW), menu=tools_menu)
        add("mark_published", self.tr("Mark as &Published"),
            lambda: self.set_status(PUBLISHED), menu=tools_menu)
        add("back_to_draft", self.tr("Back to &Draft"), lambda: self.set_status(DRAFT),
            menu=tools_menu)

    # -- status ---------------------------------------------------------------------------

    @property
    def policy(self) -> ApprovalPolicy:
        profile = self.window.scheduler.profile
        return signoffs.effective_policy(self.window.manager.release,
                                         profile.approval if profile is not None else None)

    def show(self, fingerprint: str) -> None:
        """The preview rendered text with *fingerprint*: refresh status, title and menus."""
        self.fingerprint = fingerprint
        release = self.window.manager.release
        self.report = signoffs.report(release, self.policy, fingerprint)
        self.label.setText(self.describe(self.report))
        self.label.setStyleSheet(
            f"color: {scheme.text(_COLOURS[self.report.status], scheme.WINDOW)}; padding: 0 6px;")
        self.label.setToolTip(self.tr("Fingerprint of the text: {fingerprint}").format(
            fingerprint=fingerprint))
        writable = not self.window.manager.read_only
        actions = self.window.actions
        status = self.report.status
        actions["sign_off"].setEnabled(writable)
        actions["submit_for_review"].setEnabled(writable and status == DRAFT)
        actions["mark_published"].setEnabled(writable and status == APPROVED)
        actions["back_to_draft"].setEnabled(writable and status == IN_REVIEW
                                            and not release.clearance.signoffs)
        actions["changes_since_approval"].setEnabled(bool(release.clearance.signoffs))
        self.window._update_title()

    def status_label(self) -> str:
        if self.report is None:
            return ""
        return self.status_name(self.report.status)

    def status_name(self, status: str) -> str:
        return {DRAFT: self.tr("Draft"), IN_REVIEW: self.tr("In review"),
                APPROVED: self.tr("Approved"), PUBLISHED: self.tr("Published")}[status]

    def describe(self, state: signoffs.ApprovalReport) -> str:
        """"Approved", or "In review: changed since Director Li approved it on Nov. 30, 14:05"."""
        name = self.status_name(state.status)
        stale = state.changed_since
        if stale is not None and stale in state.earlier_rules:
            return self.tr("{status}: {who} approved it on {when} with an earlier ReleaseDesk; "
                           "sign off again").format(
                status=name, who=_who(stale), when=self.moment(stale.at))
        if stale is not None:
            return self.tr("{status}: changed since {who} approved it on {when}").format(
                status=name, who=_who(stale), when=self.moment(stale.at))
        if state.current and state.missing:
            return self.tr("{status}: waiting for {roles}").format(
                status=name, roles=", ".join(state.missing))
        return name

    def moment(self, at: datetime) -> str:
        local = at.astimezone()
        month = self.tr(str(_MONTHS[local.month - 1]))
        text = self.tr("{month} {day}, {time}").format(month=month, day=local.day,
                                                      time=local.strftime("%H:%M"))
        if local.year != datetime.now().year:
            text = self.tr("{date} {year}").format(date=text, year=local.year)
        return text

    # -- commands -------------------------------------------------------------------------

    def sign_off(self) -> None:
        """Ask for the signer's name, role and note; sign off when they sign."""
        from ...checks import APPROVAL_CODES, ERROR

        manager = self.window.manager
        if manager.read_only:
            return
        # (not "not yet approved": the sign-off asked for is its answer)
        errors = sum(f.severity == ERROR and f.code not in APPROVAL_CODES
                     for f in self.window.readiness.findings)
        roles = list(self.report.missing if self.report else ()) or list(self.policy.signoffs)
        from ...clearance.fingerprint import fingerprint
        from ...proofing.gate import register_errors

        # The office register's errors hold the sign-off unless overridden with a reason.
        register = register_errors(manager.release, self.window.proof_scheduler.profile)
        self.window.prompts.sign_off_details(
            fingerprint(manager.release), roles, errors, self.signer,
            manager.while_open(lambda details: self._signed(details, len(register))),
            register)

    def _signed(self, details: tuple[str, str, str], register: int) -> None:
        """Sign off as *details* say; *register*: how many register errors the dialog
        showed (they need an override note)."""
        from ...proofing.gate import is_override

        manager = self.window.manager
        name, role, note = details
        if register and not is_override(note):
            self.window.prompts.error(self.tr(
                "Not signed off: the office register finds %n error(s) in this text; "
                "correct them, or override them with a note saying why.", "", register))
            return
        signed = copy.deepcopy(manager.release)  # (its clearance applied through the form)
        try:
            signoffs.sign_off(signed, name, role, note, policy=self.policy)
        except ReleaseDeskError as exc:
            self.window.prompts.failure(exc)
            return
        self.window.form.apply(FieldChange("clearance", signed.clearance))  # (no undo step)
        self.signer = name
        self._changed(self.tr("Signed off by {who}").format(
            who=escaped(f"{role} {name}".strip())))

    def set_status(self, status: str) -> None:
        changed = copy.deepcopy(self.window.manager.release)
        try:
            signoffs.set_status(changed, status, policy=self.policy)
        except ReleaseDeskError as exc:
            self.window.prompts.failure(exc)
            return
        self.window.form.apply(FieldChange("clearance", changed.clearance))  # (no undo step)
        self._changed(self.tr("Status: {status}").format(
            status=self.status_name(status)))

    def _changed(self, message: str) -> None:
        """A clearance act is part of the record: save it at once when the file allows."""
        manager = self.window.manager
        manager.mark_modified()

        def recorded() -> None:
            self.window.statusBar().showMessage(message, 5000)
            self.window.scheduler.request(manager.release, immediately=True)

        if manager.path is not None and not manager.read_only:
            manager.save(manager.while_open(recorded))  # (may ask: changed on disk)
        else:
            recorded()

    def changes_since_approval(self) -> bool:
        from ...clearance import history
        from ...clearance.fingerprint import canonical_content
        from ...clearance.wordiff import compare
        from ..clearance.redline import RedlineDialog

        release = self.window.manager.release
        state = signoffs.report(release, self.policy)
        signed: SignOff | None = state.changed_since or (
            max(release.clearance.signoffs, key=lambda s: s.at)
            if release.clearance.signoffs else None)
        if signed is None:
            self.window.prompts.info(self.tr("Nobody has signed off this release yet."))
            return False
        approved = next((content for version, content in history.versions(
            release.clearance.history) if version.fingerprint == signed.fingerprint), None)
        if approved is None:
            self.window.prompts.info(self.tr(
                "The text {who} approved is no longer in this release's history, so the "
                "changes cannot be shown.").format(who=_who(signed)))
            return False
        changes = compare(approved, canonical_content(release))
        heading = self.tr("Changes since {who} approved it on {when}:").format(
            who=_who(signed), when=self.moment(signed.at))
        dialog = RedlineDialog(self.tr("Changes Since Approval"), heading, changes, self.window)
        self.window.last_dialog = dialog
        dialog.open()
        return True

    def history(self) -> bool:
        from ...clearance import history
        from ...clearance.fingerprint import canonical_content
        from ..clearance.history_dialog import HistoryDialog

        release = self.window.manager.release
        signers: dict[str, list[str]] = {}
        for s in release.clearance.signoffs:
            signers.setdefault(s.fingerprint, []).append(_who(s))
        dialog = HistoryDialog(history.versions(release.clearance.history),
                               canonical_content(release), signers, self.window)
        dialog.restore_button.setEnabled(dialog.restore_button.isEnabled()
                                         and not self.window.manager.read_only)
        self.window.last_dialog = dialog
        dialog.finished.connect(lambda _: self._restore(dialog.chosen))
        dialog.open()
        return True

    def _restore(self, content: dict[str, object] | None) -> None:
        from ...clearance import history

        if content is None:
            return
        manager = self.window.manager
        restored = copy.deepcopy(manager.release)
        history.restore(restored, content)
        # As one step of the release's undo history: Edit ▸ Undo takes the restore back.
        self.window.form.apply_release(restored, self.tr("Restore Earlier Version"))
        manager.mark_modified()
        self.window.scheduler.request(manager.release, immediately=True)
        self.window.statusBar().showMessage(self.tr("Earlier version restored; save to keep "
                                                    "it."), 5000)

    def compare_with(self, path: Path | None = None) -> bool:
        """Show the changes from *path* (asked for when not given) to the open release;
        True when shown now."""
        from ... import document
        from ...clearance.fingerprint import canonical_content
        from ...clearance.wordiff import compare
        from ..clearance.redline import RedlineDialog

        window = self.window
        if path is None:
            folder = str(window.manager.path.parent) if window.manager.path else str(Path.home())
            window.prompts.open_path(folder, window.manager.while_open(self.compare_with))
            return False
        try:
            other = document.load(path)
        except ReleaseDeskError as exc:
            window.prompts.failure(exc)
            return False
        changes = compare(canonical_content(other), canonical_content(window.manager.release))
        heading = self.tr("Changes from {other} to {this}:").format(
            other=Path(path).name, this=window.manager.display_name)
        dialog = RedlineDialog(self.tr("Compare With"), heading, changes, window)
        window.last_dialog = dialog
        dialog.open()
        return True

    def export_sheet(self) -> None:
        """Ask where, then write the sign-off sheet there (Word, or PDF by its name)."""
        from . import exports

        window = self.window
        stem = exports.suggested_stem(window.manager.release, window.manager.path)
        window.prompts.export_path(
            str(Path(window._export_folder()) / f"{stem}.signoff.docx"),
            self.tr("Sign-off sheet"), "*.docx *.pdf",
            window.manager.while_open(self._write_sheet))

    def _write_sheet(self, target: Path) -> bool:
        from ...atomic import write_atomic
        from ...clearance.sheet import render_sheet

        window = self.window
        kind = "pdf" if target.suffix.lower() == ".pdf" else "docx"
        if target.suffix.lower() not in (".pdf", ".docx"):
            target = target.with_name(target.name + ".docx")
        snapshot, policy = window.manager.snapshot(), self.policy
        return window.exporter.in_background(  # as every export (a PDF takes a moment)
            lambda: write_atomic(target, render_sheet(snapshot, policy, kind),
                                 action=N_("write the sign-off sheet")),
            lambda _: window.statusBar().showMessage(
                self.tr("Exported {name}").format(name=target.name), 5000))

    def document_replaced(self) -> None:
        """Say once, after opening, when a damaged history was set aside."""
        reason = self.window.manager.release.clearance.set_aside_reason
        if reason is not None and reason is not self._told:
            self._told = reason  # (the release keeps it: no write, nothing modified)
            self.window.prompts.failure(reason)


def _who(signoff: SignOff) -> str:
    return signoffs.who(signoff)

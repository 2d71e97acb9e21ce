"""The window's house-style commands: Edit ▸ Preferences…, Tools ▸ House Style…, Names
and Titles Register…, Apply House Style… and the form's offer of a newer footer. Each
change to the open release is one undo step."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...field_change import FieldChange
from ...profiles import apply_profile, profile_label
from ...settings import save_settings

if TYPE_CHECKING:
    from ...profiles import Profile
    from .main_window import MainWindow


class HouseStyleCommands(QObject):
    """House styles and preferences, for the window's release."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def preferences(self) -> None:
        window = self.window
        from ..basics.modal import when_accepted
        from ..dialogs.preferences import PreferencesDialog

        def chosen(dialog: PreferencesDialog) -> None:
            if dialog.choice() != window.settings.ui_language:
                window.settings.ui_language = dialog.choice()
                save_settings(window.settings)
                window.prompts.info(self.tr(
                    "The new interface language is used the next time ReleaseDesk starts."))

        when_accepted(PreferencesDialog(window.settings.ui_language, window), chosen)

    def house_style(self) -> None:
        window = self.window
        from ..basics.modal import show_modal
        from ..dialogs.house_style import HouseStyleDialog

        own = window.manager.release.profile
        dialog = HouseStyleDialog(window.profiles(), window.prompts, window,
                                  select=own or window.settings.last_profile or None)
        window.last_dialog = dialog

        def closed(_result: int) -> None:
            if own and own in dialog.saved:
                self._take_site_address(own)
            window._refresh_profile()

        show_modal(dialog, closed)

    def _take_site_address(self, name: str) -> None:
        """The site address for images saved in the release's own house style is the
        release's too (its photos' addresses on the web page), one undo step: the readiness
        warning sends the user to Tools ▸ House Style for it. An empty one leaves the
        release's alone."""
        window = self.window
        release = window.manager.release
        profile = window.profiles().find(name)
        if profile is None or window.manager.read_only or release.profile != name:
            return
        address = profile.conventions.base_url
        if not address.strip() or address == release.conventions.base_url:
            return
        addressed = copy.deepcopy(release)  # (the house's settings change as one step)
        addressed.conventions.base_url = address
        window.form.apply_release(addressed, self.tr("Use the House Style's Site Address"))
        window.statusBar().showMessage(self.tr(
            "This release now names its photos under {address}, as “{name}” says.").format(
                address=address, name=profile_label(profile)), 8000)

    def names_register(self) -> None:
        """Edit the office register of the release's house style."""
        window = self.window
        release = window.manager.release
        profile = window.profiles().find(release.profile) if release.profile else None
        if profile is None:
            window.prompts.info(self.tr(
                "The names and titles register belongs to a house style, and this release "
                "has none: choose one with Tools ▸ Apply House Style… first."))
            return
        from ..basics.modal import when_accepted
        from ..dialogs.register_dialog import RegisterDialog

        def saved(_dialog: RegisterDialog) -> None:
            window._refresh_profile()  # proofed again against the register as saved
            window.statusBar().showMessage(self.tr("Register saved in “{name}”.").format(
                name=profile_label(profile)), 5000)

        dialog = RegisterDialog(window.profiles(), profile, window.prompts, window)
        window.last_dialog = dialog
        when_accepted(dialog, saved)

    def apply_house_style(self) -> None:
        """Give the open release another (or its own, updated) house style: footer, About,
        organisation, dateline, language, end mark, conventions, sign-offs required; its
        contacts too if it has none. One undo step."""
        window = self.window
        manager = window.manager
        if manager.read_only:
            return
        profiles = window.profiles().load_all()
        if not profiles:
            return

        def chosen(choice: str) -> None:
            profile = next((p for p in profiles if p.name == choice), None)
            if profile is not None:
                self._apply(profile)

        window.prompts.choose_profile(
            [(p.name, profile_label(p)) for p in profiles], manager.while_open(chosen),
            manager.release.profile or window.settings.last_profile, apply=True)

    def _apply(self, profile: Profile) -> None:
        window = self.window
        release = window.manager.release
        has_contacts = any(not contact.is_empty() for contact in release.contacts)
        styled = copy.deepcopy(release)  # (worked out on a copy, applied as one step)
        apply_profile(styled, profile, contacts=not has_contacts)
        window.form.apply_release(styled, self.tr("Apply House Style"))
        window._refresh_profile()
        window._update_title()
        window.statusBar().showMessage(self.tr("House style “{name}” applied; Edit ▸ Undo "
                                               "takes it back.").format(
                                                   name=profile_label(profile)), 5000)

    def update_footer(self) -> None:
        window = self.window
        profile = window.profiles().find(window.manager.release.profile)
        if profile is None:
            return
        window.form.apply(FieldChange("footer", profile.footer,  # (one undo step)
                                      self.tr("Update Footer")))
        window._refresh_profile()

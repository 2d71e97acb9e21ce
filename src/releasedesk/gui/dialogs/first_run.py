"""The first start's set-up (issue 27, point 1): four short pages that make the user's own
house style, or one button that imports a colleague's. Skippable; the rules are in
house_setup.py, this is only the asking."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...errors import ReleaseDeskError
from ...house_setup import (
    LANGUAGES,
    ZONES,
    SetupAnswers,
    SetupProblem,
    address_problems,
    contact_problems,
    read_logo,
    save_setup,
    setup_problems,
)
from ...language_tag import date_style_of
from ...model import is_utc_zone
from ...profiles import Profile, ProfileStore
from ..basics import scheme
from ..basics.dialog_guard import DeskDialog
from ..basics.i18n import translate_error
from ..widgets.command_button import command_button
from ..widgets.contacts_table import ContactsTable
from ..widgets.language_names import LanguageBox
from ..widgets.zones import chosen_zone, named_zone, zone_label
from .date_style_box import DateStyleBox
from .house_style import footer_from_text, footer_to_text, import_profile_file
from .prompts import Prompts

if TYPE_CHECKING:
    from ..app.main_window import MainWindow

# The page that asks for each answer (house_setup.SetupProblem.answer); the rest: the last.
_PAGE_OF_ANSWER = {"organization": 0, "website": 0, "logo": 0, "boilerplate": 1,
                   "footer": 1, "contacts": 2}


class FirstRunDialog(DeskDialog):
    """Asks for the organisation, its About text and footer, its media contacts, and the
    language, time zone and date style of its releases; Finish saves them as the user's
    own house style (``saved``). Skip, Escape and Close leave ``saved`` None."""

    PAGES = 4

    def __init__(self, store: ProfileStore, prompts: Prompts, defaults: SetupAnswers,
                 parent: QWidget | None = None, update: Profile | None = None) -> None:
        super().__init__(parent)
        # Run again over the office's own house style: its answers shown, Finish updates it.
        self.update_profile = update
        self.setObjectName("firstRunSetup")
        self.setWindowTitle(self.tr("Set up your organisation"))
        self.resize(720, 560)
        self.store = store
        self.prompts = prompts
        self.saved: Profile | None = None
        self.logo: Path | None = None
        # (a test answers this instead of the file dialog)
        # Asks for the logo, then calls back with its path (tests answer at once).
        self.ask_logo_path: Callable[[Callable[[Path], object]], object] = \
            self._ask_logo_path

        self.problem = QLabel(self)
        self.problem.setObjectName("setupProblem")
        self.problem.setWordWrap(True)
        scheme.styled(self.problem, "color: #a01010;")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._organisation_page())
        self.pages.addWidget(self._about_page())
        self.pages.addWidget(self._contacts_page())
        self.pages.addWidget(self._language_page(defaults))
        self.step = QLabel(self)
        self.step.setObjectName("setupStep")

        self.skip_button = command_button(self, self.tr("S&kip Set-up"), "setupSkip", self.tr(
            "Start without a house style of your own; Tools ▸ Set Up Your Organisation… "
            "brings this back."), self.skip)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setObjectName("setupBack")
        self.back_button.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setObjectName("setupNext")
        self.next_button.clicked.connect(self.next_page)
        self.finish_button = QPushButton(self.tr("&Finish"), self)
        self.finish_button.setObjectName("setupFinish")
        self.finish_button.clicked.connect(self.finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.step)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.finish_button)

        scroll = QScrollArea(self)  # (a 1280×720 screen holds every page, scrolled if need be)
        scroll.setObjectName("setupScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.pages)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        if update is not None:
            self.skip_button.setText(self.tr("&Cancel"))
            self.skip_button.setToolTip(self.tr("Close without changing the house style."))
        self._show_answers(defaults)
        self.go(0)

    def _show_answers(self, answers: SetupAnswers) -> None:
        """The pages filled from *answers* (the house style's own when run again)."""
        self.organization.setText(answers.organization)
        self.website.setText(answers.website)
        self.set_logo(answers.logo)
        self.boilerplate.setPlainText(answers.boilerplate)
        self.footer.setPlainText(footer_to_text(answers.footer))
        self.contacts.set_contacts(list(answers.contacts))

    # -- the pages -------------------------------------------------------------------------

    def _page(self, title: str, intro: str) -> tuple[QWidget, QFormLayout]:
        page = QWidget(self)
        column = QVBoxLayout(page)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)  # (the rows at the top, not spread down the page)
        heading = QLabel(f"<h2>{title}</h2>", page)
        heading.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(heading)
        text = QLabel(intro, page)
        text.setWordWrap(True)
        form.addRow(text)
        return page, form

    def _organisation_page(self) -> QWidget:
        if self.update_profile is not None:
            page, form = self._page(self.tr("Your organisation"), self.tr(
                "These are your house style's answers; change any of them and Finish saves "
                "them to it. What the set-up does not ask (the register, sign-offs, portal "
                "words) is kept."))
        else:
            page, form = self._page(self.tr("Welcome to ReleaseDesk"), self.tr(
                "Tell ReleaseDesk about your organisation once: every new release then starts "
                "with its name, About text, footer and media contacts. All of it can be "
                "changed later in Tools ▸ House Style."))
        self.import_button = QPushButton(self.tr("Import a Colleague's House Style File…"), page)
        self.import_button.setObjectName("setupImport")
        self.import_button.clicked.connect(self.import_colleagues)
        form.addRow(self.import_button)
        self.organization = QLineEdit(page)
        self.organization.setObjectName("setupOrganisation")
        self.organization.setPlaceholderText(self.tr("e.g. Calloway Harbour Authority"))
        form.addRow(self.tr("Organisation's name"), self.organization)
        self.website = QLineEdit(page)
        self.website.setObjectName("setupWebsite")
        self.website.setPlaceholderText("https://")
        form.addRow(self.tr("Website"), self.website)
        self.logo_label = QLabel(self.tr("No logo"), page)
        self.logo_label.setObjectName("setupLogoName")
        choose = QPushButton(self.tr("Choose Logo…"), page)
        choose.setObjectName("setupChooseLogo")
        choose.clicked.connect(self.choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove"), page)
        self.remove_logo.setObjectName("setupRemoveLogo")
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        row = QHBoxLayout()
        row.addWidget(self.logo_label, 1)
        row.addWidget(choose)
        row.addWidget(self.remove_logo)
        form.addRow(self.tr("Logo"), row)
        self.set_logo(None)
        return page

    def _about_page(self) -> QWidget:
        page, form = self._page(self.tr("About text and footer"), self.tr(
            "The About paragraph closes every release; the footer lines print at the foot "
            "of every page."))
        self.boilerplate = QPlainTextEdit(page)
        self.boilerplate.setObjectName("setupAbout")
        self.boilerplate.setTabChangesFocus(True)
        self.boilerplate.setMinimumHeight(110)
        form.addRow(self.tr("About the organisation"), self.boilerplate)
        self.footer = QPlainTextEdit(page)
        self.footer.setObjectName("setupFooter")
        self.footer.setTabChangesFocus(True)
        self.footer.setMinimumHeight(80)
        self.footer.setPlaceholderText(self.tr(
            "One line per footer line; for a link write: text | https://…"))
        form.addRow(self.tr("Standard footer"), self.footer)
        return page

    def _contacts_page(self) -> QWidget:
        page, form = self._page(self.tr("Media contacts"), self.tr(
            "The people journalists call; each new release lists them, and any can be "
            "changed in the release itself."))
        self.contacts = ContactsTable(page)
        self.contacts.setObjectName("setupContacts")
        form.addRow(self.contacts)
        return page

    def _language_page(self, defaults: SetupAnswers) -> QWidget:
        page, form = self._page(self.tr("Language, time and dates"), self.tr(
            "How your releases are written: their language and spelling, the time zone of "
            "embargoes, and how dates print."))
        # Each language by its name in the interface's language; the house style keeps its tag.
        self.language = LanguageBox(page, LANGUAGES)
        self.language.setObjectName("setupLanguage")
        self.language.codeChanged.connect(self._date_style_for)
        form.addRow(self.tr("Language"), self.language)
        self.zone = QComboBox(page)
        self.zone.setObjectName("setupZone")
        self.zone.setEditable(True)
        for name in ZONES:  # in words, in the interface's language; the IANA name as data
            self.zone.addItem(zone_label(name), name)
        zone_line = self.zone.lineEdit()
        assert zone_line is not None  # (an editable combo box has its line)
        zone_line.setPlaceholderText(self.tr("e.g. Europe/Berlin, America/New_York"))
        form.addRow(self.tr("Time zone"), self.zone)
        self.date_format = DateStyleBox(page)
        self.date_format.setObjectName("setupDateStyle")
        form.addRow(self.tr("Date style"), self.date_format)
        self._date_chosen = False  # (once the user picks a style, the language leaves it)
        self.date_format.activated.connect(lambda _index: setattr(self, "_date_chosen", True))
        self.language.show_code(defaults.language)
        self.set_zone(defaults.zone)
        self.date_format.choose(defaults.date_format)
        self.date_format.follow(defaults.language)
        return page

    # -- moving between pages --------------------------------------------------------------

    def _date_style_for(self, language: str) -> None:
        """The date style the language's offices write, until the user picks one."""
        if not hasattr(self, "date_format"):
            return
        if not self._date_chosen:
            self.date_format.choose(date_style_of(language))
        self.date_format.follow(language)

    def go(self, index: int) -> None:
        index = max(0, min(self.PAGES - 1, index))
        self.pages.setCurrentIndex(index)
        self.step.setText(self.tr("Step {step} of {steps}").format(step=index + 1,
                                                                    steps=self.PAGES))
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(index < self.PAGES - 1)
        self.finish_button.setVisible(index == self.PAGES - 1)
        (self.finish_button if index == self.PAGES - 1 else self.next_button).setDefault(True)
        self.problem.clear()

    def set_zone(self, name: str) -> None:
        """Show the zone *name* in words: the list's item (UTC by any name is the list's
        UTC), a real zone the list lacks (the computer's own) added first; anything else
        as written."""
        if is_utc_zone(name):
            name = "UTC"
        index = self.zone.findData(name) if name else -1
        if index < 0 and name and named_zone(name) is not None:
            self.zone.insertItem(0, zone_label(name), name)
            index = 0
        if index >= 0:
            self.zone.setCurrentIndex(index)
        else:
            self.zone.setEditText(name)

    def chosen_zone(self) -> str:
        """The IANA name of the zone shown (a typed name as typed, so that a wrong one is
        said, not dropped)."""
        return chosen_zone(self.zone) or self.zone.currentText().strip()

    def next_page(self) -> None:
        index = self.pages.currentIndex()
        if index == 0 and not self.organization.text().strip():
            self.problem.setText(self.tr("Type the organisation's name, or skip the set-up."))
            self.organization.setFocus()
            return
        # (an address readers cannot follow is said on its own page, as it is typed)
        unfollowable = [p for p in address_problems(self.website.text(), footer_from_text(
            self.footer.toPlainText())) if _PAGE_OF_ANSWER[p.answer] == index]
        if unfollowable:
            self._show_problem(unfollowable[0])
            return
        if index == _PAGE_OF_ANSWER["contacts"]:
            self.contacts.commit_edit()  # (a cell still being typed in counts)
            problems = contact_problems(self.contacts.contacts)
            if problems:  # a half-filled row is said here, never dropped unseen
                self._show_problem(problems[0])
                return
        self.go(index + 1)

    def _show_problem(self, problem: SetupProblem) -> None:
        """The page of the answer, its sentence, and for a contact its row."""
        self.go(_PAGE_OF_ANSWER.get(problem.answer, self.PAGES - 1))
        self._say(problem.error())
        row = problem.arguments.get("row")
        if problem.answer == "contacts" and isinstance(row, int):
            self.contacts.table.setCurrentCell(row - 1, 0)
            self.contacts.table.setFocus()
        elif problem.answer in ("website", "footer"):
            getattr(self, problem.answer).setFocus()

    def answers(self) -> SetupAnswers:
        """The answers as the pages show them now."""
        return SetupAnswers(
            organization=self.organization.text(), website=self.website.text(),
            boilerplate=self.boilerplate.toPlainText(),
            footer=footer_from_text(self.footer.toPlainText()),
            contacts=list(self.contacts.contacts),  # (empty rows too: said, not dropped)
            language=self.language.code(), zone=self.chosen_zone(),
            date_format=self.date_format.chosen(), logo=self.logo)

    # -- the commands ----------------------------------------------------------------------

    def finish(self) -> bool:
        """Save the answers as the user's house style and close; or say what to fix."""
        self.contacts.commit_edit()
        answers = self.answers()
        problems = setup_problems(answers)
        if problems:
            self._show_problem(problems[0])
            return False
        try:
            self.saved = save_setup(self.store, answers, update=self.update_profile)
        except ReleaseDeskError as exc:
            self._say(exc)
            return False
        self.mark_clean()
        self.accept()
        return True

    def _say(self, error: ReleaseDeskError) -> None:
        self.problem.setText(translate_error(error))

    def skip(self) -> None:
        """No house style of the user's own now (asked first if anything was typed)."""
        self.reject()

    def import_colleagues(self) -> None:
        """Install a colleague's house-style file as the user's own and close."""
        import_profile_file(self.store, self.prompts, self._imported)

    def _imported(self, profile: Profile) -> None:
        self.saved = profile
        self.mark_clean()
        self.accept()

    def choose_logo(self) -> None:
        self.ask_logo_path(self._logo_chosen)

    def _logo_chosen(self, path: Path) -> None:
        try:
            read_logo(path)
        except ReleaseDeskError as exc:
            self._say(exc)
            return
        self.set_logo(path)

    def set_logo(self, path: Path | None) -> None:
        self.logo = path
        self.logo_label.setText(path.name if path is not None else self.tr("No logo"))
        self.remove_logo.setEnabled(path is not None)
        self.problem.clear()

    def _ask_logo_path(self, then: Callable[[Path], object]) -> None:
        from ..basics.modal import FileMode, choose_files

        choose_files(self, FileMode.OPEN, self.tr("Choose the logo"), "",
                     self.tr("Images (*.png *.jpg *.jpeg *.svg)"),
                     lambda names: then(Path(names[0])))


def open_set_up(window: MainWindow, first_start: bool) -> FirstRunDialog:
    """Open the set-up over *window* without blocking (a start that quits by itself, or a
    test, never waits on it). Finished, the house style becomes the one new releases start
    from, and an untouched untitled release is started again from it; skipped at the first
    start, it is not offered at the next (settings.setup_skipped)."""
    from PySide6.QtCore import QTimeZone

    from ...house_setup import answers_from, defaults_for, office_house
    from ...profiles import release_from_profile
    from ...settings import save_settings
    from ..basics.i18n import resolve

    settings = window.settings
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    store = window.profiles()
    house = None if first_start else office_house(store.load_all(), settings.last_profile)
    defaults = (answers_from(house, store.user_dir) if house is not None
                else defaults_for(resolve(settings.ui_language), zone))
    dialog = FirstRunDialog(store, window.prompts, defaults, window, update=house)

    def finished(_result: int) -> None:
        if dialog.saved is not None:
            settings.last_profile = dialog.saved.name
            settings.setup_skipped = False
            manager = window.manager
            if manager.path is None and not manager.modified:
                manager.new(release_from_profile(dialog.saved))
        elif first_start:
            settings.setup_skipped = True
        save_settings(settings)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog

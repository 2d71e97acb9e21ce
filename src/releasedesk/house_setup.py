"""The first start's set-up: a new user's answers made into their own house style.

The editor asks (gui/dialogs/first_run.py); this module decides what the answers mean, what is
wrong with them (one sentence each), which defaults a language brings, and writes the
house style to the user's profiles folder. No Qt: the rules are tested without a window.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

from .addresses import completed, house_address_problems
from .atomic import write_atomic
from .errors import N_, ReleaseDeskError, explain_os_error
from .field_rules import email_is_valid, language_problem
from .files import FileTooLarge, read_bounded
from .language_tag import is_chinese
from .model import CHINESE_ZONE, DATE_FORMATS, Contact, FooterLine, language_conventions, valid_zone
from .profiles import Profile, ProfileStore, valid_name
from .records import Factory, record, replace

# The language tags offered first (any other tag may be typed); the first is the default
# of an English desktop, the Chinese one of a Chinese desktop.
LANGUAGES: tuple[str, ...] = ("en-US", "en-GB", "en-CA", "en-AU", "zh-CN")
# Time zones offered first (any IANA name may be typed).
ZONES: tuple[str, ...] = (
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
    "America/Toronto", "Europe/London", "Europe/Dublin", "Europe/Berlin", "Europe/Paris",
    "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney",
    "Pacific/Auckland", "UTC")
CHINESE_DEFAULTS = ("zh-CN", CHINESE_ZONE, "zh")
ENGLISH_DEFAULTS = ("en-US", "", "ap")
LOGO_KINDS = {"png": ".png", "jpeg": ".jpg", "svg": ".svg"}
MAX_LOGO_BYTES = 2 * 1024 * 1024
FALLBACK_NAME = "my-office"


class SetupError(ReleaseDeskError):
    """An answer the set-up cannot save; the message says which and why."""


@record
class SetupAnswers:
    """What the set-up asks: the organisation, its About text and footer, its contacts,
    the language, time zone and date style of its releases, and its logo."""

    organization: str = ""
    boilerplate: str = ""
    footer: list[FooterLine] = Factory(factory=list)
    contacts: list[Contact] = Factory(factory=list)
    language: str = ENGLISH_DEFAULTS[0]
    zone: str = ""
    date_format: str = ENGLISH_DEFAULTS[2]
    website: str = ""
    logo: Path | None = None


def defaults_for(interface: str, system_zone: str = "") -> SetupAnswers:
    """The answers a desktop in *interface* ("en", "zh_CN" …) starts with: a Chinese one
    writes zh-CN releases in Beijing time with Chinese dates; others US English in the
    computer's own time zone (when it is a real one) with AP dates."""
    chinese = is_chinese(interface)
    language, zone, date_format = CHINESE_DEFAULTS if chinese else ENGLISH_DEFAULTS
    if not chinese and system_zone and valid_zone(system_zone):
        zone = system_zone
    return SetupAnswers(language=language, zone=zone, date_format=date_format)


@record(frozen=True)
class SetupProblem:
    """Why an answer cannot be saved: the answer (a SetupAnswers field) and one sentence."""

    answer: str
    template: str
    arguments: dict[str, object] = Factory(factory=dict)

    def error(self) -> SetupError:
        return SetupError(self.template, **self.arguments)


def setup_problems(answers: SetupAnswers) -> list[SetupProblem]:
    """Why the answers cannot be saved yet, in the order the set-up asks for them."""
    problems: list[SetupProblem] = []
    if not answers.organization.strip():
        problems.append(SetupProblem("organization", N_("Type the organisation's name.")))
    problems.extend(contact_problems(answers.contacts))
    language = answers.language.strip()
    if not language or language_problem(language) is not None:
        problems.append(SetupProblem("language", N_(
            "“{language}” is not a language such as en-US, en-GB or zh-CN."),
            {"language": language}))
    zone = answers.zone.strip()
    if zone and not valid_zone(zone):
        problems.append(SetupProblem("zone", N_(
            "“{zone}” is not a time zone; write it like Europe/Berlin or Asia/Shanghai."),
            {"zone": zone}))
    if answers.date_format not in DATE_FORMATS:
        problems.append(SetupProblem("date_format", N_("Choose how dates are written.")))
    problems.extend(address_problems(answers.website, answers.footer))
    return problems


def address_problems(website: str, footer: list[FooterLine]) -> list[SetupProblem]:
    """Why the website or a footer line's link cannot be saved: one a reader could not
    follow (``javascript:``, ``data:``) would be printed as words with no link."""
    return [SetupProblem(answer, template, arguments)
            for answer, template, arguments in house_address_problems(website, footer)]


def contact_problems(contacts: list[Contact]) -> list[SetupProblem]:
    """Why the contacts' rows cannot be saved as they are: a row left empty or with no
    name is said (and the user fills or removes it), never dropped unseen. A problem's
    arguments hold its row, counted from 1."""
    problems: list[SetupProblem] = []
    for row, contact in enumerate(contacts, start=1):
        if contact.is_empty():
            problems.append(SetupProblem("contacts", N_(
                "Contact {row} is empty: fill it in, or remove it with Remove."),
                {"row": row}))
        elif not contact.name.strip():
            problems.append(SetupProblem("contacts", N_(
                "Contact {row} has no name: type the person's or the office's name, or "
                "remove the row with Remove."), {"row": row}))
        elif contact.email.strip() and not email_is_valid(contact.email.strip()):
            problems.append(SetupProblem("contacts", N_("“{address}” is not an e-mail address."),
                                         {"address": contact.email.strip(), "row": row}))
    return problems


def profile_name_for(organization: str, taken: set[str]) -> str:
    """A profile name (letters, digits, dashes) from the organisation's name, free among
    *taken*; a name in another script gives "my-office"."""
    ascii_name = unicodedata.normalize("NFKD", organization).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:48].strip("-")
    if not valid_name(base):
        base = FALLBACK_NAME
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def make_profile(answers: SetupAnswers, name: str, today: date | None = None) -> Profile:
    """The house style the answers describe (without its logo file: see save_setup).

    A footer left empty becomes "© YEAR ORGANISATION": every house style has one line. A
    footer line keeps the spaces inside it as typed: two spaces keep its items apart
    ("1号  邮编 100000", as the house style dialog keeps them). A Chinese office's house
    style prints as Chinese releases do (the built-in Chinese styles): no "即时发布" status
    line, no end mark, an embargo under the release line."""
    organization = " ".join(answers.organization.split())
    footer = [FooterLine(line.text.strip(), completed(line.url))
              for line in answers.footer if line.text.strip()]
    if not footer:
        footer = [FooterLine(f"© {(today or date.today()).year} {organization}")]
    contacts = [Contact(name=_line(c.name), role=_line(c.role),
                        organization=_line(c.organization), phone=_line(c.phone),
                        email=c.email.strip()) for c in answers.contacts if not c.is_empty()]
    conventions, end_mark = language_conventions(answers.language)
    conventions.zone, conventions.date_format = answers.zone.strip(), answers.date_format
    return Profile(
        name=name, organization=organization, display_name=organization,
        website=completed(answers.website), language=answers.language.strip(),
        boilerplate=answers.boilerplate.strip(), contacts=contacts, footer=footer,
        conventions=conventions, end_mark=end_mark)


def _line(text: str) -> str:
    return " ".join(text.split())


def read_logo(path: Path) -> tuple[bytes, str]:
    """The logo's bytes and the suffix it is stored with; SetupError if it is no logo."""
    try:
        raw = read_bounded(path, MAX_LOGO_BYTES)
    except FileTooLarge as exc:
        raise SetupError(N_("The logo {name} is larger than 2 MB; choose a smaller image."),
                         name=path.name) from exc
    except OSError as exc:
        raise explain_os_error(exc, path, N_("read the logo")) from exc
    from .media.intake import sniff  # (here: the editor's start never needs the photos' code)

    kind = sniff(raw)
    if kind not in LOGO_KINDS:
        raise SetupError(N_("{name} is not a PNG, JPEG or SVG image; a logo must be one."),
                         name=path.name)
    return raw, LOGO_KINDS[kind]


def answers_from(profile: Profile, folder: Path) -> SetupAnswers:
    """The set-up's answers as the house style *profile* (kept in *folder*) gives them: the
    set-up run again starts from the office's own house style, not from blank pages."""
    logo = folder / profile.logo if profile.logo else None
    return SetupAnswers(
        organization=profile.organization, boilerplate=profile.boilerplate,
        footer=[FooterLine(line.text, line.url) for line in profile.footer],
        contacts=[replace(contact) for contact in profile.contacts],
        language=profile.language, zone=profile.conventions.zone,
        date_format=profile.conventions.date_format, website=profile.website,
        logo=logo if logo is not None and logo.is_file() else None)


def updated_profile(profile: Profile, answers: SetupAnswers,
                    today: date | None = None) -> Profile:
    """*profile* with the set-up's answers in place of its own, everything the set-up does
    not ask (the register, sign-off policy, dateline, portal words, logo) kept; a language
    changed brings that language's conventions, as a new house style would."""
    made = make_profile(answers, profile.name, today)
    updated = replace(profile, organization=made.organization, website=made.website,
                      language=made.language, boilerplate=made.boilerplate,
                      contacts=made.contacts, footer=made.footer)
    if profile.display_name.strip() in ("", profile.organization.strip()):
        updated.display_name = made.display_name
    if made.language.casefold() != profile.language.strip().casefold():
        updated.conventions, updated.end_mark = made.conventions, made.end_mark
    else:
        updated.conventions = replace(profile.conventions, zone=made.conventions.zone,
                                      date_format=made.conventions.date_format)
    return updated


def save_setup(store: ProfileStore, answers: SetupAnswers, today: date | None = None,
               update: Profile | None = None) -> Profile:
    """Check the answers, save them as the user's own house style (the logo copied beside
    it) and return it: a new one, or *update* (the user's own, the set-up run again) changed
    in place under its own name. The first problem is raised as one sentence; nothing is
    written."""
    problems = setup_problems(answers)
    if problems:
        raise problems[0].error()
    if update is not None and not update.builtin:
        profile = updated_profile(update, answers, today)
        kept = store.user_dir / update.logo if update.logo else None
        if answers.logo is None:
            profile.logo = ""
        elif kept is not None and answers.logo == kept:
            answers = replace(answers, logo=None)  # (the logo it has: nothing to copy)
    else:
        taken = {profile.name for profile in store.load_all()}
        profile = make_profile(answers, profile_name_for(answers.organization, taken), today)
    logo = read_logo(answers.logo) if answers.logo is not None else None
    if logo is not None:
        profile.logo = f"{profile.name}-logo{logo[1]}"
    store.save(profile)
    if logo is not None:
        write_atomic(store.user_dir / profile.logo, logo[0], action=N_("save the logo"))
    return profile


def own_profiles(profiles: list[Profile]) -> list[Profile]:
    """The user's own house styles among *profiles* (the built-in ones are samples)."""
    return [profile for profile in profiles if not profile.builtin]


def office_house(profiles: list[Profile], last: str = "") -> Profile | None:
    """The office's house style among *profiles*: the user's own one named *last* (used
    last), else their first; None when they have none of their own."""
    own = own_profiles(profiles)
    return next((p for p in own if p.name == last), None) or next(iter(own), None)


def needs_setup(store: ProfileStore, skipped: bool) -> bool:
    """Whether the editor offers the set-up at its start: the user has no house style of
    their own and has not said to skip it."""
    return not skipped and not own_profiles(store.load_all())

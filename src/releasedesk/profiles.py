"""House style: organisation profiles that own the footer, boilerplate, contacts and conventions.

A profile is one JSON file (see docs/profile-format.md). Built-in examples ship in
resources/profiles/; the user's own live in the config folder and win over a built-in
of the same name. A broken profile is reported and skipped; the others still load.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from . import paths
from .atomic import write_atomic
from .clearance.storage import policy_to_json, read_policy
from .document import (
    FileFormatError,
    conventions_to_json,
    footer_lines,
    footer_to_json,
    read_portal_settings,
)
from .errors import N_, ReleaseDeskError, explain_os_error, json_reason
from .field_rules import (
    base_url_problem,
    email_is_valid,
    language_problem,
    release_line_problem,
    typesetting_problem,
    words_problem,
)
from .fields import CONTACT_FIELDS, keep_one_line_fields
from .files import FileTooLarge, read_bounded, same_file
from .json_values import Json, JsonObject
from .model import (
    DATE_FORMATS,
    EMBARGO_POSITIONS,
    END_MARKS,
    PAPER_SIZES,
    PORTAL_SWITCHES,
    ZONE_STYLES,
    Contact,
    Conventions,
    FooterLine,
    Release,
    valid_accent,
    valid_zone,
)
from .patterns import LazyPattern
from .records import Factory, record
from .render.words import WORD_KEYS
from .workflow import ApprovalPolicy

if TYPE_CHECKING:  # (register.py: imported with a profile's register, not by the start)
    from .register import Register

PROFILE_FORMAT = "releasedesk-profile"
PROFILE_VERSION = 1
MAX_PROFILE_BYTES = 1024 * 1024
SUFFIX = ".json"
_NAME = LazyPattern(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


ALREADY_INSTALLED = N_('A profile named "{name}" is already installed; import with --force '
                       "to replace it.")
REPLACES_BUILTIN = N_('"{name}" is the name of a built-in profile; import with --force to use '
                      "yours in its place.")


class ProfileError(ReleaseDeskError):
    """A profile that cannot be used; the message says which and why."""


def _empty_register() -> Register:
    from .register import Register  # (imported with the first profile: not at the start)
    return Register()


@record(uncompared=("builtin", "replaces_builtin"))
class Profile:
    name: str
    organization: str = ""
    # What people see in File ▸ New ("Wire release"); the name stays for the CLI.
    display_name: str = ""
    website: str = ""
    language: str = "en"
    dateline: str = ""
    boilerplate: str = ""
    contacts: list[Contact] = Factory(factory=list)
    footer: list[FooterLine] = Factory(factory=list)
    end_mark: str = "###"
    conventions: Conventions = Factory(factory=Conventions)
    # Sign-offs required before a release counts as Approved; the office's public key.
    approval: ApprovalPolicy = Factory(factory=ApprovalPolicy)
    names: Register = Factory(factory=_empty_register)  # names, titles, terms (register.py)
    # The logo: a file's name in the profiles folder (house_setup.py copies it); "" for none.
    logo: str = ""
    builtin: bool = False  # not compared: a copy of a built-in equals it
    replaces_builtin: bool = False  # the user's own, in place of a built-in of its name


def profile_label(profile: Profile) -> str:
    """How a person recognises a house style: its display name and organisation."""
    title = profile.display_name.strip() or profile.name
    organization = profile.organization.strip()
    if not organization or organization.casefold() == title.casefold():
        return title  # (the set-up names a house style for its organisation: once is enough)
    return f"{title} — {organization}"


def valid_name(name: str) -> bool:
    """Profile names are short identifiers: letters, digits, dot, dash, underscore."""
    return bool(_NAME.match(name))


def valid_logo_name(name: str) -> bool:
    """A logo is named by a plain file name in the profiles folder, never a path."""
    return bool(_NAME.match(name)) and not name.startswith(".")


# -- the file -------------------------------------------------------------------------


def profile_to_dict(profile: Profile) -> JsonObject:
    from .register import register_to_json  # (with the first profile written)
    return {
        "format": PROFILE_FORMAT,
        "version": PROFILE_VERSION,
        "name": profile.name,
        "display_name": profile.display_name,
        "organization": profile.organization,
        "website": profile.website,
        "language": profile.language,
        "dateline": profile.dateline,
        "boilerplate": profile.boilerplate,
        "contacts": [{k: getattr(c, k) for k in CONTACT_FIELDS} for c in profile.contacts],
        "footer": footer_to_json(profile.footer),
        "end_mark": profile.end_mark,
        "conventions": conventions_to_json(profile.conventions),
        **({} if profile.approval.is_empty() else {"approval": policy_to_json(profile.approval)}),
        **({} if profile.names.is_empty() else {"names": register_to_json(profile.names)}),
        **({"logo": profile.logo} if profile.logo else {}),
    }


def dumps_profile(profile: Profile) -> bytes:
    text = json.dumps(profile_to_dict(profile), ensure_ascii=False, indent=2) + "\n"
    return text.encode("utf-8", errors="backslashreplace")


def load_profile(path: Path) -> Profile:
    """Read and validate one profile file; raise ProfileError with one sentence if unusable.

    Only a regular file is read: a folder, pipe, device or socket is refused at once.
    """
    path = Path(path)
    try:
        raw = read_bounded(path, MAX_PROFILE_BYTES)
    except FileTooLarge as exc:
        raise ProfileError(
            N_("The profile {label} is {size} MB, far larger than any house style "
               "(1 MB at most); it was not loaded."),
            label=path.name, size=f"{exc.size / 1024 / 1024:.1f}") from exc
    except FileNotFoundError as exc:
        raise ProfileError(N_("The profile {path} does not exist."), path=str(path)) from exc
    except IsADirectoryError as exc:
        raise ProfileError(N_("{label} is a folder, not a profile file."),
                           label=path.name) from exc
    except OSError as exc:
        raise explain_os_error(exc, path, N_("read the profile")) from exc
    return profile_from_bytes(raw, path.name)


def profile_from_bytes(raw: bytes, label: str) -> Profile:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ProfileError(N_("The profile {label} is not UTF-8 text."), label=label) from exc
    except json.JSONDecodeError as exc:
        raise ProfileError(
            N_("The profile {label} is damaged: invalid JSON at line {line}, column {column} "
               "({detail})."), label=label, line=exc.lineno, column=exc.colno,
            detail=json_reason(exc.msg)
        ) from exc
    except RecursionError as exc:
        raise ProfileError(N_("The profile {label} is nested too deeply to be a profile."),
                           label=label) from exc
    return profile_from_dict(data, label)


def profile_from_dict(data: Json, label: str) -> Profile:
    if not isinstance(data, dict) or data.get("format") != PROFILE_FORMAT:
        raise ProfileError(N_('The profile {label} is not a ReleaseDesk profile (no "format": '
                              '"releasedesk-profile").'), label=label)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProfileError(N_("The profile {label} has no valid format version."), label=label)
    if version > PROFILE_VERSION:
        raise ProfileError(N_("The profile {label} was made by a newer ReleaseDesk (profile "
                              "format {version}); update ReleaseDesk to use it."),
                           label=label, version=version)

    def text(key: str, default: str = "", required: bool = False) -> str:
        if key not in data:
            if required:
                raise ProfileError(N_('The profile {label} is incomplete: the field "{key}" is '
                                      "missing."), label=label, key=key)
            return default
        value = data[key]
        if value is None:
            return default
        if not isinstance(value, str):
            raise _damaged(label, N_('the field "{key}" should be text'), key=key)
        return value

    name = text("name", required=True).strip()
    if not valid_name(name):
        raise ProfileError(N_('The profile {label} has an unusable name "{name}": use letters, '
                              "digits, dots, dashes or underscores (at most 64)."),
                           label=label, name=name[:40])
    profile = Profile(name=name)
    for key in ("display_name", "organization", "website", "language", "dateline",
                "boilerplate"):
        setattr(profile, key, text(key, getattr(profile, key)))
    problem = language_problem(profile.language)
    if problem is not None:
        raise _damaged(label, problem[0], **problem[1])
    profile.logo = text("logo")
    if profile.logo and not valid_logo_name(profile.logo):
        raise _damaged(label, N_('"logo" should be the name of a file beside the profile'))
    profile.end_mark = text("end_mark", profile.end_mark)
    if profile.end_mark not in END_MARKS:
        raise _damaged(label, N_('the end mark must be "###", "-30-", "-end-" or empty'))
    contacts = data.get("contacts", [])
    if not isinstance(contacts, list):
        raise _damaged(label, N_('the field "contacts" should be a list'))
    for index, item in enumerate(contacts):
        if not isinstance(item, dict) or not all(
                isinstance(item.get(k, ""), str) for k in CONTACT_FIELDS):
            raise _damaged(label, N_("contact {item} should be an object of text fields"),
                           item=index + 1)
        profile.contacts.append(Contact(**{k: item.get(k, "") for k in CONTACT_FIELDS}))
    footer = data.get("footer", [])
    if not isinstance(footer, list):
        raise _damaged(label, N_('the field "footer" should be a list'))
    try:
        profile.footer = footer_lines(footer, "footer", label)
    except FileFormatError as exc:
        raise ProfileError(exc.template, **exc.arguments) from exc
    profile.conventions = _conventions(data.get("conventions", {}), label)
    profile.approval = read_policy(data.get("approval"),
                                   lambda problem, **args: _damaged(label, problem, **args))
    from .register import RegisterError, register_from_json
    try:
        profile.names = register_from_json(data.get("names"))
    except RegisterError as exc:
        raise _damaged(label, exc.template, **exc.arguments) from exc
    return profile


def _damaged(label: str, problem: str, **args: object) -> ProfileError:
    """"The profile x.json is damaged: <problem>." with the problem's own arguments."""
    return ProfileError(N_("The profile {label} is damaged: {problem}."), label=label,
                        problem=problem, **args)


def _conventions(value: Json, label: str) -> Conventions:
    if not isinstance(value, dict):
        raise _damaged(label, N_('"conventions" should be an object'))
    conventions = Conventions()
    status_line = value.get("status_line", True)
    if not isinstance(status_line, bool):
        raise _damaged(label, N_('"status_line" should be true or false'))
    conventions.status_line = status_line
    release_line = value.get("release_line", conventions.release_line)
    if not isinstance(release_line, str):
        raise _damaged(label, N_('"release_line" should be text containing {{date}}, or '
                                 "empty"))
    problem = release_line_problem(release_line)
    if problem is not None:
        raise _damaged(label, problem[0], **problem[1])
    conventions.release_line = release_line
    date_format = value.get("date_format", conventions.date_format)
    if date_format not in DATE_FORMATS:
        raise _damaged(label, N_('"date_format" must be one of {choices}'),
                       choices=", ".join(DATE_FORMATS))
    conventions.date_format = date_format
    position = value.get("embargo_position", conventions.embargo_position)
    if position not in EMBARGO_POSITIONS:
        raise _damaged(label, N_('"embargo_position" must be one of {choices}'),
                       choices=", ".join(EMBARGO_POSITIONS))
    conventions.embargo_position = position
    accent = value.get("accent", "")
    if not isinstance(accent, str) or not valid_accent(accent):
        raise _damaged(label, N_('"accent" should be a colour such as #7a1f1f, or empty'))
    conventions.accent = accent
    zone, zone_style = value.get("zone", ""), value.get("zone_style", "offset")
    if not isinstance(zone, str) or (zone and not valid_zone(zone)):
        raise _damaged(label, N_('"zone" should be a time zone such as Europe/Berlin'))
    if zone_style not in ZONE_STYLES:
        raise _damaged(label, N_('"zone_style" must be one of {choices}'),
                       choices=", ".join(ZONE_STYLES))
    conventions.zone, conventions.zone_style = zone, zone_style
    paper = value.get("paper", conventions.paper)
    if paper not in PAPER_SIZES:
        raise _damaged(label, N_('"paper" must be one of {choices}'),
                       choices=", ".join(PAPER_SIZES))
    conventions.paper = paper
    mail_from, mail_to = value.get("mail_from", ""), value.get("mail_to", [])
    if not isinstance(mail_from, str) or not isinstance(mail_to, list) or not all(
            isinstance(a, str) and (not a or email_is_valid(a)) for a in [mail_from, *mail_to]):
        raise _damaged(label, N_('"mail_from" and "mail_to" should be e-mail addresses'))
    conventions.mail_from, conventions.mail_to = mail_from, list(mail_to)
    words = value.get("words", {})
    if not isinstance(words, dict) or not all(
            k in WORD_KEYS and isinstance(v, str) for k, v in words.items()):
        raise _damaged(label, N_('"words" may only set {choices} (as text)'),
                       choices=", ".join(WORD_KEYS))
    problem = words_problem(words)
    if problem is not None:
        raise _damaged(label, problem[0], **problem[1])
    conventions.words = dict(words)
    typesetting = value.get("typesetting") or {}
    problem = typesetting_problem(typesetting)
    if problem is not None:
        raise _damaged(label, problem[0], **problem[1])
    conventions.typesetting = copy.deepcopy(typesetting)
    wrong = read_portal_settings(value, conventions)
    if wrong is not None:
        raise _damaged(label, N_('"{key}" should be true or false') if wrong in PORTAL_SWITCHES
                       else N_('"{key}" should be text'), key=wrong)
    base_url = value.get("base_url") or ""
    problem = base_url_problem(base_url) if isinstance(base_url, str) else \
        (N_('"{key}" should be text'), {"key": "base_url"})
    if problem is not None:
        raise _damaged(label, problem[0], **problem[1])
    conventions.base_url = base_url
    return conventions


# -- where profiles live ------------------------------------------------------------------


def builtin_dir() -> Path:
    from .resources import resources_dir

    return resources_dir() / "profiles"


class ProfileStore:
    """Built-in and user profiles; user profiles win over built-ins of the same name."""

    def __init__(self, user_dir: Path | None = None, builtin: Path | None = None) -> None:
        self.user_dir = user_dir or paths.profiles_dir()
        self.builtin = builtin or builtin_dir()
        self.problems: list[str] = []
        self.failures: list[ReleaseDeskError] = []  # the same, as errors to translate

    def load_all(self) -> list[Profile]:
        """Every usable profile, sorted by name; broken files are listed in self.problems."""
        self.problems, self.failures = [], []
        found = {p.name: p for p in self._load_folder(self.builtin, builtin=True)}
        for profile in self._load_folder(self.user_dir, builtin=False):
            profile.replaces_builtin = profile.name in found and found[profile.name].builtin
            found[profile.name] = profile
        return [found[name] for name in sorted(found)]

    def builtin_names(self) -> set[str]:
        """The names of the built-in profiles (a user's profile may take one's place)."""
        problems, failures = self.problems, self.failures
        self.problems, self.failures = list(problems), list(failures)
        names = {p.name for p in self._load_folder(self.builtin, builtin=True)}
        self.problems, self.failures = problems, failures
        return names

    def _load_folder(self, folder: Path, builtin: bool) -> list[Profile]:
        profiles: list[Profile] = []
        if not folder.is_dir():
            return profiles
        for file in sorted(folder.glob(f"*{SUFFIX}")):
            try:
                profile = load_profile(file)
            except ReleaseDeskError as exc:
                self.problems.append(exc.message)
                self.failures.append(exc)
                continue
            profile.builtin = builtin
            profiles.append(profile)
        return profiles

    def names(self) -> list[str]:
        return [p.name for p in self.load_all()]

    def get(self, name: str) -> Profile:
        for profile in self.load_all():
            if profile.name == name:
                return profile
        known = ", ".join(self.names()) or "none"
        raise ProfileError(N_('There is no house-style profile "{name}" (installed: {known}).'),
                           name=name, known=known)

    def find(self, name: str) -> Profile | None:
        try:
            return self.get(name)
        except ProfileError:
            return None

    def path_for(self, name: str) -> Path:
        return self.user_dir / f"{name}{SUFFIX}"

    def save(self, profile: Profile) -> Path:
        """Write *profile* to the user folder (atomically), replacing one of the same name."""
        if not valid_name(profile.name):
            raise ProfileError(N_('"{name}" cannot be a profile name: use letters, digits, dots, '
                                  "dashes or underscores."), name=profile.name)
        try:
            self.user_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise explain_os_error(exc, self.user_dir, N_("create the profiles folder")) from exc
        try:  # never write a profile this version would refuse to load
            profile_from_dict(profile_to_dict(profile), f"{profile.name}{SUFFIX}")
        except ProfileError as exc:
            problem = exc.arguments.get("problem")
            if not isinstance(problem, str):
                raise
            arguments = {k: v for k, v in exc.arguments.items()
                         if k not in ("label", "problem", "name")}
            raise ProfileError(N_('The profile "{name}" was not saved: {problem}.'),
                               name=profile.name, problem=problem, **arguments) from exc
        target = self.path_for(profile.name)
        write_atomic(target, dumps_profile(profile), action=N_("save the profile"))
        return target

    def delete(self, name: str) -> None:
        target = self.path_for(name)
        try:
            target.unlink()
        except FileNotFoundError as exc:
            raise ProfileError(N_('"{name}" is a built-in profile or not installed; only your '
                                  "own profiles can be deleted."), name=name) from exc
        except OSError as exc:
            raise explain_os_error(exc, target, N_("delete the profile")) from exc

    def import_file(self, source: Path, replace: bool = False) -> Profile:
        """Validate *source* and install it; a name already taken needs *replace*.

        Taken means one of the user's profiles (ALREADY_INSTALLED) or a built-in one
        (REPLACES_BUILTIN: the user's would be used in its place until deleted). A website
        or footer link readers cannot follow is refused (addresses.py); an installed
        profile holding one still loads, and the readiness checks name the line.
        """
        profile = load_profile(source)
        from .addresses import house_address_problems

        for _answer, template, arguments in house_address_problems(profile.website,
                                                                   profile.footer)[:1]:
            raise ProfileError(template, **arguments)  # (as the house-style editor says)
        if not replace and self.path_for(profile.name).exists():
            raise ProfileError(ALREADY_INSTALLED, name=profile.name)
        builtin = profile.name in self.builtin_names()
        if not replace and builtin:
            raise ProfileError(REPLACES_BUILTIN, name=profile.name)
        self.save(profile)
        profile.replaces_builtin = builtin
        return profile

    def export(self, name: str, target: Path) -> None:
        if same_file(target, self.path_for(name)):
            raise ProfileError(N_("{path} is the installed profile itself; export it to "
                                  "another file."), path=str(target))
        write_atomic(Path(target), dumps_profile(self.get(name)),
                     action=N_("export the profile"))


# -- profiles and releases ----------------------------------------------------------------


# What a house style gives a release only when it has something for it: an empty one leaves
# what the release holds (a dateline typed, an About text) as it is.
HOUSE_TEXTS = ("organization", "language", "dateline", "boilerplate", "footer")


def apply_profile(release: Release, profile: Profile, *, contacts: bool = True) -> None:
    """Give *release* the profile's house style: footer, boilerplate, conventions, contacts.
    Of HOUSE_TEXTS a house value replaces the release's, an empty one leaves it alone."""
    release.profile = profile.name
    for name in HOUSE_TEXTS:
        value = getattr(profile, name)
        if value.strip() if isinstance(value, str) else any(line.text.strip() for line in value):
            setattr(release, name, copy.deepcopy(value))
    release.end_mark = profile.end_mark
    release.conventions = copy.deepcopy(profile.conventions)
    release.clearance.policy = copy.deepcopy(profile.approval)
    if contacts and profile.contacts:
        release.contacts = copy.deepcopy(profile.contacts)
    keep_one_line_fields(release)  # (a profile file edited by hand may hold line breaks)


def release_from_profile(profile: Profile, today: date | None = None) -> Release:
    from .model import new_release

    release = new_release(today)
    apply_profile(release, profile)
    return release

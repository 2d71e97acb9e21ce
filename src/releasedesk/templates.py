"""Templates: a new release of a built-in kind (kinds.py), or from a release the user saved
as a template, always in the user's house style.

File ▸ New from Template… and ``releasedesk new --type KIND`` / ``--template FILE`` start
here. The house style (chosen by the editor or ``--profile``) gives what it always gives
(footer, About text, contacts, settings); a template gives its kind and its words; a
new release is dated today, has no approvals or history and an id of its own.
"""

from __future__ import annotations

import copy
from pathlib import Path

from . import document, fields, kinds
from .errors import N_, ReleaseDeskError
from .model import Release
from .paths import templates_dir
from .patterns import LazyPattern
from .records import record
from .workflow import Clearance

# What a house style decides in a new release (profiles.apply_profile): a saved template's
# own values of these give way to the house style's when there is one.
HOUSE_FIELDS = frozenset({"language", "organization", "dateline", "boilerplate", "footer",
                          "end_mark", "conventions", "contacts", "profile"})
# What belongs to one release, not to a pattern for others: its dates, its embargo, the
# release a correction corrects, the event's moments, the review comments marked.
ONE_RELEASE_FIELDS = frozenset({
    "status", "embargo_until", "embargo_zone", "release_date", "release_time", "event_start",
    "event_end", "corrects_path", "corrects_fingerprint", "corrects_date", "id", "twins",
    "clearance", "review_comments"})
_UNSAFE_NAME = LazyPattern(r'[\x00-\x1f<>:"/\\|?*]+')
MAX_NAME = 80


@record(frozen=True)
class Template:
    """One entry of File ▸ New from Template…: a built-in kind (*path* None) or a saved
    release."""

    name: str  # the kind's label (N_) or the saved template's name
    kind: str
    path: Path | None = None

    @property
    def builtin(self) -> bool:
        return self.path is None


def builtin_templates() -> list[Template]:
    return [Template(label, kind) for kind, label in kinds.LABELS.items()]


def user_templates(folder: Path | None = None) -> list[Template]:
    """The user's saved templates, by name; a file that cannot be read is left out (it is
    still there to open as a release, which says what is wrong with it)."""
    folder = folder or templates_dir()
    found = []
    for path in sorted(folder.glob(f"*{document.SUFFIX}")) if folder.is_dir() else ():
        try:
            release = document.load(path, history=False)
        except ReleaseDeskError:
            continue
        found.append(Template(path.name[: -len(document.SUFFIX)], kinds.kind_of(release),
                              path))
    return found


def all_templates(folder: Path | None = None) -> list[Template]:
    return [*builtin_templates(), *user_templates(folder)]


def start(kind: str, base: Release) -> Release:
    """A new release of *kind* from *base* (the house style's new release): the advisory's
    event in the house's time zone, and an id (the calendar entry's UID)."""
    release = copy.deepcopy(base)
    release.kind = kind
    if kind == kinds.ADVISORY:
        release.event_zone = release.event_zone or release.conventions.zone
        import uuid  # (2.7 ms of start-up otherwise: the editor imports this module)

        release.id = release.id or str(uuid.uuid4())
    return release


def from_template(template: Template, base: Release) -> Release:
    """A new release from *template* over *base* (see the module's docstring)."""
    if template.path is None:
        return start(template.kind, base)
    saved = document.load(template.path, history=False)
    release = copy.deepcopy(base)
    house = bool(base.profile)
    for spec in fields.FIELDS:
        if spec.name in ONE_RELEASE_FIELDS or (house and spec.name in HOUSE_FIELDS):
            continue
        setattr(release, spec.name, copy.deepcopy(getattr(saved, spec.name)))
    return start(kinds.kind_of(saved), release)


def template_name_problem(name: str) -> str | None:
    """Why *name* cannot name a template (N_), or None."""
    if not name.strip():
        return N_("Give the template a name.")
    if len(name) > MAX_NAME:
        return N_("Keep the template's name to 80 characters or fewer.")
    if _UNSAFE_NAME.search(name) or name.strip() in (".", ".."):
        return N_('A template\'s name cannot hold / \\ : * ? " < > | or line breaks.')
    return None


def template_path(name: str, folder: Path | None = None) -> Path:
    return (folder or templates_dir()) / f"{name.strip()}{document.SUFFIX}"


def save_template(release: Release, name: str, folder: Path | None = None,
                  replace: bool = False) -> Path:
    """Save *release* as the template *name* in the user's templates folder: its words
    and kind, without its approvals, history, id or links. Raises ReleaseDeskError (one
    sentence) for a bad name, or a template of that name unless *replace*."""
    problem = template_name_problem(name)
    if problem is not None:
        raise ReleaseDeskError(problem)
    target = template_path(name, folder)
    if target.exists() and not replace:
        raise ReleaseDeskError(N_('There is already a template called "{name}".'),
                               name=name.strip())
    pattern = copy.deepcopy(release)
    pattern.clearance = Clearance()
    pattern.id = ""
    pattern.twins = []
    pattern.corrects_path = pattern.corrects_fingerprint = ""
    pattern.corrects_date = None
    pattern.release_date = None
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(pattern, target)
    return target

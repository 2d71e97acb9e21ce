"""Sign-offs and the workflow status they give a release.

A sign-off names the fingerprint of the content it approved, so the status is derived,
never trusted: a release is Approved only while its current content is the content every
required role signed off, and Published only while it is still the content published.
"""

from __future__ import annotations

import copy
from datetime import datetime, timedelta
from itertools import pairwise

from ..errors import N_, ReleaseDeskError
from ..field_rules import escaped, forging_character
from ..model import Release
from ..records import record, replace
from ..workflow import (
    APPROVED,
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ApprovalPolicy,
    Published,
    SignOff,
)
from .fingerprint import fingerprint

MAX_NAME = 120
MAX_NOTE = 2000
# A sign-off dated this far ahead of the clock reading it was made on a clock set wrong.
CLOCK_TOLERANCE = timedelta(minutes=5)

STATUS_LABELS = {DRAFT: N_("Draft"), IN_REVIEW: N_("In review"), APPROVED: N_("Approved"),
                 PUBLISHED: N_("Published")}


@record(frozen=True)
class ApprovalReport:
    """What the sign-offs say about the release as it is now."""

    status: str
    fingerprint: str
    current: tuple[SignOff, ...]  # sign-offs of exactly this content
    stale: tuple[SignOff, ...]  # sign-offs of other (earlier) content
    missing: tuple[str, ...]  # required roles without a sign-off of this content
    required: tuple[str, ...]
    approval_required: bool
    # Stale sign-offs made under the fingerprint rules of before December 2026 (canonical
    # version 1) of the content as it is now: their signers must sign off again.
    earlier_rules: tuple[SignOff, ...] = ()

    @property
    def approved(self) -> bool:
        return self.status in (APPROVED, PUBLISHED)

    @property
    def changed_since(self) -> SignOff | None:
        """The latest sign-off of other content, when the content changed after it."""
        if self.approved or not self.stale:
            return None
        return max(self.stale, key=lambda s: s.at)

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]


def same_role(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def effective_policy(release: Release, installed: ApprovalPolicy | None) -> ApprovalPolicy:
    """The installed house style's policy, else the snapshot the release carries."""
    return installed if installed is not None else release.clearance.policy


def with_policy(release: Release, policy: ApprovalPolicy) -> Release:
    """A shallow copy of *release* judged by *policy* (exports and previews say the status
    the editor shows, whatever snapshot the file carries)."""
    if policy == release.clearance.policy:
        return release
    return replace(release, clearance=replace(release.clearance, policy=policy))


def report(release: Release, policy: ApprovalPolicy | None = None,
           current_fingerprint: str | None = None) -> ApprovalReport:
    """The release's status now. *current_fingerprint* spares hashing when known."""
    clearance = release.clearance
    policy = policy if policy is not None else clearance.policy
    now_print = current_fingerprint or fingerprint(release)
    current = tuple(s for s in clearance.signoffs if s.fingerprint == now_print)
    stale = tuple(s for s in clearance.signoffs if s.fingerprint != now_print)
    required = tuple(dict.fromkeys(r.strip() for r in policy.signoffs if r.strip()))
    missing = tuple(r for r in required if not any(same_role(s.role, r) for s in current))
    if (clearance.status == PUBLISHED and clearance.published is not None
            and clearance.published.fingerprint == now_print and current and not missing):
        status = PUBLISHED
    elif current and not missing:
        status = APPROVED
    elif clearance.signoffs or clearance.status in (IN_REVIEW, APPROVED, PUBLISHED):
        status = IN_REVIEW
    else:
        status = DRAFT
    return ApprovalReport(status, now_print, current, stale, missing, required,
                          policy.required or bool(required), _earlier_rules(release, stale))


def _earlier_rules(release: Release, stale: tuple[SignOff, ...]) -> tuple[SignOff, ...]:
    if not stale:
        return ()
    from .fingerprint import canonical_content_v1, fingerprint_of

    old = fingerprint_of(canonical_content_v1(release))
    return tuple(s for s in stale if s.fingerprint == old)


def check_signer(name: str, role: str, note: str) -> None:
    """Raise one sentence when a sign-off's fields cannot be used.

    A name or role is one printed line: a line break, tab, terminal control code or bidi
    override in it could print a line that looks like another sign-off, so it is refused.
    A note may hold line breaks (it is printed as a block of its own), nothing else of that.
    """
    if not name.strip():
        raise ReleaseDeskError(N_("A sign-off needs the name of the person signing off."))
    for value, limit, too_long, control, allowed in (
            (name, MAX_NAME, N_("The name of a sign-off is {length} characters; keep it to "
                                "{max}."),
             N_("The name of a sign-off holds control characters (a line break, a tab …); "
                "type it on one line again."), ""),
            (role, MAX_NAME, N_("The role of a sign-off is {length} characters; keep it to "
                                "{max}."),
             N_("The role of a sign-off holds control characters (a line break, a tab …); "
                "type it on one line again."), ""),
            (note, MAX_NOTE, N_("The note of a sign-off is {length} characters; keep it to "
                                "{max}."),
             N_("The note of a sign-off holds control characters; type it again."), "\n")):
        if len(value) > limit:
            raise ReleaseDeskError(too_long, length=len(value), max=limit)
        if forging_character(value.replace("\r\n", "\n"), allowed) is not None:
            raise ReleaseDeskError(control)


def who(signoff: SignOff) -> str:
    """"Role Name" of a sign-off as it may be printed: one visible line (field_rules.escaped)."""
    return escaped(f"{signoff.role} {signoff.name}".strip())


def latest_moment(release: Release) -> datetime | None:
    """The latest time recorded in the release's clearance (sign-offs, history)."""
    moments = [s.at for s in release.clearance.signoffs]
    moments += [v.saved for v in release.clearance.history]
    if release.clearance.published is not None:
        moments.append(release.clearance.published.at)
    return max(moments) if moments else None


def check_clock(release: Release, now: datetime) -> None:
    """Refuse to date a sign-off before what the release already records: a clock set back."""
    latest = latest_moment(release)
    if latest is not None and now < latest - CLOCK_TOLERANCE:
        raise ReleaseDeskError(
            N_("This computer's clock says {now}, earlier than the last entry in the "
               "release ({latest}); set the clock right before signing off."),
            now=now.isoformat(timespec="minutes"), latest=latest.isoformat(timespec="minutes"))


def sign_off(release: Release, name: str, role: str = "", note: str = "",
             now: datetime | None = None,
             policy: ApprovalPolicy | None = None) -> SignOff:
    """Add a sign-off of the release's current content; the content is kept in the history.

    *policy* (the installed house style's) is snapshotted into the release. The same
    person in the same role signing the same content again replaces the earlier one.
    """
    from .history import record_version

    check_signer(name, role, note)
    moment = (now or datetime.now().astimezone()).replace(microsecond=0)
    check_clock(release, moment)
    clearance = release.clearance
    if policy is not None:
        clearance.policy = copy.deepcopy(policy)
    version = record_version(release, moment)
    signed = SignOff(name.strip(), role.strip(), moment, version.fingerprint, note.strip())
    clearance.signoffs = [s for s in clearance.signoffs
                          if not (s.fingerprint == signed.fingerprint
                                  and same_role(s.role, signed.role)
                                  and s.name.casefold() == signed.name.casefold())]
    clearance.signoffs.append(signed)
    if clearance.status == DRAFT:
        clearance.status = IN_REVIEW
    return signed


def set_status(release: Release, status: str, now: datetime | None = None,
               policy: ApprovalPolicy | None = None) -> ApprovalReport:
    """Move the release to Draft, In review or Published (Approved comes from sign-offs)."""
    state = report(release, policy)
    clearance = release.clearance
    if status == PUBLISHED:
        if not state.approved:
            raise ReleaseDeskError(N_("Only an approved release can be marked published; "
                                      "it is {status}."), status=state.label)
        moment = (now or datetime.now().astimezone()).replace(microsecond=0)
        clearance.published = Published(moment, state.fingerprint)
    elif status in (DRAFT, IN_REVIEW):
        clearance.published = None
    else:
        raise ReleaseDeskError(N_('"{status}" is not a status one can set; use draft, '
                                  "in-review or published."), status=status)
    clearance.status = status
    return report(release, policy)


def future_signoffs(release: Release, now: datetime) -> list[SignOff]:
    """Sign-offs dated after *now*: made on a clock set ahead, or this one is behind."""
    return [s for s in release.clearance.signoffs if s.at > now + CLOCK_TOLERANCE]


def clock_set_back(release: Release) -> datetime | None:
    """The save time of the first version dated before the version it followed, if any."""
    history = release.clearance.history  # newest first
    for newer, older in pairwise(history):
        if newer.saved < older.saved - CLOCK_TOLERANCE:
            saved: datetime = newer.saved
            return saved
    return None

"""The clearance records a release carries: workflow status, sign-offs, policy, history.

Kept free of other imports: the model holds a Clearance in every Release, and the
editor's start-up imports the model.
"""

from __future__ import annotations

from datetime import datetime

from .errors import ReleaseDeskError
from .json_values import Json, JsonObject
from .records import Factory, record

DRAFT = "draft"
IN_REVIEW = "in_review"
APPROVED = "approved"
PUBLISHED = "published"
WORKFLOW_STATUSES: tuple[str, ...] = (DRAFT, IN_REVIEW, APPROVED, PUBLISHED)


@record(frozen=True)
class SignOff:
    """One reviewer's sign-off: who, in which role, when, and on exactly which content."""

    name: str
    role: str
    at: datetime  # with the signer's UTC offset
    fingerprint: str  # "sha256:…" of the canonical content signed off
    note: str = ""


@record
class ApprovalPolicy:
    """What a house style asks before a release counts as Approved.

    ``signoffs`` are the roles that must each have signed off the current content;
    ``required`` makes an unapproved release a readiness error (and ``export --strict``
    refuse it); ``public_key`` is the office's Ed25519 key ("ed25519:BASE64") that
    signs its manifests.
    """

    signoffs: list[str] = Factory(factory=list)
    required: bool = False
    public_key: str = ""

    def is_empty(self) -> bool:
        return not self.signoffs and not self.required and not self.public_key


@record
class Published:
    at: datetime
    fingerprint: str


@record(frozen=True)
class Version:
    """One saved version: *content* for the newest, *delta* (to its newer neighbour) else."""

    saved: datetime
    fingerprint: str
    content: JsonObject | None = None
    delta: JsonObject | None = None
    # The SHA-256 of the whole content (version 2: the fingerprint covers only what it
    # prints), so a version edited by hand is found when read, as in version 1.
    digest: str = ""
    # Why this version was made, when a command says (a review taken in: who suggested,
    # who accepted); "" for an ordinary save.
    note: str = ""

    def __deepcopy__(self, memo: dict[int, object]) -> Version:
        return self  # never changed once made: snapshots for the preview share it



@record
class Clearance:
    """Everything about a release's clearance that lives in its file.

    ``status`` is the status the writer last set (draft, in review, published); the
    status a reader sees is derived from it and the sign-offs (signoffs.report).
    ``history`` is the encoded version list (history.History reads it); a damaged one
    is set aside: kept verbatim in ``set_aside`` and reported by ``set_aside_reason``.
    """

    status: str = DRAFT
    signoffs: list[SignOff] = Factory(factory=list)
    # The house style's policy as it was when the release was made or last signed off,
    # for machines without that house style installed.
    policy: ApprovalPolicy = Factory(factory=ApprovalPolicy)
    published: Published | None = None
    history: list[Version] = Factory(factory=list)
    set_aside: Json = None  # (the damaged history as read)
    set_aside_reason: ReleaseDeskError | None = None  # why it was set aside
    extra: JsonObject = Factory(factory=dict)

    def is_empty(self) -> bool:
        return (self.status == DRAFT and not self.signoffs and self.policy.is_empty()
                and self.published is None and not self.extra)

"""One release's summary: what the library lists and the newsroom publishes by.

What "approved" means here is what it means everywhere in ReleaseDesk
(clearance/signoffs.report): the release's content as it is now has a sign-off naming
its fingerprint from every role the approval policy requires (at least one sign-off when
the policy names no role). Sign-offs of earlier content approve nothing. Published is
approved content that was also marked published with that same fingerprint. The policy
is the installed house style's when the release's house style is installed here, else
the snapshot the release carries: the same judgement as its exports print.
"""

from __future__ import annotations

from datetime import date, datetime

from ..body.safety import clean_line
from ..errors import ReleaseDeskError
from ..field_rules import release_time
from ..json_values import JsonObject
from ..model import Release
from ..records import as_dict, record
from ..workflow import DRAFT, IN_REVIEW, ApprovalPolicy

STATUSES = ("draft", "in_review", "approved", "published")
PUBLISHABLE = ("approved", "published")
_ONE_LINE_MAX = 300


@record(frozen=True, uncompared=("error",))
class Summary:
    """A release as the library lists it; ``problem`` is set (one sentence) for a file that
    could not be read, and then only ``relative``, ``size`` and ``mtime_ns`` mean anything.
    Dates are ISO 8601 text ("" for none), so a summary is plain JSON for the cache."""

    relative: str
    size: int
    mtime_ns: int
    problem: str = ""
    id: str = ""
    kind: str = ""
    headline: str = ""
    subheadline: str = ""
    organization: str = ""
    language: str = ""
    status: str = DRAFT
    release_date: str = ""
    # Its time of day ("09:30", "" for none) and the house style's zone it is read in
    # (release_moment.py: with the language, the zone of the feeds' times).
    release_time: str = ""
    zone: str = ""
    embargoed: bool = False
    embargo_until: str = ""
    approvers: tuple[str, ...] = ()
    fingerprint: str = ""
    approved_at: str = ""  # the latest sign-off of the current content
    profile: str = ""
    words: str = ""  # the search index's terms (search.terms), separated by spaces
    # The release's language versions as its links name them (model.TwinLink): (id, path
    # relative to this file's folder, language, the partner's fingerprint when linked);
    # versions.py finds each partner among the library's files.
    twins: tuple[tuple[str, str, str, str], ...] = ()
    # A correction's original (corrections.correction_link): its path relative to this
    # file's folder, "" for a release that corrects none.
    corrects: str = ""
    # Why the file cannot be read, for the editor to show in its language (never cached:
    # an unreadable file is read again at each listing).
    error: ReleaseDeskError | None = None

    @property
    def readable(self) -> bool:
        return not self.problem

    @property
    def publishable(self) -> bool:
        return self.readable and self.status in PUBLISHABLE

    @property
    def release_day(self) -> date | None:
        return date.fromisoformat(self.release_date) if self.release_date else None

    @property
    def embargo_moment(self) -> datetime | None:
        return datetime.fromisoformat(self.embargo_until) if self.embargo_until else None

    def under_embargo(self, as_of: datetime) -> bool:
        """Whether the release may not be published yet at *as_of* (an aware moment). An
        embargoed release without a moment stays under embargo."""
        if not self.embargoed:
            return False
        moment = self.embargo_moment
        return moment is None or moment > as_of

    def to_json(self) -> JsonObject:
        data = as_dict(self)
        del data["error"]
        data["approvers"] = list(self.approvers)
        data["twins"] = [list(link) for link in self.twins]
        return data

    @classmethod
    def from_json(cls, data: JsonObject) -> Summary:
        """Raises KeyError, TypeError or ValueError for data that is not a summary."""
        values = {name: data[name] for name in _FIELDS if name != "error"}
        for name in ("relative", "problem", "id", "kind", "headline", "subheadline",
                     "organization", "language", "status", "release_date", "release_time",
                     "zone", "embargo_until", "fingerprint", "approved_at", "profile",
                     "words", "corrects"):
            if not isinstance(values[name], str):
                raise TypeError(name)
        for name in ("size", "mtime_ns"):
            if not isinstance(values[name], int):
                raise TypeError(name)
        if not isinstance(values["embargoed"], bool) or values["status"] not in STATUSES:
            raise ValueError("status")
        approvers = values["approvers"]
        if not isinstance(approvers, list) or not all(isinstance(a, str) for a in approvers):
            raise TypeError("approvers")
        values["approvers"] = tuple(approvers)
        twins = values["twins"]
        if not isinstance(twins, list) or not all(
                isinstance(link, list) and len(link) == 4
                and all(isinstance(part, str) for part in link) for link in twins):
            raise TypeError("twins")
        values["twins"] = tuple((link[0], link[1], link[2], link[3]) for link in twins)
        # The dates must parse, or the first listing from the cache would fail later.
        summary = cls(**values)
        summary.release_day  # noqa: B018 (raises ValueError for a damaged date)
        summary.embargo_moment  # noqa: B018
        return summary


_FIELDS = Summary.__record_fields__  # type: ignore[attr-defined]  # set by record()


def unreadable(relative: str, size: int, mtime_ns: int, error: ReleaseDeskError) -> Summary:
    return Summary(relative, size, mtime_ns, problem=error.message, error=error)


def summarise(release: Release, relative: str, size: int, mtime_ns: int,
              policies: dict[str, ApprovalPolicy], words: str) -> Summary:
    """The summary of a release read from *relative*; *policies*: the installed house
    styles' approval policies by name."""
    from ..clearance.fingerprint import fingerprint as content_fingerprint
    from ..clearance.signoffs import report, who

    policy = policies.get(release.profile) if release.profile else None
    clearance = release.clearance
    if clearance.signoffs:
        state = report(release, policy)
        status, fingerprint = state.status, state.fingerprint
        current = state.current
    else:  # without sign-offs the content's fingerprint decides nothing: spare the hash
        status = IN_REVIEW if clearance.status != DRAFT else DRAFT
        current = ()
        # (but for a release linked to its language versions: they link back to it, and
        # its fingerprint tells the library whether it changed since the link was made; a
        # partner linked one way only is hashed when a link finds it, versions.py)
        fingerprint = content_fingerprint(release) if release.twins else ""
    embargo = release.embargo_until
    return Summary(
        relative, size, mtime_ns,
        id=_line(_declared(release, "id")),
        # (a news release, every release before kinds, names no kind: its page is as before)
        kind=_line("" if release.kind == "news" else _declared(release, "kind")),
        headline=_line(release.headline),
        subheadline=_line(release.subheadline),
        organization=_line(release.organization),
        language=release.language or "en",
        status=status,
        release_date=release.release_date.isoformat() if release.release_date else "",
        release_time=release_time(release.release_time) or "",
        zone=_line(release.conventions.zone),
        embargoed=release.is_embargoed,
        embargo_until=embargo.isoformat() if embargo is not None and release.is_embargoed
        else "",
        approvers=tuple(dict.fromkeys(who(s) for s in current)),
        fingerprint=fingerprint,
        approved_at=max(s.at for s in current).isoformat() if current else "",
        profile=release.profile,
        words=words,
        twins=tuple((link.id, link.path, link.language, link.fingerprint)
                    for link in release.twins),
        corrects=_corrects(release),
    )


def _corrects(release: Release) -> str:
    from ..corrections import correction_link

    link = correction_link(release)
    return link.path if link is not None else ""


def _declared(release: Release, name: str) -> str:
    """A field the release may have (its id and kind, which older files lack): the
    model's attribute when this version has one, else the file's key of that name."""
    value = getattr(release, name, None)
    if value is None:
        value = release.extra.get(name)
    return value if isinstance(value, str) else ""


def _line(text: str) -> str:
    """*text* as one line an index, a feed or the library may show: without the characters
    no export carries (NUL, ESC, bidi overrides …: body/safety.py)."""
    return " ".join(clean_line(text).split())[:_ONE_LINE_MAX]

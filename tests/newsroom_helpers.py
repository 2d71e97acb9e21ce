"""Releases written for the newsroom's tests: one call per release, its stage by name."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from releasedesk import document
from releasedesk.clearance.signoffs import set_status, sign_off
from releasedesk.model import Release

SIGNED = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
STAGES = ("draft", "in_review", "approved", "published", "stale")


def make(headline: str = "Harbour ferry terminal opens", stage: str = "approved",
         language: str = "en", embargo: datetime | None = None, ident: str = "",
         kind: str = "", body: str = "The terminal opens on Monday.",
         day: date | None = date(2026, 3, 1), subheadline: str = "",
         organization: str = "Calloway Harbour Authority") -> Release:
    """A release at *stage*: draft, in_review (marked so, no sign-off), approved,
    published, or stale (signed off, then changed)."""
    release = Release(language=language, headline=headline, subheadline=subheadline,
                      body=body, release_date=day, organization=organization)
    if embargo is not None:
        release.status = "embargoed"
        release.embargo_until = embargo
    if ident:
        release.id = ident
    if kind:
        release.kind = kind  # (a field of the release since kinds: kinds.py)
    if stage == "in_review":
        release.clearance.status = "in_review"
    if stage in ("approved", "published", "stale"):
        sign_off(release, "Imogen Sallow", "Director", now=SIGNED)
    if stage == "published":
        set_status(release, "published", now=SIGNED + timedelta(hours=1))
    if stage == "stale":
        release.body += " Changed after the sign-off."
    return release


def write(folder: Path, name: str, release: Release | None = None, **kwargs: object) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(release if release is not None else make(**kwargs), path)  # type: ignore[arg-type]  # make() returns a release
    return path

"""The register's hold on a sign-off: while the office register finds an error in a release
(a name spelt nearly right, a title not held on the release date, a banned or retired
term), a sign-off is refused unless the signer overrides it with a note saying why. The
note is kept in the sign-off's own note, so the history and the sign-off sheet show it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import ERROR, REGISTER_KINDS, ProofFinding

if TYPE_CHECKING:
    from releasedesk.model import Release
    from releasedesk.profiles import Profile

# The sign-off note's line that records an override (English in the record, like the
# history's own entries; the reason is the signer's words).
OVERRIDE_MARK = "Register override"


def register_errors(release: Release, profile: Profile | None) -> list[ProofFinding]:
    """The register's errors in *release* under its house style's register."""
    if profile is None or profile.names.is_empty():
        return []
    from .engine import shared_proofer

    return [f for f in shared_proofer(release, profile).register_findings(release)
            if f.kind in REGISTER_KINDS and f.severity == ERROR]


def override_note(note: str, reason: str, errors: list[ProofFinding]) -> str:
    """The sign-off's note with the override recorded: how many errors stood, which (their
    words, at most three), and the signer's reason."""
    found = list(dict.fromkeys(" ".join(str(dict(f.args).get("found", "")).split())
                               for f in errors))
    shown = "; ".join(f"“{w}”" for w in found[:3] if w) + ("; …" if len(found) > 3 else "")
    line = f"{OVERRIDE_MARK} ({len(errors)} register error{'s' if len(errors) != 1 else ''}" \
           f"{': ' + shown if shown else ''}): {' '.join(reason.split())}"
    return f"{note.strip()}\n{line}" if note.strip() else line


def is_override(note: str) -> bool:
    """Whether a sign-off's *note* records a register override with a reason."""
    return any(line.startswith(OVERRIDE_MARK + " (") and "): " in line
               and line.rsplit("): ", 1)[1].strip() for line in note.splitlines())

"""One review being taken back in the editor: which suggestions are accepted, rejected or
still open, and which comments are resolved (no Qt; the panel shows it, the commands change
the release through it).

Accepting calls the core's accept() with the tracked changes accepted so far, exactly as
the command line does, so the editor and ``releasedesk import --accept-all`` give the same
fields for the same suggestions accepted.
"""

from __future__ import annotations

from ...model import Release
from ...review.resolved import comment_key
from ...review.suggestions import CannotApply, Reading, Suggestion, accept

PENDING = "pending"
ACCEPTED = "accepted"
REJECTED = "rejected"
LISTED = "listed"  # listed only: changes no field (formatting, text outside the fields)
FAILED = "failed"  # could not be placed: its text has changed in the release since


class ReviewSession:
    def __init__(self, reading: Reading, source_name: str,
                 marked: dict[str, bool] | None = None) -> None:
        self.reading = reading
        self.source_name = source_name
        self.accepted: set[int] = set()  # the tracked changes accepted so far, by index
        self.states = [PENDING if x.applies else LISTED for x in reading.suggestions]
        # resolved as the editor marked it before (review/resolved.py), else as the file says
        marked = marked or {}
        self.resolved = [marked.get(comment_key(c), c.resolved) for c in reading.comments]
        self.problems: dict[int, CannotApply] = {}  # why a suggestion could not be placed

    @property
    def suggestions(self) -> list[Suggestion]:
        return self.reading.suggestions

    def open(self) -> list[int]:
        """The suggestions still to accept or reject (one that could not be placed too)."""
        return [i for i, state in enumerate(self.states) if state in (PENDING, FAILED)]

    def accept(self, release: Release, indices: list[int]) -> tuple[list[str], list[int]]:
        """Apply the open suggestions among *indices* to *release*: (the fields changed,
        the suggestions accepted). Those whose text has gone from the release are marked
        FAILED, with their reason in ``problems``, and change nothing."""
        chosen = [i for i in indices if 0 <= i < len(self.states)
                  and self.states[i] in (PENDING, FAILED)]
        if not chosen:
            return [], []
        try:
            changed = accept(release, self.reading, self.accepted, chosen)
            done = chosen
        except CannotApply:
            changed, done = [], []
            for index in chosen:
                try:
                    changed += accept(release, self.reading, self.accepted, [index])
                    done.append(index)
                except CannotApply as exc:
                    self.states[index] = FAILED
                    self.problems[index] = exc
        for index in done:
            self.states[index] = ACCEPTED
            self.problems.pop(index, None)
        return list(dict.fromkeys(changed)), done

    def reject(self, indices: list[int]) -> list[int]:
        """Mark the open suggestions among *indices* rejected: the release keeps its text."""
        done = [i for i in indices if 0 <= i < len(self.states)
                and self.states[i] in (PENDING, FAILED)]
        for index in done:
            self.states[index] = REJECTED
            self.problems.pop(index, None)
        return done

    def rejected_changes(self) -> set[int]:
        """The tracked changes of the suggestions rejected so far."""
        return {c for x, state in zip(self.suggestions, self.states, strict=True)
                if state == REJECTED for c in x.changes}

    def state(self) -> tuple[set[int], list[str], dict[int, CannotApply]]:
        """What the decisions are now, to put back on Undo (restore)."""
        return set(self.accepted), list(self.states), dict(self.problems)

    def restore(self, state: tuple[set[int], list[str], dict[int, CannotApply]]) -> None:
        accepted, states, problems = state
        self.accepted, self.states, self.problems = set(accepted), list(states), dict(problems)

    def counts(self) -> dict[str, int]:
        out = {PENDING: 0, ACCEPTED: 0, REJECTED: 0, LISTED: 0, FAILED: 0}
        for state in self.states:
            out[state] += 1
        return out

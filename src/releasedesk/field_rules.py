"""What the house-style fields of a release or a profile may hold.

The same rules apply where such values come in: a profile loaded or imported
(profiles.py), a .release file loaded or saved (document.py), and the readiness checks.
Each rule returns None when the value is fine, or a *problem*: an N_() phrase with its
arguments, which the caller puts in its own sentence ("The profile x.json is damaged:
<problem>.", "story.release is damaged: <problem>.").

- **House words** (``conventions.words``) are one-line labels: no control characters
  (tab, newline, ESC, NUL …), no bidi overrides, no broken Unicode. ``embargoed`` must hold
  ``{when}`` and ``about`` ``{organization}``.
"""

from __future__ import annotations

import re

from .errors import N_

Problem = tuple[str, dict[str, object]]

WORD_PLACEHOLDERS = {"embargoed": "{when}", "about": "{organization}"}

# Characters no export may carry (render/safety.py drops them) and, in a one-line label,
# tab and newline too.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def word_problem(key: str, value: str) -> Problem | None:
    """Why the house word *key* cannot be printed as written, or None."""
    if _CONTROL.search(value):
        return N_('the word "{key}" contains control characters'), {"key": key}
    if _SURROGATE.search(value):
        return N_('the word "{key}" contains characters that are not valid Unicode'), \
            {"key": key}
    wanted = WORD_PLACEHOLDERS.get(key)
    if wanted is not None and value.strip() and wanted not in value:
        return N_('the word "{key}" must contain {placeholder}'), \
            {"key": key, "placeholder": wanted}
    return None


def words_problem(words: dict[str, str]) -> Problem | None:
    """The first problem among house words (a key this version does not know too)."""
    for key, value in words.items():
        problem = word_problem(key, value)
        if problem is not None:
            return problem
    return None

"""What a one-line field takes when text is pasted or typed in it: the one rule.

The headline, subheadline, dateline, organisation, a contact's cells, a photo's credit …
show what the exports print (tester15: a pasted tab, BEL or U+202E showed as a box or
reversed text in the form while the exports printed them cleaned). The rule is
field_rules.one_line's (line breaks as spaces) with body.safety.clean_line's (what no
export carries: the rule the body's paste follows), and a tab a space. (Here, not in
field_rules: the model's layer imports nothing of the body's.)
"""

from __future__ import annotations

from .body.safety import clean_line
from .field_rules import one_line


def typed_line(text: str) -> str:
    """*text* as a one-line field takes it when pasted or typed, so that the form shows
    what the exports print: one_line's, without the characters no export carries (control
    characters, direction overrides, the soft hyphen: body.safety.clean_line, the rule the
    body's paste follows), a tab a space."""
    text = clean_line(one_line(text))
    return text.replace("\t", " ") if "\t" in text else text


def typed_line_at(text: str, caret: int) -> tuple[str, int]:
    """typed_line(*text*), and where a caret at *caret* stands in it: after what was before
    it, less what was dropped there. Carets count UTF-16 units, as Qt's do (a character
    beyond the BMP, an emoji, is two)."""
    line = typed_line(text)
    if line == text:
        return text, caret
    before = text.encode("utf-16-le", "surrogatepass")[:2 * max(0, caret)]
    kept = typed_line(before.decode("utf-16-le", "ignore"))
    return line, len(kept.encode("utf-16-le", "surrogatepass")) // 2

"""Parentheses in any language: "(" opened and never closed in its paragraph, or ")" that
closes nothing (Chinese full-width pairs are chinese.py's, by GB/T 15834).

A ")" that ends a list's letter or number ("a) …", "2) …", "(iii)" is a pair) or a smiley
(":)") closes nothing by design, and is no finding.
"""

from __future__ import annotations

import re

from .findings import PUNCTUATION, WARNING, ProofFinding, finding

# What stands before a ")" that closes nothing by design: a short enumerator standing
# alone ("a)", "2)", "iv)": a number, a letter or a small Roman numeral), a smiley's
# eyes (":)", ";-)").
_ENUMERATOR = re.compile(r"(?:^|\s)(?:[0-9]{1,3}|[A-Za-z]|[ivx]{1,4})$")
_EYES = re.compile(r"[:;]-?$")


def check_parentheses(field: str, text: str) -> list[ProofFinding]:
    """Unbalanced ASCII parentheses in *text* (blanked as proofing.text.visible does),
    paragraph by paragraph (a paragraph is a line)."""
    if "(" not in text and ")" not in text:
        return []
    findings: list[ProofFinding] = []
    offset = 0
    for paragraph in text.split("\n"):
        opened: list[int] = []
        for index, char in enumerate(paragraph):
            if char not in "()" or _EYES.search(paragraph, max(0, index - 2), index):
                continue
            if char == "(":
                opened.append(index)
            elif opened:
                opened.pop()
            elif not _ENUMERATOR.search(paragraph, max(0, index - 4), index):
                findings.append(finding(field, offset + index, offset + index + 1,
                                        PUNCTUATION, WARNING, "unopened", found=char))
        findings += [finding(field, offset + index, offset + index + 1, PUNCTUATION, WARNING,
                             "unclosed", ")", found="(") for index in opened]
        offset += len(paragraph) + 1
    return findings

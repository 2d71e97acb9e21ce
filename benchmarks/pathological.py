"""Inputs that make naive Markdown parsers slow or crash (after the CommonMark spec's
"pathological" tests), shared by tests/test_pathological.py and bench_pathological.py."""

from __future__ import annotations

from collections.abc import Callable


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


# name → a function of the size in characters
PATTERNS: dict[str, Callable[[int], str]] = {
    "nested strong emphasis": lambda n: "*" * (n // 2) + "a" + "*" * (n // 2),
    "emphasis closers without openers": lambda n: _repeat("a* ", n),
    "emphasis openers without closers": lambda n: _repeat("_a ", n),
    "openers then closers of the other kind": lambda n: _repeat("_a ", n // 2)
    + _repeat("a* ", n // 2),
    "mismatched emphasis runs": lambda n: _repeat("*a **a ", n),
    "unclosed links": lambda n: _repeat("[a](b", n),
    "brackets": lambda n: "[" * (n // 2) + "]" * (n // 2),
    "image openers": lambda n: "![" * (n // 3) + "]" * (n // 3),
    "nested links": lambda n: _repeat("[a", n // 2) + _repeat("](b)", n // 2),
    "link closers": lambda n: _repeat("a]", n),
    "backtick runs of growing length": lambda n: "".join(
        "`" * length + " " for length in range(1, int((2 * n) ** 0.5))),
    "unclosed code spans": lambda n: _repeat("`a ", n),
    "reference lookups": lambda n: "[x]: https://example.org\n\n" + _repeat("[x]", n),
    "unclosed angle brackets": lambda n: _repeat("<a", n),
    "entity-like text": lambda n: _repeat("&#a;&b", n),
    "nested block quotes": lambda n: ">" * n + " a",
    "nested lists": lambda n: "\n".join(
        "  " * level + "- a" for level in range(int(n ** 0.5))),
    "alternating underscores": lambda n: _repeat("_a_b", n),
    "hard breaks": lambda n: _repeat("a  \n", n),
}

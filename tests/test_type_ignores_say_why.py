"""Every `type: ignore` in the sources and tests names its error code and says why on its
line (issue 26: strict typing, with each exception explained where it stands)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IGNORE = re.compile(r"#\s*type:\s*ignore(?P<codes>\[[^\]]*\])?(?P<rest>.*)$")


def unexplained(text: str) -> list[int]:
    """Line numbers of *text* with a type: ignore that has no error code or no reason."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        match = IGNORE.search(line)
        if match and (not match["codes"] or not re.match(r"\s*#\s*\S", match["rest"])):
            found.append(number)
    return found


MARK = "# type" + ": ignore"  # (spelt apart: this file's own lines are read too)


def test_the_rule_reads_lines_as_meant() -> None:
    assert unexplained(f"x = f()  {MARK}[arg-type]  # the stub's list\n") == []
    assert unexplained(f"x = f()  {MARK}[arg-type]\n") == [1]
    assert unexplained(f"x = f()  {MARK}  # why\n") == [1]
    assert unexplained(f"x = f()  {MARK}[misc]  #\n") == [1]
    assert unexplained("x = 1\n") == []


def test_every_type_ignore_says_why() -> None:
    missing = [f"{path.relative_to(ROOT)}:{number}"
               for folder in ("src", "tests", "benchmarks", "tools")
               for path in sorted((ROOT / folder).rglob("*.py"))
               if "__pycache__" not in path.parts
               for number in unexplained(path.read_text(encoding="utf-8"))]
    assert missing == [], missing

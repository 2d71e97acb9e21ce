"""Write src/releasedesk/pattern_programs.py: the programs ``re`` makes of the patterns the
code asks ``patterns.compiled`` for, for this Python.

    python tools/pattern_programs.py          # writes the table
    python tools/pattern_programs.py --check  # exit 1 if the table is not what this writes

It imports every module of releasedesk that calls ``compiled`` (those whose imports fail for
want of an optional library are named and left out), then compiles each pattern asked for
with ``re``'s own steps (its parser and compiler, ``re._parser`` and ``re._compiler``) and
writes the program, the flags and the group names. ``patterns.compiled`` uses a program only
under the Python this was run with; ``tests/test_pattern_programs.py`` checks the table.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
TABLE = SRC / "releasedesk" / "pattern_programs.py"

HEADER = '''"""The programs of re's matching engine for the patterns patterns.compiled is asked for.

Written by tools/pattern_programs.py (do not edit): for each (source, flags), the flags the
pattern ends with, its program (32-bit words, hex, in this machine's byte order), its number
of groups and each group's name (None for an unnamed one), as re.compile makes them under
the Python named in PYTHON. tests/test_pattern_programs.py checks them.
"""

from __future__ import annotations

'''


def modules_asking() -> list[str]:
    """The modules of releasedesk whose source calls compiled(…)."""
    names = []
    for path in sorted((SRC / "releasedesk").rglob("*.py")):
        if "compiled(" in path.read_text(encoding="utf-8") and path.name != "patterns.py":
            parts = path.relative_to(SRC).with_suffix("").parts
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def table() -> str:
    """The table's source for this Python."""
    sys.path.insert(0, str(SRC))
    from re import _compiler, _parser  # type: ignore[attr-defined]  # (re's own steps)

    from releasedesk import patterns

    for name in modules_asking():
        try:
            importlib.import_module(name)
        except ImportError as exc:
            print(f"left out {name}: {exc}", file=sys.stderr)
    lines = [HEADER, f"PYTHON = {patterns.python_key()!r}\n",
             "PROGRAMS: dict[tuple[str, int], tuple[int, str, int, tuple[str | None, ...]]] = {\n"]
    for source, flags in sorted(patterns.asked):
        parsed = _parser.parse(source, flags)
        code = _compiler._code(parsed, flags)
        names: list[str | None] = [None] * parsed.state.groups
        for name, number in parsed.state.groupdict.items():
            names[number] = name
        words = b"".join(int(word).to_bytes(4, sys.byteorder) for word in code).hex()
        lines.append(f"    ({source!r}, {flags}): ({flags | parsed.state.flags}, {words!r}, "
                     f"{parsed.state.groups - 1}, {tuple(names)!r}),\n")
    lines.append("}\n")
    return "".join(lines)


def main(argv: list[str]) -> int:
    made = table()
    if "--check" in argv:
        current = TABLE.read_text(encoding="utf-8") if TABLE.exists() else ""
        if current != made:
            print(f"{TABLE.relative_to(ROOT)} is not current: run tools/pattern_programs.py")
            return 1
        return 0
    TABLE.write_text(made, encoding="utf-8")
    print(f"wrote {TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

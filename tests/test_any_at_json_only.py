"""`Any` only at the JSON boundary (issue 26, design item 7): mypy refuses an explicit `Any`
(`disallow_any_explicit`) in every module it checks but json_values.py, and no module is put
back on the list of those excused from it."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXCUSED = ["releasedesk.json_values"]
# An import of Any from typing, or a use of it through the module (spelt apart: this file
# is read too).
NAMES_ANY = re.compile(r"^\s*from typing import .*\b" + "Any" + r"\b|\btyping\." + "Any" + r"\b",
                       re.MULTILINE)


def excused(config: Mapping[str, object]) -> list[str]:
    """The modules *config*'s mypy overrides let name an explicit Any."""
    tool = config.get("tool")
    assert isinstance(tool, dict)
    mypy = tool["mypy"]
    assert isinstance(mypy, dict) and mypy["disallow_any_explicit"] is True
    found: list[str] = []
    for override in mypy.get("overrides", []):
        assert isinstance(override, dict)
        if override.get("disallow_any_explicit") is False:
            modules = override["module"]
            found += [modules] if isinstance(modules, str) else modules
    return found


def test_the_rule_reads_the_overrides_as_meant() -> None:
    strict = {"tool": {"mypy": {"disallow_any_explicit": True, "overrides": [
        {"module": "a", "disallow_any_explicit": False},
        {"module": ["b", "c"], "disallow_any_explicit": False},
        {"module": ["d"], "ignore_missing_imports": True}]}}}
    assert excused(strict) == ["a", "b", "c"]
    assert NAMES_ANY.search("from typing import " + "Any, cast\n")
    assert NAMES_ANY.search("x: typing." + "Any = 1\n")
    assert not NAMES_ANY.search("from .body.inline import " + "AnyPhotoId\n")


def test_only_the_json_boundary_is_excused_from_the_explicit_any_rule() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert excused(config) == EXCUSED


def test_only_the_json_boundary_names_any() -> None:
    naming = [str(path.relative_to(ROOT)) for folder in ("src", "tests")
              for path in sorted((ROOT / folder).rglob("*.py"))
              if "__pycache__" not in path.parts
              and NAMES_ANY.search(path.read_text(encoding="utf-8"))]
    assert naming == ["src/releasedesk/json_values.py"]

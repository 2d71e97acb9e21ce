"""Golden exports of every sample: a change to any writer shows up here as a readable diff.

Regenerate after an intended change with `UPDATE_GOLDEN=1 make test` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from releasedesk import document
from releasedesk.exporting import export_bytes

from conftest import SAMPLES
from export_helpers import docx_footer_lines, docx_hyperlinks, docx_paragraphs, open_docx

GOLDEN = Path(__file__).parent / "golden"
SAMPLE_NAMES = sorted(p.name[: -len(".release")] for p in SAMPLES.glob("*.release"))


def docx_summary(path: Path) -> str:
    """The DOCX as reviewable JSON: styled paragraphs, page footer, links (no timestamps)."""
    opened = open_docx(document.load(path))
    props = opened.core_properties
    summary = {
        "paragraphs": [list(p) for p in docx_paragraphs(opened)],
        "page_footer": docx_footer_lines(opened),
        "hyperlinks": docx_hyperlinks(opened),
        "properties": {"title": props.title, "author": props.author,
                       "keywords": props.keywords, "language": props.language},
    }
    return json.dumps(summary, ensure_ascii=False, indent=2) + "\n"


def exported(name: str, kind: str) -> str:
    path = SAMPLES / f"{name}.release"
    if kind == "docx.json":
        return docx_summary(path)
    fmt = {"html": "html", "fragment.html": "fragment", "txt": "txt"}[kind]
    return export_bytes(document.load(path), fmt).decode("utf-8")


@pytest.mark.parametrize("kind", ["html", "fragment.html", "txt", "docx.json"])
@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_golden(name: str, kind: str) -> None:
    golden = GOLDEN / f"{name}.{kind}"
    actual = exported(name, kind)
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden.name}; run with UPDATE_GOLDEN=1"
    assert actual == golden.read_text(encoding="utf-8")

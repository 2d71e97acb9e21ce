"""The render layer is re-entrant: the same bytes from any thread, at any interleaving."""

from __future__ import annotations

import ast
import io
import random
import sys
import threading
import zipfile

from releasedesk.exporting import draft_bytes
from releasedesk.model import Release
from releasedesk.render import build_layout
from releasedesk.render.html_writer import render_fragment
from releasedesk.render.text_writer import render_text

from conftest import ROOT
from corpus import corpus

RENDER = ROOT / "src" / "releasedesk" / "render"


def _docx_content(data: bytes) -> dict[str, bytes]:
    """Every part of a DOCX but its properties (they carry the time of writing)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()
                if name != "docProps/core.xml"}


def _render_all(releases: dict[str, Release]) -> dict[tuple[str, str], object]:
    results: dict[tuple[str, str], object] = {}
    for name, release in releases.items():
        for fmt in ("html", "fragment", "txt"):
            results[name, fmt] = draft_bytes(release, fmt)
        results[name, "docx"] = _docx_content(draft_bytes(release, "docx"))
        layout = build_layout(release)
        results[name, "preview"] = (render_fragment(layout), render_text(layout))
    return results


def test_threads_render_byte_identical_to_serial() -> None:
    releases = {k: v for k, v in corpus().items() if k != "twenty-thousand-words"}
    serial = _render_all(releases)
    failures: list[str] = []
    previous = sys.getswitchinterval()
    sys.setswitchinterval(0.001)  # switch threads as often as CPython allows

    def worker(seed: int) -> None:
        order = list(releases.items())
        random.Random(seed).shuffle(order)
        for _ in range(3):
            got = _render_all(dict(order))
            failures.extend(f"{key} differs" for key, value in got.items()
                            if value != serial[key])

    try:
        threads = [threading.Thread(target=worker, args=(seed,)) for seed in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(previous)
    assert failures == []


def test_render_modules_keep_no_state_between_calls() -> None:
    """No `global` statement and no module-level parser or cache object in render/."""
    for module in sorted(RENDER.glob("*.py")):
        source = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(source):
            assert not isinstance(node, (ast.Global, ast.Nonlocal)), \
                f"{module.name}:{node.lineno} rebinds state from inside a function"
        for node in source.body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Call):
                called = ast.unparse(node.value.func)
                allowed = ("re.compile", "compiled", "LazyPattern", "frozenset", "OutputWords",
                           "ExportFormat",
                           "_style_xml",
                           "_destination_pattern", "tuple", "MarkdownIt", "css_family",
                           "TypeSet",  # (frozen: the languages' settings)
                           "KindWords", "KindParts",  # (frozen: the kinds' words, no parts)
                           "Markup",  # (no state: the HTML writer's plain tags)
                           # (the PDF writer's kept font configurations, each lent to one
                           # export at a time under this lock: they change no byte,
                           # test_pdf_kept_fonts.py)
                           "threading.Lock")
                assert called.startswith(allowed), \
                    f"{module.name}:{node.lineno} builds {called}() at import: shared state?"
            for target in getattr(node, "targets", []):
                assert not (isinstance(target, ast.Name) and target.id.startswith("_parser")), \
                    f"{module.name}: a module-level parser"

"""What the PDF writer keeps between exports (fonts, parsed rules) changes nothing printed.

A thread keeps its WeasyPrint font set-up and the stylesheets it parsed; a fresh thread
starts without them. The bytes are the same either way, for every sample and for releases
that print other rules (another accent, Chinese, a house's margins)."""

from __future__ import annotations

import threading

import pytest

from releasedesk import document
from releasedesk.records import replace
from releasedesk.render import build_layout
from releasedesk.render.layout import Layout

from conftest import SAMPLES

pytest.importorskip("weasyprint")

from releasedesk.render import pdf_writer


def layouts() -> dict[str, Layout]:
    releases = {path.stem: document.load(path) for path in sorted(SAMPLES.glob("*.release"))}
    english = releases["tidewater-ferry-terminal"]
    releases["accent"] = replace(english, conventions=replace(english.conventions,
                                                                accent="#225522"))
    releases["margins"] = replace(english, conventions=replace(
        english.conventions, typesetting={"margins_mm": [40, 30, 40, 30]}))
    return {name: build_layout(release) for name, release in releases.items()}


def in_fresh_thread(layout: Layout) -> bytes:
    out: list[bytes] = []
    thread = threading.Thread(target=lambda: out.append(pdf_writer.render_pdf(layout)))
    thread.start()
    thread.join()
    return out[0]


def test_kept_fonts_and_rules_print_the_same_bytes_as_a_fresh_start() -> None:
    kept = {name: pdf_writer.render_pdf(layout) for name, layout in layouts().items()}
    for name, layout in layouts().items():  # again, everything kept
        assert pdf_writer.render_pdf(layout) == kept[name], name
        assert in_fresh_thread(layout) == kept[name], name


def test_the_page_s_rules_leave_the_page_in_their_order() -> None:
    page = ("<html><head><title>t</title><style>a { x: 1 }</style>\n<meta>"
            "<style>b { y: 2 }</style>\n</head><body><p>&lt;style&gt; stays</p>"
            "<style>not in the head</style></body></html>")
    rest, rules = pdf_writer.page_styles(page)
    assert rules == "a { x: 1 }b { y: 2 }"
    assert "<style>" not in rest[:rest.index("</head>")]
    assert rest.endswith("<body><p>&lt;style&gt; stays</p><style>not in the head</style>"
                         "</body></html>")


def test_a_thread_keeps_a_few_parsed_stylesheets_and_reuses_them() -> None:
    first = pdf_writer.stylesheet("p { color: red }")
    assert pdf_writer.stylesheet("p { color: red }") is first
    for number in range(pdf_writer._SHEETS_KEPT + 3):
        pdf_writer.stylesheet(f"p {{ margin: {number}pt }}")
    assert len(pdf_writer._fonts.sheets) == pdf_writer._SHEETS_KEPT
    assert pdf_writer.stylesheet("p { color: red }") is not first  # (the oldest went)

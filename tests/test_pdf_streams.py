"""The PDF's streams, compressed by ReleaseDesk (render/pdf_streams.py): the pages show the
same glyphs at the same places, every stream holds what WeasyPrint drew but the zero
kernings, and no PDF grows by more than a trifle.

Checked on TJ operations drawn at random (a small TJ interpreter: which bytes are shown,
each where), on every stream of a corpus of releases (English, Chinese, right to left,
photos, both papers, house styles), and on the printed pages (poppler's pdftoppm and
pdftotext)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pydyf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from releasedesk.exporting import export_context
from releasedesk.render import build_layout, pdf_writer
from releasedesk.render.layout import Layout
from releasedesk.render.pdf_streams import (
    LEVEL,
    compress_stream,
    finish_streams,
    joined,
    without_zero_kernings,
)
from test_pdf_kept_engine import corpus

from conftest import ROOT, need

# -- TJ arrays: the same bytes at the same places ----------------------------------------

_TOKEN = re.compile(rb"<([0-9A-Fa-f]*)>|([-+]?(?:\d+\.?\d*|\.\d+))")


def shown(operation: bytes, width: Callable[[int], int] = lambda code: 500 + code % 7
          ) -> list[tuple[int, float]]:
    """What a TJ operation of two-byte codes shows: each code and where it starts, in
    thousandths of the text size (PDF 32000-1, 9.4.3: a number moves the next glyph left)."""
    assert operation.startswith(b"[") and operation.endswith(b"] TJ")
    out: list[tuple[int, float]] = []
    x = 0.0
    for hexes, number in _TOKEN.findall(operation[1:-4]):
        if number:
            x -= float(number)
            continue
        data = bytes.fromhex(hexes.decode())
        for start in range(0, len(data), 2):
            code = int.from_bytes(data[start:start + 2], "big")
            out.append((code, x))
            x += width(code)
    return out


glyph_runs = st.lists(st.lists(st.integers(0, 0xFFFF), min_size=0, max_size=4), min_size=1,
                      max_size=12)
kernings = st.one_of(st.just("0"), st.integers(-400, 400).map(str),
                     st.floats(-50, 50, allow_nan=False).map(lambda v: f"{v:.3f}"))


@st.composite
def tj_operations(draw: st.DrawFn) -> bytes:
    """A TJ operation as WeasyPrint writes one: hex strings of glyphs, kernings between."""
    runs = draw(glyph_runs)
    parts = [b"<" + b"".join(f"{code:04x}".encode() for code in runs[0]) + b">"]
    for run in runs[1:]:
        parts.append(draw(kernings).encode())
        parts.append(b"<" + b"".join(f"{code:04x}".encode() for code in run) + b">")
    if draw(st.booleans()):  # (an x offset before the first glyph)
        parts.insert(0, draw(kernings).encode())
    return b"[" + b"".join(parts) + b"] TJ"


@given(tj_operations())
def test_a_tj_operation_shows_the_same_glyphs_at_the_same_places(operation: bytes) -> None:
    after = joined([operation])
    assert after is not None and b"\n" not in after
    assert b">0<" not in after
    assert shown(after) == shown(operation)
    assert len(after) == len(operation) - 3 * operation.count(b">0<")


@pytest.mark.parametrize("operation", [
    b"[<4>0<65>] TJ",  # a string of one digit: not a whole byte
    b"[<004>0<0065>] TJ",  # a string of an odd number of digits
    b"[(He)0(llo)] TJ",  # literal strings
    b"[<0048> 0 <0065>] TJ",  # spaces between
    b"<0048>0<0065> Tj",  # not a TJ array
])
def test_what_is_not_a_tj_array_of_whole_bytes_is_left_as_it_is(operation: bytes) -> None:
    assert joined([operation]) == operation


def test_items_join_as_pydyf_joins_them() -> None:
    mark = pydyf.Dictionary({"MCID": 3})
    items = [b"BT", "/P", mark, 12, True, b"[<0048>0<0065>-12<006c>] TJ", b"ET"]
    assert joined(items) == b"BT\n/P\n<</MCID 3>>\n12\nTrue\n[<00480065>-12<006c>] TJ\nET"
    assert without_zero_kernings(b"[<0048>0<0065>0<006c>] TJ") == b"[<00480065006c>] TJ"
    assert joined([b"BT", 1.5]) is None  # (a float: pydyf's own writing, left to it)


def test_a_stream_is_compressed_at_the_level_with_the_filter_said() -> None:
    stream = pydyf.Stream([b"BT", b"[<0048>0<0065>] TJ", b"ET"], compress=True)
    assert compress_stream(stream)
    assert stream.compress is False and stream.extra["Filter"] == "/FlateDecode"
    [data] = stream.stream
    assert data == zlib.compress(b"BT\n[<00480065>] TJ\nET", LEVEL)
    assert b"/Filter /FlateDecode" in stream.data and b"/Length " in stream.data


@pytest.mark.parametrize("stream", [
    pydyf.Stream([b"BT", b"[<0048>0<0065>] TJ"], compress=False),  # pydyf would not compress
    pydyf.Stream([b"\xff\xd8 image"], {"Filter": "/DCTDecode"}, compress=True),
    pydyf.Stream([b"data"], {"DecodeParms": pydyf.Dictionary({})}, compress=True),
    pydyf.Stream([b"BT", 0.25], compress=True),  # a float
], ids=["plain", "own filter", "decode parameters", "a float"])
def test_a_stream_out_of_the_ordinary_is_left_to_pydyf(stream: pydyf.Stream) -> None:
    before = stream.data
    assert not compress_stream(stream)
    assert stream.data == before


# -- WeasyPrint's streams over the corpus ---------------------------------------------------


def drawn_streams(layout: Layout) -> tuple[list[tuple[bytes, bytes]], bytes]:
    """Each stream of *layout*'s PDF that pydyf would compress: its content as WeasyPrint
    drew it, and as the PDF holds it (decompressed) after finish_streams; and the PDF, the
    writer's own (the finisher it is given runs finish_streams, having only read the
    streams)."""
    import weasyprint

    found: list[tuple[bytes, bytes]] = []

    def finisher(document: object, pdf: pydyf.PDF) -> None:
        streams = [item for item in pdf.objects
                   if isinstance(item, pydyf.Stream) and item.compress]
        drawn = []
        for stream in streams:
            stream.compress = False  # (its content, as pydyf would write it)
            data = stream.data
            stream.compress = True
            drawn.append(data[data.index(b"stream\n") + 7:data.rindex(b"\nendstream")])
        finish_streams(document, pdf)
        for stream, content in zip(streams, drawn, strict=True):
            assert stream.compress is False and stream.extra["Filter"] == "/FlateDecode"
            found.append((content, zlib.decompress(stream.stream[0])))

    real = weasyprint.HTML.write_pdf

    def write_pdf(self: object, *args: object, **options: object) -> bytes:
        options["finisher"] = finisher
        pdf: bytes = real(self, *args, **options)
        return pdf

    weasyprint.HTML.write_pdf = write_pdf
    try:
        pdf = pdf_writer.write_pdf(layout, export_context(moment=None))
    finally:
        weasyprint.HTML.write_pdf = real
    return found, pdf


@pytest.fixture(scope="module")
def layouts() -> dict[str, Layout]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_render import make_release

    made = {name: build_layout(release) for name, release in corpus().items()}
    made["bench 5k"] = build_layout(make_release(5000))
    return made


class Written:
    """The corpus' PDFs as the module reads them, ours (streams finished by finish_streams)
    and theirs (pydyf's own compression), each written once for the module: the writer
    gives the same bytes for the same layout and context (test_pure_writers.py). Ours are
    those the streams' test had written, when it ran first (drawn_streams)."""

    def __init__(self, layouts: dict[str, Layout]) -> None:
        self.layouts = layouts
        self._kept: dict[tuple[str, str], bytes] = {}

    def keep(self, name: str, pdf: bytes) -> None:
        self._kept[name, "ours"] = pdf

    def pdf(self, name: str, way: str) -> bytes:
        assert way in ("ours", "theirs")
        if (name, way) not in self._kept:
            with pytest.MonkeyPatch.context() as patch:
                if way == "theirs":
                    patch.setattr(pdf_writer, "finish_streams", None)
                self._kept[name, way] = pdf_writer.write_pdf(self.layouts[name],
                                                             export_context(moment=None))
        return self._kept[name, way]


@pytest.fixture(scope="module")
def written(layouts: dict[str, Layout]) -> Written:
    return Written(layouts)


def test_every_stream_holds_what_weasyprint_drew_but_its_zero_kernings(
        layouts: dict[str, Layout], written: Written) -> None:
    zeros = 0
    for name, layout in layouts.items():
        streams, pdf = drawn_streams(layout)
        written.keep(name, pdf)
        assert len(streams) >= 3, name  # (a page, a font, its characters' map at least)
        for drawn, held in streams:
            drawn_lines, held_lines = drawn.split(b"\n"), held.split(b"\n")
            assert len(drawn_lines) == len(held_lines), name
            for before, after in zip(drawn_lines, held_lines, strict=True):
                if before != after:
                    assert before.endswith(b"] TJ"), (name, before[:60])
                    assert shown(after) == shown(before), (name, before[:60])
                    zeros += before.count(b">0<")
    assert zeros > 40_000  # (the 5k release alone has about 40,000)


def test_no_pdf_of_the_corpus_grows_by_more_than_half_a_percent(
        layouts: dict[str, Layout], written: Written) -> None:
    ours = {name: written.pdf(name, "ours") for name in layouts}
    theirs = {name: written.pdf(name, "theirs") for name in layouts}
    for name in layouts:
        assert len(ours[name]) <= len(theirs[name]) * 1.005, name
    assert len(ours["bench 5k"]) < len(theirs["bench 5k"])
    assert sum(map(len, ours.values())) <= sum(map(len, theirs.values())) * 1.001


def test_the_printed_pages_and_their_text_are_the_same(written: Written,
                                                       tmp_path: Path) -> None:
    need("pdftoppm", shutil.which("pdftoppm") is not None, "poppler-utils")
    need("pdftotext", shutil.which("pdftotext") is not None, "poppler-utils")
    names = ["bench 5k", "chinese", "right to left", "photo", "letter"]
    for way in ("ours", "theirs"):
        for index, name in enumerate(names):
            pdf = tmp_path / f"{way}-{index}.pdf"
            pdf.write_bytes(written.pdf(name, way))
            subprocess.run(["pdftoppm", "-r", "50", "-gray", str(pdf), str(tmp_path / pdf.stem)],
                           check=True, timeout=120)
            subprocess.run(["pdftotext", str(pdf)], check=True, timeout=60)
    pages = sorted(path.name.removeprefix("ours-") for path in tmp_path.glob("ours-*.pgm"))
    assert len(pages) >= len(names) + 10  # (the 5k release has 17 pages)
    for page in pages:
        assert (tmp_path / f"ours-{page}").read_bytes() == \
            (tmp_path / f"theirs-{page}").read_bytes(), page
    for index, name in enumerate(names):
        assert (tmp_path / f"ours-{index}.txt").read_text() == \
            (tmp_path / f"theirs-{index}.txt").read_text(), name

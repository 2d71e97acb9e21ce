"""A link in the PDF shows its address once: after its words when they say something else,
never again after the address itself (the print style's " (address)")."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from releasedesk import document
from releasedesk.exporting import draft_bytes, export_context
from releasedesk.render import build_layout
from releasedesk.render.pdf_writer import write_pdf

from conftest import SAMPLES, need

# (Markdown, the address as a reader needs to see it)
LINKS = [
    ("[https://alder.example/timetable](https://alder.example/timetable)",
     "alder.example/timetable"),
    ("<https://birch.example/fares>", "birch.example/fares"),
    ("[cedar.example/routes](https://cedar.example/routes)", "cedar.example/routes"),
    ("[https://dogwood.example/map/](https://dogwood.example/map)", "dogwood.example/map"),
    ("[the new online timetable](https://elm.example/online)", "elm.example/online"),
    ("[**fir.example/news**](https://fir.example/news)", "fir.example/news"),
]


def test_every_link_address_is_printed_exactly_once(tmp_path: Path) -> None:
    need("pdftotext", shutil.which("pdftotext") is not None, "Debian: poppler-utils")
    release = document.load(SAMPLES / "tidewater-ferry-terminal.release")
    release.body = "\n\n".join(f"Paragraph {i}: see {markdown} for details."
                               for i, (markdown, _) in enumerate(LINKS))
    pdf = tmp_path / "links.pdf"
    pdf.write_bytes(write_pdf(build_layout(release), export_context()))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, timeout=120, check=True).stdout
    flat = "".join(text.split())
    for markdown, address in LINKS:
        assert flat.count(address) == 1, (markdown, flat.count(address))
    # Words that are not the address are followed by it; the plain text agrees.
    assert "timetable(https://elm.example/online)" in flat
    plain = draft_bytes(release, "txt").decode("utf-8")
    for _, address in LINKS:
        assert "".join(plain.split()).count(address) == 1, address

"""Every export opened by the programs people use: LibreOffice, the Nu HTML Checker, Chromium.

These need Debian's libreoffice-writer-nogui, chromium, a Java runtime, xvfb and the
vnu-jar npm package (.ci/run installs them all). Without them the tests skip with the
reason; with RELEASEDESK_REQUIRE_CLIENTS=1 (as in CI) a missing client fails instead.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from releasedesk import document
from releasedesk.exporting import draft_bytes

from chromium_pipe import Chromium
from conftest import ROOT, SAMPLES, need
from corpus import corpus, expected_texts, missing, squash
from test_hostile import hostile_release

VNU_JAR = Path(os.environ.get(
    "RELEASEDESK_VNU_JAR", ROOT / ".tools" / "node_modules" / "vnu-jar" / "build" / "dist"
    / "vnu.jar"))
# The checker's run is short: the JIT's first tier only (half the processor time: 3.6 ->
# 1.8 s for eight pages, the same messages, byte for byte), with the deeper stack that tier
# needs for the HTML schema (the checker asks for 512k at least).
VNU_JAVA_FLAGS = ("-XX:TieredStopAtLevel=1", "-Xss8m")


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """Every corpus release exported to every format (fragments also inside a minimal page)."""
    folder = tmp_path_factory.mktemp("exports")
    files: dict[str, dict[str, Path]] = {}
    for name, release in corpus().items():
        files[name] = {}
        for fmt, suffix in (("html", ".html"), ("docx", ".docx"), ("txt", ".txt")):
            path = folder / f"{name}{suffix}"
            path.write_bytes(draft_bytes(release, fmt))
            files[name][fmt] = path
        fragment = draft_bytes(release, "fragment").decode("utf-8")
        wrapped = folder / f"{name}.fragment-page.html"
        wrapped.write_text(
            f'<!DOCTYPE html>\n<html lang="{release.language or "en"}"><head>'
            f'<meta charset="utf-8"><title>Fragment</title></head><body>\n{fragment}</body>'
            "</html>\n", encoding="utf-8")
        files[name]["fragment"] = wrapped
    return files


# -- DOCX in LibreOffice ---------------------------------------------------------------


@pytest.fixture(scope="session")
def libreoffice(exported: dict[str, dict[str, Path]],
                tmp_path_factory: pytest.TempPathFactory) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    need("LibreOffice", soffice is not None, "Debian: libreoffice-writer-nogui")
    out = tmp_path_factory.mktemp("libreoffice")
    profile = tmp_path_factory.mktemp("lo-profile")
    docx_files = [str(files["docx"]) for files in exported.values()]
    for target in ("txt:Text (encoded):UTF8", "pdf"):
        result = subprocess.run(
            [str(soffice), f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", target, "--outdir", str(out), *docx_files],
            capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr
    return out


def pdf_pages(path: Path) -> int:
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo:
        info = subprocess.run([pdfinfo, str(path)], capture_output=True, text=True, timeout=60)
        match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
        if match:
            return int(match.group(1))
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


@pytest.mark.parametrize("name", sorted(corpus()))
def test_libreoffice_reads_every_paragraph_contact_and_footer_line(
        name: str, libreoffice: Path) -> None:
    text_file = libreoffice / f"{name}.txt"
    assert text_file.exists(), f"LibreOffice did not convert {name}.docx"
    text = text_file.read_text(encoding="utf-8-sig")
    release = corpus()[name]
    expected = expected_texts(release)
    footer = expected.pop("footer")
    for part, needles in expected.items():
        assert not missing(text, needles), (part, missing(text, needles)[:3])
    pdf = libreoffice / f"{name}.pdf"
    pages = pdf_pages(pdf)
    words = len(release.body.split())
    assert 1 <= pages <= 3 + words // 150, (name, pages)
    # The standard footer: on every page of the PDF, once each, and never a page of its own.
    need("pdftotext", shutil.which("pdftotext") is not None, "Debian: poppler-utils")
    printed = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
                             capture_output=True,
                             text=True, timeout=120, check=True).stdout.split("\f")[:pages]
    assert len(printed) == pages
    for number, page in enumerate(printed, start=1):
        assert not missing(page, footer), (name, number, missing(page, footer)[:2])
        assert not footer or squash(page).count(squash(footer[0])) == 1, (name, number)
        rest = squash(page)
        for line in footer:
            rest = rest.replace(squash(line), "")
        assert rest.strip(), f"page {number} of {name} holds nothing but the footer"


# -- HTML in the Nu HTML Checker ----------------------------------------------------------


def test_every_html_page_and_fragment_validates(exported: dict[str, dict[str, Path]]) -> None:
    java = shutil.which("java")
    need("Java", java is not None, "Debian: default-jre-headless")
    need("The Nu HTML Checker", VNU_JAR.exists(), "npm: vnu-jar")
    pages = [str(files[kind]) for files in exported.values() for kind in ("html", "fragment")]
    result = subprocess.run([str(java), *VNU_JAVA_FLAGS, "-jar", str(VNU_JAR), "--errors-only",
                             "--format", "json", *pages],
                            capture_output=True, text=True, timeout=600)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [f"{Path(m.get('url', '')).name}: {m.get('message')}" for m in messages
              if m.get("type") in ("error", "non-document-error")]
    assert errors == []
    assert result.returncode == 0


# -- HTML in Chromium --------------------------------------------------------------------


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pwned = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("head", "script", "style"):
            self.skip += 1
        if any(name == "data-pwned" for name, _ in attrs):
            self.pwned = True

    def handle_endtag(self, tag: str) -> None:
        if tag in ("head", "script", "style"):
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def open_in_chromium(chromium: Chromium, page: Path) -> tuple[str, bool, list[str]]:
    """(visible DOM text, whether any script marked the DOM, URLs the page itself requested)
    once the page has had 2 s of virtual time to run."""
    shown = chromium.page(page.as_uri(), budget_ms=2000)
    parser = _Text()
    parser.feed(shown.dom)
    return "".join(parser.parts), parser.pwned, page_requests(shown.requests)


def page_requests(urls: list[str]) -> list[str]:
    """The URLs requested on the page's behalf that are not files (the page itself and
    the files beside it): the network requests it made. Chromium's own background
    requests (time, update checks) are not the page's doing and are not among them."""
    return sorted(url for url in urls if not url.startswith("file:"))


@pytest.mark.parametrize("kind", ["html", "fragment"])
@pytest.mark.parametrize("name", sorted(corpus()))
def test_chromium_renders_everything_and_fetches_nothing(
        name: str, kind: str, exported: dict[str, dict[str, Path]], chromium: Chromium) -> None:
    text, pwned, requests = open_in_chromium(chromium, exported[name][kind])
    expected = expected_texts(corpus()[name])
    for part in ("paragraphs", "footer"):
        assert not missing(text, expected[part]), (part, missing(text, expected[part])[:3])
    assert requests == []
    assert not pwned


def test_hostile_release_executes_nothing_in_chromium(tmp_path: Path,
                                                      chromium: Chromium) -> None:
    release = hostile_release()
    release.body += (
        "\n\n<script>document.body.setAttribute('data-pwned', 'script')</script>"
        "\n\n<img src=x onerror=\"document.body.setAttribute('data-pwned', 'img')\">"
        "\n\n[click me](javascript:document.body.setAttribute('data-pwned','link'))"
        "\n\n<img src=\"https://tracker.example/pixel.png\">")
    for fmt in ("html", "fragment"):
        page = tmp_path / f"hostile-{fmt}.html"
        page.write_bytes(draft_bytes(release, fmt))
        text, pwned, requests = open_in_chromium(chromium, page)
        assert not pwned
        assert requests == []
        assert "<script>document.body.setAttribute" in text  # shown as text, not run


def test_network_detector_sees_a_remote_resource(tmp_path: Path, chromium: Chromium) -> None:
    """The request check can fail: a page that does load a remote image is caught."""
    page = tmp_path / "remote.html"
    page.write_text('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x'
                    '</title></head><body><img src="http://remote.invalid/x.png" alt=""></body>'
                    "</html>", encoding="utf-8")
    _, _, requests = open_in_chromium(chromium, page)
    assert requests == ["http://remote.invalid/x.png"]


# -- the editor on a real X server ---------------------------------------------------------


def screenshot_folder() -> Path:
    folder = Path(os.environ.get("RELEASEDESK_SCREENSHOTS", ROOT / "out" / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def screenshots() -> dict[str, Path]:
    """Every sample's editor window, shot under Xvfb by tools/screenshot.py: one run of the
    tool (one display, one Python) opens each sample in a window of its own."""
    xvfb_run = shutil.which("xvfb-run")
    need("Xvfb", xvfb_run is not None, "Debian: xvfb xauth")
    targets = {path.name: screenshot_folder() / f"{path.name[: -len('.release')]}.png"
               for path in sorted(SAMPLES.glob("*.release"))}
    pairs = [[str(SAMPLES / sample), str(target)] for sample, target in targets.items()]
    for target in targets.values():
        target.unlink(missing_ok=True)
        target.with_suffix(".json").unlink(missing_ok=True)
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    result = subprocess.run(
        [str(xvfb_run), "-a", "-s", "-screen 0 1400x900x24", sys.executable,
         str(ROOT / "tools" / "screenshot.py"), *pairs[0], "--geometry",
         *(part for pair in pairs[1:] for part in ("--also", *pair))],
        capture_output=True, text=True, timeout=180, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    return targets


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.release")))
def test_editor_screenshot_under_xvfb(sample: str, screenshots: dict[str, Path]) -> None:
    target = screenshots[sample]
    print(f"\nscreenshot kept at {target}")
    from PySide6.QtGui import QImage

    image = QImage(str(target))
    assert image.width() >= 1000 and image.height() >= 700
    headline = document.load(SAMPLES / sample).headline
    geometry = json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))
    assert geometry["headline_text"] == headline
    x, y, w, h = geometry["headline_rect"]
    colours = {image.pixel(px, py) for px in range(x, x + w, 2) for py in range(y, y + h, 2)}
    assert len(colours) > 8, "the headline field shows no text"
    whole = {image.pixel(px, py) for px in range(0, image.width(), 7)
             for py in range(0, image.height(), 7)}
    assert len(whole) > 50, "the window is blank"


def test_every_sample_is_in_the_corpus() -> None:
    names = set(corpus())
    for sample in SAMPLES.glob("*.release"):
        assert sample.name[: -len(".release")] in names
    assert document.load(SAMPLES / "tidewater-ferry-terminal.release").footer

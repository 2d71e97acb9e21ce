"""Exports with photos opened by the programs people use: LibreOffice shows the pictures
and their captions, Chromium loads the page's images from the folder beside it and nothing
else, the Nu HTML Checker accepts the page and the fragment (tests/test_real_clients.py
says how the clients are installed; without them these skip, in CI they must run)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from releasedesk.exporting import targets_in, write_exports
from releasedesk.model import Release
from test_real_clients import VNU_JAR, VNU_JAVA_FLAGS, open_in_chromium

import photo_files as pf
from chromium_pipe import Chromium
from conftest import need
from helpers import make_release


def photo_release() -> Release:
    release = make_release()
    release.photos = [
        pf.photo("ferry.jpg", 2400, 1600, caption="The Tidewater Spirit at the quay.",
                 credit="Ana Reyes / Calloway Harbour Authority",
                 alt="A white ferry moored at a quay", lead=True),
        pf.photo("crew.jpg", 1600, 2000, caption="The crew of the first crossing.",
                 credit="Bo Lind", alt="Four crew members in orange jackets",
                 taken=("ferry",))]
    release.body += "\n\n![the crew](photo:crew)\n\nThe terminal opens at six."
    return release


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("photo-exports")
    write_exports(photo_release(), targets_in(folder, "ferry news", ["html", "fragment", "docx"]))
    fragment = (folder / "ferry news.fragment.html").read_text(encoding="utf-8")
    (folder / "ferry news.fragment-page.html").write_text(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Fragment</title>'
        f"</head><body>\n{fragment}</body></html>\n", encoding="utf-8")
    return folder


def test_libreoffice_shows_the_pictures_and_their_captions(exported: Path,
                                                           tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    need("LibreOffice", soffice is not None, "Debian: libreoffice-writer-nogui")
    need("pdfimages", shutil.which("pdfimages") is not None, "Debian: poppler-utils")
    result = subprocess.run(
        [str(soffice), f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(exported / "ferry news.docx")],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "ferry news.pdf"
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                             check=True, timeout=60).stdout.splitlines()[2:]
    shown = [line.split() for line in listing if line.split()[2] == "image"]
    assert len(shown) == 2, listing
    # The 1600-pixel copies (LibreOffice may resample a tall one), never the 2400-pixel originals.
    assert all(800 < int(row[3]) <= 1600 for row in shown), shown
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True, timeout=60).stdout.split())
    for words in ("The Tidewater Spirit at the quay. Credit: Ana Reyes / Calloway Harbour "
                  "Authority", "The crew of the first crossing. Credit: Bo Lind"):
        assert words in text
    page = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf), str(page)],
                   check=True, timeout=60)
    assert _has_red_corner(next(tmp_path.glob("page*.png")))


def _has_red_corner(png: Path) -> bool:
    """The test pictures carry a red square in a corner: is it on screen?"""
    image = Image.open(png).convert("RGB")
    image.thumbnail((400, 400))
    pixels = image.tobytes()
    return any(pixels[i] > 170 and pixels[i + 1] < 80 and pixels[i + 2] < 80
               for i in range(0, len(pixels), 3))


def test_every_html_page_and_fragment_with_photos_validates(exported: Path) -> None:
    java = shutil.which("java")
    need("Java", java is not None, "Debian: default-jre-headless")
    need("The Nu HTML Checker", VNU_JAR.exists(), "npm: vnu-jar")
    pages = [str(exported / "ferry news.html"), str(exported / "ferry news.fragment-page.html")]
    result = subprocess.run([str(java), *VNU_JAVA_FLAGS, "-jar", str(VNU_JAR), "--errors-only",
                             "--format", "json", *pages],
                            capture_output=True, text=True, timeout=600)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    assert [m.get("message") for m in messages if m.get("type") != "info"] == []
    assert result.returncode == 0


PROBE = """<script>
document.addEventListener("DOMContentLoaded", () => {
  const images = [...document.images];
  images.forEach((img) => { img.loading = "eager"; });
  let waits = 0;
  const report = () => {
    if (images.some((img) => !img.complete) && waits++ < 200) {
      setTimeout(report, 25);
      return;
    }
    for (const img of images) {
      const line = document.createElement("p");
      line.textContent = `PROBE ${img.naturalWidth} ${img.currentSrc}`;
      document.body.append(line);
    }
  };
  report();
});
</script>
"""


@pytest.mark.parametrize("page", ["ferry news.html", "ferry news.fragment-page.html"])
def test_chromium_loads_the_images_from_the_folder_and_nothing_else(
        exported: Path, page: str, tmp_path: Path, chromium: Chromium) -> None:
    text, pwned, requests = open_in_chromium(chromium, exported / page)
    assert requests == []  # nothing from the network
    assert "The crew of the first crossing." in text and not pwned
    # Which files the page loads: a test-only copy beside it reports each image's source.
    html = (exported / page).read_text(encoding="utf-8")
    probe = exported / f"probe-{page}"
    probe.write_text(html.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dom = chromium.page(probe.as_uri(), budget_ms=5000).dom
    lines = [line.split() for line in dom.split("<p>PROBE ")[1:]]
    folder = (exported / "ferry news_files").as_uri()
    assert len(lines) == 2, dom[-2000:]
    for width, source in ((int(line[0]), line[1].split("<")[0]) for line in lines):
        assert width > 0, source  # the picture decoded
        assert source.startswith(folder + "/"), source  # from the folder beside the page
    # And on screen: a screenshot shows the lead photo. (A fresh context's first page
    # sometimes paints before the picture is decoded: up to five tries.)
    shown = False
    for attempt in range(5):
        shot = tmp_path / f"page-{attempt}.png"
        shot.write_bytes(chromium.page((exported / page).as_uri(), budget_ms=5000,
                                       window=(1280, 1600), screenshot=True).screenshot or b"")
        shown = _has_red_corner(shot)
        if shown:
            break
    assert shown, "the lead photo is not on screen"

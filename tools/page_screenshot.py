"""A screenshot of an exported page in headless Chromium (make screenshot-photos).

Usage: python tools/page_screenshot.py PAGE.html OUT.png [--size 1100x1500]
Headless Chromium may take its screenshot before an image is decoded (the page asks for
asynchronous decoding and lazy loading, as a web page should). So the screenshot is taken
of a copy beside the page that loads and decodes every image at once, and taken again
until no image shows its grey placeholder.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

PLACEHOLDER = (233, 233, 228)  # the background a figure's img shows until it is painted


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("page", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--size", default="1100x1500")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium is not installed (Debian: chromium)", file=sys.stderr)
        return 2
    html = args.page.read_text(encoding="utf-8")
    copy = args.page.with_name(f".screenshot-{args.page.name}")
    copy.write_text(html.replace('loading="lazy"', 'loading="eager"')
                    .replace('decoding="async"', 'decoding="sync"'), encoding="utf-8")
    try:
        for _ in range(5):
            with tempfile.TemporaryDirectory() as profile:
                subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                                "--hide-scrollbars", f"--window-size={args.size.replace('x', ',')}",
                                "--virtual-time-budget=10000", f"--user-data-dir={profile}",
                                f"--screenshot={args.output}", copy.resolve().as_uri()],
                               capture_output=True, timeout=120)
            if args.output.exists() and not _placeholder_shown(args.output):
                print(args.output)
                return 0
    finally:
        copy.unlink(missing_ok=True)
    print("the pictures never appeared in the screenshot", file=sys.stderr)
    return 1


def _placeholder_shown(png: Path) -> bool:
    """A large run of the placeholder's colour: a picture not painted yet."""
    image = Image.open(png).convert("RGB")
    width, height = image.size
    column = [image.getpixel((width // 2, y)) for y in range(0, height, 4)]
    run = longest = 0
    for pixel in column:
        run = run + 1 if pixel == PLACEHOLDER else 0
        longest = max(longest, run)
    return longest * 4 > 60


if __name__ == "__main__":
    sys.exit(main())

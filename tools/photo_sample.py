"""Make a release with photos for the screenshots and the docs (make screenshot-photos).

Usage: python tools/photo_sample.py OUT.release
The wire sample with two photos drawn here (a fictional ferry and quay, nobody's real
picture), their captions, credits and alt text, the second placed in the body.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from releasedesk import document
from releasedesk.media.intake import photo_from_bytes

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "tidewater-ferry-terminal.release"


def harbour(width: int, height: int, dusk: bool) -> bytes:
    """A drawn harbour: sky gradient, sea with waves, a white ferry, a quay."""
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    horizon = height * 11 // 20
    top, low = ((238, 170, 120), (250, 214, 170)) if dusk else ((120, 170, 220), (200, 225, 240))
    for y in range(horizon):
        t = y / horizon
        draw.line((0, y, width, y), fill=tuple(round(a + (b - a) * t) for a, b in zip(top, low,
                                                                                    strict=True)))
    for y in range(horizon, height):
        t = (y - horizon) / (height - horizon)
        draw.line((0, y, width, y), fill=(round(40 - 20 * t), round(90 - 40 * t),
                                          round(130 - 50 * t)))
    for row in range(horizon + 12, height, 22):
        for x in range((row * 37) % 90, width, 140):
            draw.line((x, row, x + 50, row), fill=(90, 140, 175), width=2)
    hull_top = horizon - height // 9
    left, right = width // 5, width * 7 // 10
    draw.polygon([(left, hull_top), (right, hull_top), (right - 40, horizon + 30),
                  (left + 60, horizon + 30)], fill=(245, 245, 240))
    draw.rectangle((left + 80, hull_top - height // 12, right - 140, hull_top),
                   fill=(235, 235, 228))
    for x in range(left + 100, right - 160, 46):
        draw.rectangle((x, hull_top - height // 16, x + 26, hull_top - height // 40),
                       fill=(60, 90, 120))
    draw.rectangle((left, hull_top + 20, right, hull_top + 34), fill=(122, 31, 31))
    draw.rectangle((0, horizon + 40, width // 6, height), fill=(120, 115, 105))
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def main() -> int:
    target = Path(sys.argv[1])
    release = document.load(SAMPLE)
    words = [
        ("tidewater-spirit.jpg", False,
         "The Tidewater Spirit, the terminal's first all-electric ferry, at the new quay.",
         "Ana Reyes / Calloway Harbour Authority",
         "A white ferry with a dark red stripe moored beside a stone quay under a blue sky."),
        ("quay-at-dusk.jpg", True,
         "Evening crossing: the terminal's charging quay at dusk.",
         "Bo Lind",
         "The same ferry on calm water at dusk, the sky orange above the harbour."),
    ]
    for number, (name, dusk, caption, credit, alt) in enumerate(words):
        intake = photo_from_bytes(harbour(2400, 1600, dusk), name,
                                  (p.id for p in release.photos))
        photo = intake.photo
        photo.caption, photo.credit, photo.alt, photo.lead = caption, credit, alt, number == 0
        release.photos.append(photo)
    paragraphs = release.body.split("\n\n")
    paragraphs.insert(3, f"![{words[1][4]}](photo:{release.photos[1].id})")
    release.body = "\n\n".join(paragraphs)
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(release, target)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())

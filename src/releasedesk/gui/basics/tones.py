"""Colours that stay readable in a dark colour scheme (Qt-free arithmetic).

The editor's own colours (a red problem line, a green "Ready", the preview's grey
captions, a yellow "changed" tint …) are chosen for a light window. Under a dark scheme
each is turned, not replaced: a text colour keeps its hue and gets the lightness that
reads on the dark background (at least WCAG's 4.5:1), and a tint keeps its hue as a dark
fill under light text. So one colour is written once, and both schemes follow from it.
"""

from __future__ import annotations

import colorsys
import re

TEXT_CONTRAST = 4.5  # WCAG AA for body text
FILL_RISE = 0.14  # a dark fill is at most this much lighter (HLS lightness) than the ground
_HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
# A CSS declaration whose colour paints a background (the rest paint text or lines).
_FILL_PROPERTIES = ("background", "background-color")
_DECLARATION = re.compile(r"([a-zA-Z-]+)(\s*:\s*)([^;{}\"]+)")


def rgb(colour: str) -> tuple[float, float, float]:
    """#rgb or #rrggbb as three fractions."""
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    if len(digits) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return tuple(int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]  # three


def hex_colour(red: float, green: float, blue: float) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in (red, green, blue))


def luminance(colour: str) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    red, green, blue = (linear(c) for c in rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: str, other: str) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(background: str) -> bool:
    return luminance(background) < 0.18


def _with_lightness(colour: str, lightness: float) -> str:
    hue, _, saturation = colorsys.rgb_to_hls(*rgb(colour))
    return hex_colour(*colorsys.hls_to_rgb(hue, max(0.0, min(1.0, lightness)), saturation))


def _fill_ceiling(background: str) -> float:
    """The highest luminance of a fill on a dark *background*: a little over the
    background's, and never so light that white text stops reading on it."""
    return min(1.05 / TEXT_CONTRAST - 0.05 - 0.005, luminance(background) + 0.06)


def _reads(colour: str, background: str, minimum: float) -> bool:
    """*colour* reads on *background* and, on a dark one, on every fill of it."""
    if contrast(colour, background) < minimum:
        return False
    if not is_dark(background):
        return True
    return (luminance(colour) + 0.05) / (_fill_ceiling(background) + 0.05) >= minimum


def text_on(colour: str, background: str, minimum: float = TEXT_CONTRAST) -> str:
    """*colour* as a text colour on *background*: itself when it reads there, else the
    same hue made lighter (on a dark background) or darker (on a light one) until it does.
    On a dark background it reads on every fill of it (fill_on) too."""
    if _reads(colour, background, minimum):
        return colour
    lighter = is_dark(background)
    _, lightness, _ = colorsys.rgb_to_hls(*rgb(colour))
    if lighter and lightness < 0.25:
        lightness = 1 - lightness  # near-black text (body, headings) becomes near-white
    step = 0.02 if lighter else -0.02
    for _ in range(60):
        turned = _with_lightness(colour, lightness)
        if _reads(turned, background, minimum):
            return turned
        lightness += step
    return "#ffffff" if lighter else "#000000"


def fill_on(colour: str, background: str) -> str:
    """*colour*, a light tint made for a light window, as a fill on *background*: itself on
    a light background; on a dark one the same hue, a little lighter than the background
    (so it still stands out) and dark enough for light text on it."""
    if not is_dark(background):
        return colour
    hue, lightness, saturation = colorsys.rgb_to_hls(*rgb(colour))
    _, ground, _ = colorsys.rgb_to_hls(*rgb(background))
    # a faint tint (lightness 0.95) stays faint; a strong one (0.8) stands out more
    dark = min(ground + FILL_RISE, ground + 0.05 + (1 - lightness) * 0.5)
    saturation = min(saturation, 0.45)
    ceiling = _fill_ceiling(background)
    made = hex_colour(*colorsys.hls_to_rgb(hue, dark, saturation))
    while luminance(made) > ceiling and dark > 0:
        dark -= 0.01
        made = hex_colour(*colorsys.hls_to_rgb(hue, max(dark, 0.0), saturation))
    return made


def css_on(css: str, background: str, text: str = "") -> str:
    """A style sheet (or one style attribute) with each colour turned for *background*:
    text and line colours by text_on, background colours by fill_on (text turned reads
    on those fills too). Unchanged on a light background."""
    if not is_dark(background):
        return css

    def turn(match: re.Match[str]) -> str:
        name, gap, value = match.group(1), match.group(2), match.group(3)
        if name.lower() in _FILL_PROPERTIES:
            value = _HEX.sub(lambda c: fill_on(c.group(0), background), value)
        else:
            value = _HEX.sub(lambda c: text_on(c.group(0), background), value)
        return name + gap + value

    return _DECLARATION.sub(turn, css)


_STYLE_ATTRIBUTE = re.compile(r'(style\s*=\s*)(["\'])(.*?)\2', re.DOTALL)


def html_on(html: str, background: str) -> str:
    """HTML of ours (escaped text, colours in style attributes) with each style attribute
    turned by css_on; the text itself is never touched."""
    if not is_dark(background):
        return html
    return _STYLE_ATTRIBUTE.sub(
        lambda m: m.group(1) + m.group(2) + css_on(m.group(3), background) + m.group(2), html)

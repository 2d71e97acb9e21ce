"""A Chinese government portal's structured footer at a draft's end: 主办单位, 承办单位,
网站标识码, ICP备案号, 公安机关备案号, 联系我们 and the accessibility (elder-mode) notice.

Each entry goes into its house-style setting (model.PORTAL_SETTINGS), with the line's link
as its link when the line holds that entry alone; what a footer line holds besides stays
a line of the standard footer. Never any of it in the body.
"""

from __future__ import annotations

import re

from ..model import Conventions, FooterLine
from ..render.layout import footer_items
from .footer import TEXT_LINK as _TEXT_LINK

# Labels as portals write them, longest first where one starts another.
_LABELS: tuple[tuple[str, str], ...] = (
    ("主办单位", "sponsor"), ("主办", "sponsor"),
    ("承办单位", "organizer"), ("承办", "organizer"),
    ("网站标识码", "site_code"), ("网站识别码", "site_code"),
    ("ICP备案号", "icp"), ("ICP备案", "icp"), ("网站备案号", "icp"),
    ("公安机关备案号", "police_record"), ("公安备案号", "police_record"),
)
_LABELLED = re.compile(
    r"^\s*(?P<label>" + "|".join(re.escape(label) for label, _ in _LABELS)
    + r")\s*[:：]?\s*(?P<value>.+?)\s*$", re.IGNORECASE)
_KEY = {label.lower(): key for label, key in _LABELS}
# Entries known by their own words: "芬ICP备00000000号", "芬公网安备 00000000000000号",
# "联系我们", "无障碍浏览", "长者模式", "适老化".
_ICP = re.compile(r"ICP备\s*\S+", re.IGNORECASE)
_POLICE = re.compile(r"公网安备")
_CONTACT = re.compile(r"^\s*联系我们\s*$")
_ACCESS = re.compile(r"无障碍|长者模式|适老化|关怀版|读屏")
# Where one footer line runs two labelled entries together without a gap:
# "主办单位：芬霍洛区行政公署 承办单位：芬霍洛区大数据中心".
_NEXT_LABEL = re.compile(r"\s+(?=(?:" + "|".join(re.escape(label) for label, _ in _LABELS)
                         + r")\s*[:：])", re.IGNORECASE)


def entry(item: str) -> tuple[str, str] | None:
    """(setting, text) when *item* is one entry of a portal's structured footer."""
    found = _LABELLED.match(item)
    if found is not None:
        return _KEY[found.group("label").lower()], found.group("value")
    text = item.strip()
    if _POLICE.search(text):
        return "police_record", text
    if _ICP.search(text):
        return "icp", text
    if _CONTACT.match(text):
        return "contact_us", text
    if _ACCESS.search(text) and len(text) <= 60:
        return "accessibility", text
    return None


def take_portal_footer(lines: list[FooterLine], ours: bool = False
                       ) -> tuple[list[FooterLine], dict[str, str]]:
    """(the footer lines left, the portal settings found in *lines*: each entry's text and,
    when it stood alone on a linked line, its link under "<setting>_url"). A line from
    which nothing is taken stays as it was written. From one of *our* own exports only the
    lines after the standard footer's are the portal's, each of them entries alone (our
    export prints them so): a standard line that names a sponsor among other words ("主办：…
    联系电话：…") stays a line of the standard footer."""
    kept: list[FooterLine] = []
    found: dict[str, str] = {}
    first = 0
    if ours:
        first = len(lines)
        while first and all(_entry_of(item) is not None for item in _items(lines[first - 1])):
            first -= 1
    for number, line in enumerate(lines):
        items = _items(line)
        if number < first:
            kept.append(line)
            continue
        rest: list[str] = []
        for item in items:
            # (a link written out as text: "联系我们 (https://…)", as the text export has it)
            written = _TEXT_LINK.match(item.strip())
            link = written.group("url") if written else ""
            hit = _entry_of(item)
            if hit is None or hit[0] in found:
                rest.append(item)
                continue
            key, text = hit
            found[key] = text
            if link or (line.url and len(items) == 1):
                found[f"{key}_url"] = link or line.url
        if len(rest) == len(items):
            kept.append(line)
        elif rest:
            kept.append(FooterLine("  ".join(rest), ""))
    return kept, found


def _items(line: FooterLine) -> list[str]:
    return [part for item in footer_items(line.text) for part in _NEXT_LABEL.split(item)
            if part.strip()]


def _entry_of(item: str) -> tuple[str, str] | None:
    written = _TEXT_LINK.match(item.strip())
    return entry(written.group("label") if written else item)


def apply_portal_footer(conventions: Conventions, found: dict[str, str]) -> None:
    """Set the settings *found* (take_portal_footer) in *conventions*."""
    for key, value in found.items():
        setattr(conventions, key, value)

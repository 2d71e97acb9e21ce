"""The release corpus every real-client test runs over: the samples plus tricky releases."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from releasedesk import document
from releasedesk.body import tree as t
from releasedesk.model import Contact, Release
from releasedesk.render.layout import build_layout

from conftest import ROOT, SAMPLES
from helpers import footer, make_release


def _twenty_thousand_words() -> str:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_render import make_body

    return make_body(20000)


def tricky_releases() -> dict[str, Release]:
    return {
        "cjk": make_release(
            language="zh-CN", headline="芬霍洛区启动河畔种子库建设", dateline="芬霍洛",
            organization="芬霍洛区行政公署",
            body="本周，河畔种子库在旧铁路货场正式开工建设。\n\n"
                 "一期工程将保存一万二千个地方植物品种的种子，并设有四个研究组的实验室。\n\n"
                 "- 二期工程计划于2028年启动\n- 预计带来约四百五十个技术岗位",
            footer=footer("版权所有 芬霍洛区行政公署办公室主办",
                          "技术支持：文茅斯数据工坊  网络支持：芬霍洛电信")),
        "rtl": make_release(
            body="The festival welcomes visitors from across the region.\n\n"
                 "مرحبا بكم في مهرجان المدينة السنوي على ضفاف النهر.\n\n"
                 "ברוכים הבאים לפסטיבל השנתי של העיר.\n\nTickets go on sale Monday."),
        "emoji": make_release(headline="Harbour Festival 🎉 Returns with Fireworks 🎆",
                              body="Join us 🎶 for music, food 🍜 and boats ⛵.\n\n"
                                   "Families 👨‍👩‍👧 welcome."),
        "twenty-thousand-words": make_release(body=_twenty_thousand_words()),
        "ten-contacts": make_release(contacts=[
            Contact(f"Contact Person {n}", "Press Officer", "Northgate Library Trust",
                    f"+1 555 0100 {200 + n}", f"press{n}@library.example") for n in range(10)]),
        "nested-lists": make_release(
            body="The plan has three parts:\n\n1. Buildings\n    - roof repairs\n"
                 "    - new lifts\n        1. east wing\n        2. west wing\n"
                 "2. Services\n3. Staff\n\nMore detail follows in spring."),
        "many-links": make_release(body=" ".join(
            f"See [resource {n}](https://library.example/r/{n})." for n in range(40))),
        "embargo": make_release(
            status="embargoed", embargo_zone="Europe/Berlin",
            embargo_until=datetime(2026, 12, 1, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))),
        "empty-optional": Release(headline="Only the headline and a line of body",
                                  body="One line of body text.", release_date=date(2026, 11, 25)),
    }


def corpus() -> dict[str, Release]:
    releases = {p.name[: -len(".release")]: document.load(p)
                for p in sorted(SAMPLES.glob("*.release"))}
    releases.update(tricky_releases())
    return releases


def expected_texts(release: Release) -> dict[str, list[str]]:
    """What any faithful reader of an export must find: paragraphs, contacts, footer lines."""
    layout = build_layout(release)
    paragraphs = [text for text in t.block_texts(layout.body) + t.block_texts(layout.boilerplate)
                  if text.strip()]
    contacts = [value for c in layout.contacts for value in (c.name, c.email) if value]
    return {"paragraphs": paragraphs, "contacts": contacts,
            "footer": [line.text for line in layout.footer]}


def squash(text: str) -> str:
    """Whitespace folded, so line wrapping and spacing differences do not matter."""
    return " ".join(text.split())


def missing(haystack: str, needles: list[str]) -> list[str]:
    flat = squash(haystack)
    return [n for n in needles if squash(n) not in flat]


__all__ = ["Path", "corpus", "expected_texts", "missing", "squash", "tricky_releases"]

"""Hypothesis strategies for whole releases as offices write them (issue 23, point 3).

English or Chinese; headline, optional subheadline, immediate or embargoed (in one of
several zones, or until further notice), release date, optional dateline, a body of
paragraphs with bold, italic and links, subheadings, bullet and numbered lists, and photo
references between paragraphs; 0–4 media contacts; an About section; 0–3 photos (JPEG or
PNG, with or without transparency, 16 px to 2400 px wide, caption, credit and alt text
each optional, any of them the lead).
"""

from __future__ import annotations

import copy
import functools
import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from releasedesk.media.intake import photo_from_bytes
from releasedesk.model import Contact, Photo, Release

import photo_files as pf
from helpers import make_release

EN_WORDS = ("harbour", "ferry", "library", "council", "garden", "bridge", "market", "river",
            "school", "festival", "station", "museum", "orchard", "tram", "square", "seeds",
            "visitors", "families", "builders", "weekend", "evening", "quiet", "green")
ZH_WORDS = ("芬霍洛区", "河畔", "种子库", "图书馆", "新桥", "市场", "周末", "学校", "博物馆",
            "公园", "建设", "工程", "启动", "居民", "游客", "夜晚", "绿色", "码头")
EN_PLACES = ("PORT CALLOWAY", "NORTHGATE", "FERNHOLLOW", "MARROW ISLAND", "TIDEWATER")
ZH_PLACES = ("芬霍洛", "潮水镇", "北门市", "磨坊广场")
EN_NAMES = ("Ada Brill", "Tomasz Lerner", "Mira Holt", "Dana Whitlock", "Rafael Okonjo")
ZH_NAMES = ("林晓", "王芳", "陈一鸣", "赵明", "周海燕")
ZONES = ("Europe/Berlin", "America/New_York", "Asia/Shanghai", "UTC")
URLS = ("https://library.example/hours", "https://harbour.example/ferries/new",
        "https://芬霍洛.example/种子库")


@st.composite
def phrase(draw: st.DrawFn, chinese: bool, low: int = 3, high: int = 8) -> str:
    words = draw(st.lists(st.sampled_from(ZH_WORDS if chinese else EN_WORDS), min_size=low,
                          max_size=high))
    return ("" if chinese else " ").join(words)


@st.composite
def sentence(draw: st.DrawFn, chinese: bool, marks: bool = True) -> str:
    """A sentence, some of its words bold, italic or a link when *marks*."""
    parts = [draw(phrase(chinese, 2, 5))]
    for _ in range(draw(st.integers(0, 2) if marks else st.just(0))):
        words = draw(phrase(chinese, 1, 3))
        kind = draw(st.sampled_from(("bold", "italic", "link")))
        parts.append({"bold": f"**{words}**", "italic": f"*{words}*",
                      "link": f"[{words}]({draw(st.sampled_from(URLS))})"}[kind])
        parts.append(draw(phrase(chinese, 1, 3)))
    text = ("" if chinese else " ").join(parts)
    return text + "。" if chinese else text[0].upper() + text[1:] + "."


@st.composite
def body_block(draw: st.DrawFn, chinese: bool) -> str:
    kind = draw(st.sampled_from(("paragraph", "paragraph", "paragraph", "heading", "bullets",
                                 "numbers")))
    if kind == "heading":
        return "## " + draw(phrase(chinese, 2, 4)).capitalize()
    if kind in ("bullets", "numbers"):
        items = draw(st.lists(sentence(chinese), min_size=2, max_size=4))
        return "\n".join(f"{n}. {item}" if kind == "numbers" else f"- {item}"
                         for n, item in enumerate(items, start=1))
    gap = "" if chinese else " "
    return gap.join(draw(st.lists(sentence(chinese), min_size=1, max_size=3)))


def photo_of(number: int, width: int, height: int, kind: str) -> Photo:
    """A photo as `photo add` keeps it: metadata stripped, named after its file (a copy of
    its own: the strategies set its words and lead)."""
    return copy.deepcopy(_photo_made(number, width, height, kind))


@functools.lru_cache(maxsize=64)
def _photo_made(number: int, width: int, height: int, kind: str) -> Photo:
    """Drawing, encoding and taking in a picture of up to 2400 px costs more than the test
    it feeds; Hypothesis draws a size again when it varies an example, so each is made
    once."""
    buffer = io.BytesIO()
    mode = {"jpg": "RGB", "png": "RGB", "png-alpha": "RGBA"}[kind]
    pf.picture(width, height, mode).save(buffer, "JPEG" if kind == "jpg" else "PNG",
                                         quality=85)
    suffix = "jpg" if kind == "jpg" else "png"
    return photo_from_bytes(buffer.getvalue(), f"photo-{number}.{suffix}").photo


@st.composite
def photos(draw: st.DrawFn, chinese: bool, names: tuple[str, ...]) -> list[Photo]:
    made: list[Photo] = []
    for number in range(draw(st.integers(0, 3))):
        photo = photo_of(number, draw(st.integers(16, 2400)), draw(st.integers(16, 1200)),
                         draw(st.sampled_from(("jpg", "png", "png-alpha"))))
        photo.caption = draw(st.just("") | sentence(chinese, marks=False))
        photo.credit = draw(st.just("") | st.sampled_from(names))
        photo.alt = draw(st.just("") | phrase(chinese, 3, 6).map(
            lambda text: ("照片：" if chinese else "Picture of ") + text))
        made.append(photo)
    lead_one: bool = draw(st.booleans())
    if made and lead_one:
        lead: Photo = draw(st.sampled_from(made))
        lead.lead = True
    return made


@st.composite
def contacts(draw: st.DrawFn, chinese: bool, names: tuple[str, ...]) -> list[Contact]:
    role = "新闻官" if chinese else "Press Officer"
    organization = "芬霍洛区行政公署" if chinese else "Northgate Library Trust"
    chosen = draw(st.lists(st.sampled_from(names), max_size=4, unique=True))
    return [Contact(name, draw(st.sampled_from(("", role))),
                    draw(st.sampled_from(("", organization))),
                    draw(st.sampled_from(("", f"+1 555 0100 2{number:02d}"))),
                    f"press{number}@trust.example")
            for number, name in enumerate(chosen)]


@st.composite
def releases(draw: st.DrawFn) -> Release:
    chinese = draw(st.booleans())
    names = ZH_NAMES if chinese else EN_NAMES
    headline = draw(phrase(chinese, 3, 7))
    if not chinese:
        headline = " ".join(word.capitalize() for word in headline.split())
    subheadline = draw(st.just("") | phrase(chinese, 4, 9).map(
        lambda text: text if chinese else text.capitalize()))
    embargoed = draw(st.booleans())
    zone = draw(st.sampled_from(ZONES))
    until = datetime(2027, draw(st.integers(1, 12)), draw(st.integers(1, 28)),
                     draw(st.integers(0, 23)), draw(st.sampled_from((0, 15, 30, 45))),
                     tzinfo=ZoneInfo(zone)) if embargoed else None
    if embargoed and draw(st.integers(0, 4)) == 0:
        until, zone = None, ""  # embargoed until further notice
    the_photos = draw(photos(chinese, names))
    blocks = draw(st.lists(body_block(chinese), min_size=1, max_size=6))
    for at in range(len(blocks) - 1, 0, -1):  # two lists of a kind in a row are one list
        if blocks[at][:2] == blocks[at - 1][:2] and blocks[at][:2] in ("- ", "1."):
            blocks.insert(at, draw(sentence(chinese)))
    for photo in the_photos:  # the body places some photos between its paragraphs
        if draw(st.booleans()):
            at = draw(st.integers(1, len(blocks)))
            blocks.insert(at, f"![{photo.alt}](photo:{photo.id})")
    if not any(not b.startswith(("## ", "![", "- ", "1. ")) for b in blocks[:1]):
        blocks.insert(0, draw(sentence(chinese)))  # a release opens with a paragraph
    return make_release(
        language="zh-CN" if chinese else "en", headline=headline, subheadline=subheadline,
        status="embargoed" if embargoed else "immediate", embargo_until=until,
        embargo_zone=zone if embargoed else "",
        release_date=draw(st.dates(date(2020, 1, 1), date(2030, 12, 31))),
        dateline=draw(st.just("") | st.sampled_from(ZH_PLACES if chinese else EN_PLACES)),
        organization="芬霍洛区行政公署" if chinese else "Northgate Library Trust",
        body="\n\n".join(blocks), contacts=draw(contacts(chinese, names)),
        boilerplate=" ".join(draw(st.lists(sentence(chinese), min_size=1, max_size=2))),
        photos=the_photos)

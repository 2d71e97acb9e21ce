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


# Each strategy below is made once and drawn from again (functools.cache): a strategy is
# immutable, and making one (lists of sampled words, for every phrase of every example)
# cost more than drawing from it. The same strategies draw the same examples.
_WORD = {False: st.sampled_from(EN_WORDS), True: st.sampled_from(ZH_WORDS)}
_MARKS = st.sampled_from(("bold", "italic", "link"))
_URL = st.sampled_from(URLS)
_MARK_COUNT = {True: st.integers(0, 2), False: st.just(0)}
_BLOCK_KIND = st.sampled_from(("paragraph", "paragraph", "paragraph", "heading", "bullets",
                               "numbers"))


@functools.cache
def _words(chinese: bool, low: int, high: int) -> st.SearchStrategy[list[str]]:
    return st.lists(_WORD[chinese], min_size=low, max_size=high)


@st.composite
def _phrase(draw: st.DrawFn, chinese: bool, low: int = 3, high: int = 8) -> str:
    words = draw(_words(chinese, low, high))
    return ("" if chinese else " ").join(words)


@functools.cache
def phrase(chinese: bool, low: int = 3, high: int = 8) -> st.SearchStrategy[str]:
    """Words of the language, *low* to *high* of them."""
    return _phrase(chinese, low, high)


@st.composite
def _sentence(draw: st.DrawFn, chinese: bool, marks: bool = True) -> str:
    parts = [draw(phrase(chinese, 2, 5))]
    for _ in range(draw(_MARK_COUNT[marks])):
        words = draw(phrase(chinese, 1, 3))
        kind = draw(_MARKS)
        parts.append({"bold": f"**{words}**", "italic": f"*{words}*",
                      "link": f"[{words}]({draw(_URL)})"}[kind])
        parts.append(draw(phrase(chinese, 1, 3)))
    text = ("" if chinese else " ").join(parts)
    return text + "。" if chinese else text[0].upper() + text[1:] + "."


@functools.cache
def sentence(chinese: bool, marks: bool = True) -> st.SearchStrategy[str]:
    """A sentence, some of its words bold, italic or a link when *marks*."""
    return _sentence(chinese, marks)


@functools.cache
def _sentences(chinese: bool, low: int, high: int) -> st.SearchStrategy[list[str]]:
    return st.lists(sentence(chinese), min_size=low, max_size=high)


@st.composite
def _body_block(draw: st.DrawFn, chinese: bool) -> str:
    kind = draw(_BLOCK_KIND)
    if kind == "heading":
        return "## " + draw(phrase(chinese, 2, 4)).capitalize()
    if kind in ("bullets", "numbers"):
        items = draw(_sentences(chinese, 2, 4))
        return "\n".join(f"{n}. {item}" if kind == "numbers" else f"- {item}"
                         for n, item in enumerate(items, start=1))
    gap = "" if chinese else " "
    return gap.join(draw(_sentences(chinese, 1, 3)))


@functools.cache
def body_block(chinese: bool) -> st.SearchStrategy[str]:
    """A paragraph of sentences, a subheading, or a bullet or numbered list."""
    return _body_block(chinese)


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


_BOOLEAN = st.booleans()
_PHOTO_COUNT, _WIDTH, _HEIGHT = st.integers(0, 3), st.integers(16, 2400), st.integers(16, 1200)
_PICTURE_KIND = st.sampled_from(("jpg", "png", "png-alpha"))
_ZONE = st.sampled_from(ZONES)
_MONTH, _DAY, _HOUR = st.integers(1, 12), st.integers(1, 28), st.integers(0, 23)
_MINUTE = st.sampled_from((0, 15, 30, 45))
_ONE_IN_FIVE = st.integers(0, 4)
_DATE = st.dates(date(2020, 1, 1), date(2030, 12, 31))


@functools.cache
def _one_of(values: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.sampled_from(values)


@functools.cache
def _integers(low: int, high: int) -> st.SearchStrategy[int]:
    return st.integers(low, high)


@functools.cache
def _caption(chinese: bool) -> st.SearchStrategy[str]:
    return st.just("") | sentence(chinese, marks=False)


@functools.cache
def _credit(names: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.just("") | st.sampled_from(names)


@functools.cache
def _alt(chinese: bool) -> st.SearchStrategy[str]:
    return st.just("") | phrase(chinese, 3, 6).map(
        lambda text: ("照片：" if chinese else "Picture of ") + text)


@st.composite
def _photos(draw: st.DrawFn, chinese: bool, names: tuple[str, ...]) -> list[Photo]:
    made: list[Photo] = []
    for number in range(draw(_PHOTO_COUNT)):
        photo = photo_of(number, draw(_WIDTH), draw(_HEIGHT), draw(_PICTURE_KIND))
        photo.caption = draw(_caption(chinese))
        photo.credit = draw(_credit(names))
        photo.alt = draw(_alt(chinese))
        made.append(photo)
    lead_one: bool = draw(_BOOLEAN)
    if made and lead_one:
        lead: Photo = draw(st.sampled_from(made))
        lead.lead = True
    return made


@functools.cache
def photos(chinese: bool, names: tuple[str, ...]) -> st.SearchStrategy[list[Photo]]:
    """0-3 photos of any size and kind, their words in the language, any one the lead."""
    return _photos(chinese, names)


@functools.cache
def _chosen(names: tuple[str, ...]) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(names), max_size=4, unique=True)


@st.composite
def _contacts(draw: st.DrawFn, chinese: bool, names: tuple[str, ...]) -> list[Contact]:
    role = "新闻官" if chinese else "Press Officer"
    organization = "芬霍洛区行政公署" if chinese else "Northgate Library Trust"
    chosen = draw(_chosen(names))
    return [Contact(name, draw(_one_of(("", role))),
                    draw(_one_of(("", organization))),
                    draw(_one_of(("", f"+1 555 0100 2{number:02d}"))),
                    f"press{number}@trust.example")
            for number, name in enumerate(chosen)]


@functools.cache
def contacts(chinese: bool, names: tuple[str, ...]) -> st.SearchStrategy[list[Contact]]:
    """0-4 media contacts of *names*, each part but the e-mail address optional."""
    return _contacts(chinese, names)


@functools.cache
def _subheadline(chinese: bool) -> st.SearchStrategy[str]:
    return st.just("") | phrase(chinese, 4, 9).map(
        lambda text: text if chinese else text.capitalize())


@functools.cache
def _blocks(chinese: bool) -> st.SearchStrategy[list[str]]:
    return st.lists(body_block(chinese), min_size=1, max_size=6)


@functools.cache
def _dateline(chinese: bool) -> st.SearchStrategy[str]:
    return st.just("") | st.sampled_from(ZH_PLACES if chinese else EN_PLACES)


@st.composite
def releases(draw: st.DrawFn) -> Release:
    chinese = draw(_BOOLEAN)
    names = ZH_NAMES if chinese else EN_NAMES
    headline = draw(phrase(chinese, 3, 7))
    if not chinese:
        headline = " ".join(word.capitalize() for word in headline.split())
    subheadline = draw(_subheadline(chinese))
    embargoed = draw(_BOOLEAN)
    zone = draw(_ZONE)
    until = datetime(2027, draw(_MONTH), draw(_DAY), draw(_HOUR), draw(_MINUTE),
                     tzinfo=ZoneInfo(zone)) if embargoed else None
    if embargoed and draw(_ONE_IN_FIVE) == 0:
        until, zone = None, ""  # embargoed until further notice
    the_photos = draw(photos(chinese, names))
    blocks = draw(_blocks(chinese))
    for at in range(len(blocks) - 1, 0, -1):  # two lists of a kind in a row are one list
        if blocks[at][:2] == blocks[at - 1][:2] and blocks[at][:2] in ("- ", "1."):
            blocks.insert(at, draw(sentence(chinese)))
    for photo in the_photos:  # the body places some photos between its paragraphs
        if draw(_BOOLEAN):
            at = draw(_integers(1, len(blocks)))
            blocks.insert(at, f"![{photo.alt}](photo:{photo.id})")
    if not any(not b.startswith(("## ", "![", "- ", "1. ")) for b in blocks[:1]):
        blocks.insert(0, draw(sentence(chinese)))  # a release opens with a paragraph
    return make_release(
        language="zh-CN" if chinese else "en", headline=headline, subheadline=subheadline,
        status="embargoed" if embargoed else "immediate", embargo_until=until,
        embargo_zone=zone if embargoed else "",
        release_date=draw(_DATE),
        dateline=draw(_dateline(chinese)),
        organization="芬霍洛区行政公署" if chinese else "Northgate Library Trust",
        body="\n\n".join(blocks), contacts=draw(contacts(chinese, names)),
        boilerplate=" ".join(draw(_sentences(chinese, 1, 2))),
        photos=the_photos)

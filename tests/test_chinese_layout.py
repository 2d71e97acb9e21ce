"""A Chinese release set as Chinese offices set it (issue 24, points 4, 5 and 6).

Typography by language (faces, indent, justification, title, emphasis) in HTML, PDF,
DOCX, e-mail and preview; GB/T 15834 line breaking in the text export; dates, datelines
and embargo times in Chinese; the paper by language and house; the GB/T 9704 profile.
"""

from __future__ import annotations

import contextlib
import html
import io
import re
import zipfile
import zlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk import document
from releasedesk.clearance.sheet import render_sheet
from releasedesk.errors import ReleaseDeskError
from releasedesk.exporting import draft_bytes
from releasedesk.model import Conventions, Release
from releasedesk.profiles import ProfileStore, apply_profile, profile_from_dict
from releasedesk.render import build_layout
from releasedesk.render.email_writer import inline_styled_html
from releasedesk.render.html_writer import HtmlOptions, render_fragment
from releasedesk.render.text_writer import NO_LINE_END, NO_LINE_START, text_width, wrap_line
from releasedesk.render.typesetting import (
    CHINESE,
    LATIN,
    is_cjk_face,
    qt_css,
    type_set,
)
from releasedesk.render.words import (
    format_date,
    format_dateline,
    format_moment,
    format_weekday,
    words_for,
)
from releasedesk.workflow import ApprovalPolicy

from export_helpers import twips
from helpers import make_release

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def chinese(**fields: object) -> Release:
    release = make_release(
        language="zh-CN", headline="芬霍洛区磨坊广场夜市下月开张", subheadline="每周五晚开放",
        dateline="无锡", organization="芬霍洛区行政公署",
        body="芬霍洛区行政公署今天宣布，夜市将于12月5日开放。\n\n请*注意安全*，**遵守秩序**。",
        boilerplate="芬霍洛区行政公署负责全区行政事务。", keywords=["夜市"], end_mark="")
    for key, value in fields.items():
        setattr(release, key, value)
    return release


# -- GB/T 15834 line breaking --------------------------------------------------------

_ZH_WORDS = ["芬霍洛", "区", "行政公署", "今天", "宣布", "夜市", "摊位", "两百个", "以", "本地",
             "农产品", "为主", "12月5日", "0510-8555"]
_EN_WORDS = ["night", "market", "opens", "stalls", "Fernhollow", "district", "2026", "SMEs"]
_CLOSING = "，。、；：？！）」』》”’"
_OPENING = "（「『《“‘"


@st.composite
def mixed_paragraph(draw: st.DrawFn) -> str:
    """A paragraph of Chinese phrases, English words and punctuation, as people write."""
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 40))):
        kind = draw(st.sampled_from(["zh", "zh", "zh", "en", "open", "close", "space"]))
        if kind == "zh":
            parts.append(draw(st.sampled_from(_ZH_WORDS)))
        elif kind == "en":
            parts.append(" " + draw(st.sampled_from(_EN_WORDS)) + " ")
        elif kind == "open":
            parts.append(draw(st.sampled_from(_OPENING)) + draw(st.sampled_from(_ZH_WORDS)))
        elif kind == "close":
            parts.append(draw(st.text(_CLOSING, min_size=1, max_size=2)))
        else:
            parts.append(" ")
    return "".join(parts).strip()


@settings(max_examples=60, deadline=None)
@given(mixed_paragraph())
def test_closing_punctuation_never_starts_a_line_nor_opening_ends_one(text: str) -> None:
    for width in range(20, 101):
        lines = wrap_line(text, width)
        # Nothing lost: the text is the lines joined, but for the spaces at breaks.
        assert "".join(lines).replace(" ", "") == text.replace(" ", ""), width
        for number, line in enumerate(lines):
            assert text_width(line) <= width, (width, line)
            if number and line:
                assert line[0] not in NO_LINE_START, (width, lines)
            if number < len(lines) - 1 and line:
                assert line[-1] not in NO_LINE_END, (width, lines)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_ZH_WORDS[:12]), min_size=10, max_size=80))
def test_chinese_wraps_between_characters_two_columns_each(words: list[str]) -> None:
    text = "".join(words)
    for width in range(20, 101):
        lines = wrap_line(text, width)
        for line in lines[:-1]:
            # Filled to the width (less a character the next may not be parted from):
            # no waiting for a space that Chinese does not write.
            assert width - 2 <= text_width(line) <= width, (width, line)


@pytest.mark.parametrize(("text", "width"), [
    ("夜市将于下月开放（详见通知）。请注意安全！", 20),
    ("夜市将于下月开放，请关注《芬霍洛日报》的报道。", 22),
    ("他说：“便民、安全、有序。”然后离开了会场。", 20),
])
def test_known_breaks(text: str, width: int) -> None:
    lines = wrap_line(text, width)
    assert all(not line or line[0] not in NO_LINE_START for line in lines[1:]), lines
    assert all(not line or line[-1] not in NO_LINE_END for line in lines[:-1]), lines


def test_the_text_export_wraps_a_chinese_release_by_those_rules() -> None:
    release = chinese(body="芬霍洛区行政公署今天宣布（" + "夜市摊位" * 20 + "），敬请关注。")
    text = draft_bytes(release, "txt", wrap=30).decode()
    for line in text.splitlines():
        assert text_width(line) <= 30
    assert not any(line.startswith(tuple(_CLOSING)) for line in text.splitlines())


# -- dates, datelines, embargoes --------------------------------------------------------

# Every weekday, month ends, a leap day, year ends.
DAYS = [date(2020, 11, 16) + timedelta(days=n) for n in range(7)] + [
    date(2024, 2, 29), date(2023, 2, 28), date(2026, 1, 31), date(2026, 4, 30),
    date(2026, 12, 31), date(2027, 1, 1), date(2000, 2, 29)]
WEEKDAYS_ZH = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]


@pytest.mark.parametrize("day", DAYS, ids=str)
@pytest.mark.parametrize("date_format", ["ap", "iso", "long", "zh"])
def test_a_chinese_date_prints_in_chinese_whatever_the_house_format(day: date,
                                                                    date_format: str) -> None:
    assert format_date(day, date_format, "zh-CN") == f"{day.year}年{day.month}月{day.day}日"
    assert format_weekday(day, "zh-CN") == WEEKDAYS_ZH[day.weekday()]
    assert format_weekday(day, "en") == day.strftime("%A")
    words = words_for("zh-CN")
    assert format_dateline(words, "无锡", day, date_format, "zh") == \
        f"无锡{day.month}月{day.day}日电"
    assert format_dateline(words, "本报讯", day, date_format, "zh") == "本报讯"
    assert format_dateline(words, "本报无锡", day, date_format, "zh") == \
        f"本报无锡{day.month}月{day.day}日电"


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_no_iso_date_prints_in_a_chinese_release(day: date) -> None:
    release = chinese(release_date=day, conventions=Conventions(
        date_format="iso", release_line="发布时间：{date} {weekday}", status_line=False))
    expected = f"{day.year}年{day.month}月{day.day}日"
    text = draft_bytes(release, "txt").decode()
    assert f"发布时间：{expected} {WEEKDAYS_ZH[day.weekday()]}" in text
    assert f"无锡{day.month}月{day.day}日电\u3000芬霍洛区" in text
    page = draft_bytes(release, "html").decode()
    visible = re.sub(r"<[^>]+>", "", page.split("<body>")[1])
    words = "\n".join(p.text for p in docx.Document(
        io.BytesIO(draft_bytes(release, "docx"))).paragraphs)
    for shown in (text, visible, words):
        assert day.isoformat() not in shown
        assert expected in shown
    # Machines still read the ISO date.
    assert f'<time datetime="{day.isoformat()}">{expected}</time>' in page


EMBARGOES = [
    (datetime(2020, 11, 16, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai")), "2020年11月16日 09:30"),
    (datetime(2020, 11, 16, 1, 30, tzinfo=UTC), "2020年11月16日 09:30"),
    (datetime(2024, 2, 28, 20, 0, tzinfo=ZoneInfo("America/New_York")), "2024年2月29日 09:00"),
    (datetime(2026, 12, 31, 17, 0, tzinfo=ZoneInfo("Europe/Berlin")), "2027年1月1日 00:00"),
    (datetime(2026, 6, 1, 0, 0, tzinfo=ZoneInfo("Asia/Hong_Kong")), "2026年6月1日 00:00"),
]


@pytest.mark.parametrize(("moment", "beijing"), EMBARGOES, ids=lambda v: str(v))
@pytest.mark.parametrize("style", ["offset", "abbreviation"])
def test_a_chinese_embargo_is_in_beijing_time(moment: datetime, beijing: str,
                                              style: str) -> None:
    assert format_moment(moment, "iso", "zh-CN", str(moment.tzinfo), style) == \
        f"北京时间{beijing}"
    release = chinese(status="embargoed", embargo_until=moment,
                      conventions=Conventions(zone_style=style))
    notice = f"北京时间{beijing}前禁止发布"
    assert build_layout(release).status_line == notice
    assert notice in draft_bytes(release, "txt").decode()


# -- type by language ---------------------------------------------------------------------

def _css_lists(css: str) -> list[list[str]]:
    return [[face.strip().strip("\"'") for face in value.split(",")]
            for value in re.findall(r"font-family:\s*([^;}]+)", css)]


def _first_faces(lists: list[list[str]]) -> list[str]:
    return [faces[0] for faces in lists if faces and not faces[0].startswith("var(")]


@pytest.mark.parametrize(("language", "chinese_first"), [("zh-CN", True), ("zh", True),
                                                         ("zh-Hans-CN", True), ("en", False),
                                                         ("en-GB", False), ("fr", False)])
def test_every_font_list_starts_with_the_language_s_faces(language: str,
                                                          chinese_first: bool) -> None:
    release = chinese(language=language) if chinese_first else make_release(language=language)
    page = draft_bytes(release, "html").decode()
    variables = re.findall(r"--release-(?:serif|sans|title):\s*([^;]+);", page)
    lists = [[f.strip().strip("\"'") for f in v.split(",")] for v in variables]
    mail = html.unescape(inline_styled_html(build_layout(release)))
    lists += _css_lists(mail) + _css_lists(qt_css(build_layout(release).type, 16))
    assert len(lists) >= 6
    for faces in lists:
        assert is_cjk_face(faces[0]) == chinese_first, faces
        if not chinese_first:  # Latin faces before any Chinese one: no full-width quotes
            first_cjk = next(i for i, f in enumerate(faces) if is_cjk_face(f))
            assert first_cjk >= 3, faces
    styles = zipfile.ZipFile(io.BytesIO(draft_bytes(release, "docx"))).read(
        "word/styles.xml").decode()
    # The sign-off sheet too.
    styles += zipfile.ZipFile(io.BytesIO(render_sheet(release, ApprovalPolicy()))).read(
        "word/styles.xml").decode()
    for ascii_face, east_asian in re.findall(r'w:rFonts w:ascii="([^"]+)"[^>]*w:eastAsia="([^"]+)"',
                                             styles):
        assert is_cjk_face(east_asian)
        if ascii_face != "Courier New":
            assert is_cjk_face(ascii_face) == chinese_first, ascii_face


def test_a_chinese_page_indents_justifies_centres_and_never_slants() -> None:
    page = draft_bytes(chinese(), "html").decode()
    assert re.search(r"\.release-body > p[^{]*\{[^}]*text-indent: 2em;[^}]*text-align: justify",
                     page)
    assert re.search(r"\.release-headline[^{]*\{[^}]*text-align: center", page)
    assert "--release-title:" in page and "font-family: var(--release-title)" in page
    assert re.search(r"em \{ font-style: normal; text-emphasis: filled dot", page)
    assert re.search(r"\.release-subheadline[^{]*\{ font-style: normal", page)
    english = draft_bytes(make_release(), "html").decode()
    assert "text-indent" not in english and "text-emphasis" not in english


def test_a_chinese_pdf_marks_emphasis_with_dots_its_engine_can_draw() -> None:
    from releasedesk.render.pdf_writer import pdf_css

    layout = build_layout(chinese())
    assert "em { text-decoration: underline dotted" in pdf_css(layout.paper, layout)
    english = build_layout(make_release())
    assert "underline dotted" not in pdf_css(english.paper, english)


def _docx_xml(release: Release, part: str = "word/document.xml") -> str:
    return zipfile.ZipFile(io.BytesIO(draft_bytes(release, "docx"))).read(part).decode()


def _style(styles: str, style_id: str) -> str:
    match = re.search(rf'<w:style [^>]*w:styleId="{style_id}".*?</w:style>', styles, re.S)
    assert match is not None, style_id
    return match.group(0)


def test_a_chinese_word_document_by_its_styles() -> None:
    release = chinese()
    styles = _docx_xml(release, "word/styles.xml")
    normal = _style(styles, "Normal")
    assert 'w:firstLineChars="200"' in normal and '<w:jc w:val="both"/>' in normal
    title = _style(styles, "Title")
    assert '<w:jc w:val="center"/>' in title and "<w:b/>" in title
    assert 'w:firstLineChars="0"' in title and 'w:eastAsia="Noto Sans CJK SC"' in title
    assert "<w:i/>" not in _style(styles, "Subtitle")
    for lines_apart in ("Contact", "Footer"):
        assert '<w:jc w:val="left"/>' in _style(styles, lines_apart)
    body = _docx_xml(release)
    # Emphasis: emphasis dots (着重号), never a slanted Chinese character.
    assert '<w:rPr><w:em w:val="dot"/></w:rPr><w:t>注意安全</w:t>' in body
    assert "<w:i/>" not in body
    english = _docx_xml(make_release())
    assert "<w:i/>" in english and "w:em " not in english
    assert "firstLineChars" not in _docx_xml(make_release(), "word/styles.xml")


# -- the paper ------------------------------------------------------------------------------

def _page_twips(release: Release) -> tuple[int, int]:
    section = docx.Document(io.BytesIO(draft_bytes(release, "docx"))).sections[0]
    return twips(section.page_width), twips(section.page_height)


A4, LETTER = (11906, 16838), (12240, 15840)


def is_a4(pdf: bytes) -> bool:
    """Whether every page of *pdf* is A4 (595 × 842 pt), its streams inflated."""
    parts = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        with contextlib.suppress(zlib.error):
            parts.append(zlib.decompress(match.group(1)))
    boxes = re.findall(rb"/MediaBox ?\[ ?0 0 ([\d.]+) ([\d.]+) ?\]", b"\n".join(parts))
    return bool(boxes) and all(round(float(w)) == 595 and round(float(h)) == 842
                               for w, h in boxes)


@pytest.mark.parametrize(("language", "paper", "expected"), [
    ("zh-CN", "", A4), ("zh-TW", "", A4), ("zh", "a4", A4), ("en", "", A4),
    ("en-GB", "", A4), ("en-US", "", LETTER), ("en-CA", "", LETTER), ("en-US", "a4", A4),
    ("en", "letter", LETTER)])
def test_the_word_document_s_paper_follows_the_house_else_the_language(
        language: str, paper: str, expected: tuple[int, int]) -> None:
    release = (chinese if language.startswith("zh") else make_release)(language=language)
    release.conventions.paper = paper
    assert _page_twips(release) == expected
    assert build_layout(release).paper == ("a4" if expected == A4 else "letter")


def test_every_chinese_profile_gives_a4_in_word_and_pdf() -> None:
    pytest.importorskip("weasyprint")
    profiles = [p for p in ProfileStore().load_all() if p.language.startswith("zh")]
    assert len(profiles) >= 2
    for profile in profiles:
        release = chinese()
        apply_profile(release, profile)
        assert _page_twips(release) == A4, profile.name
        assert is_a4(draft_bytes(release, "pdf")), profile.name


# -- GB/T 9704 ------------------------------------------------------------------------------

MM = 1440 / 25.4  # twips


def gbt9704_release() -> Release:
    release = chinese()
    apply_profile(release, ProfileStore().get("fernhollow-gongwen-zh"), contacts=False)
    return release


def test_the_gbt9704_profile_sets_the_official_page_in_word() -> None:
    release = gbt9704_release()
    opened = docx.Document(io.BytesIO(draft_bytes(release, "docx")))
    section = opened.sections[0]
    assert (twips(section.page_width), twips(section.page_height)) == A4
    margins = [section.top_margin, section.right_margin, section.bottom_margin,
               section.left_margin]
    assert [round(twips(m) / MM) for m in margins] == [37, 26, 35, 28]
    text_width_mm = (twips(section.page_width) - twips(section.left_margin)
                     - twips(section.right_margin)) / MM
    text_height_mm = (twips(section.page_height) - twips(section.top_margin)
                      - twips(section.bottom_margin)) / MM
    assert round(text_width_mm) == 156 and round(text_height_mm) == 225
    grid = section._sectPr.find(f"{W}docGrid")
    assert grid.get(f"{W}linePitch") == "579" and grid.get(f"{W}type") == "lines"
    styles = _docx_xml(release, "word/styles.xml")
    normal = _style(styles, "Normal")
    assert '<w:sz w:val="32"/>' in normal  # 三号: 16 pt
    assert 'w:eastAsia="FangSong"' in normal
    assert 'w:line="579" w:lineRule="exact"' in normal
    spacing = re.search(r'<w:spacing w:val="(-?\d+)"/>', normal)
    assert spacing is not None
    tracking = int(spacing.group(1)) / 20
    # 28 characters fill the 156 mm line, and a 29th does not fit.
    line_pt = 156 / 25.4 * 72
    assert 28 * (16 + tracking) <= line_pt < 29 * (16 + tracking)
    title = _style(styles, "Title")
    assert '<w:sz w:val="44"/>' in title  # 二号: 22 pt
    assert 'w:eastAsia="FZXiaoBiaoSong-B05S"' in title
    # 22 lines of 28.95 pt fill the 225 mm text height.
    assert abs(22 * 28.95 - text_height_mm / 25.4 * 72) < 2


def test_the_gbt9704_profile_sets_the_official_page_in_the_pdf() -> None:
    pytest.importorskip("weasyprint")
    from releasedesk.render.pdf_writer import pdf_css

    release = gbt9704_release()
    layout = build_layout(release)
    css = pdf_css(layout.paper, layout)
    assert "size: A4;" in css and "margin: 37mm 26mm 35mm 28mm;" in css
    page = draft_bytes(release, "html").decode()
    assert "body { font-size: 16pt; }" in page and "font-size: 22pt;" in page
    assert "line-height: 28.95pt;" in page
    assert page.index("--release-serif: FangSong, ") < page.index('"Noto Serif CJK SC"')
    assert is_a4(draft_bytes(release, "pdf"))


def test_a_house_s_faces_come_first_and_the_language_s_after() -> None:
    setting = type_set("zh-CN", "", {"body_fonts": ["FangSong"]})
    assert setting.body_fonts[0] == "FangSong"
    assert set(CHINESE.body_fonts) <= set(setting.body_fonts)
    assert type_set("en", "", {}) is LATIN


@pytest.mark.parametrize("typesetting", [
    {"margins_mm": [37, 26, 35]}, {"margins_mm": [37, 26, 35, "x"]},
    {"margins_mm": [37, 26, 35, 300]}, {"body_pt": 0}, {"body_pt": True},
    {"line_pitch_pt": "28.95"}, {"chars_per_line": 1000}, {"body_fonts": []},
    {"body_fonts": ['Evil"; } body { x']}, {"title_fonts": ["<w:b/>"]},
    {"body_fonts": "FangSong"}, {"page_colour": "red"}, ["body_pt", 16],
])
def test_unusable_type_settings_are_refused_in_one_sentence(typesetting: object) -> None:
    data = {"format": "releasedesk-profile", "version": 1, "name": "odd",
            "conventions": {"typesetting": typesetting}}
    with pytest.raises(ReleaseDeskError) as raised:
        profile_from_dict(data, "odd.json")
    message = raised.value.message
    assert message.startswith("The profile odd.json is damaged:") and "\n" not in message
    release = document.to_dict(make_release())
    release["conventions"]["typesetting"] = typesetting
    with pytest.raises(ReleaseDeskError):
        document.from_dict(release)


def test_type_settings_survive_a_save_and_a_load() -> None:
    release = gbt9704_release()
    back = document.from_dict(document.to_dict(release))
    assert back.conventions.typesetting == release.conventions.typesetting
    assert build_layout(back).type == build_layout(release).type


# -- the editor's preview ---------------------------------------------------------------

def test_the_preview_sets_chinese_as_the_exports_do() -> None:
    layout = build_layout(chinese())
    css = qt_css(layout.type, 16)
    assert "text-indent: 32px" in css and "h1, .release-subheadline, .release-line" in css
    assert "em { font-style: normal; font-weight: bold; }" in css
    release = chinese(body="甲\n\n> 乙 \u05d0\n\n- 丙\n\n  丁", boilerplate="戊")
    justified = render_fragment(build_layout(release), HtmlOptions(justify=True))
    # Every paragraph of body and About, however deep, and none elsewhere.
    assert justified.count('align="justify"') == 5
    assert '<p align="justify" dir="auto">' in justified
    assert '<address class="release-contact"><p>' in justified
    assert render_fragment(build_layout(release), HtmlOptions()) \
        == render_fragment(build_layout(release))
    assert 'align="justify"' not in render_fragment(build_layout(release))
    assert "text-indent" not in qt_css(LATIN, 16)


def test_a_chinese_word_document_names_chinese_for_its_east_asian_text() -> None:
    import io
    import re
    import zipfile

    from releasedesk import document
    from releasedesk.exporting import draft_bytes

    from conftest import SAMPLES

    data = draft_bytes(document.load(SAMPLES / "fernhollow-night-market-zh.release"), "docx")
    settings = zipfile.ZipFile(io.BytesIO(data)).read("word/settings.xml").decode()
    found = re.search(r'<w:themeFontLang [^>]*w:eastAsia="([^"]+)"', settings)
    assert found is not None and found.group(1) == "zh-CN"


_P_BASE_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr",
                 "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs",
                 "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
                 "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
                 "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
                 "suppressOverlap", "jc", "textDirection", "textAlignment",
                 "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr",
                 "pPrChange"]


@pytest.mark.parametrize("which", ["chinese", "gbt9704", "english",
                                   *sorted(p.name for p in SAMPLES.glob("*.release"))])
def test_word_adds_no_space_between_chinese_and_latin(which: str) -> None:
    """The page and the PDF set "12月5日" with no space added between Chinese and digits or
    Latin letters; Word would add some (its default), so the document's defaults turn
    that off: in its own order among the defaults' paragraph properties, once each."""
    release = {"chinese": chinese, "gbt9704": gbt9704_release,
               "english": make_release}.get(which, lambda: document.load(SAMPLES / which))()
    styles = _docx_xml(release, "word/styles.xml")
    defaults = re.search(r"<w:pPrDefault><w:pPr>(.*?)</w:pPr></w:pPrDefault>", styles, re.S)
    assert defaults is not None
    names = re.findall(r"<w:(\w+)[ />]", defaults.group(1))
    top = [n for n in names if n in _P_BASE_ORDER]
    assert top == sorted(top, key=_P_BASE_ORDER.index) and len(top) == len(set(top))
    assert '<w:autoSpaceDE w:val="0"/>' in defaults.group(1)
    assert '<w:autoSpaceDN w:val="0"/>' in defaults.group(1)
    assert "autoSpace" not in styles.replace(defaults.group(0), "")

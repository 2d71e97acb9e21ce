"""A release as a Chinese government portal publishes it (issue 24, points 3, 7 and 8).

Its fields (来源, 发布时间 with the time of day, 栏目, 作者, 责任编辑, 摘要, 引题, 短标题, the
page's address) print where a portal prints them, in every format, and nowhere else; they
are kept in the file and read back from older files and from drafts. The house style's
structured footer prints in the portals' order in every format and is recognised on import.
The HTML page carries the metadata Chinese government sites index pages by, every value
escaped.
"""

from __future__ import annotations

import copy
import functools
import io
import json
import shutil
import subprocess
from datetime import UTC, date
from pathlib import Path

import docx
import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from draft_score import import_corpus_draft
from releasedesk import document, fields
from releasedesk.body.safety import clean_line, safe_href
from releasedesk.clearance.fingerprint import fingerprint, printed
from releasedesk.errors import ReleaseDeskError
from releasedesk.exporting import draft_bytes
from releasedesk.importing import READERS, import_bytes
from releasedesk.model import PORTAL_TEXTS, Conventions, Release, is_portal
from releasedesk.profiles import (
    ProfileError,
    apply_profile,
    profile_from_dict,
    profile_to_dict,
    release_from_profile,
)
from releasedesk.render.layout import build_layout

from conftest import SAMPLES
from export_helpers import docx_footer_lines, paragraph_text
from helpers import make_release
from photo_files import photo

ZH_SAMPLE = SAMPLES / "fernhollow-night-market-zh.release"
ZH_PROFILE = SAMPLES.parent / "profiles" / "fernhollow-portal-zh.json"

# A value of its own for each portal field (made-up words, found nowhere else in the sample).
VALUES = {
    "lead_in": "周末夜游添新去处甲",
    "short_title": "夜市开张短题乙",
    "release_time": "09:30",
    "source": "芬霍洛区商务局丙",
    "column": "区政要闻丁",
    "author": "林思远戊",
    "responsible_editor": "周启航己",
    "summary": "夜市每周五六晚间开放庚",
    "page_url": "https://fernhollow.example/zh/news/portal-test.html",
}
# What each field prints as, in the release's text (None: it prints in no text of any format).
PRINTED = {
    "lead_in": VALUES["lead_in"],
    "short_title": None,
    "release_time": "发布时间：2026-11-25 09:30",
    "source": f"来源：{VALUES['source']}",
    "column": None,
    "author": f"作者：{VALUES['author']}",
    "responsible_editor": f"责任编辑：{VALUES['responsible_editor']}",
    "summary": None,  # (only where the house asks: test_the_summary_prints_where_the_house_asks)
    "page_url": None,
}
FORMATS = ("html", "fragment", "txt", "docx", "pdf", "eml")


def portal_release(**changes: object) -> Release:
    release = document.load(ZH_SAMPLE)
    for name in fields.PORTAL_FIELDS:
        setattr(release, name, VALUES[name])
    for name, value in changes.items():
        setattr(release, name, value)
    return release


def visible_text(release: Release, fmt: str) -> str:
    """Every word *fmt* shows a reader (a page's metadata aside), in order."""
    data = draft_bytes(release, fmt)
    if fmt in ("html", "fragment"):
        tree = lxml.html.fromstring(data.decode("utf-8"))
        body = tree if fmt == "fragment" else tree.body
        return str(body.text_content())
    if fmt == "txt":
        return data.decode("utf-8")
    if fmt == "docx":
        opened = docx.Document(io.BytesIO(data))
        return "\n".join([*(paragraph_text(p) for p in opened.paragraphs),
                          *docx_footer_lines(opened)])
    if fmt == "eml":
        from email import message_from_bytes, policy

        message = message_from_bytes(data, policy=policy.default)
        text = message.get_body(preferencelist=("plain",))
        return str(text.get_content()) if text is not None else ""
    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler's pdftotext")
    done = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"], input=data,
                          capture_output=True, check=True, timeout=60)
    return " ".join(done.stdout.decode("utf-8").split())


@functools.cache
def _texts(print_summary: bool) -> dict[str, str]:
    release = portal_release()
    release.conventions.print_summary = print_summary
    return {fmt: visible_text(release, fmt) for fmt in FORMATS}


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", fields.PORTAL_FIELDS)
def test_each_portal_field_prints_where_portals_print_it(name: str, fmt: str) -> None:
    text = _squash(_texts(False)[fmt])
    expected = PRINTED[name]
    if expected is None:
        assert _squash(VALUES[name]) not in text
    else:
        assert _squash(expected) in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_lead_in_stands_above_the_title_and_the_credits_after_the_body(fmt: str) -> None:
    text = _squash(_texts(False)[fmt])
    release = portal_release()
    order = [VALUES["lead_in"], release.headline, f"来源：{VALUES['source']}",
             "截止日期为11月30日", f"（作者：{VALUES['author']}", "媒体联系人"]
    places = [text.find(_squash(part)) for part in order]
    assert all(place >= 0 for place in places), list(zip(order, places, strict=True))
    assert places == sorted(places)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_summary_prints_where_the_house_asks(fmt: str) -> None:
    assert _squash("摘要：" + VALUES["summary"]) in _squash(_texts(True)[fmt])
    assert VALUES["summary"] not in _texts(False)[fmt]


def test_the_preview_shows_what_the_exports_print(qtbot: QtBot) -> None:
    from releasedesk.gui.preview.preview_pane import render_preview

    result = render_preview(portal_release())
    for shown in (result.web, result.word, result.text):
        flat = _squash(lxml.html.fromstring(f"<div>{shown}</div>").text_content()) \
            if "<" in shown else _squash(shown)
        for name, expected in PRINTED.items():
            if expected is None:
                assert _squash(VALUES[name]) not in flat, name
            else:
                assert _squash(expected) in flat, name
        assert "网站标识码：0000000118" in flat


def test_an_english_release_prints_none_of_it_unless_its_house_asks() -> None:
    release = make_release(**VALUES)
    assert not is_portal(release)
    for fmt in ("html", "txt", "docx"):
        text = visible_text(release, fmt)
        assert not any(value in text for value in VALUES.values() if value != "09:30"), fmt
    assert "SiteName" not in draft_bytes(release, "html").decode("utf-8")
    release.conventions.portal_fields = True
    assert f"Source: {VALUES['source']}" in visible_text(release, "txt")
    assert "Release time: 2026-11-25 09:30" in visible_text(release, "txt")


# -- the structured footer ------------------------------------------------------------------

FOOTER_ORDER = ["主办单位：芬霍洛区行政公署办公室", "承办单位：芬霍洛区大数据管理中心",
                "网站标识码：0000000118", "芬ICP备00000000号-1", "芬公网安备 00000000000118号",
                "联系我们", "无障碍浏览"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_structured_footer_prints_in_the_portals_order(fmt: str) -> None:
    text = _squash(_texts(False)[fmt])
    places = [text.find(_squash(entry)) for entry in FOOTER_ORDER]
    assert all(place >= 0 for place in places), list(zip(FOOTER_ORDER, places, strict=True))
    assert places == sorted(places)
    # After the standard footer's own lines.
    assert text.find(_squash("安全支持：河畔安全检测实验室")) < places[0]


def test_each_footer_entry_is_its_own_link_where_it_has_one() -> None:
    page = lxml.html.fromstring(draft_bytes(portal_release(), "html").decode("utf-8"))
    links = {str(a.text_content()): a.get("href")
             for a in page.xpath('//p[@class="release-portal-footer"]//a')}
    assert links == {"芬ICP备00000000号-1": "https://beian.miit.gov.cn/",
                     "芬公网安备 00000000000118号": "https://beian.mps.gov.cn/",
                     "联系我们": "https://fernhollow.example/zh/contact",
                     "无障碍浏览": "https://fernhollow.example/zh/accessibility"}
    opened = docx.Document(io.BytesIO(draft_bytes(portal_release(), "docx")))
    footer_xml = opened.sections[0].footer._element.xml
    assert footer_xml.count("<w:hyperlink") == 4
    text = draft_bytes(portal_release(), "txt").decode("utf-8")
    assert "芬ICP备00000000号-1 (https://beian.miit.gov.cn/)" in text


@pytest.mark.parametrize("key", [key for key in PORTAL_TEXTS if not key.endswith("_url")
                                 and key not in ("site_name", "site_url", "column_type")])
def test_an_unsafe_link_never_prints_but_its_entry_does(key: str) -> None:
    release = portal_release()
    setattr(release.conventions, key, "条目文字")
    setattr(release.conventions, f"{key}_url", "javascript:alert(1)")
    page = draft_bytes(release, "html").decode("utf-8")
    assert "javascript" not in page
    assert "条目文字" in lxml.html.fromstring(page).text_content()  # (its label's span apart)


@pytest.mark.parametrize("key", [key for key in PORTAL_TEXTS if key != "site_name"])
def test_every_portal_setting_that_prints_changes_the_fingerprint(key: str) -> None:
    release = portal_release()
    if key.endswith("_url") and key != "site_url":  # (a link prints with its entry)
        setattr(release.conventions, key.removesuffix("_url"), "有链接的条目")
    before = fingerprint(release)
    value = "https://other.example/x" if key.endswith("_url") else "另一值"
    setattr(release.conventions, key, value)
    assert fingerprint(release) != before


def test_a_release_without_a_portal_prints_nothing_new_into_its_fingerprint() -> None:
    for path in SAMPLES.glob("*.release"):
        release = document.load(path)
        if not is_portal(release):
            assert "portal" not in printed(build_layout(release)), path.name


# -- the file ---------------------------------------------------------------------------------

def test_the_fields_and_settings_survive_a_save_and_a_load(tmp_path: Path) -> None:
    release = portal_release()
    release.conventions.print_summary = True
    path = tmp_path / "story.release"
    document.save(release, path)
    loaded = document.load(path)
    for name in fields.PORTAL_FIELDS:
        assert getattr(loaded, name) == VALUES[name], name
    assert loaded.conventions == release.conventions
    assert fingerprint(loaded) == fingerprint(release)


def test_a_release_without_them_is_written_as_before(tmp_path: Path) -> None:
    release = make_release()
    data = document.to_dict(release)
    assert not set(fields.PORTAL_FIELDS) & set(data)
    assert not {"portal_fields", "print_summary", *PORTAL_TEXTS} & set(data["conventions"])


@pytest.mark.parametrize(("written", "kept"), [
    ("09:30", "09:30"), ("9:30", "09:30"), ("09:30:00", "09:30"), ("21：05", "21:05")])
def test_an_older_file_s_extras_become_the_fields(written: str, kept: str) -> None:
    """An import before these fields kept the portal's metadata among the file's unknown
    keys, under the names the fields now have: they are read as the fields."""
    data = document.to_dict(make_release(language="zh-CN"))
    data.update({"source": "芬霍洛区教育局", "author": "林晓雯", "responsible_editor": "周启明",
                 "release_time": written, "reviewer": "唐雨桐"})
    release = document.loads(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    assert (release.source, release.author, release.responsible_editor,
            release.release_time) == ("芬霍洛区教育局", "林晓雯", "周启明", kept)
    assert release.extra == {"reviewer": "唐雨桐"}  # (no field holds 审核: still kept)


def test_a_time_no_clock_reads_is_kept_aside_never_lost() -> None:
    data = document.to_dict(make_release(language="zh-CN"))
    data["release_time"] = "上午九点半"
    release = document.loads(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    assert release.release_time == ""
    assert release.extra["release_time_written"] == "上午九点半"


def test_saving_a_time_that_is_no_time_says_so_and_writes_nothing(tmp_path: Path) -> None:
    release = portal_release(release_time="soon")
    path = tmp_path / "story.release"
    with pytest.raises(ReleaseDeskError) as raised:
        document.save(release, path)
    assert "09:30" in raised.value.message and not path.exists()


# -- the house style ---------------------------------------------------------------------------

def test_the_zh_profile_carries_the_footer_and_gives_it_to_a_new_release() -> None:
    profile = profile_from_dict(json.loads(ZH_PROFILE.read_text("utf-8")), ZH_PROFILE.name)
    assert profile.conventions.sponsor and profile.conventions.site_code == "0000000118"
    release = release_from_profile(profile, date(2026, 11, 25))
    assert release.conventions == profile.conventions
    again = profile_from_dict(profile_to_dict(profile), "again.json")
    assert again.conventions == profile.conventions


@pytest.mark.parametrize(("key", "value"), [("sponsor", 3), ("icp_url", ["x"]),
                                            ("portal_fields", "yes"), ("print_summary", 1)])
def test_a_profile_with_a_portal_setting_of_the_wrong_type_is_refused_in_a_sentence(
        key: str, value: object) -> None:
    data = json.loads(ZH_PROFILE.read_text("utf-8"))
    data["conventions"][key] = value
    with pytest.raises(ProfileError) as raised:
        profile_from_dict(data, "broken.json")
    message = raised.value.message
    assert key in message and "broken.json" in message and "\n" not in message


def test_applying_a_house_style_brings_its_portal_settings() -> None:
    profile = profile_from_dict(json.loads(ZH_PROFILE.read_text("utf-8")), ZH_PROFILE.name)
    release = make_release()
    apply_profile(release, profile)
    assert release.conventions.icp == "芬ICP备00000000号-1"
    release.conventions.icp = "changed"
    assert profile.conventions.icp == "芬ICP备00000000号-1"  # (a copy, not shared)


# -- import -------------------------------------------------------------------------------------

def test_a_chinese_word_draft_fills_the_portal_fields() -> None:
    release = import_corpus_draft("fernhollow-health-zh.docx")
    assert (release.source, release.author, release.responsible_editor) == (
        "芬霍洛区卫生健康局", "吴思源", "钱立")
    assert "吴思源" not in release.body and "钱立" not in release.body
    assert not {"source", "author", "responsible_editor"} & set(release.extra)


def test_a_chinese_text_draft_fills_the_time_of_release() -> None:
    release = import_corpus_draft("fernhollow-education-zh.txt")
    assert (release.release_date, release.release_time) == (date(2024, 1, 25), "09:30")
    assert (release.source, release.author, release.responsible_editor) == (
        "芬霍洛区教育局", "林晓雯", "周启明")


PORTAL_FOOTER_DRAFTS = [
    # (footer lines as written, the settings they give)
    (["主办单位：芬霍洛区行政公署办公室  承办单位：芬霍洛区大数据管理中心",
      "网站标识码：0000000118  芬ICP备00000000号-1  芬公网安备 00000000000118号"],
     {"sponsor": "芬霍洛区行政公署办公室", "organizer": "芬霍洛区大数据管理中心",
      "site_code": "0000000118", "icp": "芬ICP备00000000号-1",
      "police_record": "芬公网安备 00000000000118号"}),
    (["主办：芬霍洛区行政公署 承办：芬霍洛区信息中心",
      "ICP备案号：芬ICP备00000001号 (https://beian.miit.gov.cn/)",
      "联系我们 (https://fernhollow.example/contact)"],
     {"sponsor": "芬霍洛区行政公署", "organizer": "芬霍洛区信息中心",
      "icp": "芬ICP备00000001号", "icp_url": "https://beian.miit.gov.cn/",
      "contact_us": "联系我们", "contact_us_url": "https://fernhollow.example/contact"}),
    (["网站标识码 0000000999", "公安机关备案号：芬公网安备 00000000000999号", "长者模式"],
     {"site_code": "0000000999", "police_record": "芬公网安备 00000000000999号",
      "accessibility": "长者模式"}),
]


@pytest.mark.parametrize(("lines", "expected"), PORTAL_FOOTER_DRAFTS)
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_a_portal_footer_on_import_goes_into_the_house_style_never_the_body(
        lines: list[str], expected: dict[str, str], fmt: str) -> None:
    paragraphs = ["芬霍洛区图书馆延长周末开放时间", "发布时间：2026-11-25 09:30",
                  "芬霍洛区图书馆今天宣布，自下月起周末开放时间延长至晚上八点。",
                  "读者可通过区图书馆网站查询各分馆的开放安排。"]
    if fmt == "txt":
        data = ("\n\n".join(paragraphs) + "\n\n" + "\n".join(lines) + "\n").encode("utf-8")
    else:
        drafted = docx.Document()
        for text in [*paragraphs, *lines]:
            drafted.add_paragraph(text)
        buffer = io.BytesIO()
        drafted.save(buffer)
        data = buffer.getvalue()
    release, _ = import_bytes(data, f"draft.{fmt}", READERS[fmt], profiles=[], zone=UTC)
    settings_ = {key: getattr(release.conventions, key) for key in PORTAL_TEXTS
                 if getattr(release.conventions, key)}
    assert settings_ == expected
    for value in expected.values():
        assert value not in release.body
    assert not any(value in line.text for line in release.footer for value in expected.values())
    assert release.release_time == "09:30"


def test_our_own_export_of_a_portal_release_imports_back_to_it() -> None:
    original = portal_release()
    original.source = original.organization  # (the 来源 line names the organisation then)
    for fmt in ("txt", "docx"):
        back, _ = import_bytes(draft_bytes(original, fmt), f"draft.{fmt}", READERS[fmt],
                               profiles=[], zone=UTC)
        for name in ("lead_in", "headline", "release_time", "source", "author",
                     "responsible_editor"):
            assert getattr(back, name) == getattr(original, name), (fmt, name)
        for key in ("sponsor", "organizer", "site_code", "icp", "police_record", "contact_us"):
            assert getattr(back.conventions, key) == getattr(original.conventions, key)
        assert back.body.strip().endswith("截止日期为11月30日。"), fmt


# -- the page's metadata ----------------------------------------------------------------------

META = ("SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnType", "ArticleTitle",
        "PubDate", "ContentSource", "Keywords", "Author", "Description", "Image", "Url")
HOSTILE = st.sampled_from(['"', "'", "<script>alert(1)</script>", "\n", "\r\n", "&amp;", ">",
                           "</title>", "\u2028", "\t", "--!>", "　", "\x00", "\ud800"])
texts = st.lists(st.one_of(HOSTILE, st.text(max_size=8)), max_size=5).map("".join)


def meta_tags(release: Release) -> tuple[dict[str, str], lxml.html.HtmlElement]:
    page = lxml.html.fromstring(draft_bytes(release, "html").decode("utf-8"))
    found: dict[str, str] = {}
    for tag in page.iter("meta"):
        name = tag.get("name")
        if name is not None:
            assert name not in found or name in ("description",), name
            found[name] = tag.get("content")
    return found, page


def shown(value: str) -> str:
    """*value* as a one-line part of the page says it (clean_line: no soft hyphen)."""
    return " ".join(clean_line(value).split())


@settings(max_examples=60, deadline=None)
@given(headline=texts, source=texts, column=texts, author=texts, summary=texts,
       keywords=st.lists(texts, max_size=3), site_name=texts, site_code=texts,
       column_type=texts, clock=st.sampled_from(["", "00:00", "09:30", "23:59"]),
       page_url=st.sampled_from(["", "https://fernhollow.example/zh/a.html",
                                 'https://x.example/"><script>', "javascript:alert(1)"]))
def test_the_meta_tags_say_the_release_s_values_escaped(
        headline: str, source: str, column: str, author: str, summary: str,
        keywords: list[str], site_name: str, site_code: str, column_type: str, clock: str,
        page_url: str) -> None:
    release = portal_release(headline=headline, source=source, column=column, author=author,
                             summary=summary, keywords=keywords, release_time=clock,
                             page_url=page_url, organization="芬霍洛区行政公署")
    release.conventions = Conventions(site_name=site_name, site_code=site_code,
                                      column_type=column_type,
                                      site_url="https://www.fernhollow.example/zh")
    found, page = meta_tags(release)
    title = shown(headline) or "新闻稿"
    keywords_shown = shown(",".join(k for k in (clean_line(x).strip() for x in keywords) if k))
    expected = {
        "SiteName": shown(site_name) or "芬霍洛区行政公署",
        "SiteDomain": "www.fernhollow.example", "SiteIDCode": shown(site_code),
        "ColumnName": shown(column), "ColumnType": shown(column_type), "ArticleTitle": title,
        "PubDate": f"2026-11-25 {clock}" if clock else "2026-11-25",
        "ContentSource": shown(source), "Keywords": keywords_shown, "Author": shown(author),
        "Url": safe_href(page_url) or "",
    }
    for name, value in expected.items():
        assert found.get(name, "") == value, name
    if shown(summary):
        assert found["Description"] == shown(summary)
    assert "Image" not in found  # (no photo)
    # Nothing escaped its attribute: the page's only script is its JSON-LD.
    assert [s.get("type") for s in page.iter("script")] == ["application/ld+json"]
    assert page.get("lang") == "zh-CN"
    assert shown(page.findtext(".//title") or "") == title


def test_the_lead_photo_is_the_image_and_every_meta_tag_is_there() -> None:
    release = portal_release()
    release.photos = [photo(lead=True)]
    found, _ = meta_tags(release)
    assert set(META) <= set(found)
    assert found["Image"].startswith("story_files/") and found["Image"].endswith(".jpg")
    assert found["PubDate"] == "2026-11-25 09:30"


@pytest.mark.parametrize("language", ["zh", "zh-CN", "zh_CN", "zh-Hans"])
@pytest.mark.parametrize("fmt", ["html", "fragment"])
def test_every_page_and_fragment_of_a_chinese_release_is_zh_cn_with_a_chinese_title(
        language: str, fmt: str) -> None:
    release = portal_release(language=language, headline="")
    tree = lxml.html.fromstring(draft_bytes(release, fmt).decode("utf-8"))
    if fmt == "html":
        assert tree.get("lang") == "zh-CN"
        assert tree.findtext(".//title") == "新闻稿"
        assert tree.xpath('//meta[@name="ArticleTitle"]')[0].get("content") == "新闻稿"
    article = tree if fmt == "fragment" else tree.xpath("//article")[0]
    assert article.get("lang") == "zh-CN"
    assert article.get("aria-label") == "新闻稿"


# -- the reference's shape ----------------------------------------------------------------------

def test_a_release_shaped_like_a_city_portal_s_exports_the_portal_s_structure() -> None:
    """As a city portal publishes a news release: its title, a 来源/发布时间 line, the body's
    paragraphs, the organisation's footer (a rights line, support credits) and the structured
    footer, and the metadata its web team indexes by (our own fictional sample)."""
    release = copy.deepcopy(portal_release(lead_in=""))
    page = lxml.html.fromstring(draft_bytes(release, "html").decode("utf-8"))
    article = page.xpath('//article[@class="press-release"]')[0]
    header = article.xpath('.//header[@class="release-header"]')[0]
    assert [child.tag for child in header] == ["h1", "p"]
    assert header[0].text_content() == release.headline
    assert header[1].get("class") == "release-line"
    assert header[1].text_content() == f"来源：{VALUES['source']}　　发布时间：2026-11-25 09:30"
    # (the time of day in the release's zone: Beijing time for a Chinese release)
    assert header[1].xpath(".//time")[0].get("datetime") == "2026-11-25T09:30:00+08:00"
    body = article.xpath('.//div[@class="release-body"]')[0]
    paragraphs = [p.text_content() for p in body if p.tag == "p"]
    assert paragraphs[0].startswith("芬霍洛区行政公署今天宣布") and len(paragraphs) == 4
    footer = article.xpath('.//footer[contains(@class, "release-footer")]')[0]
    lines = [" ".join(p.text_content().split()) for p in footer.iter("p")]
    assert lines[0] == "版权所有 芬霍洛区行政公署办公室主办"
    assert lines[1].startswith("技术支持：")
    assert lines[2:] == ["主办单位：芬霍洛区行政公署办公室 承办单位：芬霍洛区大数据管理中心",
                         "网站标识码：0000000118 芬ICP备00000000号-1 芬公网安备 00000000000118号",
                         "联系我们 无障碍浏览"]
    names = {tag.get("name") for tag in page.iter("meta")}
    assert set(META) - {"Image"} <= names

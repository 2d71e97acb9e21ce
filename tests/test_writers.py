from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from docx.oxml.ns import qn
from lxml import etree

from releasedesk.exporting import draft_bytes
from releasedesk.model import FooterLine
from releasedesk.render.text_writer import text_width, wrap_line

from export_helpers import (
    docx_footer_lines,
    docx_hyperlinks,
    docx_paragraphs,
    fragment,
    html_page,
    json_ld,
    open_docx,
    style_name,
    text,
)
from helpers import footer_texts, make_release

RICH_BODY = """Opening paragraph with **strong words** and *a little emphasis*.

## Programme

- first item with [a link](https://site.example/one)
- second item

1. step one
2. step two

> "A quotation," said a spokesperson.

Closing paragraph.
"""


def test_html_page_structure() -> None:
    release = make_release(body=RICH_BODY)
    root = html_page(release)
    html = root.find("html")
    assert html is not None and html.attrs["lang"] == "en"
    head = html.find("head")
    assert head is not None
    metas = head.iter("meta")
    assert any(m.attrs.get("charset") == "utf-8" for m in metas)
    og = {m.attrs["property"]: m.attrs["content"] for m in metas if "property" in m.attrs}
    assert og["og:type"] == "article"
    assert og["og:title"] == release.headline
    assert og["article:published_time"] == "2026-11-25"
    article = root.find("article")
    assert article is not None
    header = article.find("header")
    assert header is not None
    h1s = root.iter("h1")
    assert len(h1s) == 1 and h1s[0].text() == release.headline
    time = header.find("time")
    assert time is not None and time.attrs["datetime"] == "2026-11-25"
    footer = article.find("footer")
    assert footer is not None
    assert [p.text() for p in footer.iter("p")] == footer_texts(release)
    data = json_ld(root)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == release.headline
    assert data["datePublished"] == "2026-11-25"
    assert data["inLanguage"] == "en"
    assert head.find("style") is not None


def test_html_has_no_remote_resources_and_no_script_of_ours() -> None:
    page = draft_bytes(make_release(body=RICH_BODY), "html").decode("utf-8")
    root = html_page(make_release(body=RICH_BODY))
    for node in root.iter():
        assert "src" not in node.attrs
        assert not any(name.startswith("on") for name in node.attrs)
        if node.tag == "link":
            raise AssertionError("no <link> element expected")
    assert "url(" not in page and "@import" not in page
    assert [s.attrs.get("type") for s in root.iter("script")] == ["application/ld+json"]


def test_fragment_is_the_article_alone_without_styles() -> None:
    root = fragment(make_release(body=RICH_BODY))
    top = [c for c in root.children if not isinstance(c, str)]
    assert [n.tag for n in top] == ["article"]
    for node in root.iter():
        assert "style" not in node.attrs
        assert node.tag not in ("style", "script", "html", "head", "body")


def test_layout_order_in_every_format() -> None:
    release = make_release(body=RICH_BODY)
    expected = ["FOR IMMEDIATE RELEASE", release.headline, release.subheadline, "Nov. 25, 2026",
                "NORTHGATE, Nov. 25, 2026 —", "Closing paragraph.", "Media contact",
                "Ada Brill", "About Northgate Library Trust", "###", *footer_texts(release)]
    exported = {
        "txt": text(release),
        # (the page's text: a footer's label and its first word are in a span of their own)
        "html": (html_page(release).find("body") or html_page(release)).text(),
        # The page footer follows the text on every page.
        "docx": "\n".join([*(t for _, t in docx_paragraphs(open_docx(release))),
                           *docx_footer_lines(open_docx(release))]),
    }
    for name, content in exported.items():
        positions = [content.find(item) for item in expected]
        missing = [e for e, p in zip(expected, positions, strict=True) if p < 0]
        assert not missing, (name, missing)
        assert positions == sorted(positions), name


def test_writers_say_the_same_thing() -> None:
    release = make_release(body=RICH_BODY)
    txt = text(release)
    page = html_page(release)
    document = open_docx(release)
    paragraphs = docx_paragraphs(document)
    docx_text = "\n".join(t for _, t in paragraphs)
    for phrase in ("strong words", "a little emphasis", "Programme", "first item with a link",
                   "second item", "step one", "step two", "A quotation", "Closing paragraph."):
        assert phrase in txt
        assert phrase in page.text()
        assert phrase in docx_text
    # Emphasis, links, list items and headings are present as such in every format.
    assert "https://site.example/one" in txt
    assert next(a.attrs["href"] for a in page.iter("a")) == "https://site.example/one"
    assert "https://site.example/one" in docx_hyperlinks(document)
    assert [li.text() for li in page.iter("li")] == [
        "first item with a link", "second item", "step one", "step two"]
    assert "- first item with a link (https://site.example/one)" in txt
    assert "1. step one\n2. step two" in txt
    heading = page.find("h2")
    assert heading is not None and heading.text() == "Programme"
    styles = dict((text_, style) for style, text_ in paragraphs)
    assert styles["Programme"] == "Heading 2"
    assert styles["second item"] == "List Bullet"
    assert styles["step two"] == "List Number"
    assert styles['"A quotation," said a spokesperson.'] == "Quote"
    bold_runs = [r.text for p in document.paragraphs for r in p.runs if r.bold]
    italic_runs = [r.text for p in document.paragraphs for r in p.runs if r.italic]
    assert "strong words" in bold_runs
    assert "a little emphasis" in italic_runs


def test_docx_named_styles_page_footer_and_properties() -> None:
    release = make_release(body=RICH_BODY, keywords=["libraries", "hours"])
    document = open_docx(release)
    paragraphs = docx_paragraphs(document)
    by_style: dict[str, list[str]] = {}
    for style, text_ in paragraphs:
        by_style.setdefault(style, []).append(text_)
    assert by_style["Release Status"] == ["FOR IMMEDIATE RELEASE"]
    assert by_style["Title"] == [release.headline]
    assert by_style["Subtitle"] == [release.subheadline]
    assert by_style["Release Line"] == ["Nov. 25, 2026"]
    assert by_style["Contact"][0].startswith("Ada Brill\nPress Officer")
    assert by_style["Boilerplate"] == [
        "The Northgate Library Trust runs the town's public libraries."]
    assert by_style["End Mark"] == ["###"]
    assert by_style["Section Heading"] == ["Media contact", "About Northgate Library Trust"]
    # The standard footer is the page footer, once: not again at the end of the text.
    assert docx_footer_lines(document) == footer_texts(release)
    assert not set(footer_texts(release)) & {text_ for _, text_ in paragraphs}
    styles = document.styles
    for name in ("Title", "Release Status", "Section Heading", "Heading 2", "List Lead-In"):
        assert styles[name].paragraph_format.keep_with_next, name
    # A contact or About paragraph is never split; which keep with the next is decided per
    # release, as far as fits on a page (test_page_keeps.py).
    for name in ("Contact", "Boilerplate"):
        assert styles[name].paragraph_format.keep_together, name
    # One type pairing with the HTML page, no theme fonts or theme colours left.
    for name in ("Normal", "Title", "Subtitle", "Heading 2", "Heading 3", "Quote", "Footer",
                 "Release Status", "Section Heading"):
        assert "Theme" not in styles[name].element.xml, name
    defaults = etree.tostring(styles.element.find(qn("w:docDefaults"))).decode()
    assert "Theme" not in defaults and 'w:ascii="Georgia"' in defaults
    assert 'w:ascii="Arial"' in styles["Release Status"].element.xml

    for section in document.sections:
        assert section.footer.paragraphs[0].style.name == "Footer"
    dateline_runs = [r for r in document.paragraphs[4].runs if r.style.name == "Dateline"]
    assert [r.text for r in dateline_runs] == ["NORTHGATE, Nov. 25, 2026 —"]
    links = docx_hyperlinks(document)
    assert "https://site.example/one" in links
    assert "mailto:press@library.example" in links
    assert "tel:+15550100200" in links
    props = document.core_properties
    assert props.title == release.headline
    assert props.author == release.organization
    assert props.keywords == "libraries, hours"
    assert props.language == "en"
    assert props.created is not None


def test_docx_page_footer_links_resolve_in_the_footer_part() -> None:
    release = make_release(footer=[FooterLine("Press room", "https://library.example/press")])
    footer = open_docx(release).sections[0].footer
    relationship = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    ids = [e.get(relationship) for e in footer._element.iter() if e.tag.endswith("}hyperlink")]
    assert [footer.part.rels[i].target_ref for i in ids] == ["https://library.example/press"]


def test_docx_keeps_a_list_with_its_lead_in_line() -> None:
    document = open_docx(make_release(body="Each centre offers:\n- seating\n- a quiet room"))
    styles = [style for style, _ in docx_paragraphs(document)]
    lead = styles.index("List Lead-In")
    assert styles[lead + 1 : lead + 3] == ["List Bullet", "List Bullet"]


def test_docx_numbered_lists_restart() -> None:
    release = make_release(body="1. a\n2. b\n\nbetween\n\n1. c\n2. d\n\n5. e\n")
    document = open_docx(release)
    num_ids = []
    for paragraph in document.paragraphs:
        if style_name(paragraph) == "List Number":
            properties = paragraph._p.pPr
            assert properties is not None and properties.numPr is not None
            num_ids.append(properties.numPr.numId.val)  # type: ignore[attr-defined]  # oxml
    # "5. e" after a blank line continues the second list, as in CommonMark.
    assert len(num_ids) == 5
    assert num_ids[0] == num_ids[1] != num_ids[2] == num_ids[3] == num_ids[4]
    numbering = document.part.numbering_part.element
    overrides = {
        int(num.numId): int(num.lvlOverride_lst[0].startOverride.val)
        for num in numbering.num_lst if num.lvlOverride_lst
    }
    assert overrides[num_ids[0]] == 1 and overrides[num_ids[2]] == 1


def test_docx_chinese_sets_east_asian_language_and_font() -> None:
    document = open_docx(make_release(language="zh-CN", body="北京欢迎你。"))
    styles_xml = document.styles.element.xml
    assert 'w:eastAsia="zh-CN"' in styles_xml
    # The first face of the Chinese list (typesetting.ZH_SERIF), for Chinese and Latin text.
    assert 'w:ascii="Noto Serif CJK SC" w:hAnsi="Noto Serif CJK SC" w:cs="Noto Serif CJK SC" ' \
        'w:eastAsia="Noto Serif CJK SC"' in styles_xml


def test_embargo_status_line_in_every_format() -> None:
    release = make_release(
        status="embargoed",
        embargo_until=datetime(2026, 12, 1, 9, 30, tzinfo=timezone(timedelta(hours=1))),
    )
    expected = "EMBARGOED UNTIL Dec. 1, 2026, 09:30 UTC+01:00"
    assert text(release).startswith(expected + "\n\n")
    page = html_page(release)
    status = next(p for p in page.iter("p") if "release-status" in (p.attrs.get("class") or ""))
    assert status.text() == expected
    time = status.find("time")
    assert time is not None and time.attrs["datetime"] == "2026-12-01T09:30:00+01:00"
    assert docx_paragraphs(open_docx(release))[0] == ("Release Status", expected)


def test_plain_text_format() -> None:
    release = make_release(body=RICH_BODY)
    out = text(release)
    assert out.endswith(
        "###\n\n© 2026 Northgate Library Trust\nTechnical support: Example Hosting\n"
    )
    assert "\n\n\n" not in out
    assert "Opening paragraph with strong words and a little emphasis." in out
    assert '> "A quotation," said a spokesperson.' in out
    assert "Email: press@library.example" in out


def test_plain_text_wrap_counts_wide_characters() -> None:
    assert text_width("新闻稿abc") == 9
    lines = wrap_line("新闻稿" * 10, 10)
    assert all(text_width(line) <= 10 for line in lines)
    assert "".join(lines) == "新闻稿" * 10
    lines = wrap_line("the quick brown fox jumps over the lazy dog", 15)
    assert lines == ["the quick brown", "fox jumps over", "the lazy dog"]
    lines = wrap_line("x" * 25, 10)
    assert lines == ["x" * 10, "x" * 10, "x" * 5]
    # No line starts with closing punctuation: the character before comes down with it.
    lines = wrap_line("商户协会共同运营。区商务局", 16)
    assert lines == ["商户协会共同运", "营。区商务局"]
    assert not any(line[0] in "。，：" for line in wrap_line("一二三四五六七，八九十。" * 9, 12))


def test_wrapped_export_respects_width() -> None:
    release = make_release(body=RICH_BODY + "\n\n" + "中文段落测试，" * 30)
    out = text(release, wrap=40)
    assert max(text_width(line) for line in out.splitlines()) <= 40
    unwrapped = text(release)
    assert max(text_width(line) for line in unwrapped.splitlines()) > 40
    # Wrapping moves line breaks only: the words are all still there, in order.
    assert out.split() != [] and "".join(out.split()) == "".join(unwrapped.split())


@pytest.mark.parametrize("fmt", ["html", "fragment", "docx", "txt"])
def test_empty_optional_fields_everywhere(fmt: str) -> None:
    from releasedesk.model import Release

    release = Release(headline="Only a headline")
    data = draft_bytes(release, fmt)
    assert data
    if fmt == "txt":
        assert data.decode() == "FOR IMMEDIATE RELEASE\n\nOnly a headline\n\n###\n"

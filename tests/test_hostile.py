"""Hostile input: whatever is typed or pasted, no export carries markup, script or unsafe links."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from releasedesk.exporting import draft_bytes
from releasedesk.model import Contact, Release

from export_helpers import docx_hyperlinks, docx_paragraphs, html_page, json_ld, open_docx, text
from helpers import footer, make_release

HOSTILE_BODY = "\n\n".join([
    "<script>alert('body')</script>",
    "<img src=x onerror=alert(1)> and <b onmouseover=alert(2)>bold?</b>",
    "[plain js](javascript:alert(3)) [mixed case](JaVaScRiPt:alert(4))",
    "[entity js](java&#115;cript:alert(5)) [tab js](jav&#x09;ascript:alert(6))",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==) [vb](vbscript:msgbox)",
    "[relative](/admin) [ftp](ftp://files.example/x) <ftp://files.example/y>",
    '[quote break](https://ok.example/"onmouseover="alert(8))',
    "<div><p>unclosed <i>tags <a href='javascript:alert(9)'>here",
    "&lt;script&gt;alert(10)&lt;/script&gt; &#60;iframe src=x&#62;",
    "<!-- comment --> <![CDATA[ x ]]> <?php echo 1; ?>",
    "<svg onload=alert(11)><math><style>@import 'https://evil.example/x.css';</style>",
    "NUL\x00 and controls \x01\x07\x1b[31m and DEL \x7f and C1 \x85\x9b",
    "RTL override: abc\u202edcba\u202c and isolate \u2067شالوم\u2069 end",
    "Emoji 🎉👩‍👩‍👧 and CJK 新闻发布会于今日举行",
    "[safe](https://ok.example/path?q=1&r=2) [mail](mailto:a@b.example) [call](tel:+15550100)",
])

SAFE = {"http", "https", "mailto", "tel"}


def hostile_release() -> Release:
    return make_release(
        headline="<script>alert('headline')</script> Big \u202enews",
        subheadline="<img src=x onerror=alert('sub')>",
        dateline="</span><script>x</script>",
        organization='Evil "Org" </script><script>alert(1)</script>',
        body=HOSTILE_BODY,
        boilerplate="<iframe src='https://evil.example'></iframe> About [us](javascript:x)",
        contacts=[Contact('<b>Name</b>', "role\x00", "org", "+1 555 <0100>",
                          'x@y.example"><script>alert(1)</script>')],
        footer=footer("<footer onclick=alert(1)>line</footer>", "second\x1b line"),
        keywords=["</script>", "<b>"],
    )


def test_html_page_carries_no_markup_script_or_unsafe_link() -> None:
    release = hostile_release()
    page = html_page(release)
    ours = {"html", "head", "meta", "title", "style", "script", "body", "article", "header",
            "h1", "h2", "p", "time", "span", "div", "a", "em", "strong", "section", "address",
            "br", "footer"}
    for node in page.iter():
        assert node.tag in ours, node.tag
        if node.tag == "div":
            assert node.attrs == {"class": "release-body"}
        if node.tag == "style":
            assert node.parent is not None and node.parent.tag == "head"
        for name, value in node.attrs.items():
            assert not name.startswith("on"), (node.tag, name)
            if name == "href":
                assert value is not None
                assert urlsplit(value).scheme in SAFE, value
                assert '"' not in value
    scripts = page.iter("script")
    assert [s.attrs.get("type") for s in scripts] == ["application/ld+json"]
    data = json_ld(page)
    assert str(data["headline"]).startswith("<script>")  # as text, safely escaped in the page
    raw = draft_bytes(release, "html").decode()
    ld_text = raw[raw.index('application/ld+json">'):raw.index("</script>")]
    assert "<" not in ld_text[len('application/ld+json">'):]
    # Typed markup is kept as visible text, never dropped.
    visible = page.text()
    assert "<script>alert('body')</script>" in visible
    assert "<img src=x onerror=alert(1)>" in visible
    assert "\x00" not in raw and "\u202e" not in raw and "\x1b" not in raw
    assert "🎉👩‍👩‍👧" in visible and "新闻发布会于今日举行" in visible
    assert "\u2067شالوم\u2069" in visible


def test_fragment_is_equally_safe() -> None:
    raw = draft_bytes(hostile_release(), "fragment").decode()
    assert "<script" not in raw.lower().replace("&lt;script", "")
    assert not re.search(r"<[a-z]+[^>]*\son\w+=", raw, re.IGNORECASE)
    assert "javascript:" not in re.findall(r'href="([^"]*)"', raw)


def test_allowed_links_survive_and_refused_links_keep_their_text() -> None:
    page = html_page(hostile_release())
    hrefs = [a.attrs["href"] for a in page.iter("a")]
    assert "https://ok.example/path?q=1&r=2" in hrefs
    assert "mailto:a@b.example" in hrefs
    assert "tel:+15550100" in hrefs
    visible = page.text()
    for label in ("plain js", "mixed case", "entity js", "tab js", "data", "vb", "relative",
                  "ftp"):
        assert label in visible


def test_docx_is_safe_and_complete() -> None:
    document = open_docx(hostile_release())
    for target in docx_hyperlinks(document):
        assert urlsplit(target).scheme in SAFE, target
    all_text = "\n".join(t for _, t in docx_paragraphs(document))
    assert "<script>alert('body')</script>" in all_text
    assert "\x00" not in all_text and "\u202e" not in all_text
    assert "新闻发布会于今日举行" in all_text


def test_text_is_clean_and_complete() -> None:
    out = text(hostile_release())
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", out)
    assert "<script>alert('body')</script>" in out
    assert "plain js" in out and "(javascript:" not in out and "(data:" not in out


def test_megabyte_paragraph() -> None:
    release = make_release(body="word " * 210_000)
    for fmt in ("html", "docx", "txt"):
        data = draft_bytes(release, fmt)
        assert len(data) > 1_000_000 if fmt != "docx" else data[:2] == b"PK"
    assert text(release, wrap=72).count("\n") > 10_000


@pytest.mark.parametrize("href", [
    "javascript:alert(1)", " javascript:alert(1)", "JAVASCRIPT:alert(1)",
    "java\nscript:alert(1)", "&#106;avascript:alert(1)", "data:text/html,x", "vbscript:x",
    "file:///etc/passwd", "//evil.example/x", "http:/no-host", "",
])
def test_safe_href_refuses(href: str) -> None:
    from releasedesk.body.safety import safe_href

    assert safe_href(href) is None


def test_safe_href_accepts() -> None:
    from releasedesk.body.safety import safe_href

    assert safe_href("https://a.example/x y") == "https://a.example/x%20y"
    assert safe_href("MAILTO:a@b.example") == "MAILTO:a@b.example"
    assert safe_href("tel:+1-555-0100") == "tel:+1-555-0100"

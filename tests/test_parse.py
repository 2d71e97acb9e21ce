from __future__ import annotations

from releasedesk.body import tree as t
from releasedesk.body.parse import parse_markdown
from releasedesk.render.layout import build_layout

from helpers import make_release


def test_paragraphs_lists_quotes_and_inlines() -> None:
    blocks = parse_markdown(
        "First **bold** and *italic* with `code`.\n\n"
        "- one\n- two\n    1. nested\n\n"
        "> quoted\n\n"
        "3. three\n4. four\n"
    )
    assert isinstance(blocks[0], t.Paragraph)
    kinds = [type(n).__name__ for n in blocks[0].children]
    assert kinds == ["Text", "Strong", "Text", "Emphasis", "Text", "Code", "Text"]
    assert isinstance(blocks[1], t.BulletList)
    assert len(blocks[1].items) == 2
    nested = blocks[1].items[1].blocks
    assert isinstance(nested[0], t.Paragraph) and isinstance(nested[1], t.OrderedList)
    assert isinstance(blocks[2], t.Quote)
    assert isinstance(blocks[3], t.OrderedList) and blocks[3].start == 3


def test_lone_hashes_are_text_not_empty_headings() -> None:
    blocks = parse_markdown("Before\n\n###\n\nAfter")
    assert [t.block_texts([b])[0] for b in blocks] == ["Before", "###", "After"]
    assert not any(isinstance(b, t.Heading) for b in blocks)


def test_trailing_end_mark_is_left_to_the_layout() -> None:
    for mark in ("###", "-30-", "-end-"):
        blocks = parse_markdown(f"Body text.\n\n{mark}\n")
        assert t.block_texts(blocks) == ["Body text."]
    layout = build_layout(make_release(body="Body.\n\n###", end_mark="-30-"))
    assert layout.end_mark == "-30-"
    assert "###" not in t.block_texts(layout.body)


def test_headings_shift_below_the_headline() -> None:
    blocks = parse_markdown("### Sub\n\ntext\n\n#### Deeper\n\n# Top?")
    levels = [b.level for b in blocks if isinstance(b, t.Heading)]
    assert levels == [4, 5, 2]
    blocks = parse_markdown("### Only\n\ntext")
    assert [b.level for b in blocks if isinstance(b, t.Heading)] == [2]


def test_entities_resolve_like_markdown_but_bare_ampersands_stay() -> None:
    blocks = parse_markdown("R&D at AT&amp;T &copy; &#233; &notit `a &amp; b`")
    paragraph = blocks[0]
    assert isinstance(paragraph, t.Paragraph)
    assert t.plain_text(paragraph.children) == "R&D at AT&T © é &notit a &amp; b"


def test_backslash_escapes_and_autolinks() -> None:
    blocks = parse_markdown(r"\*not emphasis\* <https://a.example/x> <press@a.example>")
    paragraph = blocks[0]
    assert isinstance(paragraph, t.Paragraph)
    assert t.plain_text(paragraph.children).startswith("*not emphasis*")
    links = t.iter_links(blocks)
    assert [link.href for link in links] == ["https://a.example/x", "mailto:press@a.example"]
    assert t.plain_text(links[1].children) == "press@a.example"


def test_images_keep_only_their_words() -> None:
    blocks = parse_markdown("See ![the new quay](https://cdn.example/q.jpg) today")
    assert t.block_texts(blocks) == ["See the new quay today"]


def test_dateline_leads_first_paragraph() -> None:
    layout = build_layout(make_release())
    first = layout.body[0]
    assert isinstance(first, t.Paragraph)
    assert isinstance(first.children[0], t.Dateline)
    assert first.children[0].text == "NORTHGATE, Nov. 25, 2026 —"


def test_dateline_alone_when_body_opens_with_a_list() -> None:
    layout = build_layout(make_release(body="- a\n- b"))
    assert t.block_texts(layout.body)[0] == "NORTHGATE, Nov. 25, 2026 —"
    assert isinstance(layout.body[1], t.BulletList)


def test_chinese_dateline_and_words() -> None:
    from datetime import date

    layout = build_layout(make_release(language="zh-CN", dateline="北京", body="正文。",
                                       release_date=date(2026, 11, 25), organization="某机构"))
    assert t.block_texts(layout.body)[0] == "北京11月25日电\u3000正文。"
    assert layout.status_line == "即时发布"
    assert layout.about_heading == "关于某机构"

"""Hypothesis strategies for bodies as a press office writes them: paragraphs with bold,
italic, links, code and line breaks, in English and Chinese; subheadings; lists nested
four levels deep, loose and tight, numbered from anywhere; quotations holding lists and
lists holding quotations; rules. Each is a tree (body.tree) and its Markdown."""

from __future__ import annotations

from hypothesis import strategies as st

from releasedesk.body import tree as t
from releasedesk.render.markdown_writer import write_markdown

WORDS = ["harbour", "ferry", "Quay", "terminal", "2026.", "1)", "#", "-", "*", "_", "snake_case",
         "[note]", "<b>", "&amp;", "\\", "`", "x*y", "100%", "“quoted”", "O'Brien",
         "港口", "渡轮码头", "夜市", "。", "，", "开放", "🎉"]
URLS = ["https://calloway-harbour.example/ferries", "https://x.example/a_b",
        "mailto:press@calloway-harbour.example", "tel:+15550142318",
        "https://例子.example/路径", "https://x.example/?q=1&r=2"]

word = st.sampled_from(WORDS)


def _words(draw: st.DrawFn, most: int = 4) -> str:
    return " ".join(draw(st.lists(word, min_size=1, max_size=most)))


@st.composite
def inlines(draw: st.DrawFn, depth: int = 0, breaks: bool = True) -> list[t.Inline]:
    """Inline content a parser produces: words around emphasis, links and code."""
    nodes: list[t.Inline] = [t.Text(_words(draw))]
    for _ in range(draw(st.integers(0, 3))):
        kinds = ["strong", "em", "link", "code", "text"] + (["break"] if breaks else [])
        kind = draw(st.sampled_from(kinds if depth < 2 else ["code", "text"]))
        if kind == "break":
            nodes.append(t.LineBreak())
            nodes.append(t.Text(_words(draw)))
            continue
        nodes.append(t.Text(" "))
        if kind == "text":
            nodes.append(t.Text(_words(draw)))
        elif kind == "code":
            nodes.append(t.Code(draw(st.sampled_from(["x = 1", "a*b", "<tag>", "港"]))))
        elif kind == "link":
            label: list[t.Inline] = [t.Text(_words(draw, 2))]
            if depth < 2 and draw(st.booleans()):
                label = [t.Strong([t.Text("bold")]), t.Text(" "), *label]
            nodes.append(t.Link(draw(st.sampled_from(URLS)), label))
        else:
            inner = [t.Text("word "), *draw(inlines(depth + 1, breaks)), t.Text(" word")]
            nodes.append(t.Strong(inner) if kind == "strong" else t.Emphasis(inner))
        nodes.append(t.Text(" " + _words(draw, 2)))
    return _merge(nodes)


def _merge(nodes: list[t.Inline]) -> list[t.Inline]:
    out: list[t.Inline] = []
    for node in nodes:
        if isinstance(node, t.Text) and out and isinstance(out[-1], t.Text):
            out[-1] = t.Text(out[-1].text + node.text)
        else:
            out.append(node)
    return out


paragraph = inlines().map(t.Paragraph)
heading = st.builds(t.Heading, st.integers(2, 4), inlines(breaks=False))


@st.composite
def list_block(draw: st.DrawFn, depth: int) -> t.Block:
    """A list at nesting *depth* (1 = top level), with items of one or more blocks."""
    items = []
    for _ in range(draw(st.integers(1, 3))):
        blocks: list[t.Block] = [draw(st.one_of(paragraph, paragraph, heading))]
        if depth < 4 and draw(st.integers(0, 2)) == 0:
            blocks.append(draw(list_block(depth + 1)))
        if draw(st.integers(0, 5)) == 0:
            blocks.append(draw(paragraph))
        if draw(st.integers(0, 7)) == 0:
            blocks.append(t.Quote([draw(paragraph)]))
        items.append(t.ListItem(blocks))
    tight = draw(st.booleans())  # (the Markdown written decides what the body is)
    if draw(st.booleans()):
        return t.OrderedList(items, draw(st.sampled_from([1, 1, 3, 10, 2026])), tight)
    return t.BulletList(items, tight)


@st.composite
def bodies(draw: st.DrawFn) -> list[t.Block]:
    blocks: list[t.Block] = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["p", "p", "h", "list", "quote", "rule"]))
        if kind == "p":
            block: t.Block = draw(paragraph)
        elif kind == "h":
            block = draw(heading)
        elif kind == "list":
            block = draw(list_block(1))
        elif kind == "rule":
            block = t.Rule()
        else:
            inside: list[t.Block] = [draw(paragraph)]
            if draw(st.booleans()):
                inside.append(draw(list_block(2)))
            if draw(st.booleans()):
                inside.append(t.Quote([draw(paragraph)]))
            block = t.Quote(inside)
        if blocks and type(blocks[-1]) is type(block) and isinstance(
                block, (t.BulletList, t.OrderedList, t.Rule)):
            blocks.append(t.Paragraph([t.Text("between")]))  # two lists in a row are one
        blocks.append(block)
    return blocks


markdown_bodies = bodies().map(write_markdown)

# Markdown as people and other tools write it, beyond what our writer writes.
SNIPPETS = [
    "* star item\n* another", "+ plus item", "1) paren item\n2) next", "3. three\n4. four",
    "- a\n  - nested by two\n    - and two more", "- loose\n\n- items",
    "- item\n\n  its second paragraph",
    "> a quote\n> > nested quote", "> lazy\ncontinuation", "Title\n=====", "Sub\n---",
    "   ### indented heading ###", "```\nfenced code\n  kept\n```", "    indented code",
    "***", "Hard break  \nafter two spaces", "An [inline](https://x.example \"title\") link",
    "A [reference][ref] link\n\n[ref]: https://ref.example", "<https://auto.example/link>",
    "<press@calloway-harbour.example>", "Entities &copy; &#169; &#xA9;", "![alt text](https://img.example/a.png)",
    "A *nested **strong** inside* emphasis", "__underscore strong__ and _em_",
    "`` code with ` tick ``", "Line with trailing backslash\\", "- [not a link] item",
    "#1 in the state", "1234567890. not a list", "Intro line\n1. first\n2. second",
    "- a\n- b\n\n\n- c", "> - quoted list\n> - two", "- > quote in item",
    "<b>raw html</b> stays text", "港口\n码头", "-30-", "###",
]

snippet_bodies = st.lists(st.sampled_from(SNIPPETS), min_size=1, max_size=5).flatmap(
    lambda parts: st.lists(st.sampled_from(["\n\n", "\n"]), min_size=len(parts),
                           max_size=len(parts)).map(
        lambda seps: "".join(p + s for p, s in zip(parts, seps, strict=True)).strip()))

"""Hypothesis strategies for bodies as a press office writes them: paragraphs with bold,
italic, links, code and line breaks, in English and Chinese; subheadings; lists nested
four levels deep, loose and tight, numbered from anywhere; quotations holding lists and
lists holding quotations; rules. Each is a tree (body.tree) and its Markdown."""

from __future__ import annotations

import functools

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

# Each strategy is made once and drawn from again (functools.cache, module constants): a
# strategy is immutable, and making them anew for every node of every example cost more
# than drawing from them. The same strategies draw the same examples.
_WORD_LISTS = {most: st.lists(word, min_size=1, max_size=most) for most in (2, 4)}
_BOOLEAN = st.booleans()
_COUNTS = {(low, high): st.integers(low, high)
           for low, high in ((0, 3), (1, 3), (0, 2), (0, 5), (0, 7), (1, 6))}
_INLINE_KINDS = {(True, True): st.sampled_from(["strong", "em", "link", "code", "text", "break"]),
                 (True, False): st.sampled_from(["strong", "em", "link", "code", "text"]),
                 (False, True): st.sampled_from(["code", "text"]),
                 (False, False): st.sampled_from(["code", "text"])}
_CODE = st.sampled_from(["x = 1", "a*b", "<tag>", "港"])
_URL = st.sampled_from(URLS)
_START = st.sampled_from([1, 1, 3, 10, 2026])
_BLOCK_KINDS = st.sampled_from(["p", "p", "h", "list", "quote", "rule"])


def _words(draw: st.DrawFn, most: int = 4) -> str:
    return " ".join(draw(_WORD_LISTS[most]))


@st.composite
def _inlines(draw: st.DrawFn, depth: int = 0, breaks: bool = True) -> list[t.Inline]:
    nodes: list[t.Inline] = [t.Text(_words(draw))]
    for _ in range(draw(_COUNTS[0, 3])):
        kind = draw(_INLINE_KINDS[depth < 2, breaks])
        if kind == "break":
            nodes.append(t.LineBreak())
            nodes.append(t.Text(_words(draw)))
            continue
        nodes.append(t.Text(" "))
        if kind == "text":
            nodes.append(t.Text(_words(draw)))
        elif kind == "code":
            nodes.append(t.Code(draw(_CODE)))
        elif kind == "link":
            label: list[t.Inline] = [t.Text(_words(draw, 2))]
            if depth < 2 and draw(_BOOLEAN):
                label = [t.Strong([t.Text("bold")]), t.Text(" "), *label]
            nodes.append(t.Link(draw(_URL), label))
        else:
            inner = [t.Text("word "), *draw(inlines(depth + 1, breaks)), t.Text(" word")]
            nodes.append(t.Strong(inner) if kind == "strong" else t.Emphasis(inner))
        nodes.append(t.Text(" " + _words(draw, 2)))
    return _merge(nodes)


@functools.cache
def inlines(depth: int = 0, breaks: bool = True) -> st.SearchStrategy[list[t.Inline]]:
    """Inline content a parser produces: words around emphasis, links and code."""
    return _inlines(depth, breaks)


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
_ITEM_OPENING = st.one_of(paragraph, paragraph, heading)


@st.composite
def _list_block(draw: st.DrawFn, depth: int) -> t.Block:
    items = []
    for _ in range(draw(_COUNTS[1, 3])):
        blocks: list[t.Block] = [draw(_ITEM_OPENING)]
        if depth < 4 and draw(_COUNTS[0, 2]) == 0:
            blocks.append(draw(list_block(depth + 1)))
        if draw(_COUNTS[0, 5]) == 0:
            blocks.append(draw(paragraph))
        if draw(_COUNTS[0, 7]) == 0:
            blocks.append(t.Quote([draw(paragraph)]))
        items.append(t.ListItem(blocks))
    tight = draw(_BOOLEAN)  # (the Markdown written decides what the body is)
    if draw(_BOOLEAN):
        return t.OrderedList(items, draw(_START), tight)
    return t.BulletList(items, tight)


@functools.cache
def list_block(depth: int) -> st.SearchStrategy[t.Block]:
    """A list at nesting *depth* (1 = top level), with items of one or more blocks."""
    return _list_block(depth)


@st.composite
def _bodies(draw: st.DrawFn) -> list[t.Block]:
    blocks: list[t.Block] = []
    for _ in range(draw(_COUNTS[1, 6])):
        kind = draw(_BLOCK_KINDS)
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
            if draw(_BOOLEAN):
                inside.append(draw(list_block(2)))
            if draw(_BOOLEAN):
                inside.append(t.Quote([draw(paragraph)]))
            block = t.Quote(inside)
        if blocks and type(blocks[-1]) is type(block) and isinstance(
                block, (t.BulletList, t.OrderedList, t.Rule)):
            blocks.append(t.Paragraph([t.Text("between")]))  # two lists in a row are one
        blocks.append(block)
    return blocks


@functools.cache
def bodies() -> st.SearchStrategy[list[t.Block]]:
    """A body: paragraphs, subheadings, nested lists, quotations and rules."""
    return _bodies()


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

"""The Markdown writer is the parser's mirror: tree → Markdown → parse_markdown gives the tree."""

from __future__ import annotations

import copy
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from releasedesk.body import tree as t
from releasedesk.body.parse import parse_markdown
from releasedesk.render import markdown_writer
from releasedesk.render.markdown_writer import escape_text, write_markdown

from body_trees import markdown_bodies
from examples import examples

# Words that tempt a Markdown reader: markup characters, entities, numbers that look like
# list markers, CJK text and punctuation, escapes.
WORDS = ["harbour", "ferry", "Quay", "2026.", "1)", "#", "##", "-", "+", "*", "_", "__init__",
         "snake_case", "[note]", "]", "<b>", "<https://x.example>", "&amp;", "&", "\\", "`", "``",
         "x*y", "a_b", "=", "---", "***", ">", "!", "![alt]", "100%", "“quoted”", "(see)",
         "港口", "渡轮码头", "。", "，", "🎉", "O'Brien", "e.g.", "~~~", "|", "{date}"]
word = st.sampled_from(WORDS)
safe_urls = st.sampled_from(["https://calloway-harbour.example/ferries", "https://x.example/a_b",
                             "mailto:press@calloway-harbour.example", "tel:+15550142318",
                             "https://x.example/(paren)", "https://x.example/?q=1&r=2",
                             "https://例子.example/路径"])


def _text(words: list[str]) -> t.Text:
    return t.Text(" ".join(words))


@st.composite
def inline_runs(draw: st.DrawFn, depth: int = 0, breaks: bool = True) -> list[t.Inline]:
    """Inline content as a parser produces it: merged text, emphasis set off by spaces."""
    nodes: list[t.Inline] = []
    kinds = ["text", "text", "strong", "em", "link", "code"] + (["break"] if breaks else [])
    for index in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(kinds if depth < 2 else ["text"]))
        gap = index > 0
        if kind == "text" or (kind == "break" and not nodes):
            piece = " ".join(draw(st.lists(word, min_size=1, max_size=4)))
            _append_text(nodes, (" " if gap else "") + piece)
            continue
        if kind == "break":
            if isinstance(nodes[-1], t.LineBreak):
                continue
            nodes.append(t.LineBreak())
            _append_text(nodes, " ".join(draw(st.lists(word, min_size=1, max_size=3))))
            continue
        if gap and not isinstance(nodes[-1], t.LineBreak):
            _append_text(nodes, " ")
        if kind == "code":
            nodes.append(t.Code(draw(st.sampled_from(["x = 1", "a*b", "`tick`", "<tag>", "港"]))))
        elif kind == "link":
            label: list[t.Inline] = [t.Text(" ".join(draw(st.lists(st.sampled_from(
                ["site", "the timetable", "渡轮", "2026"]), min_size=1, max_size=2))))]
            nodes.append(t.Link(draw(safe_urls), label))
        else:
            inner = draw(inline_runs(depth + 1, breaks))
            inner = _word_edges(inner)
            nodes.append(t.Strong(inner) if kind == "strong" else t.Emphasis(inner))
    return _trim(nodes)


def _append_text(nodes: list[t.Inline], text: str) -> None:
    if nodes and isinstance(nodes[-1], t.Text):
        nodes[-1] = t.Text(nodes[-1].text + text)
    else:
        nodes.append(t.Text(text))


def _word_edges(nodes: list[t.Inline]) -> list[t.Inline]:
    """Emphasis that starts and ends with a letter: how it appears in real text."""
    if not nodes or not isinstance(nodes[0], t.Text) or not nodes[0].text[:1].isalnum():
        nodes.insert(0, t.Text("word "))
        nodes = _merge_texts(nodes)
    if not isinstance(nodes[-1], t.Text) or not nodes[-1].text[-1:].isalnum():
        _append_text(nodes, " word")
    return nodes


def _merge_texts(nodes: list[t.Inline]) -> list[t.Inline]:
    out: list[t.Inline] = []
    for node in nodes:
        if isinstance(node, t.Text):
            _append_text(out, node.text)
        else:
            out.append(node)
    return out


def _trim(nodes: list[t.Inline]) -> list[t.Inline]:
    if nodes and isinstance(nodes[0], t.Text):
        nodes[0] = t.Text(nodes[0].text.lstrip())
    if nodes and isinstance(nodes[-1], t.Text):
        nodes[-1] = t.Text(nodes[-1].text.rstrip())
    return [n for n in nodes if not (isinstance(n, t.Text) and not n.text)] or [t.Text("word")]


# Items a typist or a draft leaves: empty (Enter, Tab and nothing typed), or opening with code.
odd_items = st.one_of(st.builds(t.ListItem, st.just([])), st.builds(
    lambda code: t.ListItem([t.CodeBlock(code)]), st.sampled_from(["x = 1", "a\n  b", "港"])))


def blocks_strategy(depth: int = 0) -> st.SearchStrategy[list[t.Block]]:
    paragraph = inline_runs().map(t.Paragraph)
    leaf = st.one_of(paragraph, paragraph,
                     st.builds(t.Heading, st.integers(2, 6), inline_runs(breaks=False)))
    if depth >= 4:
        return st.lists(paragraph, min_size=1, max_size=2)
    inner = st.deferred(lambda: blocks_strategy(depth + 1))
    item = st.one_of(st.builds(lambda p, rest: t.ListItem([p, *rest]), paragraph,
                               st.lists(st.deferred(lambda: list_strategy(depth + 1)),
                                        max_size=1)), odd_items)
    items = st.lists(item, min_size=1, max_size=3)
    lists = st.one_of(st.builds(t.BulletList, items, st.booleans()),
                      st.builds(_ordered, items, st.integers(0, 120), st.booleans()))
    quote = st.builds(t.Quote, inner)
    block: st.SearchStrategy[t.Block] = st.one_of(leaf, lists, quote, st.just(t.Rule()))
    return st.lists(block, min_size=1, max_size=4).map(_separate_lists)


def list_strategy(depth: int) -> st.SearchStrategy[t.Block]:
    paragraph = inline_runs().map(t.Paragraph)
    if depth >= 4:
        item = st.one_of(paragraph.map(lambda p: t.ListItem([p])), odd_items)
    else:
        item = st.one_of(st.builds(lambda p, rest: t.ListItem([p, *rest]), paragraph,
                                   st.lists(st.deferred(lambda: list_strategy(depth + 1)),
                                            max_size=1)), odd_items)
    items = st.lists(item, min_size=1, max_size=3)
    return st.one_of(st.builds(t.BulletList, items, st.booleans()),
                     st.builds(_ordered, items, st.integers(1, 30), st.booleans()))


def _ordered(items: list[t.ListItem], start: int, tight: bool) -> t.OrderedList:
    """An ordered list; one nested right under an item's first line starts at 1 when the
    item is tight (CommonMark: a list starting elsewhere cannot interrupt a paragraph, and
    the blank line it would need makes the item loose)."""
    return t.OrderedList(items, start, tight)


def _fix_nested_starts(blocks: list[t.Block]) -> list[t.Block]:
    for block in t.walk_blocks(blocks):
        if isinstance(block, (t.BulletList, t.OrderedList)) and len(block.items) == 1 and \
                len(block.items[0].blocks) <= 1:
            block.tight = True  # nothing to hold a blank line: no reader can see it loose
        if isinstance(block, (t.BulletList, t.OrderedList)) and block.tight:
            for item in block.items:
                for nested in item.blocks[1:]:
                    if isinstance(nested, t.OrderedList):
                        nested.start = 1
    return blocks


def _separate_lists(blocks: list[t.Block]) -> list[t.Block]:
    """Two lists of a kind (or two quotes) in a row read as one: keep a paragraph between."""
    out: list[t.Block] = []
    for block in blocks:
        if out and type(out[-1]) is type(block) and isinstance(
                block, (t.BulletList, t.OrderedList, t.Quote)):
            out.append(t.Paragraph([t.Text("between")]))
        out.append(block)
    return out


def _normalise_levels(blocks: list[t.Block]) -> list[t.Block]:
    """The parser lifts the body's highest heading, wherever it stands, to level 2."""
    headings = [b for b in t.walk_blocks(blocks) if isinstance(b, t.Heading)]
    levels = [b.level for b in headings]
    if levels:
        shift = 2 - min(levels)
        for block in headings:
            if isinstance(block, t.Heading):
                block.level = max(2, min(6, block.level + shift))
    return blocks


def _without_unwritable_items(blocks: list[t.Block]) -> list[t.Block]:
    """The tree as CommonMark can hold it: in a tight list's item, a list right under the
    item's paragraph cannot start with an empty item (it would read as more of the
    paragraph, or as a heading's underline), so those leading empty items are gone, and a
    list of nothing else with them."""
    for block in t.walk_blocks(blocks):
        if not isinstance(block, (t.BulletList, t.OrderedList)) or not block.tight:
            continue
        for item in block.items:
            kept: list[t.Block] = []
            for inner in item.blocks:
                if kept and isinstance(kept[-1], t.Paragraph) and isinstance(
                        inner, (t.BulletList, t.OrderedList)):
                    while inner.items and not inner.items[0].blocks:
                        del inner.items[0]
                    if not inner.items:
                        continue
                kept.append(inner)
            item.blocks = kept
    return blocks


@settings(max_examples=examples(300, 100), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(blocks_strategy())
def test_tree_to_markdown_and_back_is_the_same_tree(blocks: list[t.Block]) -> None:
    """Any tree, empty items and items opening with code among them, reads back as itself,
    but for the empty items CommonMark cannot hold (left out, and only they)."""
    blocks = _fix_nested_starts(_normalise_levels(blocks))
    source = write_markdown(blocks)
    expected = _fix_nested_starts(_without_unwritable_items(copy.deepcopy(blocks)))
    assert parse_markdown(source) == expected, source
    assert write_markdown(expected) == source  # what was left out had nothing to write


def test_an_empty_sub_item_under_an_item_s_text_is_left_out_not_joined_to_it() -> None:
    """Typed in the formatted view: 1. List, "item 1", Enter, Tab (lows13)."""
    def tree(sub: t.Block) -> list[t.Block]:
        return [t.OrderedList([t.ListItem([t.Paragraph([t.Text("item 1")]), sub])])]
    for empty in (t.OrderedList([t.ListItem([])]), t.BulletList([t.ListItem([])])):
        assert write_markdown(tree(empty)) == "1. item 1"
    for sub in (t.OrderedList([t.ListItem([]), t.ListItem([t.Paragraph([t.Text("b")])])]),
                t.BulletList([t.ListItem([]), t.ListItem([]), t.ListItem([
                    t.Paragraph([t.Text("b")])]), t.ListItem([])])):
        assert parse_markdown(write_markdown(tree(sub))) == tree(type(sub)(sub.items[
            next(n for n, item in enumerate(sub.items) if item.blocks):]))


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1, max_size=60))
def test_any_text_is_read_back_as_the_same_text(text: str) -> None:
    """Whatever a draft's sentence holds, the body shows exactly it, never markup."""
    text = " ".join(text.split())
    if not text:
        return
    blocks = parse_markdown(write_markdown([t.Paragraph([t.Text(text)])]))
    assert t.block_texts(blocks) == [text]


def test_text_that_looks_like_markup_is_escaped() -> None:
    assert write_markdown([t.Paragraph([t.Text("# Not a heading")])]) == "\\# Not a heading"
    assert write_markdown([t.Paragraph([t.Text("2026. A year")])]) == "2026\\. A year"
    assert escape_text("a *b* [c]") == "a \\*b\\* \\[c\\]"
    assert escape_text("snake_case stays") == "snake_case stays"


def test_dashes_in_an_item_stay_words_not_a_rule() -> None:
    for words in ("--- ---", "-- -", "--"):
        tree: list[t.Block] = [t.BulletList([t.ListItem([t.Paragraph([t.Text(words)])])])]
        assert parse_markdown(write_markdown(tree)) == tree, words


def test_nested_lists_indent_under_their_parent_text() -> None:
    tree: list[t.Block] = [t.OrderedList([t.ListItem([
        t.Paragraph([t.Text("Buildings")]),
        t.BulletList([t.ListItem([t.Paragraph([t.Text("roof")])])])])], start=3)]
    assert write_markdown(tree) == "3. Buildings\n    - roof"


def test_bold_italic_and_cjk_emphasis() -> None:
    tree: list[t.Block] = [t.Paragraph([
        t.Text("港口"), t.Strong([t.Text("渡轮")]), t.Text("码头 and "),
        t.Strong([t.Emphasis([t.Text("both")])])])]
    source = write_markdown(tree)
    assert parse_markdown(source) == tree, source


# -- emphasis touching emphasis (the formatted view's bold then italic) ------------------------

_EMPHASIS_PIECES = ["b", "i", "x", "港", "口", " ", "。", "*", "**", "***", "_", "__"]


def _same_kind_inside(nodes: list[t.Inline], around: frozenset[type] = frozenset()) -> bool:
    """Whether an emphasis holds one of its own kind (bold in bold): it looks the same
    as one, and CommonMark often cannot hold it apart."""
    for node in nodes:
        if isinstance(node, (t.Strong, t.Emphasis)):
            if type(node) in around or _same_kind_inside(node.children, around | {type(node)}):
                return True
        elif isinstance(node, t.Link) and _same_kind_inside(node.children, around):
            return True
    return False


@st.composite
def emphasis_paragraphs(draw: st.DrawFn) -> list[t.Block]:
    """A paragraph as the parser reads runs of delimiters between letters, CJK characters,
    punctuation and spaces: bold and italic nested, at each other's edges and touching
    each other and the words beside them (no delimiter left over as text)."""
    source = "".join(draw(st.lists(st.sampled_from(_EMPHASIS_PIECES), min_size=2, max_size=9)))
    tree = parse_markdown(source)
    assume(len(tree) == 1 and isinstance(tree[0], t.Paragraph))
    assert isinstance(tree[0], t.Paragraph)
    assume(not any(char in text for text in t.block_texts(tree) for char in "*_"))
    assume(not _same_kind_inside(tree[0].children))
    return tree


@settings(max_examples=examples(2000, 400), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(emphasis_paragraphs())
def test_emphasis_touching_emphasis_reads_back_as_itself(tree: list[t.Block]) -> None:
    """parse(write(tree)) == tree where bold and italic touch ("**b***i*", "**b*i***",
    "***x***港"): where no delimiter of its own sets an emphasis off, it shares the run of
    the one beside or around it."""
    source = write_markdown(tree)
    assert parse_markdown(source) == tree, source


@pytest.mark.parametrize(("tree", "written"), [
    ([t.Strong([t.Text("b")]), t.Emphasis([t.Text("i")])], "__b__*i*"),
    ([t.Strong([t.Text("b"), t.Emphasis([t.Text("i")])])], "__b*i*__"),
    ([t.Strong([t.Emphasis([t.Text("i")]), t.Text("b")])], "__*i*b__"),
    ([t.Emphasis([t.Text("i"), t.Strong([t.Text("b")])])], "_i**b**_"),
    ([t.Text("x"), t.Strong([t.Text("b")]), t.Emphasis([t.Text("i")])], "x**b**_i_"),
    ([t.Text("港口"), t.Strong([t.Text("渡轮")]), t.Emphasis([t.Text("码头")])],
     "港口**渡轮**_码头_"),
    # (no delimiter of its own sets these off: the emphasis shares a run)
    ([t.Text("港"), t.Emphasis([t.Strong([t.Text("口")])]), t.Text("港")], "港***口***港"),
    ([t.Emphasis([t.Strong([t.Text("x")])]), t.Text("b")], "***x***b"),
    ([t.Text("b"), t.Emphasis([t.Strong([t.Text("口b")])])], "b***口b***"),
    ([t.Text("口"), t.Emphasis([t.Strong([t.Text("x")]), t.Text("口")])], "口***x**口*"),
])
def test_touching_emphasis_reads_back_as_written(tree: list[t.Inline], written: str) -> None:
    blocks: list[t.Block] = [t.Paragraph(tree)]
    assert write_markdown(blocks) == written
    assert parse_markdown(written) == blocks


@settings(max_examples=examples(200, 60), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(markdown_bodies)
def test_ordinary_bodies_are_written_as_before_touching_runs(markdown: str) -> None:
    """A body whose emphasis each has delimiters of its own is written as the writer
    always wrote it: the shared runs are only for emphasis it dropped before."""
    blocks = parse_markdown(markdown)

    class Before(markdown_writer._Inlines):
        def __init__(self, touching: bool = False) -> None:
            super().__init__(touching=False)

    with patch.object(markdown_writer, "_Inlines", Before):
        before = write_markdown(blocks)
    assert write_markdown(blocks) == before


# -- items that open with a list (nested empty items among them) ---------------------------

def _nested_lists(depth: int) -> st.SearchStrategy[t.Block]:
    """A tight list whose items hold nothing, or only lists (an item opening with a list),
    or a word: "- - -" is such an item three levels deep."""
    inner = st.deferred(lambda: _nested_lists(depth + 1)) if depth < 6 else st.nothing()
    nothing: list[t.Block] = []
    word: list[t.Block] = [t.Paragraph([t.Text("quay")])]
    blocks: st.SearchStrategy[list[t.Block]] = st.one_of(
        st.just(nothing), st.lists(inner, min_size=1, max_size=2), st.just(word))
    items = st.lists(blocks.map(t.ListItem), min_size=1, max_size=3)
    return st.one_of(st.builds(t.BulletList, items), st.builds(t.OrderedList, items,
                                                               st.integers(0, 12)))


@settings(max_examples=examples(400, 150), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(_nested_lists(0))
def test_no_line_of_nested_items_reads_back_as_anything_else(block: t.Block) -> None:
    """An item that opens with a list writes that list on its own line ("- - a"), and one
    holding only empty items would write a rule ("- - -"): every such tree reads back as
    itself, its items at their depth, never a rule or a code block."""
    tree: list[t.Block] = [block]
    source = write_markdown(tree)
    assert parse_markdown(source) == tree, source
    assert not any(isinstance(b, (t.Rule, t.CodeBlock)) for b in t.walk_blocks(
        parse_markdown(source)))


@pytest.mark.parametrize(("depth", "written"), [
    (1, "-"), (2, "- -"), (3, "-\n  - -"), (4, "- -\n    - -"), (5, "-\n  - -\n      - -")])
def test_empty_items_nested_deep_are_written_as_items(depth: int, written: str) -> None:
    tree: list[t.Block] = [t.BulletList([t.ListItem([])])]
    for _ in range(depth - 1):
        tree = [t.BulletList([t.ListItem(tree)])]
    assert write_markdown(tree) == written
    assert parse_markdown(written) == tree

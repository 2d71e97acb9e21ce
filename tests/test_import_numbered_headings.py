"""Chinese numbered headings (一、…, （一）…, and "1." under them) in drafts: a heading line
is one whether a blank line follows it or its paragraph starts on the next line, in a text
draft as in a Word draft (each line a paragraph there)."""

from __future__ import annotations

import io
from datetime import UTC

import docx
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from releasedesk.body import tree as t
from releasedesk.body.parse import parse_markdown
from releasedesk.importing import READERS, import_bytes

from examples import examples

SETTINGS = settings(max_examples=examples(60, 25), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

HEADLINE = "芬霍洛市启动2026年冬季供暖保障工作"
FIRST = "市政府今天召开冬季供暖保障工作会议，部署全市供暖工作。"
HAN = "一二三四五六七八九"
TOPICS = ["总体要求", "保障热源供应", "加强管网巡查", "工作措施", "做好应急准备"]
SENTENCES = ["坚持以人民为中心，确保群众温暖过冬。", "各供热企业要在12月10日前完成设备检修。",
             "市住建局设立24小时服务热线12345。", "储煤量不低于30天用量。"]
ITEMS = ["1. 每日巡查主干管网。\n2. 发现泄漏2小时内抢修。"]

# A section: (its level, 2 一、 3 （一） 4 "1.", its topic, its paragraphs or list,
# whether a blank line follows its heading).
Section = tuple[int, int, list[str], bool]


@st.composite
def drafts(draw: st.DrawFn) -> list[Section]:
    sections: list[Section] = [(2, draw(st.integers(0, 4)), [], True)]
    for _ in range(draw(st.integers(0, 5))):
        level = draw(st.integers(2, min(4, sections[-1][0] + 1)))
        sections.append((level, draw(st.integers(0, 4)), [], True))
    drawn: list[Section] = []
    for level, topic, _, _ in sections:
        # (a list straight under or over a "1." heading is one list with it, in any reader)
        blocks = draw(st.lists(st.sampled_from(SENTENCES + ITEMS * (level < 4)), min_size=1,
                               max_size=2))
        if level == 4 and drawn and drawn[-1][2][-1] in ITEMS:
            drawn[-1][2].append(SENTENCES[0])
        drawn.append((level, topic, blocks, draw(st.booleans())))
    return drawn


def headings(sections: list[Section]) -> list[tuple[int, str]]:
    numbers = {2: 0, 3: 0, 4: 0}
    out = []
    for level, topic, _, _ in sections:
        numbers[level] += 1
        for deeper in range(level + 1, 5):
            numbers[deeper] = 0
        number = numbers[level]
        label = {2: f"{HAN[(number - 1) % 9]}、", 3: f"（{HAN[(number - 1) % 9]}）",
                 4: f"{number}. "}[level]
        out.append((level, label + TOPICS[topic]))
    return out


def text_draft(sections: list[Section], blank_lines: bool) -> bytes:
    """The draft as text; *blank_lines*: a blank line after every heading, else where the
    section says."""
    chunks = [HEADLINE, FIRST]
    for (_, heading), (_, _, blocks, blank) in zip(headings(sections), sections, strict=True):
        after = "\n\n".join(blocks)
        chunks.append(f"{heading}\n\n{after}" if blank or blank_lines else f"{heading}\n{after}")
    return "\n\n".join(chunks).encode()


def word_draft(sections: list[Section]) -> bytes:
    """The draft in Word, each line a paragraph."""
    document = docx.Document()
    lines = text_draft(sections, True).decode().split("\n")
    for line in lines:
        if line:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def body_of(data: bytes, fmt: str) -> str:
    release, _ = import_bytes(data, f"draft.{fmt}", READERS[fmt], zone=UTC)
    assert release.headline == HEADLINE
    return release.body


@SETTINGS
@given(drafts())
@example([(2, 0, [SENTENCES[0]], False), (3, 1, [SENTENCES[1]], False),
          (3, 2, [ITEMS[0]], False), (2, 3, [SENTENCES[2]], False)])  # the tester's draft
def test_a_heading_line_is_one_with_or_without_a_blank_line_after_it(
        sections: list[Section]) -> None:
    as_typed = body_of(text_draft(sections, False), "txt")
    spaced = body_of(text_draft(sections, True), "txt")
    assert as_typed == spaced
    found = [(b.level, t.plain_text(b.children)) for b in parse_markdown(as_typed)
             if isinstance(b, t.Heading)]
    assert [text for _, text in found] == [text.strip() for _, text in headings(sections)]
    assert [level for level, _ in found] == [level for level, _ in headings(sections)]
    assert "\\\n" not in as_typed  # (no heading line left as a hard break)
    assert body_of(word_draft(sections), "docx") == spaced


def test_a_sentence_or_a_long_line_is_no_heading() -> None:
    # A paragraph that opens with "一、…。" or a long first line stays a paragraph.
    for first in ("一、坚持以人民为中心。", "一、" + "坚持以人民为中心确保群众温暖过冬" * 3):
        data = f"{HEADLINE}\n\n{FIRST}\n\n{first}\n{SENTENCES[1]}".encode()
        body = body_of(data, "txt")
        assert not [b for b in parse_markdown(body) if isinstance(b, t.Heading)], body
        assert first in body

"""A text or Markdown draft's heading line with its paragraph straight under it (no blank
line between: "## Timetable" then the text, a line underlined with --- or ===, a Chinese
一、 line) imports as a heading and a paragraph, exactly as with a blank line after it:
the heading's words the heading, none of the paragraph's words in it, and none lost."""

from __future__ import annotations

from datetime import UTC

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk.body import tree as t
from releasedesk.body.parse import parse_markdown
from releasedesk.importing import READERS, import_bytes

from examples import examples

HEADLINE = "Calloway Harbour Board Opens a Night Ferry Service"
FIRST = "CALLOWAY – The harbour board will run ferries to the islands after dark from May."
WORDS = {"en": ["Timetable", "Night fares", "Where to board", "Accessibility"],
         "zh": ["夜间班次", "票价安排", "候船地点", "无障碍服务"]}
SENTENCES = {"en": ["Ferries leave the east quay every hour until midnight.",
                    "Tickets cost the same as in the day.",
                    "The terminal cafe stays open for passengers."],
             "zh": ["渡轮每小时从东码头发出一班，直至午夜。", "夜间票价与日间相同。",
                    "候船厅咖啡馆为旅客延长营业时间。"]}
HAN = "一二三四五"

# A section: (how its heading is written, its language, its words, its paragraph's lines).
Section = tuple[str, str, int, list[int]]
FORMS = ["hashes", "closed hashes", "dashes", "numbered"]


@st.composite
def sections(draw: st.DrawFn) -> list[Section]:
    drawn: list[Section] = []
    for _ in range(draw(st.integers(1, 4))):
        form = draw(st.sampled_from(FORMS))
        language = "zh" if form == "numbered" else draw(st.sampled_from(["en", "zh"]))
        lines = draw(st.lists(st.integers(0, 2), min_size=1, max_size=2))
        drawn.append((form, language, draw(st.integers(0, 3)), lines))
    return drawn


def heading_line(form: str, words: str, number: int) -> str:
    if form == "hashes":
        return f"## {words}"
    if form == "closed hashes":
        return f"### {words} ###"
    if form == "dashes":
        return f"{words}\n{'-' * max(3, len(words))}"
    return f"{HAN[number]}、{words}"


def heading_text(form: str, words: str, number: int) -> str:
    return f"{HAN[number]}、{words}" if form == "numbered" else words


def draft(drawn: list[Section], blank: bool) -> bytes:
    chunks = [HEADLINE, FIRST]
    numbered = 0
    for form, language, word, lines in drawn:
        words = WORDS[language][word]
        paragraph = "\n".join(SENTENCES[language][n] for n in lines)
        chunks.append(heading_line(form, words, numbered) + ("\n\n" if blank else "\n") +
                      paragraph)
        numbered += form == "numbered"
    return "\n\n".join(chunks).encode()


def body_of(data: bytes, fmt: str) -> str:
    release, _ = import_bytes(data, f"draft.{fmt}", READERS[fmt], zone=UTC)
    assert release.headline == HEADLINE
    return release.body


@settings(max_examples=examples(80, 40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(sections(), st.sampled_from(["txt", "md"]))
def test_a_heading_line_then_its_text_is_a_heading_and_a_paragraph(
        drawn: list[Section], fmt: str) -> None:
    as_typed = body_of(draft(drawn, blank=False), fmt)
    blocks = parse_markdown(as_typed)
    assert blocks == parse_markdown(body_of(draft(drawn, blank=True), fmt))
    numbered = 0
    expected: list[tuple[str, str]] = [("p", FIRST.split(" – ", 1)[1])]
    for form, language, word, lines in drawn:
        expected.append(("h", heading_text(form, WORDS[language][word], numbered)))
        # (a text draft's short lines are kept as written; Markdown joins them)
        joiner = "\n" if fmt == "txt" else "" if language == "zh" else " "
        expected.append(("p", joiner.join(SENTENCES[language][n] for n in lines)))
        numbered += form == "numbered"
    found = [("h" if isinstance(b, t.Heading) else "p", t.plain_text(b.children))
             for b in blocks if isinstance(b, (t.Heading, t.Paragraph))]
    assert len(found) == len(blocks)
    assert found[1:] == expected[1:], as_typed

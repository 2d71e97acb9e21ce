"""No word is lost: every word of a draft lands in some field, unless the importer consumed it
as a label ("FOR IMMEDIATE RELEASE", "Media contact:", "###") or a date it parsed into a
date field. Checked as a property over generated drafts in every source format and shape.
"""

from __future__ import annotations

import html
import io
import re
from collections import Counter
from datetime import UTC

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from releasedesk.body import tree as t
from releasedesk.body.parse import parse_markdown
from releasedesk.importing import READERS, import_bytes
from releasedesk.importing import patterns as p
from releasedesk.importing.report import ImportReport
from releasedesk.model import Release

_CJK = re.compile(r"[\u3400-\u9fff]")
# Every word a label may hold. A consumed "label" with any other word fails the test.
_LABELS = (
    "for immediate immediately release embargoed embargo until till to hold under not "
    "publication before media press news contact contacts inquiries enquiries more further "
    "information please phone telephone tel mobile cell office fax direct email e mail about "
    "time date dated released published posted on browse views view hits visits clicks read "
    "reads count 30 end ends 即 时 发 布 立 日 禁 至 媒 体 联 系 人 新 闻 方 式 垂 询 电 话 手 "
    "机 传 真 子 邮 件 箱 关 于 间 期 浏 览 次 数 阅 读 量 点 击 率 访 问 完")
LABEL_WORDS = set(_LABELS.split())

VOCABULARY = ["harbour", "ferry", "Quay", "island", "council", "budget", "residents", "2026",
              "Nov.", "25,", "the", "and", "About", "Contact", "Press", "release", "Phone",
              "42", "café", "O'Brien", "港口", "渡轮", "码头", "。", "—", "e-mail", "3.5",
              "#1", "*", "x_y", "[note]", "<b>", "&", "FOR", "IMMEDIATE", "WASHINGTON"]
words_ = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=12).map(" ".join)
sentences = st.lists(st.sampled_from(VOCABULARY), min_size=8, max_size=40).map(
    lambda ws: " ".join(ws) + ".")


@st.composite
def drafts(draw: st.DrawFn) -> list[tuple[str, str]]:
    """A draft as (kind, text) blocks in a plausible but shuffled-at-the-edges order."""
    blocks: list[tuple[str, str]] = []
    if draw(st.booleans()):
        blocks.append(("p", draw(st.sampled_from([
            "FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL 10:00 a.m. EST, Tuesday, March 3, 2026",
            "Media Advisory 26-014", "即时发布"]))))
    if draw(st.booleans()):
        blocks.append(("p", "Contact: Ada Brill, Northgate Library Trust, +1 555 0100 200, "
                             "press@library.example"))
    blocks.append(("title", draw(words_)))
    if draw(st.booleans()):
        blocks.append(("p", draw(words_)))
    if draw(st.booleans()):
        blocks.append(("p", draw(st.sampled_from(["Nov. 25, 2026", "Release time: 2026-11-16 "
                                                  "Browse: 312", "2020年11月16日"]))))
    lead = draw(st.sampled_from(["", "PORT CALLOWAY, Nov. 25, 2026 — ", "WASHINGTON - ",
                                 "芬霍洛11月25日电——"]))
    blocks.append(("p", lead + draw(sentences)))
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["p", "p", "list", "h"]))
        blocks.append((kind, draw(sentences) if kind == "p" else draw(words_)))
    if draw(st.booleans()):
        blocks.append(("p", draw(st.sampled_from(["###", "-30-", "-end-"]))))
    tail = [("p", "Media contacts"), ("lines", "Dana Whitlock\nPress Officer, Calloway Harbour "
                                              "Authority\nPhone: +1 555 0142 318\nEmail: "
                                              "press@calloway-harbour.example"),
            ("p", "About Calloway Harbour Authority"), ("p", draw(sentences)),
            ("p", draw(words_)), ("lines", "© 2026 Calloway Harbour Authority\n"
                                          "Technical support: " + draw(words_))]
    blocks.extend(draw(st.lists(st.sampled_from(tail), max_size=5, unique=True)))
    return blocks


def as_text(blocks: list[tuple[str, str]]) -> bytes:
    out = []
    for kind, text in blocks:
        if kind == "list":
            out.append("\n".join(f"• {item}" for item in text.split(" ", 2)))
        else:
            out.append(text)
    return "\n\n".join(out).encode("utf-8")


def as_markdown(blocks: list[tuple[str, str]]) -> bytes:
    from releasedesk.render.markdown_writer import escape_text

    out = []
    for kind, text in blocks:
        escaped = "\\\n".join(escape_text(line) for line in text.split("\n"))
        if kind == "title":
            out.append("# " + escaped)
        elif kind == "h":
            out.append("## " + escaped)
        elif kind == "list":
            out.append("\n".join(f"- {escape_text(item)}" for item in text.split(" ", 2)))
        else:
            out.append(escaped if not escaped.startswith(("#", "-", "©")) else "\\" + escaped
                       if escaped[0] in "#-" else escaped)
    return "\n\n".join(out).encode("utf-8")


def as_html(blocks: list[tuple[str, str]]) -> bytes:
    out = ["<html><body>"]
    for kind, text in blocks:
        safe = html.escape(text).replace("\n", "<br>")
        if kind == "title":
            out.append(f"<h1>{safe}</h1>")
        elif kind == "h":
            out.append(f"<h2>{safe}</h2>")
        elif kind == "list":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>"
                                        for i in text.split(" ", 2)) + "</ul>")
        else:
            out.append(f"<p>{safe}</p>")
    out.append("</body></html>")
    return "\n".join(out).encode("utf-8")


def as_docx(blocks: list[tuple[str, str]]) -> bytes:
    document = docx.Document()
    for kind, text in blocks:
        if kind == "title":  # direct formatting only: bold, large, centred
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(text).bold = True
        elif kind == "h":
            document.add_paragraph(text, style="Heading 2")
        elif kind == "list":
            for item in text.split(" ", 2):
                document.add_paragraph(item, style="List Bullet")
        else:
            document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def words(text: str) -> Counter[str]:
    """Words as a reader counts them: \\w runs, each CJK character one word, case folded."""
    found: Counter[str] = Counter()
    for token in re.findall(r"\w+", text):
        for piece in re.split(r"([\u3400-\u9fff])", token):
            if piece:
                found[piece.casefold()] += 1
    return found


def visible(markdown: str) -> str:
    return "\n".join(t.block_texts(parse_markdown(markdown)))


def result_words(release: Release) -> Counter[str]:
    parts = [release.headline, release.subheadline, release.dateline, release.organization,
             visible(release.body), visible(release.boilerplate),
             *(line.text for line in release.footer)]
    for contact in release.contacts:
        parts.extend((contact.name, contact.role, contact.organization, contact.phone,
                      contact.email))
    return words("\n".join(parts))


def consumed_words(release: Release, report: ImportReport) -> Counter[str]:
    """Words the importer consumed, each checked to be a label or a date it really parsed."""
    total: Counter[str] = Counter()
    for item in report.consumed:
        if item.kind == "label":
            extra = set(words(item.text)) - LABEL_WORDS
            assert not extra, f"consumed {item.text!r} as a label"
        elif item.kind == "date":
            day = p.find_date(item.text)
            assert release.release_date is not None
            assert (day is not None and day[0] == release.release_date) or (
                day is None and re.fullmatch(r"\w+\.? \d{1,2}|\d{1,2}月\d{1,2}日", item.text)), item
        elif item.kind == "moment":
            moment, _, _ = p.embargo_moment(item.text, UTC)
            assert moment == release.embargo_until, item
        else:
            assert p.COUNTER.fullmatch(" " + item.text), item
        total.update(words(item.text))
    return total


def check_no_word_lost(blocks: list[tuple[str, str]], data: bytes, fmt: str) -> None:
    release, report = import_bytes(data, f"draft.{fmt}", READERS[fmt], zone=UTC)
    expected = words("\n".join(text for _, text in blocks))
    found = result_words(release) + consumed_words(release, report)
    lost = expected - found
    assert not lost, f"lost {dict(lost)}; report: {report.text_lines()}"


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(drafts())
@example([("title", "harbour"), ("p", "harbour harbour."), ("h", "About About 2026"),
          ("p", "Media contacts"),
          ("lines", "Dana Whitlock\nPress Officer, Calloway Harbour Authority\n"
                    "Phone: +1 555 0142 318\nEmail: press@calloway-harbour.example"),
          ("p", "About Calloway Harbour Authority"), ("p", "harbour harbour."),
          ("p", "About About 2026")])  # a second About heading naming the organisation again
@example([("title", "harbour"), ("p", "harbour harbour."), ("p", "Media contacts"),
          ("lines", "Dana Whitlock\nPress Officer, Calloway Harbour Authority\n"
                    "Phone: +1 555 0142 318\nEmail: press@calloway-harbour.example"),
          ("p", "harbour — harbour — harbour harbour 3.5 3.5 3.5.")])  # a one-line contact
def test_no_word_of_a_text_draft_is_lost(blocks: list[tuple[str, str]]) -> None:
    check_no_word_lost(blocks, as_text(blocks), "txt")


@SETTINGS
@given(drafts())
def test_no_word_of_a_markdown_draft_is_lost(blocks: list[tuple[str, str]]) -> None:
    check_no_word_lost(blocks, as_markdown(blocks), "md")


@SETTINGS
@given(drafts())
@example([("title", "harbour"), ("p", "harbour harbour."), ("p", "Media contacts"),
          ("lines", "Dana Whitlock\nPress Officer, Calloway Harbour Authority\n"
                    "Phone: +1 555 0142 318\nEmail: press@calloway-harbour.example"),
          ("p", "About Calloway Harbour Authority"), ("p", "harbour harbour."),
          ("p", "Quay Contact")])  # a capitalised word before "Contact" is no label
def test_no_word_of_an_html_draft_is_lost(blocks: list[tuple[str, str]]) -> None:
    check_no_word_lost(blocks, as_html(blocks), "html")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts())
@example([("title", "* About O'Brien"), ("p", "* harbour harbour harbour.")])  # a typed list
def test_no_word_of_a_word_draft_is_lost(blocks: list[tuple[str, str]]) -> None:
    check_no_word_lost(blocks, as_docx(blocks), "docx")


def test_words_count_cjk_characters_one_by_one() -> None:
    assert words("港口 ferry, Ferry") == Counter({"港": 1, "口": 1, "ferry": 2})
    assert not _CJK.search("ferry")


@pytest.mark.parametrize(("line", "organisation"), [
    ("NASA Contact:", "NASA"), ("NSF Media Contact:", "NSF"), ("Press Contact:", ""),
    ("News Media Contact", "")])
def test_an_agency_named_before_contact_is_its_contacts_organisation(line: str,
                                                                     organisation: str) -> None:
    text = (f"Harbour opens new quay\n\nPORT CALLOWAY — The quay opens today.\n\n-end-\n\n"
            f"{line}\nDana Whitlock\n555-0142\ndana@harbour.example\n")
    release, _ = import_bytes(text.encode(), "draft.txt", READERS["txt"], zone=UTC)
    [contact] = release.contacts
    assert contact.name == "Dana Whitlock" and contact.organization == organisation

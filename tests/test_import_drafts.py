"""Drafts in the shapes press offices send, each read into the right fields."""

from __future__ import annotations

import textwrap
from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from releasedesk.body import tree as t
from releasedesk.body.parse import parse_markdown
from releasedesk.importing import READERS, import_bytes
from releasedesk.importing.report import GUESSED, UNPLACED
from releasedesk.importing.source import decode_text
from releasedesk.importing.text_reader import read_text
from releasedesk.model import Contact, FooterLine, Release

import drafts


def _import(data: bytes, fmt: str) -> tuple[Release, list[str], list[str]]:
    release, report = import_bytes(data, f"draft.{fmt}", READERS[fmt], zone=UTC)
    return (release, [i.field for i in report.of_kind(GUESSED)],
            [i.snippet for i in report.of_kind(UNPLACED)])


def test_emailed_text_wrapped_at_70_columns() -> None:
    release, guessed, _ = _import(drafts.EMAIL_TEXT.encode(), "txt")
    assert release.headline == "MARROW ISLAND FERRY COOPERATIVE ADDS A NIGHT CROSSING ON WEEKENDS"
    assert "headline" in guessed
    assert release.status == "immediate" and release.release_date == date(2026, 3, 9)
    assert release.dateline == "MARROW ISLAND"
    assert release.contacts == [Contact("Wren Halloway", "", "Marrow Island Ferry Cooperative",
                                        "+1 555 0177 210", "wren@marrow-ferry.example")]
    assert release.end_mark == "-30-"
    # ("About the Marrow Island …": the heading's article is not the name's)
    assert release.organization == "Marrow Island Ferry Cooperative"
    assert release.boilerplate.startswith("The Marrow Island Ferry Cooperative is owned by")
    blocks = parse_markdown(release.body)
    # The wrapped lines are one paragraph again; the "--" lines a list; the address a link.
    assert t.block_texts(blocks)[0] == drafts.EMAIL_PARAGRAPHS[0].removeprefix("MARROW ISLAND - ")
    assert isinstance(blocks[4], t.BulletList) and len(blocks[4].items) == 3
    assert [link.href for link in t.iter_links(blocks)] == ["https://marrow-ferry.example/night"]


def test_city_portal_release_like_the_reference() -> None:
    release, guessed, _ = _import(drafts.PORTAL_TEXT.encode(), "txt")
    assert release.headline == "Fernhollow District Opens a Repair Café in the Old Tram Depot"
    assert release.release_date == date(2026, 11, 16)
    assert release.conventions.release_line == "Release time:{date}"
    assert release.conventions.date_format == "iso"
    assert "Browse" not in release.body and "Release time" not in release.body
    assert len(parse_markdown(release.body)) == 3
    assert [line.text for line in release.footer] == [
        "All rights reserved Sponsored by Fernhollow District Administration Office",
        "Technical Support: Wendmouth Data Works  Network Support: Fernhollow Telecom  "
        "Security Support: Riverside Assurance Labs"]
    assert "footer" in guessed


def test_chinese_release_in_gb18030() -> None:
    raw = drafts.CHINESE_TEXT.encode("gb18030")
    assert decode_text(raw, "x")[1] == "gb18030"
    release, _, _ = _import(raw, "txt")
    assert release.language == "zh-CN"
    assert release.headline == "芬霍洛区图书馆推出夜间自习室"
    assert release.release_date == date(2026, 11, 25)
    assert release.dateline == "芬霍洛"
    assert parse_markdown(release.body)[0] == t.Paragraph([t.Text(
        "芬霍洛区图书馆今天宣布，中心馆三楼的自习室将从下月起延长开放至晚上十一点，方便备考学生和下班后学习的居民使用。")])
    assert release.contacts[0].phone == "+44 5550 118 260"
    assert release.contacts[0].email == "press@fernhollow-library.example"
    assert release.organization == "芬霍洛区图书馆"
    assert release.boilerplate == "芬霍洛区图书馆成立于一九五二年，下设一个中心馆和七个社区分馆。"
    assert release.footer[0].text == "版权所有 芬霍洛区行政公署办公室主办"


def test_markdown_draft_with_embargo() -> None:
    release, guessed, _ = _import(drafts.MARKDOWN_TEXT.encode(), "md")
    assert release.headline == "Northgate Library Opens a Seed Library"
    assert "headline" not in guessed  # a top-level Markdown heading
    assert release.subheadline.startswith("Residents can borrow seeds")
    assert release.status == "embargoed"
    assert release.embargo_until == datetime(2026, 3, 3, 15, 0, tzinfo=UTC)
    assert release.embargo_zone == "America/New_York"
    assert release.dateline == "NORTHGATE" and release.release_date == date(2026, 3, 3)
    assert release.body.startswith("The Northgate Library Trust today opened a **seed library**")
    assert "2. Grow them, and bring back seeds from your best plants.\n    - The library" \
        in release.body
    assert release.end_mark == "###"
    assert release.contacts[0].role == "Press Officer"


def test_email_html_keeps_formatting_and_drops_scripts_tracking_and_images() -> None:
    release, guessed, _ = _import(drafts.EMAIL_HTML.encode("cp1252"), "html")
    assert release.headline == "Calloway Harbour Adds Two Electric Water Taxis"
    assert "headline" in guessed
    assert release.dateline == "PORT CALLOWAY"
    body = release.body
    assert "**Monday**" in body and "*old shipyard*" in body
    assert "[our site](https://calloway-harbour.example/taxis)" in body  # utm_* removed
    assert "javascript" not in body and "this link is not safe" in body
    assert "tracking" not in body and "pixel" not in body
    assert "The first water taxi at the quay" in body  # the image's alt text, as text
    assert "1. Boats run every ten minutes.\n    - Later at weekends.\n2. Tickets" in body


def test_word_draft_with_direct_formatting_and_no_styles() -> None:
    release, guessed, unplaced = _import(drafts.word_direct_formatting(), "docx")
    assert release.headline == "Calloway Harbour Authority Chooses Builder for the New Fish Market"
    assert release.subheadline == "Work on the quayside hall starts in April"
    assert {"headline", "subheadline"} <= set(guessed)
    assert unplaced == ["Media Advisory 26-014"]  # a release number, not the headline
    # kept, after the body: the exports lead the body's first paragraph with the dateline
    assert release.body.endswith("\n\nMedia Advisory 26-014")
    assert release.status == "embargoed"
    assert release.embargo_until == datetime(2026, 2, 12, 9, 30,
                                             tzinfo=timezone(timedelta(hours=-8)))
    assert "[the plans](https://calloway-harbour.example/market)" in release.body
    assert "- 24 stalls for island fishers\n- a cold store" in release.body
    assert release.contacts == [Contact("Dana Whitlock", "", "Calloway Harbour Authority",
                                        "+1 555 0142 318", "press@calloway-harbour.example")]


def test_word_draft_with_styles_numbering_table_tracked_changes_and_page_footer() -> None:
    data = drafts.word_with_styles()
    release, report = import_bytes(data, "draft.docx", READERS["docx"], zone=UTC)
    assert release.headline == "Fernhollow Opens Three New Bicycle Streets"
    assert release.subheadline.startswith("Cars give way to bicycles")
    assert not report.guessed_fields()
    blocks = parse_markdown(release.body)
    assert t.block_texts(blocks[:1]) == [
        "The district today opened three bicycle streets in the old town. Cars may still use "
        "them at walking pace."]  # the tracked insertion kept, the deletion left out
    assert report.notes
    assert isinstance(blocks[1], t.Heading)
    numbered = blocks[2]
    assert isinstance(numbered, t.OrderedList) and len(numbered.items) == 2
    assert isinstance(numbered.items[1].blocks[1], t.BulletList)
    table = blocks[3]  # (a table of data: a list, an item per row)
    assert isinstance(table, t.BulletList)
    assert t.block_texts([table]) == ["Mill Street: 640 m", "Quay Lane: 410 m"]
    assert release.footer == [FooterLine("© 2026 Fernhollow District Administration"),
                              FooterLine("Technical Support: Wendmouth Data Works")]
    assert release.organization == "Fernhollow District Administration"
    assert release.contacts[0].email == "press@fernhollow.example"


def test_contacts_one_per_line_and_labels() -> None:
    text = ("Harbour Festival Returns\n\nPORT CALLOWAY — The festival returns in May.\n\n"
            "Media contacts:\nPeter West, Calloway Harbour Authority, (555) 292-7761, "
            "pwest@harbour.example\nMaya Lind, Press Officer, Port Calloway Council, "
            "+1 555 0100 300, maya@council.example\n")
    release, _, _ = _import(text.encode(), "txt")
    assert release.contacts == [
        Contact("Peter West", "", "Calloway Harbour Authority", "(555) 292-7761",
                "pwest@harbour.example"),
        Contact("Maya Lind", "Press Officer", "Port Calloway Council", "+1 555 0100 300",
                "maya@council.example")]
    assert release.body == "The festival returns in May."


def test_encodings_are_detected() -> None:
    text = "Café opens — “Grand” day\n\nThe café on the quay opens."
    for encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"):
        assert decode_text(text.encode(encoding), "x")[0].lstrip("\ufeff") == text, encoding
    assert decode_text("港口码头开放".encode("gb18030"), "x") == ("港口码头开放", "gb18030")


# A Chinese draft as press offices type it: common characters and Chinese punctuation,
# with the Latin quotes, dashes, ellipsis and middle dot of a Western keyboard, and ASCII
# names, numbers and addresses.
_HANZI = "港口码头开放今天上午宣布渡轮启航票价英镑详见新闻发布会区图书馆夜间自习室居民使用"
_CHINESE_MARKS = "，。、：；！？（）《》「」"
_LATIN_MARKS = ["“", "”", "‘", "’", "—", "——", "–", "…", "……", "·", "°", "\"", "'", "-"]
_ASCII_WORDS = ["Calloway", "Harbour", "Tidewater Spirit", "10:30", "2026", "www.example.org",
                "press@example.org", "OK", "CEO"]

chinese_drafts = st.lists(
    st.one_of(st.text(_HANZI, min_size=2, max_size=12), st.sampled_from(_CHINESE_MARKS),
              st.sampled_from(_LATIN_MARKS), st.sampled_from(_ASCII_WORDS),
              st.just(" "), st.just("\n\n")),
    min_size=4, max_size=60).map("".join).filter(
        lambda text: sum(c in _HANZI for c in text) >= 4)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chinese_drafts)
def test_a_gb18030_draft_with_latin_punctuation_reads_as_chinese(text: str) -> None:
    # Latin marks count with the Chinese ones: no draft has more marks than characters.
    assume(sum(c in _HANZI for c in text) >= sum(c in "".join(_LATIN_MARKS) for c in text))
    raw = text.encode("gb18030")
    assume(any(byte > 0x7F for byte in raw))
    # A few GB18030 pairs are also UTF-8 ("习" is CF B0, "ϰ" in UTF-8): a draft made only of
    # such characters is valid UTF-8, and read as UTF-8, as any reader would.
    assume(not _valid_utf8(raw))
    assert decode_text(raw, "x") == (text, "gb18030")


def _valid_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# Western words as typed on an older Windows PC: accents inside words, smart quotes and
# dashes around them.
_WESTERN_WORDS = ["café", "Café", "déjà", "naïve", "façade", "Zürich", "Ærø", "señor", "über",
                  "Crème", "brûlée", "Straße", "opens", "the", "quay", "Harbour", "2026", "£5",
                  "€10", "50°"]
western_drafts = st.lists(
    st.one_of(st.sampled_from(_WESTERN_WORDS),
              st.sampled_from(_WESTERN_WORDS).map(lambda w: f"“{w}”"),
              st.sampled_from(_WESTERN_WORDS).map(lambda w: f"‘{w}’"),
              st.sampled_from([" — ", " – ", "… ", ", ", ". ", "\n\n"])),
    min_size=3, max_size=60).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(western_drafts)
def test_a_windows_1252_western_draft_still_reads_as_windows_1252(text: str) -> None:
    raw = text.encode("cp1252")
    assume(any(byte > 0x7F for byte in raw))
    assert decode_text(raw, "x") == (text, "windows-1252")


def test_a_chinese_release_with_latin_quotes_and_dashes() -> None:
    text = ("港口码头今天开放——Calloway Harbour Authority 宣布，“Tidewater Spirit” 号渡轮"
            "上午 10:30 启航…… 票价 – 5 英镑 · 详见 www.example.org。")
    assert decode_text(text.encode("gb18030"), "x") == (text, "gb18030")
    assert decode_text(text.encode("gbk"), "x") == (text, "gb18030")


WRAPPED_SHORT = [  # (a sentence, the width a mail program wraps it at: a short first line)
    ("Harbour ferry ferry the the the filter beds $4 $4 volunteers.", 60),
    ("Read the notice at the town office or visit "
     "https://kestrel-valley-water.example/notices/filter-house.", 72),
    ("Questions about the works go to the press desk at "
     "press-desk-for-the-filter-house@kestrel-water.example today.", 78),
    ("The new intake runs from 06:00 to 22:00 daily: "
     "Headquarters-by-the-river-and-old-mill-lane.", 66),
]


@given(st.sampled_from(WRAPPED_SHORT), st.integers(0, 2), st.booleans())
def test_a_short_wrapped_paragraph_is_one_paragraph_in_a_wrapped_draft(
        case: tuple[str, int], place: int, quoted: bool) -> None:
    """A two-line paragraph whose first line is short of the draft's width only because the
    next word was long is still one paragraph, judged by the width the rest of the draft
    was wrapped at; address lines in the same draft stay lines."""
    sentence, width = case
    paragraph = "\n".join(textwrap.wrap(sentence, width, break_on_hyphens=False))
    assert paragraph.count("\n") == 1 and paragraph.index("\n") < 50  # (what is tested)
    long = ("The water board opened the new filter house on Monday, and the "
            "volunteers who built it were thanked by name at the gate.")
    wrapped_long = "\n".join(textwrap.wrap(long, width, break_on_hyphens=False))
    address = "Mira Castell\nHeadquarters, Washington\n555-0100"
    blocks = [wrapped_long, address]
    blocks.insert(place, paragraph)
    text = "\n\n".join(blocks)
    if quoted:
        text = "\n".join("> " + line if line else ">" for line in text.split("\n"))
    read = [piece.block for piece in read_text(text).pieces]
    if quoted:
        assert len(read) == 1 and isinstance(read[0], t.Quote)
        read = list(read[0].blocks)
    assert all(isinstance(block, t.Paragraph) for block in read)
    texts = t.block_texts(read)
    assert sentence in texts
    (address_block,) = [block for block in read if isinstance(block, t.Paragraph)
                        and "Mira Castell" in t.block_texts([block])[0]]
    assert sum(isinstance(child, t.LineBreak) for child in address_block.children) == 2

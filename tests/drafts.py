"""Drafts as they arrive at a press office, written for these tests (fictional organisations).

Shapes: an e-mailed plain-text release wrapped at 70 columns, a city-portal page, a
Chinese release, a Markdown draft, an e-mail's HTML, and two Word drafts built here: one
with direct formatting and no styles, one with heading styles, numbering, a table,
tracked changes and a page footer.
"""

from __future__ import annotations

import io
import textwrap

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt


def _wrap(paragraph: str) -> str:
    return textwrap.fill(paragraph, 70)


EMAIL_PARAGRAPHS = [
    "MARROW ISLAND - The Marrow Island Ferry Cooperative will run a night crossing "
    "to Port Calloway every Friday and Saturday from Jan. 9, the first late service "
    "since the old steamer was retired in 1998. The last boat will leave the island "
    "pier at 11:40 p.m. and the harbour at 12:20 a.m.",
    "The cooperative tested the timetable over the summer festival weeks, when more "
    "than 4,000 passengers used a trial late boat. Members voted in October to make "
    "the service permanent, paid for by a small rise in the annual season ticket.",
    '"Young people on the island have asked for this for twenty years," said Wren '
    'Halloway, chair of the cooperative. "Now a concert or a late shift in town no '
    'longer means a night on a friend\'s sofa."',
]

EMAIL_TEXT = "\n\n".join([
    "FOR IMMEDIATE RELEASE",
    "Contact: Wren Halloway, Marrow Island Ferry Cooperative, +1 555 0177 210, "
    "wren@marrow-ferry.example",
    "MARROW ISLAND FERRY COOPERATIVE ADDS A NIGHT CROSSING ON WEEKENDS",
    "March 9, 2026",
    *[_wrap(p) for p in EMAIL_PARAGRAPHS],
    "The night crossing will:\n-- carry up to 90 passengers and 12 bicycles\n"
    "-- stop at the harbour wall on request\n-- take cash and cooperative cards",
    "Timetables are online at https://marrow-ferry.example/night.",
    "-30-",
    "About the Marrow Island Ferry Cooperative",
    _wrap("The Marrow Island Ferry Cooperative is owned by 2,300 islanders and has run "
          "the crossing to Port Calloway since 1999 with three vessels."),
]) + "\n"

PORTAL_TEXT = """Fernhollow District Opens a Repair Café in the Old Tram Depot
Release time:2026-11-16 Browse:

A few days ago the Fernhollow District Administration opened a repair café in the old tram depot on Mill Street, where residents can bring broken lamps, bicycles, clothes and small appliances and mend them with volunteers. The café is open on Tuesday and Saturday afternoons and has already fixed more than 300 items.


The district has given the depot's former ticket hall to the project rent-free for five years and paid for tools, a sewing room and a small electronics bench. Volunteers from the Wendmouth Technical College run the electronics bench and train new helpers every month.


In recent years Fernhollow has set itself the aim of halving household waste by 2032. The repair café is one of twelve projects in the district's three-year plan, which also includes a tool library and a second-hand market for furniture.


All rights reserved Sponsored by Fernhollow District Administration Office

Technical Support: Wendmouth Data Works  Network Support: Fernhollow Telecom  Security Support: Riverside Assurance Labs
"""

CHINESE_TEXT = """即时发布

芬霍洛区图书馆推出夜间自习室

2026年11月25日

芬霍洛11月25日电——芬霍洛区图书馆今天宣布，中心馆三楼的自习室将从下月起延长开放至晚上十一点，方便备考学生和下班后学习的居民使用。

自习室共设座位一百二十个，全部配有台灯和电源插座。延长开放期间：

- 每晚九点后仅限持读者证入场
- 馆内咖啡角开放至十点半
- 区公交公司增开一班夜间线路

媒体联系人
区图书馆宣传科
电话：+44 5550 118 260
邮箱：press@fernhollow-library.example

关于芬霍洛区图书馆
芬霍洛区图书馆成立于一九五二年，下设一个中心馆和七个社区分馆。

版权所有 芬霍洛区行政公署办公室主办
技术支持：文茅斯数据工坊
"""

MARKDOWN_TEXT = """# Northgate Library Opens a Seed Library

## Residents can borrow seeds in spring and bring back seeds in autumn

EMBARGOED UNTIL 10:00 a.m. EST, Tuesday, March 3, 2026

NORTHGATE, March 3, 2026 — The Northgate Library Trust today opened a **seed library** at
its central branch, with 140 kinds of vegetable, herb and flower seeds.

1. Borrow up to five packets a month with a library card.
2. Grow them, and bring back seeds from your best plants.
    - The library's gardeners sort and test the returns.

> "A library lends what people need," said *Ada Brill*, the trust's press officer.

See the [seed catalogue](https://library.example/seeds) for the full list.

###

Media contacts:

Ada Brill
Press Officer, Northgate Library Trust
Phone: +1 555 0100 200
Email: press@library.example
"""

EMAIL_HTML = """<html><head><style>p.MsoNormal{margin:0}</style>
<script>document.write('tracking')</script></head><body>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt'>
Calloway Harbour Adds Two Electric Water Taxis</span></b></p>
<p class=MsoNormal>PORT CALLOWAY &#8212; The Calloway Harbour Authority will put two electric
water taxis into service on <b>Monday</b>, linking the quay with the <i>old shipyard</i>.
Details are on <a href="https://calloway-harbour.example/taxis?utm_source=newsletter&amp;utm_medium=email">our site</a>
and <a href="javascript:alert('x')">this link is not safe</a>.</p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>1.<span>&nbsp;&nbsp;</span></span><![endif]>Boats run every ten minutes.</p>
<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level2 lfo1'><![if !supportLists]><span>o<span>&nbsp;&nbsp;</span></span><![endif]>Later at weekends.</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>2.<span>&nbsp;&nbsp;</span></span><![endif]>Tickets cost two dollars.</p>
<p class=MsoNormal><img src="https://tracker.example/pixel.gif" width=1 height=1>
<img src="cid:photo1" alt="The first water taxi at the quay"></p>
<p class=MsoNormal>###</p>
</body></html>
"""


def word_direct_formatting() -> bytes:
    """A Word draft made by hand: no styles, only bold, sizes, centring and typed bullets."""
    document = docx.Document()
    for text in ("Media Advisory 26-014", "EMBARGOED UNTIL 9:30 a.m. PST, Thursday, Feb. 12, 2026"):
        document.add_paragraph(text)
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("Calloway Harbour Authority Chooses Builder for the New Fish Market")
    run.bold = True
    run.font.size = Pt(18)
    deck = document.add_paragraph()
    deck.alignment = WD_ALIGN_PARAGRAPH.CENTER
    deck.add_run("Work on the quayside hall starts in April").italic = True
    first = document.add_paragraph()
    first.add_run("PORT CALLOWAY, Feb. 12, 2026 — ")
    first.add_run("The Calloway Harbour Authority has chosen ")
    first.add_run("Tamsin & Reed Builders").bold = True
    first.add_run(" to build the new fish market on the north quay. See ")
    _field_link(first, "https://calloway-harbour.example/market", "the plans")
    first.add_run(".")
    document.add_paragraph("The hall will have:")
    for item in ("• 24 stalls for island fishers", "• a cold store run on shore power",
                 "• a public café on the upper floor"):
        document.add_paragraph(item)
    document.add_paragraph("###")
    document.add_paragraph("Press: Dana Whitlock, Calloway Harbour Authority, +1 555 0142 318, "
                           "press@calloway-harbour.example")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def word_with_styles() -> bytes:
    """A Word draft with Title, Subtitle and Heading styles, numbering, a table, tracked
    changes and the standard footer in the page footer."""
    document = docx.Document()
    document.add_paragraph("FOR IMMEDIATE RELEASE")
    document.add_paragraph("Fernhollow Opens Three New Bicycle Streets", style="Title")
    document.add_paragraph("Cars give way to bicycles on Mill Street, Tanner Row and Quay Lane",
                           style="Subtitle")
    document.add_paragraph("Nov. 25, 2026")
    body = document.add_paragraph("FERNHOLLOW — The district today opened three bicycle "
                                  "streets in the old town. ")
    _tracked(body, inserted="Cars may still use them at walking pace.",
             deleted="Cars are banned.")
    document.add_paragraph("What changes", style="Heading 1")
    document.add_paragraph("Speed limit of 20 km/h", style="List Number")
    document.add_paragraph("Parking moves to the market garage", style="List Number")
    document.add_paragraph("Delivery vans keep their morning hours", style="List Bullet 2")
    table = document.add_table(rows=2, cols=2)
    for row, (street, length) in enumerate((("Mill Street", "640 m"), ("Quay Lane", "410 m"))):
        table.cell(row, 0).text = street
        table.cell(row, 1).text = length
    document.add_paragraph("Details at ").add_run("fernhollow.example/bicycles")
    _hyperlink(document.paragraphs[-1], "https://fernhollow.example/bicycles", "the map")
    document.add_paragraph("Media contact", style="Heading 2")
    document.add_paragraph("District Press Office\nFernhollow District Administration\n"
                           "Phone: +44 5550 118 200\nEmail: press@fernhollow.example")
    document.add_paragraph("About Fernhollow District Administration", style="Heading 2")
    document.add_paragraph("The administration serves 84,000 residents on the Wend river.")
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "© 2026 Fernhollow District Administration"
    document.sections[0].footer.add_paragraph("Technical Support: Wendmouth Data Works")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _field_link(paragraph: object, url: str, text: str) -> None:
    """A hyperlink as a complex field, the way Word writes pasted links."""
    p = paragraph._p  # type: ignore[attr-defined]  # python-docx internals, untyped
    for kind, instruction in (("begin", None), (None, f' HYPERLINK "{url}" '), ("separate", None)):
        run = OxmlElement("w:r")
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run.append(char)
        else:
            instr = OxmlElement("w:instrText")
            instr.text = instruction
            run.append(instr)
        p.append(run)
    result = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    result.append(t)
    p.append(result)
    end = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), "end")
    end.append(char)
    p.append(end)


def _hyperlink(paragraph: object, url: str, text: str) -> None:
    part = paragraph.part  # type: ignore[attr-defined]  # python-docx internals, untyped
    rel = part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    paragraph._p.append(parse_xml(  # type: ignore[attr-defined]  # python-docx internals, untyped
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{rel}"><w:r><w:t xml:space="preserve"> '
        f'({text})</w:t></w:r></w:hyperlink>'))


def _tracked(paragraph: object, inserted: str, deleted: str) -> None:
    paragraph._p.append(parse_xml(  # type: ignore[attr-defined]  # python-docx internals, untyped
        f'<w:ins {nsdecls("w")} w:id="1" w:author="Legal"><w:r><w:t>{inserted}</w:t></w:r>'
        f'</w:ins>'))
    paragraph._p.append(parse_xml(  # type: ignore[attr-defined]  # python-docx internals, untyped
        f'<w:del {nsdecls("w")} w:id="2" w:author="Legal"><w:r><w:delText>{deleted}'
        f'</w:delText></w:r></w:del>'))


_WORDS = ("ferry", "harbour", "island", "night", "crossing", "passengers", "cooperative",
          "timetable", "the", "a", "of", "and", "to", "in", "on", "weekend", "service",
          "members", "vote", "season", "ticket", "pier", "boat", "late", "town", "concert")
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def word_with_paragraphs(texts: list[str]) -> bytes:
    """A Word draft (the parts of word_with_styles) whose document holds *texts*, a
    paragraph each."""
    import zipfile

    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
                   for text in texts)
    document = f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
    source = zipfile.ZipFile(io.BytesIO(word_with_styles()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info.filename, document.encode() if
                            info.filename == "word/document.xml" else data)
    return buffer.getvalue()


def word_of_many_paragraphs(characters: int, paragraph: int = 90) -> bytes:
    """A hostile Word draft: *characters* characters of text in many short paragraphs (the
    same words over and over, so a few megabytes of .docx), far more than a release holds,
    but no zip bomb (it unpacks about ten times its size) and well-formed XML. Its
    document part is written to the package a paragraph at a time."""
    import random
    import zipfile

    words = random.Random(12)  # the same draft every run
    source = zipfile.ZipFile(io.BytesIO(word_with_styles()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info.filename, source.read(info.filename))
                continue
            with target.open("word/document.xml", "w") as part:
                part.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                           f'<w:document xmlns:w="{_W}"><w:body>'.encode())
                written = 0
                while written < characters:
                    text = ""
                    while len(text) < paragraph:
                        text += words.choice(_WORDS) + " "
                    text = text[:min(paragraph, characters - written)].strip() + "."
                    written += len(text)
                    part.write(f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
                               .encode())
                part.write(b"</w:body></w:document>")
    return buffer.getvalue()


def word_lying_about_its_size(declared: int, actual: int) -> bytes:
    """A Word draft whose document part inflates to *actual* bytes (blank space after the
    opening tags) while the ZIP's directory declares *declared*: a size check that trusts
    the directory passes it."""
    import struct
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(word_with_styles()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info.filename, source.read(info.filename))
                continue
            with target.open("word/document.xml", "w") as part:
                part.write(f'<w:document xmlns:w="{_W}"><w:body>'.encode())
                blank = b" " * (1024 * 1024)
                for start in range(0, actual, len(blank)):
                    part.write(blank[:actual - start])
    raw = bytearray(buffer.getvalue())
    central = raw.rindex(b"word/document.xml") - 46  # its entry in the central directory
    assert raw[central:central + 4] == b"PK\x01\x02"
    raw[central + 24:central + 28] = struct.pack("<I", declared)  # uncompressed size
    return bytes(raw)


def word_compressed_with(compression: int) -> bytes:
    """word_with_styles() repacked with a compression Word never writes (bzip2, LZMA)."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(word_with_styles()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename))
    return buffer.getvalue()


def word_with_corrupt_deflate() -> bytes:
    """word_with_styles() with bytes of its deflated document part overwritten (what a bad
    download or disk leaves): zlib cannot inflate it."""
    import struct
    import zipfile

    raw = bytearray(word_with_styles())
    info = zipfile.ZipFile(io.BytesIO(bytes(raw))).getinfo("word/document.xml")
    name_length, extra_length = struct.unpack("<HH", raw[info.header_offset + 26:
                                                          info.header_offset + 30])
    start = info.header_offset + 30 + name_length + extra_length
    for index in range(start + 20, start + 60):
        raw[index] ^= 0x5A
    return bytes(raw)

"""The corpus drafts that are not typed as files: Word drafts (python-docx) and one
multipart e-mail, built at test time from the words below so the bytes never need
committing. Every organisation, person, number and address here is made up.
"""

from __future__ import annotations

import io
from email.message import EmailMessage
from email.policy import SMTP

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

_Doc = object  # python-docx's Document has no public type


def _save(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]  # python-docx internals, untyped
    return buffer.getvalue()


def _title(document: object, text: str, size: float = 18) -> None:
    paragraph = document.add_paragraph()  # type: ignore[attr-defined]  # python-docx internals, untyped
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold = True
    run.font.size = Pt(size)


def _para(document: object, text: str, *, bold: bool = False, italic: bool = False,
          centred: bool = False) -> None:
    paragraph = document.add_paragraph()  # type: ignore[attr-defined]  # python-docx internals, untyped
    if centred:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic


def saltmere_lighthouse() -> bytes:
    """An English Word draft whose contact block is four paragraphs: name, title, phone, e-mail."""
    document = docx.Document()
    _title(document, "Saltmere Harbour Trust Reopens the Old Lighthouse to Visitors")
    _para(document, "Guided climbs start on 1 March; tickets go on sale next week", italic=True,
          centred=True)
    _para(document, "January 25, 2024")
    _para(document, "SALTMERE, England — The Saltmere Harbour Trust will reopen the old "
                    "lighthouse on the north mole to visitors this spring, after a two-year "
                    "repair of its lantern room and stairs.")
    _para(document, "Groups of eight will climb the 114 steps with a guide every hour from "
                    "10 a.m. to 3 p.m., Wednesday to Sunday.")
    _para(document, "The Trust has also restored the keeper's cottage, which will hold a "
                    "small exhibition about the families who lived there.")
    _para(document, "###", centred=True)
    _para(document, "Media contact", bold=True)
    _para(document, "Isla Fenwick")
    _para(document, "Head of Communications, Saltmere Harbour Trust")
    _para(document, "Tel: +44 1632 960 447")
    _para(document, "isla.fenwick@saltmere-harbour.example")
    _para(document, "About Saltmere Harbour Trust", bold=True)
    _para(document, "The Saltmere Harbour Trust looks after the harbour walls, the lighthouse "
                    "and the fish market on behalf of the town.")
    return _save(document)


def pelham_two_contacts() -> bytes:
    """Two contacts written as eight paragraphs under "Media contacts", no blank between."""
    document = docx.Document()
    _para(document, "FOR IMMEDIATE RELEASE", bold=True)
    _title(document, "Pelham Bay Rowing Club Hosts the First Winter Regatta", size=16)
    _para(document, "Jan. 25, 2024")
    _para(document, "PELHAM BAY, N.Y. — Forty crews from nine clubs will race on the bay on "
                    "Saturday in the Pelham Bay Rowing Club's first winter regatta.")
    _para(document, "Racing starts at 9 a.m. from the club's boathouse, and spectators can "
                    "watch from the sea wall free of charge.")
    _para(document, "-30-", centred=True)
    _para(document, "Media contacts", bold=True)
    for name, title, phone, email in (
            ("Rosa Quintal", "Club Secretary, Pelham Bay Rowing Club", "(555) 010-4410",
             "rquintal@pelhamrowing.example"),
            ("Ben Achterberg", "Regatta Director", "(555) 010-4477",
             "regatta@pelhamrowing.example")):
        _para(document, name)
        _para(document, title)
        _para(document, phone)
        _para(document, email)
    return _save(document)


ZH_FOOTER = ("版权所有 芬霍洛区行政公署办公室主办",
             "技术支持：文茅斯数据工坊  网络支持：芬霍洛电信  安全支持：河畔安全检测实验室")


def fernhollow_health_zh() -> bytes:
    """A Chinese department's Word draft: portal metadata lines, 一、/（一）/1. headings, a
    联系人 block as separate paragraphs, the house footer in the page footer and again at
    the end of the text."""
    document = docx.Document()
    _title(document, "芬霍洛区卫生健康局开展冬季流感疫苗接种进社区活动", size=20)
    _para(document, "来源：芬霍洛区卫生健康局", centred=True)
    _para(document, "发布时间：2024年1月25日", centred=True)
    _para(document, "作者：吴思源", centred=True)
    _para(document, "责任编辑：钱立", centred=True)
    _para(document, "浏览次数：532", centred=True)
    _para(document, "为做好冬季流感防控工作，芬霍洛区卫生健康局从1月下旬起组织各社区卫生服务中心"
                    "开展流感疫苗接种进社区活动。")
    _para(document, "一、活动安排", bold=True)
    _para(document, "（一）接种时间和地点", bold=True)
    _para(document, "每周二、周四上午在各社区党群服务中心设立临时接种点。")
    _para(document, "（二）接种对象", bold=True)
    _para(document, "六十岁以上老人、学龄儿童和慢性病患者优先接种。")
    _para(document, "二、工作要求", bold=True)
    _para(document, "各社区卫生服务中心要做好接种前的健康询问和接种后的留观工作。")
    _para(document, "联系人：郑晓岚")
    _para(document, "联系电话：0571-5550188")
    _para(document, "电子邮箱：zhengxl@fernhollow-health.example")
    for line in ZH_FOOTER:
        _para(document, line, centred=True)
    footer = document.sections[0].footer
    footer.paragraphs[0].text = ZH_FOOTER[0]
    footer.add_paragraph(ZH_FOOTER[1])
    return _save(document)


def harbour_festival_eml() -> bytes:
    """A multipart e-mail (plain text quoted-printable, and HTML) whose headline is only
    in the subject, signed with a closing and a one-line signature."""
    message = EmailMessage(policy=SMTP)
    message["From"] = "Dana Whitlock <press@calloway-harbour.example>"
    message["To"] = "desk@coastal-news.example"
    message["Date"] = "Thu, 25 Jan 2024 10:15:00 +0000"
    message["Subject"] = "Press release: Calloway Harbour Festival Returns in June"
    text = (
        "CALLOWAY, Jan. 25, 2024 -- The Calloway Harbour Festival returns on June 8 and 9\n"
        "after a year away, with tall ships, a fish market on the quay and music on\n"
        "the harbour wall until late.\n"
        "\n"
        "The harbour authority expects some 20,000 visitors over the weekend and will\n"
        "run extra park-and-ride buses from the ring road.\n"
        "\n"
        "Stallholders can apply for a pitch until March 31.\n"
        "\n"
        "Best regards,\n"
        "Dana Whitlock | Calloway Harbour Authority | 555-0142 | press@calloway-harbour.example\n")
    message.set_content(text, cte="quoted-printable")
    message.add_alternative(
        "<html><body>" + "".join(f"<p>{p}</p>" for p in text.split("\n\n")) + "</body></html>",
        subtype="html")
    return bytes(message)


BUILT = {
    "saltmere-lighthouse.docx": saltmere_lighthouse,
    "pelham-two-contacts.docx": pelham_two_contacts,
    "fernhollow-health-zh.docx": fernhollow_health_zh,
    "harbour-festival.eml": harbour_festival_eml,
}

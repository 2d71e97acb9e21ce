"""Properties of recognition over generated drafts in the shapes offices send: agency text
with slash-grouped or one-line contacts after the end mark, Word contact blocks written as
paragraphs, Chinese department drafts with portal metadata lines, e-mailed releases
(headers, wrapping, quotation, signature). Import never raises anything but one sentence,
never loses a word of the release, and splits N slash-grouped names into N contacts.
"""

from __future__ import annotations

import io
import re
import textwrap
from collections import Counter
from datetime import UTC, date
from email.message import EmailMessage
from email.policy import SMTP

import docx
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from releasedesk.body import tree as t
from releasedesk.body.parse import parse_markdown
from releasedesk.importing import READERS, DraftError, import_bytes
from releasedesk.importing import patterns as p
from releasedesk.importing.contacts import parse_contacts
from releasedesk.importing.report import ImportReport
from releasedesk.model import Release
from test_import_words import LABEL_WORDS, result_words, words

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FIRST = ["Mira", "Tobias", "Priya", "Hana", "Lars", "Noor", "Corin", "Dev", "Ottilie", "Isla"]
LAST = ["Castell", "Renn", "Anand", "Oduya", "Penrose", "Haddad", "Ashby", "Malhotra", "Brand"]
ORGS = ["Headquarters, Washington", "Kestrel Valley Water Board", "Marsh Lane Museum",
        "Lanthorn Flight Center, Greenbelt, Md.", "Brightwater Science Foundation"]
TITLES = ["Press Officer", "Communications Manager", "Head of Communications",
          "Club Secretary", "Regatta Director"]
SENTENCE_WORDS = ["harbour", "ferry", "crater", "probe", "residents", "the", "and", "of", "new",
                  "filter", "beds", "museum", "mill", "tide", "volunteers", "2024", "$4",
                  "million", "survey", "O'Brien", "café", "opened", "on", "Thursday"]

names = st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)).map(" ".join)
sentences = st.lists(st.sampled_from(SENTENCE_WORDS), min_size=10, max_size=45).map(
    lambda ws: ws[0].capitalize() + " " + " ".join(ws[1:]) + ".")
headlines = st.lists(st.sampled_from(SENTENCE_WORDS), min_size=4, max_size=12).map(
    lambda ws: " ".join(w.capitalize() for w in ws))
DATES = ["Jan. 25, 2024", "January 25, 2024", "25 January 2024", "2024-01-25", "2024年1月25日",
         "Release time: 2024-01-25", "Release time: 2024-01-25 09:30  Browse: 311"]


def phone(number: int) -> str:
    return f"555-01{number:02d}"


def mail(name: str) -> str:
    return name.lower().replace(" ", ".") + "@agency.example"


@st.composite
def people(draw: st.DrawFn, low: int = 1, high: int = 4) -> list[str]:
    return draw(st.lists(names, min_size=low, max_size=high, unique=True))


def slash_block(group: list[str], org: str) -> str:
    return "\n".join((" / ".join(group), org,
                      " / ".join(phone(n) for n in range(len(group))),
                      " / ".join(mail(name) for name in group)))


@st.composite
def contact_section(draw: st.DrawFn) -> tuple[str, list[str]]:
    """(the section's text, the names it holds in order)."""
    shape = draw(st.sampled_from(["slash", "one-line", "labelled-block"]))
    group = draw(people())
    org = draw(st.sampled_from(ORGS))
    if shape == "slash":
        return slash_block(group, org) if len(group) > 1 else "\n".join(
            (group[0], org, phone(0), mail(group[0]))), group
    label = draw(st.sampled_from(["Contact", "Media contacts", "Media contact(s)", "Press",
                                  "News media contact"]))
    if shape == "one-line":
        lines = [f"{name}, {org.split(',')[0]}, {phone(n)}, {mail(name)}"
                 for n, name in enumerate(group)]
        return label + ":\n" + "\n".join(lines), group
    blocks = [f"{name}\n{draw(st.sampled_from(TITLES))}, {org.split(',')[0]}\n"
              f"Phone: {phone(n)}\nEmail: {mail(name)}" for n, name in enumerate(group)]
    return label + "\n" + "\n\n".join(blocks), group


@st.composite
def agency_drafts(draw: st.DrawFn) -> tuple[list[str], list[str], list[str]]:
    """(the release's blocks, the e-mail metadata blocks around them, contact names)."""
    blocks = []
    if draw(st.booleans()):
        blocks.append("FOR IMMEDIATE RELEASE")
    blocks.append(draw(headlines))
    blocks.append(draw(st.sampled_from(DATES)))
    lead = draw(st.sampled_from(["", "WASHINGTON -- ", "KESTREL FALLS, Ore. — "]))
    blocks.append(lead + draw(sentences))
    blocks.extend(draw(st.lists(sentences, max_size=4)))
    blocks.append(draw(st.sampled_from(["-end-", "###", "-30-", "ENDS"])))
    section, group = draw(contact_section())
    blocks.append(section)
    return blocks, [], group


def _metadata_kept(release: Release) -> list[str]:
    """The portal metadata the import kept: in the portal's fields, or in the extras."""
    return [*(str(v) for v in release.extra.values()),
            *(getattr(release, name) for name in ("source", "author", "responsible_editor"))]


def release_words(release: Release) -> Counter[str]:
    found = result_words(release)
    kept = _metadata_kept(release)
    if release.source == release.organization:  # (its words are counted there already)
        kept.remove(release.source)
    found.update(words(" ".join(kept)))
    return found


METADATA_LABEL_WORDS = set(words("来源 信息来源 文章来源 发布时间 发布日期 日期 作者 责任编辑 编辑 "
                                 "浏览次数 阅读量 点击数 字号"))


def consumed(release: Release, report: ImportReport) -> Counter[str]:
    """The words the importer consumed, each checked to be a label, a value it parsed, or
    a value kept in the file's extras."""
    total: Counter[str] = Counter()
    kept = set(_metadata_kept(release))
    for item in report.consumed:
        if item.kind == "label":
            # A contact label may name its kind ("Program contact", "Media contact(s)").
            label_line = p.CONTACT_LABEL.match(item.text)
            extra = set() if label_line and label_line.end() == len(item.text) else \
                set(words(item.text)) - LABEL_WORDS - METADATA_LABEL_WORDS
            assert not extra, f"consumed {item.text!r} as a label"
        elif item.kind == "date":
            found = p.find_date(item.text)
            assert found is not None and found[0] == release.release_date, item
        elif item.kind == "time":
            assert re.fullmatch(r"\s*\d{1,2}:\d{2}(:\d{2})?", item.text), item
        elif item.kind == "metadata":
            assert item.text in kept, item
        elif item.kind == "moment":
            assert release.embargo_until is not None, item
        else:
            assert p.COUNTER.fullmatch(" " + item.text), item
        total.update(words(item.text))
    return total


def check_words(blocks: list[str], release: Release, report: ImportReport) -> None:
    expected = words("\n".join(blocks))
    lost = expected - release_words(release) - consumed(release, report)
    assert not lost, f"lost {dict(lost)}; report: {report.text_lines()}"


def run(data: bytes, fmt: str) -> tuple[Release, ImportReport]:
    return import_bytes(data, f"draft.{fmt}", READERS[fmt], zone=UTC)


# -- never raises but one sentence ---------------------------------------------------------

def assert_one_sentence(error: DraftError) -> None:
    message = str(error)
    assert message and "\n" not in message and "Traceback" not in message


@SETTINGS
@given(st.text(max_size=400), st.sampled_from(["txt", "eml", "md", "html"]))
@example("From: a\nSubject: b\n\n> x\n> y\n> z\n\n-- \n", "txt")
@example("Subject: =?utf-8?b?////?=\nContent-Type: text/plain; charset=nonesuch\n\nx", "eml")
@example("Content-Type: multipart/mixed; boundary=x\n\n--x\n--x--", "eml")
def test_import_never_raises_on_arbitrary_text(text: str, fmt: str) -> None:
    try:
        run(text.encode("utf-8", "surrogatepass"), fmt)
    except DraftError as error:
        assert_one_sentence(error)


@SETTINGS
@given(st.binary(max_size=600))
def test_an_arbitrary_e_mail_file_imports_or_says_why(raw: bytes) -> None:
    try:
        run(b"From: a@b.example\nSubject: x\n\n" + raw, "eml")
    except DraftError as error:
        assert_one_sentence(error)


# -- no word of the release is lost --------------------------------------------------------

@SETTINGS
@given(agency_drafts())
def test_no_word_of_an_agency_text_draft_is_lost(draft: tuple[list[str], list[str], list[str]]
                                                 ) -> None:
    blocks, _, group = draft
    release, report = run("\n\n".join(blocks).encode(), "txt")
    check_words(blocks, release, report)
    assert [c.name for c in release.contacts] == group
    assert release.release_date == date(2024, 1, 25)


def as_mail_text(blocks: list[str], width: int, quoted: bool, signature: list[str]) -> str:
    wrapped = []
    for block in blocks:
        lines = block.split("\n")
        if len(lines) == 1:
            wrapped.append("\n".join(textwrap.wrap(block, width)))
        else:
            wrapped.append(block)
    text = "\n\n".join(wrapped)
    if quoted:
        text = "On Wed, Jan 24, 2024 at 5:02 PM Press Office <press@agency.example> wrote:\n" + \
            "\n".join("> " + line if line else ">" for line in text.split("\n"))
    return text + "\n\n-- \n" + "\n".join(signature) + "\n"


@SETTINGS
@given(agency_drafts(), st.integers(60, 78), st.booleans(), names)
def test_no_word_of_an_e_mailed_release_is_lost(
        draft: tuple[list[str], list[str], list[str]], width: int, quoted: bool,
        sender: str) -> None:
    blocks, _, group = draft
    signature = [sender, "Press Officer, Kestrel Valley Water Board", phone(99), mail(sender)]
    headers = (f"From: {sender} <{mail(sender)}>\nSent: Thursday, January 25, 2024 8:14 AM\n"
               "To: News Desk <desk@news.example>\nSubject: FW: release\n\n")
    text = headers + as_mail_text(blocks, width, quoted, signature)
    release, report = run(text.encode(), "txt")
    check_words([*blocks, *signature], release, report)
    assert "Subject" not in release.body and "desk@news.example" not in release.body
    assert [c.name for c in release.contacts] == [*group, sender]
    # Wrapped paragraphs are paragraphs again: each sentence of the body is whole.
    body = " ".join(t.block_texts(parse_markdown(release.body)))
    texts = t.block_texts(parse_markdown(release.body))
    for block in blocks[3:]:
        if block.endswith(".") and "\n" not in block:
            assert block in texts or block.split(" -- ")[-1].split(" — ")[-1] in texts, body


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(agency_drafts())
def test_an_eml_message_imports_like_its_text(draft: tuple[list[str], list[str], list[str]]
                                              ) -> None:
    blocks, _, _ = draft
    message = EmailMessage(policy=SMTP)
    message["From"] = "Press Office <press@agency.example>"
    message["Subject"] = "Press release: " + blocks[1]
    message.set_content("\n\n".join(blocks) + "\n", cte="quoted-printable")
    from_eml, _ = run(bytes(message), "eml")
    from_text, _ = run("\n\n".join(blocks).encode(), "txt")
    for field in ("headline", "release_date", "dateline", "body", "contacts", "end_mark"):
        assert getattr(from_eml, field) == getattr(from_text, field), field


# -- contacts ------------------------------------------------------------------------------

@SETTINGS
@given(people(2, 5), st.sampled_from(ORGS))
def test_a_slash_grouped_block_gives_one_contact_per_name(group: list[str], org: str) -> None:
    contacts, _ = parse_contacts(slash_block(group, org).split("\n"))
    assert [c.name for c in contacts] == group
    assert [c.phone for c in contacts] == [phone(n) for n in range(len(group))]
    assert [c.email for c in contacts] == [mail(name) for name in group]
    assert all(c.organization == org for c in contacts)


def word_contacts(group: list[str], label: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("Harbour Trust Opens the Lighthouse")
    document.add_paragraph("January 25, 2024")
    document.add_paragraph("SALTMERE — The lighthouse opens on Saturday to visitors.")
    document.add_paragraph("###")
    document.add_paragraph(label)
    for number, name in enumerate(group):
        document.add_paragraph(name)
        document.add_paragraph(TITLES[number % len(TITLES)] + ", Saltmere Harbour Trust")
        document.add_paragraph(f"Tel: {phone(number)}")
        document.add_paragraph(mail(name))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people(1, 3), st.sampled_from(["Media contact", "Contacts", "Press", "媒体联系"]))
def test_a_word_contact_block_of_paragraphs_is_one_contact_per_person(
        group: list[str], label: str) -> None:
    release, _ = run(word_contacts(group, label), "docx")
    assert [c.name for c in release.contacts] == group
    assert [c.phone for c in release.contacts] == [phone(n) for n in range(len(group))]
    assert [c.email for c in release.contacts] == [mail(name) for name in group]
    assert all(c.organization == "Saltmere Harbour Trust" for c in release.contacts)


# -- Chinese department drafts -------------------------------------------------------------

METADATA = [("来源", "芬霍洛区教育局"), ("发布时间", "2024-01-25 09:30"), ("作者", "林晓雯"),
            ("责任编辑", "周启明"), ("浏览次数", "1268")]


@SETTINGS
@given(st.lists(st.sampled_from(METADATA), min_size=1, max_size=5, unique=True),
       st.booleans(), st.sampled_from(["txt", "docx"]))
def test_chinese_metadata_lines_are_never_the_subheadline_or_body(
        pairs: list[tuple[str, str]], one_line: bool, fmt: str) -> None:
    lines = ["  ".join(f"{k}：{v}" for k, v in pairs)] if one_line else \
        [f"{k}：{v}" for k, v in pairs]
    body = ["区教育局今天举办寒假校园安全专题培训，全区一百二十余人参加。", "一、培训内容",
            "讲师讲解了冰面救援的基本方法。"]
    blocks = ["芬霍洛区教育局举办寒假校园安全专题培训", *lines, *body]
    if fmt == "txt":
        data = "\n\n".join(blocks).encode()
    else:
        document = docx.Document()
        for block in blocks:
            document.add_paragraph(block)
        buffer = io.BytesIO()
        document.save(buffer)
        data = buffer.getvalue()
    release, report = run(data, fmt)
    assert release.headline == blocks[0]
    assert release.subheadline == ""
    for label, value in pairs:
        assert label not in release.body
        if label != "浏览次数":
            assert value.split(" ")[0] not in release.body
    stored = dict(pairs)
    if "来源" in stored:
        assert release.organization == stored["来源"]
    if "发布时间" in stored:
        assert release.release_date == date(2024, 1, 25)
        assert release.release_time == "09:30"
    if "来源" in stored:
        assert release.source == stored["来源"]
    if "作者" in stored:
        assert release.author == "林晓雯"
    if "责任编辑" in stored:
        assert release.responsible_editor == "周启明"
    assert not {"release_time", "source", "author", "responsible_editor"} & set(release.extra)
    headings = [b for b in parse_markdown(release.body) if isinstance(b, t.Heading)]
    assert [t.plain_text(h.children) for h in headings] == ["一、培训内容"]
    check_words(blocks, release, report)


# -- the house footer, taken once ----------------------------------------------------------

ZH_FOOTER_ITEMS = ["版权所有 芬霍洛区行政公署办公室主办", "技术支持：文茅斯数据工坊",
                   "网络支持：芬霍洛电信", "安全支持：河畔安全检测实验室"]


@SETTINGS
@given(st.lists(st.booleans(), min_size=3, max_size=3), st.sampled_from([" ", "  "]),
       st.booleans())
def test_the_house_footer_is_taken_once_however_its_lines_are_broken(
        breaks: list[bool], gap: str, twice: bool) -> None:
    from draft_score import builtin_profiles

    lines = [ZH_FOOTER_ITEMS[0]]
    for item, new_line in zip(ZH_FOOTER_ITEMS[1:], breaks, strict=True):
        lines[-1:] = [lines[-1], item] if new_line or len(lines) == 1 else [lines[-1] + gap + item]
    footer = "\n".join(lines)
    text = "\n\n".join(["芬霍洛区图书馆开设少儿编程周末班", "2024年1月25日",
                        "芬霍洛区图书馆今天宣布，将从二月起开设少儿编程周末班。",
                        *([footer] * (2 if twice else 1))])
    release, _ = import_bytes(text.encode(), "draft.txt", READERS["txt"],
                              profiles=builtin_profiles(), zone=UTC)
    assert release.profile == "fernhollow-portal-zh"
    assert [" ".join(line.text.split()) for line in release.footer] == [
        ZH_FOOTER_ITEMS[0], " ".join(ZH_FOOTER_ITEMS[1:])]
    assert "版权所有" not in release.body

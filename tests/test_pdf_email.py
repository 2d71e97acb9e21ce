"""PDF and e-mail: what leaves an office besides the web, checked with the real readers."""

from __future__ import annotations

import contextlib
import email
import email.policy
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zlib
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from releasedesk.body.tree import starts_right_to_left
from releasedesk.exporting import export_context
from releasedesk.model import Release
from releasedesk.render import build_layout
from releasedesk.render.email_writer import render_eml
from releasedesk.render.pdf_writer import write_pdf

from conftest import need
from corpus import corpus, expected_texts, squash
from helpers import make_release

CLOSING = "、。，．：；！？）］｝〉》」』】〕"


def inflated(pdf: Path) -> bytes:
    """The PDF's bytes with every Flate stream decompressed (objects hide in streams)."""
    data = pdf.read_bytes()
    parts = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        with contextlib.suppress(zlib.error):
            parts.append(zlib.decompress(match.group(1)))
    return b"\n".join(parts)


_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def compact(text: str) -> str:
    """Text without white space and the marks pdftotext adds or drops: bidi embeddings
    around right-to-left runs, joiners inside emoji, ligatures (NFKC), and hyphens (a
    hyphen that ends a line is taken for a word break)."""
    text = unicodedata.normalize("NFKC", text).replace("-", "")
    return _INVISIBLE.sub("", "".join(text.split()))


def poppler(tool: str, pdf: Path, *options: str) -> str:
    need(tool, shutil.which(tool) is not None, "Debian: poppler-utils")
    return subprocess.run([tool, *options, str(pdf), *(["-"] if tool == "pdftotext" else [])],
                          capture_output=True, text=True, timeout=120, check=True).stdout


def found_in(needle: str, flat: str) -> bool:
    """Whether *needle* is in pdftotext's *flat* text. A paragraph that reads from the right
    ends on the left: pdftotext, reading its line left to right, puts the full stop first."""
    words = compact(needle)
    if words in flat:
        return True
    ending = re.search(r"[.!?،؟]+$", words)
    return (starts_right_to_left(needle) and ending is not None
            and ending.group() + words[:ending.start()] in flat)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    files = {}
    for name, release in corpus().items():
        if name == "twenty-thousand-words":
            continue  # the benchmark times that one
        files[name] = folder / f"{name}.pdf"
        files[name].write_bytes(write_pdf(build_layout(release), export_context()))
    return files


@pytest.mark.parametrize("name", sorted(k for k in corpus() if k != "twenty-thousand-words"))
def test_pdf_is_tagged_embedded_complete_and_footed(name: str, pdfs: dict[str, Path]) -> None:
    release = corpus()[name]
    pdf = pdfs[name]
    info = poppler("pdfinfo", pdf)
    assert re.search(r"^Tagged:\s+yes", info, re.MULTILINE)
    layout = build_layout(release)
    assert re.search(rf"^Title:\s+{re.escape(layout.title)}", info, re.MULTILINE)
    raw = inflated(pdf)
    assert f"/Lang ({layout.language})".encode() in raw
    assert 'pdfuaid:part="1"' in poppler("pdfinfo", pdf, "-meta")
    fonts = poppler("pdffonts", pdf).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)[1])  # type: ignore[index]  # no match fails the test, as it should
    text = poppler("pdftotext", pdf, "-layout", "-enc", "UTF-8")
    # Print shows a link's address after it; lines wrap anywhere in CJK text: compare the
    # characters without white space and without those printed addresses.
    flat = compact(re.sub(r" ?\((?:https?|mailto|tel):[^)]*\)", "", text))
    expected = expected_texts(release)
    footer = expected.pop("footer")
    for part, needles in expected.items():
        assert not [n for n in needles if not found_in(n, flat)], part
    printed = text.split("\f")[:pages]
    for number, page in enumerate(printed, start=1):
        assert not [line for line in footer if compact(line) not in compact(page)], number
        assert f"{number}/{pages}" in compact(page)
    for link in (layout.footer[0].url,) if layout.footer and layout.footer[0].url else ():
        assert f"/URI ({link})".encode() in raw


def test_chinese_pdf_embeds_a_cjk_face_and_breaks_lines_properly() -> None:
    release = corpus()["fernhollow-night-market-zh"]
    sentence = "夜市将在磨坊广场举办，届时将有两百个摊位，包括本地农产品、手工艺品和特色小吃"
    release.body = "。".join([sentence] * 12)
    pdf = Path(tempfile.mkdtemp()) / "zh.pdf"
    pdf.write_bytes(write_pdf(build_layout(release), export_context()))
    fonts = poppler("pdffonts", pdf)
    assert "CJK" in fonts
    lines = [line.strip() for line in poppler("pdftotext", pdf, "-enc", "UTF-8").splitlines()]
    assert not [line for line in lines if line and line[0] in CLOSING]


def _message(release: Release, sender: str = "", recipients: tuple[str, ...] = ()
             ) -> EmailMessage[str, str]:
    data = render_eml(build_layout(release), sender, recipients)
    assert b"\r\n" in data and b"\n\n" not in data.replace(b"\r\n", b"")
    return email.message_from_bytes(data, policy=email.policy.default)


def test_email_is_an_unsent_text_first_message_with_inline_styles_only() -> None:
    release = make_release()
    message = _message(release, sender="press@library.example",
                       recipients=("desk@news.example", "tips@radio.example"))
    assert message["Subject"] == release.headline
    assert message["From"] == "press@library.example"
    assert message["To"] == "desk@news.example, tips@radio.example"
    assert message["X-Unsent"] == "1"
    assert message.get_content_type() == "multipart/alternative"
    parts = list(message.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    from releasedesk.exporting import draft_bytes

    assert parts[0].get_content().replace("\r\n", "\n") == draft_bytes(release, "txt").decode()
    html = parts[1].get_content()
    assert "<style" not in html and "<script" not in html and " src=" not in html
    assert 'style="' in html
    for needle in [*expected_texts(release)["paragraphs"][:3], release.footer[-1].text]:
        assert squash(needle) in squash(re.sub(r"<[^>]+>", "", html))


def test_email_subject_starts_with_the_embargo_notice() -> None:
    release = make_release(status="embargoed", embargo_until=datetime(
        2026, 11, 25, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    subject = _message(release)["Subject"]
    assert subject.startswith("EMBARGOED UNTIL Nov. 25, 2026, 09:00 UTC+01:00")
    assert subject.endswith(release.headline)
    chinese = make_release(language="zh-CN", status="embargoed", embargo_until=datetime(
        2026, 11, 25, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai")))
    assert _message(chinese)["Subject"].startswith("北京时间2026年11月25日 09:00前禁止发布")


def test_text_longer_than_a_line_wraps_instead_of_running_off_the_page(tmp_path: Path) -> None:
    word = "Hafenfährterminalbetriebsgesellschaftsversammlung" * 4
    release = make_release(body="[" * 3000 + "\n\n" + word + " ends here.")
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(write_pdf(build_layout(release), export_context()))
    text = poppler("pdftotext", pdf, "-enc", "UTF-8")
    assert text.count("[") == 3000
    assert compact(text).count("Hafenfährterminal") == 4 and "endshere." in compact(text)

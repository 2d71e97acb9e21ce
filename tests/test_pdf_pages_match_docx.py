"""The PDF is set as the Word document is: the same release takes the same pages in both.

Each release of the table is exported to DOCX, which LibreOffice turns into a PDF, and to
our PDF; both must have the same number of pages. The table holds the samples and made-up
releases of many lengths, in English and in Chinese (its own setting: 12 pt, 1.5 lines,
justified, indented). Made-up bodies have no links whose words differ from the address:
the PDF prints such an address after the words, which the Word document does not.

Needs LibreOffice (Debian: libreoffice-writer-nogui) and pdfinfo (poppler-utils), which
.ci/run installs; without them the test skips, and fails under RELEASEDESK_REQUIRE_CLIENTS.
"""

from __future__ import annotations

import functools
import random
import shutil
import subprocess

import pytest

from releasedesk import document
from releasedesk.exporting import draft_bytes
from releasedesk.model import Release
from releasedesk.records import replace
from test_real_clients import pdf_pages

from conftest import SAMPLES, need

pytest.importorskip("weasyprint")

WORDS = ["harbour", "ferry", "terminal", "passengers", "council", "budget", "residents",
         "library", "opening", "week", "district", "programme", "quay", "island", "weekday",
         "crossing", "timetable", "investment", "schools", "parks", "transport", "housing",
         "energy", "water", "community", "museum", "funding", "research"]
HANZI = ("港口渡轮码头乘客议会预算居民图书馆开放区域项目岛屿工作日时刻表"
         "投资学校公园交通住房能源社区博物馆资金研究")


def english_body(paragraphs: int, seed: int) -> str:
    """Paragraphs of 30-110 words, with a heading, a list and a quote now and then."""
    rng = random.Random(seed)
    blocks: list[str] = []
    for number in range(1, paragraphs + 1):
        if number % 7 == 0:
            blocks.append("## " + " ".join(rng.choices(WORDS, k=3)).title())
        if number % 5 == 0:
            blocks.append("\n".join(f"- {' '.join(rng.choices(WORDS, k=rng.randint(4, 16)))}"
                                    for _ in range(3)))
        words = rng.choices(WORDS, k=rng.randint(30, 110))
        words[3] = f"**{words[3]}**"
        words[9] = f"*{words[9]}*"
        text = " ".join(words).capitalize() + "."
        blocks.append(f"> {text}" if number % 6 == 0 else text)
    return "\n\n".join(blocks)


def chinese_body(paragraphs: int, seed: int) -> str:
    rng = random.Random(seed)
    blocks = []
    for number in range(1, paragraphs + 1):
        sentences = ["".join(rng.choices(HANZI, k=rng.randint(8, 30))) + "。"
                     for _ in range(rng.randint(1, 6))]
        blocks.append("，".join(sentences[:2]) + "".join(sentences[2:]))
        if number % 8 == 0:
            blocks.append("## " + "".join(rng.choices(HANZI, k=6)))
    return "\n\n".join(blocks)


def releases() -> dict[str, Release]:
    table = {path.stem: document.load(path) for path in sorted(SAMPLES.glob("*.release"))}
    english = table["tidewater-ferry-terminal"]
    chinese = table["fernhollow-night-market-zh"]
    for paragraphs in (1, 4, 9, 16, 27, 40):
        table[f"en-{paragraphs}"] = replace(english, body=english_body(paragraphs, paragraphs))
    for paragraphs in (2, 7, 14, 25, 38):
        table[f"zh-{paragraphs}"] = replace(chinese, body=chinese_body(paragraphs, paragraphs))
    # US Letter (en-US), and a house's own margins.
    table["en-us-12"] = replace(english, body=english_body(12, 99), language="en-US")
    house = replace(english.conventions, typesetting={"margins_mm": [30, 25, 30, 25]})
    table["en-house-margins-20"] = replace(english, body=english_body(20, 7), conventions=house)
    return table


TABLE = releases()


@pytest.fixture(scope="module")
def page_counts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, int]]:
    """(Word document's pages as LibreOffice prints it, our PDF's pages) by release."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    need("LibreOffice", soffice is not None, "Debian: libreoffice-writer-nogui")
    need("pdfinfo", shutil.which("pdfinfo") is not None, "Debian: poppler-utils")
    folder = tmp_path_factory.mktemp("pages")
    converted = folder / "libreoffice"
    for name, release in TABLE.items():
        (folder / f"{name}.docx").write_bytes(draft_bytes(release, "docx"))
        (folder / f"{name}.pdf").write_bytes(draft_bytes(release, "pdf"))
    result = subprocess.run(
        [str(soffice), f"-env:UserInstallation=file://{folder / 'profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(converted),
         *(str(folder / f"{name}.docx") for name in TABLE)],
        capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    counts = {}
    for name in TABLE:
        word = converted / f"{name}.pdf"
        assert word.exists(), f"LibreOffice did not convert {name}.docx"
        counts[name] = (pdf_pages(word), pdf_pages(folder / f"{name}.pdf"))
    return counts


@pytest.mark.parametrize("name", sorted(TABLE))
def test_the_pdf_takes_the_pages_the_word_document_takes(
        name: str, page_counts: dict[str, tuple[int, int]]) -> None:
    word, ours = page_counts[name]
    assert ours == word, f"{name}: the Word document has {word} pages, the PDF {ours}"


def _fixed_ratio(ratio: float, faces: tuple[str, ...], bold: bool) -> float:
    return ratio


def test_the_table_reaches_past_one_page_in_both_languages(
        page_counts: dict[str, tuple[int, int]]) -> None:
    # (the comparison means something only where pages break)
    longest = {language: max(pages for name, (pages, _) in page_counts.items()
                             if name.startswith(language)) for language in ("en-", "zh-")}
    assert longest["en-"] >= 4 and longest["zh-"] >= 4, longest


def test_the_print_style_spaces_lines_as_word_does_for_the_face() -> None:
    from releasedesk.render.pdf_style import print_css
    from releasedesk.render.typesetting import CHINESE, LATIN

    for setting in (LATIN, CHINESE):
        for ratio in (1.0, 1.164, 1.45):
            css = print_css(setting, "A4", functools.partial(_fixed_ratio, ratio), 2)
            body = setting.body_pt * setting.line_spacing * ratio
            assert f"line-height: {body:.2f}pt;" in css, (setting.chinese, ratio)
            footer = 8 * 1.15 * ratio
            assert f"8pt/{footer:.2f}pt" in css


@pytest.mark.parametrize("hhea, os2, expected", [
    # ascent, descent, line gap (units of 2048 or 1000 to the em)
    ((1901, -483, 0), None, 1.1641),  # DejaVu Serif
    ((729, -271, 200), None, 1.2),  # Nimbus Sans: the line gap counts, as in LibreOffice
    ((1160, -288, 0), (880, -120, 0, True), 1.0),  # USE_TYPO_METRICS: OS/2's metrics
    ((0, 0, 0), (800, -200, 100, False), 1.1),  # no hhea metrics: OS/2's
    ((0, 0, 0), None, 0.0),
])
def test_a_face_s_line_is_read_from_its_tables(
        hhea: tuple[int, int, int], os2: tuple[int, int, int, bool] | None,
        expected: float) -> None:
    import struct

    from releasedesk.render.pdf_writer import _face_line

    upem = 1000 if hhea[0] < 1500 else 2048
    hhea_bytes = b"\0" * 4 + struct.pack(">hhh", *hhea) + b"\0" * 26
    os2_bytes = b""
    if os2 is not None:
        os2_bytes = (b"\0" * 62 + struct.pack(">H", 0x80 if os2[3] else 0) + b"\0" * 4
                     + struct.pack(">hhh", *os2[:3]) + b"\0" * 20)
    assert _face_line(hhea_bytes, os2_bytes, upem) == pytest.approx(expected, abs=1e-4)

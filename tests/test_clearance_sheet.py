"""The sign-off sheet: every sign-off, a blank row per missing role, in the release's language."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest

from releasedesk import document
from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.clearance.sheet import BLANK, render_sheet
from releasedesk.clearance.signoffs import sign_off
from releasedesk.workflow import ApprovalPolicy

from conftest import SAMPLES
from helpers import make_release

BOARD = ApprovalPolicy(signoffs=["Reviewer", "Legal", "Director"], required=True)
T0 = datetime(2026, 11, 30, 14, 5, tzinfo=UTC)


def table_rows(data: bytes) -> list[list[str]]:
    sheet = docx.Document(io.BytesIO(data))
    return [[cell.text for cell in row.cells] for table in sheet.tables for row in table.rows]


def test_docx_sheet_lists_signoffs_and_leaves_room_for_the_missing() -> None:
    release = make_release()
    sign_off(release, "Li Wei", "Director", "Cleared for Monday", now=T0)
    sign_off(release, "Ada Brill", "Reviewer", now=T0)
    rows = table_rows(render_sheet(release, BOARD, "docx", now=T0))
    digits = fingerprint(release).removeprefix("sha256:")
    assert ["Content fingerprint (SHA-256)",
            " ".join(digits[i:i + 4] for i in range(0, 64, 4))] in rows
    assert ["Status", "In review"] in rows
    signoffs = rows[rows.index(["Role", "Name", "Signed off", "Note", "Signature"]) + 1:]
    assert signoffs == [
        ["Reviewer", "Ada Brill", "Nov. 30, 2026 14:05", "", ""],
        ["Legal", BLANK, BLANK, "", ""],
        ["Director", "Li Wei", "Nov. 30, 2026 14:05", "Cleared for Monday", ""],
    ]


def test_earlier_signoffs_stand_apart() -> None:
    release = make_release()
    sign_off(release, "Li Wei", "Director", now=T0)
    release.headline += " Again"
    rows = table_rows(render_sheet(release, ApprovalPolicy(), "docx", now=T0))
    assert rows[-1] == ["Director", "Li Wei", "Nov. 30, 2026 14:05", ""]
    assert [BLANK, BLANK, BLANK, "", ""] in rows  # nobody signed this text yet


def test_a_chinese_release_gets_a_chinese_sheet() -> None:
    release = document.load(SAMPLES / "fernhollow-night-market-zh.release")
    sign_off(release, "李伟", "主任", now=T0)
    rows = table_rows(render_sheet(release, ApprovalPolicy(), "docx", now=T0))
    assert ["状态", "已批准"] in rows
    assert ["职责", "姓名", "签发时间", "意见", "签名"] in rows
    # (a Chinese release's dates print in Chinese, though the house asks for ISO dates)
    assert ["主任", "李伟", "2026年11月30日 14:05", "", ""] in rows


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_pdf_sheet_holds_the_record(tmp_path: Path) -> None:
    release = make_release()
    sign_off(release, "Li Wei", "Director", "Cleared", now=T0)
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(render_sheet(release, BOARD, "pdf", now=T0))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    for needle in ("Sign-off sheet", release.headline, "Li Wei", "Cleared", "Reviewer",
                   "Legal", fingerprint(release)[7:11]):
        assert needle in text, needle

"""The media contacts and the About section stay on one page together when they fit in
half a page; a longer chain is relaxed so that no page is left more than about half empty
for it (DOCX keepNext, PDF break rules: render/keeps.py)."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk import document
from releasedesk.exporting import draft_bytes, export_context
from releasedesk.model import Release
from releasedesk.render import build_layout
from releasedesk.render.keeps import HEADING_LINES, PAGE_SHARE, keep_plan
from releasedesk.render.pdf_writer import write_pdf

from conftest import SAMPLES, need

PARAGRAPH = ("The terminal replaces a waiting shed built in 1964. It has covered boarding for "
             "two vessels at once, a heated hall with 180 seats, and level access from the "
             "quay to every deck.")


def variant(body: int, contacts: int, about: int) -> Release:
    release = document.load(SAMPLES / "tidewater-ferry-terminal.release")
    first = release.contacts[0]
    release.body = "\n\n".join([PARAGRAPH] * body)
    release.contacts = [type(first)(f"Person {i}", first.role, first.organization, first.phone,
                                    first.email) for i in range(contacts)]
    release.boilerplate = "\n\n".join([release.boilerplate] * about)
    return release


lines = st.lists(st.floats(min_value=1, max_value=30), max_size=20)


@settings(max_examples=200, deadline=None)
@given(lines, lines, st.floats(min_value=20, max_value=80))
def test_no_kept_chain_is_longer_than_half_a_page(contacts: list[float], about: list[float],
                                                  page: float) -> None:
    plan = keep_plan(contacts, about, page)
    room = page * PAGE_SHARE
    block = {"contacts": HEADING_LINES + sum(contacts) if contacts else 0.0,
             "about": HEADING_LINES + sum(about) if about else 0.0}
    assert plan.contacts == (block["contacts"] <= room)
    assert plan.about == (block["about"] <= room)
    assert plan.contacts_with_about == (bool(contacts) and bool(about)
                                        and block["contacts"] + block["about"] <= room)


def docx_keeps(release: Release) -> list[tuple[str, str, bool]]:
    """(style, text, keeps with next) of the paragraphs from the contacts heading on."""
    book = docx.Document(io.BytesIO(draft_bytes(release, "docx")))
    out = []
    for paragraph in book.paragraphs:
        style = paragraph.style
        assert style is not None
        own = paragraph.paragraph_format.keep_with_next
        keep = own if own is not None else bool(style.paragraph_format.keep_with_next)
        out.append((style.name, paragraph.text, bool(keep)))
    start = next(i for i, (style, text, _) in enumerate(out)
                 if style == "Section Heading" and text.lower() == "media contacts")
    return out[start:]


def test_short_contacts_and_about_are_one_chain_in_docx() -> None:
    keeps = docx_keeps(variant(12, 2, 1))
    about = [i for i, (style, _, _) in enumerate(keeps) if style == "Boilerplate"]
    chain = keeps[:about[-1]]
    assert all(keep for _, _, keep in chain), chain  # heading … last About paragraph
    assert not keeps[about[-1]][2]
    assert all(style in ("Section Heading", "Contact", "Boilerplate") for style, _, _ in chain)


@pytest.mark.parametrize(("contacts", "about"), [(14, 1), (3, 9), (12, 8)])
def test_long_contacts_or_about_are_not_chained_beyond_half_a_page(contacts: int,
                                                                  about: int) -> None:
    keeps = docx_keeps(variant(4, contacts, about))
    kinds = [style for style, _, _ in keeps]
    last_contact = max(i for i, kind in enumerate(kinds) if kind == "Contact")
    assert not keeps[last_contact][2]  # the contacts are not chained to the About section
    plan = keep_plan([5.0] * contacts, [3.6] * about, 48)
    contact_keeps = [keep for style, _, keep in keeps[:last_contact] if style == "Contact"]
    assert all(contact_keeps) == plan.contacts and any(contact_keeps) == plan.contacts
    assert keeps[0][2]  # the heading stays with the first contact, always


def pdf_pages(release: Release, folder: Path) -> list[str]:
    need("pdftotext", shutil.which("pdftotext") is not None, "Debian: poppler-utils")
    pdf = folder / "release.pdf"
    pdf.write_bytes(write_pdf(build_layout(release), export_context()))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, timeout=120, check=True).stdout
    return text.split("\f")


@pytest.mark.parametrize("body", [8, 10, 12, 14])
def test_pdf_keeps_contacts_and_about_on_one_page_and_each_contact_whole(
        tmp_path: Path, body: int) -> None:
    pages = pdf_pages(variant(body, 2, 1), tmp_path)
    with_contacts = [i for i, page in enumerate(pages) if "MEDIA CONTACTS" in page]
    with_about = [i for i, page in enumerate(pages) if "ABOUT CALLOWAY" in page]
    assert len(with_contacts) == 1 and with_contacts == with_about
    for number in range(2):
        holding = [page for page in pages if f"Person {number}" in page]
        assert len(holding) == 1
        rest = holding[0].split(f"Person {number}", 1)[1].split("Person", 1)[0]
        assert all(part in rest for part in ("Press Officer", "Phone", "Email"))


def test_pdf_starts_a_long_contacts_block_on_the_page_where_the_body_ends(
        tmp_path: Path) -> None:
    pages = pdf_pages(variant(4, 14, 6), tmp_path)
    assert "MEDIA CONTACTS" in pages[0]  # not pushed whole to page 2, page 1 half empty

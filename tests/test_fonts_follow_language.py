"""The e-mail and the PDF set a release in its language's faces (issue 27, point 12): Latin
faces first for English, so quotes print as English quotes and never in a Chinese face's
full-width shapes; Chinese faces first for Chinese."""

from __future__ import annotations

import email
import email.policy
import html
import re
import tempfile
from pathlib import Path

import pytest

from releasedesk.exporting import export_context
from releasedesk.model import Release
from releasedesk.render import build_layout
from releasedesk.render.email_writer import render_eml
from releasedesk.render.pdf_writer import write_pdf
from releasedesk.render.typesetting import is_cjk_face
from test_pdf_email import poppler

from corpus import corpus
from helpers import make_release

QUOTES = 'She said, “The ferry runs late on Fridays,” and ‘it’s popular’ — "plain" too.'
ENGLISH = ["en", "en-US", "en-GB", "en-AU"]


def mail_faces(data: bytes) -> list[list[str]]:
    """Every font-family list of the e-mail's HTML part, its faces in order."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    part = next(p for p in message.walk() if p.get_content_type() == "text/html")
    page = html.unescape(part.get_content())
    return [[face.strip().strip("\"'") for face in value.split(",")]
            for value in re.findall(r"font-family:\s*([^;\"]+)", page)]


@pytest.mark.parametrize("language", ENGLISH)
def test_an_english_e_mail_puts_latin_faces_first(language: str) -> None:
    release = make_release(language=language)
    release.body += f"\n\n{QUOTES}"
    lists = mail_faces(render_eml(build_layout(release)))
    assert len(lists) >= 3
    for faces in lists:
        assert not is_cjk_face(faces[0]), faces
        first_cjk = next((i for i, face in enumerate(faces) if is_cjk_face(face)), len(faces))
        assert first_cjk >= 3, faces  # a machine without Georgia still has a Latin face


def test_a_chinese_e_mail_puts_chinese_faces_first() -> None:
    release = corpus()["fernhollow-night-market-zh"]
    lists = mail_faces(render_eml(build_layout(release)))
    assert lists and all(is_cjk_face(faces[0]) for faces in lists)


def pdf_fonts(release: Release) -> list[str]:
    pdf = Path(tempfile.mkdtemp()) / "release.pdf"
    pdf.write_bytes(write_pdf(build_layout(release), export_context()))
    rows = poppler("pdffonts", pdf).splitlines()[2:]
    return [row.split()[0].split("+")[-1] for row in rows if row.strip()]


@pytest.mark.parametrize("language", ENGLISH)
def test_an_english_pdf_embeds_no_chinese_face(language: str) -> None:
    release = make_release(language=language)
    release.body += f"\n\n{QUOTES}\n\n*An aside* and **a strong word**."
    fonts = pdf_fonts(release)
    assert fonts and not [face for face in fonts if is_cjk_face(face.replace("-", " "))], fonts


def test_every_english_sample_pdf_is_set_in_latin_faces() -> None:
    for name, release in corpus().items():
        if release.language.lower().startswith("zh"):
            continue
        fonts = pdf_fonts(release)
        assert not [face for face in fonts if is_cjk_face(face.replace("-", " "))], (name, fonts)


def test_a_chinese_pdf_is_set_in_chinese_faces() -> None:
    fonts = pdf_fonts(corpus()["fernhollow-night-market-zh"])
    assert fonts and all(is_cjk_face(face.replace("-", " ")) for face in fonts), fonts

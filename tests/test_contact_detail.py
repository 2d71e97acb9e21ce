"""A contact's role and organisation are joined as the release's language joins them, in
every format that prints them (one rule: render/contacts.contact_detail)."""

from __future__ import annotations

import io
import zipfile

import pytest

from releasedesk.exporting import export_bytes
from releasedesk.model import Contact

from helpers import make_release

CONTACT = Contact("林伟", "新闻官", "卡洛韦港务局", "0510-8555 0118", "press@port.example")


@pytest.mark.parametrize(("language", "joined"), [
    ("zh-CN", "新闻官，卡洛韦港务局"), ("en", "新闻官, 卡洛韦港务局"),
    ("en-GB", "新闻官, 卡洛韦港务局"), ("zh-HK", "新闻官，卡洛韦港务局"),
])
@pytest.mark.parametrize("fmt", ["txt", "html", "docx"])
def test_role_and_organisation_join_in_the_language_of_the_release(
        language: str, joined: str, fmt: str) -> None:
    data = export_bytes(make_release(language=language, contacts=[CONTACT]), fmt)
    if fmt == "docx":
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            text = package.read("word/document.xml").decode("utf-8")
    else:
        text = data.decode("utf-8")
    assert joined in text

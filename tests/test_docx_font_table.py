"""The Word export describes each Chinese face it names in its font table (tester11: a
Chinese export named Noto CJK SC, which a Chinese Windows lacks, and Word would put any
face in its place): GB2312's character set, its kind, and a Windows face to stand in."""

from __future__ import annotations

import copy
import io
import re
import zipfile

import pytest
from lxml import etree

from releasedesk.exporting import draft_bytes
from releasedesk.model import Release
from releasedesk.profiles import ProfileStore, apply_profile
from releasedesk.render.docx_template import WINDOWS_CJK_FACES, font_table_xml

from corpus import corpus

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _named_east_asian(package: zipfile.ZipFile) -> set[str]:
    """Every East Asian face the document's styles and text name."""
    names: set[str] = set()
    for member in ("word/styles.xml", "word/document.xml", "word/footer1.xml"):
        if member in package.namelist():
            root = etree.fromstring(package.read(member))
            names |= {fonts.get(f"{W}eastAsia") for fonts in root.iter(f"{W}rFonts")
                      if fonts.get(f"{W}eastAsia")}
    return names


def _table(package: zipfile.ZipFile) -> dict[str, etree._Element]:
    root = etree.fromstring(package.read("word/fontTable.xml"))
    return {font.get(f"{W}name"): font for font in root.iter(f"{W}font")}


def _releases() -> dict[str, Release]:
    out: dict[str, Release] = dict(corpus())
    store = ProfileStore()
    for profile in store.load_all():
        if profile.language.startswith("zh"):
            release = next(r for r in corpus().values() if r.language.startswith("zh"))
            styled = copy.deepcopy(release)
            apply_profile(styled, profile)
            out[f"house style {profile.name}"] = styled
    return out


RELEASES = _releases()


@pytest.mark.parametrize("name", RELEASES)
def test_every_chinese_face_named_is_described_for_word(name: str) -> None:
    data = draft_bytes(RELEASES[name], "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        named, table = _named_east_asian(package), _table(package)
        assert "fontTable.xml" in package.read("word/_rels/document.xml.rels").decode()
        assert "/word/fontTable.xml" in package.read("[Content_Types].xml").decode()
    assert named and named <= set(table), (named, sorted(table))
    for face, font in table.items():
        assert font.find(f"{W}charset").get(f"{W}val") == "86"
        kind = font.find(f"{W}family").get(f"{W}val")
        assert kind == ("swiss" if re.search("Sans|Hei|黑", face) else "roman"), face
        other = font.find(f"{W}altName")
        if face in WINDOWS_CJK_FACES:
            assert other is None
        else:
            assert other is not None and other.get(f"{W}val") in WINDOWS_CJK_FACES


def test_a_face_is_described_once_and_its_name_is_escaped() -> None:
    root = etree.fromstring(font_table_xml(["A & <B>", "A & <B>", "SimSun"]).encode())
    assert [font.get(f"{W}name") for font in root.iter(f"{W}font")] == ["A & <B>", "SimSun"]

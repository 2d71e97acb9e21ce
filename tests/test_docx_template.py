"""Our blank Word package (render/docx_template.py) in place of python-docx's default
template: every style the export and the review document name is there, formatted as it
was on python-docx's template (the defaults, the chain of styles it is based on, a list's
numbering), and the East Asian settings survive into the file."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from lxml import etree

from releasedesk import document
from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.exporting import export_context, stamped
from releasedesk.model import Release
from releasedesk.profiles import ProfileStore, apply_profile
from releasedesk.render import FORMATS, build_layout
from releasedesk.render.docx_template import template_bytes, template_members
from releasedesk.render.docx_writer import _DocxWriter
from releasedesk.render.typesetting import language_type
from releasedesk.review.sending import _ReviewWriter
from test_docx_photos import SAMPLE_PHOTOS

from conftest import SAMPLES
from helpers import make_release

Properties = dict[tuple[str, str], str]


def _local(tag: str) -> str:
    return str(etree.QName(tag).localname)


def _merge(into: Properties, element: etree._Element | None, prefix: str) -> None:
    """*element*'s children (a w:pPr or w:rPr) over *into*: an attribute at a time, an
    element with children (borders, tabs) whole."""
    if element is None:
        return
    for child in element:
        if not isinstance(child.tag, str):
            continue
        name = prefix + _local(child.tag)
        if len(child):
            into[name, "*"] = etree.tostring(child, method="c14n", exclusive=True).decode()
        elif not child.attrib:
            into[name, ""] = "on"
        for key, value in child.attrib.items():
            into[name, _local(key)] = value


def resolved(opened: Document, style_id: str) -> tuple[str, str, Properties]:
    """(type, name, formatting) of style *style_id*: the document's defaults, then each
    style it is based on from the first, then its own; a list's level formatting too."""
    styles = opened.styles.element
    by_id = {element.get(qn("w:styleId")): element for element in styles.findall(qn("w:style"))}
    style = by_id[style_id]
    chain: list[etree._Element] = []
    current: etree._Element | None = style
    while current is not None:
        chain.insert(0, current)
        based = current.find(qn("w:basedOn"))
        current = by_id.get(based.get(qn("w:val"))) if based is not None else None
    found: Properties = {}
    defaults = styles.find(qn("w:docDefaults"))
    _merge(found, defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}"), "p:")
    _merge(found, defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}"), "r:")
    for element in chain:
        _merge(found, element.find(qn("w:pPr")), "p:")
        _merge(found, element.find(qn("w:rPr")), "r:")
    number = found.pop(("p:numPr", "*"), None)
    if number is not None:  # the numbering's level, not its id (ids may differ)
        num_id = etree.fromstring(number).find(f".//{qn('w:numId')}").get(qn("w:val"))
        numbering = opened.part.numbering_part.element
        abstract = numbering.num_having_numId(int(num_id)).abstractNumId.val
        level = next(element for element in numbering.findall(qn("w:abstractNum"))
                     if element.get(qn("w:abstractNumId")) == str(abstract)).find(qn("w:lvl"))
        for child in level:
            if _local(child.tag) in ("pPr", "rPr"):
                _merge(found, child, f"list {_local(child.tag)}:")
            elif _local(child.tag) != "pStyle":
                found[f"list:{_local(child.tag)}", ""] = child.get(qn("w:val"), "")
    return style.get(qn("w:type")), style.find(qn("w:name")).get(qn("w:val")), found


def gongwen() -> Release:
    release = document.load(SAMPLES / "fernhollow-night-market-zh.release")
    apply_profile(release, ProfileStore().get("fernhollow-gongwen-zh"), contacts=False)
    return release


def sample(name: str, photos: str = "", accent: str | None = None) -> Callable[[], Release]:
    def made() -> Release:
        release = document.load(SAMPLES / name)
        if photos:
            release.photos = SAMPLE_PHOTOS[photos]()
        if accent is not None:
            release.conventions.accent = accent
        return release
    return made


RELEASES: dict[str, Callable[[], Release]] = {
    **{path.stem: sample(path.name) for path in sorted(SAMPLES.glob("*.release"))},
    "english, photos, accent": sample("tidewater-ferry-terminal.release", "two-mixed",
                                      "#1a4d8f"),
    "chinese, photos": sample("fernhollow-night-market-zh.release", "chinese-words"),
    "no accent": sample("fernhollow-seed-bank.release", accent=""),
    "official document (GB/T 9704)": gongwen,
    "helpers' release": lambda: make_release(),
}


@pytest.mark.parametrize("name", sorted(RELEASES))
def test_every_style_the_export_names_is_formatted_as_on_python_docx_template(
        name: str) -> None:
    layout = stamped(RELEASES[name]())
    writer = _DocxWriter(layout)
    before = docx.Document()  # python-docx's own template, as the writer used to start
    writer._define_styles(before)
    ours = docx.Document(io.BytesIO(FORMATS["docx"].write(layout, export_context(None))))
    named = {name for name in writer.styles if name not in ("Figure", "Caption")
             or layout.photos}
    assert named >= {"Normal", "List Bullet 3", "List Number", "List Continue 2", "Hyperlink"}
    for style in sorted(named):
        assert resolved(ours, writer.styles[style]) == resolved(before, writer.styles[style]), \
            style


@pytest.mark.parametrize("name", sorted(RELEASES))
def test_every_style_the_review_document_names_is_formatted_as_before(name: str) -> None:
    release = RELEASES[name]()
    writer = _ReviewWriter(release, fingerprint(release))
    before = docx.Document()
    writer._styles(before)
    ours = docx.Document(io.BytesIO(writer.write()))
    assert len(writer.styles) > 30
    for style, style_id in sorted(writer.styles.items()):
        if style in ("Figure", "Caption"):  # (the export's photos, not the review's)
            continue
        got, expected = resolved(ours, style_id), resolved(before, style_id)
        assert _but_defaults(got) == _but_defaults(expected), style


def _but_defaults(found: tuple[str, str, Properties]) -> tuple[str, str, Properties]:
    """*found* without what the review document's defaults changed on purpose: the theme's
    faces (no theme now; Word let them win over the styles' own faces) and the defaults'
    languages (East Asian text: Chinese, not English)."""
    kind, name, properties = found
    return kind, name, {key: value for key, value in properties.items()
                        if key[0] != "r:lang" and not (key[0] == "r:rFonts" and (
                            key[1] == "" or key[1].lower().endswith("theme")))}


@pytest.mark.parametrize("name", sorted(RELEASES))
def test_the_east_asian_settings_reach_the_file(name: str) -> None:
    release = RELEASES[name]()
    layout = build_layout(release)
    data = FORMATS["docx"].write(layout, export_context(None))
    opened = docx.Document(io.BytesIO(data))
    setting = language_type(release.language)
    defaults = opened.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(f".//{qn('w:rFonts')}")
    east_asian = layout.type.word_faces(layout.type.body_fonts)[1]
    assert fonts.get(qn("w:eastAsia")) == east_asian
    lang = defaults.find(f".//{qn('w:lang')}")
    assert lang.get(qn("w:eastAsia")) == (release.language if setting.chinese else "zh-CN")
    settings = opened.settings.element
    assert settings.find(qn("w:themeFontLang")).get(qn("w:eastAsia")) == "zh-CN"
    assert settings.find(qn("w:characterSpacingControl")).get(qn("w:val")) == "doNotCompress"
    assert settings.find(f"{qn('w:compat')}/{qn('w:useFELayout')}") is not None
    for name_ in ("w:autoSpaceDE", "w:autoSpaceDN"):
        assert defaults.find(f".//{qn(name_)}").get(qn("w:val")) == "0"


@pytest.mark.parametrize("footer", [True, False])
def test_the_blank_package_is_small_and_holds_only_our_parts(footer: bool) -> None:
    data = template_bytes(footer)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        for name in names:  # each member well-formed XML
            etree.fromstring(archive.read(name))
    assert names == list(template_members(footer))
    assert ("word/footer1.xml" in names) is footer
    assert not {"word/stylesWithEffects.xml", "word/theme/theme1.xml",
                "docProps/thumbnail.jpeg"} & set(names)
    assert len(data) < 16_000
    # Each document opened on it is its own: a change to one leaves the next blank.
    from releasedesk.render.docx_template import blank_document

    first = blank_document(footer)
    first.add_paragraph("changed")
    assert [p.text for p in blank_document(footer).paragraphs] == []

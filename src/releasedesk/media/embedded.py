"""Caption, credit and alt text that photographers write into their files (IPTC and XMP).

Read once, from the original bytes, before the metadata is stripped, and only offered to
prefill the photo's fields. IPTC IIM lives in Photoshop's image resources (resource
0x0404) as datasets 2:120 (caption), 2:80 (by-line) and 2:110 (credit line); XMP is RDF
in which dc:description, dc:creator, photoshop:Credit and the IPTC Core alt text field
(Iptc4xmpCore:AltTextAccessibility) say the same. XMP is parsed without DTDs, entities or
network access; anything unreadable is ignored, never an error.
"""

from __future__ import annotations

import re
import struct

from lxml import etree

from ..records import record

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_DC = "http://purl.org/dc/elements/1.1/"
_PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/"
_IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
MAX_FIELD = 4000  # characters: a caption longer than this is not a caption


@record(frozen=True)
class Prefill:
    """What the file says about itself: offered, never forced, into the photo's fields."""

    caption: str = ""
    credit: str = ""
    alt: str = ""

    def __bool__(self) -> bool:
        return bool(self.caption or self.credit or self.alt)


def read_prefill(xmp: bytes, photoshop: bytes) -> Prefill:
    """XMP first (Unicode by definition), IPTC IIM for what XMP does not say."""
    from_xmp = _xmp_fields(xmp) if xmp else {}
    from_iptc = _iptc_fields(photoshop) if photoshop else {}
    merged = {key: _clean(from_xmp.get(key) or from_iptc.get(key) or "")
              for key in ("caption", "credit", "alt")}
    return Prefill(**merged)


def _clean(text: str) -> str:
    text = " ".join(text.replace("\x00", " ").split())
    return text[:MAX_FIELD]


def _credit(creator: str, credit_line: str) -> str:
    """The photographer and the agency, each once: "Ana Reyes / Calloway Harbour Authority"."""
    parts = [p for p in (creator.strip(), credit_line.strip()) if p]
    if len(parts) == 2 and parts[0].casefold() in parts[1].casefold():
        return parts[1]
    if len(parts) == 2 and parts[1].casefold() in parts[0].casefold():
        return parts[0]
    return " / ".join(parts)


# -- IPTC IIM -------------------------------------------------------------------------------


def _iptc_fields(resources: bytes) -> dict[str, str]:
    block = _photoshop_resource(resources, 0x0404)
    if not block:
        return {}
    datasets: dict[tuple[int, int], bytes] = {}
    pos = 0
    while pos + 5 <= len(block) and block[pos] == 0x1C:
        record_number, dataset, size = block[pos + 1], block[pos + 2], \
            struct.unpack_from(">H", block, pos + 3)[0]
        if size & 0x8000:  # extended length: never used for text; stop reading
            break
        datasets.setdefault((record_number, dataset), block[pos + 5 : pos + 5 + size])
        pos += 5 + size
    utf8 = datasets.get((1, 90), b"") in (b"\x1b%G", b"\x1b%/I")

    def text(number: int) -> str:
        raw = datasets.get((2, number), b"")
        if utf8:
            return raw.decode("utf-8", "replace")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252", "replace")

    return {"caption": text(120), "credit": _credit(text(80), text(110))}


def _photoshop_resource(data: bytes, wanted: int) -> bytes:
    """One image resource ("8BIM" blocks) by its id; b"" when absent or malformed."""
    pos = 0
    while pos + 12 <= len(data) and data[pos : pos + 4] == b"8BIM":
        (ident,) = struct.unpack_from(">H", data, pos + 4)
        name_length = data[pos + 6]
        name_size = name_length + 1 + ((name_length + 1) % 2)  # padded to even
        size_at = pos + 6 + name_size
        if size_at + 4 > len(data):
            return b""
        (size,) = struct.unpack_from(">I", data, size_at)
        start = size_at + 4
        if start + size > len(data):
            return b""
        if ident == wanted:
            return data[start : start + size]
        pos = start + size + (size % 2)
    return b""


# -- XMP ----------------------------------------------------------------------------------


def _xmp_fields(packet: bytes) -> dict[str, str]:
    if _DECLARATION.search(packet):
        return {}
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, recover=False)
    try:
        root = etree.fromstring(packet.strip(b"\x00 \r\n\t"), parser)
    except (etree.XMLSyntaxError, ValueError):
        return {}
    caption = _language_alt(root, _DC, "description")
    creator = _sequence(root, _DC, "creator")
    credit_line = _property(root, _PHOTOSHOP, "Credit")
    alt = _language_alt(root, _IPTC_CORE, "AltTextAccessibility")
    return {"caption": caption, "credit": _credit(creator, credit_line), "alt": alt}


def _descriptions(root: etree._Element) -> list[etree._Element]:
    return list(root.iter(f"{{{_RDF}}}Description"))


def _property(root: etree._Element, namespace: str, name: str) -> str:
    """A simple property, written as an attribute or as an element of rdf:Description."""
    for description in _descriptions(root):
        value = description.get(f"{{{namespace}}}{name}")
        if value:
            return str(value)
        element = description.find(f"{{{namespace}}}{name}")
        if element is not None and element.text and element.text.strip():
            return str(element.text)
    return ""


def _language_alt(root: etree._Element, namespace: str, name: str) -> str:
    """An rdf:Alt of languages: the x-default entry, else the first."""
    for element in root.iter(f"{{{namespace}}}{name}"):
        items = list(element.iter(f"{{{_RDF}}}li"))
        for item in items:
            if item.get(_XML_LANG) == "x-default" and item.text:
                return str(item.text)
        for item in items:
            if item.text:
                return str(item.text)
        if element.text and element.text.strip():
            return str(element.text)
    return ""


def _sequence(root: etree._Element, namespace: str, name: str) -> str:
    for element in root.iter(f"{{{namespace}}}{name}"):
        names = [item.text.strip() for item in element.iter(f"{{{_RDF}}}li")
                 if item.text and item.text.strip()]
        if names:
            return ", ".join(names)
    return ""

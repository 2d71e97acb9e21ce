"""A Word document's custom properties (docProps/custom.xml): names and text values that
Word and LibreOffice keep when they save, where a field that their own properties would
change (the keywords, which LibreOffice re-joins with spaces) or the review's field map
travel intact."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape, quoteattr

CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_CUSTOM_TYPE = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "custom-properties")
_CUSTOM_CONTENT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
KEYWORDS_PROPERTY = "ReleaseDesk keywords"  # the release's keywords, one per line
# The fingerprint of the release a document sent for review was written from: it marks
# the document as one (the review reads it back; a draft's import refuses it).
FINGERPRINT_PROPERTY = "ReleaseDesk fingerprint"


def custom_members(properties: list[tuple[str, str]]) -> dict[str, bytes]:
    """docProps/custom.xml holding *properties*, by member name."""
    items = "".join(
        f'<property fmtid="{_FMTID}" pid="{number}" name={quoteattr(name)}>'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for number, (name, value) in enumerate(properties, start=2))
    custom = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<Properties xmlns="{CUSTOM_NS}" xmlns:vt="{_VT_NS}">{items}</Properties>')
    return {"docProps/custom.xml": custom.encode("utf-8")}


def naming_custom_properties(name: str, content: bytes) -> bytes:
    """A package member's *content*, the content types and the package's relationships
    naming docProps/custom.xml; any other member as it is."""
    if name == "[Content_Types].xml":
        return content.replace(
            b"</Types>", f'<Override PartName="/docProps/custom.xml" '
                         f'ContentType="{_CUSTOM_CONTENT}"/></Types>'.encode())
    if name == "_rels/.rels":
        return content.replace(
            b"</Relationships>", f'<Relationship Id="rIdReleaseDeskProperties" '
                                 f'Type="{_CUSTOM_TYPE}" Target="docProps/custom.xml"/>'
                                 "</Relationships>".encode())
    return content


def with_custom_properties(data: bytes, properties: list[tuple[str, str]]) -> bytes:
    """*data* (a .docx) with docProps/custom.xml holding *properties*, named in the
    package's relationships and content types."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = naming_custom_properties(info.filename, source.read(info))
            target.writestr(info.filename, content, zipfile.ZIP_DEFLATED)
        for name, content in custom_members(properties).items():
            target.writestr(name, content, zipfile.ZIP_DEFLATED)
    return out.getvalue()

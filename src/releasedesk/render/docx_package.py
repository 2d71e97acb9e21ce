"""A python-docx document as a .docx file's bytes, written once: fixed dates, custom
properties, each member compressed a single time.

``Document.save`` compresses every member (most of them the template's styles, theme and
fonts) and stamps it with the time of saving; adding the custom properties and fixing the
dates afterwards read and compressed the whole package twice more (two thirds of a
release's DOCX export time went to zlib). Here python-docx's own package writer hands
each member to a collector instead of a ZIP, and the ZIP is written once, in the same
order, with the same names, attributes and compression as the three passes gave: the same
bytes.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from docx.document import Document
    from docx.opc.packuri import PackURI
    from docx.opc.phys_pkg import PhysPkgWriter

from .docx_custom import custom_members, naming_custom_properties
from .stable_zip import FIXED_DATE

# What python-docx's ZIP writer gives a member (ZipFile.writestr with a name): rw-------.
_MEMBER_ATTRIBUTES = 0o600 << 16


class _Members:
    """Stands in for python-docx's physical package writer: keeps the members in order."""

    def __init__(self) -> None:
        self.members: list[tuple[str, bytes]] = []

    def write(self, pack_uri: PackURI, blob: bytes) -> None:
        self.members.append((pack_uri.membername, blob))

    def close(self) -> None:
        pass


def document_members(document: Document) -> list[tuple[str, bytes]]:
    """(member name, bytes) of *document*'s package, in the order ``Document.save``
    writes them."""
    from docx.opc.pkgwriter import PackageWriter

    package = document.part.package
    for part in package.parts:
        part.before_marshal()
    members = _Members()
    # The steps of PackageWriter.write, with the collector for its ZIP writer.
    write_types = PackageWriter._write_content_types_stream
    write_types(members, package.parts)  # type: ignore[no-untyped-call]  # python-docx: no hints
    write_rels = PackageWriter._write_pkg_rels
    write_rels(members, package.rels)  # type: ignore[no-untyped-call]  # python-docx: no hints
    # (_write_parts is annotated with python-docx's ZIP writer; it calls only .write.)
    PackageWriter._write_parts(cast("PhysPkgWriter", members), package.parts)
    return members.members


def docx_bytes(document: Document, custom: list[tuple[str, str]] | None = None,
               replacing: dict[str, bytes] | None = None) -> bytes:
    """*document* as a .docx, every member dated FIXED_DATE, with docProps/custom.xml
    holding *custom* (name, text) when there is any, and the members named in *replacing*
    (a part python-docx keeps as bytes, such as the font table) holding its bytes."""
    members = document_members(document)
    if replacing:
        members = [(name, replacing.get(name, data)) for name, data in members]
    if custom:
        members = [(name, naming_custom_properties(name, data)) for name, data in members]
        members += list(custom_members(custom).items())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = _MEMBER_ATTRIBUTES
            archive.writestr(info, data)
    return out.getvalue()

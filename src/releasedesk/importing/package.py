"""A Word package opened defensively: what it is, how big it claims to be, what its XML holds.

Checked before any XML is parsed: binary Word 97 files and encrypted (password) packages
(both OLE compound files), macro-enabled documents, broken or truncated zips, entries
whose declared size or compression ratio betrays a zip bomb or whose compression Word
never writes, XML that declares a DOCTYPE or entities (entity bombs, external entities),
and then what each part holds (limits.XmlMeasure: text, paragraphs, elements), counted
by a parser that keeps nothing, before the part becomes a tree.

A ZIP's declared sizes can lie. Entries are inflated a chunk at a time (zipfile's read()
of a whole entry inflates all its compressed bytes in one step, whatever size the entry
declares), never past their declared size nor past MAX_XML_BYTES altogether.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from lxml import etree

from ..errors import N_
from .errors import DraftError
from .limits import XmlMeasure

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_ENTRIES = 2000
MAX_XML_BYTES = 64 * 1024 * 1024  # all XML parts together, inflated
MAX_RATIO = 200  # inflated/compressed, for entries over a megabyte
CHUNK = 256 * 1024  # inflated at a time
MAX_MEDIA_BYTES = 512 * 1024 * 1024  # all the pictures read, inflated
MEASURE_CHUNK = 16 * 1024  # given to the measuring parser at a time (see XmlMeasure.progress)
_COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)  # what Word and LibreOffice write
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_MACRO_TYPE = b"macroEnabled"

# lxml without network access, DTD loading or entity expansion (belt and braces: the
# declarations are refused before parsing anyway).
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          huge_tree=False, remove_blank_text=False)


class Package:
    """The parts of a .docx that the reader asks for, each read once, size-checked and
    measured before it is parsed."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.archive = archive
        self.name = name
        self.names = {info.filename for info in archive.infolist()}
        self.inflated = 0  # bytes of all the parts read so far
        self.media = 0  # bytes of all the pictures read so far
        self.measure = XmlMeasure(name)  # what all the parts parsed so far hold

    def read(self, part: str) -> bytes:
        """The bytes of *part*, inflated a chunk at a time: never more than it declares, nor
        than MAX_XML_BYTES for all the parts read."""
        data = self._inflate(self.archive.getinfo(part), MAX_XML_BYTES - self.inflated)
        self.inflated += len(data)
        return data

    def read_media(self, part: str, limit: int) -> bytes:
        """The bytes of a picture part: DraftError when it unpacks to more than *limit* or
        the document's pictures together to more than MAX_MEDIA_BYTES; a damaged entry
        raises DraftError too (the caller decides whether the draft is lost with it)."""
        info = self.archive.getinfo(part)
        if info.file_size > limit:
            raise too_large_picture(self.name, part)
        try:
            data = self._inflate(info, MAX_MEDIA_BYTES - self.media)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
            raise DraftError(N_("{name}: the picture {part} is damaged."), name=self.name,
                             part=part) from exc
        self.media += len(data)
        return data

    def _inflate(self, info: zipfile.ZipInfo, room: int) -> bytes:
        """The entry *info*'s bytes, inflated a chunk at a time: a zip bomb (DraftError)
        when it gives more than it declares or than the *room* left."""
        data = io.BytesIO()  # its getvalue() hands over the bytes without a copy
        with self.archive.open(info) as entry:
            while chunk := entry.read(CHUNK):
                data.write(chunk)
                size = data.tell()
                if size > info.file_size or size > room:
                    raise DraftError(_BOMB, name=self.name)
        return data.getvalue()

    def xml(self, part: str) -> etree._Element | None:
        """The parsed XML of *part* (``word/document.xml``), or None if the package lacks it."""
        if part not in self.names:
            return None
        text = self.read(part)
        if text[:2] in (b"\xff\xfe", b"\xfe\xff"):
            text = text.decode("utf-16").encode("utf-8")
        if _DECLARATION.search(text):
            raise DraftError(N_("{name} holds XML with a DOCTYPE or entity declarations, which "
                                "Word never writes; it was not imported (it may be crafted "
                                "to harm)."), name=self.name)
        try:
            self._measure(text)
            return etree.fromstring(text, _PARSER)
        except etree.XMLSyntaxError as exc:
            if exc.code == etree.ErrorTypes.ERR_RESOURCE_LIMIT and "depth" in str(exc):
                raise DraftError(N_("{name} cannot be read: its part {part} is nested too "
                                    "deeply to read (more than 256 levels, which Word never "
                                    "writes)."), name=self.name, part=part) from exc
            raise DraftError(N_("{name} is damaged: its part {part} is not valid XML. Open it "
                                "in Word and save it again."), name=self.name, part=part) from exc

    def _measure(self, text: bytes) -> None:
        """Count what *text* holds, a chunk at a time, before any tree is built: DraftError
        as soon as the text, paragraphs or elements of the parts so far pass their limits."""
        measure = self.measure
        measure.begin_part()
        parser = etree.XMLParser(target=measure, resolve_entities=False, no_network=True,
                                 load_dtd=False, huge_tree=False)
        view = memoryview(text)
        for start in range(0, len(view), MEASURE_CHUNK):
            chunk = view[start:start + MEASURE_CHUNK]
            measure.progress = (start + len(chunk)) / len(view)
            parser.feed(bytes(chunk))
        parser.close()


@contextmanager
def open_package(raw: bytes, name: str) -> Iterator[Package]:
    """Open the bytes of a .docx after checking what they are; raise DraftError otherwise."""
    if raw.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in raw:
            raise DraftError(N_("{name} is protected by a password; open it in Word, remove "
                                "the password (File ▸ Info ▸ Protect Document) and save it "
                                "again, then import it."), name=name)
        raise DraftError(N_("{name} is an old binary Word document (.doc); open it in Word or "
                            "LibreOffice, save it as .docx and import that."), name=name)
    if not raw.startswith(b"PK"):  # (not a package at all: text, HTML, a PDF…)
        raise DraftError(N_("{name} is not a Word document (.docx) but a file of another "
                            "kind; open it in Word or LibreOffice and save it as .docx."),
                         name=name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile as exc:
        raise DraftError(N_("{name} is not a complete Word document (the file is damaged or "
                            "was cut short); download or copy it again."), name=name) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise DraftError(N_("{name} holds {count} parts, far more than any Word document; "
                                "it was not imported."), name=name, count=len(infos))
        xml_total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise DraftError(N_("{name} is encrypted; remove the password in Word and "
                                    "save it again, then import it."), name=name)
            if info.compress_type not in _COMPRESSIONS:
                raise DraftError(N_("{name} is packed in a way Word never writes (its parts "
                                    "are not deflated); open it in Word and save it again."),
                                 name=name)
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > 1024 * 1024 and ratio > MAX_RATIO:
                raise DraftError(_BOMB, name=name)
            if info.filename.endswith((".xml", ".rels")):
                xml_total += info.file_size
        if xml_total > MAX_XML_BYTES:
            raise DraftError(_BOMB, name=name)
        names = {info.filename for info in infos}
        if "word/document.xml" not in names:
            raise DraftError(N_("{name} is not a Word document (it has no document part); save "
                                "the draft as .docx from Word or LibreOffice."), name=name)
        package = Package(archive, name)
        try:
            types = package.read("[Content_Types].xml") if "[Content_Types].xml" in names \
                else b""
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
            raise _damaged(name) from exc
        if _MACRO_TYPE in types or "word/vbaProject.bin" in names:
            raise DraftError(N_("{name} contains macros (.docm); ReleaseDesk does not open "
                                "documents with macros. Save it as a plain .docx (Word "
                                "Document) and import that."), name=name)
        try:
            yield package
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
            # CRC errors, truncated entries, bad compression: the file is damaged.
            raise _damaged(name) from exc


_BOMB = N_("{name} claims to unpack to far more data than a Word document holds (a \"zip "
           "bomb\"); it was not imported.")


def too_large_picture(name: str, part: str) -> DraftError:
    return DraftError(N_("{name}: the picture {part} is larger than the largest photo "
                         "ReleaseDesk keeps."), name=name, part=part)


def _damaged(name: str) -> DraftError:
    return DraftError(N_("{name} is damaged (a part of it cannot be read); open it in Word and "
                         "save it again."), name=name)

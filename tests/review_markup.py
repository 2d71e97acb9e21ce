"""Marking up a document sent for review the way a reviewer's word processor does: tests
edit the XML of our for-review export (insertions, deletions, paragraph breaks, moves,
formatting, stacked changes, comments) and read it back."""

from __future__ import annotations

import copy
import io
import zipfile
from xml.sax.saxutils import escape

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
DANA, LEE = ("Dana Reyes", "2026-03-04T09:30:00Z"), ("Lee Park", "2026-03-05T14:05:00Z")


def w(name: str) -> str:
    return f"{{{W}}}{name}"


class Markup:
    """A for-review .docx being marked up; bytes() gives the reviewed file."""

    def __init__(self, data: bytes) -> None:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            self.parts = {i.filename: archive.read(i) for i in archive.infolist()}
        self.root = etree.fromstring(self.parts["word/document.xml"])
        self.ids = 100
        self.comments: list[str] = []
        self.extended: list[str] = []
        self.exploded: dict[etree._Element, list[etree._Element]] = {}

    # -- finding ----------------------------------------------------------------------

    def paragraphs(self, key: str) -> list[etree._Element]:
        """The paragraphs of field *key* (from its bookmark's start to its end)."""
        body = self.root.find(w("body"))
        out: list[etree._Element] = []
        inside = False
        ident = None
        for paragraph in body.iter(w("p")):
            for mark in paragraph.iter(w("bookmarkStart")):
                if mark.get(w("name")) == "_rd_" + key:
                    inside, ident = True, mark.get(w("id"))
            if inside:
                out.append(paragraph)
                if any(e.get(w("id")) == ident for e in paragraph.iter(w("bookmarkEnd"))):
                    break
        assert out, key
        return out

    def runs(self, paragraph: etree._Element) -> list[etree._Element]:
        """The paragraph's runs, one per character (Word splits runs as it likes)."""
        if paragraph not in self.exploded:
            singles: list[etree._Element] = []
            for run in list(paragraph.findall(w("r"))):
                for child in run:
                    if child.tag == w("rPr"):
                        continue
                    for char in (child.text or "") if child.tag == w("t") else [None]:
                        single = etree.Element(w("r"))
                        if char is None:  # a break or tab: a run of its own
                            single.append(copy.copy(child))
                        else:
                            t = etree.SubElement(single, w("t"))
                            t.text = char
                            t.set(_SPACE, "preserve")
                        run.addprevious(single)
                        singles.append(single)
                paragraph.remove(run)
            self.exploded[paragraph] = singles
        return self.exploded[paragraph]

    # -- changes ----------------------------------------------------------------------

    def _change(self, tag: str, who: tuple[str, str]) -> etree._Element:
        self.ids += 1
        element = etree.Element(w(tag))
        element.set(w("id"), str(self.ids))
        element.set(w("author"), who[0])
        element.set(w("date"), who[1])
        return element

    def insert(self, key: str, at: int, text: str, who: tuple[str, str] = DANA,
               paragraph: int = 0) -> etree._Element:
        """Insert *text* before character *at* of the field's *paragraph*."""
        p = self.paragraphs(key)[paragraph]
        runs = self.runs(p)
        change = self._change("ins", who)
        run = etree.SubElement(change, w("r"))
        t = etree.SubElement(run, w("t"))
        t.text = text
        t.set(_SPACE, "preserve")
        if at < len(runs):
            _outermost(runs[at], p).addprevious(change)
        elif runs:
            _outermost(runs[-1], p).addnext(change)
        else:
            p.append(change)
        return change

    def delete(self, key: str, start: int, end: int, who: tuple[str, str] = DANA,
               paragraph: int = 0, tag: str = "del") -> etree._Element:
        """Delete characters [start, end) of the field's *paragraph* (tag "moveFrom": as a
        move's source)."""
        p = self.paragraphs(key)[paragraph]
        chosen = self.runs(p)[start:end]
        change = self._change(tag, who)
        _outermost(chosen[0], p).addprevious(change)
        for run in chosen:
            assert run.getparent() is p, "delete unchanged text only"
            for t in run.findall(w("t")):
                t.tag = w("delText")
            change.append(run)
        return change

    def delete_inserted(self, inserted: etree._Element, who: tuple[str, str] = LEE) -> None:
        """A second reviewer deletes what the first inserted (ins > del)."""
        change = self._change("del", who)
        for run in list(inserted):
            for t in run.findall(w("t")):
                t.tag = w("delText")
            change.append(run)
        inserted.append(change)

    def delete_mark(self, key: str, paragraph: int = 0, who: tuple[str, str] = DANA) -> None:
        """Delete the paragraph's break: it runs into the next one."""
        self._mark(self.paragraphs(key)[paragraph], "del", who)

    def new_paragraph(self, key: str, text: str, after: int = 0,
                      who: tuple[str, str] = DANA, style: str | None = None) -> None:
        """Press Enter at the end of paragraph *after* and type *text*: Word marks that
        paragraph's break as inserted and the new paragraph's text as inserted. The new
        paragraph has the style Word gives it, that paragraph's style's w:next (a heading's
        and a quotation's: Normal; a list style names none, so the list goes on), or
        *style* (a style id: the reviewer chose another)."""
        p = self.paragraphs(key)[after]
        new = etree.Element(w("p"))
        properties = p.find(w("pPr"))
        if properties is not None:
            new.append(properties.__copy__())
            for marks in new.findall(f"{w('pPr')}/{w('rPr')}"):
                marks.getparent().remove(marks)
            named = new.find(f"{w('pPr')}/{w('pStyle')}")
            if named is not None:
                chosen = style or self.next_style(named.get(w("val"), ""))
                if chosen != named.get(w("val")):  # (a list's numbering stays in the list)
                    for numbered in new.findall(f"{w('pPr')}/{w('numPr')}"):
                        numbered.getparent().remove(numbered)
                named.set(w("val"), chosen)
        ins = self._change("ins", who)
        run = etree.SubElement(ins, w("r"))
        t = etree.SubElement(run, w("t"))
        t.text = text
        new.append(ins)
        # the bookmark's end, if here, moves along with the rest of the paragraph's end
        for end in p.findall(w("bookmarkEnd")):
            new.append(end)
        p.addnext(new)
        self._mark(p, "ins", who)

    def next_style(self, style: str) -> str:
        """The style Word gives a paragraph begun at the end of one in *style*."""
        styles = etree.fromstring(self.parts["word/styles.xml"])
        for found in styles.iter(w("style")):
            if found.get(w("styleId")) == style:
                following = found.find(w("next"))
                return style if following is None else following.get(w("val"), style)
        return style

    def _mark(self, p: etree._Element, tag: str, who: tuple[str, str]) -> None:
        properties = p.find(w("pPr"))
        if properties is None:
            properties = etree.Element(w("pPr"))
            p.insert(0, properties)
        marks = properties.find(w("rPr"))
        if marks is None:
            marks = etree.SubElement(properties, w("rPr"))
        marks.append(self._change(tag, who))

    def move(self, key: str, start: int, end: int, to_key: str, at: int,
             who: tuple[str, str] = DANA, name: str = "move1") -> None:
        """Move characters [start, end) of *key*'s first paragraph to before character
        *at* of *to_key*'s first paragraph (a named move, as Word writes one)."""
        text = "".join(t.text or "" for r in self.runs(self.paragraphs(key)[0])[start:end]
                       for t in r.iter(w("t")))
        destination = self.insert(to_key, at, text, who)
        destination.tag = w("moveTo")
        source = self.delete(key, start, end, who, tag="moveFrom")
        for element, tag in ((source, "moveFrom"), (destination, "moveTo")):
            self.ids += 1
            begin = etree.Element(w(f"{tag}RangeStart"))
            begin.set(w("id"), str(self.ids))
            begin.set(w("name"), name)
            begin.set(w("author"), who[0])
            finish = etree.Element(w(f"{tag}RangeEnd"))
            finish.set(w("id"), str(self.ids))
            element.addprevious(begin)
            element.addnext(finish)

    def bold(self, key: str, start: int, end: int, who: tuple[str, str] = DANA) -> None:
        """Make characters [start, end) bold, as a tracked formatting change."""
        for run in self.runs(self.paragraphs(key)[0])[start:end]:
            properties = run.find(w("rPr"))
            if properties is None:
                properties = etree.Element(w("rPr"))
                run.insert(0, properties)
            etree.SubElement(properties, w("b"))
            change = self._change("rPrChange", who)
            etree.SubElement(change, w("rPr"))
            properties.append(change)

    def comment(self, key: str, start: int, end: int, text: str,
                who: tuple[str, str] = LEE, reply_to: int = -1, done: bool = False) -> int:
        """A comment on characters [start, end) of *key*'s first paragraph; returns its
        number (a reply: anchored on the same text, answering comment *reply_to*)."""
        number = len(self.comments)
        ident = str(900 + number)  # the same numbering LibreOffice might reuse elsewhere
        runs = self.runs(self.paragraphs(key)[0])
        p = self.paragraphs(key)[0]
        begin = etree.Element(w("commentRangeStart"))
        begin.set(w("id"), ident)
        _outermost(runs[start], p).addprevious(begin)
        finish = etree.Element(w("commentRangeEnd"))
        finish.set(w("id"), ident)
        _outermost(runs[end - 1], p).addnext(finish)
        reference = etree.Element(w("r"))
        etree.SubElement(reference, w("commentReference")).set(w("id"), ident)
        finish.addnext(reference)
        para_id = f"{0x10000000 + number:08X}"
        self.comments.append(
            f'<w:comment w:id="{ident}" w:author="{escape(who[0])}" w:date="{who[1]}">'
            f'<w:p w14:paraId="{para_id}"><w:r><w:t>{escape(text)}</w:t></w:r></w:p>'
            "</w:comment>")
        parent = f' w15:paraIdParent="{0x10000000 + reply_to:08X}"' if reply_to >= 0 else ""
        self.extended.append(f'<w15:commentEx w15:paraId="{para_id}"{parent} '
                             f'w15:done="{1 if done else 0}"/>')
        return number

    # -- the file ---------------------------------------------------------------------

    def bytes(self) -> bytes:
        parts = dict(self.parts)
        parts["word/document.xml"] = etree.tostring(self.root, xml_declaration=True,
                                                    encoding="UTF-8", standalone=True)
        if self.comments:
            parts["word/comments.xml"] = (
                f'<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="{W}" '
                f'xmlns:w14="{W14}">{"".join(self.comments)}</w:comments>').encode()
            parts["word/commentsExtended.xml"] = (
                f'<?xml version="1.0" encoding="UTF-8"?><w15:commentsEx xmlns:w15="{W15}">'
                f'{"".join(self.extended)}</w15:commentsEx>').encode()
            rels = "word/_rels/document.xml.rels"
            parts[rels] = parts[rels].replace(
                b"</Relationships>",
                f'<Relationship Id="rIdC1" Type="{_OFFICE}/comments" Target="comments.xml"/>'
                f'<Relationship Id="rIdC2" Type="http://schemas.microsoft.com/office/2011/'
                f'relationships/commentsExtended" Target="commentsExtended.xml"/>'
                "</Relationships>".encode())
            parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
                b"</Types>",
                b'<Override PartName="/word/comments.xml" ContentType="application/vnd.'
                b'openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
                b'<Override PartName="/word/commentsExtended.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/>'
                b"</Types>")
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in parts.items():
                archive.writestr(name, data)
        return out.getvalue()


def _outermost(run: etree._Element, paragraph: etree._Element) -> etree._Element:
    """The run, or the change element around it that is a child of the paragraph."""
    while run.getparent() is not paragraph:
        run = run.getparent()
    return run

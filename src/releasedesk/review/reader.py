"""Reading a reviewed .docx straight from its XML: every tracked change and comment.

Not through python-docx's ``paragraph.text``, which drops inserted text. The package is
opened by the draft importer's defensive reader (importing/package.py: zip bombs, entity
declarations, macros and oversized parts are refused with one sentence before any tree
is built).

A run's text counts as accepted unless it sits in a deletion (``w:del``, ``w:moveFrom``)
and as rejected unless it sits in an insertion (``w:ins``, ``w:moveTo``): an insertion
that a second reviewer deleted is in neither. Changes to a paragraph's break sit in
``w:pPr/w:rPr``; changes of formatting in ``w:rPrChange`` and ``w:pPrChange``. Word splits
one change over many elements; neighbouring elements of one change (same kind, author and
time, nothing unchanged between them) are read as one.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..errors import N_
from ..importing.docx_runs import MC, W, w
from ..importing.package import Package, open_package
from ..importing.source import read_draft_bytes
from . import items as k
from .items import Comment, Review, ReviewParagraph, Revision, style_key
from .numbering import WordNumbering

_P, _R, _T, _DEL_TEXT = w("p"), w("r"), w("t"), w("delText")
_ID, _AUTHOR, _DATE = w("id"), w("author"), w("date")
_INSERTING = {w("ins"): k.INSERTION, w("moveTo"): k.MOVED_TO}
_DELETING = {w("del"): k.DELETION, w("moveFrom"): k.MOVED_FROM}
_CHARACTERS = {w("tab"): "\t", w("ptab"): "\t", w("br"): "\n", w("cr"): "\n",
               w("noBreakHyphen"): "\u2011"}
_FALLBACK = f"{{{MC}}}Fallback"  # a copy of a text box for older readers: read once
# Not content: properties (read where they belong), nested paragraphs (text boxes, read
# as paragraphs of their own) and the older readers' copies.
_SKIPPED = frozenset({w("pPr"), w("rPr"), _P, _FALLBACK, w("sdtPr"), w("sdtEndPr"),
                      w("instrText"), w("delInstrText")})
_RANGE_START, _RANGE_END = w("commentRangeStart"), w("commentRangeEnd")
_REFERENCE = w("commentReference")
_BOOKMARK, _BOOKMARK_END = w("bookmarkStart"), w("bookmarkEnd")
_HYPERLINK = w("hyperlink")
_OFF = frozenset({"0", "false", "off", "none"})
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_CORE_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_MOVES = {w("moveFromRangeStart"): "from", w("moveToRangeStart"): "to",
          w("moveFromRangeEnd"): "from", w("moveToRangeEnd"): "to",
          w("moveFrom"): "from", w("moveTo"): "to"}
_COMMENTS_TYPE = "/comments"
_NUMBERING_TYPE = "/numbering"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def read_review_file(path: Path | str) -> Review:
    """The review in the .docx at *path* (size-limited read); DraftError if it cannot be."""
    path = Path(path)
    return read_review(read_draft_bytes(path, review=True), path.name)


def read_review(raw: bytes, name: str) -> Review:
    """The tracked changes, comments and paragraphs of a reviewed .docx's bytes; DraftError
    with one sentence if the file is not a Word document or is crafted to harm."""
    with open_package(raw, name) as package:
        document = package.xml("word/document.xml")
        comments_part = _part(package, _COMMENTS_TYPE, "word/comments.xml")
        comments = package.xml(comments_part)
        extended = package.xml(comments_part.replace("comments.xml", "commentsExtended.xml")) \
            if comments is not None else None
        custom = package.xml("docProps/custom.xml")
        styles = package.xml("word/styles.xml")
        core = package.xml("docProps/core.xml")
        numbering = package.xml(_part(package, _NUMBERING_TYPE, "word/numbering.xml"))
    body = document.find(w("body")) if document is not None else None
    walker = _Walker(_style_names(styles), WordNumbering(numbering, styles))
    if body is not None:
        walker.walk(body)
    return Review(revisions=walker.finished_revisions(),
                  comments=_comments(comments, walker, _done(extended)),
                  paragraphs=walker.paragraphs, properties=_custom(custom),
                  last_author=_last_author(core))


def _part(package: Package, kind: str, usual: str) -> str:
    """The document's part of relationship type *kind* (its name's end), else *usual*."""
    rels = package.xml("word/_rels/document.xml.rels")
    if rels is not None:
        for rel in rels.iter(f"{{{_RELS}}}Relationship"):
            if rel.get("Type", "").endswith(kind) and rel.get("TargetMode") != "External":
                target = str(rel.get("Target", "")).lstrip("/")
                return target if target.startswith("word/") else "word/" + target
    return usual


class _Change:
    """A tracked change being read: its text grows run by run."""

    __slots__ = ("after", "author", "before", "date", "detail", "end", "kind", "move",
                 "number", "paragraph")

    def __init__(self, kind: str, element: etree._Element, paragraph: int,
                 detail: str = "") -> None:
        self.kind = kind
        self.author = " ".join(element.get(_AUTHOR, "").split())
        self.date = element.get(_DATE, "").strip()
        self.paragraph = paragraph
        self.detail = detail
        self.before: list[str] = []
        self.after: list[str] = []
        self.end = -1  # the run count when it last took text; -1 while open
        self.number = -1  # its index among the document's changes, once listed
        self.move = ""

    def same(self, other: _Change) -> bool:
        return (self.kind, self.author, self.date, self.paragraph, self.detail, self.move) \
            == (other.kind, other.author, other.date, other.paragraph, other.detail,
                other.move)

    def finished(self) -> Revision:
        return Revision(self.kind, self.author, self.date, self.paragraph,
                        "".join(self.before), "".join(self.after), self.detail, self.move)


class _Anchor:
    __slots__ = ("id", "paragraph", "pieces")

    def __init__(self, comment_id: str, paragraph: int) -> None:
        self.id = comment_id
        self.paragraph = paragraph
        self.pieces: list[k.Piece] = []


class _Walker:
    def __init__(self, styles: dict[str, str], numbering: WordNumbering) -> None:
        self.styles = styles  # each paragraph style's id: its name, folded (style_key)
        self.numbering = numbering
        self.changes: list[_Change] = []
        self.paragraphs: list[ReviewParagraph] = []
        self.anchors: list[_Anchor] = []  # in the order the document places them
        self.anchored: set[str] = set()  # the ids of those anchors
        self.open_anchors: list[_Anchor] = []
        self.runs = 0  # runs read so far: a change merges only with one that just ended
        self.index = 0
        self.accepted: list[str] = []
        self.rejected: list[str] = []
        self.stack: list[tuple[_Change, bool]] = []  # open changes, True: it inserts
        self.rows: dict[etree._Element, tuple[str, int]] = {}  # table rows met so far
        self.pieces: list[k.Piece] = []
        self.bookmarks: list[str] = []
        self.row_piece: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())
        self.moves: dict[etree._Element, str] = {}  # a move's elements: their range's name
        self.formats: list[str] = []  # each piece's formatting (formatted.py's letters)
        self.links = 0  # how many hyperlinks the runs being read are in
        self.last_move: dict[str, str] = {}  # w:moveFrom, w:moveTo: the last move's name

    def walk(self, body: etree._Element) -> None:
        self.moves = _move_names(body)
        found = _paragraphs(body)
        ends = _bookmark_ends(body, set(found))
        for index, paragraph in enumerate(found):
            following = found[index + 1] if index + 1 < len(found) else None
            self._paragraph(paragraph, index,
                            following is not None and
                            following.getparent() is paragraph.getparent(),
                            ends.get(paragraph, ()))

    def finished_revisions(self) -> list[Revision]:
        return [change.finished() for change in self.changes]

    def _add(self, change: _Change) -> _Change:
        change.number = len(self.changes)
        self.changes.append(change)
        return change

    def _paragraph(self, paragraph: etree._Element, index: int, joins_next: bool,
                   ends: tuple[str, ...]) -> None:
        self.index = index
        self.accepted, self.rejected = [], []
        self.pieces, self.bookmarks, self.formats = [], [], []
        for anchor in self.open_anchors:
            anchor.pieces.append(("\n", (), ()))
        properties = paragraph.find(w("pPr"))
        if properties is not None:
            change = properties.find(w("pPrChange"))
            if change is not None:
                self._formatting(k.PARAGRAPH_FORMATTING, change, properties)
        row, row_change = self._row(paragraph)
        self.row_piece = ((row_change,), ()) if row == "inserted" else \
            ((), (row_change,)) if row == "deleted" else ((), ())
        self._content(paragraph, inserted=row == "inserted", deleted=row == "deleted")
        mark, mark_change = self._mark(properties, joins_next, paragraph)
        found = properties.find(w("pStyle")) if properties is not None else None
        style = found.get(w("val"), "") if found is not None else ""
        accepted = "".join(self.accepted)
        # (numbered as Word shows it with every change accepted: a paragraph deleted whole
        # is not counted)
        gone = row == "deleted" or (mark == "deleted" and not accepted)
        number = 0 if gone else self.numbering.shown(properties, style)
        self.paragraphs.append(ReviewParagraph(
            index, accepted, "".join(self.rejected), mark, joins_next, row,
            tuple(self.pieces), mark_change, row_change, tuple(self.bookmarks),
            tuple(self.formats), self.styles.get(style, style_key(style)), number, ends))

    def _row(self, paragraph: etree._Element) -> tuple[str, int]:
        """("inserted" or "deleted", the change's index) when the paragraph sits in a table
        row that is (a change reported at the row's first paragraph), else ("", -1)."""
        cell = paragraph.getparent()
        row = cell.getparent() if cell is not None and cell.tag == w("tc") else None
        if row is None or row.tag != w("tr"):
            return "", -1
        if row not in self.rows:
            self.rows[row] = ("", -1)
            changes = row.find(w("trPr"))
            for element in changes if changes is not None else ():
                if element.tag in (w("ins"), w("del")):
                    inserted = element.tag == w("ins")
                    change = _Change(k.ROW_INSERTED if inserted else k.ROW_DELETED, element,
                                     self.index)
                    text = " | ".join(_markup_text(cell) for cell in row.iter(w("tc")))
                    (change.after if inserted else change.before).append(text)
                    change.end = self.runs
                    self._add(change)
                    self.rows[row] = ("inserted" if inserted else "deleted", change.number)
                    break
        return self.rows[row]

    def _mark(self, properties: etree._Element | None, joins_next: bool,
              paragraph: etree._Element) -> tuple[str, int]:
        marks = properties.find(w("rPr")) if properties is not None else None
        if marks is None:
            return "", -1
        for element in marks:
            inserted = element.tag in _INSERTING
            if inserted or element.tag in _DELETING:
                # (words for the reader: the panel and the command line translate them)
                where = N_("this paragraph and the next") if joins_next \
                    else N_("the end of this paragraph")
                kind = k.MARK_INSERTED if inserted else k.MARK_DELETED
                change = _Change(kind, element, self.index, where)
                change.end = self.runs
                if element.tag in (w("moveFrom"), w("moveTo")):  # a moved paragraph's break
                    change.move = self._move_of(paragraph, element.tag)
                self._add(change)
                return "inserted" if inserted else "deleted", change.number
        return "", -1

    def _move_of(self, paragraph: etree._Element, tag: str) -> str:
        """The name of the move a moved paragraph's break belongs to: that of the moved
        text in the paragraph, else of the last moved text read (an empty paragraph)."""
        for element in paragraph.iter(tag):
            if element in self.moves:
                return self.moves[element]
        return self.last_move.get(tag, "")

    def _content(self, element: etree._Element, inserted: bool, deleted: bool) -> None:
        for child in element:
            tag = child.tag
            if tag == _R:
                self._run(child, inserted, deleted)
            elif tag in _INSERTING or tag in _DELETING:
                inserts = tag in _INSERTING
                kind = _INSERTING[tag] if inserts else _DELETING[tag]
                made = _Change(kind, child, self.index)
                made.move = self.moves.get(child, "")
                if made.move:
                    self.last_move[tag] = made.move
                change = self._open(made)
                self.stack.append((change, inserts))
                self._content(child, inserted or inserts, deleted or not inserts)
                self.stack.pop()
                change.end = self.runs
            elif tag == _RANGE_START:
                anchor = _Anchor(child.get(_ID, ""), self.index)
                self.anchors.append(anchor)
                self.anchored.add(anchor.id)
                self.open_anchors.append(anchor)
            elif tag == _RANGE_END:
                self._close_anchor(child.get(_ID, ""))
            elif tag == _BOOKMARK:
                self.bookmarks.append(child.get(w("name"), ""))
            elif tag == _HYPERLINK:
                self.links += 1
                self._content(child, inserted, deleted)
                self.links -= 1
            elif isinstance(tag, str) and tag not in _SKIPPED:
                self._content(child, inserted, deleted)  # hyperlinks, fields, content controls

    def _open(self, change: _Change) -> _Change:
        """*change*, or the change just before it if this continues that one."""
        if self.changes and not self.stack:
            last = self.changes[-1]
            if last.end == self.runs and last.same(change):
                return last
        return self._add(change)

    def _run(self, run: etree._Element, inserted: bool, deleted: bool) -> None:
        text = "".join(_run_text(run))
        properties = run.find(w("rPr"))
        change = properties.find(w("rPrChange")) if properties is not None else None
        if change is not None:
            formatting = self._formatting(k.FORMATTING, change, properties, text)
            formatting.before.append(text)
            formatting.after.append(text)
        if not deleted:
            self.accepted.append(text)
        if not inserted:
            self.rejected.append(text)
        for open_change, inserts in self.stack:
            (open_change.after if inserts else open_change.before).append(text)
        inserting, deleting = self.row_piece
        if self.stack:
            inserting += tuple(c.number for c, inserts in self.stack if inserts)
            deleting += tuple(c.number for c, inserts in self.stack if not inserts)
        if text:
            self.pieces.append((text, inserting, deleting))
            self.formats.append(_flags(properties, self.links > 0))
        if self.stack and _holds_picture(run):
            self._picture(run)
        for anchor in self.open_anchors:
            anchor.pieces.append((text, inserting, deleting))
        for reference in run.iter(_REFERENCE):  # a comment on a point, not a range
            comment_id = reference.get(_ID, "")
            if comment_id not in self.anchored:
                self.anchored.add(comment_id)
                self.anchors.append(_Anchor(comment_id, self.index))
        self.runs += 1

    def _picture(self, run: etree._Element) -> None:
        """A picture inserted or deleted as a tracked change: one change of its own, by the
        author and at the time of the change it sits in."""
        owner, inserts = self.stack[-1]
        picture = _Change(k.PICTURE_INSERTED if inserts else k.PICTURE_DELETED, run,
                          self.index, _picture_name(run))
        picture.author, picture.date, picture.end = owner.author, owner.date, self.runs + 1
        self._add(picture)

    def _formatting(self, kind: str, change: etree._Element, properties: etree._Element,
                    text: str = "") -> _Change:
        old = change.find(w("rPr") if kind == k.FORMATTING else w("pPr"))
        detail = f"{_names(old)} → {_names(properties, skip=change.tag)}"
        made = _Change(kind, change, self.index, detail)
        if self.changes:
            last = self.changes[-1]
            if last.end == self.runs and last.same(made):
                last.end = self.runs + 1
                return last
        made.end = self.runs + 1
        return self._add(made)

    def _close_anchor(self, comment_id: str) -> None:
        for anchor in self.open_anchors:
            if anchor.id == comment_id:
                self.open_anchors.remove(anchor)
                return


_PICTURES = (w("drawing"), w("pict"), f"{{{MC}}}AlternateContent")
_DOC_PROPERTIES = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"


def _holds_picture(run: etree._Element) -> bool:
    return any(child.tag in _PICTURES for child in run)


def _picture_name(run: etree._Element) -> str:
    """What the picture says it shows (its description, else its name), on one line."""
    for properties in run.iter(_DOC_PROPERTIES):
        return " ".join((properties.get("descr") or properties.get("name") or "").split())
    return ""


def _paragraphs(body: etree._Element) -> list[etree._Element]:
    """Every paragraph in document order (in tables and text boxes too), each once."""
    found: list[etree._Element] = []
    pending = [body]
    while pending:
        element = pending.pop()
        if element.tag == _P:
            found.append(element)
        pending.extend(child for child in reversed(element)
                       if isinstance(child.tag, str) and child.tag != _FALLBACK)
    return found


def _bookmark_ends(body: etree._Element,
                   paragraphs: set[etree._Element]) -> dict[etree._Element, tuple[str, ...]]:
    """The names of the bookmarks that end in each of *paragraphs*, or after it and before
    the next (Word may end one between paragraphs). A bookmark's end names only its w:id:
    the name is its start's, the last one of that id begun before it."""
    names: dict[str, str] = {}
    out: dict[etree._Element, tuple[str, ...]] = {}
    last: etree._Element | None = None
    for element in body.iter(_P, _BOOKMARK, _BOOKMARK_END):
        if element.tag == _P:
            if element in paragraphs:  # (not an older reader's copy of a text box)
                last = element
        elif element.tag == _BOOKMARK:
            names[element.get(_ID, "")] = element.get(w("name"), "")
        else:
            name = names.pop(element.get(_ID, ""), None)
            if name is not None and last is not None:
                out[last] = (*out.get(last, ()), name)
    return out


def _flags(properties: etree._Element | None, linked: bool) -> str:
    """A run's formatting in formatted.py's letters: bold, italic (or emphasis dots), code
    (our Code character style), link."""
    flags = "l" if linked else ""
    if properties is None:
        return flags
    for tag, flag in ((w("b"), "b"), (w("i"), "i"), (w("em"), "i")):
        found = properties.find(tag)
        if found is not None and found.get(w("val"), "1").lower() not in _OFF:
            flags += flag
    style = properties.find(w("rStyle"))
    if style is not None and style.get(w("val"), "") in ("Code", "SourceText"):
        flags += "c"
    return "".join(sorted(set(flags)))


def _run_text(run: etree._Element) -> list[str]:
    pieces = []
    for child in run:
        if child.tag in (_T, _DEL_TEXT):
            pieces.append(child.text or "")
        elif child.tag in _CHARACTERS and (  # page and column breaks are not text
                child.tag != w("br") or child.get(w("type"), "textWrapping") == "textWrapping"):
            pieces.append(_CHARACTERS[child.tag])
    return pieces


def _markup_text(element: etree._Element) -> str:
    """The text of a table cell as the markup shows it (inserted and deleted text alike),
    its paragraphs one a line."""
    return "\n".join("".join(t.text or "" for t in p.iter(_T, _DEL_TEXT))
                     for p in element.iter(_P))


def _names(properties: etree._Element | None, skip: str = "") -> str:
    """The properties set in a w:rPr or w:pPr, by their Word names ("b, i, sz"), or
    "none"; the record of changes itself left out."""
    if properties is None:
        return "none"
    names = [etree.QName(child).localname for child in properties
             if isinstance(child.tag, str) and child.tag != skip
             and child.tag.startswith(f"{{{W}}}") and child.tag != w("rPr")]
    return ", ".join(names) or "none"


def _comments(root: etree._Element | None, walker: _Walker,
              done: dict[str, tuple[bool, str]]) -> list[Comment]:
    """The comments in the order their anchors appear, then any anchored nowhere. Comment
    and anchor are paired by w:id within this one file; where LibreOffice gave two the
    same id, the n-th anchor takes the n-th comment of that id. *done* ({paraId: (done,
    parent paraId)}, from commentsExtended) marks the resolved ones and the replies."""
    if root is None:
        return []
    by_id: dict[str, list[etree._Element]] = {}
    for element in root.iter(w("comment")):
        by_id.setdefault(element.get(_ID, ""), []).append(element)
    placed: list[tuple[etree._Element, tuple[k.Piece, ...], int]] = []
    for anchor in walker.anchors:
        waiting = by_id.get(anchor.id)
        if waiting:
            placed.append((waiting.pop(0), tuple(anchor.pieces), anchor.paragraph))
    left = {id(e) for waiting in by_id.values() for e in waiting}
    placed.extend((element, (), -1) for element in root.iter(w("comment"))
                  if id(element) in left)
    ids = [_para_id(element) for element, _, _ in placed]
    out: list[Comment] = []
    for (element, pieces, paragraph), para_id in zip(placed, ids, strict=True):
        resolved, parent = done.get(para_id, (False, "")) if para_id else (False, "")
        reply_to = ids.index(parent) if parent and parent in ids else -1
        text = "\n".join("".join(t.text or "" for t in p.iter(_T)) for p in element.iter(_P))
        out.append(Comment(" ".join(element.get(_AUTHOR, "").split()),
                           element.get(_DATE, "").strip(), text,
                           "".join(piece[0] for piece in pieces), paragraph, resolved,
                           reply_to, pieces))
    return out


def _para_id(comment: etree._Element) -> str:
    """The w14:paraId of a comment's last paragraph: commentsExtended names it by that."""
    paragraphs = comment.findall(_P)
    return paragraphs[-1].get(f"{{{_W14}}}paraId", "") if paragraphs else ""


def _done(extended: etree._Element | None) -> dict[str, tuple[bool, str]]:
    if extended is None:
        return {}
    return {item.get(f"{{{_W15}}}paraId", ""): (
        item.get(f"{{{_W15}}}done", "0") in ("1", "true"), item.get(f"{{{_W15}}}paraIdParent", ""))
        for item in extended.iter(f"{{{_W15}}}commentEx")}


def _style_names(root: etree._Element | None) -> dict[str, str]:
    """Each paragraph style's id, with its name folded (style_key); "" (a paragraph that
    names no style) with the default paragraph style's."""
    if root is None:
        return {}
    out: dict[str, str] = {}
    for style in root.iter(w("style")):
        name = style.find(w("name"))
        if style.get(w("type"), "paragraph") == "paragraph" and name is not None:
            out[style.get(w("styleId"), "")] = style_key(name.get(w("val"), ""))
            if style.get(w("default"), "") in ("1", "true", "on"):
                out[""] = out[style.get(w("styleId"), "")]
    return out


def _custom(root: etree._Element | None) -> dict[str, str]:
    """docProps/custom.xml's properties, by name (their text values)."""
    if root is None:
        return {}
    return {item.get("name", ""): "".join(item.itertext()).strip()
            for item in root.iter(f"{{{_CUSTOM_NS}}}property")}


def _last_author(root: etree._Element | None) -> str:
    found = root.find(f"{{{_CORE_NS}}}lastModifiedBy") if root is not None else None
    return " ".join((found.text or "").split()) if found is not None else ""


def _move_names(body: etree._Element) -> dict[etree._Element, str]:
    """Each w:moveFrom and w:moveTo with the w:name of the move range it lies in."""
    names: dict[etree._Element, str] = {}
    current = {"from": "", "to": ""}
    for element in body.iter(*_MOVES):
        side = _MOVES[element.tag]
        localname = etree.QName(element).localname
        if localname.endswith("RangeStart"):
            current[side] = element.get(w("name"), "")
        elif localname.endswith("RangeEnd"):
            current[side] = ""
        elif current[side]:
            names[element] = current[side]
        else:  # (LibreOffice writes the range's start inside the moved text)
            start = next(element.iter(w(f"move{side.title()}RangeStart")), None)
            if start is not None and start.get(w("name")):
                names[element] = start.get(w("name"), "")
    return names

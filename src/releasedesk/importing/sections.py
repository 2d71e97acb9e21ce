"""Contacts and "About …" sections, at the top of a draft or after its body.

A mixin of the Recogniser (recognise.py): the same draft, roles and report, kept in a room
of its own so each module stays readable.
"""

from __future__ import annotations

import re

from ..body import tree as t
from ..errors import N_
from ..model import Contact, Release
from ..render.markdown_writer import write_markdown
from . import draft as d
from . import patterns as p
from .contacts import has_contact_detail, parse_contacts
from .draft import Piece
from .report import FOUND, GUESSED, UNPLACED, ImportReport

_CJK = re.compile(r"[\u3400-\u9fff]")
_SENTENCE_END = re.compile(r"[.!?。！？]$")
UNKNOWN = "unknown"


class SectionReader:
    """Reads contacts and About sections into the release (mixed into the Recogniser)."""

    pieces: list[Piece]
    role: list[str]
    release: Release
    report: ImportReport
    about_name = ""  # the organisation an "About …" heading named, once read
    # The organisation was taken from the portal's 来源 line: who supplied the release,
    # which an About heading naming another organisation (whose release it is) overrules.
    organisation_from_source = False

    def _consume(self, kind: str, text: str) -> None:
        raise NotImplementedError

    def _trailing_sections(self, start: int, end: int, no_end_mark: bool) -> int:
        """Where the body ends: at the first contacts or About section that runs to *end*."""
        for index in range(start, end):
            kind = self._section_kind(self.pieces[index])
            if kind is None:
                continue
            if kind == "about" and no_end_mark and not self._about_near_end(index, end):
                continue
            if self._sections(index, end, after_end=False, dry_run=True):
                self._sections(index, end, after_end=False)
                return index
        return end

    def _about_near_end(self, index: int, end: int) -> bool:
        return end - index <= 6

    def _section_kind(self, piece: Piece) -> str | None:
        lines = piece.lines()
        if not lines:
            return None
        if piece.style == d.CONTACT:
            return "contacts"
        if p.CONTACT_LABEL.match(lines[0]) and len(lines[0]) <= 120:
            return "contacts"
        about = p.ABOUT.match(lines[0]) or _ABOUT_INLINE.match(lines[0])
        if about and len(lines[0]) <= 120 and _looks_like_name(about.group("name")):
            return "about"
        if piece.style == d.BOILERPLATE:
            return "about"
        return None

    def _sections(self, start: int, end: int, after_end: bool, dry_run: bool = False) -> bool:
        """Read contacts and About sections from *start* to *end*; pieces that are neither
        go to the body's end (after an end mark) or make the run fail (before one)."""
        index = start
        placed: list[int] = []
        while index < end:
            kind = self._section_kind(self.pieces[index])
            if kind is None and after_end and _contact_like(self.pieces[index]):
                kind = "contacts"  # after the end mark, a block of names and numbers
            if kind == "contacts":
                stop = self._contact_run(index, end)
                if not dry_run:
                    self._contacts(index, stop)
                placed.extend(range(index, stop))
                index = stop
            elif kind == "about":
                stop = index + 1
                while stop < end and self._section_kind(self.pieces[stop]) is None:
                    stop += 1
                if not dry_run:
                    self._about(index, stop)
                placed.extend(range(index, stop))
                index = stop
            elif after_end:
                if not dry_run:
                    self.role[index] = UNKNOWN
                    self.report.add(UNPLACED, "body", self.pieces[index].text(),
                                    N_("after the end mark, not a contact or About section"))
                index += 1
            else:
                return False
        return True

    def _contact_run(self, start: int, end: int, top: bool = False) -> int:
        stop = start + 1
        while stop < end:
            piece = self.pieces[stop]
            if self._section_kind(piece) == "about":
                break
            lines = piece.lines()
            # At the top, only blocks with a phone or e-mail: the headline follows.
            if piece.style == d.CONTACT or has_contact_detail(piece.text()) or (
                    not top and len(lines) <= 6 and all(len(line) <= 80 for line in lines)
                    and not _SENTENCE_END.search(piece.text().strip())):
                stop += 1
                continue
            break
        return stop

    def _contacts(self, start: int, stop: int, top: bool = False) -> int:
        if top:
            stop = self._contact_run(start, stop, top=True)
        # Paragraphs of one line each (a Word contact block: name, title, phone, e-mail as
        # paragraphs) make one block of lines, read as a whole; a block of several lines
        # (text drafts separate people with blank lines) stands alone.
        blocks: list[list[str]] = []
        organisations: dict[int, str] = {}  # block → the agency its label named
        joinable = False
        for index in range(start, stop):
            piece = self.pieces[index]
            self.role[index] = "contacts"
            lines = list(piece.lines())
            single = len(lines) == 1
            label = p.CONTACT_LABEL.match(lines[0]) if lines else None
            if label:
                org = label.group("org") or ""
                if org:  # "NASA Contact": the agency, for the contacts that name none
                    organisations[len(blocks)] = org
                self._consume("label", label.group(0).replace(org, "", 1) if org else
                              label.group(0))
                remainder = lines[0][label.end():].strip()
                lines = ([remainder] if remainder else []) + lines[1:]
                blocks.append(lines)
                joinable = single
            elif single and joinable and blocks:
                blocks[-1].extend(lines)
            else:
                blocks.append(lines)
                joinable = single
        found: list[Contact] = []
        for number, lines in enumerate(blocks):
            contacts, consumed = parse_contacts(lines, self.release.organization)
            for word in consumed:
                self._consume("label", word)
            taken = False
            for contact in contacts:
                if number in organisations and not contact.organization:
                    contact.organization = organisations[number]
                    taken = True
            if number in organisations and not taken:
                self._consume("label", organisations[number])  # (nobody to keep it for)
            found.extend(contacts)
        self.release.contacts.extend(found)
        for contact in found:
            self.report.add(FOUND if (contact.email or contact.phone) else GUESSED, "contacts",
                            contact.name or contact.email,
                            N_("contact block") if contact.email or contact.phone else
                            N_("a name without phone or e-mail"))
        return stop

    def _about(self, start: int, stop: int) -> None:
        heading = self.pieces[start]
        lines = heading.lines()
        name = ""
        content = list(range(start, stop))
        match = p.ABOUT.match(lines[0])
        rest_of_first: list[t.Inline] = []
        rest_blocks: list[t.Block] = []
        if match and self.organisation_from_source and not self.about_name:
            self.organisation_from_source = False
            self.release.organization = ""
            self.report.items = [item for item in self.report.items
                                 if item.field != "organization"]
        if match and self.release.organization and (
                self.about_name or about_name(match.group("name")) !=
                self.release.organization):
            # A second "About …" (even one naming the organisation again): its words stay,
            # as boilerplate text; only the first heading gives the name.
            match = None
        elif match:
            name = about_name(match.group("name"))
            self._consume("label", lines[0][: match.start("name")] +
                          match.group("name").strip()[: -len(name) or None])
            content = content[1:]
            if len(lines) > 1 and isinstance(heading.block, t.Paragraph):
                # "About X" on the first line, the boilerplate on the next ones.
                rest_of_first = drop_prefix(heading.block.children, len(lines[0]) + 1)
            elif len(lines) > 1:
                # A list whose first item is the heading ("* About X" typed as a bullet):
                # the other items are the boilerplate; any other block is kept whole.
                rest_block = _rest_of_list(heading.block)
                if rest_block is None:
                    content = [start, *content]
                else:
                    rest_blocks.append(rest_block)
        inline = _ABOUT_INLINE.match(lines[0]) if match is None and not (
            self.release.organization) else None
        if inline:
            name = about_name(inline.group("name"))
            self._consume("label", inline.group(0)[: inline.start("name") - inline.start()] +
                          inline.group("name").strip()[: -len(name) or None])
            self._consume("label", ":")
        for index in range(start, stop):
            self.role[index] = d.BOILERPLATE
        self.about_name = self.about_name or name
        if name and not self.release.organization:
            self.release.organization = name
            self.report.add(FOUND, "organization", name, N_("the About heading"))
        blocks: list[str] = []
        if rest_of_first:
            blocks.append(write_markdown([t.Paragraph(rest_of_first)]))
        blocks.extend(write_markdown([block]) for block in rest_blocks)
        for index in content:
            piece = self.pieces[index]
            if inline and index == start:
                block = piece.block
                assert isinstance(block, t.Paragraph)
                rest = drop_prefix(block.children, inline.end())
                blocks.append(write_markdown([t.Paragraph(rest)]))
            else:
                blocks.append(piece.source or write_markdown([piece.block]))
        boilerplate = "\n\n".join(b for b in blocks if b.strip())
        if boilerplate:
            self.release.boilerplate = (self.release.boilerplate + "\n\n" + boilerplate).strip()
            self.report.add(FOUND, "boilerplate", boilerplate, N_("About section"))


def about_name(heading_name: str) -> str:
    """The organisation an About heading names: "About the City of Port Calloway" is about
    the "City of Port Calloway", the heading's article no part of the name (a capital
    "The" is one: "The Hague Tourist Board"; in a heading all in capitals, "THE" is not)."""
    name = heading_name.strip()
    article = re.match(r"the\s+(?=\S)", name, re.IGNORECASE)
    if article and (name.startswith("the") or name.isupper()):
        return name[article.end():]
    return name


def _rest_of_list(block: t.Block | None) -> t.Block | None:
    """The list without its first item, when that item is one line (the heading) and
    others follow; else None."""
    if not isinstance(block, (t.BulletList, t.OrderedList)) or len(block.items) < 2:
        return None
    first = block.items[0].blocks
    if len(first) != 1 or not isinstance(first[0], t.Paragraph) or "\n" in t.plain_text(
            first[0].children).strip():
        return None
    if isinstance(block, t.OrderedList):
        return t.OrderedList(block.items[1:], block.start + 1, block.tight)
    return t.BulletList(block.items[1:], block.tight)


def _contact_like(piece: Piece) -> bool:
    """A block that is a contact without a label: a few short lines, a phone or e-mail
    among them, the first no sentence."""
    lines = piece.lines()
    return (isinstance(piece.block, t.Paragraph) and 1 <= len(lines) <= 8
            and has_contact_detail(piece.text()) and len(lines[0]) <= 80
            and not _SENTENCE_END.search(lines[0]))


_ABOUT_INLINE = re.compile(r"^\s*(?:about|关于)\s+(?P<name>[^:：\n]{2,80}?)\s*[:：]\s+\S",
                           re.IGNORECASE)


_SMALL_WORDS = frozenset({"the", "of", "and", "for", "&", "de", "la", "du", "von", "und", "a"})


def _looks_like_name(name: str) -> bool:
    """ "Calloway Harbour Authority", "the Ferry Cooperative", "芬霍洛区图书馆": a name, not
    the start of a sentence ("About 300 people came")."""
    words = name.rstrip(":：").split()
    if not words or len(words) > 12 or words[0][:1].isdigit():
        return False
    if _CJK.search(name):
        return not _SENTENCE_END.search(name) and "，" not in name
    capitalised = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(capitalised) and all(w[:1].isupper() or w[:1].isdigit() for w in capitalised)


def drop_prefix(nodes: list[t.Inline], length: int) -> list[t.Inline]:
    """*nodes* without their first *length* characters of visible text (and the spaces after)."""
    out: list[t.Inline] = []
    remaining = length
    for node in nodes:
        if remaining <= 0:
            out.append(node)
            continue
        if isinstance(node, (t.Text, t.Dateline, t.Code)):
            text = node.text
            if len(text) <= remaining:
                remaining -= len(text)
                continue
            rest = text[remaining:]
            remaining = 0
            out.append(t.Text(rest) if not isinstance(node, t.Code) else t.Code(rest))
        elif isinstance(node, t.LineBreak):
            remaining -= 1
        else:
            inner_length = len(t.plain_text([node]))
            if inner_length <= remaining:
                remaining -= inner_length
                continue
            node.children = drop_prefix(node.children, remaining)
            remaining = 0
            out.append(node)
    if out and isinstance(out[0], t.Text):
        out[0] = t.Text(out[0].text.lstrip())
        if not out[0].text:
            out.pop(0)
    return out

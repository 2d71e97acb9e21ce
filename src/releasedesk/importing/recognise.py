"""The shared recognition stage: a draft's pieces sorted into the fields of a Release.

Reads words first and formatting second: status lines, release numbers and dates at the
top; headline and subheadline by style or prominence; the dateline leading the first
paragraph; an end mark ending the body; media contacts and "About …" sections at the
top or the bottom; the standard footer (Word's page footer, the house style's lines, or
copyright-style lines at the very end). Whatever is not placed stays in the body, in
order, and the report says so: no word of the draft is lost.
"""

from __future__ import annotations

import copy
import re
import statistics
from collections import Counter
from datetime import date, tzinfo

from .. import fields, kinds
from ..body import tree as t
from ..body.parse import parse_markdown
from ..errors import N_
from ..field_rules import release_time
from ..language_tag import is_chinese, primary
from ..model import FooterLine, Release
from ..profiles import Profile
from ..records import replace
from ..render.html_writer import FOOTER_GAP
from ..render.layout import HOUSE_GAP, footer_gaps, footer_items
from ..render.markdown_writer import write_markdown
from . import draft as d
from . import patterns as p
from .contacts import has_contact_detail
from .dateline import find_dateline
from .draft import Draft, Piece
from .footer import footer_zone, match_profile, within
from .kind_block import apply_rows, is_event_heading, kind_label, read_rows
from .lists import PieceSink
from .portal_footer import apply_portal_footer, take_portal_footer
from .report import FOUND, GUESSED, UNPLACED, Consumed, ImportReport
from .sections import UNKNOWN, SectionReader, drop_prefix
from .text_reader import linkify

_CJK = re.compile(r"[\u3400-\u9fff]")
# The keys of patterns.METADATA_KEYS that are fields of the release (fields.PORTAL_FIELDS).
# "（作者：林思远　责任编辑：周启航）", "(责任编辑：周启航)", "【责任编辑：周启航】".
_CREDITS = re.compile(r"^[（(【\[]\s*(.+?)\s*[）)】\]]$")
_PORTAL_KEYS = frozenset({"source", "author", "responsible_editor"})
_SENTENCE_END = re.compile(r"[.!?。！？]$")

HEADER, BODY, LEFT_OVER = "header", "body", "left over"


class Recogniser(SectionReader):
    """One draft, recognised once (an object per import: no shared state between threads)."""

    def __init__(self, draft: Draft, profiles: list[Profile], chosen: Profile | None,
                 zone: tzinfo, house: Profile | None = None) -> None:
        self.draft = draft
        self.pieces = draft.pieces
        self.profiles = profiles
        self.chosen = chosen
        # The office's own house style: a draft whose footer matches none and that holds
        # no footer of its own is the office's, and takes its footer and conventions.
        self.house = house
        self.house_taken = False
        self.zone = zone
        self.release = Release(end_mark="", contacts=[])
        self.report = ImportReport(format_label=draft.format_label, notes=list(draft.notes))
        self.role: list[str] = [""] * len(self.pieces)
        self.written_date = ""
        self.release_label = ""
        self.matched_profile: Profile | None = None  # the house style the footer matched
        self.portal_found: dict[str, str] = {}  # the portal footer's entries (portal_footer)

    # -- the whole draft ---------------------------------------------------------------------

    def run(self) -> tuple[Release, ImportReport]:
        # An e-mail's covering note is no part of the release: kept, after the body.
        self.notes = [piece for piece in self.pieces if piece.style == d.COVER_NOTE]
        self.pieces[:] = [piece for piece in self.pieces if piece.style != d.COVER_NOTE]
        for piece in self.notes:
            self.report.add(UNPLACED, "body", piece.text(),
                            N_("the e-mail's covering note; kept at the body's end"))
        self._split_header_lines()
        self._split_numbered_headings()
        self._typed_lists()
        self.role = [""] * len(self.pieces)
        footer_start = self._footer()
        end = self._end_mark(footer_start)
        body_start = self._header(end if end is not None else footer_start)
        zone_end = end if end is not None else footer_start
        body_end = self._trailing_sections(body_start, zone_end, end is None)
        for index in range(body_start, body_end):
            self.role[index] = BODY
        self._event_block(body_start, body_end)
        if end is not None:
            self._sections(end + 1, footer_start, after_end=True)
        self._credits()
        self._dateline()
        self._numbered_headings()
        self._bold_headings()
        self._finish()
        return self.release, self.report

    def _event_block(self, start: int, end: int) -> None:
        """A media advisory's event block (kind_block.py), read into the event's fields
        and taken out of the body; the release is then an advisory."""
        for index in range(start, end):
            lines = self.pieces[index].lines()
            if not lines or not is_event_heading(lines[0]):
                continue
            blocks = [lines[1:]] if len(lines) > 1 else []
            blocks += [piece.lines() for piece in self.pieces[index + 1:end]]
            found, used = read_rows(blocks)
            if not found.rows:
                return
            taken = used - (1 if len(lines) > 1 else 0)
            for role_index in range(index, index + 1 + taken):
                self.role[role_index] = HEADER
            self.release.kind = kinds.ADVISORY
            house = self.chosen or self.matched_profile
            apply_rows(self.release, found, self.zone, lambda field, text: self.report.add(
                FOUND, field, text, N_("the event block")),
                house.conventions.zone if house is not None else "")
            return

    def _split_header_lines(self) -> None:
        """A top block whose lines hold a status, a date or a release number (no blank line
        between them and the headline) is read line by line."""
        for index in range(min(6, len(self.pieces)) - 1, -1, -1):
            piece = self.pieces[index]
            lines = piece.lines()
            if len(lines) < 2 or not isinstance(piece.block, t.Paragraph):
                continue
            if any(_is_header_line(line) for line in lines):
                self.pieces[index:index + 1] = [
                    Piece(t.Paragraph(linkify(line)), style=piece.style, bold=piece.bold,
                          italic=piece.italic, centred=piece.centred, caps=piece.caps,
                          size=piece.size) for line in lines]

    def _split_numbered_headings(self) -> None:
        """A numbered heading line (一、…, （一）…; in a draft that has those, a short "1."
        line too) with its paragraph straight under it, no blank line between (a text
        draft's next line, a line break in a Word paragraph): the heading line made a piece
        of its own, as it is with a blank line after it, so _numbered_headings reads both
        alike."""
        if self.draft.ours:
            return
        firsts = [_first_line(piece) for piece in self.pieces]
        texts = [first[1] for first in firsts if first is not None]
        texts += [text for piece in self.pieces if (text := _heading_text(piece)) is not None]
        han = any(_HAN_NUMBERED.match(text) or _HAN_BRACKETED.match(text) for text in texts)
        for index in range(len(self.pieces) - 1, -1, -1):
            first = firsts[index]
            if first is None or not (han and _numbered(first[1])):
                continue
            self.pieces[index:index + 1] = _cut_first_line(self.pieces[index], first[0])

    def _typed_lists(self) -> None:
        """Paragraphs that start with a typed bullet or number ("• …", "1. …", as Word users
        type them) become list items; a lone "-" or number line needs a neighbour."""
        out: list[Piece] = []
        run: list[tuple[re.Match[str], Piece]] = []

        def flush() -> None:
            symbols = any(not m.group("number") and m.group("bullet") not in ("-", "*")
                          for m, _ in run)
            if len(run) >= 2 or (run and symbols):
                ordered = bool(run[0][0].group("number"))
                sink = PieceSink()
                for match, piece in run:
                    assert isinstance(piece.block, t.Paragraph)
                    number = int(match.group("number")) if match.group("number") else None
                    sink.item(0, ordered and number is not None, number,
                              [t.Paragraph(drop_prefix(piece.block.children, match.end()))])
                out.extend(sink.pieces)
            else:
                out.extend(piece for _, piece in run)
            run.clear()

        for piece in self.pieces:
            match = _TYPED_MARKER.match(piece.text()) if not piece.style and \
                isinstance(piece.block, t.Paragraph) and not piece.raw_lines else None
            if match and (not run or bool(match.group("number")) == bool(run[0][0].group(
                    "number"))):
                run.append((match, piece))
                continue
            flush()
            if match:
                run.append((match, piece))
            else:
                out.append(piece)
        flush()
        self.pieces[:] = out

    def _consume(self, kind: str, text: str) -> None:
        if text.strip():
            self.report.consumed.append(Consumed(kind, text.strip()))

    # -- footer and end mark -------------------------------------------------------------------

    def _footer(self) -> int:
        """Find the standard footer; return the index where the footer pieces start."""
        release = self.release
        start, lines, how = footer_zone(self.pieces)
        profile = self.chosen or match_profile(self.profiles, lines, self.draft.page_footer)
        page = self.draft.page_footer
        house = self.house
        if profile is None and not page and not lines and house is not None and \
                house.footer and primary(house.language) == primary(self._language()):
            profile, self.house_taken = house, True
        if profile is not None and profile.footer:
            release.footer = [FooterLine(line.text, line.url) for line in profile.footer]
            self.report.add(FOUND, "footer", profile.footer[0].text,
                            N_("from your house style (the draft has none)")
                            if self.house_taken else N_("the house style's footer")
                            if self.chosen is None else N_("from the chosen house style"))
        elif page:
            release.footer = [_printed_gaps(line) if self.draft.ours else _house_gaps(line)
                              for line in page]
            self.report.add(FOUND, "footer", page[0].text, N_("Word's page footer"))
        elif lines:
            release.footer = [_house_gaps(line) for line in lines]
            self.report.add(GUESSED, "footer", lines[0].text, how)
        for index in range(start, len(self.pieces)):
            self.role[index] = d.FOOTER
        self.matched_profile = profile
        # Footer lines the draft holds but the chosen footer lacks are not dropped; those
        # it holds (however broken into lines) are taken once.
        chosen = list(release.footer)
        for line in lines:
            if not within(line, chosen):
                release.footer.append(line)
        # A portal's structured footer (主办单位, 网站标识码, ICP备案号 …): into its settings.
        had_footer = bool(release.footer)
        release.footer, self.portal_found = take_portal_footer(release.footer,
                                                               ours=self.draft.ours)
        if had_footer and not release.footer:  # all of it was the portal's: none is left
            self.report.items = [item for item in self.report.items if item.field != "footer"]
        for key, value in self.portal_found.items():
            if not key.endswith("_url"):
                self.report.add(FOUND, "conventions", value, N_("the portal's footer"))
        return start

    def _end_mark(self, limit: int) -> int | None:
        for index in range(limit):
            piece = self.pieces[index]
            text = piece.text().strip()
            match = p.END_MARK.match(text)
            if (match or piece.style == d.END_MARK) and index > 0 and len(text) <= 8:
                self.release.end_mark = _end_mark_of(text)
                self.role[index] = d.END_MARK
                self._consume("label", text)
                self.report.add(FOUND, "end_mark", text, N_("ends the body"))
                return index
        return None

    # -- the top: status, numbers, dates, headline, subheadline ---------------------------------

    def _header(self, limit: int) -> int:
        pieces = self.pieces
        sizes = [piece.size for piece in pieces if piece.size and isinstance(piece.block,
                                                                             t.Paragraph)]
        self.body_size = statistics.median(sizes) if sizes else 0.0
        styled_title = next((i for i in range(min(limit, 12)) if pieces[i].style == d.TITLE
                             or (pieces[i].style == d.HEADING and pieces[i].level == 1)), None)
        headline = subheadline = False
        index = 0
        while index < limit:
            piece = pieces[index]
            text = piece.text().strip()
            first = piece.lines()[0] if piece.lines() else ""
            if self._status(piece, first):
                self.role[index] = HEADER
            elif headline and is_event_heading(first):
                break  # an advisory's event block: the body's, never a subheadline
            elif not headline and kind_label(text):  # "MEDIA ADVISORY" above the headline
                self.release.kind = kind_label(text)
                self.role[index] = HEADER
                self.report.add(FOUND, "kind", text, N_("the kind's name above the headline"))
            elif p.RELEASE_NUMBER.match(text):
                self.role[index] = LEFT_OVER
                self.report.add(UNPLACED, "body", text, N_(
                    "a release number: ReleaseDesk has no field for it; kept at the body's end"))
            elif self._release_line(piece, text) or self._metadata(piece, text):
                self.role[index] = HEADER
            elif not headline and p.CONTACT_LABEL.match(first) and (
                    has_contact_detail(piece.text()) or len(piece.lines()) > 1):
                index = self._contacts(index, limit, top=True)
                continue
            elif not headline and not self.release.lead_in and (
                    piece.style == d.LEAD_IN or self._is_lead_in(index, styled_title, limit)):
                self.release.lead_in = _one_line(text)
                self.role[index] = HEADER
                self.report.add(FOUND, "lead_in", text, N_("the short line above the title"))
            elif not headline:
                if styled_title is not None and index < styled_title:
                    self.role[index] = LEFT_OVER
                    self.report.add(UNPLACED, "body", text,
                                    N_("before the headline; kept at the body's end"))
                elif self._is_headline(piece, styled_title == index):
                    self.release.headline = _one_line(text)
                    self.role[index] = HEADER
                    headline = True
                    self.report.add(FOUND if styled_title == index else GUESSED, "headline", text,
                                    N_("Title style") if piece.style == d.TITLE else
                                    N_("top-level heading") if styled_title == index else
                                    N_("the first prominent line"))
                else:
                    break  # the draft opens with its body: no headline to take
            elif not subheadline and self._is_subheadline(piece, index, limit):
                self.release.subheadline = _one_line(text)
                self.role[index] = HEADER
                subheadline = True
                self.report.add(FOUND if piece.style == d.SUBTITLE else GUESSED, "subheadline",
                                text, N_("Subtitle style") if piece.style == d.SUBTITLE else
                                N_("the line under the headline"))
            else:
                break
            index += 1
        if not headline and self.draft.subject:
            self.release.headline = self.draft.subject
            self.report.add(GUESSED, "headline", self.draft.subject, N_("the e-mail's subject"))
        elif not headline:
            self.report.add(UNPLACED, "headline", "", N_("no headline found: write one"))
        return index

    def _status(self, piece: Piece, first: str) -> bool:
        text = piece.text().strip()
        if p.IMMEDIATE.match(text):
            self.release.status = "immediate"
            self._consume("label", text)
            self.report.add(FOUND, "status", text, N_("status line"))
            return True
        embargo = p.EMBARGO.match(first) if len(piece.lines()) == 1 else None
        if embargo is None:
            return False
        moment, zone, zone_written = p.embargo_moment(embargo.group("when"), self.zone)
        if moment is None and embargo.group("when") and not re.search(
                r"further notice|另行通知", embargo.group("when"), re.I):
            return False
        self.release.status = "embargoed"
        self.release.embargo_until = moment
        self.release.embargo_zone = zone
        label = text[: embargo.start("when")]
        self._consume("label", label)
        self._consume("moment", embargo.group("when"))
        self.report.add(FOUND if zone_written else GUESSED, "embargo_until", text,
                        N_("embargo line") if zone_written else
                        N_("no time zone written: this computer's zone was assumed"))
        return True

    def _release_line(self, piece: Piece, text: str) -> bool:
        if len(piece.lines()) != 1 and piece.style != d.RELEASE_LINE:
            return False
        found = p.release_line(text)
        if found is None:
            return False
        day, label, written = found
        clock = p.TIME_OF_DAY.search(written)
        if clock:
            written = written[: clock.start()].strip()
        if self.release.release_date is None:
            self.release.release_date = day
            self.written_date = written
            self.release_label = label
            if clock:  # 发布时间's time of day: a field of its own
                self.release.release_time = release_time(clock.group("clock")) or ""
                self.report.add(FOUND, "release_time", clock.group("clock"),
                                N_("release date line"))
        self._consume("label", label)
        self._consume("date", written)
        if clock:
            self._consume("time", clock.group(0))
        counter = p.COUNTER.search(text[len(label):])
        if counter:
            self._consume("counter", counter.group(0))
        self.report.add(FOUND, "release_date", text, N_("release date line"))
        return True

    def _metadata(self, piece: Piece, text: str) -> bool:
        """A portal's metadata line (来源：… 发布时间：… 作者：…): each value into its field, or
        kept in the file when the release has no field for it; never the subheadline."""
        if len(piece.lines()) != 1:
            return False
        pairs = p.metadata_pairs(text, self.draft.ours)
        if pairs is None:
            return False
        for key, label, value in pairs:
            if key == "date":
                if not self._release_line(piece, label + value):
                    fields.keep_unknown(self.release, "release_time_written", value)
                    self.report.add(UNPLACED, "release_date", value, N_(
                        "not a date ReleaseDesk reads; kept in the file"))
                continue
            if key == "counter":  # a portal's view count: never part of a release
                self._consume("counter", label + value)
                continue
            self._consume("label", label)
            if key == "font-size" or not value:
                self._consume("label", value)
                continue
            self._consume("metadata", value)
            if key in _PORTAL_KEYS:  # 来源, 作者, 责任编辑: the portal's fields
                setattr(self.release, key, value)
                self.report.add(FOUND, key, value, N_("the portal's metadata line"))
            else:  # (审核: no field holds it; kept in the file)
                fields.keep_unknown(self.release, key, value)
                self.report.add(FOUND, key, value, N_(
                    "no field of its own yet; kept in the file"))
            if key == "source" and not self.release.organization:
                self.release.organization = value
                self.organisation_from_source = True
                self.report.add(FOUND, "organization", value, N_("the 来源 (source) line"))
        return True

    def _is_headline(self, piece: Piece, styled: bool) -> bool:
        if styled:
            return True
        text = piece.text().strip()
        if not isinstance(piece.block, (t.Paragraph, t.Heading)) or len(piece.lines()) > 3:
            return False
        if len(text) > 250 or (len(text) > 120 and _SENTENCE_END.search(text)):
            return False
        return not (find_dateline(text) and len(text) > 80)

    def _is_lead_in(self, index: int, styled_title: int | None, limit: int) -> bool:
        """A Chinese portal's 引题: one short line of Chinese just above the title (Word's
        Title style, or a title followed by the portal's 来源/发布时间 line)."""
        piece = self.pieces[index]
        text = piece.text().strip()
        if len(piece.lines()) != 1 or len(text) > 40 or _SENTENCE_END.search(text) or \
                not _CJK.search(text) or not isinstance(piece.block, t.Paragraph) or \
                p.metadata_pairs(text, self.draft.ours) is not None:
            return False
        if styled_title is not None:
            return index == styled_title - 1
        if index + 2 >= limit:
            return False
        # (unstyled, only where the portal's 来源 line follows the title: a headline and a
        # subheadline above a plain date line are not a lead-in and a title)
        title = self.pieces[index + 1]
        title_text = title.text().strip()
        if p.metadata_pairs(title_text, self.draft.ours) is not None or \
                p.release_line(title_text) is not None:
            return False
        pairs = p.metadata_pairs(self.pieces[index + 2].text().strip(), self.draft.ours) or []
        return bool(_CJK.search(title_text)) and self._is_headline(title, False) and \
            any(key == "source" for key, _, _ in pairs)

    def _credits(self) -> None:
        """A portal's credits after the body, "（作者：…　责任编辑：…）": into the fields."""
        for index in range(len(self.pieces) - 1, -1, -1):
            if self.role[index] not in (BODY, ""):
                continue
            piece = self.pieces[index]
            found = _CREDITS.match(piece.text().strip())
            pairs = p.metadata_pairs(found.group(1), self.draft.ours) if found else None
            if not pairs or any(key not in ("author", "responsible_editor")
                                for key, _, _ in pairs):
                return  # (only the last paragraph of the body can be the credits)
            for key, label, value in pairs:
                setattr(self.release, key, value)
                self._consume("label", label)
                self._consume("metadata", value)
                self.report.add(FOUND, key, value, N_("the credits after the body"))
            self._consume("label", "（）")
            self.role[index] = HEADER
            return

    def _is_subheadline(self, piece: Piece, index: int, limit: int) -> bool:
        text = piece.text().strip()
        if piece.style == d.SUBTITLE:
            return True
        if (piece.style and piece.style != d.HEADING) or not isinstance(
                piece.block, (t.Paragraph, t.Heading)):
            return False
        if index + 1 >= limit or len(text) > 250 or len(piece.lines()) > 3:
            return False
        if find_dateline(text) or p.CONTACT_LABEL.match(text) or p.ABOUT.match(text):
            return False
        if _HAN_NUMBERED.match(text) or _HAN_BRACKETED.match(text):
            return False  # the body's first section heading (一、…, （一）…), straight under it
        prominent = piece.bold or piece.italic or piece.centred or isinstance(piece.block,
                                                                              t.Heading)
        return prominent or not _SENTENCE_END.search(text)

    # -- the body -----------------------------------------------------------------------------

    def _dateline(self) -> None:
        for index, role in enumerate(self.role):
            if role != BODY:
                continue
            piece = self.pieces[index]
            if not isinstance(piece.block, t.Paragraph):
                return
            if not piece.text().strip():
                continue  # a photo's place above the first paragraph
            found = find_dateline(piece.text(), self.release.release_date)
            if found is None:
                return
            place, day, written, length = found
            known = self.release.release_date
            if day is not None and known is not None and day != known:
                # A dateline dated otherwise than the release: the export would print the
                # release's date instead, so the words stay where they are.
                self.report.add(UNPLACED, "dateline", piece.text()[:length],
                                N_("its date differs from the release date"))
                return
            self.release.dateline = place
            if day is not None and self.release.release_date is None:
                self.release.release_date = day
                self.written_date = self.written_date or written
                self.report.add(GUESSED, "release_date", written, N_("from the dateline"))
            if written:
                self._consume("date", written)
            lead = piece.text()[:length]
            self._consume("label", lead.replace(place, "", 1).replace(written, "", 1))
            piece.block = t.Paragraph(drop_prefix(piece.block.children, length))
            piece.source = ""
            self.report.add(FOUND, "dateline", place, N_("leads the first paragraph"))
            return

    def _numbered_headings(self) -> None:
        """Chinese official numbering as headings: 一、 (level 2), （一） (3) and, in a
        draft that has those, a short "1." line (4). Only short lines that are no sentence:
        "一、…。" opening a paragraph of text stays a paragraph."""
        if self.draft.ours:
            return  # (our own export: its paragraphs are the release's, its headings styled)
        body = [i for i, role in enumerate(self.role) if role == BODY]
        found: dict[int, int] = {}
        for index in body:
            text = _heading_text(self.pieces[index])
            if text is None:
                continue
            for level, pattern in ((2, _HAN_NUMBERED), (3, _HAN_BRACKETED)):
                if pattern.match(text):
                    found[index] = level
        if not found:
            return
        for index in body:
            text = _heading_text(self.pieces[index], list_item=True)
            if index not in found and text is not None and _DIGIT_NUMBERED.match(text):
                found[index] = 4
        for index, level in found.items():
            piece = self.pieces[index]
            text = _heading_text(piece, list_item=True) or ""
            children: list[t.Inline] = (piece.block.children if isinstance(
                piece.block, t.Paragraph) else [t.Text(text)])
            piece.block = t.Heading(level, children)
            piece.source = ""
            self.report.add(FOUND, "body", text, N_("a numbered heading (一、/（一）/1.)"))

    def _bold_headings(self) -> None:
        """A Word or web draft's line set bold throughout, short and no sentence, with text
        after it, as a heading (level 2): the way offices mark their sections when they use
        no heading styles. Not in a draft whose body has headings of its own (its bold lines
        are emphasis), nor in one laid out in ReleaseDesk's own styles (an export taken
        back: its bold paragraphs are the release's own), nor in a text or Markdown draft
        (its writer had ## to hand and typed what is kept)."""
        body = [i for i, role in enumerate(self.role) if role == BODY]
        if self.draft.ours or any(isinstance(self.pieces[i].block, t.Heading) for i in body) or \
                any(piece.style in _RELEASEDESK_STYLES for piece in self.pieces):
            return
        for at, index in enumerate(body[:-1]):
            piece, after = self.pieces[index], self.pieces[body[at + 1]]
            if not (piece.bold and not piece.source and isinstance(piece.block, t.Paragraph)
                    and isinstance(after.block, t.Paragraph) and not after.bold
                    and after.text().strip()):
                continue
            text = piece.text().strip()
            if not text or "\n" in text or len(text) > _BOLD_HEADING_MAX \
                    or _BOLD_HEADING_END.search(text) or p.CONTACT_LABEL.match(text) \
                    or p.ABOUT.match(text) or not any(c.isalpha() for c in text):
                continue
            piece.block = t.Heading(2, piece.block.children)
            self.report.add(FOUND, "body", text, N_("a line set bold throughout"))

    def _finish(self) -> None:
        release = self.release
        # What stood above the headline goes after the body, not before it: the exports put
        # the dateline in front of the body's first paragraph.
        roles = list(zip(self.pieces, self.role, strict=True))
        body_pieces = [piece for piece, role in roles if role in (BODY, UNKNOWN, "")] + \
            [piece for piece, role in roles if role == LEFT_OVER] + self.notes
        for piece in body_pieces:
            if isinstance(piece.block, t.Heading) and not piece.source:
                piece.block = t.Heading(piece.block.level, unbolded(piece.block.children))
        release.body = "\n\n".join(
            piece.source or write_markdown([piece.block]) for piece in body_pieces
            if piece.source or t.block_texts([piece.block]) or isinstance(piece.block, t.Rule))
        if release.body:
            self.report.add(FOUND, "body", release.body, N_("the rest of the draft"))
        release.language = self._language()
        release.keywords = list(self.draft.keywords)
        profile = self.matched_profile
        if profile is not None:
            release.profile = profile.name
            release.conventions = copy.deepcopy(profile.conventions)
            if not release.organization and profile.organization:
                release.organization = profile.organization
                self.report.add(FOUND, "organization", profile.organization,
                                N_("the house style's organisation"))
            # A draft without an About section takes the one of the house style chosen,
            # or of the office's own, as a new release does.
            if (self.chosen is not None or self.house_taken) and not release.boilerplate \
                    and profile.boilerplate:
                release.boilerplate = profile.boilerplate
                self.report.add(FOUND, "boilerplate", profile.boilerplate,
                                N_("from the chosen house style") if self.chosen is not None
                                else N_("from your house style (the draft has none)"))
            if self.chosen is not None:
                if not release.end_mark:
                    release.end_mark = profile.end_mark
                if not release.dateline and profile.dateline:
                    release.dateline = profile.dateline
            self.report.add(FOUND, "profile", profile.name, N_("chosen for this import")
                            if self.chosen is not None else N_("your house style")
                            if self.house_taken else N_("its footer matched"))
        else:
            if self.release_label or self.written_date:
                release.conventions.release_line = self.release_label + "{date}"
            style = p.date_style(self.written_date) if self.written_date else ""
            # Chinese releases print Chinese dates whatever the format: keep the default.
            if style and not (style == "zh" and is_chinese(release.language)):
                release.conventions.date_format = style
        apply_portal_footer(release.conventions, self.portal_found)
        if self.draft.ours and any(getattr(release, name) for name in (
                "lead_in", *_PORTAL_KEYS)) and not is_chinese(release.language):
            # (our export prints these only for a house style that asks for them)
            release.conventions.portal_fields = True
        if self.draft.ours and self.draft.author and self.draft.author != \
                release.organization and (not release.organization or
                                          self.organisation_from_source):
            # (our export names the organisation as the document's author; it prints only
            # in the About heading, and this release has none: not the 来源 line's)
            self.report.items = [item for item in self.report.items
                                 if item.field != "organization"]
            release.organization = self.draft.author
            self.report.add(GUESSED, "organization", release.organization,
                            N_("the Word document's author (no About section names it)"))
        if not release.organization:
            names = Counter(c.organization for c in release.contacts if c.organization)
            if names:
                release.organization = names.most_common(1)[0][0]
                self.report.add(GUESSED, "organization", release.organization,
                                N_("the contacts' organisation"))

    def _language(self) -> str:
        text = " ".join(piece.text() for piece in self.pieces[:40])
        letters = sum(1 for c in text if c.isalpha())
        if letters and len(_CJK.findall(text)) / letters > 0.3:
            declared = self.draft.language
            return declared if is_chinese(declared) else "zh-CN"
        if self.draft.language:
            return self.draft.language
        if self.matched_profile is not None:
            return self.matched_profile.language
        return "en"


_TYPED_MARKER = re.compile(r"^\s*(?:(?P<bullet>[•·▪‣◦●○–—*-]|--)|(?P<number>\d{1,3})[.)])\s+(?=\S)")
# Pieces styled as only ReleaseDesk's exports style them (its Word styles, its page classes).
_RELEASEDESK_STYLES = frozenset({d.FOOTER, d.END_MARK, d.BOILERPLATE, d.CONTACT})
# A bold line longer than this, or ending as a sentence or a label does, is no heading.
_BOLD_HEADING_MAX = 80
_BOLD_HEADING_END = re.compile(r"[.。!！?？:：;；,，]\s*$")
_HAN_NUMBERED = re.compile(r"^[一二三四五六七八九十]{1,3}、\s*\S")
_HAN_BRACKETED = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]\s*\S")
_DIGIT_NUMBERED = re.compile(r"^\d{1,2}(?:[.．、]|\.\s)\s*\S")


def unbolded(children: list[t.Inline]) -> list[t.Inline]:
    """A heading's words without the bold a draft wrapped all of them in (``## **一、…**``:
    a heading prints bold anyway); *children* as they are when some words are not bold."""
    if not any(isinstance(n, t.Strong) for n in children) or not all(
            isinstance(n, t.Strong) or (isinstance(n, t.Text) and not n.text.strip())
            for n in children):
        return children
    out: list[t.Inline] = []
    for node in children:
        out.extend(node.children if isinstance(node, t.Strong) else [node])
    return unbolded(out)  # (bold in bold: Word's run and its style both bold)


def _numbered(text: str) -> bool:
    return bool(_HAN_NUMBERED.match(text) or _HAN_BRACKETED.match(text)
                or _DIGIT_NUMBERED.match(text))


def _first_line(piece: Piece) -> tuple[int, str] | None:
    """(where the first line ends, its text) for a paragraph of several lines whose first
    could be a numbered heading (short, no sentence, Chinese: as _heading_text). A
    Markdown draft's paragraph joins its lines (a soft line break): its first line is its
    source's, and -1 says so."""
    block = piece.block
    if not isinstance(block, t.Paragraph):
        return None
    if piece.source:
        head, rest = _source_lines(piece.source)
        if not rest:
            return None
        text, cut = t.block_texts(parse_markdown(head))[0].strip(), -1
    else:
        cut = next((i for i, node in enumerate(block.children)
                    if isinstance(node, t.LineBreak)), -1)
        if cut < 0 or not t.plain_text(block.children[cut + 1:]).strip():
            return None
        text = t.plain_text(block.children[:cut]).strip()
    if len(text) > 40 or _SENTENCE_END.search(text) or not _CJK.search(text):
        return None
    return cut, text


def _source_lines(source: str) -> tuple[str, str]:
    """A Markdown paragraph's first line (without the hard break it may end in) and the
    rest ("" when it is one line, or when either part alone reads as more than a
    paragraph's words)."""
    head, _, rest = source.strip("\n").partition("\n")
    head = head.rstrip(" ").removesuffix("\\").rstrip(" \t")
    parts = [parse_markdown(head), parse_markdown(rest)] if rest.strip() else []
    if not parts or any(len(blocks) != 1 or not isinstance(blocks[0], t.Paragraph)
                        for blocks in parts):
        return head, ""
    return head, rest


def _cut_first_line(piece: Piece, cut: int) -> list[Piece]:
    """*piece* as two: its first line (where _first_line says it ends) and the rest."""
    assert isinstance(piece.block, t.Paragraph)
    raw = piece.raw_lines
    if cut < 0:
        head, rest = _source_lines(piece.source)
        return [replace(piece, block=parse_markdown(head)[0], source=head, raw_lines=raw[:1]),
                replace(piece, block=parse_markdown(rest)[0], source=rest, raw_lines=raw[1:])]
    children = piece.block.children
    return [replace(piece, block=t.Paragraph(children[:cut]), source="", raw_lines=raw[:1]),
            replace(piece, block=t.Paragraph(children[cut + 1:]), source="", raw_lines=raw[1:])]


def _heading_text(piece: Piece, list_item: bool = False) -> str | None:
    """The text of a piece that could be a numbered heading: one short line, no sentence.

    With *list_item*, a one-item numbered list ("1. 全面排查隐患", as a text draft reads
    it) counts too, its number written back in front."""
    block = piece.block
    if isinstance(block, t.Paragraph):
        text = piece.text().strip()
    elif list_item and isinstance(block, t.OrderedList) and len(block.items) == 1 and \
            len(block.items[0].blocks) == 1 and isinstance(block.items[0].blocks[0],
                                                           t.Paragraph):
        text = f"{block.start}. " + t.plain_text(block.items[0].blocks[0].children).strip()
    else:
        return None
    if "\n" in text or len(text) > 40 or _SENTENCE_END.search(text) or not _CJK.search(text):
        return None
    return text


def _is_header_line(line: str) -> bool:
    return bool(p.IMMEDIATE.match(line) or (p.EMBARGO.match(line) and p.find_date(line))
                or p.release_line(line) or p.RELEASE_NUMBER.match(line)
                or p.metadata_pairs(line))


def _house_gaps(line: FooterLine) -> FooterLine:
    """Footer items as a house style writes them, two spaces apart (exports print the gap
    as em spaces)."""
    return FooterLine("  ".join(footer_items(line.text)), line.url)


def _printed_gaps(line: FooterLine) -> FooterLine:
    """A footer line of our own Word export as it was typed: the house's gap back from the
    wider one the export prints for it, every other gap as it stands (docx_writer)."""
    items, gaps = footer_items(line.text), footer_gaps(line.text)
    typed = [HOUSE_GAP if gap == FOOTER_GAP else gap for gap in gaps]
    return FooterLine(items[0] + "".join(gap + item for gap, item in zip(
        typed, items[1:], strict=True)), line.url)


def _end_mark_of(text: str) -> str:
    squashed = re.sub(r"\s+", "", text).lower().replace("—", "-")
    if "30" in squashed:
        return "-30-"
    if "#" in squashed:
        return "###"
    return "-end-"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def recognise(draft: Draft, profiles: list[Profile], chosen: Profile | None,
              zone: tzinfo, house: Profile | None = None) -> tuple[Release, ImportReport]:
    """The release a draft holds, and the report of how each field was found (*house*: the
    office's own house style, for a draft that holds no footer; see Recogniser)."""
    return Recogniser(draft, profiles, chosen, zone, house).run()


__all__ = ["date", "recognise"]

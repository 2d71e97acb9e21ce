"""The release laid out in export order, parsed once; every writer renders this."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, TypedDict

from ..body import tree as t
from ..body.parse import parse_markdown
from ..body.safety import clean_line, clean_text, safe_href
from ..body.tree import LaidPhoto
from ..field_rules import phone_spans, release_time
from ..model import DEFAULT_ACCENT, PORTAL_FOOTER_LINES, Contact, FooterLine, Release, is_portal
from ..patterns import compiled
from ..records import Factory, record, replace
from ..release_moment import release_moment, rfc3339
from .event_block import NO_PARTS, KindParts, kind_parts
from .photos import lay_out, place
from .typesetting import LATIN, TypeSet, type_set
from .words import (
    OutputWords,
    format_date,
    format_dateline,
    format_moment,
    format_weekday,
    words_with,
)

if TYPE_CHECKING:
    from ..media.copies import PhotoCopies

# A package's seal: given its files ({name inside the folder: bytes}), the files that seal
# them: manifest.json (and manifest.sig), made by exporting.py from the release's clearance.
Seal = Callable[[dict[str, bytes]], dict[str, bytes]]


@record(frozen=True)
class StatusLine:
    """A status line: "FOR IMMEDIATE RELEASE", or the embargo notice with its moment.

    ``pieces`` is the text around each occurrence of the moment (one more piece than
    occurrences), so HTML can mark every occurrence up as a <time>.
    """

    pieces: tuple[str, ...]
    moment_text: str = ""
    moment_iso: str = ""
    embargo: bool = False

    @property
    def text(self) -> str:
        return self.moment_text.join(self.pieces)


@record
class ReleaseLine:
    """The line under the headline; each date inside it becomes a <time> in HTML.

    ``pieces`` is the text around each ``{date}`` of the house's pattern (one more piece
    than dates), so every occurrence is filled, in every format.
    """

    pieces: tuple[str, ...]
    date_text: str
    iso_date: str  # as printed: the date, or the date and time of day (the fingerprint's)
    # The line's time of day as a moment in the release's zone, RFC 3339, for the machine
    # -readable times (release_moment.py); "" when it prints a date alone.
    iso_moment: str = ""

    @property
    def text(self) -> str:
        return self.date_text.join(self.pieces)


@record
class PortalMeta:
    """What a Chinese government site's page metadata says of the release, cleaned: the
    site (from the house style), the column, the title, the moment, source, author and
    summary (from the release). Empty where unknown."""

    site_name: str = ""
    site_domain: str = ""
    site_code: str = ""
    column: str = ""
    column_type: str = ""
    short_title: str = ""
    pub_date: str = ""  # "2020-11-16 09:30" (the time when the release has one)
    source: str = ""
    author: str = ""
    description: str = ""
    url: str = ""


@record
class Layout:
    """Everything a writer prints, in the order it prints it, already cleaned."""

    language: str
    words: OutputWords
    # Above the headline: the immediate-release line (if the house prints one) or the
    # embargo notice; or, where the house puts the notice under the release line, there.
    status: StatusLine | None
    headline: str
    subheadline: str
    release_line: ReleaseLine | None
    body: list[t.Block]
    contacts: list[Contact]
    contacts_heading: str
    about_heading: str
    boilerplate: list[t.Block]
    end_mark: str
    footer: list[FooterLine]
    organization: str
    keywords: list[str] = Factory(factory=list)
    embargo_iso: str = ""
    # The embargo notice when the house prints it under the release line instead.
    late_status: StatusLine | None = None
    accent: str = DEFAULT_ACCENT
    paper: str = "a4"
    # The page and the type, by the language and the house style (typesetting.py), and
    # whether the house set any of it (conventions.typesetting).
    type: TypeSet = LATIN
    typesetting: bool = False
    mail_from: str = ""
    mail_to: tuple[str, ...] = ()
    # The body as parsed, before the dateline was put in front (for checks and counts).
    parsed_body: list[t.Block] = Factory(factory=list)
    # Clearance, for the exports' metadata only: the workflow status and the fingerprint
    # of the canonical content (clearance/fingerprint.py).
    workflow_status: str = "draft"
    fingerprint: str = ""
    # (The moment of export is not the release's: writers get it in their ExportContext,
    # render/context.py.)
    # The photos in the release's order; the body holds their Figures where they stand.
    photos: list[LaidPhoto] = Factory(factory=list)
    # media.copies.PhotoCopies when there are photos: web copies made once per export.
    copies: PhotoCopies | None = None
    # The exported page's name without suffix: its photos go in "<stem>_files/".
    export_stem: str = "story"
    # The folder beside a plain-text export that holds the photos' web copies, when a page
    # of the same export writes them there ("ferry_files"): the text names each photo's
    # largest copy in it, a file that is there, instead of the name it came in by.
    photos_beside: str = ""
    # The package's seal (Seal, above): its manifest, made by exporting.py from
    # the release's clearance; None writes a package without one.
    seal: Seal | None = None
    # The package's other language versions (twins/): (folder inside the package, their
    # stamped Layout), added by exporting.py; each version's page names the others.
    versions: list[tuple[str, Layout]] = Factory(factory=list)
    # A language version's photo copies stored once in the package (package_writer.py):
    # {web copy's file name: the folder, relative to the page, that holds it} for the
    # copies that lie elsewhere than in this version's own media folder.
    shared_media: dict[str, str] = Factory(factory=dict)
    # A release as a Chinese portal publishes it (model.is_portal): 引题 above the title,
    # the 摘要 printed under the title when the house asks, "（作者：…　责任编辑：…）" after
    # the body, the structured footer (lines of items, each its own link or none) and the
    # page's metadata (PortalMeta). The 来源/发布时间 line is the release_line.
    lead_in: str = ""
    printed_summary: str = ""
    credits: str = ""
    portal_footer: list[tuple[FooterLine, ...]] = Factory(factory=list)
    portal: PortalMeta | None = None
    # The house's base address of published pages (conventions.base_url), "" for none:
    # the page's metadata then names its photos by absolute URLs.
    base_url: str = ""
    # What the release's kind prints beyond a news release (event_block.py): its name above
    # the headline and its blocks before the body; NO_PARTS for a news release.
    kind: KindParts = NO_PARTS

    @property
    def media_folder(self) -> str:
        """The folder beside the page that holds the web copies (relative, no slash)."""
        return f"{self.export_stem}_files"

    def photo_copies(self) -> PhotoCopies:
        """The photos' web copies (exporting makes them for every layout with photos)."""
        if self.copies is None:
            raise ValueError("the photos of this layout have no web copies made")
        return self.copies

    def media_folder_of(self, name: str) -> str:
        """The folder (relative to the page) that holds the web copy *name*."""
        return self.shared_media.get(name, self.media_folder)

    @property
    def lead_photo(self) -> LaidPhoto | None:
        return next((p for p in self.photos if p.lead), None)

    @property
    def status_line(self) -> str:
        """The text of the status line above the headline ("" for none)."""
        return self.status.text if self.status is not None else ""

    @property
    def embargo_notice(self) -> StatusLine | None:
        """The embargo notice, wherever it prints; None when the release is not embargoed."""
        for line in (self.status, self.late_status):
            if line is not None and line.embargo:
                return line
        return None

    @property
    def title(self) -> str:
        return self.headline or self.subheadline or self.words.untitled

    def summary(self) -> str:
        """One or two sentences for meta descriptions: the release's summary (摘要), the
        subheadline, else the body's start."""
        if self.portal is not None and self.portal.description:
            return self.portal.description
        if self.subheadline:
            return self.subheadline
        for text in t.block_texts(self.body):
            if text.strip():
                return text if len(text) <= 200 else text[:197].rstrip() + "…"
        return ""


def build_layout(release: Release) -> Layout:
    """Lay *release* out for the writers: one parse of body and boilerplate. Its metadata
    names no clearance (a draft, no fingerprint) until exporting.stamped gives it one."""
    language = clean_text(release.language).strip() or "en"
    conventions = release.conventions
    words = words_with(language, conventions.words)

    status, late_status = _status_lines(release, words, language)
    release_line = None
    date_text = ""
    if release.release_date is not None:
        date_text = format_date(release.release_date, conventions.date_format, language)
        pattern = clean_text(conventions.release_line).replace(
            "{weekday}", format_weekday(release.release_date, language))
        if pattern:
            release_line = ReleaseLine(tuple(pattern.split("{date}")), date_text,
                                       release.release_date.isoformat())

    photos = lay_out(release.photos)
    parsed_body = parse_markdown(release.body, frozenset(p.id for p in photos))
    body = place(parsed_body, photos)
    if body is parsed_body:
        body = list(parsed_body)
    where = clean_line(release.dateline).strip()
    if where:
        lead = format_dateline(words, where, release.release_date, conventions.date_format,
                               language)
        _lead_first_paragraph(body, t.Dateline(lead), words.dateline_gap)
    copies = None
    if photos:
        from ..media.copies import PhotoCopies

        copies = PhotoCopies()

    portal = is_portal(release)
    if portal:
        release_line = _portal_line(release, words) or release_line

    organization = clean_line(release.organization).strip()
    setting = type_set(language, conventions.paper, conventions.typesetting)
    contacts = [_clean_contact(c) for c in release.contacts]
    contacts = [c for c in contacts if not c.is_empty()]
    return Layout(
        language=language,
        words=words,
        status=status,
        late_status=late_status,
        accent=conventions.accent or DEFAULT_ACCENT,
        paper=setting.paper,
        type=setting,
        typesetting=bool(conventions.typesetting),
        mail_from=clean_text(conventions.mail_from).strip(),
        mail_to=tuple(a for a in (clean_text(x).strip() for x in conventions.mail_to) if a),
        headline=clean_line(release.headline).strip(),
        subheadline=clean_line(release.subheadline).strip(),
        release_line=release_line,
        body=body,
        contacts=contacts,
        contacts_heading=words.contact if len(contacts) == 1 else words.contacts,
        about_heading=words.about.replace("{organization}", organization) if organization else "",
        boilerplate=parse_markdown(release.boilerplate),
        end_mark=release.end_mark,
        footer=_clean_footer(release.footer),
        organization=organization,
        keywords=[k for k in (clean_line(x).strip() for x in release.keywords) if k],
        parsed_body=parsed_body,
        photos=photos,
        copies=copies,
        embargo_iso=(
            release.embargo_until.isoformat()
            if release.is_embargoed and release.embargo_until
            else ""
        ),
        base_url=safe_href(_line(conventions.base_url)) or "",
        **(_portal_parts(release, words, organization) if portal else PortalParts()),
        kind=kind_parts(release, language, conventions.date_format, conventions.zone_style),
    )


def _line(text: str) -> str:
    return " ".join(clean_line(text).split())


def _portal_moment(release: Release) -> tuple[str, str]:
    """(as a portal prints it, as ISO 8601): "2020-11-16 09:30", "2020-11-16T09:30"."""
    if release.release_date is None:
        return "", ""
    day = release.release_date.isoformat()
    clock = release_time(release.release_time) or ""
    return (f"{day} {clock}", f"{day}T{clock}") if clock else (day, day)


def _portal_line(release: Release, words: OutputWords) -> ReleaseLine | None:
    """The line under a portal's title, "来源：… 发布时间：2020-11-16 09:30", when the
    release has a source or a time of release; None leaves the house's release line."""
    source = _line(release.source)
    clock = release_time(release.release_time) or ""
    if not source and not clock:
        return None
    moment, iso = _portal_moment(release)
    head = f"{words.source}{words.label_sep}{source}" if source else ""
    if not moment:
        return ReleaseLine((head,), "", "")
    gap = words.item_gap if head else ""
    zoned = rfc3339(release_moment(release.release_date, clock, release.conventions.zone,
                                   release.language)) \
        if clock and release.release_date is not None else ""
    return ReleaseLine((f"{head}{gap}{words.release_time}{words.label_sep}", ""), moment, iso,
                       zoned)


class PortalParts(TypedDict, total=False):
    """The Layout's parts a portal's release adds (none for any other)."""

    lead_in: str
    printed_summary: str
    credits: str
    portal_footer: list[tuple[FooterLine, ...]]
    portal: PortalMeta


def _portal_parts(release: Release, words: OutputWords, organization: str) -> PortalParts:
    """The Layout's portal parts of *release* (see Layout.portal)."""
    conventions = release.conventions
    summary = _line(release.summary)
    sep = words.label_sep
    credits = [f"{label}{sep}{value}" for label, value in (
        (words.author, _line(release.author)), (words.editor, _line(release.responsible_editor)))
        if value]
    site_url = safe_href(_line(conventions.site_url)) or ""
    domain = re.sub(r"^[a-z][a-z0-9+.-]*://", "", site_url, flags=re.I).split("/")[0]
    meta = PortalMeta(
        site_name=_line(conventions.site_name) or organization,
        site_domain=domain.split("@")[-1],
        site_code=_line(conventions.site_code),
        column=_line(release.column),
        column_type=_line(conventions.column_type),
        short_title=_line(release.short_title),
        pub_date=_portal_moment(release)[0],
        source=_line(release.source),
        author=_line(release.author),
        description=summary,
        url=safe_href(_line(release.page_url)) or "",
    )
    return {
        "lead_in": _line(release.lead_in),
        "printed_summary": summary if conventions.print_summary else "",
        "credits": words.credits.replace("{items}", words.credits_gap.join(credits))
        if credits else "",
        "portal_footer": portal_footer(release, words),
        "portal": meta,
    }


def portal_footer(release: Release, words: OutputWords) -> list[tuple[FooterLine, ...]]:
    """The structured footer's lines in the portals' order (model.PORTAL_FOOTER_LINES):
    each entry with its label where the entry's text does not name itself ("芬ICP备…号"
    does), and its link when that is safe."""
    conventions = release.conventions
    labels = {"sponsor": words.sponsor, "organizer": words.organizer,
              "site_code": words.site_code, "icp": words.icp,
              "police_record": words.police_record}
    named = {"icp": "ICP", "police_record": "公网安备"}
    lines = []
    for keys in PORTAL_FOOTER_LINES:
        items = []
        for key in keys:
            text = _line(getattr(conventions, key))
            if not text:
                continue
            label = labels.get(key, "")
            if label and named.get(key, "\0").lower() not in text.lower():
                text = f"{label}{words.label_sep}{text}"
            url = safe_href(_line(getattr(conventions, f"{key}_url"))) or ""
            items.append(FooterLine(text, url))
        if items:
            lines.append(tuple(items))
    return lines


def _status_lines(release: Release, words: OutputWords,
                  language: str) -> tuple[StatusLine | None, StatusLine | None]:
    """(the line above the headline, the notice under the release line).

    The house style chooses how and where the embargo notice prints, never whether: an
    embargoed release carries it in every export, whatever ``status_line`` says.
    """
    conventions = release.conventions
    if not release.is_embargoed:
        return _immediate(release, words), None
    if release.embargo_until is None:
        notice = StatusLine((words.embargoed_open,), embargo=True)
    else:
        moment = format_moment(release.embargo_until, conventions.date_format, language,
                               clean_text(release.embargo_zone), conventions.zone_style)
        notice = StatusLine(tuple(words.embargoed.split("{when}")), moment,
                            release.embargo_until.isoformat(), embargo=True)
    if conventions.embargo_position == "after_release_line" and release.release_date is not None \
            and conventions.release_line:
        return None, notice
    return notice, None


def _immediate(release: Release, words: OutputWords) -> StatusLine | None:
    """The immediate-release line, where the house prints one."""
    return StatusLine((words.immediate,)) if release.conventions.status_line else None


def embargo_lifted(release: Release, layout: Layout) -> Layout:
    """*layout*, of *release*, as it prints once its embargo has passed (a newsroom's page of
    a release published because its moment came): no embargo notice, and the house's
    immediate-release line where it prints one. What the release was approved as (its
    fingerprint, the embargo moment the page names as its publication) stays."""
    if layout.embargo_notice is None:
        return layout
    return replace(layout, status=_immediate(release, layout.words), late_status=None)


def _lead_first_paragraph(body: list[t.Block], lead: t.Dateline, gap: str) -> None:
    """Put the dateline before the first paragraph's words, or alone if the body opens
    otherwise; photos above the text stay above it."""
    index = 0
    while index < len(body) and isinstance(body[index], t.Figure):
        index += 1
    first = body[index] if index < len(body) else None
    if isinstance(first, t.Paragraph):
        body[index] = t.Paragraph([lead, t.Text(gap), *first.children])
    else:
        body.insert(index, t.Paragraph([lead]))


# Items of a footer line are set apart by two or more spaces, a tab, or an ideographic or
# em space, as portals print "Technical Support: …  Network Support: …".
_FOOTER_GAP = compiled(r"[ \u00a0]*[\t\u2003\u3000][\t\u2003\u3000 \u00a0]*|[ \u00a0]{2,}")


def footer_items(text: str) -> list[str]:
    """The items of one footer line, in order (one item when nothing sets them apart)."""
    return [item for item in _FOOTER_GAP.split(text.strip()) if item] or [""]


# The gap a house style writes between a footer line's items (two spaces), which the
# exports print as their own wider gap.
HOUSE_GAP = "  "


def footer_gaps(text: str) -> list[str]:
    """The gaps between the items of one footer line as typed, in order (one fewer than
    footer_items)."""
    return _FOOTER_GAP.findall(text.strip())


# A label opens a footer item when its colon is this near the item's start, in columns (a
# wide character takes two): "Security Support: …", "主办单位：…"; the whole label stays
# with what follows it. Further in, the word before the colon does (at most _LABEL_WORD
# columns of it: Chinese runs its words together).
_LABEL_AT_START = 40
_LABEL_WORD = 16


def footer_joins(item: str) -> list[tuple[int, int]]:
    """Where a line may not break in a footer item: (start, end) of each label with its
    colon and the first word after it ("Security Support: Riverside", "安全支持：河"), and
    the whole of a phone number that word begins ("电话：010-5555 0118"), in order, none
    overlapping. Not a link's scheme ("https://"), nor a time ("9:30"), nor a colon that
    ends the item or starts it."""
    spans: list[tuple[int, int]] = []
    phones = phone_spans(item)
    for colon, mark in enumerate(item):
        if mark not in ":：":
            continue
        before, after = item[colon - 1:colon], item[colon + 1:]
        if not before.strip() or not after.strip() or after.startswith("//") \
                or (before.isdigit() and after[:1].isdigit()):
            continue
        value = colon + 1 + len(after) - len(after.lstrip())
        end = value + 1
        if not is_wide(item[value]):  # (a wide character is a word of its own)
            while end < len(item) and not item[end].isspace() and not is_wide(item[end]):
                end += 1
        if not spans and sum(2 if is_wide(c) else 1 for c in item[:colon]) <= _LABEL_AT_START:
            start = 0
        else:
            start, columns = colon, 0
            while start > 0 and not item[start - 1].isspace():
                columns += 2 if is_wide(item[start - 1]) else 1
                if columns > _LABEL_WORD:
                    break
                start -= 1
        for phone_start, phone_end in phones:
            if phone_start < end and phone_end > start:
                start, end = min(start, phone_start), max(end, phone_end)
        if spans and start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def is_wide(char: str) -> bool:
    """A wide or full-width East Asian character (Chinese is written without spaces)."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def _clean_footer(lines: list[FooterLine]) -> list[FooterLine]:
    """Footer lines as exported: cleaned, empty ones dropped, links only when safe."""
    cleaned = []
    for line in lines:
        text = clean_text(line.text).strip()
        if text:
            cleaned.append(FooterLine(text, safe_href(line.url) or ""))
    return cleaned


def _clean_contact(contact: Contact) -> Contact:
    return Contact(
        name=clean_text(contact.name).strip(),
        role=clean_text(contact.role).strip(),
        organization=clean_text(contact.organization).strip(),
        phone=clean_text(contact.phone).strip(),
        email=clean_text(contact.email).strip(),
    )

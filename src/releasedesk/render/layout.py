"""The release laid out in export order, parsed once; every writer renders this."""

from __future__ import annotations

from ..model import Contact, FooterLine, Release
from ..records import Factory, record
from . import tree as t
from .parse import parse_markdown
from .safety import clean_text, safe_href
from .words import OutputWords, format_date, format_moment, words_with


@record
class ReleaseLine:
    """The line under the headline; the date inside it becomes a <time> in HTML."""

    before: str
    date_text: str
    after: str
    iso_date: str

    @property
    def text(self) -> str:
        return f"{self.before}{self.date_text}{self.after}"


@record
class Layout:
    """Everything a writer prints, in the order it prints it, already cleaned."""

    language: str
    words: OutputWords
    status_line: str
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
    keywords: list[str] = Factory(list)
    embargo_iso: str = ""
    # The body as parsed, before the dateline was put in front (for checks and counts).
    parsed_body: list[t.Block] = Factory(list)

    @property
    def title(self) -> str:
        return self.headline or self.subheadline or "Press release"

    def summary(self) -> str:
        """One or two sentences for meta descriptions: the subheadline, else the body's start."""
        if self.subheadline:
            return self.subheadline
        for text in t.block_texts(self.body):
            if text.strip():
                return text if len(text) <= 200 else text[:197].rstrip() + "…"
        return ""


def build_layout(release: Release) -> Layout:
    """Lay *release* out for the writers: one parse of body and boilerplate."""
    language = clean_text(release.language).strip() or "en"
    conventions = release.conventions
    words = words_with(language, conventions.words)

    status_line = ""
    if conventions.status_line:
        if release.is_embargoed:
            when = (
                format_moment(release.embargo_until, conventions.date_format, language)
                if release.embargo_until
                else "further notice"
            )
            status_line = words.embargoed.replace("{when}", when)
        else:
            status_line = words.immediate

    release_line = None
    date_text = ""
    if release.release_date is not None:
        date_text = format_date(release.release_date, conventions.date_format, language)
        pattern = clean_text(conventions.release_line)
        if pattern:
            before, _, after = pattern.partition("{date}")
            release_line = ReleaseLine(before, date_text, after, release.release_date.isoformat())

    parsed_body = parse_markdown(release.body)
    body = list(parsed_body)
    place = clean_text(release.dateline).strip()
    if place:
        pattern = words.dateline if date_text else words.dateline_undated
        lead = pattern.replace("{date}", date_text).replace("{place}", place)
        _lead_first_paragraph(body, t.Dateline(lead), words.dateline_gap)

    organization = clean_text(release.organization).strip()
    contacts = [_clean_contact(c) for c in release.contacts]
    contacts = [c for c in contacts if not c.is_empty()]
    return Layout(
        language=language,
        words=words,
        status_line=status_line,
        headline=clean_text(release.headline).strip(),
        subheadline=clean_text(release.subheadline).strip(),
        release_line=release_line,
        body=body,
        contacts=contacts,
        contacts_heading=words.contact if len(contacts) == 1 else words.contacts,
        about_heading=words.about.replace("{organization}", organization) if organization else "",
        boilerplate=parse_markdown(release.boilerplate),
        end_mark=release.end_mark,
        footer=_clean_footer(release.footer),
        organization=organization,
        keywords=[k for k in (clean_text(x).strip() for x in release.keywords) if k],
        parsed_body=parsed_body,
        embargo_iso=(
            release.embargo_until.isoformat()
            if release.is_embargoed and release.embargo_until
            else ""
        ),
    )


def _lead_first_paragraph(body: list[t.Block], lead: t.Dateline, gap: str) -> None:
    """Put the dateline before the first paragraph's words, or alone if the body opens otherwise."""
    if body and isinstance(body[0], t.Paragraph):
        first = body[0]
        body[0] = t.Paragraph([lead, t.Text(gap), *first.children])
    else:
        body.insert(0, t.Paragraph([lead]))


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

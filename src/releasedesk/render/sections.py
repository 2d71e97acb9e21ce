"""The release's sections in the order they print: the one place that says what prints
where. Every writer (HTML, text, DOCX; the PDF and the e-mail through HTML and text; the
preview) and the fingerprint walk this sequence, each with one function per kind of
section (``Renderers``), so a section added here reaches every format and the
fingerprint, or fails loudly where a writer does not know it yet.

The order: the header (the status line, a kind's name, a portal's 引题, the headline, the
subheadline, the release line, the embargo notice when the house prints it under the
release line, a portal's printed 摘要), a kind's blocks, the body (its dateline and its
photos placed in it), a portal's credits, the media contacts, About, the end mark, and
the footer (the standard one, then a portal's structured one). Where a section prints
in a format (the footer in Word's page footer, in the PDF's running foot) is the
writer's; which sections there are, and in what order, is this module's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Never, cast

from ..body import tree as t
from ..model import Contact, FooterLine
from ..records import record
from .event_block import Panel
from .layout import Layout, ReleaseLine, StatusLine


@record(frozen=True)
class Status:
    """A status line: "FOR IMMEDIATE RELEASE" or the embargo notice; *late* when it
    prints under the release line (the house's embargo_position)."""

    line: StatusLine
    late: bool = False


@record(frozen=True)
class KindName:
    """A kind's name above the headline ("MEDIA ADVISORY")."""

    text: str


@record(frozen=True)
class LeadIn:
    """A portal's 引题, above the headline."""

    text: str


@record(frozen=True)
class Headline:
    text: str


@record(frozen=True)
class Subheadline:
    text: str


@record(frozen=True)
class Released:
    """The line under the headline: the house's release line, or a portal's 来源/发布时间."""

    line: ReleaseLine


@record(frozen=True)
class Summary:
    """A portal's 摘要 printed under the title, after its label."""

    label: str
    text: str


@record(frozen=True)
class Header:
    """The sections above the body, in order (the HTML writer's <header>)."""

    parts: tuple[HeaderPart, ...]


@record(frozen=True)
class KindBlock:
    """A kind's block before the body (an advisory's event, a statement's attribution)."""

    panel: Panel


@record(frozen=True)
class Body:
    """The body's blocks, the dateline in front and the photos where they stand."""

    blocks: tuple[t.Block, ...]


@record(frozen=True)
class Credits:
    """A portal's "（作者：…　责任编辑：…）" after the body."""

    text: str


@record(frozen=True)
class Contacts:
    heading: str
    contacts: tuple[Contact, ...]


@record(frozen=True)
class About:
    """The boilerplate, under its heading ("" for none)."""

    heading: str
    blocks: tuple[t.Block, ...]


@record(frozen=True)
class EndMark:
    text: str


@record(frozen=True)
class Footer:
    """The standard footer's lines, then a portal's structured lines (items each linked)."""

    lines: tuple[FooterLine, ...]
    portal_lines: tuple[tuple[FooterLine, ...], ...]


# Every kind of section, the header's parts first: what a writer's Renderers must cover.
HeaderPart = Status | KindName | LeadIn | Headline | Subheadline | Released | Summary
Section = Header | KindBlock | Body | Credits | Contacts | About | EndMark | Footer
HEADER_PARTS: tuple[type, ...] = (Status, KindName, LeadIn, Headline, Subheadline, Released,
                                  Summary)
SECTION_TYPES: tuple[type, ...] = (*HEADER_PARTS, Header, KindBlock, Body, Credits, Contacts,
                                   About, EndMark, Footer)


def header_parts(layout: Layout) -> Iterator[HeaderPart]:
    """The header's sections of *layout*, in print order."""
    if layout.status is not None:
        yield Status(layout.status)
    if layout.kind.label:
        yield KindName(layout.kind.label)
    if layout.lead_in:
        yield LeadIn(layout.lead_in)
    yield Headline(layout.headline)  # (printed even when empty: the page's one <h1>)
    if layout.subheadline:
        yield Subheadline(layout.subheadline)
    if layout.release_line is not None:
        yield Released(layout.release_line)
    if layout.late_status is not None:
        yield Status(layout.late_status, late=True)
    if layout.printed_summary:
        yield Summary(layout.words.summary + layout.words.label_sep, layout.printed_summary)


def sections(layout: Layout) -> Iterator[Section]:
    """The sections of *layout*, in print order (see the module's docstring)."""
    yield Header(tuple(header_parts(layout)))
    for panel in layout.kind.panels:
        yield KindBlock(panel)
    yield Body(tuple(layout.body))
    if layout.credits:
        yield Credits(layout.credits)
    if layout.contacts:
        yield Contacts(layout.contacts_heading, tuple(layout.contacts))
    if layout.boilerplate:
        yield About(layout.about_heading, tuple(layout.boilerplate))
    if layout.end_mark:
        yield EndMark(layout.end_mark)
    if layout.footer or layout.portal_footer:
        yield Footer(tuple(layout.footer), tuple(layout.portal_footer))


def flat_sections(layout: Layout) -> Iterator[HeaderPart | Section]:
    """The sections of *layout* in print order, the header's parts in its place."""
    for section in sections(layout):
        if isinstance(section, Header):
            yield from section.parts
        else:
            yield section


class UnknownSection(TypeError):
    """A writer met a kind of section it has no rendering for (a programming error: every
    writer must print every section, so none is left out of a format silently)."""


class Renderers:
    """One writer's function for each kind of section: ``renderers(section)`` calls the
    one for the section's type, and raises UnknownSection for a type it lacks."""

    def __init__(self, writer: str, table: Mapping[type, Callable[[Never], None]]) -> None:
        self.writer = writer
        self.table = table

    def __call__(self, section: HeaderPart | Section) -> None:
        render = self.table.get(type(section))
        if render is None:
            raise UnknownSection(
                f"the {self.writer} writer has no rendering for {type(section).__name__}")
        # (the table's key is the type its function takes: the checker cannot see that)
        cast("Callable[[HeaderPart | Section], None]", render)(section)

    def missing(self) -> list[str]:
        """The kinds of section this writer does not render (for tests: none)."""
        return [kind.__name__ for kind in SECTION_TYPES if kind not in self.table]

    def each(self, sections: Iterable[HeaderPart | Section]) -> None:
        """Render *sections* in their order."""
        for section in sections:
            self(section)

"""HTML writer: a self-contained page, or the bare <article> a web team pastes into a CMS."""

from __future__ import annotations

import json
from collections.abc import Callable
from urllib.parse import quote, urljoin

from ..body import tree as t
from ..body.tree import RIGHT_TO_LEFT, LaidPhoto, plain_text, starts_right_to_left
from ..field_rules import phone_spans
from ..model import Contact, FooterLine
from ..records import record
from ..text_html import escape
from . import sections as s
from .contacts import contact_detail, email_href, phone_href
from .context import ExportContext, Stylesheets
from .event_block import PanelRow
from .html_units import SplitHtml, UnitRecorder
from .layout import Layout, StatusLine, footer_items, footer_joins
from .note_marks import cited, note_number, note_numbers
from .sections import Renderers, sections
from .typesetting import css_rules, css_variables
from .words import OutputWords


def _text(value: str) -> str:
    return escape(value, quote=False)


def _attr(value: str) -> str:
    return escape(value, quote=True)


Attrs = tuple[tuple[str, str], ...]


class Markup:
    """How the writer writes an element's tags: as they are (PLAIN: the page, the fragment,
    the preview), or with more in them (email_writer.MailMarkup: the styles a mail client
    keeps). *attrs* are the element's attributes in order, their values unescaped."""

    def open(self, tag: str, attrs: Attrs = ()) -> str:
        if not attrs:
            return f"<{tag}>"
        return "<" + tag + "".join(f' {name}="{_attr(value)}"' for name, value in attrs) + ">"

    def close(self, tag: str) -> str:
        return f"</{tag}>"


PLAIN = Markup()


@record(frozen=True)
class HtmlOptions:
    """What the article leaves to its caller: *footer* False leaves the footer out of the
    article (Fragment.footer holds it: the PDF runs it in every page's foot, the preview's
    Word page and the printout in the page footer); *justify* writes align="justify" on the
    body's and About's paragraphs (Qt's rich text knows no justify in a style sheet);
    *figure* writes a photo's HTML instead of the <figure> (the preview's, which Qt shows);
    *units* records the article's top-level blocks as they are written (Fragment.units:
    the preview replaces only the blocks that changed)."""

    footer: bool = True
    justify: bool = False
    figure: Callable[[LaidPhoto], str] | None = None
    markup: Markup = PLAIN
    units: bool = False


@record(frozen=True)
class Fragment:
    """The article: *html* (with the footer unless the options left it out), and the
    footer's HTML alone ("" for none); its top-level blocks when the options asked."""

    html: str
    footer: str
    units: SplitHtml | None = None


PHONE_CLASS = "release-phone"


def phones_html(text: str, markup: Markup = PLAIN) -> str:
    """*text* escaped, each phone number in it in a span the style sheet keeps on one line
    (`white-space: nowrap`): a number is never broken at a line's end."""
    out: list[str] = []
    last = 0
    for start, end in phone_spans(text):
        out.append(_text(text[last:start]))
        out.append(f'{markup.open("span", (("class", PHONE_CLASS),))}{_text(text[start:end])}'
                   f'{markup.close("span")}')
        last = end
    out.append(_text(text[last:]))
    return "".join(out)


def render_fragment(layout: Layout, options: HtmlOptions | None = None) -> str:
    """The release as one <article> element: semantic, classed, no inline styles, no scripts."""
    return article(layout, options).html


def article(layout: Layout, options: HtmlOptions | None = None) -> Fragment:
    """The release's <article>, its sections (sections.py) in their order, and its footer."""
    writer = _HtmlWriter(layout, options or HtmlOptions())
    writer.renderers.each_then_drop(sections(layout))
    html = writer.finish()
    units = writer.units.split() if writer.units is not None else None
    return Fragment(html, "".join(writer.footer), units)


class _HtmlWriter:
    """Writes the release's sections as HTML: one method per kind of section."""

    def __init__(self, layout: Layout, options: HtmlOptions) -> None:
        self.layout = layout
        self.options = options
        self.markup = options.markup
        self.out: list[str] = []
        self.footer: list[str] = []
        self.justify = False  # while writing the body's and About's blocks, with options
        self.units = UnitRecorder() if options.units else None
        # The body's notes ("[1] …" paragraphs): their citations are raised and linked.
        self.notes = note_numbers(layout.body)
        self.noted: set[int] = set()  # the notes given their anchor (each id once)
        lang = html_lang(layout.language)
        # A portal's fragment is named by its title, in its language, wherever it is pasted.
        named: Attrs = (("aria-label", layout.title),) if layout.portal is not None else ()
        self._open("article", (("class", "press-release"), ("lang", lang), *named))
        self.renderers = Renderers("HTML", {
            s.Header: self.header, s.Status: self.status, s.KindName: self.kind_name,
            s.LeadIn: self.lead_in, s.Headline: self.headline,
            s.Subheadline: self.subheadline, s.Released: self.released,
            s.Summary: self.summary, s.KindBlock: self.kind_block, s.Body: self.body,
            s.Credits: self.credits, s.Contacts: self.contacts, s.About: self.about,
            s.EndMark: self.end_mark, s.Footer: self.footer_section,
        })

    def finish(self) -> str:
        self._close("article")
        return "".join(self.out)

    # The article's top level: wrappers on lines of their own around whole blocks, each
    # told to the unit recorder (when there is one) as it is written.

    def _open(self, tag: str, attrs: Attrs = ()) -> None:
        opening = self.markup.open(tag, attrs)
        self.out.append(opening + "\n")
        if self.units is not None:
            self.units.opened(opening, tag)

    def _close(self, tag: str) -> None:
        closing = self.markup.close(tag)
        self.out.append(closing + "\n")
        if self.units is not None:
            self.units.closed(closing, tag)

    def _block(self, html: str, single: bool = False) -> None:
        """A top-level block, ending in its newline; *single*: one paragraph or heading."""
        self.out.append(html)
        if self.units is not None:
            self.units.block(html, single)

    def _top_blocks(self, blocks: list[t.Block]) -> None:
        """The body's or About's blocks, each a top-level block of the article."""
        for block in blocks:
            written: list[str] = []
            _blocks([block], written, self)
            if written:
                self._block("".join(written), isinstance(block, (t.Paragraph, t.Heading)))

    def _p(self, cls: str, inner: str) -> None:
        self._block(f'{self.markup.open("p", (("class", cls),))}{inner}'
                    f'{self.markup.close("p")}\n', single=True)

    def _h2(self, text: str) -> None:
        self._block(f'{self.markup.open("h2")}{_text(text)}{self.markup.close("h2")}\n',
                    single=True)

    def header(self, section: s.Header) -> None:
        self._open("header", (("class", "release-header"),))
        self.renderers.each(section.parts)
        self._close("header")

    def status(self, section: s.Status) -> None:
        self._block(status_html(section.line, self.markup), single=True)

    def kind_name(self, section: s.KindName) -> None:
        self._p("release-kind", _text(section.text))

    def lead_in(self, section: s.LeadIn) -> None:
        self._p("release-lead-in", _text(section.text))

    def headline(self, section: s.Headline) -> None:
        self._block(f'{self.markup.open("h1", (("class", "release-headline"),))}'
                    f'{_text(section.text)}{self.markup.close("h1")}\n', single=True)

    def subheadline(self, section: s.Subheadline) -> None:
        self._p("release-subheadline", _text(section.text))

    def released(self, section: s.Released) -> None:
        line = section.line  # (its time of day with the release's zone: release_moment.py)
        when = line.iso_moment or line.iso_date
        moment = (f'{self.markup.open("time", (("datetime", when),))}'
                  f'{_text(line.date_text)}{self.markup.close("time")}')
        self._p("release-line", moment.join(_text(p) for p in line.pieces))

    def summary(self, section: s.Summary) -> None:
        self._p("release-summary", f'{self.markup.open("strong")}{_text(section.label)}'
                                   f'{self.markup.close("strong")}{_text(section.text)}')

    def kind_block(self, section: s.KindBlock) -> None:
        """A kind's block (event_block.py): a section with its heading, its labelled rows as
        a description list, a row without a label as a paragraph."""
        panel, markup = section.panel, self.markup
        self._open("section", (("class", f"release-panel release-{panel.kind}"),))
        if panel.heading:
            self._h2(panel.heading)
        labelled = [row for row in panel.rows if row.label]
        if labelled:
            self._block(markup.open("dl") + "\n" + "".join(
                f'{markup.open("dt")}{_text(row.label)}{markup.close("dt")}'
                f'{markup.open("dd")}{_row_text(row, markup)}{markup.close("dd")}\n'
                for row in labelled) + markup.close("dl") + "\n")
        for row in panel.rows:
            if not row.label:
                self._block(f'{markup.open("p")}{_row_text(row, markup)}{markup.close("p")}\n',
                            single=True)
        self._close("section")

    def body(self, section: s.Body) -> None:
        self._open("div", (("class", "release-body"),))
        self.justify = self.options.justify
        self._top_blocks(list(section.blocks))
        self.justify = False
        self._close("div")

    def credits(self, section: s.Credits) -> None:
        self._p("release-credits", _text(section.text))

    def contacts(self, section: s.Contacts) -> None:
        self._open("section", (("class", "release-contacts"),))
        self._h2(section.heading)
        for contact in section.contacts:
            self._block(_contact(contact, self.layout.words, self.markup))
        self._close("section")

    def about(self, section: s.About) -> None:
        self._open("section", (("class", "release-about"),))
        if section.heading:
            self._h2(section.heading)
        self.justify = self.options.justify
        self._top_blocks(list(section.blocks))
        self.justify = False
        self._close("section")

    def end_mark(self, section: s.EndMark) -> None:
        self._p("release-end-mark", _text(section.text))

    def footer_section(self, section: s.Footer) -> None:
        markup = self.markup
        lines = [f'{markup.open("p")}{footer_line_html(footer_line, markup)}'
                 f'{markup.close("p")}\n' for footer_line in section.lines]
        lines.extend(f'{markup.open("p", (("class", "release-portal-footer"),))}'
                     f'{portal_line_html(items, markup)}{markup.close("p")}\n'
                     for items in section.portal_lines)
        # A portal's page centres all of its footer (release-footer-portal), standard
        # lines and structured lines alike.
        attrs: Attrs = (("class", "release-footer release-footer-portal"
                         if self.layout.portal is not None else "release-footer"),)
        self.footer.extend((markup.open("footer", attrs) + "\n", *lines,
                            markup.close("footer") + "\n"))
        if self.options.footer:
            self._open("footer", attrs)
            for line in lines:
                self._block(line, single=True)
            self._close("footer")

    def figure(self, photo: LaidPhoto) -> str:
        if self.options.figure is not None:
            return self.options.figure(photo)
        return figure_html(photo, self.layout.media_folder_of(photo.largest[2]),
                           self.layout.words, self.markup)


def _row_text(row: PanelRow, markup: Markup) -> str:
    text = markup.open("br").join(_text(line) for line in row.text.split("\n"))
    if not row.href:
        return text
    return f'{markup.open("a", (("href", row.href),))}{text}{markup.close("a")}'


def write_html(layout: Layout, context: ExportContext) -> bytes:
    """The web page's bytes (UTF-8), styled by the context's style sheets."""
    return render_page(layout, context.stylesheets).encode("utf-8")


def write_fragment(layout: Layout, context: ExportContext) -> bytes:
    """The HTML fragment's bytes (UTF-8): the article alone, no style sheet."""
    return render_fragment(layout).encode("utf-8")


def page_css(layout: Layout, sheets: Stylesheets) -> str:
    """The page's own style sheet (its <style>'s text): the custom properties, the text of
    ReleaseDesk's sheets (*sheets*, from the export's context) that *layout* needs, and
    its setting's rules."""
    css = sheets.page
    if layout.photos:
        css = css.rstrip() + "\n" + sheets.photos
    if layout.kind.label:  # (only then: a news release's page is as before kinds)
        css = css.rstrip() + "\n" + sheets.kinds
    rules = css_rules(layout.type)
    return (f"\n{css_variables(layout.accent, layout.type)}\n{css.strip()}\n"
            f"{rules + chr(10) if rules else ''}")


def render_page(layout: Layout, sheets: Stylesheets, print_css: str = "",
                running_footer: bool = False, styled: bool = True) -> str:
    """A complete HTML5 page: the article, inlined print-friendly CSS (page_css), JSON-LD
    and Open Graph.

    For the PDF: *print_css* is a further style sheet, last in the head; *running_footer*
    puts the footer first in the body (a running element shows from the page where it
    stands onwards, so page 1 carries it too; it leaves the flow either way); without
    *styled*, the page has no <style> (the PDF writer hands its sheets to WeasyPrint
    parsed once: pdf_writer.write_pdf)."""
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{_attr(html_lang(layout.language))}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(layout.title)}</title>",
    ]
    summary = layout.summary()
    if summary:
        head.append(f'<meta name="description" content="{_attr(summary)}">')
    if layout.keywords:
        head.append(f'<meta name="keywords" content="{_attr(", ".join(layout.keywords))}">')
    if layout.organization:
        head.append(f'<meta name="author" content="{_attr(layout.organization)}">')
    if layout.portal is not None:
        head.extend(portal_meta_tags(layout, summary))
    notice = layout.embargo_notice
    if notice is not None:
        # Said to machines too: a CMS or crawler must not publish before the moment.
        head.append(f'<meta name="embargoed-until" content="{_attr(notice.moment_iso)}">'
                    if notice.moment_iso else
                    '<meta name="embargoed-until" content="further notice">')
    # Clearance, for machines: the workflow status and the content's fingerprint
    # (releasedesk verify reads the latter to tell which release a page comes from).
    head.append(f'<meta name="releasedesk-status" content="{_attr(layout.workflow_status)}">')
    if layout.fingerprint:
        head.append(f'<meta name="releasedesk-fingerprint" content="{layout.fingerprint}">')
    head.extend(_open_graph(layout, summary))
    if styled:
        head.append(f"<style>{page_css(layout, sheets)}</style>")
    head.append(f'<script type="application/ld+json">{_json_ld(layout, summary)}</script>')
    if print_css and styled:
        head.append(f"<style>{print_css}</style>")
    head.append("</head>")
    made = article(layout, HtmlOptions(footer=not running_footer))
    body = made.footer + made.html if running_footer else made.html
    return "\n".join(head) + "\n<body>\n" + body + "</body>\n</html>\n"


def status_html(line: StatusLine, markup: Markup = PLAIN) -> str:
    """The status paragraph; every occurrence of the embargo moment is a <time>."""
    classes = "release-status release-embargo" if line.embargo else "release-status"
    if line.moment_iso:
        moment = (f'{markup.open("time", (("datetime", line.moment_iso),))}'
                  f'{_text(line.moment_text)}{markup.close("time")}')
        inner = moment.join(_text(piece) for piece in line.pieces)
    else:
        inner = _text(line.text)
    return f'{markup.open("p", (("class", classes),))}{inner}{markup.close("p")}\n'


def _open_graph(layout: Layout, summary: str) -> list[str]:
    tags = [
        ("og:type", "article"),
        ("og:title", layout.title),
        ("og:locale", layout.language.replace("-", "_")),
    ]
    if summary:
        tags.append(("og:description", summary))
    if layout.organization:
        tags.append(("og:site_name", layout.organization))
    published = _published(layout)
    if published:
        tags.append(("article:published_time", published))
    tags.extend(("article:tag", keyword) for keyword in layout.keywords)
    lead = layout.lead_photo
    if lead is not None:
        # Absolute from the house's base address; else relative to the page (a CMS that
        # publishes the folder beside it resolves it).
        width, height, name = lead.largest
        tags.extend((("og:image", media_url(layout, name)),
                     ("og:image:width", str(width)), ("og:image:height", str(height))))
        if lead.alt:
            tags.append(("og:image:alt", lead.alt))
    return [f'<meta property="{p}" content="{_attr(v)}">' for p, v in tags]


# Between the items of a footer line ("Technical support: …  Network support: …"): two em
# spaces, which HTML does not collapse, so the gap survives a paste into any CMS unstyled.
FOOTER_GAP = "\u2003\u2003"


def footer_line_html(line: FooterLine, markup: Markup = PLAIN) -> str:
    """One line of the standard footer: its items in spans, visibly apart; a link if it is one."""
    items = footer_items(line.text)
    inner = FOOTER_GAP.join(_footer_item(joined_html(item, markup), markup)
                            if len(items) > 1 else joined_html(item, markup) for item in items)
    if line.url:
        return f'{markup.open("a", (("href", line.url),))}{inner}{markup.close("a")}'
    return inner


def _footer_item(inner: str, markup: Markup) -> str:
    return (f'{markup.open("span", (("class", "release-footer-item"),))}{inner}'
            f'{markup.close("span")}')


def portal_line_html(items: tuple[FooterLine, ...], markup: Markup = PLAIN) -> str:
    """One line of a portal's structured footer: its entries apart, each its own link."""
    return FOOTER_GAP.join(_footer_item(
        f'{markup.open("a", (("href", item.url),))}{joined_html(item.text, markup)}'
        f'{markup.close("a")}' if item.url else joined_html(item.text, markup), markup)
        for item in items)


# A footer item's label and the first word after it, in a span the style sheets keep on
# one line (`white-space: nowrap`): "Security Support:" never ends a line (layout.py).
NOWRAP_CLASS = "release-nowrap"


def joined_html(item: str, markup: Markup = PLAIN) -> str:
    """A footer *item* as phones_html writes it, each label with the first word after it
    (layout.footer_joins) in a span kept on one line."""
    out: list[str] = []
    last = 0
    for start, end in footer_joins(item):
        out.append(phones_html(item[last:start], markup))
        out.append(f'{markup.open("span", (("class", NOWRAP_CLASS),))}'
                   f'{phones_html(item[start:end], markup)}{markup.close("span")}')
        last = end
    out.append(phones_html(item[last:], markup))
    return "".join(out)


def page_footer_html(lines: list[FooterLine] | tuple[FooterLine, ...],
                     portal_lines: tuple[tuple[FooterLine, ...], ...] = ()) -> str:
    """The footer's lines, the standard ones then a portal's, apart by <br>: the page
    footer of the preview's Word page and of the printout (as Word's page footer)."""
    return "<br>".join([*(footer_line_html(line) for line in lines),
                        *(portal_line_html(items) for items in portal_lines)])


def _note_ref(number: int, markup: Markup) -> str:
    """A note's citation: "[1]" raised, linked to the note."""
    return (f'{markup.open("sup", (("class", "release-note-ref"),))}'
            f'{markup.open("a", (("href", f"#note-{number}"),))}[{number}]'
            f'{markup.close("a")}{markup.close("sup")}')


def page_footer_paragraph(lines: list[FooterLine] | tuple[FooterLine, ...],
                          portal_lines: tuple[tuple[FooterLine, ...], ...] = (),
                          centred: bool = False) -> str:
    """The page footer of the preview's Word page and of the printout: one paragraph,
    centred for a portal's release (*centred*), as its Word document's page footer is."""
    align = ' align="center"' if centred else ""
    return f'<p class="page-footer"{align}>{page_footer_html(lines, portal_lines)}</p>'


def html_lang(language: str) -> str:
    """The page's lang: a Chinese release without a region is the mainland's, "zh-CN" (as
    the sites it is published on say), "zh_CN" is written "zh-CN"; others as they are."""
    tag = language.replace("_", "-")
    if tag.lower() in ("zh", "zh-hans", "zh-cn", "zh-hans-cn"):
        return "zh-CN"
    return tag


def portal_meta_tags(layout: Layout, summary: str) -> list[str]:
    """The metadata Chinese government sites index a page by (the government-website
    guideline's set, GB/T 42147-2022): each filled from the release and the house style,
    left out when unknown."""
    portal = layout.portal
    assert portal is not None
    image = ""
    lead = layout.lead_photo
    if lead is not None:
        image = media_url(layout, lead.largest[2])
    tags = (
        ("SiteName", portal.site_name), ("SiteDomain", portal.site_domain),
        ("SiteIDCode", portal.site_code), ("ColumnName", portal.column),
        ("ColumnType", portal.column_type), ("ArticleTitle", layout.title),
        # (短标题: no tag of the guideline's set holds it; named as the CMSs that list it do)
        ("ShortTitle", portal.short_title),
        ("PubDate", portal.pub_date), ("ContentSource", portal.source),
        ("Keywords", ",".join(layout.keywords)), ("Author", portal.author),
        ("Description", summary), ("Image", image), ("Url", portal.url),
    )
    # (one line each: a line break inside an attribute is legal, but no indexer expects one)
    return [f'<meta name="{name}" content="{_attr(" ".join(value.split()))}">'
            for name, value in tags if value.strip()]


def _published(layout: Layout) -> str:
    """When the release may be read: the embargo moment if there is one, else its date (and
    time of day, with the release's zone: release_moment.py)."""
    if layout.embargo_iso:  # (also once the notice is lifted: embargo_lifted)
        return layout.embargo_iso
    line = layout.release_line
    return (line.iso_moment or line.iso_date) if line is not None else ""


def _json_ld(layout: Layout, summary: str) -> str:
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": layout.title,
        "inLanguage": layout.language,
    }
    if layout.subheadline:
        data["alternativeHeadline"] = layout.subheadline
    if summary:
        data["description"] = summary
    published = _published(layout)
    if published:
        data["datePublished"] = published
    if layout.embargo_notice is not None:
        data["creativeWorkStatus"] = "Embargoed"
    if layout.organization:
        organization = {"@type": "Organization", "name": layout.organization}
        data["author"] = organization
        data["publisher"] = organization
    if layout.keywords:
        data["keywords"] = ", ".join(layout.keywords)
    if layout.photos:
        # The lead photo first: search engines take the first image as the article's.
        ordered = sorted(layout.photos, key=lambda photo: not photo.lead)
        images = [_image_object(photo, layout) for photo in ordered]
        data["image"] = images[0] if len(images) == 1 else images
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # Inside <script>, "</" or "<!--" would end or confuse the element: escape every "<".
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def media_url(layout: Layout, name: str) -> str:
    """The address of the photo file *name* in the page's media folder: absolute under the
    house's base address when it has one (Open Graph and search engines want that), else
    relative to the page."""
    relative = f"{quote(layout.media_folder_of(name))}/{name}"
    if not layout.base_url:
        return relative
    return urljoin(layout.base_url.rstrip("/") + "/", relative)


def _image_object(photo: LaidPhoto, layout: Layout) -> dict[str, object]:
    width, height, name = photo.largest
    image: dict[str, object] = {"@type": "ImageObject", "contentUrl": media_url(layout, name),
                                "width": width, "height": height}
    if photo.caption:
        image["caption"] = photo.caption
    if photo.credit:
        image["creditText"] = photo.credit
    if photo.alt:
        image["description"] = photo.alt
    return image


def figure_html(photo: LaidPhoto, folder: str, words: OutputWords,
                markup: Markup = PLAIN) -> str:
    """A photo as a <figure>: the web copies in srcset, alt text, caption and credit.

    The lead photo loads at once; any other waits until it is scrolled near (it stands
    below the fold). width and height reserve the space before the image arrives.
    """
    width, height, name = photo.largest
    folder = quote(folder)  # a page named "Ferry news.html": "Ferry%20news_files"
    srcset = ", ".join(f"{folder}/{n} {w}w" for w, _, n in photo.files)
    loading = "eager" if photo.lead else "lazy"
    parts = [markup.open("figure", (("class", "release-photo"), ("id", f"photo-{photo.id}")))
             + "\n" + markup.open("img", (
                 ("src", f"{folder}/{name}"), ("srcset", srcset),
                 ("sizes", "(max-width: 46rem) 100vw, 40rem"), ("width", str(width)),
                 ("height", str(height)), ("alt", photo.alt), ("loading", loading),
                 ("decoding", "async"))) + "\n"]
    caption = figure_caption(photo, words, markup)
    if caption:
        parts.append(f'{markup.open("figcaption")}{caption}{markup.close("figcaption")}\n')
    parts.append(markup.close("figure") + "\n")
    return "".join(parts)


def figure_caption(photo: LaidPhoto, words: OutputWords, markup: Markup = PLAIN) -> str:
    """The caption's HTML: its text, then the credit in a span of its own."""
    pieces = []
    if photo.caption:
        pieces.append(f'{markup.open("span", (("class", "release-photo-caption"),))}'
                      f'{_text(photo.caption)}{markup.close("span")}')
    if photo.credit:
        credit = f"{words.credit}{words.label_sep}{photo.credit}"
        pieces.append(f'{markup.open("span", (("class", "release-photo-credit"),))}'
                      f'{_text(credit)}{markup.close("span")}')
    return " ".join(pieces)


def _contact(contact: Contact, words: OutputWords, markup: Markup) -> str:
    lines: list[str] = []
    if contact.name:
        lines.append(f'{markup.open("strong")}{_text(contact.name)}{markup.close("strong")}')
    detail = contact_detail(contact.role, contact.organization, words.detail_sep)
    if detail:
        lines.append(_text(detail))
    for label, value, href, phone in (
            (words.phone, contact.phone, phone_href(contact.phone), True),
            (words.email, contact.email, email_href(contact.email), False)):
        if value:
            shown = _text(value)
            if phone:  # the whole number on one line, however it is written
                shown = (f'{markup.open("span", (("class", PHONE_CLASS),))}{shown}'
                         f'{markup.close("span")}')
            linked = (f'{markup.open("a", (("href", href),))}{shown}{markup.close("a")}'
                      if href else shown)
            lines.append(f"{_text(label + words.label_sep)}{linked}")
    # The <p> inside keeps each contact a block of its own in every renderer (Qt's
    # rich text treats a bare <address> as inline).
    return (markup.open("address", (("class", "release-contact"),)) + markup.open("p")
            + (markup.open("br") + "\n").join(lines)
            + markup.close("p") + markup.close("address") + "\n")


_AUTO: Attrs = (("dir", "auto"),)
_RIGHT: Attrs = (("dir", "rtl"),)
_JUSTIFIED: Attrs = (("align", "justify"),)


def _dir(inner: str, inlines: list[t.Inline]) -> Attrs:
    """A block's direction: "rtl" when its words start right to left (said, not left to
    dir="auto": WeasyPrint and Qt's rich text do not read "auto"), "auto" for other words
    with right-to-left script in them, else none."""
    if RIGHT_TO_LEFT.search(inner) is None:
        return ()
    return _RIGHT if starts_right_to_left(plain_text(inlines)) else _AUTO


def blocks_html(blocks: list[t.Block]) -> str:
    """The HTML of parsed blocks, exactly as the page and the fragment write them."""
    out: list[str] = []
    _blocks(blocks, out, None)
    return "".join(out)


def _blocks(blocks: list[t.Block], out: list[str], writer: _HtmlWriter | None) -> None:
    markup = writer.markup if writer is not None else PLAIN
    notes = writer.notes if writer is not None else frozenset()
    for block in blocks:
        if isinstance(block, t.Paragraph):
            inner = _inlines(block.children, markup, notes)
            attrs = _dir(inner, block.children)
            if writer is not None and writer.justify:
                attrs = _JUSTIFIED + attrs
            number = note_number(block) if notes else None
            if writer is not None and number is not None and number not in writer.noted:
                writer.noted.add(number)  # (the note a citation links to)
                attrs = (("id", f"note-{number}"), *attrs)
            out.append(f'{markup.open("p", attrs)}{inner}{markup.close("p")}\n')
        elif isinstance(block, t.Heading):
            inner = _inlines(block.children, markup, notes)
            tag = f"h{block.level}"
            attrs = _dir(inner, block.children)
            out.append(f"{markup.open(tag, attrs)}{inner}{markup.close(tag)}\n")
        elif isinstance(block, t.BulletList):
            out.append(markup.open("ul") + "\n")
            _items(block.items, block.tight, out, writer)
            out.append(markup.close("ul") + "\n")
        elif isinstance(block, t.OrderedList):
            start: Attrs = (("start", str(block.start)),) if block.start != 1 else ()
            out.append(markup.open("ol", start) + "\n")
            _items(block.items, block.tight, out, writer)
            out.append(markup.close("ol") + "\n")
        elif isinstance(block, t.Quote):
            out.append(markup.open("blockquote") + "\n")
            _blocks(block.blocks, out, writer)
            out.append(markup.close("blockquote") + "\n")
        elif isinstance(block, t.CodeBlock):
            out.append(f'{markup.open("pre")}{markup.open("code")}{_text(block.text)}'
                       f'{markup.close("code")}{markup.close("pre")}\n')
        elif isinstance(block, t.Rule):
            out.append(markup.open("hr") + "\n")
        elif isinstance(block, t.Figure) and writer is not None:
            out.append(writer.figure(block.photo))


def _items(items: list[t.ListItem], tight: bool, out: list[str],
           writer: _HtmlWriter | None) -> None:
    markup = writer.markup if writer is not None else PLAIN
    notes = writer.notes if writer is not None else frozenset()
    for item in items:
        # A tight list's paragraphs are written without <p>, as CommonMark does.
        if tight and len(item.blocks) == 1 and isinstance(item.blocks[0], t.Paragraph):
            inner = _inlines(item.blocks[0].children, markup, notes)
            attrs = _dir(inner, item.blocks[0].children)
            out.append(f'{markup.open("li", attrs)}{inner}{markup.close("li")}\n')
            continue
        out.append(markup.open("li"))
        for number, block in enumerate(item.blocks):
            if tight and isinstance(block, t.Paragraph):
                out.append(_inlines(block.children, markup, notes) + "\n")
            else:
                if number == 0:
                    out.append("\n")
                _blocks([block], out, writer)
        out.append(markup.close("li") + "\n")


def _inlines(nodes: list[t.Inline], markup: Markup = PLAIN,
             notes: frozenset[int] = frozenset()) -> str:
    """The HTML of *nodes*; a citation of one of *notes* ("[1]", note_marks.py) raised
    as a note reference linked to its note."""
    parts: list[str] = []
    for node in nodes:
        if isinstance(node, t.Text):
            for piece in cited(node.text, notes):
                parts.append(_text(piece) if isinstance(piece, str) else _note_ref(piece, markup))
        elif isinstance(node, t.Strong):
            parts.append(f'{markup.open("strong")}{_inlines(node.children, markup, notes)}'
                         f'{markup.close("strong")}')
        elif isinstance(node, t.Emphasis):
            parts.append(f'{markup.open("em")}{_inlines(node.children, markup, notes)}'
                         f'{markup.close("em")}')
        elif isinstance(node, t.Code):
            parts.append(f'{markup.open("code")}{_text(node.text)}{markup.close("code")}')
        elif isinstance(node, t.Link):
            inner = _inlines(node.children, markup)
            if node.href is None:
                parts.append(inner)
            elif t.says_target(t.plain_text(node.children), node.href):
                # Print shows a link's address after it, but not after the address itself.
                attrs = (("class", "release-link-address"), ("href", node.href))
                parts.append(f'{markup.open("a", attrs)}{inner}{markup.close("a")}')
            else:
                parts.append(f'{markup.open("a", (("href", node.href),))}{inner}'
                             f'{markup.close("a")}')
        elif isinstance(node, t.LineBreak):
            parts.append(markup.open("br") + "\n")
        elif isinstance(node, t.Dateline):
            parts.append(f'{markup.open("span", (("class", "release-dateline"),))}'
                         f'{_text(node.text)}{markup.close("span")}')
        elif isinstance(node, t.Image):  # a photo reference that places nothing: its words
            parts.append(_inlines(node.children, markup))
    return "".join(parts)

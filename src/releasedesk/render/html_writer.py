"""HTML writer: a self-contained page, or the bare <article> a web team pastes into a CMS."""

from __future__ import annotations

import json
import re
from html import escape
from urllib.parse import quote, urljoin

from ..body import tree as t
from ..body.tree import LaidPhoto
from ..field_rules import phone_spans
from ..model import Contact, FooterLine
from ..resources import resource_text
from .contacts import contact_detail, email_href, phone_href
from .event_block import Panel, PanelRow
from .layout import Layout, StatusLine, footer_items
from .typesetting import css_rules, css_variables
from .words import OutputWords

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def _text(value: str) -> str:
    return escape(value, quote=False)


def _attr(value: str) -> str:
    return escape(value, quote=True)


PHONE_CLASS = "release-phone"


def phones_html(text: str) -> str:
    """*text* escaped, each phone number in it in a span the style sheet keeps on one line
    (`white-space: nowrap`): a number is never broken at a line's end."""
    out: list[str] = []
    last = 0
    for start, end in phone_spans(text):
        out.append(_text(text[last:start]))
        out.append(f'<span class="{PHONE_CLASS}">{_text(text[start:end])}</span>')
        last = end
    out.append(_text(text[last:]))
    return "".join(out)


def render_fragment(layout: Layout) -> str:
    """The release as one <article> element: semantic, classed, no inline styles, no scripts."""
    out: list[str] = []
    lang = _attr(html_lang(layout.language))
    # A portal's fragment is named by its title, in its language, wherever it is pasted.
    named = f' aria-label="{_attr(layout.title)}"' if layout.portal is not None else ""
    out.append(f'<article class="press-release" lang="{lang}"{named}>\n'
               '<header class="release-header">\n')
    if layout.status is not None:
        out.append(_status(layout.status))
    if layout.kind.label:
        out.append(f'<p class="release-kind">{_text(layout.kind.label)}</p>\n')
    if layout.lead_in:
        out.append(f'<p class="release-lead-in">{_text(layout.lead_in)}</p>\n')
    out.append(f'<h1 class="release-headline">{_text(layout.headline)}</h1>\n')
    if layout.subheadline:
        out.append(f'<p class="release-subheadline">{_text(layout.subheadline)}</p>\n')
    line = layout.release_line
    if line is not None:
        moment = f'<time datetime="{line.iso_date}">{_text(line.date_text)}</time>'
        out.append(f'<p class="release-line">{moment.join(_text(p) for p in line.pieces)}</p>\n')
    if layout.late_status is not None:
        out.append(_status(layout.late_status))
    if layout.printed_summary:
        label = _text(layout.words.summary + layout.words.label_sep)
        out.append(f'<p class="release-summary"><strong>{label}</strong>'
                   f"{_text(layout.printed_summary)}</p>\n")
    out.append("</header>\n")
    out.extend(panel_html(panel) for panel in layout.kind.panels)
    out.append('<div class="release-body">\n')
    _blocks(layout.body, out, layout)
    out.append("</div>\n")
    if layout.credits:
        out.append(f'<p class="release-credits">{_text(layout.credits)}</p>\n')
    if layout.contacts:
        out.append('<section class="release-contacts">\n')
        out.append(f"<h2>{_text(layout.contacts_heading)}</h2>\n")
        for contact in layout.contacts:
            out.append(_contact(contact, layout))
        out.append("</section>\n")
    if layout.boilerplate:
        out.append('<section class="release-about">\n')
        if layout.about_heading:
            out.append(f"<h2>{_text(layout.about_heading)}</h2>\n")
        _blocks(layout.boilerplate, out, layout)
        out.append("</section>\n")
    if layout.end_mark:
        out.append(f'<p class="release-end-mark">{_text(layout.end_mark)}</p>\n')
    if layout.footer or layout.portal_footer:
        out.append('<footer class="release-footer">\n')
        for footer_line in layout.footer:
            out.append(f"<p>{footer_line_html(footer_line)}</p>\n")
        for items in layout.portal_footer:
            out.append(f'<p class="release-portal-footer">{portal_line_html(items)}</p>\n')
        out.append("</footer>\n")
    out.append("</article>\n")
    return "".join(out)


def panel_html(panel: Panel) -> str:
    """A kind's block (event_block.py): a section with its heading, its labelled rows as a
    description list, a row without a label as a paragraph."""
    out = [f'<section class="release-panel release-{_attr(panel.kind)}">\n']
    if panel.heading:
        out.append(f"<h2>{_text(panel.heading)}</h2>\n")
    labelled = [row for row in panel.rows if row.label]
    if labelled:
        out.append("<dl>\n")
        for row in labelled:
            out.append(f"<dt>{_text(row.label)}</dt><dd>{_row_text(row)}</dd>\n")
        out.append("</dl>\n")
    for row in panel.rows:
        if not row.label:
            out.append(f"<p>{_row_text(row)}</p>\n")
    out.append("</section>\n")
    return "".join(out)


def _row_text(row: PanelRow) -> str:
    text = "<br>".join(_text(line) for line in row.text.split("\n"))
    return f'<a href="{_attr(row.href)}">{text}</a>' if row.href else text


def strip_footer(fragment: str) -> str:
    """The fragment without its standard footer (a page shows that in its page footer)."""
    start = fragment.rfind('<footer class="release-footer">')
    if start < 0:
        return fragment
    end = fragment.index("</footer>\n", start) + len("</footer>\n")
    return fragment[:start] + fragment[end:]


def render_page(layout: Layout) -> str:
    """A complete HTML5 page: the article, inlined print-friendly CSS, JSON-LD and Open Graph."""
    css = resource_text("css", "release.css")
    if layout.photos:
        css = css.rstrip() + "\n" + resource_text("css", "release-photos.css")
    if layout.kind.label:  # (only then: a news release's page is as before kinds)
        css = css.rstrip() + "\n" + resource_text("css", "release-kinds.css")
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
    rules = css_rules(layout.type)
    head.append(f"<style>\n{css_variables(layout.accent, layout.type)}\n{css.strip()}\n"
                f"{rules + chr(10) if rules else ''}</style>")
    head.append(f'<script type="application/ld+json">{_json_ld(layout, summary)}</script>')
    head.append("</head>")
    return "\n".join(head) + "\n<body>\n" + render_fragment(layout) + "</body>\n</html>\n"


def _status(line: StatusLine) -> str:
    """The status paragraph; every occurrence of the embargo moment is a <time>."""
    classes = "release-status release-embargo" if line.embargo else "release-status"
    if line.moment_iso:
        moment = f'<time datetime="{_attr(line.moment_iso)}">{_text(line.moment_text)}</time>'
        inner = moment.join(_text(piece) for piece in line.pieces)
    else:
        inner = _text(line.text)
    return f'<p class="{classes}">{inner}</p>\n'


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


def footer_line_html(line: FooterLine) -> str:
    """One line of the standard footer: its items in spans, visibly apart; a link if it is one."""
    items = footer_items(line.text)
    inner = FOOTER_GAP.join(f'<span class="release-footer-item">{phones_html(item)}</span>'
                            if len(items) > 1 else phones_html(item) for item in items)
    if line.url:
        return f'<a href="{_attr(line.url)}">{inner}</a>'
    return inner


def portal_line_html(items: tuple[FooterLine, ...]) -> str:
    """One line of a portal's structured footer: its entries apart, each its own link."""
    return FOOTER_GAP.join(
        '<span class="release-footer-item">'
        + (f'<a href="{_attr(item.url)}">{phones_html(item.text)}</a>' if item.url
           else phones_html(item.text))
        + "</span>" for item in items)


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
    """When the release may be read: the embargo moment if there is one, else its date."""
    notice = layout.embargo_notice
    if notice is not None and notice.moment_iso:
        return notice.moment_iso
    return layout.release_line.iso_date if layout.release_line is not None else ""


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


def figure_html(photo: LaidPhoto, folder: str, words: OutputWords) -> str:
    """A photo as a <figure>: the web copies in srcset, alt text, caption and credit.

    The lead photo loads at once; any other waits until it is scrolled near (it stands
    below the fold). width and height reserve the space before the image arrives.
    """
    width, height, name = photo.largest
    folder = _attr(quote(folder))  # a page named "Ferry news.html": "Ferry%20news_files"
    srcset = ", ".join(f"{folder}/{_attr(n)} {w}w" for w, _, n in photo.files)
    loading = "eager" if photo.lead else "lazy"
    parts = [f'<figure class="release-photo" id="photo-{photo.id}">\n'
             f'<img src="{folder}/{_attr(name)}" srcset="{srcset}" '
             f'sizes="(max-width: 46rem) 100vw, 40rem" width="{width}" height="{height}" '
             f'alt="{_attr(photo.alt)}" loading="{loading}" decoding="async">\n']
    caption = figure_caption(photo, words)
    if caption:
        parts.append(f"<figcaption>{caption}</figcaption>\n")
    parts.append("</figure>\n")
    return "".join(parts)


def figure_caption(photo: LaidPhoto, words: OutputWords) -> str:
    """The caption's HTML: its text, then the credit in a span of its own."""
    pieces = []
    if photo.caption:
        pieces.append(f'<span class="release-photo-caption">{_text(photo.caption)}</span>')
    if photo.credit:
        credit = f"{words.credit}{words.label_sep}{photo.credit}"
        pieces.append(f'<span class="release-photo-credit">{_text(credit)}</span>')
    return " ".join(pieces)


def _contact(contact: Contact, layout: Layout) -> str:
    lines: list[str] = []
    if contact.name:
        lines.append(f"<strong>{_text(contact.name)}</strong>")
    detail = contact_detail(contact.role, contact.organization, layout.words.detail_sep)
    if detail:
        lines.append(_text(detail))
    words = layout.words
    for label, value, href, phone in (
            (words.phone, contact.phone, phone_href(contact.phone), True),
            (words.email, contact.email, email_href(contact.email), False)):
        if value:
            shown = _text(value)
            if phone:  # the whole number on one line, however it is written
                shown = f'<span class="{PHONE_CLASS}">{shown}</span>'
            linked = f'<a href="{_attr(href)}">{shown}</a>' if href else shown
            lines.append(f"{_text(label + words.label_sep)}{linked}")
    # The <p> inside keeps each contact a block of its own in every renderer (Qt's
    # rich text treats a bare <address> as inline).
    return ('<address class="release-contact"><p>' + "<br>\n".join(lines)
            + "</p></address>\n")


def _dir(text: str) -> str:
    return ' dir="auto"' if _RTL.search(text) else ""


def blocks_html(blocks: list[t.Block]) -> str:
    """The HTML of parsed blocks, exactly as the page and the fragment write them."""
    out: list[str] = []
    _blocks(blocks, out, None)
    return "".join(out)


def _blocks(blocks: list[t.Block], out: list[str], layout: Layout | None) -> None:
    for block in blocks:
        if isinstance(block, t.Paragraph):
            inner = _inlines(block.children)
            out.append(f"<p{_dir(inner)}>{inner}</p>\n")
        elif isinstance(block, t.Heading):
            inner = _inlines(block.children)
            out.append(f"<h{block.level}{_dir(inner)}>{inner}</h{block.level}>\n")
        elif isinstance(block, t.BulletList):
            out.append("<ul>\n")
            _items(block.items, block.tight, out, layout)
            out.append("</ul>\n")
        elif isinstance(block, t.OrderedList):
            start = f' start="{block.start}"' if block.start != 1 else ""
            out.append(f"<ol{start}>\n")
            _items(block.items, block.tight, out, layout)
            out.append("</ol>\n")
        elif isinstance(block, t.Quote):
            out.append("<blockquote>\n")
            _blocks(block.blocks, out, layout)
            out.append("</blockquote>\n")
        elif isinstance(block, t.CodeBlock):
            out.append(f"<pre><code>{_text(block.text)}</code></pre>\n")
        elif isinstance(block, t.Rule):
            out.append("<hr>\n")
        elif isinstance(block, t.Figure) and layout is not None:
            out.append(figure_html(block.photo, layout.media_folder_of(block.photo.largest[2]),
                                   layout.words))


def _items(items: list[t.ListItem], tight: bool, out: list[str],
           layout: Layout | None) -> None:
    for item in items:
        # A tight list's paragraphs are written without <p>, as CommonMark does.
        if tight and len(item.blocks) == 1 and isinstance(item.blocks[0], t.Paragraph):
            inner = _inlines(item.blocks[0].children)
            out.append(f"<li{_dir(inner)}>{inner}</li>\n")
            continue
        out.append("<li>")
        for number, block in enumerate(item.blocks):
            if tight and isinstance(block, t.Paragraph):
                out.append(_inlines(block.children) + "\n")
            else:
                if number == 0:
                    out.append("\n")
                _blocks([block], out, layout)
        out.append("</li>\n")


def _inlines(nodes: list[t.Inline]) -> str:
    parts: list[str] = []
    for node in nodes:
        if isinstance(node, t.Text):
            parts.append(_text(node.text))
        elif isinstance(node, t.Strong):
            parts.append(f"<strong>{_inlines(node.children)}</strong>")
        elif isinstance(node, t.Emphasis):
            parts.append(f"<em>{_inlines(node.children)}</em>")
        elif isinstance(node, t.Code):
            parts.append(f"<code>{_text(node.text)}</code>")
        elif isinstance(node, t.Link):
            inner = _inlines(node.children)
            if node.href is None:
                parts.append(inner)
            elif t.says_target(t.plain_text(node.children), node.href):
                # Print shows a link's address after it, but not after the address itself.
                parts.append(f'<a class="release-link-address" href="{_attr(node.href)}">'
                             f"{inner}</a>")
            else:
                parts.append(f'<a href="{_attr(node.href)}">{inner}</a>')
        elif isinstance(node, t.LineBreak):
            parts.append("<br>\n")
        elif isinstance(node, t.Dateline):
            parts.append(f'<span class="release-dateline">{_text(node.text)}</span>')
        elif isinstance(node, t.Image):  # a photo reference that places nothing: its words
            parts.append(_inlines(node.children))
    return "".join(parts)

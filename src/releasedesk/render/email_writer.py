"""E-mail writer: an unsent message (.eml) with the text export first and inline-styled HTML.

Journalists want the release in the body of a mail, never as an attachment. Mail clients
strip <style> elements and block remote resources, so the HTML part is the fragment written
with every style in the element it applies to (MailMarkup: the HTML writer's sections with
styled tags, nothing parsed again); the plain-text part is the text export,
first, so a client that shows text shows exactly that. Built with the standard library's
email package; ``X-Unsent: 1`` makes Outlook open the file as a draft to send. Photos
travel inside the message (the 800-pixel copies, as related parts the HTML names by
``cid:``), since a mail client loads nothing from a folder beside the page.
"""

from __future__ import annotations

import functools
from email.message import EmailMessage
from html import escape
from typing import TYPE_CHECKING
from urllib.parse import quote

from .context import ExportContext
from .html_writer import Attrs, HtmlOptions, Markup, html_lang, render_fragment
from .layout import Layout
from .mail_headers import header_text, mail_address, mail_policy

if TYPE_CHECKING:
    from .mail_headers import Mail
from .text_writer import render_text
from .typesetting import TypeSet
from .typography import LINK, MUTED, SOFT, SUBTLE, TEXT

Styles = tuple[dict[str, str], dict[str, str], str]


@functools.cache
def _styles(setting: TypeSet) -> Styles:
    """(styles by class, styles by tag, the section headings' style) for *setting*: its
    faces in its order (Latin first for English, so a machine without Georgia sets English
    in another Latin face, not a Chinese one with full-width quotes; Chinese first for
    Chinese), its alignment, and its emphasis (dots and bold for Chinese: many mail
    programs know no emphasis dots)."""
    serif = setting.css_fonts(setting.body_fonts, "serif", quote="'")
    sans = setting.css_fonts(setting.sans_fonts, "sans-serif", quote="'")
    label = f"font-family:{sans};text-transform:uppercase;letter-spacing:0.06em;font-weight:bold"
    upright = "font-style:italic" if setting.italic else "font-style:normal"
    centred = ";text-align:center" if setting.title_centered else ""
    title = (f";font-family:{setting.css_fonts(setting.title_fonts, 'sans-serif', quote=chr(39))}"
             if setting.title_fonts != setting.body_fonts else "")
    body = ";".join(part for part in (
        f"text-indent:{setting.indent_chars}em" if setting.indent_chars else "",
        "text-align:justify" if setting.justify else "") if part)
    by_class = {
        "press-release": f"max-width:640px;margin:0 auto;font-family:{serif};font-size:16px;"
                         f"line-height:1.55;color:{TEXT}",
        "release-status": f"{label};font-size:12px;color:{{accent}};margin:0 0 12px{centred}",
        "release-headline": f"font-size:26px;line-height:1.25;margin:0 0 8px{centred}{title}",
        "release-subheadline": f"font-size:18px;{upright};color:{SUBTLE};margin:0 0 8px"
                               f"{centred}",
        "release-line": f"font-size:13px;color:{MUTED};margin:0 0 16px{centred}",
        "release-dateline": "font-weight:bold",
        "release-contacts": "margin-top:24px",
        "release-about": f"margin-top:24px;font-size:15px;color:{SOFT}",
        "release-contact": "font-style:normal;margin:0 0 12px",
        "release-end-mark": "text-align:center;letter-spacing:0.2em;margin:24px 0",
        "release-footer": f"margin-top:24px;padding-top:12px;border-top:1px solid #deded8;"
                          f"font-family:{sans};font-size:12px;color:{MUTED}",
        "release-lead-in": f"font-size:15px;color:{SUBTLE};margin:0 0 4px{centred}",
        "release-summary": f"font-size:14px;color:{SOFT};margin:12px 0 0",
        "release-credits": f"font-size:13px;color:{MUTED};text-align:right;margin:16px 0 0",
        "release-footer-portal": "text-align:center",  # (a portal centres all its footer)
        # (a footer's label with the first word after it: html_writer.NOWRAP_CLASS)
        "release-nowrap": "white-space:nowrap",
    }
    by_tag = {
        "h2": "font-size:20px;line-height:1.3;margin:24px 0 8px",
        "h3": "font-size:17px;line-height:1.3;margin:20px 0 6px",
        "h4": "font-size:16px;margin:16px 0 6px",
        "p": "margin:0 0 12px",
        "blockquote": f"margin:12px 0;padding:0 0 0 12px;border-left:3px solid #c9c9c1;"
                      f"color:{SOFT}",
        "a": f"color:{LINK}",
        "ul": "margin:0 0 12px;padding-left:24px",
        "ol": "margin:0 0 12px;padding-left:24px",
        "pre": "white-space:pre-wrap;font-size:14px",
        "figure": "margin:16px 0",
        "img": "display:block;max-width:100%;height:auto;border:0",
        "figcaption": f"margin:6px 0 0;font-family:{sans};font-size:13px;color:{MUTED}",
    }
    if body:
        by_tag["body-p"] = f"margin:0 0 12px;{body}"
    if not setting.italic:
        by_tag["em"] = ("font-style:normal;font-weight:bold;text-emphasis:filled dot;"
                        "-webkit-text-emphasis:filled dot;text-emphasis-position:under right;"
                        "-webkit-text-emphasis-position:under right")
    return by_class, by_tag, f"{label};font-size:13px;color:{{accent}};margin:0 0 8px"


class MailMarkup(Markup):
    """The HTML writer's tags with a style attribute on every element our CSS would style
    (mail clients strip <style>), and each photo named by its part of the message (cid:):
    the article is written so, not parsed again."""

    def __init__(self, accent: str, images: dict[str, tuple[str, int, int]] | None = None,
                 setting: TypeSet | None = None) -> None:
        from .typesetting import LATIN

        self.accent = accent
        self.by_class, self.by_tag, self.section_heading = _styles(setting or LATIN)
        self.images = images or {}  # page address → (cid, width, height)
        self.sections: list[str] = []  # the classes of the sections, footer, div open

    def open(self, tag: str, attrs: Attrs = ()) -> str:
        values = dict(attrs)
        classes = values.get("class", "").split()
        inside = self.sections[-1] if self.sections else ""
        if tag == "p" and inside in ("release-body", "release-about") \
                and "body-p" in self.by_tag and not classes:
            tag_style = self.by_tag["body-p"]  # a body paragraph: indented, justified
        else:
            tag_style = self.by_tag.get(tag, "")
        styles = [tag_style] if tag_style else []
        styles += [self.by_class[name] for name in classes if name in self.by_class]
        if tag == "h2" and inside in ("release-contacts", "release-about"):
            styles = [self.section_heading]
        if tag == "p" and inside == "release-footer":
            styles = ["margin:0 0 4px"]
        if tag in ("section", "footer", "div"):
            self.sections.append(classes[0] if classes else "")
        if tag == "img":
            found = self.images.get(values.get("src", ""))
            if found is not None:
                cid, width, height = found
                values = {"src": f"cid:{cid}", "width": str(width), "height": str(height),
                          "alt": values.get("alt", "")}
        if styles:
            values["style"] = ";".join(styles).format(accent=self.accent)
        return super().open(tag, tuple(values.items()))

    def close(self, tag: str) -> str:
        if tag in ("section", "footer", "div") and self.sections:
            self.sections.pop()
        return super().close(tag)


def _mail_images(layout: Layout) -> dict[str, tuple[str, int, int]]:
    """The smallest web copy of each photo: {page address: (cid, width, height)}."""
    folder = quote(layout.media_folder)
    found: dict[str, tuple[str, int, int]] = {}
    for photo in layout.photos:
        width, height, name = photo.files[0]
        found[f"{folder}/{photo.largest[2]}"] = (f"{name}@releasedesk", width, height)
    return found


def inline_styled_html(layout: Layout) -> str:
    """A complete HTML document of the release with inline styles only (for mail bodies)."""
    markup = MailMarkup(layout.accent, _mail_images(layout), layout.type)
    styled = render_fragment(layout, HtmlOptions(markup=markup))
    return (f'<!DOCTYPE html>\n<html lang="{escape(html_lang(layout.language), quote=True)}">\n'
            f'<head>\n'
            f'<meta charset="utf-8">\n<title>{escape(layout.title, quote=False)}</title>\n'
            f'</head>\n<body style="margin:0;padding:16px;background:#ffffff">\n'
            f'{styled}</body>\n</html>\n')


def subject(layout: Layout) -> str:
    """The headline; for an embargoed release the notice comes first."""
    notice = layout.embargo_notice
    if notice is None:
        return layout.title
    return f"{notice.text} — {layout.title}"


def write_eml(layout: Layout, context: ExportContext) -> bytes:
    """The release as an unsent e-mail message from and to the house's addresses."""
    return render_eml(layout, layout.mail_from, layout.mail_to)


def render_eml(layout: Layout, sender: str = "", recipients: tuple[str, ...] = ()) -> bytes:
    """The release as an unsent e-mail message (RFC 5322, CRLF line ends).

    Its headers are exactly Subject, From and To (when the house names them), X-Unsent
    and the MIME headers: no text of the release can add another (mail_headers.py).
    """
    message: Mail = EmailMessage(policy=mail_policy())
    message["Subject"] = header_text(subject(layout))
    if sender:
        message["From"] = mail_address(sender)
    if recipients:
        message["To"] = [mail_address(address) for address in recipients]
    message["X-Unsent"] = "1"
    message.set_content(render_text(layout), subtype="plain", charset="utf-8")
    message.add_alternative(inline_styled_html(layout), subtype="html", charset="utf-8")
    html_part = message.get_body(("html",)) if layout.photos else None
    if html_part is not None:
        for photo in layout.photos:
            width, _, name = photo.files[0]
            data = layout.photo_copies().copy(photo.photo, width)
            subtype = "png" if name.endswith(".png") else "jpeg"
            html_part.add_related(data, maintype="image", subtype=subtype,
                                  cid=f"<{name}@releasedesk>", filename=name,
                                  disposition="inline")
    _fixed_boundaries(message)
    return message.as_bytes()


def _fixed_boundaries(message: Mail) -> None:
    """Boundaries made from the message's own text, not at random: the same release gives
    the same bytes. ("=_" cannot occur in quoted-printable or base64 parts, and the digest
    of a text cannot occur in it.)"""
    from ..digest import sha256_hex

    leaves = b"".join(p.as_bytes() for p in message.walk() if not p.is_multipart())
    digest = sha256_hex(str(message["Subject"]).encode("utf-8", "replace") + leaves)[:24]
    for number, part in enumerate(p for p in message.walk() if p.is_multipart()):
        part.set_boundary(f"=_releasedesk_{number}_{digest}")

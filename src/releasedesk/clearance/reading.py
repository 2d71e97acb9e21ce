"""A change as the text reads (issue 27, point 9): for the editor's redline.

wordiff compares the stored text: a body paragraph's Markdown source, a house-style
setting's JSON. A person reading a redline wants neither. Here a changed Markdown paragraph
is laid out as it prints (bold, italic, links, list bullets and numbers; no ``**``, ``- ``
or ``[…](…)``) and compared again word by word with each word's formatting, so a word made
bold shows as changed; a setting is named in words and its value written as words.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Iterator

from .. import fields
from ..body import tree as t
from ..body.parse import parse_markdown
from ..errors import N_
from ..json_values import Json
from ..records import record
from .wordiff import ADDED, REMOVED, SAME, FieldChange, tokens, word_pieces

# Styles a run of text can have (several at once).
STRONG, EMPHASIS, CODE, LINK, PHOTO, QUOTE = "strong", "em", "code", "link", "photo", "quote"


@record(frozen=True)
class ReadPiece:
    """A run of words as it reads: SAME, ADDED or REMOVED, in *styles*; *href* for a link."""

    kind: str
    text: str
    styles: frozenset[str] = frozenset()
    href: str = ""


# The house-style settings (model.Conventions) in words, for "House style: {setting}".
SETTING_NAMES: dict[str, str] = {
    "status_line": N_("status line"), "release_line": N_("release line"),
    "date_format": N_("date format"), "embargo_position": N_("embargo notice position"),
    "accent": N_("accent colour"), "zone": N_("time zone"),
    "zone_style": N_("embargo time zone shown"), "paper": N_("paper"),
    "mail_from": N_("e-mail from"), "mail_to": N_("e-mail to"), "words": N_("output words"),
    "typesetting": N_("page and type"), "portal_fields": N_("portal fields"),
    "print_summary": N_("summary under the title"), "site_name": N_("site name"),
    "site_url": N_("site address"), "column_type": N_("column type"),
    "sponsor": N_("sponsor"), "sponsor_url": N_("sponsor's link"),
    "organizer": N_("organiser"), "organizer_url": N_("organiser's link"),
    "site_code": N_("site code"), "site_code_url": N_("site code's link"),
    "icp": N_("ICP registration"), "icp_url": N_("ICP registration's link"),
    "police_record": N_("public security record"),
    "police_record_url": N_("public security record's link"),
    "contact_us": N_("contact us"), "contact_us_url": N_("contact us link"),
    "accessibility": N_("accessibility notice"),
    "accessibility_url": N_("accessibility notice's link"),
    "base_url": N_("site address for images"),
}
WORD_NAMES: dict[str, str] = {
    "immediate": N_("FOR IMMEDIATE RELEASE"), "embargoed": N_("EMBARGOED"),
    "contact": N_("media contact"), "contacts": N_("media contacts"), "about": N_("About"),
    "phone": N_("phone"), "email": N_("e-mail"),
}
# The settings that hold a code, their codes in words.
CHOICE_WORDS: dict[str, dict[str, str]] = {
    "date_format": {"ap": N_("Nov. 25, 2026 (AP)"), "iso": "2026-11-25",
                    "long": N_("November 25, 2026"), "zh": "2026年11月25日",
                    "dmy": N_("25 November 2026")},
    "embargo_position": {"top": N_("above the headline"),
                         "after_release_line": N_("under the release line")},
    "zone_style": {"offset": N_("as an offset: UTC+01:00"),
                   "abbreviation": N_("as letters where the zone has them: EST")},
    "paper": {"": N_("by the release's language"), "a4": "A4", "letter": N_("US Letter")},
}
WORD_SETTING = N_("output word “{word}”")
YES, NO, NONE = N_("yes"), N_("no"), N_("(none)")


def setting_name(setting: str, translate: Callable[[str], str] = lambda s: s) -> str:
    """A house-style setting's (or another key's) name in words: "date_format" → "date
    format", "words.about" → "output word “About”"."""
    if setting.startswith("words."):
        word = setting.removeprefix("words.")
        return translate(WORD_SETTING).format(word=translate(WORD_NAMES.get(word, word)))
    if setting in SETTING_NAMES:
        return translate(SETTING_NAMES[setting])
    return setting.replace("_", " ").replace(".", " ").strip()


def label(change: FieldChange, translate: Callable[[str], str] = lambda s: s) -> str:
    """The change's heading: the field's label, a setting named in words."""
    spec = fields.field(change.key)
    template = spec.change_label if spec is not None else fields.OTHER_LABEL
    return translate(template).format(number=change.number,
                                      setting=setting_name(change.setting, translate))


def value_words(text: str, translate: Callable[[str], str] = lambda s: s) -> str:
    """A stored value (fields.plain: text, or compact JSON) as words: true → yes, a list
    as its items, an object as "name: value" pairs; text as it is."""
    stripped = text.strip()
    if not stripped or stripped[0] not in "[{tfn0123456789-":
        return text
    try:
        value = json.loads(stripped)
    except ValueError:
        return text
    return _words(value, translate)


def _words(value: Json, translate: Callable[[str], str]) -> str:
    if isinstance(value, bool):
        return translate(YES if value else NO)
    if value is None:
        return translate(NONE)
    if isinstance(value, list):
        return ", ".join(_words(item, translate) for item in value) or translate(NONE)
    if isinstance(value, dict):
        return "; ".join(f"{name.replace('_', ' ')}: {_words(item, translate)}"
                         for name, item in value.items()) or translate(NONE)
    return str(value)


def is_markdown(change: FieldChange) -> bool:
    """Whether the change's text is Markdown (a paragraph of the body or the About text)."""
    spec = fields.field(change.key)
    return spec is not None and spec.kind == fields.BLOCK


def read_pieces(change: FieldChange, translate: Callable[[str], str] = lambda s: s
                ) -> list[ReadPiece]:
    """The change as it reads: a Markdown paragraph laid out and compared word by word with
    its formatting; a setting's values in words; other text as wordiff compared it."""
    if is_markdown(change):
        return compare_read(laid_out(change.removed), laid_out(change.added))
    if change.key == "conventions" and change.setting in CHOICE_WORDS:
        choices = CHOICE_WORDS[change.setting]
        old, new = (translate(choices.get(code, code)) for code in (change.removed, change.added))
        # (one choice for another, whole: their words interleaved would read as neither)
        return [ReadPiece(REMOVED, old), ReadPiece(ADDED, new)]
    if change.key == "conventions" or fields.field(change.key) is None:
        old, new = value_words(change.removed, translate), value_words(change.added, translate)
        return [ReadPiece(p.kind, p.text) for p in word_pieces(old, new)]
    return [ReadPiece(p.kind, p.text) for p in change.pieces]


# -- Markdown as it reads ---------------------------------------------------------------------

Run = tuple[str, frozenset[str], str]  # text, styles, href


def laid_out(source: str) -> list[Run]:
    """The runs of text a Markdown paragraph (or list, heading, quote) prints."""
    runs: list[Run] = []
    blocks = parse_markdown(source, frozenset()) if source.strip() else []
    for number, block in enumerate(blocks):
        if number:
            runs.append(("\n", frozenset(), ""))
        runs.extend(_block(block, frozenset()))
    return runs


def _block(block: t.Block, styles: frozenset[str]) -> Iterator[Run]:
    if isinstance(block, t.Paragraph):
        yield from _inlines(block.children, styles, "")
    elif isinstance(block, t.Heading):
        yield from _inlines(block.children, styles | {STRONG}, "")
    elif isinstance(block, (t.BulletList, t.OrderedList)):
        for index, item in enumerate(block.items):
            if index:
                yield ("\n", frozenset(), "")
            marker = "• " if isinstance(block, t.BulletList) else f"{block.start + index}. "
            yield (marker, styles, "")
            for number, inner in enumerate(item.blocks):
                if number:
                    yield ("\n", frozenset(), "")
                yield from _block(inner, styles)
    elif isinstance(block, t.Quote):
        for number, inner in enumerate(block.blocks):
            if number:
                yield ("\n", frozenset(), "")
            yield from _block(inner, styles | {QUOTE})
    elif isinstance(block, t.CodeBlock):
        yield (block.text.rstrip("\n"), styles | {CODE}, "")
    elif isinstance(block, t.Rule):
        yield ("———", styles, "")
    elif isinstance(block, t.Dateline):
        yield (block.text, styles | {STRONG}, "")
    elif isinstance(block, t.Figure):
        yield (block.photo.caption or block.photo.alt or block.photo.id, styles | {PHOTO}, "")


def _inlines(nodes: list[t.Inline], styles: frozenset[str], href: str) -> Iterator[Run]:
    for node in nodes:
        if isinstance(node, t.Text):
            yield (node.text, styles, href)
        elif isinstance(node, t.Strong):
            yield from _inlines(node.children, styles | {STRONG}, href)
        elif isinstance(node, t.Emphasis):
            yield from _inlines(node.children, styles | {EMPHASIS}, href)
        elif isinstance(node, t.Code):
            yield (node.text, styles | {CODE}, href)
        elif isinstance(node, t.Link):
            yield from _inlines(node.children, styles | {LINK}, node.href or "")
        elif isinstance(node, t.LineBreak):
            yield ("\n", styles, href)
        elif isinstance(node, t.Image):
            yield from _inlines(node.children, styles | {PHOTO}, href)
        elif isinstance(node, t.Dateline):
            yield (node.text, styles | {STRONG}, href)


def _tokens(runs: list[Run]) -> list[Run]:
    return [(word, styles, href) for text, styles, href in runs for word in tokens(text)]


def compare_read(old: list[Run], new: list[Run]) -> list[ReadPiece]:
    """*old* → *new* word by word, a word's formatting counting as part of it."""
    a, b = _tokens(old), _tokens(new)
    pieces: list[ReadPiece] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _extend(pieces, SAME, a[i1:i2])
            continue
        _extend(pieces, REMOVED, a[i1:i2])
        _extend(pieces, ADDED, b[j1:j2])
    return pieces


def _extend(pieces: list[ReadPiece], kind: str, words: list[Run]) -> None:
    for text, styles, href in words:
        last = pieces[-1] if pieces else None
        if last is not None and (last.kind, last.styles, last.href) == (kind, styles, href):
            pieces[-1] = ReadPiece(kind, last.text + text, styles, href)
        else:
            pieces.append(ReadPiece(kind, text, styles, href))

"""Pictures in an HTML draft: each ``<img>`` that is a data: URL or a file beside the draft
becomes one of the release's photos.

The reader (html_reader.py) leaves a placeholder Image where each picture stood. Here each
is taken through the same intake as ``releasedesk photo add`` (kind and size checked,
metadata stripped): a data: URL is decoded, a relative path is read from the draft's
folder (pictures.py: never outside it, never from the web). A picture alone in its
paragraph is placed there, with the caption of its ``<figure>`` or of a caption-like
paragraph right after it ("Photo: …", all italics); a picture among words is placed after
their paragraph. As in a Word draft, a picture above the body's first words is the lead
photo (the layout's to place on top) and pictures after the body's end (the end mark,
contacts, About, footer follow) are the layout's to place after it, so our own HTML export
comes back as it was. A picture that cannot be taken gives its alt text back to the text,
and one sentence to the import report.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from urllib.parse import unquote_to_bytes

from ..body import tree as t
from ..body.tree import has_words, trim_inlines
from ..errors import N_, ReleaseDeskError
from ..media.intake import is_photo_id
from ..model import Photo
from . import draft as d
from .docx_pictures import caption_and_credit, reads_like_caption
from .draft import Draft, PictureRef, Piece
from .html_reader import PICTURE, merge_inlines
from .pictures import DraftPictures

_MAX_DATA_URL = 70 * 1024 * 1024  # characters: a 50 MB photo in base64, and its header


def take_html_pictures(draft: Draft, name: str, folder: Path | None) -> None:
    """Replace *draft*'s picture placeholders by its photos (or their alt text), in place."""
    if not draft.pictures:
        return
    taker = _Taker(draft.pictures, name, folder)
    kept: list[Piece] = []
    pieces = draft.pieces
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        index += 1
        block = piece.block
        if not isinstance(block, t.Paragraph) or not _has_placeholder(block.children):
            if isinstance(block, t.Heading) and _has_placeholder(block.children):
                block.children = taker.as_text(block.children)
            kept.append(piece)
            continue
        photos, words = taker.take(block.children)
        alone = not any(has_words(node) for node in words)
        if alone and len(photos) == 1 and not photos[0][1] and index < len(pieces):
            after = pieces[index].block
            if isinstance(after, t.Paragraph) and reads_like_caption(after.children):
                photo = photos[0][0]
                photo.caption, credit = caption_and_credit(after.children)
                photo.credit = credit or photo.credit
                index += 1
        if not alone:
            piece.block = t.Paragraph(trim_inlines(merge_inlines(words)))
            kept.append(piece)
        for photo, _ in photos:
            if alone and photo is taker.pictures.photos[0] and not _body_began(kept):
                photo.lead = True  # on top of the body, where the layout puts the lead
                continue
            kept.append(Piece(t.Paragraph([t.Image(photo.id, [t.Text(photo.alt)])]),
                              style=_PHOTO))
    _unplace_after_body(kept)
    draft.pieces[:] = kept
    draft.photos.extend(taker.pictures.photos)
    draft.photo_how = N_("picture in the page, metadata removed")
    draft.notes.extend(taker.pictures.notes)
    draft.pictures = []


_PHOTO = "photo"  # the style of a piece that places a photo, until the draft is read
_HEAD = frozenset({d.TITLE, d.SUBTITLE, d.STATUS, d.RELEASE_LINE})
_AFTER_BODY = frozenset({d.CONTACT, d.BOILERPLATE, d.END_MARK, d.FOOTER})


def _body_began(pieces: list[Piece]) -> bool:
    """Whether *pieces* hold a paragraph of the body's text (not the head of the page)."""
    return any(isinstance(p.block, t.Paragraph) and p.style not in _HEAD and p.style != _PHOTO
               and p.text().strip() for p in pieces)


def _unplace_after_body(pieces: list[Piece]) -> None:
    """Drop the photo pieces that stand after the body's end (only pieces of the end mark,
    contacts, About or footer follow them): the layout places those photos there."""
    after = False
    for index in range(len(pieces) - 1, -1, -1):
        piece = pieces[index]
        if piece.style in _AFTER_BODY:
            after = True
        elif piece.style == _PHOTO:
            if after:
                del pieces[index]
        else:
            after = False
    for piece in pieces:
        if piece.style == _PHOTO:
            piece.style = ""


class _Taker:
    def __init__(self, refs: list[PictureRef], name: str, folder: Path | None) -> None:
        self.refs = refs
        self.pictures = DraftPictures(name, folder)

    def take(self, nodes: list[t.Inline]) -> tuple[list[tuple[Photo, bool]], list[t.Inline]]:
        """The photos the top-level placeholders in *nodes* become (each with whether its
        figure gave a caption), and the words left: alt text where no photo was taken."""
        photos: list[tuple[Photo, bool]] = []
        words: list[t.Inline] = []
        for node in nodes:
            ref = self._ref(node)
            if ref is None:
                words.append(self._nested(node))
                continue
            photo = self._photo(ref)
            if photo is None:
                words.extend(_alt(ref))
            else:
                photos.append((photo, bool(ref.caption)))
        return photos, words

    def as_text(self, nodes: list[t.Inline]) -> list[t.Inline]:
        """*nodes* with every placeholder given back as its alt text (no photo taken)."""
        out: list[t.Inline] = []
        for node in nodes:
            ref = self._ref(node)
            out.extend(_alt(ref) if ref is not None else [self._nested(node)])
        return merge_inlines(out)

    def _nested(self, node: t.Inline) -> t.Inline:
        """A placeholder inside emphasis or a link is part of the words: its alt text."""
        if isinstance(node, (t.Strong, t.Emphasis, t.Link)) and _has_placeholder(node.children):
            node.children = self.as_text(node.children)
        return node

    def _ref(self, node: t.Inline) -> PictureRef | None:
        if isinstance(node, t.Image) and node.photo_id.startswith(PICTURE):
            return self.refs[int(node.photo_id[len(PICTURE):])]
        return None

    def _photo(self, ref: PictureRef) -> Photo | None:
        photo = self._intake(ref)
        if photo is not None and ref.name and is_photo_id(ref.name) and ref.name not in (
                p.id for p in self.pictures.photos if p is not photo):
            photo.id = ref.name  # the id our own export gave it, not its web copy's name
        return photo

    def _intake(self, ref: PictureRef) -> Photo | None:
        caption, credit = caption_and_credit([t.Text(ref.caption)]) if ref.caption else ("", "")
        if not ref.src.lower().startswith("data:"):
            return self.pictures.take(ref.src, caption, credit, ref.alt)
        from ..media.intake import photo_from_bytes

        number = len(self.pictures.photos) + len(self.pictures.notes) + 1
        label = f"picture {number}"
        try:
            raw = _data_url_bytes(ref.src)
            if raw is None:
                self.pictures.note(N_("{name}: picture {number} is not an image the page "
                                      "holds; add it as a photo."), number=str(number))
                return None
            intake = photo_from_bytes(raw, label, (p.id for p in self.pictures.photos))
        except ReleaseDeskError as exc:
            self.pictures.notes.append(f"{exc} ({self.pictures.name})")
            return None
        photo = intake.photo
        photo.caption = caption or intake.prefill.caption
        photo.credit = credit or intake.prefill.credit
        photo.alt = ref.alt or intake.prefill.alt
        self.pictures.photos.append(photo)
        return photo


def _data_url_bytes(src: str) -> bytes | None:
    """The bytes of a ``data:image/…`` URL; None for any other data: URL or a broken one."""
    if len(src) > _MAX_DATA_URL or "," not in src:
        return None
    header, _, payload = src[5:].partition(",")
    parts = [p.strip().lower() for p in header.split(";")]
    if not parts[0].startswith("image/"):
        return None
    try:
        if "base64" in parts[1:]:
            return base64.b64decode("".join(payload.split()), validate=True)
        return unquote_to_bytes(payload)
    except (binascii.Error, ValueError):
        return None


def _alt(ref: PictureRef) -> list[t.Inline]:
    words = " ".join(w for w in (ref.alt, ref.caption) if w)
    return [t.Text(f" {words} ")] if words else []


def _has_placeholder(nodes: list[t.Inline]) -> bool:
    for node in nodes:
        if isinstance(node, t.Image) and node.photo_id.startswith(PICTURE):
            return True
        if isinstance(node, (t.Strong, t.Emphasis, t.Link)) and _has_placeholder(node.children):
            return True
    return False

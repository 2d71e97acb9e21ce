"""Pictures in a Word draft: each inline picture becomes one of the release's photos.

A picture is a ``w:drawing`` (inline or anchored) whose ``a:blip`` embeds an image part
(``r:embed`` → ``word/media/…``), or in old files a ``w:pict`` whose ``v:imagedata`` does
(``r:id``). Its bytes go through the same intake as ``releasedesk photo add``
(metadata stripped, size and kind checked); its description (``wp:docPr descr``) is the
alt text; a paragraph in the Caption style next to it holds the caption and the credit, in
any form photo_credit.py knows (``Credit: …``, ``Photo: …``, ``（张三 摄）``). A picture
that cannot be read stays its description in the text, with a note saying why.
"""

from __future__ import annotations

import posixpath
import re

from lxml import etree

from ..body import tree as t
from ..errors import N_, ReleaseDeskError
from ..model import Photo
from .docx_runs import WP, R
from .package import Package
from .photo_credit import CAPTION_LABEL, split_credit

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
V = "urn:schemas-microsoft-com:vml"  # old Word files: w:pict/v:shape/v:imagedata
OFFICE = "urn:schemas-microsoft-com:office:office"
_IMAGE_TYPE = "/image"
_SPACE = re.compile(r"\s+")


def image_parts(package: Package, rels_part: str) -> dict[str, str]:
    """The package part of each image relationship of *rels_part*, by relationship id."""
    root = package.xml(rels_part)
    if root is None:
        return {}
    folder = posixpath.dirname(posixpath.dirname(rels_part))  # word/_rels/x.rels → word
    parts: dict[str, str] = {}
    for rel in root.iter(f"{{{PR}}}Relationship"):
        if not rel.get("Type", "").endswith(_IMAGE_TYPE) or rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else \
            posixpath.normpath(posixpath.join(folder, target))
        parts[rel.get("Id", "")] = part
    return parts


def one_line(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def description(element: etree._Element) -> tuple[str, str]:
    """The picture's (alt text, name) from its wp:docPr, or an old file's v:shape alt."""
    for props in element.iter(f"{{{WP}}}docPr"):
        return one_line(props.get("descr") or props.get("title") or ""), props.get("name") or ""
    for shape in element.iter(f"{{{V}}}shape"):
        data = next(shape.iter(f"{{{V}}}imagedata"), None)
        title = data.get(f"{{{OFFICE}}}title", "") if data is not None else ""
        return one_line(shape.get("alt") or title), ""
    return "", ""


def _linked(element: etree._Element) -> bool:
    """True when the picture *element* shows is linked (a:blip r:link), not embedded."""
    blip = next(element.iter(f"{{{A}}}blip"), None)
    return blip is not None and bool(blip.get(f"{{{R}}}link"))


def picture_relationship(element: etree._Element) -> str:
    """The relationship id of the picture *element* shows: a:blip r:embed (inline and
    anchored pictures), or v:imagedata r:id (VML, old files); "" when none."""
    blip = next(element.iter(f"{{{A}}}blip"), None)
    if blip is not None:
        return str(blip.get(f"{{{R}}}embed", ""))
    data = next(element.iter(f"{{{V}}}imagedata"), None)
    return data.get(f"{{{R}}}id", "") if data is not None else ""


MAX_CAPTION = 300  # characters: longer is a paragraph, not a caption


def reads_like_caption(nodes: list[t.Inline]) -> bool:
    """An unstyled paragraph right after a picture that is its caption: short, and
    labelled ("Photo: …", "Caption: …", "图：…"), ending in a credit ("…（张三 摄）",
    "… Photo: Jane Doe") or all in italics."""
    text = one_line(t.plain_text(nodes))
    if not text or len(text) > MAX_CAPTION:
        return False
    italic = all(isinstance(node, t.Emphasis) or (isinstance(node, t.Text) and
                                                   not node.text.strip()) for node in nodes)
    return bool(CAPTION_LABEL.match(text)) or italic or bool(split_credit(text)[1])


def centred_caption(nodes: list[t.Inline]) -> bool:
    """A centred paragraph in the body's style right after a picture is its caption, as
    offices set one under a photo: when short and not bold throughout (a centred bold
    line is a heading)."""
    text = one_line(t.plain_text(nodes))
    words = [node for node in nodes if not (isinstance(node, t.Text) and not node.text.strip())]
    bold = bool(words) and all(isinstance(node, t.Strong) for node in words)
    return bool(text) and len(text) <= MAX_CAPTION and not bold


def caption_and_credit(nodes: list[t.Inline]) -> tuple[str, str]:
    """A Caption paragraph's words: (caption, credit). The credit is split off where the
    caption states it, in any of the forms photo_credit.py knows ("Credit: Ana Reyes",
    "Photo: Jane Doe", "（张三 摄）", "摄影：林晓"); a caption label in front ("Photo: ",
    "图：") is not the caption's."""
    return split_credit(one_line(t.plain_text(nodes)))


class PictureReader:
    """The photos of one Word draft, in the order their pictures stand."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.images = image_parts(package, "word/_rels/document.xml.rels")
        self.photos: list[Photo] = []
        self.notes: list[str] = []

    def take(self, element: etree._Element) -> Photo | None:
        """The photo that *element* (a w:drawing or mc:AlternateContent) shows, added to the
        release's photos; None when it shows no embedded picture or the picture is not a
        photo ReleaseDesk can keep (a note then says why)."""
        from ..media.intake import MAX_PHOTO_BYTES, photo_from_bytes

        relationship = picture_relationship(element)
        part = self.images.get(relationship)
        if part is None or part not in self.package.names:
            linked = N_("a picture not inside the document (linked to a file, or its part "
                        "missing) could not be taken; its description stays in the text")
            if (relationship or _linked(element)) and linked not in self.notes:
                self.notes.append(linked)
            return None
        alt, name = description(element)
        name = posixpath.basename(name) if "." in name else posixpath.basename(part)
        try:
            raw = self.package.read_media(part, MAX_PHOTO_BYTES)
            intake = photo_from_bytes(raw, name, (p.id for p in self.photos))
        except ReleaseDeskError as exc:
            self.notes.append(f"{exc} The picture's description stays in the text.")
            return None
        photo = intake.photo
        photo.alt = alt or intake.prefill.alt
        photo.caption = intake.prefill.caption
        photo.credit = intake.prefill.credit
        self.photos.append(photo)
        return photo

"""Where the photos stand in an export: placed by the body's references, the lead on top.

A paragraph that is nothing but a photo reference (``![…](photo:ID)`` on a line of its own)
becomes that photo's figure, in its place; a reference inside a paragraph's text puts the
figure after that paragraph. Each photo appears once, at its first reference. The lead
photo (marked lead, else the first) stands at the top of the body unless the body places
it; every other photo the body does not place follows the body, in the release's order.
References inside lists, quotations and headings place nothing (a figure cannot stand in
a list item in Word or plain text); their description is printed, and the photo is
placed as an unplaced one. One pass over the top-level blocks: linear.
"""

from __future__ import annotations

from ..body import tree as t
from ..body.safety import clean_text
from ..body.tree import LaidPhoto
from ..model import Photo


def lay_out(photos: list[Photo]) -> list[LaidPhoto]:
    """Every photo of the release, in order, as writers print them."""
    if not photos:
        return []
    from ..media.names import web_files

    lead = next((p for p in photos if p.lead), photos[0])
    return [LaidPhoto(
        id=photo.id, number=number, caption=_line(photo.caption), credit=_line(photo.credit),
        alt=_line(photo.alt), width=photo.width, height=photo.height, lead=photo is lead,
        original=photo.file_name, files=web_files(photo), photo=photo)
        for number, photo in enumerate(photos, start=1)]


def _line(text: str) -> str:
    return " ".join(clean_text(text).split())


def place(body: list[t.Block], laid: list[LaidPhoto]) -> list[t.Block]:
    """*body* with every photo placed as a Figure (see the module's rules); *body* and its
    blocks are not changed, changed blocks are new."""
    if not laid:
        return body
    by_id = {photo.id: photo for photo in laid}
    placed: set[str] = set()
    out: list[t.Block] = []
    for block in body:
        if not isinstance(block, t.Paragraph):
            out.append(block)
            continue
        found: list[str] = []
        children = _without_images(block.children, found)
        if not found:
            out.append(block)
            continue
        children = _tidy(children)
        if children:
            out.append(t.Paragraph(children))
        for photo_id in found:
            if photo_id in by_id and photo_id not in placed:
                placed.add(photo_id)
                out.append(t.Figure(by_id[photo_id]))
    lead = next((p for p in laid if p.lead), None)
    if lead is not None and lead.id not in placed:
        out.insert(0, t.Figure(lead))
        placed.add(lead.id)
    out.extend(t.Figure(p) for p in laid if p.id not in placed)
    return out


def _without_images(nodes: list[t.Inline], found: list[str]) -> list[t.Inline]:
    """*nodes* without their Images (ids collected in *found*), rebuilt only where needed."""
    out: list[t.Inline] = []
    for node in nodes:
        if isinstance(node, t.Image):
            found.append(node.photo_id)
        elif isinstance(node, (t.Strong, t.Emphasis)):
            before = len(found)
            children = _without_images(node.children, found)
            if len(found) == before:
                out.append(node)
            elif children:
                out.append(node.__class__(children))
        elif isinstance(node, t.Link):
            before = len(found)
            children = _without_images(node.children, found)
            if len(found) == before:
                out.append(node)
            elif children:
                out.append(t.Link(node.href, children))
        else:
            out.append(node)
    return out


def _tidy(nodes: list[t.Inline]) -> list[t.Inline]:
    """Text runs joined again where a reference was taken out; nothing but space: empty."""
    out: list[t.Inline] = []
    for node in nodes:
        if isinstance(node, t.Text) and out and isinstance(out[-1], t.Text):
            left, right = out[-1].text, node.text
            if left.endswith(" ") and right.startswith(" "):
                right = right.lstrip(" ")
            out[-1] = t.Text(left + right)
        else:
            out.append(node)
    return t.trim_inlines(out)

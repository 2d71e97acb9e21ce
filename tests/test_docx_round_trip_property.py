"""The exact round trip through Word, over generated releases (issue 23, point 3).

A generated release (release_strategies.py: English or Chinese, embargoed or not, a body
with subheadings, lists, emphasis, links and placed photos, 0–4 contacts, About, 0–3
photos) exported to DOCX and imported back is the same release:

- every field the same: language, headline, subheadline, status, embargo moment,
  release date, dateline, organisation, contacts, footer, end mark, keywords; the body
  and About the same parsed trees once the paragraphs that only place a photo are set
  aside, and the body laid out the same, photos included (the same figures in the same
  places);
- the same photos in the order they print, each with the same id, caption, credit and
  alt text, the same pixels (compared decoded; bytes differ by re-encoding) at the size
  the DOCX holds: the photo's own size up to 1600 px wide, else its 1600-px web copy;
- nothing of a photo's words in the body or About, one report line per photo.

What does not come back, by design: the photo's file type and bytes (the DOCX holds its
largest web copy: a PNG without transparency has a JPEG one), the lead mark (the lead
stands first in the document and comes back first, which leads when none is marked: it
prints the same), a reference that places a photo right after the body (the layout puts
unplaced photos there anyway), the embargo's zone name (exports print its offset).
"""

from __future__ import annotations

import io
from datetime import UTC

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageStat

from release_strategies import releases
from releasedesk.body import tree as t
from releasedesk.body.parse import parse_markdown
from releasedesk.exporting import draft_bytes
from releasedesk.importing import READERS, import_bytes
from releasedesk.media.as_stored import WIDER
from releasedesk.media.names import size_of
from releasedesk.model import FooterLine, Photo, Release
from releasedesk.profiles import ProfileStore
from releasedesk.records import replace
from releasedesk.render import build_layout

import photo_files as pf
from examples import examples

FIELDS = ("language", "headline", "subheadline", "status", "embargo_until", "release_date",
          "dateline", "organization", "footer", "end_mark", "profile", "keywords")
WEB_WIDTH = 1600  # the largest web copy, the one the DOCX holds


def fields(release: Release, names: tuple[str, ...] = FIELDS) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(release, name) for name in names}
    values["contacts"] = [c for c in release.contacts if not c.is_empty()]
    values["boilerplate"] = parse_markdown(release.boilerplate)
    return values


def text_blocks(release: Release) -> list[t.Block]:
    """The body's parsed blocks without the paragraphs that only place a photo."""
    ids = frozenset(photo.id for photo in release.photos)
    return [block for block in parse_markdown(release.body, ids) if not (
        isinstance(block, t.Paragraph) and all(isinstance(n, t.Image | t.Text) and (
            isinstance(n, t.Image) or not n.text.strip()) for n in block.children))]


def printed(release: Release) -> list[object]:
    """The body as every export lays it out, each figure as (id, caption, credit, alt)."""
    return [(b.photo.id, b.photo.caption, b.photo.credit, b.photo.alt)
            if isinstance(b, t.Figure) else b for b in build_layout(release).body]


def printed_photos(release: Release) -> list[Photo]:
    """The photos in the order the exports show them."""
    by_id = {photo.id: photo for photo in release.photos}
    return [by_id[b.photo.id] for b in build_layout(release).body if isinstance(b, t.Figure)]


def same_picture(ours: Photo, theirs: Photo, widest: int = WEB_WIDTH) -> None:
    """*theirs* is *ours* itself (where media/as_stored.py keeps a photo's bytes), else
    shows it at the size the export holds (*widest*), up to re-encoding."""
    if theirs.sha256 == ours.sha256:
        assert theirs.data == ours.data and ours.width <= widest * WIDER
        return
    size = size_of(ours, min(ours.width, widest))
    assert (theirs.width, theirs.height) == size
    with Image.open(io.BytesIO(ours.data)) as a, Image.open(io.BytesIO(theirs.data)) as b:
        assert b.size == size
        assert not b.getexif() and "icc_profile" not in b.info
        expected = a.convert("RGB").resize(size)
        difference = ImageStat.Stat(ImageChops.difference(expected, b.convert("RGB"))).mean
        assert max(difference) < 12, difference


def assert_photos_come_back(original: Release, back: Release, report: list[str],
                            alt: bool = True) -> None:
    """The photos of *back* are *original*'s in print order, words and pixels (without
    the alt text when not *alt*: plain text does not carry it)."""
    ours = printed_photos(original)
    assert [(p.id, p.caption, p.credit, p.alt if alt else "") for p in back.photos] == [
        (p.id, p.caption, p.credit, p.alt if alt else "") for p in ours]
    for mine, theirs in zip(ours, back.photos, strict=True):
        same_picture(mine, theirs, WEB_WIDTH if alt else mine.width)
        assert pf.SERIAL.encode() not in theirs.data
    body, before = ("\n".join(t.block_texts(text_blocks(r))) for r in (back, original))
    for photo in ours:  # (the generated words may be the body's words too)
        for words in (photo.caption, photo.credit, photo.alt):
            if words:
                assert body.count(words) == before.count(words)
        assert sum(photo.id in line for line in report if line.lstrip().startswith(
            ("Photos", "图片"))) == 1


def docx_round_trip(release: Release) -> tuple[Release, list[str]]:
    back, report = import_bytes(draft_bytes(release, "docx"), "story.docx", READERS["docx"],
                                profiles=ProfileStore().load_all(), zone=UTC)
    return back, report.text_lines()


# Spaces a release's text may hold that a Word round trip must keep (tester14): a line's
# last spaces before a hard break, an ideographic or no-break space between words, and a
# footer's items set apart by a gap as typed, the Chinese "　" among them.
LINE_ENDS = (" ", "  ", "\u3000", "\u00a0", " \u3000")
INNER_GAPS = ("\u3000", "\u00a0", " ")
FOOTER_GAPS = ("  ", "\u3000", "\u3000\u3000", " \u3000")
FOOTER_ITEMS = ("© 2026 Northgate Library Trust", "Technical support: Example Hosting",
                "地址：北门市磨坊广场1号", "电话：010-5555 0118", "邮编：100000")


@st.composite
def spaced_releases(draw: st.DrawFn) -> Release:
    """A generated release whose paragraphs may break a line after trailing spaces and
    set words apart by other spaces, and whose footer lines set their items apart by the
    gaps offices type."""
    release = draw(releases())
    blocks = release.body.split("\n\n")
    for index, block in enumerate(blocks):
        # Between two sentences of a paragraph (never inside a link or emphasis): the
        # space after an English sentence, or after a Chinese one's "。".
        ends = [at for at in range(len(block) - 1) if block.startswith((". ", "。"), at)
                and not block.startswith(("## ", "![", "- ", "1. "))]
        if not ends or not draw(st.booleans()):
            continue
        at = draw(st.sampled_from(ends)) + 1
        rest = block[at + 1:] if block[at] == " " else block[at:]
        gap = draw(st.sampled_from(LINE_ENDS + INNER_GAPS))
        end = "\\\n" if gap in LINE_ENDS and draw(st.booleans()) else ""
        blocks[index] = block[:at] + gap + end + rest
    lines = draw(st.lists(st.lists(st.sampled_from(FOOTER_ITEMS), min_size=1, max_size=3,
                                   unique=True), min_size=1, max_size=3))
    footer = []
    for items in lines:
        text = items[0]
        for item in items[1:]:
            text += draw(st.sampled_from(FOOTER_GAPS)) + item
        footer.append(FooterLine(text))
    return replace(release, body="\n\n".join(blocks), footer=footer)


@settings(max_examples=examples(60, 40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(spaced_releases())
def test_a_generated_release_comes_back_from_its_word_export(release: Release) -> None:
    back, report = docx_round_trip(release)
    assert fields(back) == fields(release)
    assert text_blocks(back) == text_blocks(release)
    assert printed(back) == printed(release)
    assert_photos_come_back(release, back, report)

"""Photos in every export: placed where the body says (the lead on top, the rest after the
body), each exactly once, with caption, credit and alt text; pages name web copies in the
folder beside them; readiness says what is missing."""

from __future__ import annotations

import email
import email.policy
import io
import json
import re
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from releasedesk import document
from releasedesk.body import tree as t
from releasedesk.checks import ERROR, NOTE, WARNING, check
from releasedesk.errors import ReleaseDeskError
from releasedesk.exporting import draft_bytes, export_context, targets_in, write_exports
from releasedesk.model import Photo, Release
from releasedesk.render import build_layout
from releasedesk.render.email_writer import render_eml

import photo_files as pf
from export_helpers import style_name, twips
from helpers import make_release, parse_html

_BASE: dict[str, Photo] = {}


def quick_photo(photo_id: str, width: int = 1800, height: int = 1200, **words: object) -> Photo:
    """A real stored photo (made once per size), under any id, with any words."""
    key = f"{width}x{height}"
    if key not in _BASE:
        _BASE[key] = pf.photo(width=width, height=height)
    base = _BASE[key]
    photo = Photo(id=photo_id, data=base.data, media_type=base.media_type, width=base.width,
                  height=base.height, sha256=base.sha256, caption=f"Caption of {photo_id}",
                  credit="Ana Reyes", alt=f"Alt of {photo_id}")
    for key_, value in words.items():
        setattr(photo, key_, value)
    return photo


def release_with(*photos: Photo, body: str | None = None) -> Release:
    release = make_release()
    release.photos = list(photos)
    if body is not None:
        release.body = body
    return release


def figure_ids(html: str) -> list[str]:
    return re.findall(r'<figure class="release-photo" id="photo-([a-z0-9-]+)"', html)


def test_lead_on_top_placed_where_referenced_rest_after_the_body() -> None:
    release = release_with(
        quick_photo("ferry"), quick_photo("dock", lead=True), quick_photo("crew"),
        body="First paragraph.\n\n![the crew](photo:crew)\n\nSecond with ![x](photo:nope) "
             "an unknown one.\n\n- a list item")
    layout = build_layout(release)
    kinds = [("figure:" + b.photo.id) if isinstance(b, t.Figure) else type(b).__name__
             for b in layout.body]
    assert kinds == ["figure:dock", "Paragraph", "figure:crew", "Paragraph", "BulletList",
                     "figure:ferry"]
    # The dateline still leads the first paragraph, under the lead photo.
    assert isinstance(layout.body[1].children[0], t.Dateline)  # type: ignore[union-attr]  # None fails the test, as it should
    html = draft_bytes(release, "html").decode()
    assert figure_ids(html) == ["dock", "crew", "ferry"]
    assert "Second with x an unknown one." in html  # an unknown photo stays its description


def test_a_reference_inside_text_puts_the_figure_after_its_paragraph() -> None:
    release = release_with(quick_photo("ferry", lead=True),
                           body="The ferry ![ferry](photo:ferry) sails daily.\n\nMore.")
    body = build_layout(release).body
    assert isinstance(body[0], t.Paragraph) and isinstance(body[1], t.Figure)
    assert t.plain_text(body[0].children).endswith("The ferry sails daily.")


def test_page_figure_srcset_alt_sizes_caption_credit_and_lazy_loading() -> None:
    release = release_with(quick_photo("ferry", lead=True), quick_photo("dock", 1000, 1400))
    html = draft_bytes(release, "html", stem="ferry news").decode()
    tree = parse_html(html).root
    figures = tree.iter("figure")
    images = [f.find("img") for f in figures]
    assert images[0].attrs["src"] == "ferry%20news_files/ferry-1600.jpg"  # type: ignore[union-attr]  # None fails the test, as it should
    assert images[0].attrs["srcset"] == (  # type: ignore[union-attr]  # None fails the test, as it should
        "ferry%20news_files/ferry-800.jpg 800w, ferry%20news_files/ferry-1600.jpg 1600w")
    assert (images[0].attrs["width"], images[0].attrs["height"]) == ("1600", "1067")  # type: ignore[union-attr]  # None fails the test, as it should
    assert images[0].attrs["alt"] == "Alt of ferry"  # type: ignore[union-attr]  # None fails the test, as it should
    assert images[0].attrs["loading"] == "eager"  # type: ignore[union-attr]  # None fails the test, as it should
    assert images[1].attrs["loading"] == "lazy"  # type: ignore[union-attr]  # None fails the test, as it should
    assert images[1].attrs["srcset"] == (  # type: ignore[union-attr]  # None fails the test, as it should
        "ferry%20news_files/dock-800.jpg 800w, ferry%20news_files/dock-1000.jpg 1000w")
    caption = figures[0].find("figcaption").text()  # type: ignore[union-attr]  # None fails the test, as it should
    assert caption == "Caption of ferry Credit: Ana Reyes"
    head = html[: html.index("</head>")]
    assert '<meta property="og:image" content="ferry%20news_files/ferry-1600.jpg">' in head
    assert '<meta property="og:image:width" content="1600">' in head
    assert '<meta property="og:image:alt" content="Alt of ferry">' in head
    data = json.loads(re.search(r'ld\+json">(.*?)</script>', html).group(1))  # type: ignore[union-attr]  # None fails the test, as it should
    assert data["image"][0] == {"@type": "ImageObject",
                                "contentUrl": "ferry%20news_files/ferry-1600.jpg",
                                "width": 1600, "height": 1067, "caption": "Caption of ferry",
                                "creditText": "Ana Reyes", "description": "Alt of ferry"}
    fragment = draft_bytes(release, "fragment", stem="ferry news").decode()
    assert fragment in html and figure_ids(fragment) == ["ferry", "dock"]


def test_hostile_words_are_escaped_everywhere() -> None:
    photo = quick_photo("ferry", caption='<script>x()</script> "quoted"',
                        alt='" onerror="x()', credit="A & B </figcaption>")
    html = draft_bytes(release_with(photo), "html").decode()
    parse_html(html)
    assert "<script>x()" not in html and 'onerror="x()' not in html
    assert "&lt;/figcaption&gt;" in html


def test_text_lines_stand_where_the_photos_stand() -> None:
    release = release_with(quick_photo("ferry", lead=True), quick_photo("dock", credit=""))
    text = draft_bytes(release, "txt").decode()
    lines = [line for line in text.splitlines() if line.startswith("[Photo")]
    assert lines == ["[Photo: Caption of ferry — Credit: Ana Reyes — file: ferry.jpg]",
                     "[Photo: Caption of dock — file: dock.jpg]"]
    assert text.index(lines[0]) < text.index("NORTHGATE") < text.index(lines[1]) \
        < text.index("Media contact")
    release.language = "zh-CN"
    assert "[图片：Caption of ferry　摄影：Ana Reyes　文件：ferry.jpg]" in \
        draft_bytes(release, "txt").decode()


def test_docx_embeds_pictures_at_text_width_with_alt_text_and_caption_style() -> None:
    release = release_with(quick_photo("ferry", lead=True), quick_photo("tall", 1000, 2400))
    document_ = docx.Document(io.BytesIO(draft_bytes(release, "docx")))
    pictures = document_.inline_shapes
    assert len(pictures) == 2
    section = document_.sections[0]
    text_width = twips(section.page_width) - twips(section.left_margin) - \
        twips(section.right_margin)
    assert twips(pictures[0].width) == text_width
    assert twips(pictures[1].width) < text_width  # a tall photo is not taller than 3/5 of the page
    descriptions = [shape._inline.docPr.get("descr") for shape in pictures]
    assert descriptions == ["Alt of ferry", "Alt of tall"]
    captions = [p for p in document_.paragraphs if style_name(p) == "Caption"]
    assert [p.text for p in captions] == ["Caption of ferry Credit: Ana Reyes",
                                          "Caption of tall Credit: Ana Reyes"]
    figures = [p for p in document_.paragraphs if style_name(p) == "Figure"]
    assert len(figures) == 2 and all(p.paragraph_format.keep_with_next is None for p in figures)
    assert document_.styles["Figure"].paragraph_format.keep_with_next
    blob = pictures[0]._inline.graphic.graphicData.pic.blipFill.blip.embed
    embedded = document_.part.related_parts[blob].blob
    image = Image.open(io.BytesIO(embedded))
    # (1800 px is within 5/4 of the 1600-px copy: the photo's own bytes, media/as_stored.py)
    assert image.size == (1800, 1200) and not image.getexif()
    assert embedded == release.photos[0].data


def test_text_only_docx_has_no_photo_styles() -> None:
    styles = {s.name for s in docx.Document(io.BytesIO(
        draft_bytes(make_release(), "docx"))).styles}
    assert "Figure" not in styles


def test_write_exports_puts_web_copies_in_the_folder_beside_the_page(tmp_path: Path) -> None:
    release = release_with(quick_photo("ferry", lead=True), quick_photo("dock", 700, 500))
    written = write_exports(release, targets_in(tmp_path, "story",
                                                ["html", "fragment", "docx", "txt"]))
    assert sorted(p.name for p in written) == ["manifest.json", "story.docx",
                                                "story.fragment.html", "story.html",
                                                "story.txt"]
    folder = tmp_path / "story_files"
    assert sorted(p.name for p in folder.iterdir()) == ["dock-700.jpg", "ferry-1600.jpg",
                                                         "ferry-800.jpg"]
    html = (tmp_path / "story.html").read_text(encoding="utf-8")
    for name in re.findall(r'(?:src|srcset)="([^"]+)"', html):
        for candidate in name.split(", "):
            assert (tmp_path / candidate.split(" ")[0]).is_file(), candidate
    for image in folder.iterdir():
        assert not Image.open(image).getexif()


@pytest.mark.parametrize(("formats", "page_beside"), [
    (["txt", "html"], True), (["html", "fragment", "docx", "txt"], True),
    (["fragment", "txt"], True), (["txt"], False), (["txt", "docx", "pdf"], False)])
def test_the_text_names_photo_files_that_are_there(tmp_path: Path, formats: list[str],
                                                   page_beside: bool) -> None:
    # A folder export: the text names each photo's largest copy in the page's folder, a
    # file that is there (it named "ferry.jpg", which no export writes), and reads back.
    from releasedesk.importing import import_draft

    release = release_with(quick_photo("ferry", lead=True), quick_photo("dock", 700, 500))
    write_exports(release, targets_in(tmp_path, "Ferry news", formats))
    text = (tmp_path / "Ferry news.txt").read_text(encoding="utf-8")
    files = re.findall(r"file: (.+?)\]", " ".join(text.split()))
    assert len(files) == 2
    if page_beside:
        assert files == ["Ferry news_files/ferry-1600.jpg", "Ferry news_files/dock-700.jpg"]
        assert all((tmp_path / file).is_file() for file in files)
        again, _ = import_draft(tmp_path / "Ferry news.txt", profiles=[])
        assert [(p.caption, p.credit) for p in again.photos] == [
            ("Caption of ferry", "Ana Reyes"), ("Caption of dock", "Ana Reyes")]
    else:  # (no copy written: the name the photo came in by)
        assert files == ["ferry.jpg", "dock.jpg"]
        assert not (tmp_path / "Ferry news_files").exists()


def test_a_text_beside_another_folders_page_names_the_photos_own_names(tmp_path: Path) -> None:
    (tmp_path / "web").mkdir()
    release = release_with(quick_photo("ferry", lead=True))
    write_exports(release, {"html": tmp_path / "web" / "story.html",
                            "txt": tmp_path / "story.txt"})
    assert "file: ferry.jpg]" in (tmp_path / "story.txt").read_text(encoding="utf-8")


def test_exports_with_photos_are_all_or_none(tmp_path: Path) -> None:
    """One export that cannot be written: no page, no folder of copies, nothing at all."""
    release = release_with(quick_photo("ferry", lead=True))
    with pytest.raises(ReleaseDeskError, match="folder does not exist"):
        write_exports(release, {"html": tmp_path / "story.html",
                                "txt": tmp_path / "missing" / "story.txt"})
    assert list(tmp_path.iterdir()) == []


def test_a_text_only_export_writes_no_folder(tmp_path: Path) -> None:
    list(write_exports(make_release(), targets_in(tmp_path, "story")))
    assert not (tmp_path / "story_files").exists()


def test_the_package_holds_everything_the_web_team_needs(tmp_path: Path) -> None:
    release = release_with(quick_photo("ferry", lead=True), quick_photo("dock"))
    target = tmp_path / "ferry-news.zip"
    assert list(write_exports(release, {"package": target})) == [target]
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert set(names) == {
            "ferry-news/README.txt", "ferry-news/ferry-news.html",
            "ferry-news/ferry-news.fragment.html", "ferry-news/ferry-news.docx",
            "ferry-news/ferry-news.txt", "ferry-news/ferry-news_files/ferry-800.jpg",
            "ferry-news/ferry-news_files/ferry-1600.jpg",
            "ferry-news/ferry-news_files/dock-800.jpg",
            "ferry-news/ferry-news_files/dock-1600.jpg",
            "ferry-news/photos/ferry.jpg", "ferry-news/photos/dock.jpg",
            "ferry-news/manifest.json"}
        assert archive.read("ferry-news/photos/ferry.jpg") == release.photos[0].data
        readme = archive.read("ferry-news/README.txt").decode()
        html = archive.read("ferry-news/ferry-news.html").decode()
        for photo in release.photos:
            for words in (photo.caption, photo.credit, photo.alt, f"photos/{photo.file_name}"):
                assert words in readme
        for name in names:
            if name.endswith("/") or name == "ferry-news/README.txt":
                continue
            assert name.removeprefix("ferry-news/") in readme or "_files/" in name, name
        for source in re.findall(r'src="([^"]+)"', html):
            assert f"ferry-news/{source}" in names
        for name in names:
            if name.endswith(".jpg"):
                assert pf.SERIAL.encode() not in archive.read(name)


def test_the_pdf_shows_each_photo_with_its_alt_text() -> None:
    pytest.importorskip("weasyprint")
    from releasedesk.render.pdf_writer import write_pdf

    release = release_with(quick_photo("ferry", lead=True, alt="Ferry at dawn"),
                           quick_photo("dock", alt="Dock workers"))
    pdf = write_pdf(build_layout(release), export_context())
    found = b""
    import zlib
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        try:
            found += zlib.decompress(match.group(1))
        except zlib.error:
            continue
    assert b"/Alt (Ferry at dawn)" in found and b"/Alt (Dock workers)" in found
    assert pdf.count(b"/Subtype /Image") == 2


def test_the_email_carries_its_photos_inside() -> None:
    release = release_with(quick_photo("ferry", lead=True))
    message = email.message_from_bytes(render_eml(build_layout(release)),
                                       policy=email.policy.default)
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]  # None fails the test, as it should
    cids = re.findall(r'src="cid:([^"]+)"', html)
    assert cids == ["ferry-800.jpg@releasedesk"]
    parts = {p.get("Content-ID"): p for p in message.walk()}
    assert parts["<ferry-800.jpg@releasedesk>"].get_content_type() == "image/jpeg"
    assert "_files/" not in html


def test_readiness_findings_for_photos() -> None:
    release = release_with(
        quick_photo("ferry", alt="", lead=True), quick_photo("dock", 1000, 700, credit=""),
        quick_photo("crew", caption="word " * 101),
        body="Text.\n\n![a](photo:ghost)\n\n- ![b](photo:crew)\n\n![c](photo:dock)\n\n"
             "![d](photo:dock)")
    release.photos[2].data = release.photos[2].data + b"\0" * (16 * 1024 * 1024)
    found = {(f.severity, f.code) for f in check(release)}
    assert {(ERROR, "photo_alt_missing"), (WARNING, "photo_credit_missing"),
            (WARNING, "photo_small"), (WARNING, "photo_caption_long"), (NOTE, "photo_large"),
            (WARNING, "photo_unknown"), (WARNING, "photo_not_placed"),
            (WARNING, "photo_twice")} <= found
    fine = release_with(quick_photo("ferry", lead=True), body="Text.\n\n![x](photo:ferry)")
    assert [f.code for f in check(fine) if "photo" in f.code] == ["photo_url_relative"]
    fine.conventions.base_url = "https://calloway-harbour.example/news/"
    assert not [f for f in check(fine) if f.field == "photos" or "photo" in f.code]


def test_a_release_with_photos_exports_the_same_after_a_save(tmp_path: Path) -> None:
    release = release_with(quick_photo("ferry", lead=True))
    path = tmp_path / "r.release"
    document.save(release, path)
    assert draft_bytes(document.load(path), "html") == draft_bytes(release, "html")


photo_ids = st.lists(st.sampled_from(["ferry", "dock", "crew", "gate"]), unique=True,
                     min_size=0, max_size=4)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(photo_ids, st.lists(st.sampled_from(["ferry", "dock", "crew", "gate", "ghost"]),
                           max_size=6), st.integers(-1, 3),
       st.lists(st.sampled_from(["Text.", "- item", "> quote", "## Heading", "Inline "]),
                max_size=5))
def test_every_photo_appears_exactly_once_in_every_export(
        ids: list[str], references: list[str], lead: int, pieces: list[str]) -> None:
    photos = [quick_photo(i, lead=(n == lead)) for n, i in enumerate(ids)]
    lines = []
    for number, reference in enumerate(references):
        piece = pieces[number % len(pieces)] if pieces else ""
        lines.append(f"{piece} ![desc {reference}](photo:{reference})")
    release = release_with(*photos, body="\n\n".join(lines) or "Text.")
    html = draft_bytes(release, "html").decode()
    assert sorted(figure_ids(html)) == sorted(ids)
    text = draft_bytes(release, "txt").decode()
    for photo_id in ids:
        assert text.count(f"file: {photo_id}.jpg]") == 1
    shapes = docx.Document(io.BytesIO(draft_bytes(release, "docx"))).inline_shapes
    assert len(shapes) == len(ids)
    if photos:
        expected_lead = photos[lead].id if 0 <= lead < len(photos) else photos[0].id
        assert f'id="photo-{expected_lead}"' in html
        assert f'<meta property="og:image" content="story_files/{expected_lead}-1600.jpg">' \
            in html

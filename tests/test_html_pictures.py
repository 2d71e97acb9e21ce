"""Pictures in an HTML draft become the release's photos (issue 23, point 2): data: URLs and
files beside the draft, with their captions; metadata stripped; a picture that cannot be
taken keeps its words and says why; our own HTML export comes back with its photos."""

from __future__ import annotations

import base64
import re
from datetime import UTC
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk.body.parse import parse_markdown
from releasedesk.exporting import write_exports
from releasedesk.importing import READERS, import_bytes, import_draft
from releasedesk.model import Release
from releasedesk.profiles import ProfileStore
from test_docx_photos import PLACED, fields

import photo_files as pf
from conftest import SAMPLES

REFERENCE = re.compile(r"!\[[^\]]*\]\(photo:([a-z0-9-]+)\)")
PNG = pf.camera_png(400, 300)
JPEG = pf.camera_jpeg(640, 480)


def data_url(raw: bytes, kind: str = "image/png") -> str:
    return f"data:{kind};base64,{base64.b64encode(raw).decode()}"


def html_import(source: str, folder: Path | None = None) -> tuple[Release, list[str]]:
    release, report = import_bytes(source.encode(), "draft.html", READERS["html"], zone=UTC,
                                   folder=folder)
    return release, report.text_lines()


def placed(release: Release) -> list[str]:
    return REFERENCE.findall(release.body)


def test_a_data_url_figure_becomes_a_captioned_photo_in_its_place() -> None:
    release, report = html_import(
        "<h1>Quay reopens</h1><p>PORT CALLOWAY — The quay reopened today.</p>"
        f'<figure><img src="{data_url(PNG)}" alt="The quay at dawn, boats moored">'
        "<figcaption>The reopened quay. Credit: Ana Reyes</figcaption></figure>"
        "<p>Ferries run from Monday.</p>")
    [photo] = release.photos
    assert (photo.caption, photo.credit, photo.alt) == ("The reopened quay.", "Ana Reyes",
                                                         "The quay at dawn, boats moored")
    assert placed(release) == [photo.id]
    body = release.body
    assert body.index("reopened today") < body.index("photo:") < body.index("from Monday")
    assert "data:" not in body and "Credit" not in body
    assert any("Photos" in line and "metadata removed" in line for line in report)


def test_the_pictures_metadata_is_stripped() -> None:
    release, _ = html_import(f'<p>Words first.</p><p><img src="{data_url(JPEG, "image/jpeg")}"'
                             ' alt="A hull"></p>')
    [photo] = release.photos
    assert b"Exif" not in photo.data and pf.SERIAL.encode() not in photo.data


def test_a_file_beside_the_draft_is_taken_and_a_caption_paragraph_after_it(tmp_path: Path
                                                                            ) -> None:
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "Harbour Crane.jpg").write_bytes(JPEG)
    draft = tmp_path / "story.html"
    draft.write_text("<h1>Crane arrives</h1><p>The new crane arrived at the port today.</p>"
                     '<p><img src="pics/Harbour%20Crane.jpg" alt="A crane on a barge"></p>'
                     "<p>Photo: The crane on its barge. Credit: Bo Lind</p>"
                     "<p>It lifts 60 tonnes.</p>", encoding="utf-8")
    release, _ = import_draft(draft, zone=UTC)
    [photo] = release.photos
    assert photo.id == "harbour-crane"
    assert (photo.caption, photo.credit) == ("The crane on its barge.", "Bo Lind")
    assert "Photo:" not in release.body and "60 tonnes" in release.body
    assert placed(release) == ["harbour-crane"]


@pytest.mark.parametrize("src", [
    "https://example.com/quay.jpg", "//example.com/quay.jpg", "../outside.jpg", "/etc/passwd",
    "missing.jpg", "data:text/html;base64,PHNjcmlwdD4=", "data:image/png;base64,!!!!",
    "data:image/png;base64,aGVsbG8=", "data:image/svg+xml,<svg></svg>", "data:,",
    "cid:part1@example", "file:///etc/hostname",
])
def test_a_picture_that_cannot_be_taken_keeps_its_words_and_says_why(src: str,
                                                                      tmp_path: Path) -> None:
    release, report = html_import(
        f'<h1>Quay reopens</h1><p>The quay reopened.</p><p><img src="{src}" '
        'alt="Boats in the harbour"></p><p>Ferries run.</p>', folder=tmp_path)
    assert not release.photos and "photo:" not in release.body
    assert "Boats in the harbour" in release.body
    assert "Ferries run." in release.body
    notes = "\n".join(report)
    assert "picture" in notes.lower() or "photo" in notes.lower(), notes


def test_a_picture_among_words_is_placed_after_its_paragraph() -> None:
    release, _ = html_import(
        "<h1>Quay reopens</h1><p>PORT CALLOWAY — The quay "
        f'<img src="{data_url(PNG)}" alt="quay"> reopened today after repairs.</p>'
        "<p>Ferries run from Monday.</p>")
    [photo] = release.photos
    body = release.body
    assert "The quay reopened today after repairs." in " ".join(body.split())
    assert body.index("after repairs") < body.index(f"photo:{photo.id}") < body.index("Monday")


def test_a_picture_above_the_body_is_the_lead_photo_placed_by_the_layout() -> None:
    release, _ = html_import(
        f'<h1>Quay reopens</h1><figure><img src="{data_url(PNG)}" alt="quay"></figure>'
        "<p>PORT CALLOWAY — The quay reopened today.</p><p>Ferries run.</p>")
    [photo] = release.photos
    assert photo.lead and placed(release) == []


def test_a_pasted_body_keeps_pictures_as_their_words() -> None:
    from releasedesk.importing.html_reader import html_to_blocks

    blocks = html_to_blocks(f'<p>Before <img src="{data_url(PNG)}" alt="the quay"> after</p>')
    assert [type(b).__name__ for b in blocks] == ["Paragraph"]
    assert "the quay" in " ".join(t for b in blocks for t in _texts(b))


def _texts(block: object) -> list[str]:
    from releasedesk.body import tree as t

    return t.block_texts([block])  # type: ignore[list-item]  # a Figure is a block too


PICTURE_HTML = st.lists(st.tuples(
    st.sampled_from(["good", "bad", "web"]),
    st.sampled_from(["figure", "alone", "inline"]),
    st.text(alphabet="abcdefgh ", min_size=3, max_size=12).map(str.strip).filter(bool)),
    min_size=1, max_size=5)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PICTURE_HTML)
def test_every_good_picture_is_one_photo_placed_once_and_no_word_is_lost(
        pictures: list[tuple[str, str, str]]) -> None:
    parts = ["<h1>Harbour news</h1><p>PORT CALLOWAY — Opening words of the body.</p>"]
    for number, (kind, where, alt) in enumerate(pictures):
        src = {"good": data_url(PNG), "bad": "data:image/png;base64,AAAA",
               "web": "https://example.com/x.jpg"}[kind]
        alt_text = f"alt{number} {alt}"
        image = f'<img src="{src}" alt="{alt_text}">'
        if where == "figure":
            parts.append(f"<figure>{image}<figcaption>caption{number}</figcaption></figure>")
        elif where == "alone":
            parts.append(f"<p>{image}</p>")
        else:
            parts.append(f"<p>words{number} {image} more{number}</p>")
        parts.append(f"<p>Paragraph {number} of the body.</p>")
    release, _ = html_import("".join(parts))
    good = [p for p in pictures if p[0] == "good"]
    assert len(release.photos) == len(good)
    assert sorted(placed(release)) == sorted(p.id for p in release.photos)  # each once
    for number, (kind, where, _alt) in enumerate(pictures):
        assert f"Paragraph {number} of the body." in release.body
        if where == "inline":
            assert f"words{number}" in release.body and f"more{number}" in release.body
        if kind != "good":  # its words stay in the text
            assert f"alt{number}" in release.body
            if where == "figure":
                assert f"caption{number}" in release.body
    captions = sorted(p.caption for p in release.photos if p.caption)
    assert captions == sorted(f"caption{n}" for n, (k, w, _) in enumerate(pictures)
                              if k == "good" and w == "figure")


@pytest.mark.parametrize("sample", ["tidewater-ferry-terminal", "fernhollow-night-market-zh"])
def test_our_html_export_with_photos_comes_back_with_them(sample: str, tmp_path: Path) -> None:
    from releasedesk import document

    release = document.load(SAMPLES / f"{sample}.release")
    release.photos = [pf.photo("Ferry at dawn.jpg", lead=True),
                      pf.photo("Quay at dusk.jpg", caption="The quay at dusk.",
                               credit="Bo Lind", alt="A quay at dusk", taken=("ferry-at-dawn",))]
    release.body = release.body + "\n\n![A quay at dusk](photo:quay-at-dusk)\n\nLast words.\n"
    out = tmp_path / "out"
    out.mkdir()
    [page] = write_exports(release, {"html": out / "story.html"})
    back, report = import_draft(page, profiles=ProfileStore().load_all(), zone=UTC)
    assert [(p.id, p.caption, p.credit, p.alt) for p in back.photos] == [
        (p.id, p.caption, p.credit, p.alt) for p in release.photos], report.text_lines()
    assert back.lead_photo is not None and back.lead_photo.id == "ferry-at-dawn"
    for photo, was in zip(back.photos, release.photos, strict=True):
        assert abs(photo.width / photo.height - was.width / was.height) < 0.01
    assert placed(back) == placed(release) == ["quay-at-dusk"]
    assert PLACED.sub("", back.body).count("Last words.") == 1
    theirs, ours = fields(back), fields(release)
    for name in ("headline", "subheadline", "dateline", "organization", "contacts"):
        assert theirs[name] == ours[name], name
    assert parse_markdown(PLACED.sub("", back.body)) is not None

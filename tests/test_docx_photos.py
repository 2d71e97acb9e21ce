"""Pictures in Word documents come in as the release's photos (issue 23, points 2 and 3).

Our own DOCX export of a release with photos imports back to the same release: the same
fields, the photos with their caption, credit, alt text and pixel size, nothing of them in
the body, the dateline once. Word drafts from elsewhere: a picture with a Caption paragraph
after or before it, without one, between paragraphs of the body, damaged; metadata is
removed as ``releasedesk photo add`` removes it; one report line per photo.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from PIL import Image

from releasedesk import document
from releasedesk.body.parse import parse_markdown
from releasedesk.exporting import draft_bytes
from releasedesk.importing import READERS, import_bytes
from releasedesk.importing.report import FOUND
from releasedesk.media.intake import photo_from_bytes
from releasedesk.model import Photo, Release
from releasedesk.profiles import ProfileStore

import photo_files as pf
from conftest import SAMPLES, need
from test_cli import run

FIELDS = ("language", "headline", "subheadline", "status", "embargo_until", "release_date",
          "dateline", "organization", "footer", "end_mark", "profile", "keywords")
# Not media_type: the DOCX may hold the photo's largest web copy (media/as_stored.py), and
# a PNG without transparency has a JPEG web copy (media/names.py): then it comes back a JPEG.
PLACED = re.compile(r"!\[[^\]]*\]\(photo:[a-z0-9-]+\)")
PHOTO_FIELDS = ("id", "caption", "credit", "alt", "width", "height")


def fields(release: Release) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(release, name) for name in FIELDS}
    values["contacts"] = [c for c in release.contacts if not c.is_empty()]
    values["body"] = parse_markdown(release.body)
    values["boilerplate"] = parse_markdown(release.boilerplate)
    return values


def photo_fields(release: Release) -> list[tuple[object, ...]]:
    return [tuple(getattr(p, key) for key in PHOTO_FIELDS) for p in release.photos]


def docx_round_trip(release: Release) -> tuple[Release, list[str]]:
    """*release* exported to DOCX and imported back, and the import report's lines."""
    back, report = import_bytes(draft_bytes(release, "docx"), "story.docx", READERS["docx"],
                                profiles=ProfileStore().load_all(), zone=UTC)
    return back, report.text_lines()


def assert_same_release(original: Release, back: Release, report: list[str]) -> None:
    assert fields(back) == fields(original)
    assert photo_fields(back) == photo_fields(original)
    # (a reference's description is the body's own)
    body, was = PLACED.sub("", back.body), PLACED.sub("", original.body)
    for photo in original.photos:
        words = [w for w in (photo.caption, photo.credit, photo.alt) if w]
        for word in words:  # no more often than the release's own text says them
            assert body.count(word) == was.count(word)
            assert back.boilerplate.count(word) == original.boilerplate.count(word)
        assert sum(photo.id in line for line in report if line.lstrip().startswith(
            "Photos")) == 1
    if original.dateline:
        assert back.body.count(original.dateline) == original.body.count(original.dateline)
    for ours, theirs in zip(original.photos, back.photos, strict=True):
        assert pf.SERIAL.encode() not in theirs.data
        with Image.open(io.BytesIO(theirs.data)) as image:
            assert image.size == (ours.width, ours.height)


def png_photo(name: str, width: int, height: int, **words: str) -> Photo:
    buffer = io.BytesIO()
    pf.picture(width, height).save(buffer, "PNG")
    result = photo_from_bytes(buffer.getvalue(), name).photo
    for key, value in words.items():
        setattr(result, key, value)
    return result


def jpeg_photo(name: str, width: int, height: int, **words: str) -> Photo:
    result = photo_from_bytes(pf.camera_jpeg(width, height), name).photo
    result.caption = result.credit = result.alt = ""
    for key, value in words.items():
        setattr(result, key, value)
    return result


SAMPLE_PHOTOS = {
    "one-jpeg": lambda: [jpeg_photo("ferry-at-dawn.jpg", 1600, 1067,
                                    caption="The ferry leaves the quay at dawn.",
                                    credit="Ana Reyes", alt="A white ferry at sunrise")],
    "two-mixed": lambda: [
        jpeg_photo("quay.jpg", 900, 600, caption="The new quay.", credit="Ana Reyes",
                   alt="A long stone quay"),
        png_photo("plan.png", 640, 480, caption="", credit="", alt="The terminal's floor plan")],
    "caption-only-and-credit-only": lambda: [
        jpeg_photo("crowd.jpg", 800, 1200, caption="Visitors on the first day.", alt="A crowd"),
        png_photo("logo.png", 300, 300, credit="Fernhollow Design Office", alt="The logo")],
    "chinese-words": lambda: [
        jpeg_photo("market.jpg", 1200, 800, caption="夜市开幕当晚的人群。", credit="林晓",
                   alt="灯笼下的夜市街道")],
}


# (news releases: the Word reader reads a news release's parts; a media advisory's event
# block comes back as body text, not as its fields)
NEWS_SAMPLES = sorted(p.name for p in SAMPLES.glob("*.release")
                      if document.load(p).kind == "news")


@pytest.mark.parametrize("photos", sorted(SAMPLE_PHOTOS))
@pytest.mark.parametrize("sample", NEWS_SAMPLES)
def test_every_sample_with_photos_comes_back_from_word(sample: str, photos: str) -> None:
    original = document.load(SAMPLES / sample)
    original.photos = SAMPLE_PHOTOS[photos]()
    back, report = docx_round_trip(original)
    assert_same_release(original, back, report)


def test_a_photo_the_body_places_comes_back_in_its_place() -> None:
    original = document.load(SAMPLES / "tidewater-ferry-terminal.release")
    original.photos = [jpeg_photo("lead.jpg", 1000, 600, caption="Lead.", alt="The lead"),
                       jpeg_photo("berth.jpg", 700, 500, caption="Berth two.", alt="A berth")]
    paragraphs = original.body.split("\n\n")
    original.body = "\n\n".join([paragraphs[0], "![A berth](photo:berth)", *paragraphs[1:]])
    back, report = docx_round_trip(original)
    assert_same_release(original, back, report)
    assert back.body.split("\n\n")[1] == "![A berth](photo:berth)"


def test_the_command_line_round_trip_keeps_the_photo(tmp_path: Path) -> None:
    story = tmp_path / "story.release"
    story.write_bytes((SAMPLES / "tidewater-ferry-terminal.release").read_bytes())
    image = tmp_path / "DSC_0042.JPG"
    image.write_bytes(pf.camera_jpeg(1500, 1000))
    added = run("photo", "add", story, image, "--caption", "The ferry at dawn.", "--credit",
                "Ana Reyes", "--alt", "A white ferry leaving a harbour")
    assert added.returncode == 0, added.stderr
    exported = run("export", story, "-f", "docx")
    assert exported.returncode == 0, exported.stderr
    imported = run("import", tmp_path / "story.docx", "-o", tmp_path / "back.release")
    assert imported.returncode == 0, imported.stderr
    assert "dsc-0042 (1500 × 1000): The ferry at dawn." in imported.stdout
    original, back = document.load(story), document.load(tmp_path / "back.release")
    assert fields(back) == fields(original)
    assert photo_fields(back) == photo_fields(original)
    assert back.body.count("PORT CALLOWAY") == 0 and back.dateline == "PORT CALLOWAY"


# -- Word drafts written elsewhere -------------------------------------------------------

def with_media(raw: bytes, change: Callable[[int, bytes], bytes]) -> bytes:
    """The .docx *raw* with each picture part's bytes (the n-th, in order) changed."""
    source = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        number = 0
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("word/media/"):
                data = change(number, data)
                number += 1
            target.writestr(info, data)
    return out.getvalue()


def word_draft(*blocks: tuple[str, object]) -> bytes:
    """A .docx made with python-docx (as another program writes it): ("p", text),
    ("caption", text), ("picture", (image bytes, description)), ("title", text),
    ("centred", text) and ("centred bold", text) (Normal paragraphs, centred). The
    pictures' bytes are put in as they are, camera metadata and all."""
    draft = docx.Document()
    images: list[bytes] = []
    for kind, value in blocks:
        if kind == "picture":
            assert isinstance(value, tuple)
            data, descr = value
            assert isinstance(data, bytes) and isinstance(descr, str)
            images.append(data)
            with Image.open(io.BytesIO(data)) as image:
                plain = io.BytesIO()
                image.convert("RGB").save(plain, "JPEG")
            draft.add_picture(io.BytesIO(plain.getvalue()), width=docx.shared.Cm(8))
            draft.inline_shapes[-1]._inline.docPr.set("descr", descr)
        elif kind == "caption":
            draft.add_paragraph(str(value), style="Caption")
        elif kind == "title":
            draft.add_paragraph(str(value), style="Title")
        elif kind in ("centred", "centred bold"):
            paragraph = draft.add_paragraph()
            paragraph.add_run(str(value)).bold = kind == "centred bold" or None
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            draft.add_paragraph(str(value))
    buffer = io.BytesIO()
    draft.save(buffer)
    return with_media(buffer.getvalue(), lambda number, _: images[number])


def imported(raw: bytes) -> tuple[Release, list[str]]:
    release, report = import_bytes(raw, "draft.docx", READERS["docx"], zone=UTC)
    lines = [f"{item.field}: {item.snippet}" for item in report.items if item.kind == FOUND]
    return release, lines + [f"note: {note}" for note in report.notes]


BODY = ("Fernhollow's council opened the riverside seed bank on Tuesday after two years "
        "of building work.")
MORE = "The bank will hold seeds of twelve thousand local plant varieties."


@pytest.mark.parametrize("caption_first", [False, True])
def test_a_word_drafts_picture_and_its_caption_become_a_photo(caption_first: bool) -> None:
    picture = ("picture", (pf.camera_jpeg(1200, 800), "Seed drawers in a cold room"))
    caption = ("caption", "The cold room holds the first seeds. Credit: Mira Holt")
    around = [caption, picture] if caption_first else [picture, caption]
    release, report = imported(word_draft(("title", "Fernhollow Opens Its Seed Bank"), *around,
                                          ("p", BODY), ("p", MORE)))
    assert release.headline == "Fernhollow Opens Its Seed Bank"
    assert release.subheadline == ""
    (photo,) = release.photos
    assert (photo.caption, photo.credit, photo.alt) == (
        "The cold room holds the first seeds.", "Mira Holt", "Seed drawers in a cold room")
    assert (photo.width, photo.height) == (1200, 800)
    for secret in (pf.SERIAL.encode(), b"GPS", pf.MAKER_NOTE):
        assert secret not in photo.data
    assert "cold room" not in release.body and "Mira Holt" not in release.body
    assert parse_markdown(release.body) == parse_markdown(f"{BODY}\n\n{MORE}")
    assert sum(line.startswith("photos: ") for line in report) == 1


def test_a_picture_without_caption_and_a_caption_without_picture() -> None:
    release, _ = imported(word_draft(
        ("title", "Fernhollow Opens Its Seed Bank"), ("p", BODY),
        ("caption", "Table 1: Varieties by district"), ("p", MORE),
        ("picture", (pf.camera_jpeg(400, 300, iptc=False, xmp=False), "")), ("p", "Last words.")))
    (photo,) = release.photos
    assert (photo.caption, photo.credit, photo.alt) == ("", "", "")
    assert "Table 1: Varieties by district" in release.body  # not a picture's: kept as text
    assert f"![](photo:{photo.id})" in release.body  # it stood between paragraphs


def test_metadata_fills_what_the_document_does_not_say() -> None:
    release, _ = imported(word_draft(("title", "Fernhollow Opens Its Seed Bank"),
                                     ("picture", (pf.camera_jpeg(600, 400), "")), ("p", BODY)))
    (photo,) = release.photos
    assert (photo.caption, photo.alt) == (pf.IPTC_CAPTION, pf.XMP_ALT)


def test_a_damaged_picture_leaves_a_note_and_its_description_in_the_text() -> None:
    raw = with_media(word_draft(("title", "Fernhollow Opens Its Seed Bank"), ("p", BODY),
                             ("picture", (pf.camera_jpeg(600, 400), "Seed drawers")),
                             ("p", MORE)), lambda _, data: data[:200])  # cut short
    release, report = imported(raw)
    assert release.photos == []
    assert "Seed drawers" in release.body
    notes = [line for line in report if line.startswith("note: ")]
    assert len(notes) == 1 and "description stays in the text" in notes[0]
    assert "Traceback" not in notes[0]


@pytest.fixture(scope="module")
def resaved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Release, bytes]]:
    """{sample: (the sample with two photos, its DOCX export as LibreOffice saves it)}: one
    LibreOffice run saves them all (starting LibreOffice costs more than a conversion)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    need("LibreOffice", soffice is not None, "Debian: libreoffice-writer-nogui")
    folder = tmp_path_factory.mktemp("resave")
    originals: dict[str, Release] = {}
    for number, sample in enumerate(NEWS_SAMPLES):
        original = document.load(SAMPLES / sample)
        original.photos = SAMPLE_PHOTOS["two-mixed"]()
        (folder / f"story{number}.docx").write_bytes(draft_bytes(original, "docx"))
        originals[sample] = original
    subprocess.run([str(soffice), f"-env:UserInstallation=file://{folder / 'profile'}",
                    "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(folder / "saved"),
                    *(str(folder / f"story{n}.docx") for n in range(len(NEWS_SAMPLES)))],
                   check=True, capture_output=True, timeout=180)
    return {sample: (originals[sample], (folder / "saved" / f"story{n}.docx").read_bytes())
            for n, sample in enumerate(NEWS_SAMPLES)}


@pytest.mark.parametrize("sample", NEWS_SAMPLES)
def test_photos_survive_a_libreoffice_re_save(
        resaved: dict[str, tuple[Release, bytes]], sample: str) -> None:
    original, saved = resaved[sample]
    back, report = import_bytes(saved, "story.docx",
                                READERS["docx"], profiles=ProfileStore().load_all(), zone=UTC)
    assert photo_fields(back) == photo_fields(original)
    assert (back.headline, back.subheadline, back.dateline, back.contacts) == (
        original.headline, original.subheadline, original.dateline, original.contacts)
    for photo in original.photos:
        for word in (photo.caption, photo.credit, photo.alt):
            assert not word or back.body.count(word) == original.body.count(word)
    assert len([item for item in report.items if item.field == "photos"]) == 2
    # LibreOffice writes a numbered list as a restarting instance for its first item and a
    # plain one for the rest, and re-joins the core keywords with spaces: neither shows.
    assert back.keywords == original.keywords
    assert lists_of(back.body) == lists_of(original.body)


def lists_of(body: str) -> list[tuple[str, int, list[str]]]:
    """Each top-level list of *body*: its kind, start and item texts."""
    from releasedesk.body import tree as t

    found = []
    for block in parse_markdown(body):
        if isinstance(block, (t.BulletList, t.OrderedList)):
            start = block.start if isinstance(block, t.OrderedList) else 0
            found.append((type(block).__name__, start,
                          [" ".join(t.block_texts(item.blocks)) for item in block.items]))
    return found


def rewritten(raw: bytes, change: Callable[[str], str]) -> bytes:
    """The .docx *raw* with word/document.xml's text changed."""
    source = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = change(data.decode()).encode()
            target.writestr(info, data)
    return out.getvalue()


def anchored(xml: str) -> str:
    """Every inline picture made a floating (anchored) one, as Word writes "In front of text"."""
    def anchor(match: re.Match[str]) -> str:
        kept = re.sub(r'\sdist[TBLR]="[^"]*"', "", match.group(1))  # (namespaces stay)
        return (f'<wp:anchor{kept} distT="0" distB="0" distL="114300" distR="114300" '
                'simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" '
                'allowOverlap="1"><wp:simplePos x="0" y="0"/>')
    return re.sub(r"<wp:inline\b([^>]*)>", anchor, xml).replace("</wp:inline>", "</wp:anchor>")


def vml(xml: str) -> str:
    """Every picture written the old way (Word 2003's VML): w:pict/v:shape/v:imagedata."""
    def old(match: re.Match[str]) -> str:
        rel = re.search(r'r:embed="([^"]+)"', match.group(0))
        descr = re.search(r'descr="([^"]*)"', match.group(0))
        assert rel is not None
        return ('<w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" '
                f'style="width:200pt;height:150pt" alt="{descr.group(1) if descr else ""}">'
                f'<v:imagedata xmlns:o="urn:schemas-microsoft-com:office:office" '
                f'r:id="{rel.group(1)}" o:title=""/></v:shape></w:pict>')
    return re.sub(r"<w:drawing>.*?</w:drawing>", old, xml, flags=re.DOTALL)


@pytest.mark.parametrize("shape", [anchored, vml])
def test_floating_and_old_style_pictures_become_photos_too(
        shape: Callable[[str], str]) -> None:
    raw = rewritten(word_draft(
        ("title", "Fernhollow Opens Its Seed Bank"), ("p", BODY), ("p", MORE),
        ("picture", (pf.camera_jpeg(900, 600), "Seed drawers in a cold room")),
        ("caption", "Caption: The cold room. Credit: Mira Holt"), ("p", "Last words.")),
        shape)
    release, report = imported(raw)
    (photo,) = release.photos
    assert (photo.alt, photo.credit, photo.width, photo.height) == (
        "Seed drawers in a cold room", "Mira Holt", 900, 600)
    assert photo.caption == "The cold room." and "Mira Holt" not in release.body
    assert pf.SERIAL.encode() not in photo.data
    assert f"](photo:{photo.id})" in release.body  # it stood between paragraphs
    assert "Seed drawers" not in PLACED.sub("", release.body)
    assert sum(line.startswith("photos: ") for line in report) == 1


@pytest.mark.parametrize("bad", [b"This is a text file, not a picture.\n" * 20,
                                 pf.bomb_png(), pf.camera_jpeg(600, 400)[:300]])
def test_a_picture_that_is_no_photo_is_one_line_of_the_report(bad: bytes) -> None:
    raw = with_media(word_draft(("title", "Fernhollow Opens Its Seed Bank"), ("p", BODY),
                             ("picture", (pf.camera_jpeg(600, 400), "Seed drawers")),
                             ("p", MORE)), lambda _, data: bad)
    release, report = imported(raw)
    assert release.photos == [] and "Seed drawers" in release.body
    notes = [line for line in report if line.startswith("note: ")]
    assert len(notes) == 1 and "Traceback" not in notes[0]
    assert parse_markdown(BODY) == parse_markdown(release.body.split("\n\n")[0])


@pytest.mark.parametrize(("line", "caption"), [
    ("Photo: Volunteers sort seeds. Credit: Mira Holt", "Volunteers sort seeds."),
    ("图：志愿者正在整理种子。摄影：林晓", "志愿者正在整理种子。"),
    ("Caption: The cold room holds the first seeds.", "The cold room holds the first seeds.")])
def test_a_labelled_line_under_a_picture_is_its_caption(line: str, caption: str) -> None:
    release, _ = imported(word_draft(
        ("title", "Fernhollow Opens Its Seed Bank"), ("p", BODY), ("p", MORE),
        ("picture", (pf.camera_jpeg(500, 400), "Seed drawers")), ("p", line),
        ("p", "Last words.")))
    (photo,) = release.photos
    assert photo.caption == caption
    assert caption not in release.body and release.subheadline == ""
    assert release.body.endswith("Last words.")


@pytest.mark.parametrize(("line", "caption", "credit"), [
    ("Readers in the new hall of the seed bank.", "Readers in the new hall of the seed bank.",
     ""),
    ("图为志愿者在新馆整理种子", "图为志愿者在新馆整理种子", ""),
    ("The cold room. Photo: Mira Holt", "The cold room.", "Mira Holt"),
])
def test_a_centred_line_under_a_picture_is_its_caption(line: str, caption: str,
                                                       credit: str) -> None:
    """Offices centre a caption under its picture in the body's own style (noticed last
    stop: such a line stayed body text unless it ended in a credit)."""
    release, _ = imported(word_draft(
        ("title", "Fernhollow Opens Its Seed Bank"), ("p", BODY), ("p", MORE),
        ("picture", (pf.camera_jpeg(500, 400), "Seed drawers")), ("centred", line),
        ("p", "Last words.")))
    (photo,) = release.photos
    assert (photo.caption, photo.credit) == (caption, credit)
    assert caption not in release.body and release.body.endswith("Last words.")


@pytest.mark.parametrize("blocks", [
    # a centred bold line after a picture: a heading, not a caption
    [("picture", "Seed drawers"), ("centred bold", "Opening weekend"), ("p", MORE)],
    # a centred line after text, not after a picture
    [("p", MORE), ("centred", "Readers in the new hall."), ("p", "Last words.")],
    # a long centred paragraph is text
    [("picture", "Seed drawers"), ("centred", "Word " * 80), ("p", "Last words.")],
])
def test_other_centred_lines_stay_in_the_body(blocks: list[tuple[str, str]]) -> None:
    made = [(kind, (pf.camera_jpeg(500, 400), value) if kind == "picture" else value)
            for kind, value in blocks]
    release, _ = imported(word_draft(("title", "Fernhollow Opens Its Seed Bank"),
                                     ("p", BODY), *made))
    for kind, value in blocks:
        if kind != "picture":
            assert " ".join(value.split()) in " ".join(release.body.split()), value
    assert all(photo.caption in ("", "Seed drawers") or photo.caption not in
               [v for _, v in blocks] for photo in release.photos)

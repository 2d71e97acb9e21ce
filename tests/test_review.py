"""Reading reviewers' tracked changes and comments from a .docx (issue 23, point 4): each
kind of revision, comments with their anchors, accept/reject text as a property over
generated documents, a file re-saved by LibreOffice, and hostile files on the command line."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.importing.errors import DraftError
from releasedesk.review import Review, parse_date, read_review, read_review_file
from releasedesk.review import items as k

from conftest import need
from test_cli import WIRE, assert_one_line_error, run

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A_DATE = "2026-03-04T09:30:00Z"
B_DATE = "2026-03-05T14:05:00Z"


def docx(body: str, comments: str | None = None) -> bytes:
    """A .docx whose body is *body* (WordprocessingML without the namespace declaration)
    and whose comments part holds *comments* (w:comment elements), if given."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
            'org/package/2006/content-types"><Default Extension="xml" ContentType="application/'
            'xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
            'package.relationships+xml"/><Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
            'document.main+xml"/></Types>'))
        archive.writestr("_rels/.rels", f'<Relationships xmlns="{_RELS}"><Relationship '
                         f'Id="rId1" Type="{_OFFICE}/officeDocument" '
                         'Target="word/document.xml"/></Relationships>')
        rels = ""
        if comments is not None:
            rels = (f'<Relationship Id="rId9" Type="{_OFFICE}/comments" '
                    'Target="comments.xml"/>')
            archive.writestr("word/comments.xml", f'<w:comments xmlns:w="{W}">{comments}'
                                                  "</w:comments>")
        archive.writestr("word/_rels/document.xml.rels",
                         f'<Relationships xmlns="{_RELS}">{rels}</Relationships>')
        archive.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?>'
                                              f'<w:document xmlns:w="{W}"><w:body>{body}'
                                              "</w:body></w:document>")
    return buffer.getvalue()


def r(text: str, deleted: bool = False, props: str = "") -> str:
    tag = "w:delText" if deleted else "w:t"
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def change(tag: str, inner: str, author: str = "Dana Reyes", date: str = A_DATE,
           ident: str = "1") -> str:
    return (f"<w:{tag} w:id={quoteattr(ident)} w:author={quoteattr(author)} "
            f"w:date={quoteattr(date)}>{inner}</w:{tag}>")


def p(inner: str, mark: str = "") -> str:
    ppr = f"<w:pPr><w:rPr>{mark}</w:rPr></w:pPr>" if mark else ""
    return f"<w:p>{ppr}{inner}</w:p>"


# Every id is "1": LibreOffice reuses ids, so nothing may depend on them.
EDITS = p(r("The ferry ") + change("ins", r("new ")) + change("ins", r("terminal ")) +
          r("opens ") + change("del", r("on Monday", deleted=True)) +
          change("ins", r("on Tuesday")) + r("."))
JOINED = (p(r("Tickets go on sale"), change("del", "", author="Lee Park", date=B_DATE)) +
          p(r(" at noon.")))
SPLIT = (p(r("Crossings take twenty minutes."), change("ins", "")) +
         p(change("ins", r("Bicycles travel free."))))
MOVED = (p('<w:moveFromRangeStart w:id="1" w:name="move1" w:author="Dana Reyes"/>' +
           change("moveFrom", r("Parking is free. ", deleted=True)) +
           '<w:moveFromRangeEnd w:id="1"/>' + r("Buses stop outside.")) +
         p(r("Opening day is busy. ") +
           '<w:moveToRangeStart w:id="1" w:name="move1" w:author="Dana Reyes"/>' +
           change("moveTo", r("Parking is free.")) + '<w:moveToRangeEnd w:id="1"/>'))
FORMATTED = p(r("Calloway ") + r("Harbour Authority", props=(
    '<w:b/><w:rPrChange w:id="1" w:author="Lee Park" w:date="2026-03-05T14:05:00Z">'
    "<w:rPr/></w:rPrChange>")))
STACKED = p(r("Fares ") + change("ins", change("del", r("will double ", deleted=True),
                                               author="Lee Park", date=B_DATE)) +
            r("stay the same."))
COMMENTED = (p(r("The terminal ") + '<w:commentRangeStart w:id="1"/>' + r("opens at six") +
               change("del", r(" sharp", deleted=True)) + '<w:commentRangeEnd w:id="1"/>' +
               r(".") + '<w:r><w:commentReference w:id="1"/></w:r>') +
             p('<w:commentRangeStart w:id="2"/>' + r("Across two") + "</w:p><w:p>" +
               r("paragraphs") + '<w:commentRangeEnd w:id="2"/>' +
               '<w:r><w:commentReference w:id="2"/></w:r>' + r(" here.")))
COMMENTS = ('<w:comment w:id="1" w:author="Lee Park" w:date="2026-03-05T10:00:00Z">'
            "<w:p><w:r><w:t>Check the time</w:t></w:r></w:p>"
            "<w:p><w:r><w:t>with operations.</w:t></w:r></w:p></w:comment>"
            '<w:comment w:id="2" w:author="Ana Ortiz" w:date="not a date">'
            "<w:p><w:r><w:t>Two paragraphs?</w:t></w:r></w:p></w:comment>"
            '<w:comment w:id="7" w:author="Bo Lind" w:date="">'
            "<w:p><w:r><w:t>Anchored nowhere.</w:t></w:r></w:p></w:comment>")
EXPECTED_COMMENTS = [
    ("Lee Park", "2026-03-05T10:00:00Z", "Check the time\nwith operations.",
     "opens at six sharp", 0),
    ("Ana Ortiz", "not a date", "Two paragraphs?", "Across two\nparagraphs", 1),
    ("Bo Lind", "", "Anchored nowhere.", "", -1)]


# name: (body, revisions as (kind, author, before, after, paragraph), accepted, rejected)
CASES: dict[str, tuple[str, list[tuple[str, str, str, str, int]], list[str], list[str]]] = {
    "insertions and deletions": (EDITS, [
        (k.INSERTION, "Dana Reyes", "", "new terminal ", 0),
        (k.DELETION, "Dana Reyes", "on Monday", "", 0),
        (k.INSERTION, "Dana Reyes", "", "on Tuesday", 0)],
        ["The ferry new terminal opens on Tuesday."], ["The ferry opens on Monday."]),
    "deleted paragraph break": (JOINED, [(k.MARK_DELETED, "Lee Park", "", "", 0)],
                                ["Tickets go on sale at noon."],
                                ["Tickets go on sale", " at noon."]),
    "inserted paragraph": (SPLIT, [(k.MARK_INSERTED, "Dana Reyes", "", "", 0),
                                   (k.INSERTION, "Dana Reyes", "", "Bicycles travel free.", 1)],
                           ["Crossings take twenty minutes.", "Bicycles travel free."],
                           ["Crossings take twenty minutes."]),
    "move": (MOVED, [(k.MOVED_FROM, "Dana Reyes", "Parking is free. ", "", 0),
                     (k.MOVED_TO, "Dana Reyes", "", "Parking is free.", 1)],
             ["Buses stop outside.", "Opening day is busy. Parking is free."],
             ["Parking is free. Buses stop outside.", "Opening day is busy. "]),
    "formatting": (FORMATTED, [(k.FORMATTING, "Lee Park", "Harbour Authority",
                                "Harbour Authority", 0)],
                   ["Calloway Harbour Authority"], ["Calloway Harbour Authority"]),
    "insertion deleted by a second reviewer": (STACKED, [
        (k.INSERTION, "Dana Reyes", "", "will double ", 0),
        (k.DELETION, "Lee Park", "will double ", "", 0)],
        ["Fares stay the same."], ["Fares stay the same."]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_kind_of_revision_is_read_with_its_text(case: str) -> None:
    body, expected, accepted, rejected = CASES[case]
    review = read_review(docx(body), "reviewed.docx")
    assert [(v.kind, v.author, v.before, v.after, v.paragraph)
            for v in review.revisions] == expected
    assert review.accepted() == accepted
    assert review.rejected() == rejected
    assert review.comments == []


def test_all_kinds_together_keep_their_order_and_paragraphs() -> None:
    body = EDITS + JOINED + SPLIT + MOVED + FORMATTED + STACKED
    review = read_review(docx(body), "reviewed.docx")
    expected, accepted, rejected, offset = [], [], [], 0
    for part in (EDITS, JOINED, SPLIT, MOVED, FORMATTED, STACKED):
        case = next(c for c in CASES.values() if c[0] == part)
        expected += [(kind, author, before, after, paragraph + offset)
                     for kind, author, before, after, paragraph in case[1]]
        accepted += case[2]
        rejected += case[3]
        offset += part.count("<w:p>")
    assert [(v.kind, v.author, v.before, v.after, v.paragraph)
            for v in review.revisions] == expected
    assert review.accepted() == accepted and review.rejected() == rejected


def test_formatting_changes_say_what_changed_and_dates_are_read() -> None:
    (revision,) = read_review(docx(FORMATTED), "f.docx").revisions
    assert revision.detail == "none → b"
    assert revision.date == "2026-03-05T14:05:00Z"
    assert revision.when is not None and revision.when.isoformat() == "2026-03-05T14:05:00+00:00"


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-03-04T09:30:00Z", "2026-03-04T09:30:00+00:00"),
    ("2026-03-04T09:30:00", "2026-03-04T09:30:00"),
    ("2026-03-04T09:30:00.123456789Z", "2026-03-04T09:30:00.123456+00:00"),  # LibreOffice
    ("2026-03-04T09:30:00+08:00", "2026-03-04T09:30:00+08:00"),
    ("0000-00-00T00:00:00Z", None), ("not a date", None), ("", None), ("2026-13-40", None),
])
def test_dates_are_read_or_tolerated(text: str, expected: str | None) -> None:
    parsed = parse_date(text)
    assert (parsed.isoformat() if parsed else None) == expected


def _comments(review: Review) -> list[tuple[str, str, str, str, int]]:
    return [(c.author, c.date, c.text, c.anchored, c.paragraph) for c in review.comments]


def test_comments_come_with_their_anchored_text_in_document_order() -> None:
    review = read_review(docx(COMMENTED, COMMENTS), "c.docx")
    assert _comments(review) == EXPECTED_COMMENTS
    assert review.comments[1].when is None
    assert review.accepted() == ["The terminal opens at six.", "Across two", "paragraphs here."]


def test_comments_sharing_an_id_are_paired_by_position() -> None:
    # LibreOffice gives different items the same id: the n-th anchor takes the n-th comment.
    same = docx(COMMENTED.replace('w:id="2"', 'w:id="1"'),
                COMMENTS.replace('w:id="2"', 'w:id="1"'))
    assert _comments(read_review(same, "c.docx")) == EXPECTED_COMMENTS


def test_a_document_without_changes_has_no_revisions_and_one_text() -> None:
    review = read_review(docx(p(r("Plain")) + p(r("text"))), "plain.docx")
    assert review.revisions == [] and review.comments == []
    assert review.accepted() == review.rejected() == ["Plain", "text"]


def test_table_cells_and_breaks_are_paragraphs_of_their_own() -> None:
    cell = "<w:tc>{}</w:tc>"
    body = (p(r("Before"), change("del", "")) +
            "<w:tbl><w:tr>" + cell.format(p(r("A1"), change("del", ""))) +
            cell.format(p(r("B1"))) + "</w:tr></w:tbl>" +
            p('<w:r><w:t>one</w:t><w:br/><w:t>two</w:t><w:tab/><w:t>x</w:t></w:r>'))
    review = read_review(docx(body), "t.docx")
    # A deleted break never joins across a table or a cell.
    assert review.accepted() == ["Before", "A1", "B1", "one\ntwo\tx"]


def row(mark: str, *cells: str) -> str:
    props = f"<w:trPr>{mark}</w:trPr>" if mark else ""
    return f"<w:tr>{props}" + "".join(f"<w:tc>{p(c)}</w:tc>" for c in cells) + "</w:tr>"


ROWS = ("<w:tbl>" + row("", r("Route"), r("Fare")) +
        row(change("ins", ""), change("ins", r("Quay 4")), change("ins", r("$2"))) +
        row(change("del", "", author="Lee Park", date=B_DATE),
            change("del", r("Quay 9", deleted=True), author="Lee Park", date=B_DATE),
            change("del", r("$3", deleted=True), author="Lee Park", date=B_DATE)) + "</w:tbl>")


def test_inserted_and_deleted_table_rows_go_whole() -> None:
    review = read_review(docx(ROWS), "rows.docx")
    assert [(v.kind, v.author, v.before, v.after, v.paragraph) for v in review.revisions] == [
        (k.ROW_INSERTED, "Dana Reyes", "", "Quay 4 | $2", 2),
        (k.INSERTION, "Dana Reyes", "", "Quay 4", 2),
        (k.INSERTION, "Dana Reyes", "", "$2", 3),
        (k.ROW_DELETED, "Lee Park", "Quay 9 | $3", "", 4),
        (k.DELETION, "Lee Park", "Quay 9", "", 4),
        (k.DELETION, "Lee Park", "$3", "", 5)]
    assert review.accepted() == ["Route", "Fare", "Quay 4", "$2"]
    assert review.rejected() == ["Route", "Fare", "Quay 9", "$3"]


# -- accept and reject, over generated documents ---------------------------------------

_TEXT = st.text(st.characters(categories=["L", "N", "P", "Zs"], exclude_characters="\x85"),
                min_size=1, max_size=8)
_RUN = st.tuples(_TEXT, st.sampled_from(["kept", "inserted", "deleted", "inserted, deleted"]))
_PARAGRAPH = st.tuples(st.lists(_RUN, max_size=6), st.sampled_from(["", "inserted", "deleted"]))


def _xml(paragraphs: list[tuple[list[tuple[str, str]], str]]) -> str:
    out = []
    for runs, mark in paragraphs:
        inner = ""
        for text, state in runs:
            if state == "kept":
                inner += r(text)
            elif state == "inserted":
                inner += change("ins", r(text))
            elif state == "deleted":
                inner += change("del", r(text, deleted=True), author="Lee Park", date=B_DATE)
            else:
                inner += change("ins", change("del", r(text, deleted=True), author="Lee Park",
                                              date=B_DATE))
        marks = {"": "", "inserted": change("ins", ""), "deleted": change("del", "")}
        out.append(p(inner, marks[mark]))
    return "".join(out)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=6))
def test_accepting_keeps_insertions_and_rejecting_gives_the_original(
        paragraphs: list[tuple[list[tuple[str, str]], str]]) -> None:
    review = read_review(docx(_xml(paragraphs)), "generated.docx")
    accepted = rejected = ""
    last = len(paragraphs) - 1
    for index, (runs, mark) in enumerate(paragraphs):
        accepted += "".join(text for text, state in runs if state in ("kept", "inserted"))
        rejected += "".join(text for text, state in runs if state in ("kept", "deleted"))
        if index < last:
            accepted += "" if mark == "deleted" else "\n"
            rejected += "" if mark == "inserted" else "\n"
    assert "\n".join(review.accepted()) == accepted
    assert "\n".join(review.rejected()) == rejected
    # Each paragraph, and every piece of changed text, is accounted for.
    assert [(q.mark, q.accepted, q.rejected) for q in review.paragraphs] == [
        (mark, "".join(t for t, s in runs if s in ("kept", "inserted")),
         "".join(t for t, s in runs if s in ("kept", "deleted"))) for runs, mark in paragraphs]
    inserted = "".join(t for runs, _ in paragraphs for t, s in runs if s.startswith("inserted"))
    deleted = "".join(t for runs, _ in paragraphs for t, s in runs if s.endswith("deleted"))
    assert "".join(v.after for v in review.revisions if v.kind == k.INSERTION) == inserted
    assert "".join(v.before for v in review.revisions if v.kind == k.DELETION) == deleted
    assert sum(v.kind in (k.MARK_INSERTED, k.MARK_DELETED) for v in review.revisions) == \
        sum(1 for _, mark in paragraphs if mark)


# -- LibreOffice ---------------------------------------------------------------------------


def _soffice() -> str:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    need("LibreOffice", soffice is not None, "Debian: libreoffice-writer-nogui")
    return str(soffice)


def _resave(soffice: str, source: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "resaved"
    folder.mkdir()
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "docx", "--outdir", str(folder), str(source)],
        capture_output=True, text=True, timeout=300)
    resaved = folder / source.name
    assert result.returncode == 0 and resaved.exists(), result.stderr
    return resaved


def test_an_export_resaved_by_libreoffice_reads_with_no_revisions(tmp_path: Path) -> None:
    soffice = _soffice()
    exported = tmp_path / "story.docx"
    result = run("export", WIRE, "-f", "docx", "-o", exported)
    assert result.returncode == 0, result.stderr
    resaved = _resave(soffice, exported, tmp_path)
    review = read_review_file(resaved)
    assert review.revisions == [] and review.comments == []
    assert review.accepted() == review.rejected()
    original = read_review_file(exported)
    assert [t for t in original.accepted() if t.strip()] == \
        [t for t in review.accepted() if t.strip()]


def test_tracked_changes_resaved_by_libreoffice_accept_and_reject_the_same(
        tmp_path: Path) -> None:
    soffice = _soffice()
    body = EDITS + JOINED + SPLIT + MOVED + STACKED + FORMATTED + ROWS + COMMENTED
    source = tmp_path / "marked.docx"
    source.write_bytes(docx(body, COMMENTS))
    before = read_review_file(source)
    after = read_review_file(_resave(soffice, source, tmp_path))
    assert after.accepted() == before.accepted()
    assert after.rejected() == before.rejected()
    assert [(v.kind, v.author, v.before, v.after, v.paragraph, v.date) for v in after.revisions] \
        == [(v.kind, v.author, v.before, v.after, v.paragraph, v.date) for v in before.revisions]
    # Comments keep author, text and anchor; the one anchored nowhere is dropped by
    # LibreOffice itself, and the date it cannot read becomes some other date.
    offset = (EDITS + JOINED + SPLIT + MOVED + STACKED + FORMATTED + ROWS).count("<w:p>")
    assert [c[:1] + c[2:] for c in _comments(after)] == [
        (author, text, anchored, paragraph + offset)
        for author, _, text, anchored, paragraph in EXPECTED_COMMENTS[:2]]


# -- the command line ----------------------------------------------------------------------


def test_the_command_line_lists_each_change_and_comment_on_one_line(tmp_path: Path) -> None:
    forged = "Eve\nreleasedesk: all clear\u202e"
    body = EDITS + p(change("ins", r("Quay 4\nopens"), author=forged, date="garbage")) + \
        COMMENTED
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(docx(body, COMMENTS))
    result = run("review", reviewed)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    review = read_review(reviewed.read_bytes(), "reviewed.docx")
    assert len(lines) == len(review.revisions) + len(review.comments) + 1
    assert lines[0] == '¶1  Dana Reyes  2026-03-04 09:30 UTC  insertion  "" → "new terminal "'
    assert lines[1] == '¶1  Dana Reyes  2026-03-04 09:30 UTC  deletion  "on Monday" → ""'
    # (XML turns a line break in an attribute into a space; the bidi override stays.)
    assert lines[3] == ('¶2  Eve releasedesk: all clear\\u202e  (not a date: garbage)  '
                        'insertion  "" → "Quay 4\\nopens"')
    assert lines[4] == '¶3  Dana Reyes  2026-03-04 09:30 UTC  deletion  " sharp" → ""'
    # (the words commented on as they read with the reviewer's changes: " sharp" deleted)
    assert lines[5] == ('¶3  Lee Park  2026-03-05 10:00 UTC  comment  on "opens at six": '
                        '"Check the time\\nwith operations."')
    assert lines[7] == '¶?  Bo Lind  (no date)  comment  on "": "Anchored nowhere."'
    assert lines[-1] == "5 tracked changes, 3 comments in 5 paragraphs."
    assert "\u202e" not in result.stdout


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (30 * 1024 * 1024))
    return buffer.getvalue()


def _with_document(xml: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


ENTITIES = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;'
            b'&a;&a;&a;&a;&a;">]><w:document xmlns:w="' + W.encode() + b'"><w:body><w:p>'
            b"<w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>")
HOSTILE = {
    "not a zip": (b"This is a plain text file, not a Word document.\n",
                  "not a Word document (.docx)"),
    "zip bomb": (_zip_bomb(), "zip bomb"),
    "entities": (_with_document(ENTITIES), "DOCTYPE or entity declarations"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_files_end_in_one_sentence(tmp_path: Path, case: str) -> None:
    data, needle = HOSTILE[case]
    with pytest.raises(DraftError) as caught:
        read_review(data, "reviewed.docx")
    assert needle in caught.value.message
    target = tmp_path / "reviewed.docx"
    target.write_bytes(data)
    assert_one_line_error(run("review", target), needle)
    assert target.read_bytes() == data


def test_entities_in_the_comments_part_are_refused_too() -> None:
    buffer = io.BytesIO(docx(p(r("x")), ""))
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, ENTITIES if info.filename == "word/comments.xml" else data)
    with pytest.raises(DraftError, match="DOCTYPE or entity"):
        read_review(out.getvalue(), "reviewed.docx")


def test_a_missing_file_is_one_sentence() -> None:
    assert_one_line_error(run("review", "/nonexistent/reviewed.docx"), "does not exist")


def test_review_reads_no_qt(tmp_path: Path) -> None:
    reviewed = tmp_path / "r.docx"
    reviewed.write_bytes(docx(EDITS))
    code = ("import sys; from releasedesk.cli import main; main(['review', sys.argv[1]]); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'")
    result = subprocess.run([*_python(), "-c", code, str(reviewed)], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def _python() -> list[str]:
    import sys

    return [sys.executable]


def test_review_type_is_exported() -> None:
    assert isinstance(read_review(docx(""), "empty.docx"), Review)

"""A paragraph a reviewer types after another (the cursor at the end of a paragraph, Enter
with Track Changes on, the words typed), beside subheadings, list items, quotations,
numbered items and plain paragraphs: accepted, it comes in with the style Word shows for
it, which is the new paragraph's own (Word records the inserted break on the paragraph
it split, and the new paragraph holds the break sent with its own w:pStyle: the style
that follows a heading, a list's where the reviewer kept the list going); and a numbered
paragraph comes in with the number Word shows for it (its numbering instance, level and
start), starting a list at that number where it continues none in the Markdown.

Word's numbering as the expectations count it: every numbered list the Markdown has is
an instance of List Number's numbering starting at its first number
(review/sending.py), and the instances of one numbering count on from each other, so a
numbered paragraph that starts no list shows the number after the last one shown above
it. LibreOffice's text export, which prints each paragraph's number as it lays the
document out, is the oracle for those numbers; pandoc's reading of the styles is the
oracle for the kinds."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.gui.review.review_session import ReviewSession
from releasedesk.records import replace
from releasedesk.review import read_review
from releasedesk.review.sending import review_docx
from releasedesk.review.suggestions import Reading, accept_all
from review_markup import DANA, Markup, w
from test_review_whole_paragraphs import read, release_with

from conftest import need
from examples import examples

# A line of the body: (its block, its kind, its words, its number: a numbered item's,
# else 0). Lines of one block are one list or one quotation; blocks are apart by a
# blank line.
Line = tuple[int, str, str, int]
KINDS = ("heading", "item", "quote", "plain", "number")
STYLES = {"heading": "Heading2", "item": "ListBullet", "quote": "Quote", "plain": "Normal",
          "number": "ListNumber", "unstyled": ""}
NEW = "New words"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def marker(kind: str, number: int) -> str:
    return {"heading": "## ", "item": "- ", "quote": "> ", "plain": "",
            "number": f"{number}. ", "number)": f"{number}) "}[kind]


def markdown(lines: list[Line]) -> str:
    out = ""
    for index, (block, kind, words, number) in enumerate(lines):
        if index:
            out += "\n\n" if lines[index - 1][0] != block else \
                "\n>\n" if kind == "quote" else "\n"
        out += marker(kind, number) + words
    return out


@st.composite
def bodies(draw: st.DrawFn) -> list[Line]:
    kinds = draw(st.lists(st.sampled_from(KINDS), min_size=1, max_size=6))
    lines: list[Line] = []
    for block, kind in enumerate(kinds):
        start = draw(st.integers(1, 12))
        for step in range(draw(st.integers(1, 3)) if kind in ("item", "number") else 1):
            words = f"{kind.title()} words {len(lines)}"  # (each line's words its own)
            lines.append((block, kind, words + ("" if kind == "heading" else "."),
                          start + step if kind == "number" else 0))
    return lines


def shown(lines: list[Line], starts: set[int]) -> list[int]:
    """The number Word shows before each line (0: none): the first line of a numbered list
    sent (*starts*) shows its own number; every other numbered line counts on from the
    last one shown."""
    out: list[int] = []
    count = 0
    for index, (_, kind, _, number) in enumerate(lines):
        if not kind.startswith("number"):
            out.append(0)
            continue
        count = number if index in starts else count + 1
        out.append(count)
    return out


def typed_after(lines: list[Line], after: list[tuple[int, str]],
                restarts: dict[int, int] | None = None) -> tuple[list[Line], set[int]]:
    """*lines* with a line of the given kind typed after each line named: in the list or
    quotation of the line before it when it is of that kind, else in that of the line
    after it, else a block of its own; a numbered line typed takes the number Word shows
    for it, and starts a list of its own where it does not follow on from the numbered
    line before it or the one after it does not follow on from it (its delimiter ")":
    CommonMark joins two lists of one delimiter). Returns the lines and the indices of
    those that start a numbered list sent. *restarts*: the lines after which the line
    typed has its numbering restarted, at that number."""
    kinds = dict(after)
    out: list[Line] = []
    starts: set[int] = set()
    for index, line in enumerate(lines):
        if line[1] == "number" and (index == 0 or lines[index - 1][1] != "number"):
            starts.add(len(out))
        out.append(line)
        kind = kinds.get(index)
        if kind is None:
            continue
        kind = "plain" if kind == "unstyled" else kind
        following = lines[index + 1] if index + 1 < len(lines) else None
        if kind in ("item", "quote", "number") and line[1] == kind:
            block = line[0]
        elif kind in ("item", "quote", "number") and following and following[1] == kind:
            block = following[0]
        else:
            block = -1 - index  # (a block of its own)
        restart = (restarts or {}).get(index)
        if restart is not None:
            starts.add(len(out))
        out.append((block, kind, NEW + ("" if kind == "heading" else "."), restart or 0))
    return numbered(out, shown(out, starts)), starts


def numbered(lines: list[Line], numbers: list[int]) -> list[Line]:
    """*lines* with each numbered line typed given the number Word shows (*numbers*: each
    line's), a list of its own (delimiter ")") where it does not follow on from the line
    before or the line after does not follow on from it."""
    done: list[Line] = []
    for index, (block, kind, words, number) in enumerate(lines):
        if kind == "number" and words == NEW + ".":
            number = numbers[index]
            last_shown = numbers[index - 1] if index else 0
            next_shown = numbers[index + 1] if index + 1 < len(lines) else 0
            if (last_shown and number != last_shown + 1) or \
                    (next_shown and next_shown != number + 1):
                block, kind = -100 - index, "number)"
        done.append((block, kind, words, number))
    return done


def enter_at_end(m: Markup, paragraph: etree._Element, kind: str) -> None:
    """The cursor at the end of *paragraph*, Enter and the words typed, as Word writes it:
    the paragraph's own break marked inserted (w:pPr/w:rPr/w:ins), and after it a
    paragraph in the style Word gives it, its runs in a w:ins. A numbered paragraph after
    a numbered one keeps its list (Word copies the w:numPr); a plain one may name no
    style at all ("unstyled")."""
    new = etree.Element(w("p"))
    if STYLES[kind]:
        properties = etree.SubElement(new, w("pPr"))
        etree.SubElement(properties, w("pStyle")).set(w("val"), STYLES[kind])
        numbered = paragraph.find(f"{w('pPr')}/{w('numPr')}")
        if kind == "number" and numbered is not None:
            properties.append(etree.fromstring(etree.tostring(numbered)))
    change = m._change("ins", DANA)
    run = etree.SubElement(change, w("r"))
    text = etree.SubElement(run, w("t"))
    text.text = NEW + ("" if kind == "heading" else ".")
    text.set(_SPACE, "preserve")
    new.append(change)
    for end in paragraph.findall(w("bookmarkEnd")):  # (the field's end moves along)
        new.append(end)
    paragraph.addnext(new)
    properties = paragraph.find(w("pPr"))
    marks = properties.find(w("rPr"))
    if marks is None:
        marks = etree.SubElement(properties, w("rPr"))
    marks.append(m._change("ins", DANA))


def marked(lines: list[Line], after: list[tuple[int, str]]) -> bytes:
    release = release_with(markdown(lines))
    m = Markup(review_docx(release, fingerprint(release)))
    paragraphs = m.paragraphs("body")
    for number, kind in after:
        enter_at_end(m, paragraphs[number], kind)
    return m.bytes()


def check(lines: list[Line], expected: list[Line], data: bytes) -> Reading:
    """Accepting every suggestion gives *expected*'s Markdown, on the command line and in
    the editor's session alike; rejecting them gives the body sent."""
    release = release_with(markdown(lines))
    reading = read(release, data)
    assert reading.value("body", set()) == release.body
    cli = replace(release)
    assert accept_all(cli, reading) == (["body"], [])
    assert cli.body == markdown(expected)
    editor = replace(release)
    session = ReviewSession(reading, "reviewed.docx")
    session.accept(editor, session.open())
    assert editor.body == cli.body
    return reading


_NEW_KINDS = st.sampled_from([*KINDS, "unstyled"])


@settings(max_examples=examples(150, 50), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(bodies(), st.integers(0, 20), _NEW_KINDS)
def test_a_paragraph_typed_after_another_comes_in_with_the_style_word_gives_it(
        lines: list[Line], at: int, kind: str) -> None:
    number = at % len(lines)
    expected, _ = typed_after(lines, [(number, kind)])
    check(lines, expected, marked(lines, [(number, kind)]))


@settings(max_examples=examples(100, 40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(bodies(), st.lists(st.integers(0, 20), min_size=1, max_size=4))
def test_numbered_paragraphs_typed_come_in_with_the_numbers_word_shows(
        lines: list[Line], picks: list[int]) -> None:
    """Numbered paragraphs typed after any lines (one after each line at most): each
    continues the numbering above it, as Word counts it; the numbers sent stay."""
    chosen = sorted({p % len(lines) for p in picks})
    after = [(n, "number") for n in chosen]
    data = marked(lines, after)
    expected, starts = typed_after(lines, after)
    check(lines, expected, data)
    review = read_review(data, "reviewed.docx")
    numbers = [n for n in shown(expected, starts) if n]
    assert [p.number for p in review.paragraphs if p.number] == numbers


# -- the oracles: pandoc's styles and LibreOffice's numbers, and LibreOffice's saving --------

# Every kind of line, each followed by a line of another kind or of its own.
_TABLE: list[Line] = [
    (0, "heading", "Heading words 0", 0), (1, "item", "Item words 1.", 0),
    (1, "item", "Item words 2.", 0), (2, "quote", "Quote words 3.", 0),
    (3, "number", "Number words 4.", 3), (3, "number", "Number words 5.", 4),
    (4, "plain", "Plain words 6.", 0), (5, "quote", "Quote words 7.", 0),
    (6, "heading", "Heading words 8", 0), (7, "number", "Number words 9.", 1),
    (8, "plain", "Plain words 10.", 0)]
_ORACLE_KINDS = [*KINDS, "unstyled"]


def _soffice() -> str:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    need("LibreOffice", soffice is not None, "Debian: libreoffice-writer-nogui")
    return str(soffice)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One LibreOffice profile for the module's runs (made by the first: later ones start
    sooner in a profile already made)."""
    return tmp_path_factory.mktemp("office") / "profile"


def _convert(sources: list[Path], to: str, folder: Path, profile: Path) -> list[Path]:
    """*sources* converted by LibreOffice to *to* into *folder*, all in one run of it."""
    folder.mkdir()
    result = subprocess.run(
        [_soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", to, "--outdir", str(folder), *map(str, sources)],
        capture_output=True, text=True, timeout=300)
    made = [folder / (source.stem + "." + to.split(":")[0]) for source in sources]
    assert result.returncode == 0 and all(path.exists() for path in made), result.stderr
    return made


def _body_lines(text: str, start: str, end: str) -> list[str]:
    """The lines between the labels *start* and *end* (a label may carry its bookmark's
    anchor before it), but blank ones and a quotation's blank lines."""
    lines = [line.strip() for line in text.splitlines()]
    first = next(n for n, line in enumerate(lines) if line.endswith(start))
    last = next(n for n, line in enumerate(lines) if n > first and line.endswith(end))
    return [line for line in lines[first + 1:last] if line and line != ">"]


def _pandoc_kinds(path: Path) -> list[str]:
    """Each paragraph of the body as pandoc reads the document, its changes accepted:
    its marker, a list's number left out ("## ", "- ", "> ", "1. ", "")."""
    pandoc = shutil.which("pandoc")
    need("pandoc", pandoc is not None, "Debian: pandoc")
    text = subprocess.run([str(pandoc), "--track-changes=accept", "-t", "markdown",
                           "--wrap=none", str(path)], capture_output=True, text=True,
                          timeout=60, check=True).stdout
    # (pandoc keeps two lists apart with an empty HTML comment: not a paragraph)
    raw = {"```{=html}", "<!-- -->", "```"}
    return [_kind_of(line) for line in _body_lines(text, "Body", "About") if line not in raw]


def _kind_of(line: str) -> str:
    found = re.match(r"(#+ |[-*] +|> |\d+[.)] +)?", line)
    mark = found.group(1) or "" if found else ""
    return re.sub(r"\d+[.)]", "1.", mark.split()[0] + " ") if mark else ""


def test_new_paragraphs_read_as_pandoc_reads_their_styles_and_libreoffice_numbers_them(
        tmp_path: Path, office: Path) -> None:
    """After every kind of line, one paragraph of each kind typed: the Markdown accepted
    has the kinds pandoc reads from the styles in the document and the numbers
    LibreOffice shows; and the same document saved again by LibreOffice reads the same."""
    documents: list[Path] = []
    for kind in _ORACLE_KINDS:
        path = tmp_path / f"typed-{kind}.docx"
        path.write_bytes(marked(_TABLE, [(n, kind) for n in range(len(_TABLE))]))
        documents.append(path)
    numbered = _convert(documents, "txt:Text (encoded):UTF8", tmp_path / "txt", office)
    resaved = _convert(documents, "docx", tmp_path / "docx", office)
    for kind, ours, text, theirs in zip(_ORACLE_KINDS, documents, numbered, resaved,
                                        strict=True):
        expected, starts = typed_after(_TABLE, [(n, kind) for n in range(len(_TABLE))])
        body = markdown(expected)
        for data in (ours.read_bytes(), theirs.read_bytes()):
            check(_TABLE, expected, data)
        ours_kinds = [_kind_of(line) for line in body.split("\n") if line and line != ">"]
        assert ours_kinds == _pandoc_kinds(ours), kind
        # LibreOffice numbers each numbered line as the expectations count (the lists
        # sent at their own first numbers), and each line typed as its Markdown says
        laid_out = [re.match(r"(\d+)\. (.*)", line) for line in _body_lines(
            text.read_text(encoding="utf-8-sig"), "Body", "About")]
        expected_kinds = [line[1] for line in expected]
        assert len(laid_out) == len(expected)
        numbers = [n for n in shown(expected, starts) if n]
        assert [int(x.group(1)) for x in laid_out if x] == numbers, kind
        assert [x is not None for x in laid_out] == \
            [k.startswith("number") for k in expected_kinds]
        for found, (_, _, words, number) in zip(laid_out, expected, strict=True):
            if found is not None and words == NEW + ".":
                assert int(found.group(1)) == number, kind


# A numbered paragraph typed after line *after* of the table, its numbering restarted at
# *start* (Word's Restart Numbering, Set Numbering Value: an instance of List Number's
# numbering of its own, overriding its start); the number it shows.
_RESTARTS = [(3, 1, 1), (3, 7, 7), (5, 1, 1), (5, 9, 9), (10, 2, 2), (0, 12, 12)]


def _restarted(after: int, start: int) -> bytes:
    """_TABLE sent, a numbered paragraph typed after line *after* and its numbering set to
    start at *start*, as Word writes it (a w:num with a w:startOverride, named in the
    paragraph's w:numPr)."""
    release = release_with(markdown(_TABLE))
    m = Markup(review_docx(release, fingerprint(release)))
    enter_at_end(m, m.paragraphs("body")[after], "number")
    numbering = etree.fromstring(m.parts["word/numbering.xml"])
    ident = str(1 + max(int(n.get(w("numId"), "0")) for n in numbering.iter(w("num"))))
    num = etree.SubElement(numbering, w("num"))
    num.set(w("numId"), ident)
    etree.SubElement(num, w("abstractNumId")).set(w("val"), "3")  # List Number's
    override = etree.SubElement(num, w("lvlOverride"))
    override.set(w("ilvl"), "0")
    etree.SubElement(override, w("startOverride")).set(w("val"), str(start))
    m.parts["word/numbering.xml"] = etree.tostring(numbering)
    typed = m.paragraphs("body")[after + 1].find(w("pPr"))
    for old in typed.findall(w("numPr")):
        typed.remove(old)
    numbered = etree.SubElement(typed, w("numPr"))
    etree.SubElement(numbered, w("ilvl")).set(w("val"), "0")
    etree.SubElement(numbered, w("numId")).set(w("val"), ident)
    return m.bytes()


def test_a_numbered_paragraph_restarted_comes_in_at_its_own_number(tmp_path: Path,
                                                                   office: Path) -> None:
    """A numbered paragraph whose numbering the reviewer restarted shows its start, as
    LibreOffice lays it out too: the Markdown gives it that number, the lines sent keep
    theirs."""
    documents = []
    for number, (after, start, _) in enumerate(_RESTARTS):
        path = tmp_path / f"restarted-{number}.docx"
        path.write_bytes(_restarted(after, start))
        documents.append(path)
    laid_out = _convert(documents, "txt:Text (encoded):UTF8", tmp_path / "txt", office)
    for (after, start, shows), path, text in zip(_RESTARTS, documents, laid_out, strict=True):
        lines = _body_lines(text.read_text(encoding="utf-8-sig"), "Body", "About")
        assert lines[after + 1] == f"{shows}. {NEW}.", (after, start)
        expected, _ = typed_after(_TABLE, [(after, "number")], {after: start})
        assert expected[after + 1][3] == shows
        check(_TABLE, expected, path.read_bytes())


# -- typed in LibreOffice itself -------------------------------------------------------------

# A Basic macro for LibreOffice: for each job "SOURCE|TARGET|WORDS|STYLE" (apart by ";"),
# the document opened with changes recorded, the cursor put at the end of the paragraph that
# reads WORDS, Enter pressed, the style STYLE chosen (none: the one LibreOffice gives), the
# words typed, and the document saved as Word's.
_MACRO = """
Sub EditAll(jobs As String)
  For Each job In Split(jobs, ";")
    parts = Split(job, "|")
    Edit(parts(0), parts(1), parts(2), parts(3))
  Next job
End Sub

Sub Edit(source As String, target As String, after As String, styleName As String)
  Dim hidden(0) As New com.sun.star.beans.PropertyValue
  hidden(0).Name = "Hidden"
  hidden(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(source), "_blank", 0, hidden())
  doc.RecordChanges = True
  found = doc.Text.createEnumeration()
  Do While found.hasMoreElements()
    paragraph = found.nextElement()
    If paragraph.supportsService("com.sun.star.text.Paragraph") Then
      If paragraph.getString() = after Then Exit Do
    End If
  Loop
  doc.CurrentController.ViewCursor.gotoRange(paragraph.End, False)
  run = createUnoService("com.sun.star.frame.DispatchHelper")
  frame = doc.CurrentController.Frame
  run.executeDispatch(frame, ".uno:InsertPara", "", 0, Array())
  If styleName <> "" Then
    Dim chosen(1) As New com.sun.star.beans.PropertyValue
    chosen(0).Name = "Template"
    chosen(0).Value = styleName
    chosen(1).Name = "Family"
    chosen(1).Value = 2
    run.executeDispatch(frame, ".uno:StyleApply", "", 0, chosen())
  End If
  Dim typed(0) As New com.sun.star.beans.PropertyValue
  typed(0).Name = "Text"
  typed(0).Value = "WORDS"
  run.executeDispatch(frame, ".uno:InsertText", "", 0, typed())
  Dim saving(0) As New com.sun.star.beans.PropertyValue
  saving(0).Name = "FilterName"
  saving(0).Value = "MS Word 2007 XML"
  doc.storeToURL(ConvertToURL(target), saving())
  doc.close(True)
End Sub
"""


def _module(code: str) -> str:
    """*code* as LibreOffice keeps a module of Basic in its profile."""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC '
            '"-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n'
            '<script:module xmlns:script="http://openoffice.org/2000/script" '
            f'script:name="Module1" script:language="StarBasic">{escape(code)}'
            "</script:module>\n")
# LibreOffice's names of the styles a reviewer chooses ("": the one LibreOffice gives the
# paragraph after: Normal after a subheading or a quotation, the list's in a list)
_LIBREOFFICE_STYLES = {"": "", "heading": "Heading 2", "item": "List Bullet",
                       "number": "List Number", "quote": "Quote",
                       "plain": "Default Paragraph Style"}
_NEXT = {"heading": "plain", "quote": "plain", "plain": "plain", "item": "item",
         "number": "number"}


def test_paragraphs_typed_in_libreoffice_come_in_as_libreoffice_shows_them(
        tmp_path: Path, office: Path) -> None:
    """LibreOffice itself, driven by a macro: Enter at the end of each kind of line, a
    style chosen or the one LibreOffice gives, words typed. Accepted, the body has the new
    paragraph in that style, a numbered one with the number LibreOffice shows for it."""
    release = release_with(markdown(_TABLE))
    sent = tmp_path / "sent.docx"
    sent.write_bytes(review_docx(release, fingerprint(release)))
    _convert([sent], "txt:Text (encoded):UTF8", tmp_path / "txt", office)  # (and checked:)
    assert _body_lines((tmp_path / "txt" / "sent.txt").read_text(encoding="utf-8-sig"),
                       "Body", "About")[4] == "3. Number words 4."
    module = office / "user" / "basic" / "Standard" / "Module1.xba"
    assert module.exists()
    module.write_text(_module(_MACRO.replace("WORDS", NEW + ".")), encoding="utf-8")
    cases = [(n, style) for n in (0, 2, 3, 5, 10) for style in _LIBREOFFICE_STYLES]
    targets = [tmp_path / f"typed-{number}.docx" for number in range(len(cases))]
    jobs = ";".join(f"{sent}|{target}|{_TABLE[n][2]}|{_LIBREOFFICE_STYLES[style]}"
                    for (n, style), target in zip(cases, targets, strict=True))
    subprocess.run([_soffice(), f"-env:UserInstallation=file://{office}",
                    "--headless", f'macro:///Standard.Module1.EditAll("{jobs}")'],
                   capture_output=True, timeout=300)
    assert all(target.exists() for target in targets)
    laid_out = _convert(targets, "txt:Text (encoded):UTF8", tmp_path / "typed", office)
    for (n, style), target, text in zip(cases, targets, laid_out, strict=True):
        kind = style or _NEXT[_TABLE[n][1]]
        lines = _body_lines(text.read_text(encoding="utf-8-sig"), "Body", "About")
        assert lines[n + 1].endswith(NEW + "."), (n, style)
        # (the numbers LibreOffice shows: it numbers a paragraph it gave a list style by
        # a list of its own, which its file says and the reading follows)
        numbers = [int(line.split(".")[0]) if line[:1].isdigit() else 0 for line in lines]
        expected, _ = typed_after(_TABLE, [(n, kind)])
        block, kind, _, number = expected[n + 1]  # (a subheading typed with its full stop)
        expected[n + 1] = (block, "number" if kind == "number)" else kind, NEW + ".", number)
        expected = numbered(expected, numbers)
        assert [p.number for p in read_review(target.read_bytes(), "typed.docx").paragraphs
                if p.number] == [x for x in numbers if x], (n, style)
        check(_TABLE, expected, target.read_bytes())

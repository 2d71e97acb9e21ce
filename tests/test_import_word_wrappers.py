"""No word of a Word draft's text is dropped by the elements Word wraps runs in.

Found by tester13: Word stores an emoji as an mc:AlternateContent whose choice names the
emoji font's character and whose fallback holds the character as text, and the importer read
an AlternateContent only as a picture, a text box or a description, so "Board at Pier 3 ⛴"
came in as "Board at Pier 3" and a paragraph kept in two versions vanished, the report
silent. Here every wrapper Word and LibreOffice write around runs, alone (a table) and
nested at random (a property): each word of the text comes in, in its order, and only a
deleted word or the version of a passage no program but a newer Word shows stays out, the
report saying so when that version read otherwise; and every word LibreOffice's plain-text
conversion prints of each case is imported.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk.importing.report import ImportReport
from test_import_word_extras import HEAD, REL, TAIL, imported, word_draft

from conftest import need
from examples import examples
from helpers import in_order

SYMEX = ('<mc:Choice xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
         'Requires="w16se"><w:rPr><w:rFonts w:ascii="Segoe UI Emoji"/></w:rPr>'
         '<w16se:symEx w16se:font="Segoe UI Emoji" w16se:char="{code}"/></mc:Choice>')
LINK = (f'<Relationship Id="rIdLink" Type="{REL}/hyperlink" '
        'Target="https://ferries.example/night" TargetMode="External"/>')
TWO_VERSIONS = "two versions"


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve"> {text} </w:t></w:r>'


def emoji_run(char: str) -> str:
    """Word's own markup for an emoji typed in the text (Word 2016 and later)."""
    return (f'<w:r><mc:AlternateContent>{SYMEX.format(code=f"{ord(char):X}")}'
            f'<mc:Fallback><w:t>{char}</w:t></mc:Fallback></mc:AlternateContent></w:r>')


def body_with(inline: str, block: str = "") -> str:
    """A draft whose second paragraph holds *inline* among its words, and *block* (whole
    paragraphs) after it."""
    return (HEAD + '<w:p><w:r><w:t xml:space="preserve">Boarding starts at </w:t></w:r>'
            + inline + '<w:r><w:t xml:space="preserve"> on every night crossing.</w:t></w:r>'
            '</w:p>' + block + TAIL)


# Each wrapper around the runs *inner*, as Word or LibreOffice writes it.
WRAPPERS: dict[str, Callable[[str], str]] = {
    "smartTag": lambda inner: f'<w:smartTag w:uri="urn:places" w:element="place">{inner}'
                              '</w:smartTag>',
    "customXml": lambda inner: f'<w:customXml w:element="venue">{inner}</w:customXml>',
    "sdt": lambda inner: ('<w:sdt><w:sdtPr><w:alias w:val="Pier"/></w:sdtPr>'
                          f'<w:sdtContent>{inner}</w:sdtContent></w:sdt>'),
    "fldSimple": lambda inner: f'<w:fldSimple w:instr=" DOCPROPERTY Pier ">{inner}</w:fldSimple>',
    "fldSimple link": lambda inner: ('<w:fldSimple w:instr=\' HYPERLINK "https://ferries.'
                                     f'example/" \'>{inner}</w:fldSimple>'),
    "hyperlink": lambda inner: f'<w:hyperlink r:id="rIdLink">{inner}</w:hyperlink>',
    "anchor": lambda inner: f'<w:hyperlink w:anchor="pier">{inner}</w:hyperlink>',
    "ins": lambda inner: f'<w:ins w:id="7" w:author="Ana">{inner}</w:ins>',
    "moveTo": lambda inner: f'<w:moveTo w:id="8" w:author="Ana">{inner}</w:moveTo>',
    "bdo": lambda inner: f'<w:bdo w:val="ltr">{inner}</w:bdo>',
    "unknown": lambda inner: ('<x:frame xmlns:x="urn:example:newer-word">'
                              f'{inner}</x:frame>'),
    # The version every program reads, beside one only a newer Word shows.
    "alternate": lambda inner: ('<mc:AlternateContent><mc:Choice Requires="w16se">'
                                '<w:r><w:t>newer-only</w:t></w:r></mc:Choice>'
                                f'<mc:Fallback>{inner}</mc:Fallback></mc:AlternateContent>'),
    "alternate, same words": lambda inner: (
        f'<mc:AlternateContent><mc:Choice Requires="w14">{inner}</mc:Choice>'
        f'<mc:Fallback>{inner}</mc:Fallback></mc:AlternateContent>'),
    "alternate, empty fallback": lambda inner: (
        f'<mc:AlternateContent><mc:Choice Requires="w14">{inner}</mc:Choice>'
        '<mc:Fallback/></mc:AlternateContent>'),
}
# Around a whole paragraph, between paragraphs of the body.
BLOCK_WRAPPERS: dict[str, Callable[[str], str]] = {
    "sdt": lambda inner: f'<w:sdt><w:sdtContent>{inner}</w:sdtContent></w:sdt>',
    "customXml": lambda inner: f'<w:customXml w:element="notice">{inner}</w:customXml>',
    "ins": lambda inner: f'<w:ins w:id="9" w:author="Ana">{inner}</w:ins>',
    "alternate": lambda inner: ('<mc:AlternateContent><mc:Choice Requires="w99"><w:p><w:r>'
                                '<w:t>newer-only</w:t></w:r></w:p></mc:Choice>'
                                f'<mc:Fallback>{inner}</mc:Fallback></mc:AlternateContent>'),
}


def _import(body: str) -> tuple[str, ImportReport]:
    release, report = imported(word_draft(body, relationships=LINK))
    return release.body, report


@pytest.mark.parametrize("wrapper", sorted(WRAPPERS))
@pytest.mark.parametrize("words", [["Pier", "3"], ["the", "island", "kiosk"], ["三号码头"]])
def test_words_in_a_wrapper_come_in(wrapper: str, words: list[str]) -> None:
    body, report = _import(body_with(WRAPPERS[wrapper]("".join(run(x) for x in words))))
    assert in_order(body, ["Boarding starts at", *words, "on every night crossing."]), body
    assert "newer-only" not in body
    said = any(TWO_VERSIONS in note for note in report.notes)
    assert said == (wrapper == "alternate"), report.notes


@pytest.mark.parametrize("wrapper", sorted(BLOCK_WRAPPERS))
@pytest.mark.parametrize("text", ["Tickets also on sale at the island kiosk.",
                                  "岛上售票亭也出售船票。"])
def test_a_paragraph_in_a_wrapper_comes_in(wrapper: str, text: str) -> None:
    paragraph = f'<w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
    body, report = _import(body_with(run("Pier 3"), BLOCK_WRAPPERS[wrapper](paragraph)))
    assert in_order(body, ["Pier 3", "on every night crossing.", text]), body
    assert "newer-only" not in body
    assert any(TWO_VERSIONS in note for note in report.notes) == (wrapper == "alternate")


@pytest.mark.parametrize(("char", "how"), [
    (char, how) for char in ["⛴", "😀", "🇨🇳", "✈"] for how in ["alternate", "sym"]
    if how == "alternate" or len(char) == 1])  # (a w:sym holds one character)
def test_an_emoji_comes_in_as_its_character(char: str, how: str) -> None:
    if how == "alternate" and len(char) > 1:  # a flag: Word keeps each of its two letters
        markup = "".join(emoji_run(c) for c in char)
    else:
        markup = emoji_run(char) if how == "alternate" else (
            f'<w:r><w:sym w:font="Segoe UI Emoji" w:char="{ord(char):X}"/></w:r>')
    body, report = _import(body_with(run("Pier 3") + markup))
    assert in_order(body, ["Pier 3", char, "on every night crossing."]), body
    assert not report.notes  # an emoji is no passage in two versions, nor a font's symbol


@pytest.mark.parametrize(("font", "code"), [("Wingdings", "F04A"), ("Symbol", "F0B7")])
def test_a_symbol_font_s_symbol_is_kept_and_named_in_the_report(font: str, code: str) -> None:
    body, report = _import(body_with(
        run("Pier 3") + f'<w:r><w:sym w:font="{font}" w:char="{code}"/></w:r>'))
    assert chr(int(code, 16)) in body
    assert any("symbol font" in note for note in report.notes), report.notes


def test_a_reading_above_chinese_characters_leaves_the_characters() -> None:
    ruby = ('<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/></w:rubyPr>'
            '<w:rt><w:r><w:t>mǎ tóu</w:t></w:r></w:rt>'
            '<w:rubyBase><w:r><w:t>码头</w:t></w:r></w:rubyBase></w:ruby></w:r>')
    body, _ = _import(body_with(run("三号") + ruby))
    assert in_order(body, ["三号", "码头", "on every night crossing."]), body
    assert "mǎ tóu" not in body


# -- the property: wrappers nested at random around runs ----------------------------------

# A piece of inline markup and the words it prints, in order (deleted ones print nothing).
Inline = tuple[str, list[str]]
WORDS = st.sampled_from(["ferry", "quay", "Harrow", "kiosk", "渡轮", "码头", "tide", "pier"])


@st.composite
def leaves(draw: st.DrawFn) -> Inline:
    word = f"{draw(WORDS)}{draw(st.integers(0, 99))}"
    kind = draw(st.sampled_from(["run", "emoji", "deleted"]))
    if kind == "emoji":
        return emoji_run("⛴") + run(word), ["⛴", word]
    if kind == "deleted":
        return (f'<w:del w:id="3" w:author="Ana"><w:r><w:delText>{word}</w:delText></w:r>'
                f'<w:r><w:t>{word}gone</w:t></w:r></w:del>'), []
    return run(word), [word]


def _wrapped(children: st.SearchStrategy[list[Inline]]) -> st.SearchStrategy[Inline]:
    def wrap(name: str, inner: list[Inline]) -> Inline:
        markup = "".join(m for m, _ in inner)
        return WRAPPERS[name](markup), [word for _, words in inner for word in words]
    return st.builds(wrap, st.sampled_from(sorted(WRAPPERS)), children)


INLINES = st.recursive(leaves(), lambda inner: _wrapped(st.lists(inner, min_size=1,
                                                                 max_size=3)),
                       max_leaves=8)


@settings(max_examples=examples(200, 60), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(INLINES, min_size=1, max_size=4))
def test_every_printed_word_comes_in_in_order_however_wrapped(parts: list[Inline]) -> None:
    markup = "".join(m for m, _ in parts)
    words = [word for _, printed in parts for word in printed]
    body, report = _import(body_with(markup))
    assert in_order(body, ["Boarding starts at", *words, "on every night crossing."]), body
    assert not re.search(r"\d+gone|newer-only", body), body
    assert any(TWO_VERSIONS in note for note in report.notes) == ("newer-only" in markup)


# -- LibreOffice reads the same words ------------------------------------------------------

# Each case a draft of its own: its marked word inside one wrapper, or an emoji.
LIBREOFFICE_CASES = {
    **{f"inline {name}": body_with(wrap(run(f"kestrel{n}")))
       for n, (name, wrap) in enumerate(sorted(WRAPPERS.items()))},
    **{f"block {name}": body_with(run("Pier 3"), wrap(f"<w:p>{run(f'plover{n}')}</w:p>"))
       for n, (name, wrap) in enumerate(sorted(BLOCK_WRAPPERS.items()))},
    "emoji": body_with(run("Pier 3") + emoji_run("⛴")),
    "deleted": body_with('<w:del w:id="3" w:author="Ana"><w:r><w:delText>heron1</w:delText>'
                         '</w:r></w:del>'),
}
MARKS = re.compile(r"(?:kestrel|plover|heron)\d+|newer-only|⛴")


@pytest.fixture(scope="module")
def libreoffice_text(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """{case: the text LibreOffice's conversion to plain text prints}: one run for all."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    need("LibreOffice", soffice is not None, "Debian: libreoffice-writer-nogui")
    folder = tmp_path_factory.mktemp("wrappers")
    names = sorted(LIBREOFFICE_CASES)
    for number, name in enumerate(names):
        (folder / f"case{number}.docx").write_bytes(
            word_draft(LIBREOFFICE_CASES[name], relationships=LINK))
    subprocess.run([str(soffice), f"-env:UserInstallation=file://{folder / 'profile'}",
                    "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir",
                    str(folder / "text"), *(str(folder / f"case{n}.docx")
                                            for n in range(len(names)))],
                   check=True, capture_output=True, timeout=180)
    return {name: (folder / "text" / f"case{n}.txt").read_text("utf-8-sig")
            for n, name in enumerate(names)}


@pytest.mark.parametrize("case", sorted(LIBREOFFICE_CASES))
def test_every_word_libreoffice_prints_is_imported(
        libreoffice_text: dict[str, str], case: str) -> None:
    """LibreOffice's plain text prints a deletion too (the change shown) and leaves out a
    paragraph inside a block-level w:ins, which the import keeps: nothing it prints is
    dropped unless the report says a tracked deletion was left out."""
    body, report = _import(LIBREOFFICE_CASES[case])
    printed = libreoffice_text[case]
    assert "Boarding starts at" in printed  # (LibreOffice read the draft)
    ours, theirs = MARKS.findall(body), MARKS.findall(printed)
    missing = [mark for mark in theirs if mark not in ours]
    if case == "deleted":
        assert missing == ["heron1"]
        assert any("deletions left out" in note for note in report.notes)
    else:
        assert not missing, (body, printed)
    assert "newer-only" not in ours


def _table(cell: str) -> str:
    """A table of data (a heading row, then a row whose second cell is *cell*)."""
    def cell_xml(inner: str) -> str:
        return f"<w:tc>{inner}</w:tc>"

    def para(text: str) -> str:
        return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"

    return ("<w:tbl>"
            f"<w:tr>{cell_xml(para('Quay'))}{cell_xml(para('Note'))}</w:tr>"
            f"<w:tr>{cell_xml(para('North'))}{cell_xml(cell)}</w:tr>"
            f"<w:tr>{cell_xml(para('South'))}{cell_xml(para('Open'))}</w:tr></w:tbl>")


@pytest.mark.parametrize("wrapper", sorted(BLOCK_WRAPPERS))
@pytest.mark.parametrize("text", ["Tickets at the kiosk.", "岛上售票亭售票。"])
def test_a_paragraph_in_a_wrapper_in_a_table_cell_comes_in_once(wrapper: str,
                                                                 text: str) -> None:
    """(An mc:AlternateContent's paragraphs in a cell were read in both versions.)"""
    paragraph = f'<w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
    body, _ = _import(body_with(run("Pier 3"), _table(BLOCK_WRAPPERS[wrapper](paragraph))))
    assert body.count(text) == 1 and "newer-only" not in body, body
    assert in_order(body, ["North", text, "South", "Open"]), body

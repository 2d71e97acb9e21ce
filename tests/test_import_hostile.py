"""Bad drafts: each refused with one sentence, nothing written, no hang, memory bounded."""

from __future__ import annotations

import functools
import io
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from releasedesk.body import tree as t
from releasedesk.importing import READERS, DraftError, import_bytes, import_draft
from releasedesk.importing.html_reader import html_to_blocks
from releasedesk.render.markdown_writer import write_markdown

import drafts
from test_cli import assert_one_line_error, run

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def _docx_with(document_xml: bytes, extra: dict[str, bytes] | None = None,
               content_types: bytes | None = None) -> bytes:
    """A real .docx with its document part (and maybe others) replaced."""
    source = zipfile.ZipFile(io.BytesIO(drafts.word_with_styles()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = document_xml
            elif info.filename == "[Content_Types].xml" and content_types is not None:
                data = content_types
            target.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return buffer.getvalue()


ENTITY_BOMB = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
               b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;'
               b'&b;&b;&b;">]><w:document xmlns:w="http://schemas.openxmlformats.org/'
               b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p>'
               b"</w:body></w:document>")
EXTERNAL = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
            b'main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>')


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", b" " * (30 * 1024 * 1024))
    return buffer.getvalue()


def _nested(depth: int, closed: bool = True) -> bytes:
    """A .docx whose document is valid XML *depth* elements deep (not *closed*: cut short
    before its inner elements close, no XML at all)."""
    head = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
            b'main"><w:body><w:p><w:r><w:t>Deep</w:t></w:r></w:p>')
    return _docx_with(head + b"<w:sdt>" * depth + b"</w:sdt>" * (depth if closed else 3)
                      + b"</w:body></w:document>")


# The files are made on first use, not at collection (every pytest-xdist worker collects
# this module; one runs it): name → (maker, what the refusal says).
BAD_WORD: dict[str, tuple[Callable[[], bytes], str]] = {
    "binary Word 97": (lambda: OLE + b"WordDocument".ljust(64, b"\x00"),
                       "old binary Word document"),
    "password": (lambda: OLE + "EncryptedPackage".encode("utf-16-le"),
                 "protected by a password"),
    "zip bomb": (_zip_bomb, "zip bomb"),
    "entity bomb": (lambda: _docx_with(ENTITY_BOMB), "DOCTYPE or entity declarations"),
    "external entity": (lambda: _docx_with(EXTERNAL), "DOCTYPE or entity declarations"),
    "truncated": (lambda: drafts.word_with_styles()[:6000], "cut short"),
    "macros": (lambda: _docx_with(b"<x/>", {"word/vbaProject.bin": b"\x00" * 64},
                                  b'<Types><Override ContentType="application/vnd.ms-word.document.'
                                  b'macroEnabled.main+xml"/></Types>'), "macros"),
    "not xml": (lambda: _docx_with(b"<w:document><unclosed"), "not valid XML"),
    # Valid XML nested deeper than the reader goes: said so, not "not valid XML" (tester15)
    **{f"nested {depth} deep": (functools.partial(_nested, depth), "nested too deeply")
       for depth in (257, 300, 5_000, 60_000)},
    "nested 250 deep, not closed": (lambda: _nested(250, closed=False), "not valid XML"),
    "not a document": (lambda: b"PK\x05\x06" + b"\x00" * 18, "no document part"),
    # A bzip2 or LZMA entry is inflated whole, whatever it declares: Word writes neither.
    "bzip2": (lambda: drafts.word_compressed_with(zipfile.ZIP_BZIP2),
              "packed in a way Word never"),
    "lzma": (lambda: drafts.word_compressed_with(zipfile.ZIP_LZMA),
             "packed in a way Word never"),
    "lying sizes": (lambda: drafts.word_lying_about_its_size(50_000, 8 * 1024 * 1024),
                    "damaged"),
    "corrupt deflate": (drafts.word_with_corrupt_deflate, "damaged"),
    # Not a package at all: said so, not "damaged or cut short" (download it again: no use).
    "plain text": (lambda: b"Notes for the release.\n", "not a Word document (.docx)"),
    "a web page": (lambda: b"<html><body><p>Draft</p></body></html>",
                   "not a Word document (.docx)"),
    "a PDF": (lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "not a Word document (.docx)"),
    "empty": (lambda: b"", "is empty"),
}


@functools.cache
def bad_word(case: str) -> tuple[bytes, str]:
    """The hostile Word file *case* (made once) and what its refusal says."""
    make, needle = BAD_WORD[case]
    return make(), needle


@pytest.mark.parametrize("case", sorted(BAD_WORD))
def test_bad_word_files_are_refused_with_one_sentence(case: str) -> None:
    data, needle = bad_word(case)
    with pytest.raises(DraftError) as caught:
        import_bytes(data, "draft.docx", READERS["docx"])
    message = caught.value.message
    assert needle in message, message
    assert message.count(". ") <= 2 and "\n" not in message


@pytest.mark.parametrize(("name", "data", "needle"), [
    ("old.doc", OLE, "old binary Word document"),
    ("macro.docm", b"PK", "macros"),
    ("empty.txt", b"", "empty"),
    ("blank.md", b"  \n\n ", "empty"),
    ("binary.txt", b"\x00\x01\x02\xff" * 100, "not a text file"),
    ("picture.png", b"\x89PNG", "not a draft ReleaseDesk can import"),
])
def test_other_bad_drafts_exit_2_and_write_nothing(tmp_path: Path, name: str, data: bytes,
                                                   needle: str) -> None:
    draft = tmp_path / name
    draft.write_bytes(data)
    result = run("import", draft)
    assert_one_line_error(result, needle)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert draft.read_bytes() == data


def test_a_50_mb_draft_is_refused_before_it_is_read(tmp_path: Path) -> None:
    draft = tmp_path / "huge.txt"
    with draft.open("wb") as handle:  # sparse: the test itself uses no memory for it
        handle.truncate(50 * 1024 * 1024)
    result = run("import", draft)
    assert_one_line_error(result, "50 MB")
    assert not (tmp_path / "huge.release").exists()


@pytest.mark.parametrize("case", ["zip bomb", "entity bomb", "truncated"])
def test_the_command_line_refuses_bad_word_files(tmp_path: Path, case: str) -> None:
    draft = tmp_path / "draft.docx"
    data, needle = bad_word(case)
    draft.write_bytes(data)
    assert_one_line_error(run("import", draft), needle)
    assert not (tmp_path / "draft.release").exists()


def test_scripts_and_javascript_links_arrive_as_inert_text() -> None:
    source = ('<p onclick="steal()">Hello <a href="javascript:alert(1)">click</a> '
              '<a href="JaVa&#115;cript:alert(2)">again</a> <a href="data:text/html,x">data</a>'
              '<script>alert(3)</script><style>p{}</style><iframe src="https://x.example">'
              "</iframe><img src=x onerror=alert(4) alt=photo>"
              '<a href="https://ok.example/?utm_source=x&amp;id=1">ok</a></p>')
    blocks = html_to_blocks(source)
    assert [link.href for link in t.iter_links(blocks)] == ["https://ok.example/?id=1"]
    assert t.block_texts(blocks) == ["Hello click again data photo ok"]
    assert "alert" not in write_markdown(blocks)


def test_deeply_nested_html_neither_recurses_nor_hangs() -> None:
    source = "<div>" * 50_000 + "<b>deep</b> words" + "</div>" * 50_000
    assert t.block_texts(html_to_blocks(source)) == ["deep words"]


def test_the_draft_on_disk_is_never_changed(tmp_path: Path) -> None:
    draft = tmp_path / "draft.docx"
    data = drafts.word_with_styles()
    draft.write_bytes(data)
    import_draft(draft)
    assert draft.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.docx"]


def test_import_on_the_command_line_never_loads_qt(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(drafts.EMAIL_TEXT, encoding="utf-8")
    code = ("import sys; from releasedesk.cli import main; "
            f"code = main(['import', {str(draft)!r}]); "
            "assert code == 0, code; assert 'PySide6' not in sys.modules, 'Qt was imported'")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "draft.release").exists()

"""Reading a draft's bytes safely: a size limit, and text in whatever encoding it came in."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from ..errors import N_, explain_os_error
from ..files import FileTooLarge, open_regular, read_bounded
from .errors import DraftError

# A long press release is some 150 KB of text: a text, web or Markdown draft past this is
# not a press release, and reading it whole would only cost memory.
MAX_DRAFT_BYTES = 20 * 1024 * 1024
# A Word draft carries its pictures as the camera took them (a few MB each; Word itself
# opens a .docx of up to 512 MB): a draft with a dozen photos in it still comes in.
MAX_WORD_DRAFT_BYTES = 200 * 1024 * 1024
_WORD_PACKAGE = b"PK\x03\x04"


# A reviewed document is read by the same rules; what it is told names a review, not a
# draft to import.
_REVIEW_EMPTY = N_("{name} is empty: there is no review in it. Choose the .docx the "
                   "reviewer sent back.")
_REVIEW_FOLDER = N_("{name} is a folder, not a reviewed document; choose the .docx the "
                    "reviewer sent back.")
_REVIEW_TOO_LARGE = N_("{name} is {size} MB, more than ReleaseDesk reads ({max} MB at most); "
                       "in Word, compress its pictures (Picture Format ▸ Compress Pictures), "
                       "save it and read it again.")


def read_draft_bytes(path: Path, *, review: bool = False) -> bytes:
    """The bytes of *path*, refusing folders, missing files and anything over the limit
    (a Word package's or another draft's). With *review*, the file is a reviewer's document
    read onto a release, and the sentences say so."""
    path = Path(path)
    name = path.name
    limit = MAX_WORD_DRAFT_BYTES if review else MAX_DRAFT_BYTES
    try:
        with open_regular(path) as handle:
            if handle.read(len(_WORD_PACKAGE)) == _WORD_PACKAGE:
                limit = MAX_WORD_DRAFT_BYTES
        raw = read_bounded(path, limit)
    except FileTooLarge as exc:
        size = round(exc.size / 1024 / 1024)
        if review:
            raise DraftError(_REVIEW_TOO_LARGE, name=name, size=size,
                             max=limit // 1024 // 1024) from exc
        if limit == MAX_WORD_DRAFT_BYTES:
            raise DraftError(
                N_("{name} is {size} MB, more than ReleaseDesk imports ({max} MB at most); "
                   "in Word, compress its pictures (Picture Format ▸ Compress Pictures), "
                   "save it and import it again."),
                name=name, size=size, max=limit // 1024 // 1024) from exc
        raise DraftError(
            N_("{name} is {size} MB, far larger than any press release draft ({max} MB at "
               "most); it was not imported."),
            name=name, size=size, max=limit // 1024 // 1024) from exc
    except IsADirectoryError as exc:
        raise DraftError(_REVIEW_FOLDER if review else N_(
            "{name} is a folder, not a draft; choose a file."), name=name) from exc
    except FileNotFoundError as exc:
        raise DraftError(N_("{path} does not exist. Check the name and folder."),
                         path=str(path)) from exc
    except OSError as exc:
        raise explain_os_error(exc, path, N_("read the draft")) from exc
    if not raw.strip():
        raise DraftError(_REVIEW_EMPTY if review else N_(
            "{name} is empty: there is nothing to import."), name=name)
    return raw


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def decode_text(raw: bytes, name: str) -> tuple[str, str]:
    """The text of a draft and the encoding it was in.

    Decided, not guessed from statistics: a byte-order mark; UTF-16 without one (every
    other byte zero); strict UTF-8; GB18030 when the bytes read as Chinese text; else
    Windows-1252, the encoding of older Western office PCs. A binary file is refused.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _decode(raw, encoding, name), encoding.replace("-sig", "")
    sample = raw[:4096]
    if len(sample) >= 4:
        even_zeros = sample[0::2].count(0) / len(sample[0::2])
        odd_zeros = sample[1::2].count(0) / len(sample[1::2])
        for encoding, zeros, others in (("utf-16-le", odd_zeros, even_zeros),
                                        ("utf-16-be", even_zeros, odd_zeros)):
            if zeros > 0.3 and others < 0.05:
                text = _decode(raw, encoding, name)
                if _looks_like_text(text[:2048]):
                    return text, encoding
    if b"\x00" in sample:
        raise DraftError(N_("{name} is not a text file (it holds binary data); save the draft "
                            "as .docx, .txt, .md or .html and import that."), name=name)
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    chinese = _as_chinese(raw)
    if chinese is not None:
        return chinese, "gb18030"
    try:
        return raw.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:  # a byte Windows-1252 leaves undefined: Latin-1 has them all
        return raw.decode("latin-1"), "latin-1"


def _looks_like_text(text: str) -> bool:
    """Few control or unassigned characters: what a text file decodes to, not binary data."""
    odd = sum(1 for c in text if (unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs")
                                  and c not in "\n\r\t\f"))
    return odd <= len(text) * 0.02


def _decode(raw: bytes, encoding: str, name: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DraftError(N_("{name} says it is {encoding} text but is damaged at byte "
                            "{position}; open it in a text editor and save it again."),
                         name=name, encoding=encoding.upper(), position=exc.start) from exc


def _as_chinese(raw: bytes) -> str | None:
    """The text if the bytes are GB18030 Chinese: most non-ASCII characters are common
    (GB2312) Chinese characters, and the rest punctuation or symbols GBK holds (the
    Latin quotes, dashes, ellipsis and middle dot a Chinese draft uses too), which
    Western text never decodes to: a Windows-1252 accent or smart quote before an ASCII
    letter reads as a rare GBK character, not as these."""
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        return None
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return None
    chinese = sum(1 for c in wide if _CJK.match(c) and _in_gb2312(c))
    marks = sum(1 for c in wide if not _CJK.match(c) and _is_gbk_mark(c))
    return text if (chinese + marks) / len(wide) >= 0.9 and chinese >= marks else None


def _is_gbk_mark(char: str) -> bool:
    """A punctuation mark or symbol (“ ” ‘ ’ — – … · °) that GBK encodes."""
    if unicodedata.category(char)[0] not in "PS":
        return False
    try:
        char.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True

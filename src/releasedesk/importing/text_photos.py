"""Photo lines in a plain-text draft, as our text export writes them.

``[Photo: The ferry at dawn. — Credit: Ana Reyes — file: ferry.jpg]`` (and the Chinese
``[图片：…　摄影：…　文件：ferry.jpg]``) says where a photo stands, its caption, its
credit and its file's name (in a folder export beside a page, its web copy in the page's
folder: ``file: ferry_files/ferry-1600.jpg``). Plain text cannot hold the picture: when
the named file is beside the draft (or in ``<draft>_files/``), the line becomes that
photo, placed where it stood, with the line's caption and credit (the file's own alt
text, if any); otherwise the report says why and keeps the line word for word. Either
way the line never becomes the headline, the subheadline or words of the body.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from ..body import tree as t
from ..errors import N_
from ..render.words import OutputWords, words_for
from .draft import Draft, Piece
from .pictures import DraftPictures


def _pattern(words: OutputWords) -> str:
    sep, gap = re.escape(words.label_sep.strip()), re.escape(words.photo_gap.strip() or " ")
    return (rf"\[\s*{re.escape(words.photo)}(?:\s*{sep}\s*(?P<caption>.*?))?"
            rf"(?:\s*{gap}\s*{re.escape(words.credit)}\s*{sep}\s*(?P<credit>.*?))?"
            rf"\s*{gap}\s*{re.escape(words.file)}\s*{sep}\s*"
            rf"(?P<file>(?:[^/\\\]]+?_files/)?[^\s/\\\]]+)\s*\]")


# "　" (the Chinese gap) is a space to \s: the pattern's gap is then a run of spaces.
_LINES = [re.compile(_pattern(words_for(language)), re.DOTALL) for language in ("en", "zh-CN")]


def photo_line(text: str) -> tuple[str, str, str] | None:
    """(caption, credit, file name) of a photo line; None when *text* is not one."""
    text = " ".join(text.split())
    for pattern in _LINES:
        match = pattern.fullmatch(text)
        if match:
            return match.group("caption") or "", match.group("credit") or "", match.group("file")
    return None


def take_photo_lines(draft: Draft, name: str, folder: Path | None) -> None:
    """Turn *draft*'s photo lines whose files are beside it into its photos, in place."""
    pictures = DraftPictures(name, folder)
    stem = PurePosixPath(name).stem
    kept: list[Piece] = []
    for piece in draft.pieces:
        found = photo_line(piece.text()) if isinstance(piece.block, t.Paragraph) else None
        if found is None:
            kept.append(piece)
            continue
        caption, credit, file = found
        reference = file
        if folder is not None and not (folder / file).exists() and (
                folder / f"{stem}_files" / file).exists():
            reference = f"{stem}_files/{file}"
        photo = pictures.take(reference, caption, credit)
        if photo is None:  # the report keeps the line, word for word
            line = " ".join(piece.raw_lines) or piece.text()
            pictures.notes[-1] += f" Its line, left out of the text: {line}"
            continue
        kept.append(Piece(t.Paragraph([t.Image(photo.id, [])])))
    draft.pieces[:] = kept
    draft.photos.extend(pictures.photos)
    draft.photo_how = N_("picture beside the text, metadata removed")
    draft.notes.extend(pictures.notes)

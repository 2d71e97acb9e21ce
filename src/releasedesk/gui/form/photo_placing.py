"""A photo placed in the body: its reference as a paragraph of its own after the cursor,
in whichever view of the body is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..body.body_editor import BodyView


def place_photo(editor: BodyView, reference: str) -> None:
    """A photo reference as a paragraph of its own, after the body's cursor."""
    cursor = editor.textCursor()
    from ..body.formatted_editor import FormattedEdit

    if isinstance(editor, FormattedEdit):  # the formatted view: a paragraph of its own
        from ...body.inline import AnyPhotoId
        from ...body.parse import parse_markdown
        from ..body.rich_formats import PARAGRAPH, block_format

        # A plain paragraph after the cursor's block, outside any list or quotation
        # (a photo cannot stand there).
        cursor.movePosition(cursor.MoveOperation.EndOfBlock)
        cursor.insertBlock(block_format((), PARAGRAPH, 0, False))
        in_list = cursor.block().textList()
        if in_list is not None:
            in_list.remove(cursor.block())
        editor.setTextCursor(cursor)
        editor.insert_blocks(parse_markdown(reference, AnyPhotoId()))
        # Typing goes on in a paragraph after it, not into the reference's words.
        cursor = editor.textCursor()
        cursor.insertBlock(block_format((), PARAGRAPH, 0, False),
                           editor.look.format(PARAGRAPH, 0, ""))
        editor.setTextCursor(cursor)
    else:  # the Markdown view: a blank line on either side, never a list's lazy line
        text = editor.toPlainText()
        before, after = text[:cursor.position()], text[cursor.position():]
        lead = "" if not before.strip() else \
            "\n" * (2 - len(before) + len(before.rstrip("\n")))
        tail = "\n" * max(0, 2 - (len(after) - len(after.lstrip("\n")))) \
            if after.strip() else "\n"
        cursor.insertText(f"{lead}{reference}{tail}")
        editor.setTextCursor(cursor)
    editor.setFocus()

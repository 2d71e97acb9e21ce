"""The page as WeasyPrint is given it: no text of it ends in a space that may end a line.

WeasyPrint (70) fits a text's first line by laying out all of the text left in it, and
takes that text as fitting only when its width *with* a space at its end fits. A text
that ends in such a space (the words before an emphasis, a link or a line break, or at
a paragraph's end) and that fits its line only without it is taken as a word too wide
for the line: the line gets its first word alone ("passengers") and the rest goes to the
next line. Whether it happens depends on nothing but the widths (the text's, the
space's, the line's): a sheet that changes any of them moves it to another paragraph.

A space that is the whole of its text never does it, nor does a text of one word (there
is no first word to keep apart from the rest), so each space that ends a text of more
than one word is given an element of its own: "more at <a>" is printed from
"more at<span> </span><a>". The span is where the space was, inside the same elements,
so it is set in the same face and decoration, and a line may still end at it. A text of
one word ("Phone: " before a contact's number) is left as it is, and so is text in which
spaces are kept (<pre>).
"""

from __future__ import annotations

import re

_TAG = re.compile(r"(<[^>]*>)")
# Spaces that collapse into one and at which a line may end (CSS's white space).
_ENDING_SPACE = re.compile(r"[ \t\n\r]+\Z")
_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)")
# A text of one word: letters, digits and apostrophes, and a full stop, comma, colon or
# semicolon after them, between spaces. A line never breaks inside such a word (Pango
# may break after a colon before a digit: ":0"; tests/test_pdf_line_breaks.py asks it).
_ONE_WORD = re.compile(r"[ \t\n\r]*[A-Za-z0-9'\u2019]+[.,:;]?[ \t\n\r]+\Z")
# Elements whose text is printed as it is written.
_KEPT = frozenset({"pre", "script", "style", "textarea"})
SPACE = "<span> </span>"


def spaces_apart(page: str) -> str:
    """*page* with each space that ends a text of its body of more than one word in an
    element of its own (see above)."""
    start = page.find("<body")
    if start < 0:
        return page
    pieces = _TAG.split(page[start:])
    kept = 0
    for index in range(0, len(pieces), 2):
        if index:
            name = _NAME.match(pieces[index - 1])
            if name is not None and name[2].lower() in _KEPT:
                kept = max(0, kept - 1) if name[1] else kept + 1
        text = pieces[index]
        if kept or not text or text[-1] not in " \t\n\r" or _ONE_WORD.match(text):
            continue
        ending = _ENDING_SPACE.search(text)
        if ending is not None and ending.start() > 0:
            pieces[index] = text[:ending.start()] + SPACE
    return page[:start] + "".join(pieces)

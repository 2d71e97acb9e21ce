"""Long texts in short runs, for Qt's text engine: the preview's HTML and the formatted body.

Qt shapes a paragraph one *item* at a time (a run of one script and one format) and keeps,
for every paragraph of a document, shaping buffers as large as its longest item, for as
long as the document lives: ~50 bytes per character of a long plain paragraph (Qt 6.11).
A 20k-word release kept ~4 MiB of them in the Web preview and as much again in the
formatted body editor. Items end where the format changes, so every other stretch of
about ``RUN`` characters of a long text gets a format of its own that looks exactly like
the text around it; the buffers then hold one short run per paragraph. Measured with the
20k-word release open (bench_editor.py): 2.9 MiB less for the preview, 3.5 MiB less for
the formatted body.

The buffer a paragraph keeps grows in steps, not character by character: Qt 6.11 kept the
same for longest items of 48 to 76 characters, ~2.4 KB a paragraph more from 80 (to 120),
and more again at 160 (HarfBuzz grows a buffer to 32, 80, 152, 260 … places). So runs stay
below ``SHAPED_STEP``: ``RUN`` 72 leaves 20k words' preview and body ~0.8 MiB lighter than
80 did (bench_editor.py, interleaved, median of 5), and shorter runs only add formats
(40 was ~1.8 MiB heavier than 80: twice the fragments, in both documents).

- In the preview's HTML (``short_runs``) the stretch goes inside an anchor with a name and
  no address (the preview's style sheets colour only ``a[href]``). Only text between tags
  is touched, never text inside a link or a heading (an anchor in a heading takes the
  heading's default size rather than its style sheet's). What the preview reports as its
  HTML stays the writer's own, and what is copied out of it comes from the text before it
  was cut (``without_runs``); only Qt's document is cut.
- In the formatted body (rich_body.py) the stretch carries RUN_PART, a property with no
  look that reading the body back ignores.

Cuts fall after a space or a Chinese punctuation mark, so never inside an entity or a word.
"""

from __future__ import annotations

import re

from ...patterns import LazyPattern, compiled

RUN = 72  # characters; cuts fall at the last break within a run (or the first after it)
SHAPED_STEP = 80  # an item this long makes Qt keep a paragraph's larger shaping buffer
_OPEN = '<a name="run">'
_CLOSE = "</a>"
_RUN = LazyPattern(f"{re.escape(_OPEN)}(.*?){re.escape(_CLOSE)}", re.DOTALL)
_TAG = compiled(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*>")
_BREAK = compiled(r"[ \n，。、；：！？]")
# From where it is asked to start, as far as the last break before where it is asked to
# end: the last break of a run in one match (finding every break in it cost twice as long).
_UP_TO_LAST_BREAK = compiled(r"[\s\S]*" + _BREAK.pattern)
# Text left uncut inside: links (anchors do not nest), headings (an anchor in a heading
# takes the heading's default size rather than its style sheet's, Qt 6.11) and elements
# whose text is not laid out as such.
_WHOLE = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "title",
                    "textarea"})


def short_runs(html: str, run: int = RUN) -> str:
    """*html* with every text longer than *run* characters cut into alternating runs."""
    out: list[str] = []
    position = 0
    whole = 0  # depth inside elements whose text stays whole
    for tag in _TAG.finditer(html):
        text = html[position:tag.start()]
        out.append(text if whole or len(text) <= run else _cut(text, run))
        if tag[2].lower() in _WHOLE and not tag[0].endswith("/>"):
            whole = max(0, whole + (-1 if tag[1] else 1))
        out.append(tag[0])
        position = tag.end()
    tail = html[position:]
    out.append(tail if whole or len(tail) <= run else _cut(tail, run))
    return "".join(out)


def without_runs(html: str) -> str:
    """*html* as it was before ``short_runs`` (for what is copied out of a preview)."""
    return _RUN.sub(r"\1", html)


def _cut(text: str, run: int) -> str:
    return "".join(f"{_OPEN}{piece}{_CLOSE}" if index % 2 else piece
                   for index, piece in enumerate(runs(text, run)))


def runs(text: str, run: int = RUN) -> list[str]:
    """*text* in pieces of at most *run* characters, cut after a space or a Chinese
    punctuation mark (a piece with no such break in it runs on to the first one)."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > run:
        last = _UP_TO_LAST_BREAK.match(text, start + 1, start + run)
        if last is not None:
            end = last.end()
        else:  # no break within the run: the first one after it, else the rest stays whole
            after = _BREAK.search(text, start + run)
            if after is None:
                break
            end = after.end()
        if end >= len(text):
            break
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces

"""How much a draft may hold, measured before it is parsed.

A release's body holds at most MAX_TEXT_FIELD characters (field_rules); a draft with more
text can never become a release, so it is refused from its measured size before its XML
becomes a tree or its HTML a DOM, not after gigabytes and minutes of parsing. The other
limits keep the memory of any import within 1 GiB: each paragraph, line, XML element and
HTML tag becomes objects of its own, so a draft of a million empty paragraphs costs
gigabytes without holding any text. Every limit is far beyond a real release (a long
one is some 150,000 characters in a few hundred paragraphs).

Counting is cheap and stops as soon as a limit is passed: a Word part's XML is measured
by a parser that keeps nothing (an lxml parser target), plain text by its length and
lines, an HTML page by its tags and then the text a reader would see.
"""

from __future__ import annotations

from html.parser import HTMLParser

from ..errors import N_
from ..field_rules import MAX_TEXT_FIELD
from .errors import DraftError
from .html_dom import DROPPED, VOID

MAX_TEXT = MAX_TEXT_FIELD  # characters of text in a draft: what a release's body holds
MAX_PARAGRAPHS = 300_000  # paragraphs (Word) or lines (text, Markdown)
MAX_XML_ELEMENTS = 2_000_000  # in all the XML parts of a Word document that are read
MAX_HTML_TAGS = 500_000

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_TAG = _W + "t"
_PARAGRAPH_TAG = _W + "p"

TOO_MUCH_TEXT = N_("{name} holds about {size} million characters; a release holds at most "
                   "{max} million, so it was not imported.")


def too_much_text(name: str, count: int) -> DraftError:
    """'story.docx holds about 9 million characters; a release holds at most 2 million …'"""
    return DraftError(TOO_MUCH_TEXT, name=name, size=millions(max(count, MAX_TEXT + 1)),
                      max=millions(MAX_TEXT))


def too_many_paragraphs(name: str) -> DraftError:
    return DraftError(N_("{name} holds more than {max} paragraphs or lines, far more than "
                         "any release; it was not imported."),
                      name=name, max=f"{MAX_PARAGRAPHS:,}")


def millions(count: int) -> str:
    """*count* in millions to one decimal ("9", "2.4"); above the text limit, never shown
    as the limit itself (2,000,001 is "2.1", not "2")."""
    tenths = round(count / 100_000)
    if count > MAX_TEXT:
        tenths = max(tenths, MAX_TEXT // 100_000 + 1)
    return str(tenths // 10) if tenths % 10 == 0 else f"{tenths / 10:.1f}"


def check_text(text: str, name: str) -> None:
    """A decoded plain-text or Markdown draft: its characters and its lines."""
    if len(text) > MAX_TEXT:
        raise too_much_text(name, len(text))
    if max(text.count("\n"), text.count("\r")) > MAX_PARAGRAPHS:
        raise too_many_paragraphs(name)


def check_html(source: str, name: str) -> None:
    """A decoded HTML draft: its tags counted from the source (every tag starts with "<"),
    then, when the source is longer than a release's text, the text a reader would show."""
    tags = source.count("<") - source.count("</")  # at least as many as there are tags
    if tags > MAX_HTML_TAGS:
        raise DraftError(N_("{name} holds more than {max} HTML tags, far more than a page of "
                            "any release's length; it was not imported."),
                         name=name, max=f"{MAX_HTML_TAGS:,}")
    if len(source) <= MAX_TEXT:
        return  # the text is shorter than the source
    counter = _HtmlText()
    step = 1 << 18
    for start in range(0, len(source), step):
        counter.feed(source[start:start + step])
        if counter.characters > MAX_TEXT:  # the rest only adds: an estimate from the share
            raise too_much_text(name, counter.characters * len(source)
                                // (start + min(step, len(source) - start)))
    counter.close()
    if counter.characters > MAX_TEXT:
        raise too_much_text(name, counter.characters)


class _HtmlText(HTMLParser):
    """Counts the characters of an HTML page's text, leaving out what the reader drops
    (html_dom.DROPPED: scripts, styles, the head …) the way the reader does; hidden
    elements are counted, so the count is never less than what the reader keeps."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.characters = 0
        self.skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if (self.skipping or tag in DROPPED) and tag not in VOID:
            self.skipping.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skipping:
            while self.skipping.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.characters += len(data)


class XmlMeasure:
    """An lxml parser target for a Word package's XML parts: it keeps nothing, only counts
    the characters in text runs (w:t), the paragraphs and the elements of every part it is
    given, and raises DraftError the moment one passes its limit.

    The text of a part that is cut short is estimated from the share of its bytes read
    (``progress``), so the message can say how much the whole holds.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.characters = 0
        self.paragraphs = 0
        self.elements = 0
        self.progress = 1.0  # of the current part: bytes given to the parser / its size
        self._in_text = 0
        self._before = 0  # characters in the parts measured before this one

    def begin_part(self) -> None:
        self._before = self.characters
        self.progress = 1.0
        self._in_text = 0

    def start(self, tag: str, attrib: object) -> None:
        self.elements += 1
        if tag == _TEXT_TAG:
            self._in_text += 1
        elif tag == _PARAGRAPH_TAG:
            self.paragraphs += 1
            if self.paragraphs > MAX_PARAGRAPHS:
                raise too_many_paragraphs(self.name)
        if self.elements > MAX_XML_ELEMENTS:
            raise DraftError(N_("{name} is made of more than {max} XML elements, far more "
                                "than a Word document of any release's length; it was not "
                                "imported."), name=self.name, max=f"{MAX_XML_ELEMENTS:,}")

    def end(self, tag: str) -> None:
        if tag == _TEXT_TAG and self._in_text:
            self._in_text -= 1

    def data(self, text: str) -> None:
        if self._in_text:
            self.characters += len(text)
            if self.characters > MAX_TEXT:
                part = (self.characters - self._before) / max(self.progress, 1e-6)
                raise too_much_text(self.name, self._before + int(part))

    def close(self) -> None:
        self._in_text = 0

"""An HTML draft's notes come in as the Word importer keeps them: "[1]" where a note is
cited, and "[1] …" paragraphs for the notes, never a digit glued to a word.

Found by the tester: a pandoc page's footnote came in as "today.1", its note as a
numbered list item with a stray "↩". The pages here are shaped as pandoc, Word ("Save as
web page"), Google Docs and a hand-written page write notes.
"""

from __future__ import annotations

import re
from datetime import UTC

import pytest

from releasedesk.importing import READERS, import_bytes

HEAD = "<h1>Quay reopens</h1><p>PORT CALLOWAY — The quay reopened today."
PAGES = {
    "pandoc": (f'{HEAD}<sup><a href="#fn1" class="footnote-ref" id="fnref1" '
               'role="doc-noteref">1</a></sup> Ferries run from Monday.<sup><a href="#fn2" '
               'class="footnote-ref" id="fnref2">2</a></sup></p><p>More words here.</p>'
               '<section class="footnotes" role="doc-endnotes"><hr><ol><li id="fn1"><p>The '
               'quay was closed for repairs in May.<a href="#fnref1" class="footnote-back">'
               '↩︎</a></p></li><li id="fn2"><p>Timetables are at the harbour office.'
               '<a href="#fnref2" class="footnote-back">↩︎</a></p></li></ol></section>'),
    "word": (f'{HEAD}<a style="mso-footnote-id:ftn1" href="#_ftn1" name="_ftnref1"><span '
             'class=MsoFootnoteReference>[1]</span></a> Ferries run from Monday.<a '
             'href="#_ftn2" name="_ftnref2"><span class=MsoFootnoteReference>[2]</span></a>'
             '</p><p>More words here.</p><div style="mso-element:footnote-list"><div id=ftn1>'
             '<p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1"><span '
             'class=MsoFootnoteReference>[1]</span></a> The quay was closed for repairs in '
             'May.</p></div><div id=ftn2><p class=MsoFootnoteText><a href="#_ftnref2" '
             'name="_ftn2">[2]</a> Timetables are at the harbour office.</p></div></div>'),
    "google docs": (f'{HEAD}<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup> Ferries run '
                    'from Monday.<sup><a href="#ftnt2" id="ftnt_ref2">[2]</a></sup></p><p>'
                    'More words here.</p><hr><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a>'
                    '&nbsp;The quay was closed for repairs in May.</p></div><div><p><a '
                    'href="#ftnt_ref2" id="ftnt2">[2]</a>&nbsp;Timetables are at the harbour '
                    'office.</p></div>'),
    "by hand": (f'{HEAD}<sup>[1]</sup> Ferries run from Monday.<sup><a href="#note-2">2</a>'
                '</sup></p><p>More words here.</p><ol class="notes"><li>The quay was closed '
                'for repairs in May.</li><li>Timetables are at the harbour office.</li></ol>'),
}


def _body(page: str) -> str:
    release, _ = import_bytes(page.encode(), "draft.html", READERS["html"], zone=UTC)
    return release.body.replace("\\[", "[").replace("\\]", "]")


@pytest.mark.parametrize("shape", sorted(PAGES))
def test_a_note_is_cited_as_its_number_in_brackets_and_kept_after(shape: str) -> None:
    body = _body(PAGES[shape])
    paragraphs = [p for p in body.split("\n\n") if p != "---"]
    assert paragraphs[0] == "The quay reopened today.[1] Ferries run from Monday.[2]"
    assert paragraphs[-2:] == ["[1] The quay was closed for repairs in May.",
                               "[2] Timetables are at the harbour office."]
    assert not re.search(r"[a-z.]\d", body)  # no number glued to a word
    assert "↩" not in body


@pytest.mark.parametrize(("html", "kept"), [
    ("The basin is 400 m<sup>2</sup>.", "The basin is 400 m2."),
    ('See <a href="#contacts">2</a> below.', "See 2 below."),
    ("<ol><li>First step.</li><li>Second step.</li></ol>", "1. First step."),
])
def test_other_superscripts_links_and_lists_are_no_notes(html: str, kept: str) -> None:
    body = _body(f"<h1>Quay reopens</h1><p>The quay reopened today.</p>{html}"
                 if html.startswith("<ol") else
                 f"<h1>Quay reopens</h1><p>The quay reopened today.</p><p>{html}</p>")
    assert kept in body and "[" not in body

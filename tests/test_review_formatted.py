"""The body and About sent for review formatted, not as Markdown source, and read back as
exactly the release's Markdown (issue 23, points 4 and 5; review/formatted.py): bold and
italic runs, links, list paragraphs and headings; a reviewer's tracked changes inside
formatted text become changes to the Markdown."""

from __future__ import annotations

import copy
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from release_strategies import body_block
from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.model import Release
from releasedesk.records import replace
from releasedesk.render.markdown_writer import write_markdown
from releasedesk.review import read_review
from releasedesk.review import slots as s
from releasedesk.review.formatted import VISIBLE, layout
from releasedesk.review.sending import review_docx
from releasedesk.review.suggestions import Reading, accept, accept_all, read_against
from review_markup import DANA, LEE, Markup, w
from test_review_trip import _resave_all, _soffice

from body_trees import bodies
from examples import examples

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
BODY = ("## Ferry times\n\nThe **new ferry** leaves [Calloway Quay](https://calloway.example/q) "
        "at *seven* each morning.\n\n- tickets at the kiosk\n- bikes **free**\n\n"
        "1. board\n2. sit\n\n> A quiet crossing.\n\n芬霍洛区的**新渡轮**每天开放。")


def release_with(body: str, boilerplate: str = "Calloway Ferries runs **four** boats.") \
        -> Release:
    return Release(headline="Calloway Ferries adds a morning boat", body=body,
                   boilerplate=boilerplate, organization="Calloway Ferries")


def read(release: Release, data: bytes) -> Reading:
    return read_against(read_review(data, "reviewed.docx"), release, fingerprint(release),
                        data, "reviewed.docx")


def accepted(release: Release, reading: Reading) -> Release:
    out = replace(release)
    out.contacts = copy.deepcopy(release.contacts)
    _, failed = accept_all(out, reading)
    assert failed == []
    return out


class Reviewer(Markup):
    """Marks up formatted text as Word does: runs keep their formatting when split, and a
    run typed inside a link is inside the w:hyperlink."""

    def runs(self, paragraph: etree._Element) -> list[etree._Element]:
        if paragraph not in self.exploded:
            singles: list[etree._Element] = []
            for run in list(paragraph.iter(w("r"))):
                properties = run.find(w("rPr"))
                for child in run:
                    if child.tag == w("rPr"):
                        continue
                    for char in (child.text or "") if child.tag == w("t") else [None]:
                        single = etree.Element(w("r"))
                        if properties is not None:
                            single.append(copy.deepcopy(properties))
                        if char is None:
                            single.append(copy.deepcopy(child))
                        else:
                            text = etree.SubElement(single, w("t"))
                            text.text = char
                            text.set(_SPACE, "preserve")
                        run.addprevious(single)
                        singles.append(single)
                run.getparent().remove(run)
            self.exploded[paragraph] = singles
        return self.exploded[paragraph]

    def cut(self, key: str, start: int, end: int, paragraph: int = 0,
            who: tuple[str, str] = DANA) -> None:
        """Delete shown characters [start, end) of the field's *paragraph*, each run in a
        w:del where it stands (inside a link too), as Word writes a deletion."""
        self.ids += 1
        for run in self.runs(self.paragraphs(key)[paragraph])[start:end]:
            change = etree.Element(w("del"))
            for name, value in (("id", str(self.ids)), ("author", who[0]),
                                ("date", who[1])):
                change.set(w(name), value)
            run.addprevious(change)
            change.append(run)
            for text in run.findall(w("t")):
                text.tag = w("delText")

    def type(self, key: str, at: int, text: str, paragraph: int = 0, bold: bool | None = None,
             who: tuple[str, str] = DANA) -> None:
        """Type *text* after shown character *at* - 1 (0: at the start), taking that
        character's formatting and place (in a link: in the link), as Word does."""
        runs = self.runs(self.paragraphs(key)[paragraph])
        self.ids += 1
        change = etree.Element(w("ins"))
        for name, value in (("id", str(self.ids)), ("author", who[0]), ("date", who[1])):
            change.set(w(name), value)
        run = etree.SubElement(change, w("r"))
        before = runs[at - 1] if at else None
        if before is not None and before.find(w("rPr")) is not None:
            run.append(copy.deepcopy(before.find(w("rPr"))))
        if bold is not None:
            properties = run.find(w("rPr"))
            if properties is None:
                properties = etree.SubElement(run, w("rPr"))
            for old in properties.findall(w("b")):
                properties.remove(old)
            if bold:
                properties.append(etree.Element(w("b")))
        piece = etree.SubElement(run, w("t"))
        piece.text = text
        piece.set(_SPACE, "preserve")
        if before is not None:
            (before.getparent() if before.getparent().tag == w("del") else before).addnext(
                change)
        else:
            runs[0].addprevious(change)


def shown(m: Markup, key: str) -> list[str]:
    return ["".join(t.text or "" for t in p.iter(w("t"))) for p in m.paragraphs(key)]


# -- what the reviewer sees ----------------------------------------------------------------


def test_the_reviewer_sees_formatting_not_markdown() -> None:
    release = release_with(BODY)
    m = Reviewer(review_docx(release, fingerprint(release)))
    text = shown(m, "body")
    assert text[0] == "Ferry times" and text[2:4] == ["tickets at the kiosk", "bikes free"]
    assert text[4:6] == ["board", "sit"] and text[6] == "A quiet crossing."
    assert not any(mark in line for line in text for mark in ("**", "](", "## ", "- ", "> "))
    styles = [p.find(f"{w('pPr')}/{w('pStyle')}").get(w("val")) for p in m.paragraphs("body")]
    assert styles == ["Heading2", "Normal", "ListBullet", "ListBullet", "ListNumber",
                      "ListNumber", "Quote", "Normal"]
    bold = ["".join(t.text for t in r.iter(w("t"))) for p in m.paragraphs("body")
            for r in p.iter(w("r")) if r.find(f"{w('rPr')}/{w('b')}") is not None]
    assert bold == ["new ferry", "free", "新渡轮"]
    links = list(m.paragraphs("body")[1].iter(w("hyperlink")))
    assert ["".join(t.text for t in a.iter(w("t"))) for a in links] == ["Calloway Quay"]
    rels = etree.fromstring(m.parts["word/_rels/document.xml.rels"])
    targets = {r.get("Id"): r.get("Target") for r in rels}
    assert targets[links[0].get(f"{{{_REL}}}id")] == "https://calloway.example/q"
    assert shown(m, "boilerplate") == ["Calloway Ferries runs four boats."]


_ZH_OR_EN = st.booleans().flatmap(
    lambda zh: st.lists(body_block(zh), min_size=1, max_size=5).map("\n\n".join))


@settings(max_examples=examples(150, 50), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(body=st.one_of(bodies().map(write_markdown), _ZH_OR_EN), about=_ZH_OR_EN)
def test_an_untouched_review_gives_back_the_exact_markdown(body: str, about: str) -> None:
    release = release_with(body, about)
    data = review_docx(release, fingerprint(release))
    reading = read(release, data)
    assert reading.suggestions == []
    for slot in s.slots(release):
        assert reading.value(slot.key, set()) == s.get(release, slot.key)
    review = read_review(data, "x.docx")
    for key in ("body", "boilerplate"):  # the document shows exactly the layout's text
        laid = layout(s.get(release, key))
        ours = "".join(a.char for a in laid.atoms if a.kind == VISIBLE)
        theirs = "".join(t for p in reading.fields[key] for t, _, _ in p.pieces)
        assert theirs == ours.replace("\n", "") or theirs == ours
    assert review.revisions == []


# -- tracked changes in formatted text -------------------------------------------------------


def test_deleting_a_bold_word_removes_its_markdown_marks() -> None:
    release = release_with("The **new** ferry leaves early.")
    m = Reviewer(review_docx(release, fingerprint(release)))
    m.cut("body", 4, 8)  # "new "
    reading = read(release, m.bytes())
    (only,) = reading.suggestions
    assert (only.field, only.kind, only.before, only.after) == \
        ("body", "deletion", "**new** ", "")
    assert accepted(release, reading).body == "The ferry leaves early."


def test_a_word_typed_inside_a_link_stays_in_the_link() -> None:
    release = release_with("Book at [Calloway Quay](https://calloway.example/q) today.")
    m = Reviewer(review_docx(release, fingerprint(release)))
    m.type("body", 21, " North")  # after "Quay", in the link
    m.type("body", 17, "Old ")  # before "Quay", in the link
    reading = read(release, m.bytes())
    assert [x.after for x in reading.suggestions] == ["Old ", " North"]
    assert accepted(release, reading).body == \
        "Book at [Calloway Old Quay North](https://calloway.example/q) today."


def test_a_word_typed_after_formatting_goes_where_its_own_formatting_says() -> None:
    release = release_with("A **bold** word and *more*")
    m = Reviewer(review_docx(release, fingerprint(release)))
    m.type("body", 6, " move", bold=True)  # "bold move": bold, inside the marks
    m.type("body", 20, "!")  # after "more", taking its italic
    m.type("body", 0, "new", bold=True)  # a bold word where nothing was bold
    assert accepted(release, read(release, m.bytes())).body == \
        "**new**A **bold move** word and *more!*"
    m.type("body", 6, " plain", bold=False)  # typed between "bold" and " move": not bold
    assert accepted(release, read(release, m.bytes())).body == \
        "**new**A **bold** plain **move** word and *more!*"


def test_an_untouched_paragraph_keeps_its_markdown_while_its_neighbour_changes() -> None:
    source = "Keep __this__ \\*as\\* it &amp; is.\n\nChange **that** one."
    release = release_with(source)
    m = Reviewer(review_docx(release, fingerprint(release)))
    m.cut("body", 7, 12, paragraph=1)  # "that "
    assert accepted(release, read(release, m.bytes())).body == \
        "Keep __this__ \\*as\\* it &amp; is.\n\nChange one."


def test_list_items_and_headings_change_as_lines_of_markdown() -> None:
    release = release_with("## Times\n\n- early\n- late\n- night\n\nEnd.")
    m = Reviewer(review_docx(release, fingerprint(release)))
    m.cut("body", 0, 4, paragraph=2)  # "late", and its paragraph break: the item goes
    m.delete_mark("body", paragraph=2)
    m.new_paragraph("body", "noon", after=1)  # a new item after "early"
    m.type("body", 5, " slots", paragraph=0)  # in the heading
    reading = read(release, m.bytes())
    assert accepted(release, reading).body == \
        "## Times slots\n\n- early\n- noon\n- night\n\nEnd."
    assert reading.value("body", set()) == release.body  # all rejected: as sent


def test_a_paragraph_added_after_a_heading_is_a_paragraph_and_after_an_item_an_item() -> None:
    release = release_with("## Times\n\n- early\n- late\n\n> Calm seas.")
    m = Reviewer(review_docx(release, fingerprint(release)))
    m.new_paragraph("body", "Mostly.", after=3, style="Quote")  # the quotation kept
    m.new_paragraph("body", "noon", after=2)  # after "late", the last item
    m.new_paragraph("body", "Boats run daily.", after=0)  # Enter after the heading
    # then Enter after that one, and the new paragraph made a heading
    m.new_paragraph("body", "Sailings", after=1, style="Heading2")
    assert accepted(release, read(release, m.bytes())).body == \
        "## Times\n\nBoats run daily.\n\n## Sailings\n\n- early\n- late\n- noon\n\n" \
        "> Calm seas.\n>\n> Mostly."


# (body, edits as (cut start end | type at text) in paragraph 0, the Markdown accepted)
HUGGED = [
    # a space typed at a bold word's end: it moves out, the "**" still closes
    ("The **seed bank** opens.", [("type", 13, " ")], "The **seed bank**  opens."),
    ("种子库**开放**今天。", [("type", 5, " ")], "种子库**开放** 今天。"),
    # a space typed at its start moves out before the opening "**"
    ("The**seed bank** opens.", [("type", 3, " ")], "The **seed bank** opens."),
    # punctuation typed at its end, with a word right after: out past the "**"
    ("公告**芬霍洛区**市场开放。", [("type", 6, "：")], "公告**芬霍洛区**：市场开放。"),
    # the last word of a bold span deleted: the space before it is left outside
    ("Boats run **every hour** daily.", [("cut", 16, 20)], "Boats run **every**  daily."),
    # the words between two bold spans deleted: the spans become one
    ("河畔**芬霍**河畔**洛区**。", [("cut", 4, 6)], "河畔**芬霍洛区**。"),
    ("*calm* and *clear* seas", [("cut", 4, 9)], "*calmclear* seas"),
]


@pytest.mark.parametrize(("body", "edits", "expected"), HUGGED)
def test_marks_hug_their_words_after_an_edit(body: str, edits: list[tuple[str, int, object]],
                                             expected: str) -> None:
    """Whitespace or punctuation an edit leaves just inside a bold or italic mark, and two
    spans an edit brings together, are written so the marks still mean what Word shows."""
    release = release_with(body)
    m = Reviewer(review_docx(release, fingerprint(release)))
    for kind, at, what in edits:
        if kind == "cut":
            assert isinstance(what, int)
            m.cut("body", at, what)
        else:
            assert isinstance(what, str)
            m.type("body", at, what)
    reading = read(release, m.bytes())
    whole = reading.value("body", set(range(len(reading.review.revisions))))
    assert whole == expected
    shown = "".join(t for p in reading.fields["body"] for t, _, dels in p.pieces if not dels)
    laid = layout(whole)  # (no mark printed: what the Markdown shows is what Word showed)
    assert "".join(a.char for a in laid.atoms if a.kind == VISIBLE).strip() == shown.strip()
    assert reading.value("body", set()) == body  # all rejected: as sent


# What a reviewer types: words, and spaces or punctuation at a word's edge (at a bold
# word's end they must not leave its "**" unable to close: "**库ab **", "**库：**芬").
TYPED = ("a", "ab", "ab ", " ab", " ", "：", "港。", ", ", "(x")


@st.composite
def _edits(draw: st.DrawFn) -> tuple[str, list[tuple[str, int, int]]]:
    zh = draw(st.booleans())
    body = "\n\n".join(draw(st.lists(body_block(zh), min_size=1, max_size=3)))
    edits = draw(st.lists(st.tuples(st.sampled_from(["cut", "type"]), st.integers(0, 400),
                                    st.integers(1, 6)), max_size=5))
    return body, edits


@settings(max_examples=examples(80, 40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(_edits(), st.randoms(use_true_random=False))
def test_tracked_changes_in_formatted_text_accept_and_reject_exactly(
        case: tuple[str, list[tuple[str, int, int]]], order: random.Random) -> None:
    """Rejecting every change gives the Markdown sent; accepting them one by one in any
    order gives what accepting all gives; and the Markdown accepted shows the reviewer's
    text: its layout's shown text is the document's text with every change accepted."""
    body, edits = case
    release = release_with(body)
    m = Reviewer(review_docx(release, fingerprint(release)))
    paragraphs = m.paragraphs("body")
    for kind, at, size in edits:
        number = at % len(paragraphs)
        runs = [r for r in m.runs(paragraphs[number]) if r.getparent().tag != w("del")
                and r.getparent().tag != w("ins") and r.find(w("t")) is not None]
        if not runs:
            continue
        start = at % len(runs)
        if kind == "cut":
            chosen = runs[start:start + size]
            m.ids += 1
            for run in chosen:
                change = etree.Element(w("del"))
                for name, value in (("id", str(m.ids)), ("author", LEE[0]), ("date", LEE[1])):
                    change.set(w(name), value)
                run.addprevious(change)
                change.append(run)
                for text in run.findall(w("t")):
                    text.tag = w("delText")
        else:
            everything = m.runs(paragraphs[number])
            m.type("body", everything.index(runs[start]) + 1, TYPED[size % len(TYPED)],
                   paragraph=number)
    reading = read(release, m.bytes())
    assert reading.value("body", set()) == body
    revisions = set(range(len(reading.review.revisions)))
    whole = reading.value("body", revisions)
    one_by_one = replace(release)
    done: set[int] = set()
    indices = list(range(len(reading.suggestions)))
    order.shuffle(indices)
    for index in indices:
        accept(one_by_one, reading, done, [index])
    assert one_by_one.body == whole
    document = "".join(t for p in reading.fields["body"] for t, ins, dels in p.pieces
                       if not dels)
    laid = layout(whole)
    ours = "".join(a.char for a in laid.atoms if a.kind == VISIBLE)
    assert "".join(ours.split()) == "".join(document.split())  # (spaces at ends: syntax)


# -- LibreOffice ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def resaved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, bytes]]:
    """{"marked" | "untouched": (the review of BODY as we send it, as LibreOffice saves it)},
    both saved in one run of LibreOffice."""
    soffice = _soffice()
    release = release_with(BODY)
    untouched = review_docx(release, fingerprint(release))
    m = Reviewer(untouched)
    m.cut("body", 4, 8, paragraph=1)  # "new " of the bold "new ferry"
    m.type("body", 34, " North", paragraph=1)  # after "Calloway Quay", in the link
    m.type("body", 5, " free", paragraph=3)  # in the list item "bikes **free**"
    ours = {"marked": m.bytes(), "untouched": untouched}
    theirs = _resave_all(soffice, list(ours.values()), tmp_path_factory.mktemp("libreoffice"))
    return {key: (data, saved) for (key, data), saved in zip(ours.items(), theirs, strict=True)}


def test_a_formatted_review_resaved_by_libreoffice_reads_the_same(
        resaved: dict[str, tuple[bytes, bytes]]) -> None:
    release = release_with(BODY)
    ours, theirs = resaved["marked"]
    mine, libre = read(release, ours), read(release, theirs)
    assert libre.mapped and libre.same_release
    assert libre.value("body", set()) == release.body
    assert libre.value("boilerplate", set()) == release.boilerplate
    body = accepted(release, libre).body
    assert body == accepted(release, mine).body
    assert "The **ferry** leaves [Calloway Quay North](https://calloway.example/q)" in body
    assert "- bikes free **free**" in body


def test_an_untouched_formatted_review_resaved_by_libreoffice_suggests_nothing(
        resaved: dict[str, tuple[bytes, bytes]]) -> None:
    release = release_with(BODY)
    _, theirs = resaved["untouched"]
    reading = read(release, theirs)
    assert reading.suggestions == []
    assert reading.value("body", set()) == release.body


@pytest.mark.parametrize("bad", ["[broken](", "**unclosed", "`code", "<not a link", "a\\"])
def test_markdown_that_does_not_parse_as_formatting_is_sent_as_typed(bad: str) -> None:
    release = release_with(f"Before {bad} after.")
    m = Reviewer(review_docx(release, fingerprint(release)))
    reading = read(release, m.bytes())
    assert reading.suggestions == []
    assert reading.value("body", set()) == release.body

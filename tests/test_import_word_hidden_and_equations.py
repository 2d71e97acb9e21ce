"""Hidden text and equations in a Word draft: hidden text (w:vanish, set on the run, by
its character style or by its paragraph's style, in styles.xml) does not print, so it is
left out, and the import report says so; an equation (m:oMath, inline or a display
m:oMathPara) keeps its text, in reading order where it stands, as a line of text, and the
report says so, and proofing reads past it as past an address. Neither is said of a
draft without it. A table of cases, each built as Word writes it."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk.proofing.engine import proof
from test_import_word_extras import HEAD, STYLES, TAIL, imported, word_draft

from examples import examples

M = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'
HIDDEN_NOTE = "hidden text (Word's Hidden font setting) was left out, as it does not print"
EQUATION_NOTE = "equations were kept as their text reads, on one line (a/b, x^2, √x): check them"
# A character style that hides its text (Word's "Hidden" set in a style).
HIDING_STYLE = STYLES.replace("</w:styles>", (
    '<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/>'
    '<w:rPr><w:vanish/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="SecretToo"><w:name w:val="Secret too"/>'
    '<w:basedOn w:val="Secret"/></w:style>'
    # A paragraph style that hides its paragraphs' text, one based on it, and a character
    # style that shows what its paragraph's style hides.
    '<w:style w:type="paragraph" w:styleId="DraftNote"><w:name w:val="Draft note"/>'
    '<w:rPr><w:vanish/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="DraftNoteToo"><w:name w:val="Draft note too"/>'
    '<w:basedOn w:val="DraftNote"/></w:style>'
    '<w:style w:type="character" w:styleId="Shown"><w:name w:val="Shown"/>'
    '<w:rPr><w:vanish w:val="0"/></w:rPr></w:style></w:styles>'))


def run(text: str, props: str = "") -> str:
    return (f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}'
            f'<w:t xml:space="preserve">{text}</w:t></w:r>')


def para(*parts: str) -> str:
    return f"<w:p>{''.join(parts)}</w:p>"


def styled_para(style: str, *parts: str) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{"".join(parts)}</w:p>'


def m_run(text: str) -> str:
    return f"<m:r><m:t>{text}</m:t></m:r>"


def math(*parts: str) -> str:
    return f"<m:oMath {M}>{''.join(parts)}</m:oMath>"


def power(base: str, exponent: str) -> str:
    return (f"<m:sSup><m:e>{m_run(base)}</m:e><m:sup>{m_run(exponent)}</m:sup></m:sSup>")


def fraction(num: str, den: str) -> str:
    return f"<m:f><m:num>{m_run(num)}</m:num><m:den>{m_run(den)}</m:den></m:f>"


def root(base: str, degree: str = "") -> str:
    deg = f"<m:deg>{m_run(degree)}</m:deg>" if degree else "<m:deg/>"
    return f"<m:rad>{deg}<m:e>{m_run(base)}</m:e></m:rad>"


def brackets(parts: list[str], begin: str = "", end: str = "") -> str:
    props = (f'<m:dPr><m:begChr m:val="{begin}"/><m:endChr m:val="{end}"/></m:dPr>'
             if begin else "")
    return f"<m:d>{props}" + "".join(f"<m:e>{m_run(p)}</m:e>" for p in parts) + "</m:d>"


def total(sub: str, sup: str, body: str) -> str:
    return ('<m:nary><m:naryPr><m:chr m:val="∑"/></m:naryPr>'
            f"<m:sub>{m_run(sub)}</m:sub><m:sup>{m_run(sup)}</m:sup>"
            f"<m:e>{m_run(body)}</m:e></m:nary>")


# (case, the paragraphs between the draft's head and tail, the text the body must hold,
#  text it must not, whether the report says hidden text was left out, equations kept)
CASES = [
    ("hidden run", para(run("Crossings are free "), run("DRAFT: ask legal ", "<w:vanish/>"),
                        run("from May.")),
     "Crossings are free from May.", "ask legal", True, False),
    ("hidden switched off", para(run("Crossings are free "),
                                 run("from May.", '<w:vanish w:val="0"/>')),
     "Crossings are free from May.", "", False, False),
    ("hidden by a character style", para(run("Fares stay at two crowns"),
                                         run(" (unconfirmed)", '<w:rStyle w:val="Secret"/>'),
                                         run(".")),
     "Fares stay at two crowns.", "unconfirmed", True, False),
    ("hidden by a style's parent", para(run("Fares stay"),
                                        run(" NOT FINAL", '<w:rStyle w:val="SecretToo"/>'),
                                        run(" at two crowns.")),
     "Fares stay at two crowns.", "NOT FINAL", True, False),
    ("a style's hiding undone on the run", para(
        run("Fares stay at "),
        run("two crowns.", '<w:rStyle w:val="Secret"/><w:vanish w:val="0"/>')),
     "Fares stay at two crowns.", "", False, False),
    ("hidden by a paragraph style", styled_para("DraftNote", run("Legal: check the fares.")),
     "The project costs", "check the fares", True, False),
    ("hidden by a paragraph style's parent", styled_para(
        "DraftNoteToo", run("Legal: "), run("recheck the berths.", "<w:b/>")),
     "The project costs", "recheck the berths", True, False),
    ("a paragraph style's hiding undone on the run", styled_para(
        "DraftNote", run("Boats run "), run("hourly.", '<w:vanish w:val="0"/>')),
     "hourly.", "Boats run", True, False),
    ("a paragraph style's hiding undone by a character style", styled_para(
        "DraftNote", run("Fares stay "), run("two crowns.", '<w:rStyle w:val="Shown"/>')),
     "two crowns.", "Fares stay", True, False),
    ("a hidden paragraph", para(run("Internal: check the figures first.", "<w:vanish/>")),
     "The project costs", "check the figures", True, False),
    ("hidden spaces only", para(run("Boats run "), run("   ", "<w:vanish/>"), run("hourly.")),
     "Boats run hourly.", "", False, False),
    ("an inline equation", para(run("The load is "), math(m_run("F="), m_run("m"),
                                                          m_run("a")), run(" per bollard.")),
     "The load is F=ma per bollard.", "", False, True),
    ("a display equation", para(f"<m:oMathPara {M}><m:oMath>{m_run('E=m')}"
                                f"{power('c', '2')}</m:oMath></m:oMathPara>"),
     "E=mc^2", "", False, True),
    ("a fraction and roots", para(run("Depth: "), math(fraction("a+b", "2"), m_run("+"),
                                                       root("x"), m_run("+"), root("y", "3"),
                                                       m_run("+"), root("z", "5"))),
     "Depth: (a+b)/2+√x+∛y+5√z", "", False, True),
    ("brackets and a sum", para(math(brackets(["a", "b"], "[", "]"), m_run("="),
                                     total("i=1", "n", "x"))),
     "[a|b]=∑_(i=1)^n\u2009x", "", False, True),
    ("both in one paragraph", para(run("Rate "), math(fraction("1", "4")),
                                   run(" (draft)", "<w:vanish/>"), run(" of the fare.")),
     "Rate 1/4 of the fare.", "draft", True, True),
    ("an empty equation", para(run("Nothing here."), math()),
     "Nothing here.", "", False, False),
    ("neither", para(run("Boats run hourly.")), "Boats run hourly.", "", False, False),
]


def reads(markdown: str) -> str:
    """The body's Markdown as it reads: its escapes undone (an equation's [ and _)."""
    return re.sub(r"\\(.)", r"\1", markdown)


@pytest.mark.parametrize(("middle", "kept", "dropped", "hidden", "equation"),
                         [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_hidden_text_is_left_out_and_equations_kept_and_the_report_says_so(
        middle: str, kept: str, dropped: str, hidden: bool, equation: bool) -> None:
    release, report = imported(word_draft(HEAD + middle + TAIL,
                                          {"word/styles.xml": HIDING_STYLE}))
    assert kept in reads(release.body), release.body
    if dropped:
        assert dropped not in release.body
    assert (HIDDEN_NOTE in report.notes) == hidden, report.notes
    assert (EQUATION_NOTE in report.notes) == equation, report.notes


def test_an_equation_in_a_table_cell_and_hidden_text_there_are_read_alike() -> None:
    cell = (f"<w:tc>{para(run('Load '), math(m_run('F='), fraction('m', '2')))}</w:tc>"
            f"<w:tc>{para(run('kept'), run(' gone', '<w:vanish/>'))}</w:tc>")
    table = f"<w:tbl><w:tr>{cell}</w:tr><w:tr><w:tc>{para(run('a'))}</w:tc>" \
            f"<w:tc>{para(run('b'))}</w:tc></w:tr></w:tbl>"
    release, report = imported(word_draft(HEAD + table + TAIL))
    assert "F=m/2" in release.body and "kept" in release.body and "gone" not in release.body
    assert HIDDEN_NOTE in report.notes and EQUATION_NOTE in report.notes


# -- an equation's text is no prose: proofing reads past it, as past an address ----------

# Letters no dictionary holds, as an equation's names are ("mcq", "dsw").
NAMES = st.text(alphabet="bcdfgkmqsvwxz", min_size=1, max_size=4)


@st.composite
def equations(draw: st.DrawFn) -> str:
    """An m:oMath of names joined by =, powers, fractions, roots and sums."""
    parts = [m_run(draw(NAMES) + "=")]
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["name", "power", "fraction", "root", "sum"]))
        if kind == "name":
            parts.append(m_run(draw(NAMES)))
        elif kind == "power":
            parts.append(power(draw(NAMES), draw(st.sampled_from(["2", "n", draw(NAMES)]))))
        elif kind == "fraction":
            parts.append(fraction(draw(NAMES), draw(NAMES)))
        elif kind == "root":
            parts.append(root(draw(NAMES), draw(st.sampled_from(["", "3"]))))
        else:
            parts.append(total("i=1", "n", draw(NAMES)))
    return math(*parts)


@settings(max_examples=examples(60, 40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(equations(), st.sampled_from(["The load is ", "Depth: ", "荷载为"]),
       st.sampled_from([" per bollard.", ", then harbr works.", "牛顿。"]))
def test_an_equation_s_text_is_not_spell_checked(equation: str, before: str,
                                                 after: str) -> None:
    release, report = imported(word_draft(HEAD + para(run(before), equation, run(after)) +
                                          TAIL, {"word/styles.xml": HIDING_STYLE}))
    assert EQUATION_NOTE in report.notes
    line = next(line for line in release.body.split("\n\n") if before.strip() in line)
    start = release.body.index(line) + len(before.rstrip())
    end = release.body.index(line) + len(line) - len(after.lstrip(" ,"))
    found = [(f.start, f.end, f.kind) for f in proof(release) if f.field == "body"]
    assert not [f for f in found if f[0] < end and f[1] > start and f[2] == "spelling"], \
        (line, [release.body[f[0]:f[1]] for f in found])
    if "harbr" in after:  # (prose beside it is still read)
        assert any(release.body[f[0]:f[1]] == "harbr" for f in found)

"""Our own Word export imports back to the same release: portal fields, a 来源 that is not
the organisation, About, footer, contacts, in English and in Chinese.

Found by tester13: a Chinese release whose 来源 (澄湖市交通运输局) is not its organisation
(澄湖市人民政府新闻办公室), exported to Word and imported back, had the 来源 as its
organisation, "## 关于澄湖市人民政府新闻办公室" added to its About text (the page then printed
two About headings), the footer line "主办：…　联系电话：…" split into the portal's 主办单位
setting and a shorter line, and its "一、线路安排" paragraphs made headings. Every field the
Word document prints comes back; the organisation, which prints only in the About heading,
comes back from it, and where no About prints the report says where the organisation it
holds was taken from.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from release_strategies import releases
from releasedesk.body.parse import parse_markdown
from releasedesk.model import FooterLine, Release, is_portal
from releasedesk.records import replace
from releasedesk.render import build_layout
from releasedesk.render.layout import footer_items
from test_docx_round_trip_property import docx_round_trip, fields, text_blocks

from examples import examples

PORTAL_FIELDS = ("lead_in", "source", "author", "responsible_editor")
NAMES = {True: ("澄湖市交通运输局", "澄湖市人民政府新闻办公室", "芬霍洛区图书馆"),
         False: ("Calloway Transit Department", "City of Port Calloway Press Office",
                 "Northgate Library Trust")}
FOOTERS = {True: ("版权所有：澄湖市人民政府", "主办：澄湖市人民政府办公室　联系电话：0512-66880000",
                  "地址：澄湖市人民路1号", "主办单位：澄湖市人民政府办公室"),
           False: ("© 2026 City of Port Calloway", "1 Harbour Square · portcalloway.example",
                   "Sponsored by: City of Port Calloway")}
PEOPLE = {True: ("林晓", "王芳", "陈一鸣"), False: ("Ada Brill", "Mira Holt")}
# Chinese official numbering, typed as paragraphs of the body (no Markdown heading).
NUMBERED = {True: ("一、线路安排", "二、便民措施", "（一）安全保障"),
            False: ("1. Routes", "Timetable")}


@st.composite
def portal_releases(draw: st.DrawFn) -> Release:
    release: Release = draw(releases())
    chinese = release.language.startswith("zh")
    names = NAMES[chinese]
    organisation = draw(st.sampled_from(names))
    source = draw(st.sampled_from(("", *names)))
    body = release.body
    if chinese and draw(st.booleans()):
        heading = draw(st.sampled_from(NUMBERED[True]))
        body = f"{body}\n\n{heading}\n\n{release.boilerplate or '市民可通过热线提出意见建议。'}"
    about = release.boilerplate if draw(st.booleans()) else ""
    footer = [FooterLine(text) for text in draw(st.lists(st.sampled_from(FOOTERS[chinese]),
                                                         max_size=3, unique=True))]
    people = PEOPLE[chinese]
    conventions = replace(release.conventions, portal_fields=chinese or draw(st.booleans()))
    return replace(
        release, organization=organisation, source=source, body=body, boilerplate=about,
        footer=footer, conventions=conventions,
        author=draw(st.sampled_from(("", *people))),
        responsible_editor=draw(st.sampled_from(("", *people))),
        lead_in=draw(st.sampled_from(("", "聚焦民生实事" if chinese else "Winter timetable"))))


def printed_footer(release: Release) -> list[list[str]]:
    """The footer's lines as the Word export prints them, each as its items (a portal's
    entries print apart as the standard lines' items do)."""
    layout = build_layout(release)
    return [footer_items(line.text) for line in layout.footer] + [
        [item.text for item in line] for line in layout.portal_footer]


def typed_footer(release: Release) -> list[list[str]]:
    return [footer_items(line.text) for line in release.footer]


@settings(max_examples=examples(80, 60), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(portal_releases())
def test_our_word_export_imports_back_to_the_same_release(release: Release) -> None:
    back, report = docx_round_trip(release)
    names = ("headline", "subheadline", "status", "release_date", "dateline", "end_mark",
             *(PORTAL_FIELDS if is_portal(release) else ()))
    assert fields(back, names) == fields(release, names)
    if any(getattr(release, name) for name in PORTAL_FIELDS):  # (they print: a portal's)
        assert is_portal(back) == is_portal(release)
    assert printed_footer(back) == printed_footer(release)
    if (typed_footer(back), back.conventions.sponsor) != (
            typed_footer(release), release.conventions.sponsor):
        # A last footer line that is a portal's entry alone ("主办单位：…") prints as the
        # portal's entry would, and comes back as one: the report says so.
        assert any(line.lstrip().startswith(("House style settings", "版式设置"))
                   and "the portal's footer" in line for line in report), report
    assert text_blocks(back) == text_blocks(release)
    assert parse_markdown(back.boilerplate) == parse_markdown(release.boilerplate)
    if release.boilerplate:  # the About heading prints the organisation
        assert back.organization == release.organization
    else:
        said = [line for line in report if line.lstrip().startswith(("Organisation", "机构"))]
        assert back.organization == release.organization or said, report

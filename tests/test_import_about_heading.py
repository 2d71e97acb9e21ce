"""The organisation an "About …" heading names, without the heading's article.

Found by tester13: a Word draft's "About the City of Port Calloway" made the organisation
"the City of Port Calloway", article and all, wherever the name stands alone. The article
is the heading's, not the name's; a capital "The" that begins a name is kept, and a Chinese
heading (关于…) gives its name whole. Read from a text draft and a Word draft alike.
"""

from __future__ import annotations

from datetime import UTC

import pytest

from releasedesk.importing import READERS, import_bytes
from releasedesk.importing.sections import about_name
from test_import_word_extras import HEAD, paragraph, word_draft

# (the heading's name, the organisation)
HEADINGS = [
    ("the City of Port Calloway", "City of Port Calloway"),
    ("the  Harrow Island Ferry Company", "Harrow Island Ferry Company"),
    ("THE CITY OF PORT CALLOWAY", "CITY OF PORT CALLOWAY"),
    ("The Hague Tourist Board", "The Hague Tourist Board"),
    ("Theatre Royal Calloway", "Theatre Royal Calloway"),
    ("Northgate Library Trust", "Northgate Library Trust"),
    ("澄湖市人民政府新闻办公室", "澄湖市人民政府新闻办公室"),
    ("芬霍洛区图书馆", "芬霍洛区图书馆"),
]
BOILERPLATE = {False: "It runs the harbour, its ferries and its quays for 84,000 people.",
               True: "负责全市交通运输行业的规划与管理。"}


@pytest.mark.parametrize(("heading", "organisation"), HEADINGS)
def test_the_heading_s_article_is_no_part_of_the_name(heading: str, organisation: str) -> None:
    assert about_name(heading) == organisation


def _text_draft(heading: str, chinese: bool) -> str:
    about = f"关于{heading}" if chinese else f"About {heading}"
    if chinese:
        return ("澄湖市开通夜间轮渡航线\n\n澄湖讯 11月25日，夜间轮渡航线正式开通，"
                f"方便岛上居民夜间出行。\n\n###\n\n{about}\n\n{BOILERPLATE[True]}\n")
    return ("Night Ferry Opens to Harrow Island\n\nPORT CALLOWAY, Nov. 25, 2026 — The night "
            "ferry to Harrow Island opened today, the first since 1987.\n\n###\n\n"
            f"{about}\n\n{BOILERPLATE[False]}\n")


@pytest.mark.parametrize(("heading", "organisation"), HEADINGS)
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_an_imported_about_heading_names_the_organisation(
        heading: str, organisation: str, fmt: str) -> None:
    chinese = not heading.isascii()
    about = f"关于{heading}" if chinese else f"About {heading}"
    if fmt == "txt":
        data = _text_draft(heading, chinese).encode()
    else:
        data = word_draft(HEAD + paragraph("###") + paragraph(about, "Heading2")
                          + paragraph(BOILERPLATE[chinese]))
    release, report = import_bytes(data, f"draft.{fmt}", READERS[fmt], zone=UTC)
    assert release.organization == organisation
    assert release.boilerplate == BOILERPLATE[chinese]
    assert heading not in release.body and organisation not in release.body
    assert [i.snippet for i in report.items if i.field == "organization"] == [organisation]
